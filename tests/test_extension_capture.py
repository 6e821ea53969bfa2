"""Evidence capture from the extension, end to end: headless Chromium with
extension/ loaded unpacked, the real `consentlens serve` process with its own
data dir and an auditor made by `consentlens auditor add`, local pages.

How the capture is triggered: `captureVisibleTab` needs the activeTab grant,
which a browser gives only when the user invokes the extension on the tab.
The tests invoke the toolbar action for real, through the DevTools protocol's
`Extensions.triggerAction` (Chromium started with
--enable-unsafe-extension-debugging; Playwright talks over a pipe). That opens
the real popup and grants activeTab; the popup page the test then drives is
the same popup.html, opened for that tab (popup.html?tab=ID) in a window of
its own, so the page stays the visible tab of its window as it is when the
toolbar popup is open.

The keyboard shortcut (manifest `commands`) cannot be pressed in headless
Chromium: key events sent through the protocol reach the page, not the
browser's shortcut handling. The tests call the background's command handler,
ConsentLensCapture.onCommand("capture-evidence", tab), the function the
browser's commands.onCommand calls.

Screenshots of the popup states go to .cache/screenshots/extension/capture-*.png.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from browser_helpers import (
    EXTENSION,
    SHOTS,
    VERDICT_TIMEOUT_MS,
    ExtensionBrowser,
    Quiet,
    Service,
    free_port,
    serve_handler,
)

pytestmark = pytest.mark.browser

CASE = "Cookie walls 2026 (NL)"


# ---- the service, with an auditor ------------------------------------------

def cli(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CONSENTLENS_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "consentlens.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("evidence-data")


@pytest.fixture(scope="module")
def token(data_dir):
    done = cli("auditor", "add", "Consumer group NL - Anna", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("clt_"), done.stdout
    return lines[0]


@pytest.fixture(scope="module")
def service(tmp_path_factory, data_dir, token):
    patch = pytest.MonkeyPatch()
    patch.setenv("CONSENTLENS_DATA_DIR", str(data_dir))  # inherited by the server process
    try:
        svc = Service(tmp_path_factory.mktemp("service"))
    finally:
        patch.undo()
    yield svc
    svc.stop()


def api(service, path: str, token: str):
    import urllib.request

    request = urllib.request.Request(service.url + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


class TooLarge(Quiet, http.server.BaseHTTPRequestHandler):
    """A service that refuses every upload with 413, as the real one does past its limits."""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"error": {"status": 413, "code": "image_too_large",
                                     "message": "The screenshot is larger than 1 byte."}}).encode()
        self.send_response(413)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def too_large_service():
    with serve_handler(TooLarge) as url:
        yield url


# ---- Chromium with the extension -------------------------------------------

class Browser(ExtensionBrowser):
    def __init__(self, context):
        super().__init__(context)
        self.cdp = context.browser.new_browser_cdp_session()

    def options(self, fn):
        options = self.context.new_page()
        try:
            options.goto(self.ext_url("options/options.html"))
            options.wait_for_function("() => document.getElementById('service-url').value !== ''")
            return fn(options)
        finally:
            options.close()

    def configure(self, url: str, token: str | None):
        """Service URL and token through the options page, as a user would."""
        def fill(options):
            options.fill("#service-url", url)
            options.click("#save")
            options.wait_for_selector("#save-result[data-kind='ok']")
            if token:
                options.fill("#token", token)
                options.click("#token-save")
                options.wait_for_selector("#token-state[data-token='yes']")
                assert options.input_value("#token") == ""  # not shown again
        self.options(fill)

    def invoke_action(self, page):
        """Click the toolbar button for `page` (grants activeTab), then close the real popup."""
        page.bring_to_front()
        tabs = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        target = [t for t in tabs if t["url"] == page.url]
        assert len(target) == 1, tabs
        self.cdp.send("Extensions.triggerAction", {"id": self.id, "targetId": target[0]["targetId"]})
        popup_url = self.ext_url("popup/popup.html")
        for _ in range(50):
            found = [t for t in self.cdp.send("Target.getTargets")["targetInfos"] if t["url"] == popup_url]
            if found:
                self.cdp.send("Target.closeTarget", {"targetId": found[0]["targetId"]})
                return
            page.wait_for_timeout(100)
        pytest.fail("the toolbar popup did not open")

    def popup(self, page):
        """popup.html for `page`'s tab, in a window of its own (the page stays visible in its window)."""
        url = self.ext_url(f"popup/popup.html?tab={self.tab_id(page)}")
        with self.context.expect_page() as info:
            self.background("(url) => chrome.windows.create({url, type: 'popup', width: 400, height: 520})", url)
        popup = info.value
        popup.wait_for_load_state()
        popup.set_viewport_size({"width": 380, "height": 520})
        return popup


@pytest.fixture(scope="module")
def browser(launch_extension, service):
    b = Browser(launch_extension("--enable-unsafe-extension-debugging"))
    b.background("""() => {
      // Test-only: keep a copy of every upload's screenshot hash and metadata.
      const service = globalThis.ConsentLensService;
      if (!service.__upload) service.__upload = service.uploadCapture;
      globalThis.__uploads = [];
      service.uploadCapture = async (base, token, form) => {
        const bytes = await form.get('screenshot').arrayBuffer();
        const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
          .map(b => b.toString(16).padStart(2, '0')).join('');
        globalThis.__uploads.push({base, sha256: digest, metadata: JSON.parse(await form.get('metadata').text())});
        return service.__upload(base, token, form);
      };
    }""")
    return b


def shoot(page, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"capture-{name}.png"))


def capture_state(popup) -> dict:
    return popup.evaluate("""() => {
      const r = document.getElementById('capture-result');
      return {state: r.dataset.state, hidden: r.hidden, text: r.textContent.trim(), seq: r.dataset.seq || null,
              hash: r.dataset.hash || null, disabled: document.getElementById('capture-run').disabled,
              caseName: document.getElementById('case-name').value};
    }""")


def capture_from_popup(browser, page, case: str | None, expect: str, shot: str | None = None) -> dict:
    browser.invoke_action(page)
    popup = browser.popup(page)
    try:
        popup.wait_for_selector("#capture[data-token]:not([data-token=''])")
        if case is not None:
            popup.fill("#case-name", case)
        popup.click("#capture-run")
        popup.wait_for_selector(f"#capture-result[data-state='{expect}']", timeout=VERDICT_TIMEOUT_MS)
        state = capture_state(popup)
        if shot:
            shoot(popup, shot)
        return state
    finally:
        popup.close()


def case_named(service, token, name):
    cases = [c for c in api(service, "/api/v1/cases", token)["cases"] if c["name"] == name]
    assert len(cases) == 1, cases
    return cases[0]


def verify(case_id, data_dir) -> subprocess.CompletedProcess:
    return cli("evidence", "verify", case_id, "--data-dir", str(data_dir), data_dir=data_dir)


# ---- the tests --------------------------------------------------------------

def test_no_token_is_a_clear_state(browser, service, open_page):
    browser.configure(service.url, None)
    page = open_page("pay_or_consent.html")
    popup = browser.popup(page)
    try:
        popup.wait_for_selector("#capture-result[data-state='no-token']")
        state = capture_state(popup)
        assert state["disabled"] and not state["hidden"]
        assert "No auditor token" in state["text"] and "options page" in state["text"]
        shoot(popup, "no-token")
    finally:
        popup.close()


def test_capture_from_the_popup_reaches_the_service(browser, service, token, data_dir, open_page):
    browser.configure(service.url, token)
    before = len(browser.background("() => globalThis.__uploads"))
    page = open_page("pay_or_consent.html")
    page.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
    shown = page.evaluate("() => document.querySelector('consentlens-warning').dataset.patterns").split()
    assert "pay_or_consent" in shown

    state = capture_from_popup(browser, page, CASE, "ok", shot="ok")
    assert state["seq"] == "1" and len(state["hash"]) == 64
    assert f"capture #1 of case “{CASE}”" in state["text"] and state["hash"][:16] in state["text"]
    # Our own marker was hidden for the screenshot and is back.
    assert page.evaluate("() => document.querySelector('consentlens-warning').style.visibility") != "hidden"
    assert page.errors == []

    uploads = browser.background("() => globalThis.__uploads")[before:]
    assert len(uploads) == 1
    sent = uploads[0]
    assert sent["base"] == service.url
    meta = sent["metadata"]
    assert meta["case"] == CASE and meta["url"] == page.url
    assert meta["extension_version"] == json.loads((EXTENSION / "manifest.json").read_text())["version"]
    assert "Chrom" in meta["browser"] and meta["model_version"]
    assert meta["snapshot"]["producer"] == "extension" and meta["snapshot"]["elements"]
    assert [p["id"] for p in meta["verdict"]["patterns"]] == shown
    assert token not in json.dumps(meta)

    case = case_named(service, token, CASE)
    assert case["captures"] == 1 and case["head_hash"] == state["hash"]
    detail = api(service, f"/api/v1/cases/{case['id']}", token)
    capture = detail["captures"][0]
    assert capture["seq"] == 1 and capture["url"] == page.url
    assert capture["patterns"] == shown
    shot = capture["files"]["screenshot"]
    assert shot["sha256"] == sent["sha256"] and shot["type"] == "image/png"
    assert (shot["width"], shot["height"]) == (1280, 800)
    stored = data_dir / "evidence" / "objects" / shot["sha256"][:2] / shot["sha256"]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == shot["sha256"]
    assert capture["files"]["snapshot"] and capture["files"]["verdict"]

    done = verify(case["id"], data_dir)
    assert done.returncode == 0, done.stdout + done.stderr

    # The popup remembers the case for next time.
    popup = browser.popup(page)
    try:
        popup.wait_for_function(f"() => document.getElementById('case-name').value === {json.dumps(CASE)}")
    finally:
        popup.close()


def test_page_without_a_dialog_is_captured_without_a_snapshot(browser, service, token, data_dir, open_page):
    page = open_page("no_dialog.html")
    page.wait_for_timeout(1500)
    state = capture_from_popup(browser, page, None, "ok", shot="ok-no-dialog")  # the case remembered
    assert state["caseName"] == CASE and state["seq"] == "2"
    assert "No consent screen on this page" in state["text"]
    sent = browser.background("() => globalThis.__uploads")[-1]
    assert sent["metadata"]["snapshot"] is None and sent["metadata"]["verdict"] is None
    case = case_named(service, token, CASE)
    capture = api(service, f"/api/v1/cases/{case['id']}", token)["captures"][1]
    assert capture["url"] == page.url and capture["patterns"] == []
    assert capture["files"]["screenshot"]["sha256"] == sent["sha256"]
    assert verify(case["id"], data_dir).returncode == 0


def test_keyboard_shortcut_handler_captures_with_the_last_case(browser, service, token, data_dir, open_page):
    commands = browser.background("() => chrome.commands.getAll()")
    assert any(c["name"] == "capture-evidence" for c in commands)
    page = open_page("shadow_cmp.html")
    page.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
    browser.invoke_action(page)  # a real shortcut press grants activeTab the same way
    outcome = browser.background("async (id) => ConsentLensCapture.onCommand('capture-evidence', await chrome.tabs.get(id))",
                                 browser.tab_id(page))
    assert outcome["status"] == "ok" and outcome["caseName"] == CASE and outcome["seq"] == 3, outcome
    assert "no_reject" in outcome["patterns"]
    case = case_named(service, token, CASE)
    assert case["captures"] == 3 and case["head_hash"] == outcome["entryHash"]
    assert verify(case["id"], data_dir).returncode == 0
    # The popup shows what the shortcut did.
    popup = browser.popup(page)
    try:
        popup.wait_for_selector("#capture-result[data-state='ok'][data-seq='3']")
    finally:
        popup.close()


def test_invalid_case_name_is_refused_before_sending(browser, open_page):
    page = open_page("no_dialog.html")
    before = len(browser.background("() => globalThis.__uploads"))
    state = capture_from_popup(browser, page, "../etc/passwd", "invalid-case", shot="invalid-case")
    assert "no slashes" in state["text"]
    assert len(browser.background("() => globalThis.__uploads")) == before


def test_bad_token_shows_401(browser, service, open_page):
    browser.configure(service.url, "clt_not-a-real-token-0000")
    page = open_page("fair_banner.html")
    page.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
    state = capture_from_popup(browser, page, CASE, "unauthorized", shot="unauthorized")
    assert "401" in state["text"]

    def check(options):
        options.click("#token-check")
        options.wait_for_selector("#token-result[data-state='unauthorized']")
        shoot(options, "options-unauthorized")
        return options.text_content("#token-result")
    assert "401" in browser.options(check)


def test_too_large_and_service_down(browser, service, token, too_large_service, open_page):
    try:
        browser.configure(too_large_service, "clt_any-token-for-the-fake-service")
        page = open_page("no_dialog.html")
        state = capture_from_popup(browser, page, CASE, "too-large", shot="too-large")
        assert "413" in state["text"]
        assert browser.background("() => globalThis.__uploads")[-1]["base"] == too_large_service

        browser.configure(f"http://127.0.0.1:{free_port()}", "clt_any-token-for-nothing")
        state = capture_from_popup(browser, page, CASE, "unreachable", shot="unreachable")
        assert "unreachable" in state["text"]
    finally:
        browser.configure(service.url, token)


def test_token_stays_with_its_service(browser, service, token):
    browser.configure(service.url, token)

    def check(options):
        options.click("#token-check")
        options.wait_for_selector("#token-result[data-state='ok']")
        text = options.text_content("#token-result")
        # Pages never get the token back, only whether one is set.
        answer = options.evaluate("() => chrome.runtime.sendMessage({type: 'settings:get'})")
        assert token not in json.dumps(answer) and answer["settings"]["hasToken"] is True
        shoot(options, "options-ok")
        return text
    assert "Token accepted: 1 case(s)" in browser.options(check)
    # A new service address drops the token: it is never sent elsewhere.
    browser.configure(f"http://127.0.0.1:{free_port()}", None)
    assert browser.background("() => ConsentLensSettings.load()")["auditorToken"] == ""
    browser.configure(service.url, None)
    assert browser.background("() => ConsentLensSettings.load()")["auditorToken"] == ""
