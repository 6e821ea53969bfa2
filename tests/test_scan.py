"""consentlens.scan against pages served on loopback."""

from functools import partial

import pytest
from browser_helpers import QuietFiles, serve_handler

pytestmark = pytest.mark.browser

BANNER_PAGE = b"""<!doctype html><html lang="de"><body><h1>Startseite</h1>
<script>
  // The banner arrives late, as consent platforms' banners do.
  setTimeout(() => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fff;padding:20px';
    d.innerHTML = '<p>Wir und unsere Partner verwenden Cookies.</p>' +
      '<button>Alle akzeptieren</button><button>Alle ablehnen</button>';
    document.body.appendChild(d);
  }, 400);
</script></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory, needs_browser):
    root = tmp_path_factory.mktemp("site")
    (root / "banner.html").write_bytes(BANNER_PAGE)
    (root / "plain.html").write_bytes(b"<html><body><p>Nothing to consent to.</p></body></html>")
    with serve_handler(partial(QuietFiles, directory=str(root))) as url:
        yield url


def test_scan_finds_a_late_banner(site):
    from consentlens.scan import scan_urls

    [result] = list(scan_urls([f"{site}/banner.html?session=1#top"], settle_ms=2000))
    assert result.error is None
    assert result.snapshot is not None
    assert result.snapshot["producer"] == "scan"
    assert result.snapshot["lang"] == "de"
    assert result.snapshot["url"] == f"{site}/banner.html"  # query and fragment dropped
    assert [e["text"] for e in result.snapshot["elements"]] == ["Alle akzeptieren", "Alle ablehnen"]
    assert result.elapsed_ms > 0


def test_scan_reports_errors_as_values(site):
    from consentlens.scan import scan_urls

    urls = ["http://127.0.0.1:9/nothing-listens-here", "not a url", f"{site}/missing.html", f"{site}/plain.html"]
    results = list(scan_urls(urls, timeout_ms=5000, settle_ms=200))
    assert [r.url for r in results] == urls
    assert all(r.error for r in results[:3])
    assert all(r.snapshot is None for r in results)
    assert results[3].error is None  # a page without a dialog is not an error
