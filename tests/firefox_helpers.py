"""Firefox with the extension, headless, for test_extension_firefox.py.

Driven over Marionette, the remote protocol built into every Firefox (the one
geckodriver translates WebDriver to): length-prefixed JSON over TCP, so no
driver binary and no extra package. Why not the alternatives (issue 5):

- Playwright drives only its own patched Firefox build, which cannot be
  downloaded here; its stock-Firefox (BiDi) mode is experimental.
- geckodriver is no Debian package and its PyPI/npm wrappers download the
  binary from GitHub at install time, which fails here.
- WebDriver BiDi (`--remote-debugging-port`, `webExtension.install`) installs
  the extension fine, but BiDi and Marionette both refuse to navigate to
  moz-extension:// pages ("not allowed in this context"), and the options
  page is where the service address is set. Marionette's chrome context
  (allowed with --remote-allow-system-access) opens that page in a tab.

The extension's internal UUID is fixed in the profile
(extensions.webextensions.uuids), so its pages have a known address.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

GECKO_ID = "consentlens@consentlens.org"
START_TIMEOUT = 60


def firefox_path() -> str | None:
    return os.environ.get("CONSENTLENS_FIREFOX") or shutil.which("firefox-esr") or shutil.which("firefox")


def firefox_version(path: str) -> tuple[int, ...]:
    """(153, 7, 0) from `firefox --version` ("Mozilla Firefox 153.7.0esr")."""
    out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60, check=False).stdout
    number = out.strip().split()[-1] if out.strip() else "0"
    return tuple(int("".join(ch for ch in part if ch.isdigit()) or 0) for part in number.split(".")[:3])


class MarionetteError(RuntimeError):
    pass


class Marionette:
    """The Marionette protocol, version 3: `LEN:[0, id, command, params]` out,
    `LEN:[1, id, error, result]` back."""

    def __init__(self, port: int, deadline: float):
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.buffer = b""
        self.next_id = 0
        hello = self._read()
        if hello.get("marionetteProtocol") != 3:
            raise MarionetteError(f"unexpected Marionette greeting: {hello}")

    def _read(self):
        while b":" not in self.buffer:
            self._fill()
        length, rest = self.buffer.split(b":", 1)
        self.buffer = rest
        while len(self.buffer) < int(length):
            self._fill()
        message, self.buffer = self.buffer[:int(length)], self.buffer[int(length):]
        return json.loads(message)

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise MarionetteError("Firefox closed the Marionette connection")
        self.buffer += chunk

    def __call__(self, command: str, params: dict | None = None):
        self.next_id += 1
        data = json.dumps([0, self.next_id, command, params or {}]).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        while True:
            message = self._read()
            if message[0] == 1 and message[1] == self.next_id:
                if message[2]:
                    raise MarionetteError(f"{command}: {message[2].get('error')}: {message[2].get('message')}")
                return message[3]

    def close(self):
        self.sock.close()


class Firefox:
    """Headless Firefox with a fresh profile, over Marionette."""

    def __init__(self, binary: str, profile: Path):
        self.extension_uuid = str(uuid.uuid4())
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        prefs = {
            "marionette.port": port,
            "extensions.webextensions.uuids": json.dumps({GECKO_ID: self.extension_uuid}),
            "browser.shell.checkDefaultBrowser": False,
            "browser.aboutwelcome.enabled": False,
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.reportingpolicy.firstRun": False,
            "app.update.disabledForTesting": True,
            "intl.locale.requested": "en-US",
            # console output (extension errors too) into firefox.log, for failures
            "devtools.console.stdout.chrome": True,
            "devtools.console.stdout.content": True,
        }
        (profile / "user.js").write_text("".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n"
                                                 for k, v in prefs.items()))
        self.log_path = profile / "firefox.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [binary, "--headless", "--no-remote", "--marionette", "--remote-allow-system-access",
                 "--profile", str(profile)],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self.marionette = Marionette(port, time.monotonic() + START_TIMEOUT)
            self.capabilities = self.marionette("WebDriver:NewSession", {"capabilities": {}})["capabilities"]
        except Exception:
            self.quit()
            raise

    def install_temporary(self, directory: Path) -> str:
        """Load an unpacked extension, as about:debugging's "Load Temporary Add-on"."""
        return self.marionette("Addon:Install", {"path": str(directory), "temporary": True})["value"]

    def extension_url(self, path: str) -> str:
        return f"moz-extension://{self.extension_uuid}/{path}"

    def open_extension_page(self, path: str) -> str:
        """Open one of the extension's pages in a new tab and switch to it; its window handle."""
        before = set(self.marionette("WebDriver:GetWindowHandles"))
        self.marionette("Marionette:SetContext", {"value": "chrome"})
        try:
            self.marionette("WebDriver:ExecuteScript", {"args": [self.extension_url(path)], "script": """
              const win = Services.wm.getMostRecentWindow("navigator:browser");
              win.gBrowser.selectedTab = win.gBrowser.addTab(arguments[0],
                {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()});"""})
        finally:
            self.marionette("Marionette:SetContext", {"value": "content"})
        handle = (set(self.marionette("WebDriver:GetWindowHandles")) - before).pop()
        self.marionette("WebDriver:SwitchToWindow", {"handle": handle})
        return handle

    def switch_to(self, handle: str):
        self.marionette("WebDriver:SwitchToWindow", {"handle": handle})

    def navigate(self, url: str):
        self.marionette("WebDriver:Navigate", {"url": url})

    def run(self, script: str, *args):
        """JavaScript in the current tab's page (`return` gives the value)."""
        return self.marionette("WebDriver:ExecuteScript", {"script": script, "args": list(args)})["value"]

    def wait_for(self, script: str, *args, timeout: float = 20.0, what: str = ""):
        """Poll `script` until it returns something truthy; that value."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.run(script, *args)
            except MarionetteError as error:
                # a page between two documents (navigating, still loading) answers with an error
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Firefox: no {what or script!r} within {timeout:g}s ({error})") from None
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"Firefox: no {what or script!r} within {timeout:g}s")
            time.sleep(0.2)

    def screenshot(self, path: Path):
        import base64

        path.write_bytes(base64.b64decode(self.marionette("WebDriver:TakeScreenshot", {"full": False})["value"]))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def quit(self):
        try:
            if getattr(self, "marionette", None):
                self.marionette("Marionette:Quit", {"flags": ["eForceQuit"]})
                self.marionette.close()
        except (OSError, MarionetteError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
