"""The auditors' gallery in headless Chromium: log in with a token, filter, open a
capture (the outlines must sit on the flagged elements), export ZIP and PDF.

Screenshots of each step go to tests/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from evidence_helpers import bearer, evidence_app, metadata, multipart, new_auditor, png
from sample_snapshots import cookie_banner, meta_ai_notice, with_changes
from werkzeug.serving import make_server

from consentlens.server.evidence.verify import verify_export

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).parent / "screenshots"
DEVICE_PIXEL_RATIO = 2  # captureVisibleTab on a HiDPI screen: the screenshot is 2x the viewport


@pytest.fixture(scope="module")
def gallery(tmp_path_factory):
    """A served app with three captures in one case, and the auditor's token."""
    app = evidence_app(tmp_path_factory.mktemp("gallery-data"))
    token = new_auditor(app, "Anna")
    client = app.test_client()
    fair = with_changes(cookie_banner("en"), url="https://news.example.net/story")
    fair["elements"][1].update(tag="button", own_background=True, bbox={"x": 700, "y": 700, "w": 180, "h": 44},
                               font_size=16, color="#ffffff", background="#1a73e8")
    wall = meta_ai_notice()
    for snapshot, day in ((cookie_banner("en"), "2026-11-20"), (wall, "2026-11-21"), (fair, "2026-11-22")):
        shot = png(1280 * DEVICE_PIXEL_RATIO, 800 * DEVICE_PIXEL_RATIO, draw_snapshot=snapshot)
        verdict = client.post("/api/v1/analyze", json=snapshot).get_json()  # what the extension has
        answer = client.post("/api/v1/captures", headers=bearer(token), data=multipart(
            metadata(case="Cookie walls 2026", snapshot=snapshot, verdict=verdict, captured_at=f"{day}T09:30:00Z"),
            shot))
        assert answer.status_code == 201, answer.get_json()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    SHOTS.mkdir(exist_ok=True)
    yield f"http://127.0.0.1:{server.server_port}", token, answer.get_json()["case"]["id"]
    server.shutdown()


@pytest.fixture(scope="module")
def browser(needs_browser):
    # Its own Playwright, closed when this module ends: a second Sync API instance
    # (like the session-wide browser_context) may not be open while `consentlens scan` tests run.
    from consentlens.scan import browser_context

    with browser_context() as context:
        yield context.browser


@pytest.fixture
def page(browser, gallery):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def login(page, base, token):
    page.goto(base + "/gallery/")
    assert page.url.endswith("/gallery/login")
    page.fill("#token", token)
    page.click("button[type=submit]")
    page.wait_for_url("**/gallery/cases")


def test_login_filter_open_and_export(page, gallery, tmp_path):
    base, token, case_id = gallery
    page.goto(base + "/gallery/login")
    page.fill("#token", "clt_wrong")
    page.click("button[type=submit]")
    assert "not valid" in page.inner_text("[role=alert]")
    login(page, base, token)
    page.screenshot(path=SHOTS / "gallery-1-cases.png", full_page=True)
    page.click("text=Cookie walls 2026")
    assert page.inner_text("#count") == "3 of 3 captures"
    assert page.locator(".card img").count() == 3
    page.screenshot(path=SHOTS / "gallery-2-case.png", full_page=True)

    page.select_option("#filter-pattern", "buried_opt_out")
    page.click("#filter-apply")
    assert page.inner_text("#count") == "2 of 3 captures"
    page.fill("#filter-site", "instagram")
    page.click("#filter-apply")
    assert page.inner_text("#count") == "1 of 3 captures"
    page.screenshot(path=SHOTS / "gallery-3-filtered.png", full_page=True)
    page.click("text=Clear")
    page.fill("#filter-from", "2026-11-21")
    page.fill("#filter-to", "2026-11-21")
    page.click("#filter-apply")
    assert page.inner_text("#count") == "1 of 3 captures"
    assert page.locator(".card").get_attribute("data-site") == "instagram.com"

    page.click("text=Clear")
    page.click(".card[data-seq='1']")
    page.wait_for_selector(".shot img")
    page.screenshot(path=SHOTS / "gallery-4-capture.png", full_page=True)
    findings = page.inner_text(".findings")
    assert "Hidden way to refuse" in findings and "'Reject'" in findings, findings

    with page.expect_download() as download:
        page.click("text=Export case ZIP")
    path = tmp_path / "export.zip"
    download.value.save_as(path)
    report = verify_export(path)
    assert report.ok and report.captures == 3, [str(p) for p in report.problems]
    with page.expect_download() as download:
        page.click("text=PDF report")
    download.value.save_as(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("seq, snapshot", [(1, cookie_banner("en")), (2, meta_ai_notice())])
def test_outlines_sit_on_the_flagged_elements(page, gallery, seq, snapshot):
    base, token, case_id = gallery
    login(page, base, token)
    page.goto(f"{base}/gallery/cases/{case_id}/captures/{seq}")
    image = page.locator(".shot img")
    image.wait_for()
    page.wait_for_function("document.querySelector('.shot img').complete")
    shown = image.bounding_box()
    scale = shown["width"] / snapshot["viewport"]["width"]
    outlines = page.locator(".outline")
    assert outlines.count() >= 1
    for n in range(outlines.count()):
        outline = outlines.nth(n)
        element = snapshot["elements"][int(outline.get_attribute("data-element"))]["bbox"]
        box = outline.bounding_box()
        assert abs(box["x"] - (shown["x"] + element["x"] * scale)) <= 1.5
        assert abs(box["y"] - (shown["y"] + element["y"] * scale)) <= 1.5
        assert abs(box["width"] - element["w"] * scale) <= 1.5
        assert abs(box["height"] - element["h"] * scale) <= 1.5
    page.screenshot(path=SHOTS / f"gallery-5-outlines-{seq}.png", full_page=True)
    flagged = page.locator(".outline.element").first.bounding_box()
    page.screenshot(path=SHOTS / f"gallery-6-flagged-{seq}.png", clip={
        "x": max(0, flagged["x"] - 120), "y": max(0, flagged["y"] - 80), "width": 520, "height": 200})


def test_the_gallery_needs_a_login(page, gallery):
    base, _token, case_id = gallery
    page.goto(f"{base}/gallery/cases/{case_id}")
    assert page.url.startswith(base + "/gallery/login")
