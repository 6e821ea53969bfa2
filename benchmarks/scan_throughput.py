"""How many pages per minute does `consentlens scan --list` render? (issue 9)

    python benchmarks/scan_throughput.py [--pages 24] [--concurrency 1 2 4]

Serves the bundled example screens on loopback (each under several URLs, a
new browser context per visit, so nothing is cached between "sites"), and
crawls them with consentlens.crawl at each concurrency, with the command's
defaults (--timeout 20, --settle 1.5; a page with no dialog waits the whole
settle time, as on the real web). Chromium start-up is included, as a user
sees it. Prints pages/min and the ratio to concurrency 1. Figures, not
pass/fail: the 2 cores here are shared with other work.
"""

from __future__ import annotations

import argparse
import http.server
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

from consentlens.crawl import CrawlOptions, crawl
from consentlens.model.predict import load_analyzer

ROOT = Path(__file__).resolve().parents[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_examples() -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = partial(QuietHandler, directory=str(ROOT / "examples"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    analyzer = load_analyzer()
    base, server = serve_examples()
    pages = sorted(p.name for p in (ROOT / "examples").glob("*.html"))
    urls = [f"{base}/{pages[i % len(pages)]}?visit={i}" for i in range(args.pages)]
    print(f"scan: {len(urls)} loopback pages ({len(pages)} example screens), default timeout and settle")
    rates = {}
    for concurrency in args.concurrency:
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            summary = crawl(urls, out, analyzer, CrawlOptions(concurrency=concurrency, progress=False))
            elapsed = time.perf_counter() - start
        rates[concurrency] = len(urls) / elapsed * 60
        print(f"  concurrency {concurrency}: {elapsed:6.1f} s, {rates[concurrency]:6.1f} pages/min, "
              f"{summary.errors} errors")
    server.shutdown()
    first = min(rates)
    for concurrency, rate in sorted(rates.items()):
        if concurrency != first:
            print(f"  concurrency {first} -> {concurrency}: x{rate / rates[first]:.2f}")


if __name__ == "__main__":
    main()
