"""What the browser-extension tests share (test_extension_e2e.py,
test_extension_capture.py, test_extension_firefox.py): the local pages on
loopback, the real `consentlens serve` process, and the extension in a browser.

The launch itself is the `launch_extension` fixture in conftest.py.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from consentlens.paths import MODEL_DIR

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
SHOTS = ROOT / ".cache" / "screenshots" / "extension"
START_TIMEOUT = 120
VERDICT_TIMEOUT_MS = 20000
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]


# ---- the local pages --------------------------------------------------------

class Quiet:
    """Mixed into a request handler: no request log on stderr."""

    def log_message(self, *args):
        pass


class QuietFiles(Quiet, http.server.SimpleHTTPRequestHandler):
    """A folder as a site (`functools.partial(QuietFiles, directory=...)`)."""


class PageHandler(QuietFiles):
    """tests/pages/ as a site; every /spa/... path is the single-page app."""

    def translate_path(self, path):
        if path.split("?")[0].startswith("/spa"):
            path = "/spa.html"
        return super().translate_path(path)


@contextlib.contextmanager
def serve_handler(handler, host: str = "127.0.0.1") -> Iterator[str]:
    """A request handler class (or factory) on a free port of `host`, in a thread; yields its URL."""
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def serve_pages(host: str = "127.0.0.1"):
    """tests/pages/ on a free port of `host`; yields the site's URL."""
    return serve_handler(functools.partial(PageHandler, directory=str(PAGES)), host)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- the real service -------------------------------------------------------

class Service:
    """`consentlens serve` on a free loopback port, in its own process group."""

    def __init__(self, tmp: Path):
        if not (MODEL_DIR / "metadata.json").exists():
            pytest.skip(f"no trained model in {MODEL_DIR} (run `consentlens train`)")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "serve.log"
        self.log = open(self.log_path, "w+b")  # noqa: SIM115  (open while the server runs; stop() closes it)
        command = [sys.executable, "-m", "consentlens.cli", "serve", "--host", "127.0.0.1",
                   "--port", str(self.port), "--workers", "1"]
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, cwd=tmp,
                                        start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"consentlens serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/api/v1/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        self.stop()
        pytest.fail(f"consentlens serve not healthy within {START_TIMEOUT}s:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def analyze_requests(self) -> int:
        """POST /api/v1/analyze requests the server has logged so far."""
        return len(re.findall(r"\bPOST /api/v1/analyze \d{3}\b", self.output()))

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


# ---- Chromium with the extension -------------------------------------------

class ExtensionBrowser:
    """A Chromium context with extension/ loaded: its service worker and pages."""

    def __init__(self, context):
        self.context = context
        workers = context.service_workers
        self.worker = workers[0] if workers else context.wait_for_event("serviceworker", timeout=15000)
        self.id = self.worker.url.split("/")[2]

    def ext_url(self, path: str) -> str:
        return f"chrome-extension://{self.id}/{path}"

    def background(self, script: str, arg=None):
        # The service worker may have been stopped while idle: find the live one.
        workers = [w for w in self.context.service_workers if self.id in w.url]
        if workers:
            self.worker = workers[0]
        return self.worker.evaluate(script, arg)

    def tab_id(self, page) -> int:
        # tabs.query returns URLs for hosts the extension may access (127.0.0.1).
        ids = self.background("async (url) => (await chrome.tabs.query({})).filter(t => t.url === url).map(t => t.id)",
                              page.url)
        assert len(ids) == 1, f"no single tab for {page.url}: {ids}"
        return ids[0]


def shoot(page, name: str):
    """A screenshot of the page in .cache/screenshots/extension/NAME.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
