"""The browser extension end to end: headless Chromium with extension/ loaded
unpacked, the real `consentlens serve` process on loopback, and small local
pages from tests/pages/ served on another loopback port.

Verdicts come from the trained model (model/artefacts, or CONSENTLENS_MODEL_DIR):
the pages are clear-cut cases, written fresh for these tests (not generator
output). Requests to the service are counted from the server's own request
log. Screenshots of the warning UI go to .cache/screenshots/extension/.
"""

from __future__ import annotations

import json
import os
import time

import pytest
from browser_helpers import (
    VERDICT_TIMEOUT_MS,
    ExtensionBrowser,
    Service,
    free_port,
    serve_pages,
    shoot,
)

pytestmark = pytest.mark.browser

__all__ = ["VERDICT_TIMEOUT_MS", "browser", "service", "shoot"]  # test_extension_forms.py reuses them


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = Service(tmp_path_factory.mktemp("service"))
    yield svc
    svc.stop()


# ---- Chromium with the extension -------------------------------------------

class Browser(ExtensionBrowser):
    def badge(self, page) -> str:
        return self.background("async (tabId) => chrome.action.getBadgeText({tabId})", self.tab_id(page))

    def set_service_url(self, url: str):
        """Through the options page, as a user would."""
        options = self.context.new_page()
        options.goto(self.ext_url("options/options.html"))
        options.wait_for_function("() => document.getElementById('service-url').value !== ''")
        options.fill("#service-url", url)
        options.click("#save")
        options.wait_for_selector("#save-result[data-kind='ok']")
        options.close()

    def popup(self, page):
        popup = self.context.new_page()
        popup.goto(self.ext_url(f"popup/popup.html?tab={self.tab_id(page)}"))
        return popup


@pytest.fixture(scope="module")
def browser(launch_extension, service):
    b = Browser(launch_extension())
    b.set_service_url(service.url)
    return b


# ---- reading the page -------------------------------------------------------

MARKER_STATE = """() => {
  const all = document.querySelectorAll('consentlens-warning');
  if (!all.length) return {count: 0};
  const w = all[0], root = w.shadowRoot;
  const visible = (el) => !!el && el.getClientRects().length > 0;
  return {
    count: all.length,
    patterns: w.getAttribute('data-patterns'),
    consentScreen: w.getAttribute('data-consent-screen'),
    shadowOpen: !!root,
    text: root ? root.textContent : '',
    outlines: root ? [...root.querySelectorAll('.outline')].filter(visible).map(o => {
      const r = o.getBoundingClientRect();
      return {pattern: o.dataset.pattern, element: Number(o.dataset.element), x: r.x, y: r.y, w: r.width, h: r.height};
    }) : [],
    card: root ? visible(root.querySelector('.card')) : false,
    fairNote: root ? visible(root.querySelector('.pill.fair')) : false,
    links: root ? [...root.querySelectorAll('.card a')].map(a => a.href) : [],
  };
}"""


def wait_marker(page, timeout=VERDICT_TIMEOUT_MS) -> dict:
    page.wait_for_selector("consentlens-warning", state="attached", timeout=timeout)
    page.wait_for_timeout(300)  # the card settles beside the dialog
    return page.evaluate(MARKER_STATE)


def marker_ids(state: dict) -> list[str]:
    return (state.get("patterns") or "").split()


def popup_findings(browser, page, state: str) -> dict:
    popup = browser.popup(page)
    try:
        popup.wait_for_selector(f"#status[data-state='{state}']", timeout=VERDICT_TIMEOUT_MS)
        return popup.evaluate("""() => ({
          title: document.getElementById('status-title').textContent,
          text: document.getElementById('status-text').textContent,
          service: document.getElementById('service').dataset.state,
          retryShown: !document.getElementById('retry').hidden,
          findings: [...document.querySelectorAll('li.finding')].map(li => ({
            id: li.dataset.pattern,
            message: li.querySelector('.message').textContent,
            forms: [...li.querySelectorAll('a[data-form]')].map(a => ({id: a.dataset.form, url: a.href, title: a.textContent})),
          })),
        })""")
    finally:
        if os.environ.get("CONSENTLENS_SHOTS_POPUP"):
            shoot(popup, f"popup-{state}")
        popup.close()


def record_sent_snapshots(browser):
    """Keep a copy of every snapshot the background sends (test-only wrapper)."""
    browser.background("""() => {
      const service = globalThis.ConsentLensService;
      if (!service.__original) service.__original = service.analyze;
      globalThis.__sent = [];
      service.analyze = (settings, snapshot) => { globalThis.__sent.push(snapshot); return service.__original(settings, snapshot); };
    }""")


# ---- the tests --------------------------------------------------------------

def test_fair_banner_gets_an_empty_marker_and_looks_fair(browser, service, open_page):
    record_sent_snapshots(browser)
    page = open_page("fair_banner.html?reader=jane&session=4711")
    page.evaluate("() => { document.cookie = 'session_token=s3cr3t-cookie'; document.querySelector('input[type=email]').value = 'jane.doe@example.org'; }")
    state = wait_marker(page)
    shoot(page, "fair_banner")
    assert state["count"] == 1
    assert state["patterns"] == ""
    assert state["consentScreen"] == "true"
    assert state["fairNote"] and not state["card"] and not state["outlines"]
    assert "looks fair" in state["text"]
    popup = popup_findings(browser, page, "fair")
    assert "looks fair" in popup["title"]
    assert popup["findings"] == [] and popup["service"] == "ok"
    assert browser.badge(page) == "\u2713"
    assert page.errors == []

    # Privacy: what left the page is the dialog, nothing else of it.
    sent = browser.background("() => globalThis.__sent")
    assert len(sent) == 1
    snapshot = sent[0]
    text = json.dumps(snapshot)
    assert snapshot["producer"] == "extension"
    assert snapshot["url"].endswith("/fair_banner.html")  # no query string
    assert "reader=jane" not in text and "4711" not in text
    assert "cycle lanes" not in text and "councillor" not in text  # article text
    assert "s3cr3t-cookie" not in text and "jane.doe@example.org" not in text
    assert "Reject all" in snapshot["dialog"]["text"] and "Accept all" in snapshot["dialog"]["text"]


def test_pay_or_consent_wall_is_named_with_forms(browser, open_page):
    page = open_page("pay_or_consent.html")
    state = wait_marker(page)
    shoot(page, "pay_or_consent")
    assert state["count"] == 1
    assert "pay_or_consent" in marker_ids(state)
    assert state["card"] and state["outlines"]
    popup = popup_findings(browser, page, "findings")
    assert [f["id"] for f in popup["findings"]] == marker_ids(state)
    pay = next(f for f in popup["findings"] if f["id"] == "pay_or_consent")
    assert pay["message"] and pay["forms"]
    assert all(f["url"].startswith("https://") for f in pay["forms"])
    assert browser.badge(page) == str(len(marker_ids(state)))
    assert page.errors == []


def test_meta_ai_notice_outlines_the_buried_objection_link(browser, open_page):
    page = open_page("meta_ai_notice.html")
    state = wait_marker(page)
    shoot(page, "meta_ai_notice")
    assert state["count"] == 1
    assert "buried_opt_out" in marker_ids(state)
    outline = next((o for o in state["outlines"] if o["pattern"] == "buried_opt_out"), None)
    assert outline is not None, f"the objection link is not outlined: {state['outlines']}"
    link = page.evaluate("() => { const r = document.querySelector('a[href*=\"help/contact\"]').getBoundingClientRect();"
                         " return {x: r.x, y: r.y, w: r.width, h: r.height}; }")
    assert outline["x"] <= link["x"] and outline["y"] <= link["y"]
    assert outline["x"] + outline["w"] >= link["x"] + link["w"] and outline["y"] + outline["h"] >= link["y"] + link["h"]
    assert outline["w"] < 3 * link["w"]  # the link itself, not the whole notice
    popup = popup_findings(browser, page, "findings")
    buried = next(f for f in popup["findings"] if f["id"] == "buried_opt_out")
    assert "right to object" in buried["message"]
    assert page.errors == []


def test_a_notice_that_names_only_the_right_to_object_is_judged(browser, open_page):
    # no cookie, consent or legal-basis word anywhere: "hier widersprechen" alone makes it a candidate
    page = open_page("ai_notice_bare_de.html")
    state = wait_marker(page)
    assert state["count"] == 1
    assert marker_ids(state) == ["buried_opt_out"]
    outline = next(o for o in state["outlines"] if o["pattern"] == "buried_opt_out")
    link = page.evaluate("() => { const r = document.querySelector('a[href*=\"widerspruch\"]').getBoundingClientRect();"
                         " return {x: r.x, y: r.y, w: r.width, h: r.height}; }")
    assert outline["x"] <= link["x"] and outline["x"] + outline["w"] >= link["x"] + link["w"]
    assert outline["w"] < 3 * link["w"]
    assert page.errors == []


def test_a_blocking_screen_that_is_the_whole_page_is_a_consent_wall(browser, open_page):
    # Meta's login blocking screen as a page of its own: no backdrop, nothing fixed, nothing
    # else on the page; the snapshot says so by counting no visible text outside the dialog
    page = open_page("meta_independent/blocking-en-instagram.html")
    state = wait_marker(page)
    shoot(page, "blocking_whole_page")
    assert "consent_wall" in marker_ids(state)
    popup = popup_findings(browser, page, "findings")
    wall = next(f for f in popup["findings"] if f["id"] == "consent_wall")
    assert "all the page shows" in wall["message"] and "I agree" in wall["message"]
    assert page.errors == []


def test_cmp_banner_in_a_shadow_root(browser, open_page):
    page = open_page("shadow_cmp.html")
    state = wait_marker(page)
    shoot(page, "shadow_cmp")
    assert state["count"] == 1 and state["shadowOpen"]
    assert "no_reject" in marker_ids(state)
    # The outline points into the CMP's shadow tree: at the accept button.
    accept = page.evaluate("() => { const r = document.getElementById('cmp-host').shadowRoot.querySelector('.accept')"
                           ".getBoundingClientRect(); return {x: r.x, y: r.y}; }")
    assert any(abs(o["x"] + 4 - accept["x"]) < 2 and abs(o["y"] + 4 - accept["y"]) < 2 for o in state["outlines"])
    popup = popup_findings(browser, page, "findings")
    assert [f["id"] for f in popup["findings"]] == marker_ids(state)
    assert page.errors == []


def test_banner_injected_two_seconds_after_load(browser, service, open_page):
    before = service.analyze_requests()
    started = time.monotonic()
    page = open_page("late_banner.html")
    page.wait_for_timeout(max(0, 1500 - int((time.monotonic() - started) * 1000)))
    assert page.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
    assert service.analyze_requests() == before  # nothing sent while there is no banner
    state = wait_marker(page, timeout=10000)
    assert time.monotonic() - started < 8
    shoot(page, "late_banner")
    assert state["count"] == 1
    assert service.analyze_requests() == before + 1
    popup = popup_findings(browser, page, "fair" if not marker_ids(state) else "findings")
    assert [f["id"] for f in popup["findings"]] == marker_ids(state)
    assert page.errors == []


def test_spa_route_change_shows_a_banner_and_rearms(browser, service, open_page):
    before = service.analyze_requests()
    page = open_page("spa/")
    page.wait_for_timeout(1500)
    assert page.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
    assert service.analyze_requests() == before

    page.click("#to-explore")  # history.pushState, then the app shows its consent dialog
    state = wait_marker(page)
    shoot(page, "spa_route")
    assert state["count"] == 1
    assert service.analyze_requests() == before + 1

    # The user declines; the next route change clears the verdict ...
    page.click("text=Decline optional cookies")
    page.click("text=Reels")
    page.wait_for_function("() => location.pathname === '/spa/reels'")
    page.wait_for_function("() => document.querySelectorAll('consentlens-warning').length === 0", timeout=5000)
    # ... and going back, where the app shows the dialog again, is judged again.
    page.go_back()
    page.wait_for_function("() => location.pathname === '/spa/explore'")
    state = wait_marker(page)
    assert state["count"] == 1
    assert page.errors == []


def test_page_without_a_dialog_sends_nothing(browser, service, open_page):
    before = service.analyze_requests()
    page = open_page("no_dialog.html")
    page.mouse.wheel(0, 600)  # some activity: scrolling, typing
    page.fill("input[type=email]", "someone@example.org")
    page.wait_for_timeout(3000)
    assert page.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
    assert service.analyze_requests() == before
    popup = popup_findings(browser, page, "none")
    assert popup["findings"] == []
    assert browser.badge(page) == ""
    assert page.errors == []


def test_site_switch_in_the_popup_turns_it_off_and_on(browser, open_page):
    page = open_page("shadow_cmp.html")
    wait_marker(page)
    popup = browser.popup(page)
    try:
        popup.wait_for_selector("#site-row:not([hidden])")
        assert "127.0.0.1" in popup.text_content("#site-label")
        popup.uncheck("#site-toggle")
        page.wait_for_function("() => document.querySelectorAll('consentlens-warning').length === 0", timeout=5000)
        popup.wait_for_selector("#status[data-state='disabled']")
        popup.check("#site-toggle")
        page.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
    finally:
        popup.close()


@pytest.fixture(scope="module")
def other_origin():
    """tests/pages/ again, on another origin (localhost instead of 127.0.0.1, another port)."""
    with serve_pages(host="localhost") as url:
        yield url


def test_cmp_in_a_cross_origin_frame_is_judged_inside_the_frame(browser, service, open_page, other_origin):
    before = service.analyze_requests()
    page = open_page(f"cmp_frame_host.html?frame={other_origin}/cmp_frame_message.html&ad={other_origin}/ad_frame.html")
    frame = next(f for f in page.frames if f.url.startswith(f"{other_origin}/cmp_frame_message.html"))
    frame.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
    page.wait_for_timeout(300)
    state = frame.evaluate(MARKER_STATE)
    shoot(page, "cross_origin_frame")
    # Judged and shown where the dialog is: in the frame, with the outline on its
    # element; the card starts folded into its pill, so as not to cover the dialog.
    assert state["count"] == 1 and "pay_or_consent" in marker_ids(state)
    assert state["outlines"] and not state["card"]
    frame.evaluate("() => document.querySelector('consentlens-warning').shadowRoot.querySelector('.pill button.open').click()")
    frame.wait_for_function("() => document.querySelector('consentlens-warning').shadowRoot.querySelector('.card').getClientRects().length > 0")
    shoot(page, "cross_origin_frame_card")
    # The page around it found nothing of its own to judge (its Sourcepoint-like
    # container holds only the frame), and sent nothing; nor did the ad frame
    # ("Werbung", "Datenschutz", two links, no button).
    assert page.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
    ad = next(f for f in page.frames if f.url.endswith("/ad_frame.html"))
    assert ad.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
    popup = popup_findings(browser, page, "findings")
    assert [f["id"] for f in popup["findings"]] == marker_ids(state)
    assert browser.badge(page) == str(len(marker_ids(state)))
    page.wait_for_timeout(1000)  # every frame has long had its idle look by now
    assert service.analyze_requests() == before + 1
    assert page.errors == []


TOPMOST_AT_CARD = """() => {
  const host = document.querySelector('consentlens-warning');
  const card = host.shadowRoot.querySelector('.card');
  const r = card.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  const inner = host.shadowRoot.elementFromPoint(x, y);
  return {atPoint: document.elementFromPoint(x, y) === host, inCard: !!inner && card.contains(inner),
          insideModal: host.parentElement.matches('dialog:modal'), topLayer: host.matches(':popover-open')};
}"""


def test_warning_stays_above_a_modal_dialog(browser, open_page):
    page = open_page("modal_dialog.html")
    assert page.evaluate("() => document.querySelector('dialog').matches(':modal')")
    state = wait_marker(page)
    shoot(page, "modal_dialog")
    assert state["count"] == 1 and "no_reject" in marker_ids(state)
    assert state["card"] and state["outlines"]
    # The card is the topmost element where it is drawn, above the dialog and its backdrop ...
    top = page.evaluate(TOPMOST_AT_CARD)
    assert top == {"atPoint": True, "inCard": True, "insideModal": True, "topLayer": True}
    # ... and not inert: a real click on its minimise button works.
    box = page.evaluate("""() => { const r = document.querySelector('consentlens-warning').shadowRoot
        .querySelector('.card button.icon').getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; }""")
    page.mouse.click(box["x"], box["y"])
    page.wait_for_function("""() => { const root = document.querySelector('consentlens-warning').shadowRoot;
        return root.querySelector('.card').hidden && !root.querySelector('.pill').hidden; }""")
    # When the page closes its dialog, the marker leaves it and the top layer.
    page.evaluate("() => document.querySelector('dialog').close()")
    page.wait_for_function("""() => { const w = document.querySelector('consentlens-warning');
        return w.parentElement === document.body && !w.matches(':popover-open'); }""", timeout=5000)
    assert page.errors == []


def test_service_down_is_a_clear_state_without_page_errors(browser, service, open_page):
    browser.set_service_url(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    try:
        page = open_page("pay_or_consent.html")
        popup = popup_findings(browser, page, "unreachable")
        assert "unreachable" in popup["text"]
        assert popup["service"] == "unreachable" and popup["retryShown"]
        assert page.evaluate("() => document.querySelectorAll('consentlens-warning').length") == 0
        assert browser.badge(page) == "!"
        page.wait_for_timeout(500)
        assert page.errors == []
        shoot(page, "service_down")
    finally:
        browser.set_service_url(service.url)


def test_options_page_checks_the_connection(browser):
    options = browser.context.new_page()
    try:
        options.goto(browser.ext_url("options/options.html"))
        options.wait_for_function("() => document.getElementById('service-url').value !== ''")
        options.select_option("#country", "NL")
        options.click("#save")
        options.wait_for_selector("#save-result[data-kind='ok']")
        options.click("#check")
        options.wait_for_selector("#check-result[data-kind='ok']", timeout=10000)
        assert "Connected" in options.text_content("#check-result")
        options.fill("#service-url", "ftp://example.org")
        options.click("#save")
        options.wait_for_selector("#save-result[data-kind='error']")
        # The dispatcher answers only allow-listed types, each only from where it may come.
        unknown = options.evaluate("() => chrome.runtime.sendMessage({type: 'settings:wipe'})")
        wrong_sender = options.evaluate("() => chrome.runtime.sendMessage({type: 'content:verdict', snapshot: {schema_version: 1}})")
        assert unknown is None and wrong_sender is None
        settings = browser.background("() => ConsentLensSettings.load()")
        assert settings["country"] == "NL" and settings["serviceUrl"].startswith("http://127.0.0.1:")
        shoot(options, "options")
    finally:
        browser.background("() => ConsentLensSettings.update({country: ''})")
        options.close()
