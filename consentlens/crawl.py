"""Crawl a list of sites: render, snapshot, judge, record (`consentlens scan --list`).

One Chromium, `concurrency` workers on one asyncio event loop, each site in a
fresh browser context (a first visit: no cookies or consent carried from one
site to the next). asyncio rather than threads because Playwright's sync API
is bound to the thread that started it (threads would need one Chromium each),
and because only the async API can put a hard deadline (`asyncio.wait_for`)
around anything a page can stall: a load that never ends, a snapshot of a
huge DOM, a screenshot. The page's JavaScript runs in the renderer, not here,
so one event loop keeps several pages busy.

Every outcome is a row in OUT/results.jsonl, written whole and flushed as soon
as the site is done, so a killed run loses at most the sites in flight and
`resume` skips every site already recorded. Bad sites are rows with a status
and an error; they never stop the run:

    ok          loaded and snapshotted (the snapshot is null when the page has no dialog)
    timeout     did not load within --timeout, or the whole visit ran past its deadline
    crashed     the renderer died (e.g. the page's JavaScript heap passed --max-page-memory)
    http_error  the server answered 4xx/5xx
    failed      anything else: DNS, refused connection, invalid URL, ...
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from consentlens.results import RESULTS_FILE, site_of
from consentlens.scan import (CHROMIUM_ARGS, HAS_CANDIDATE, POLL_MS, SNAPSHOT_CALL, VIEWPORT, chromium_path,
                              snapshot_script)

SCREENSHOT_DIR = "screenshots"
OK, TIMEOUT, CRASHED, HTTP_ERROR, FAILED = "ok", "timeout", "crashed", "http_error", "failed"
CLOSE_TIMEOUT_S = 10.0


class CrawlError(RuntimeError):
    """The crawl as a whole cannot go on (no browser, results file in the way); the message says what to do."""


@dataclass(frozen=True)
class CrawlOptions:
    concurrency: int = 2
    timeout_s: float = 20.0          # page load
    settle_s: float = 1.5            # keep looking for a late banner after load
    lang: str | None = None          # browser locale and Accept-Language, e.g. "de-DE"
    screenshots: bool = False
    page_memory_mb: int = 1024       # a page's JavaScript heap beyond this crashes its own tab, not the machine
    progress: bool = True

    @property
    def deadline_s(self) -> float:
        """Hard limit for one site: load, then settle + snapshot + screenshot, each within --timeout."""
        return 2 * self.timeout_s + self.settle_s + 5

    def browser_args(self) -> list[str]:
        return [*CHROMIUM_ARGS, f"--js-flags=--max-old-space-size={int(self.page_memory_mb)}"]


@dataclass
class CrawlSummary:
    recorded: int
    errors: int
    skipped: int
    results: Path


# -- the list of sites and the results file -----------------------------------------------------------

def read_site_list(path: Path | str) -> list[str]:
    """URLs from a text file: one site a line, `#` comments, bare domains get https://.
    A Tranco-style `rank,domain` line is read as its domain. Duplicates are dropped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CrawlError(f"cannot read the site list {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CrawlError(f"the site list {path} is not UTF-8 text") from None
    urls = []
    for line in lines:
        url = normalise_site(line)
        if url and url not in urls:
            urls.append(url)
    return urls


def normalise_site(line: str) -> str | None:
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    if "://" not in line and "," in line:
        line = line.rsplit(",", 1)[1].strip()
    if "://" not in line:
        line = f"https://{line}"
    return line


class ResultsLog:
    """OUT/results.jsonl, append-only: one whole line per site, flushed at once."""

    def __init__(self, out_dir: Path, *, resume: bool):
        self.path = Path(out_dir) / RESULTS_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.done: set[str] = set()
        if self.path.exists() and self.path.stat().st_size > 0:
            if not resume:
                raise CrawlError(f"{self.path} already holds results: add --resume to go on where it stopped, "
                                 "or choose another --out")
            self._drop_torn_last_line()
            self.done = self._recorded_urls()
        self._file = open(self.path, "a", encoding="utf-8")

    def write(self, row: dict) -> None:
        self._file.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def _drop_torn_last_line(self) -> None:
        # A run killed mid-write leaves a line without its newline: that site is visited again.
        with open(self.path, "rb+") as handle:
            data = handle.read()
            if not data.endswith(b"\n"):
                handle.truncate(data.rfind(b"\n") + 1)

    def _recorded_urls(self) -> set[str]:
        urls = set()
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    urls.add(json.loads(line)["url"])
                except (ValueError, KeyError, TypeError):
                    continue
        return urls


# -- the crawl ---------------------------------------------------------------------------------------

def crawl(urls: list[str], out_dir: Path | str, analyzer, options: CrawlOptions = CrawlOptions(), *,
          resume: bool = False) -> CrawlSummary:
    """Visit every URL not yet in OUT/results.jsonl and record one row each."""
    out_dir = Path(out_dir)
    log = ResultsLog(out_dir, resume=resume)
    todo = [url for url in urls if url not in log.done]
    if options.screenshots:
        (out_dir / SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
    try:
        recorded, errors = asyncio.run(_crawl(todo, out_dir, analyzer, options, log, already=len(urls) - len(todo)))
    finally:
        log.close()
    return CrawlSummary(recorded=recorded, errors=errors, skipped=len(urls) - len(todo), results=log.path)


async def _crawl(urls, out_dir, analyzer, options, log, *, already: int) -> tuple[int, int]:
    from playwright.async_api import async_playwright

    from consentlens.progress import progress_bar

    queue: asyncio.Queue = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    counts = {"recorded": 0, "errors": 0}
    bar = progress_bar(already + len(urls), initial=already, unit="site", desc="scan", enabled=options.progress)
    judge = ThreadPoolExecutor(max_workers=1, thread_name_prefix="consentlens-judge")  # one analyzer, one thread

    async def worker(browser: _Browser) -> None:
        while not queue.empty():
            url = queue.get_nowait()
            row = await _visit(browser, url, out_dir, options)
            await _judge(row, analyzer, judge)
            log.write(row)
            counts["recorded"] += 1
            if row["status"] != OK:
                counts["errors"] += 1
                bar.set_postfix_str(f"{counts['errors']} errors")
            bar.update(1)

    try:
        async with async_playwright() as pw:
            browser = _Browser(pw, options.browser_args())
            await browser.get()
            try:
                await asyncio.gather(*(worker(browser) for _ in range(max(1, options.concurrency))))
            finally:
                await browser.close()
    finally:
        bar.close()
        judge.shutdown(wait=False)
    return counts["recorded"], counts["errors"]


class _Browser:
    """The one Chromium the workers share; started again when it dies or hangs."""

    def __init__(self, playwright, args: list[str]):
        self._pw, self._args = playwright, args
        self._browser = None
        self._lock = asyncio.Lock()

    async def get(self):
        async with self._lock:
            if self._browser is None or not self._browser.is_connected():
                self._browser = await self._launch()
            return self._browser

    async def replace(self, broken) -> None:
        """Called when closing a context hung: that Chromium is no longer trusted."""
        async with self._lock:
            if self._browser is broken:
                self._browser = None
                await _quietly(broken.close(), CLOSE_TIMEOUT_S)

    async def close(self) -> None:
        if self._browser is not None:
            await _quietly(self._browser.close(), CLOSE_TIMEOUT_S)

    async def _launch(self):
        try:
            return await self._pw.chromium.launch(executable_path=chromium_path(), args=self._args)
        except Exception as exc:
            raise CrawlError(f"cannot start Chromium at {chromium_path()}: {_first_line(exc)} "
                             "(install it, or set CONSENTLENS_CHROMIUM; then rerun with --resume)") from None


async def _visit(browser: _Browser, url: str, out_dir: Path, options: CrawlOptions) -> dict:
    row = {"url": url, "final_url": None, "site": site_of(url), "status": OK, "http_status": None,
           "snapshot": None, "verdict": None, "screenshot": None, "timings": {}, "error": None,
           "scanned_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    start = time.monotonic()
    crashed = asyncio.Event()
    chromium = await browser.get()
    context = None
    try:
        headers = {"Accept-Language": options.lang} if options.lang else None
        context = await chromium.new_context(viewport=VIEWPORT, locale=options.lang or "en-US",
                                             extra_http_headers=headers)
        await context.add_init_script(script=snapshot_script())
        page = await context.new_page()
        page.on("crash", lambda _page: crashed.set())
        await asyncio.wait_for(_load_and_snapshot(page, row, out_dir, options), timeout=options.deadline_s)
    except Exception as exc:
        row["status"], row["error"] = _failure(exc, crashed.is_set(), options)
        row["snapshot"] = None
    finally:
        if context is not None and not await _quietly(context.close(), CLOSE_TIMEOUT_S):
            await browser.replace(chromium)
    row["timings"]["visit_ms"] = _ms_since(start)
    return row


class _HttpError(Exception):
    pass


async def _load_and_snapshot(page, row: dict, out_dir: Path, options: CrawlOptions) -> None:
    timings, timeout_ms = row["timings"], int(options.timeout_s * 1000)
    start = time.monotonic()
    response = await page.goto(row["url"], timeout=timeout_ms, wait_until="load")
    timings["load_ms"] = _ms_since(start)
    row["final_url"] = page.url
    if response is not None:
        row["http_status"] = response.status
        if response.status >= 400:
            raise _HttpError(f"HTTP {response.status}")
    start = time.monotonic()
    row["snapshot"] = await asyncio.wait_for(_take_snapshot(page, options.settle_s),
                                             timeout=options.settle_s + options.timeout_s)
    timings["snapshot_ms"] = _ms_since(start)
    if options.screenshots:
        start = time.monotonic()
        name = _screenshot_name(row["url"])
        try:
            await page.screenshot(path=str(out_dir / SCREENSHOT_DIR / name), timeout=timeout_ms)
            row["screenshot"] = f"{SCREENSHOT_DIR}/{name}"
        except Exception as exc:  # the verdict stands without its picture
            row["error"] = f"screenshot failed: {_first_line(exc)}"
        timings["screenshot_ms"] = _ms_since(start)


async def _take_snapshot(page, settle_s: float) -> dict | None:
    """The async twin of consentlens.scan.take_snapshot: poll for a late banner, then snapshot."""
    if not await page.evaluate("() => !!globalThis.ConsentLensSnapshot"):
        await page.add_script_tag(content=snapshot_script())
    deadline = time.monotonic() + settle_s
    while time.monotonic() < deadline:
        try:
            if await page.evaluate(HAS_CANDIDATE):
                break
        except Exception as exc:
            if "crash" in str(exc).lower():
                raise
        await asyncio.sleep(POLL_MS / 1000)
    await asyncio.sleep(min(0.3, settle_s))  # a banner that slides in: let it reach its place
    return await page.evaluate(SNAPSHOT_CALL, "scan")


async def _judge(row: dict, analyzer, executor) -> None:
    if row["status"] != OK:
        return
    start = time.monotonic()
    try:
        verdict = await asyncio.get_running_loop().run_in_executor(executor, analyzer.analyze, row["snapshot"])
    except Exception as exc:
        row["status"], row["error"] = FAILED, f"classification failed: {_first_line(exc)}"
        return
    row["verdict"] = {"source": row["url"], **verdict}
    row["timings"]["classify_ms"] = _ms_since(start)


def _failure(exc: BaseException, crashed: bool, options: CrawlOptions) -> tuple[str, str]:
    message = _first_line(exc)
    if crashed or "crash" in message.lower():
        return CRASHED, (f"the page crashed its renderer ({message}); pages whose JavaScript heap passes "
                         f"{options.page_memory_mb} MB are stopped this way")
    if isinstance(exc, _HttpError):
        return HTTP_ERROR, str(exc)
    if isinstance(exc, asyncio.TimeoutError) or type(exc).__name__ == "TimeoutError":
        if "goto" in message.lower():
            return TIMEOUT, f"did not finish loading within {options.timeout_s:g} s"
        return TIMEOUT, f"gave up after {options.deadline_s:g} s (load, snapshot and screenshot): {message}"
    return FAILED, message


async def _quietly(awaitable, timeout_s: float) -> bool:
    try:
        await asyncio.wait_for(awaitable, timeout=timeout_s)
        return True
    except Exception:
        return False


def _screenshot_name(url: str) -> str:
    site = re.sub(r"[^a-z0-9.-]+", "_", site_of(url) or "page")[:80]
    return f"{site}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}.png"


def _ms_since(start: float) -> int:
    return int((time.monotonic() - start) * 1000)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".strip()


__all__ = ["CrawlError", "CrawlOptions", "CrawlSummary", "ResultsLog", "crawl", "read_site_list",
           "normalise_site", "OK", "TIMEOUT", "CRASHED", "HTTP_ERROR", "FAILED"]
