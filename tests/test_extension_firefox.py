"""The extension in a real Firefox: Debian's firefox-esr, headless, with
extension/ loaded as a temporary add-on (manifest `background.scripts` and the
gecko id: the Firefox half of the platform shim), the real `consentlens
serve` on loopback, and a local page with a pay-or-consent wall.

Driven over Marionette (tests/firefox_helpers.py says why not Playwright,
geckodriver or WebDriver BiDi). Skipped, with the reason, where Firefox is
missing (`apt-get install -y firefox-esr`) or older than the manifest's
strict_min_version. Screenshot: .cache/screenshots/extension/firefox-*.png.
"""

from __future__ import annotations

import json

import pytest
from browser_helpers import EXTENSION, SHOTS, VERDICT_TIMEOUT_MS, Service, serve_pages
from firefox_helpers import Firefox, firefox_path, firefox_version

pytestmark = pytest.mark.browser

MANIFEST = json.loads((EXTENSION / "manifest.json").read_text())
MIN_VERSION = tuple(int(p) for p in MANIFEST["browser_specific_settings"]["gecko"]["strict_min_version"].split("."))


@pytest.fixture(scope="module")
def firefox_binary():
    path = firefox_path()
    if not path:
        pytest.skip("no Firefox (apt-get install -y firefox-esr, or set CONSENTLENS_FIREFOX)")
    version = firefox_version(path)
    if version[:len(MIN_VERSION)] < MIN_VERSION:
        pytest.skip(f"Firefox {'.'.join(map(str, version))} is older than the manifest's strict_min_version")
    return path


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = Service(tmp_path_factory.mktemp("service"))
    yield svc
    svc.stop()


def wait_marker(firefox, service) -> dict:
    try:
        firefox.wait_for(MARKER, timeout=VERDICT_TIMEOUT_MS / 1000, what="<consentlens-warning>")
    except TimeoutError as error:
        pytest.fail(f"{error}\n--- service log (end):\n{service.output()[-3000:]}\n"
                    f"--- Firefox log (end):\n{firefox.log()[-3000:]}")
    firefox.run("return new Promise(r => setTimeout(r, 300))")  # the card settles beside the dialog
    return firefox.run(MARKER)


@pytest.fixture(scope="module")
def firefox(firefox_binary, tmp_path_factory, service):
    browser = Firefox(firefox_binary, tmp_path_factory.mktemp("firefox-profile"))
    try:
        assert browser.install_temporary(EXTENSION) == MANIFEST["browser_specific_settings"]["gecko"]["id"]
        yield browser
    finally:
        browser.quit()


def set_service_url(firefox, url: str) -> str:
    """Through the options page, as a user would; the page's window handle."""
    handle = firefox.open_extension_page("options/options.html")
    # the page may still be loading: no field yet is "not yet", not an error
    firefox.wait_for("const f = document.getElementById('service-url'); return !!f && f.value !== ''",
                     what="options page")
    firefox.run("""const field = document.getElementById('service-url');
      field.value = arguments[0];
      field.dispatchEvent(new Event('input', {bubbles: true}));
      document.getElementById('save').click();""", url)
    firefox.wait_for("return document.querySelector(\"#save-result[data-kind='ok']\") !== null", what="saved setting")
    return handle


MARKER = """const w = document.querySelector('consentlens-warning');
  if (!w) return null;
  const visible = (el) => !!el && el.getClientRects().length > 0;
  return {patterns: w.getAttribute('data-patterns'), consentScreen: w.getAttribute('data-consent-screen'),
          count: document.querySelectorAll('consentlens-warning').length,
          card: visible(w.shadowRoot.querySelector('.card')),
          outlines: [...w.shadowRoot.querySelectorAll('.outline')].filter(visible).map(o => o.dataset.pattern)};"""


def test_firefox_runs_the_extension_and_marks_a_pay_or_consent_wall(firefox, service):
    options = set_service_url(firefox, service.url)
    firefox.switch_to(firefox.marionette("WebDriver:GetWindowHandles")[0])
    before = service.analyze_requests()
    with serve_pages() as site:
        firefox.navigate(f"{site}/pay_or_consent.html")
        state = wait_marker(firefox, service)
        SHOTS.mkdir(parents=True, exist_ok=True)
        firefox.screenshot(SHOTS / "firefox-pay_or_consent.png")
        page_url = firefox.run("return location.href")
    assert state["count"] == 1 and state["consentScreen"] == "true"
    assert "pay_or_consent" in state["patterns"].split()
    assert state["card"] and "pay_or_consent" in state["outlines"]
    assert service.analyze_requests() == before + 1

    # The background (an event page in Firefox) keeps the tab's state and badge.
    firefox.switch_to(options)
    badge = firefox.marionette("WebDriver:ExecuteAsyncScript", {"args": [page_url], "script": """
      const [url, done] = arguments;
      browser.tabs.query({}).then(tabs => tabs.find(t => t.url === url))
        .then(tab => browser.action.getBadgeText({tabId: tab.id})).then(done, e => done('error: ' + e));"""})["value"]
    assert badge == str(len(state["patterns"].split()))


def test_firefox_keeps_the_warning_above_a_modal_dialog(firefox, service):
    firefox.switch_to(firefox.marionette("WebDriver:GetWindowHandles")[0])
    with serve_pages() as site:
        firefox.navigate(f"{site}/modal_dialog.html")
        state = wait_marker(firefox, service)
        top = firefox.run("""const host = document.querySelector('consentlens-warning');
          const card = host.shadowRoot.querySelector('.card'), r = card.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2, inner = host.shadowRoot.elementFromPoint(x, y);
          return {atPoint: document.elementFromPoint(x, y) === host, inCard: !!inner && card.contains(inner),
                  topLayer: host.matches(':popover-open'), modal: document.querySelector('dialog').matches(':modal')};""")
        firefox.screenshot(SHOTS / "firefox-modal_dialog.png")
    assert "no_reject" in state["patterns"].split() and state["card"]
    assert top == {"atPoint": True, "inCard": True, "topLayer": True, "modal": True}
