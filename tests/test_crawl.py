"""`consentlens scan --list` (consentlens/crawl.py) against bad sites served on loopback."""

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from browser_helpers import Quiet, serve_handler
from screens import banner

ROOT = Path(__file__).resolve().parents[1]

LATE_BANNER = b"""<!doctype html><html lang="de"><body><h1>Startseite</h1><script>
  setTimeout(() => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fff;padding:20px';
    d.innerHTML = '<p>Wir und unsere Partner verwenden Cookies.</p>' +
      '<button>Alle akzeptieren</button><button>Alle ablehnen</button>';
    document.body.appendChild(d);
  }, 300);
</script></body></html>"""
# Allocates until its JavaScript heap passes --max-page-memory: the renderer dies (the 'crash' event).
MEMORY_HOG = (b"<html><body><script>const a = [];"
              b"while (true) { a.push(new Array(1e6).fill(Math.random())); }</script></body></html>")
HUGE_DOM = (b"<html><body>" + b"<div><span>row</span><a href='#'>link</a></div>" * 60000
            + b"<div role='dialog' style='position:fixed;bottom:0'><p>We use cookies.</p>"
            + b"<button>Accept all</button><button>Reject all</button></div></body></html>")


class Sites(Quiet, http.server.BaseHTTPRequestHandler):
    pages = {"/banner.html": LATE_BANNER, "/plain.html": b"<html><body><p>Nothing to consent to.</p></body></html>",
             "/crash.html": MEMORY_HOG, "/huge.html": HUGE_DOM}
    stop = threading.Event()

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/never-ends":
            # Headers and a little markup, then nothing: the load event never comes.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>Loading")
            self.wfile.flush()
            self.stop.wait(120)
            return
        if path.startswith("/slow/"):
            time.sleep(0.4)
            body = banner("en").encode("utf-8")
        else:
            body = self.pages.get(path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    with serve_handler(Sites) as url:
        yield url
        Sites.stop.set()


# -- without a browser ------------------------------------------------------------------------------

def test_site_lists_take_domains_urls_comments_and_tranco_rows(tmp_path):
    from consentlens.crawl import read_site_list

    listing = tmp_path / "sites.txt"
    listing.write_text("# top sites\nexample.org\n\n1,nu.nl\nhttp://127.0.0.1:8000/a.html\nexample.org\n",
                       encoding="utf-8")
    assert read_site_list(listing) == ["https://example.org", "https://nu.nl", "http://127.0.0.1:8000/a.html"]


def test_results_are_never_overwritten_without_resume(tmp_path):
    from consentlens.crawl import CrawlError, ResultsLog

    (tmp_path / "results.jsonl").write_text('{"url": "https://a.org"}\n{"url": "https://b.o', encoding="utf-8")
    with pytest.raises(CrawlError, match="--resume"):
        ResultsLog(tmp_path, resume=False)
    log = ResultsLog(tmp_path, resume=True)
    log.close()
    assert log.done == {"https://a.org"}
    assert (tmp_path / "results.jsonl").read_text(encoding="utf-8") == '{"url": "https://a.org"}\n'


# -- in Chromium ------------------------------------------------------------------------------------

@pytest.mark.browser
def test_bad_sites_are_recorded_as_errors_and_the_crawl_completes(site, tmp_path, needs_browser, analyzer):
    from consentlens.crawl import CrawlOptions, crawl

    urls = [f"{site}/banner.html", f"{site}/never-ends", f"{site}/crash.html", f"{site}/huge.html",
            f"{site}/missing.html", f"{site}/plain.html"]
    options = CrawlOptions(concurrency=3, timeout_s=4, settle_s=1, screenshots=True, page_memory_mb=64,
                           progress=False)
    summary = crawl(urls, tmp_path, analyzer, options)
    rows = {row["url"]: row for row in map(json.loads, (tmp_path / "results.jsonl").read_text().splitlines())}
    assert sorted(rows) == sorted(urls) and summary.recorded == len(urls)
    status = {url.rsplit("/", 1)[1]: row["status"] for url, row in rows.items()}
    assert status["banner.html"] == "ok" and status["plain.html"] == "ok"
    assert status["never-ends"] == "timeout"
    assert status["crash.html"] == "crashed"
    assert status["missing.html"] == "http_error"
    assert status["huge.html"] in ("ok", "timeout")  # either way the run goes on
    for row in rows.values():
        assert {"url", "final_url", "status", "snapshot", "verdict", "timings", "error"} <= set(row)
        assert (row["error"] is None) == (row["status"] == "ok")
    late = rows[f"{site}/banner.html"]
    assert late["verdict"]["source"] == late["url"] and late["verdict"]["consent_screen"] is True
    assert [e["text"] for e in late["snapshot"]["elements"]] == ["Alle akzeptieren", "Alle ablehnen"]
    assert (tmp_path / late["screenshot"]).read_bytes()[:4] == b"\x89PNG"
    assert rows[f"{site}/plain.html"]["verdict"]["consent_screen"] is False
    assert "crashed" in rows[f"{site}/crash.html"]["error"]


@pytest.mark.browser
def test_a_killed_crawl_resumes_and_records_every_site_once(site, tmp_path, needs_browser):
    urls = [f"{site}/slow/{i}.html" for i in range(10)]
    listing = tmp_path / "sites.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "consentlens.cli", "scan", "--list", str(listing), "--out", str(out),
               "--concurrency", "2", "--settle", "0.5", "--timeout", "10", "--no-progress"]
    first = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None:
        if results.exists() and results.read_text().count("\n") >= 3:
            break
        time.sleep(0.1)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    recorded = results.read_text().count("\n")
    assert 3 <= recorded < len(urls), "the kill should land mid-run"
    with open(results, "a") as handle:
        handle.write('{"url": "' + urls[-1] + '", "status": "ok", "sna')  # a line torn by the kill

    refused = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "--resume" in refused.stderr

    again = subprocess.run([*command, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    assert sorted(row["url"] for row in rows) == sorted(urls)
    assert all(row["status"] == "ok" for row in rows)
    assert f"{len(urls) - recorded} sites recorded" in again.stderr
