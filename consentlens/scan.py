"""Visit pages in headless Chromium and snapshot their consent dialog.

The browser side is extension/content/snapshot.js, the same file the extension
runs, injected into every page, so a scan and the extension measure alike
(docs/SNAPSHOT.md). Chromium is the system one (/usr/bin/chromium, or
$CONSENTLENS_CHROMIUM); Playwright never downloads a browser here.

Errors never escape as exceptions: a URL that cannot be loaded, a timeout or
a crashed page becomes ``ScanResult.error``, so a batch scan goes on.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SNAPSHOT_JS = Path(__file__).resolve().parents[1] / "extension" / "content" / "snapshot.js"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)
VIEWPORT = {"width": 1280, "height": 800}
POLL_MS = 250

SNAPSHOT_CALL = "(producer) => globalThis.ConsentLensSnapshot.takeSnapshot({producer})"
HAS_CANDIDATE = "() => globalThis.ConsentLensSnapshot.findCandidates().length > 0"


@dataclass
class ScanResult:
    url: str
    snapshot: dict | None
    error: str | None
    elapsed_ms: int


def chromium_path() -> str:
    return os.environ.get("CONSENTLENS_CHROMIUM", DEFAULT_CHROMIUM)


def snapshot_script() -> str:
    return SNAPSHOT_JS.read_text(encoding="utf-8")


@contextmanager
def browser_context(*, lang: str | None = None, viewport: dict | None = None):
    """A Playwright browser context with snapshot.js injected into every page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
        try:
            context = browser.new_context(
                viewport=viewport or VIEWPORT,
                locale=lang or "en-US",
                extra_http_headers={"Accept-Language": lang} if lang else None,
            )
            context.add_init_script(script=snapshot_script())
            yield context
        finally:
            browser.close()


def take_snapshot(page, *, settle_ms: int = 1500, producer: str = "scan") -> dict | None:
    """Snapshot the page's dialog, polling up to settle_ms for a late banner."""
    _ensure_script(page)
    deadline = time.monotonic() + settle_ms / 1000
    while True:
        if _has_candidate(page) or time.monotonic() >= deadline:
            break
        page.wait_for_timeout(POLL_MS)
    # A banner often slides or fades in: give it a moment to reach its place.
    page.wait_for_timeout(min(300, settle_ms))
    return page.evaluate(SNAPSHOT_CALL, producer)


def _ensure_script(page) -> None:
    # add_init_script does not reach pages made by set_content or frames
    # that were already loaded; injecting again is a no-op in the script.
    if not page.evaluate("() => !!globalThis.ConsentLensSnapshot"):
        page.add_script_tag(content=snapshot_script())


def _has_candidate(page) -> bool:
    try:
        return bool(page.evaluate(HAS_CANDIDATE))
    except Exception:  # page navigated under us; the next poll retries
        return False


def scan_urls(
    urls: Iterable[str],
    *,
    timeout_ms: int = 20000,
    settle_ms: int = 1500,
    lang: str | None = None,
) -> Iterator[ScanResult]:
    """Visit each URL in turn and yield its ScanResult (snapshot or error)."""
    urls = list(urls)
    done = 0
    try:
        with browser_context(lang=lang) as context:
            for url in urls:
                result = _scan_one(context, url, timeout_ms=timeout_ms, settle_ms=settle_ms)
                done += 1
                yield result
    except Exception as exc:  # the browser failed to start or died mid-run
        message = f"browser failed: {_first_line(exc)} (is Chromium at {chromium_path()}? set CONSENTLENS_CHROMIUM)"
        for url in urls[done:]:
            yield ScanResult(url=url, snapshot=None, error=message, elapsed_ms=0)


def _scan_one(context, url: str, *, timeout_ms: int, settle_ms: int) -> ScanResult:
    start = time.monotonic()
    page = None
    try:
        page = context.new_page()
        page.set_default_timeout(timeout_ms)
        response = page.goto(url, timeout=timeout_ms, wait_until="load")
        if response is not None and response.status >= 400:
            raise RuntimeError(f"HTTP {response.status}")
        snapshot = take_snapshot(page, settle_ms=settle_ms)
        return ScanResult(url=url, snapshot=snapshot, error=None, elapsed_ms=_ms_since(start))
    except Exception as exc:
        return ScanResult(url=url, snapshot=None, error=_first_line(exc), elapsed_ms=_ms_since(start))
    finally:
        if page is not None:
            try:
                page.close()
            except Exception:
                pass


def snapshot_html(html: str, *, settle_ms: int = 0, viewport: dict | None = None) -> dict | None:
    """Snapshot a page given as HTML (rendered with set_content); for tests."""
    with browser_context(viewport=viewport) as context:
        page = context.new_page()
        page.set_content(html, wait_until="load")
        return take_snapshot(page, settle_ms=settle_ms)


def _ms_since(start: float) -> int:
    return int((time.monotonic() - start) * 1000)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".strip()
