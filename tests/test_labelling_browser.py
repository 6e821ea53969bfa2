"""The labelling app in headless Chromium (Playwright).

1. A hostile snapshot (scripts, on* handlers, javascript: links, CSS url()
   beacons, @import, fonts, a form posting elsewhere, meta refresh, iframes,
   objects, SVG, media, ping, srcset ...) executes nothing and loads nothing:
   a loopback beacon server counts zero requests, no dialog opens, the console
   stays silent, and window.name / the title of the page are untouched.
2. Labelling a screen end to end: log in, open the project, tick patterns
   and set a role by keyboard and by click, confirm the model's suggestions,
   write a note, save, see the agreement; then settle the disagreement.
Screenshots go to tests/screenshots/ (git-ignored) to be looked at.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from labelling_helpers import (LiveServer, csrf_of, hostile_snapshot, labelling_app, login, project_with_screens,
                               researcher, save, store_of)

from consentlens.scan import CHROMIUM_ARGS, chromium_path
from consentlens.server.labelling import importing
from consentlens.server.labelling.labels import annotations_of, finals_of
from consentlens.server.labelling.projects import create_project

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).parent / "screenshots"


class Beacon:
    """A loopback HTTP server that records every request it gets."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self):
                hits.append((self.command, self.path))
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"beacon")

            do_GET = do_POST = do_HEAD = _record

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.fixture
def browser(needs_browser):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


def _log_in(page, base: str, token: str):
    page.goto(base + "/label/login")
    page.fill("#token", token)
    page.click("button[type=submit]")
    page.wait_for_url("**/label/projects")


def test_hostile_snapshot_runs_nothing_and_loads_nothing(browser, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    beacon = Beacon()
    app = labelling_app(tmp_path / "data")
    store = store_of(app)
    project = create_project(store, "Hostile")
    summary = importing.apply(store, project, [{"snapshot": hostile_snapshot(beacon.url), "source": "hostile"}])
    assert summary["added"] == 1, summary
    token = researcher(app, "Ada", admin=True)
    try:
        with LiveServer(app) as server:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            requests, dialogs, console, errors = [], [], [], []
            context.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: console.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            _log_in(page, server.url, token)
            page.evaluate("() => { window.name = 'marker-name'; }")
            page.goto(f"{server.url}/label/projects/{project['id']}/screens/1")
            page.wait_for_load_state("networkidle")
            frame = page.frame_locator("#preview")
            frame.locator("text=We use cookies.").wait_for()
            # interact the way an annotator does: keys, clicks on the frame and on the element list
            page.locator("#preview").click(position={"x": 60, "y": 60}, force=True)
            page.keyboard.press("j")
            page.keyboard.press("a")
            page.locator("#elements li").nth(2).hover()
            page.locator("#elements li").nth(0).click()
            page.wait_for_timeout(1500)  # time for any delayed beacon, refresh or autoplay
            page.screenshot(path=str(SHOTS / "labelling-0-hostile.png"), full_page=True)

            assert beacon.hits == [], beacon.hits
            assert [u for u in requests if beacon.url in u] == []
            assert all(u.startswith(server.url) or u.startswith("about:") or u.startswith("data:") for u in requests), requests
            assert dialogs == [] and errors == [] and console == [], (dialogs, errors, console)
            assert page.evaluate("() => window.name") == "marker-name"
            assert page.title().startswith("Label screen 1")
            assert page.url.endswith(f"/label/projects/{project['id']}/screens/1")
            inner = page.frames[1]
            assert inner.url == "about:srcdoc"
            assert inner.evaluate("() => document.querySelectorAll('script, iframe, object, embed, form, link, "
                                  "meta[http-equiv=refresh], img[src^=http], [onerror], [onclick]').length") == 0
            assert page.locator("#preview").get_attribute("sandbox") == ""
            context.close()
    finally:
        beacon.close()


def test_label_a_screen_end_to_end(browser, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    app = labelling_app(tmp_path / "data")
    project = project_with_screens(app, 2, name="Cookie banners 2026", annotators_per_screen=2)
    ada_token = researcher(app, "Ada", admin=True)
    bob = login(app, researcher(app, "Bob"))
    csrf = csrf_of(bob, project["id"])
    # Bob has labelled both screens already (whichever the queue gives Ada first, he saw the
    # faint reject as buried; his roles differ between the two)
    assert save(bob, csrf, project["id"], 1, "bob-screen-1", patterns=["buried_opt_out"],
                roles={"1": "accept", "2": "other"}).status_code == 201
    assert save(bob, csrf, project["id"], 2, "bob-screen-2", patterns=["buried_opt_out"],
                roles={"1": "accept", "2": "reject"}).status_code == 201

    with LiveServer(app) as server:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        _log_in(page, server.url, ada_token)
        cookie = next(c for c in context.cookies() if c["name"] == "consentlens_label")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/label"
        page.click(f"text={project['name']}")
        page.click("#start")
        page.wait_for_selector("#elements li")
        screen_id = int(page.url.rsplit("/", 1)[1])
        page.frame_locator("#preview").locator("[data-cl-badge]").first.wait_for()
        page.screenshot(path=str(SHOTS / "labelling-1-suggestions.png"), full_page=True)
        # the model's suggestion is pre-filled but dashed, and saving is refused until it is confirmed
        assert page.locator(".pattern-row.suggested").count() == 1
        page.keyboard.press("Enter")
        assert "not confirmed" in page.locator("#status").inner_text()
        page.keyboard.press("?")
        assert page.locator("#help").is_visible()
        page.screenshot(path=str(SHOTS / "labelling-2-help.png"))
        page.keyboard.press("Escape")
        page.keyboard.press("c")                       # confirm the suggestions
        page.keyboard.press("5")                       # + preselected (keyboard)
        page.keyboard.press("5")                       # - preselected again
        page.keyboard.press("6")                       # + confirmshaming (keyboard)
        page.locator("#elements li").nth(2).click()    # select element 2 by click ...
        page.keyboard.press("o")                       # ... and make it "object" by keyboard
        page.locator("#elements li").nth(0).locator(".chip[data-role=other]").click()  # role by click
        page.keyboard.press("m")
        page.keyboard.type("Reject is a faint 11px link.")
        page.keyboard.press("Escape")
        page.locator("#elements li").nth(2).hover()
        page.wait_for_timeout(200)
        page.screenshot(path=str(SHOTS / "labelling-3-labelled.png"), full_page=True)
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url: f"/screens/{screen_id}" not in url)
        mine = [a for a in annotations_of(store_of(app), [screen_id])[screen_id] if a["annotator"] == "Ada"][0]
        assert mine["patterns"] == ["buried_opt_out", "confirmshaming"]
        assert mine["roles"] == {"0": "other", "1": "accept", "2": "object"}
        assert mine["note"] == "Reject is a faint 11px link."
        # the second screen: skip it with "s"
        page.wait_for_selector("#elements li")
        page.keyboard.press("s")
        page.wait_for_selector("text=Queue empty")
        page.goto(f"{server.url}/label/projects/{project['id']}/agreement")
        assert page.locator("#pairs").inner_text().count("Ada · Bob") == 1
        page.screenshot(path=str(SHOTS / "labelling-4-agreement.png"), full_page=True)
        # settle the disagreement on the screen both labelled
        page.goto(f"{server.url}/label/projects/{project['id']}/disagreements")
        page.screenshot(path=str(SHOTS / "labelling-5-disagreements.png"), full_page=True)
        page.click("text=Settle")
        page.wait_for_selector("#others")
        page.keyboard.press("c")
        page.keyboard.press("4")                       # majority (a tie) had buried_opt_out; keep it
        page.keyboard.press("4")
        page.screenshot(path=str(SHOTS / "labelling-6-adjudicate.png"), full_page=True)
        page.keyboard.press("Enter")
        page.wait_for_url("**/disagreements")
        final = finals_of(store_of(app), [screen_id])[screen_id]
        assert final["method"] == "adjudicated" and final["decided_by"] == "Ada"
        assert "buried_opt_out" in final["patterns"]
        assert errors == []
        context.close()
