"""The extension shows the forms of issue 6: what an AI-training objection
covers, and the site's own privacy link marked as coming from the page.

End to end, as tests/test_extension_e2e.py (whose service and browser fixtures
this module reuses): headless Chromium with extension/ loaded, the real
`consentlens serve` with the shipped model. The page is a hand-written Meta
AI-training notice (tests/pages/meta_independent/) served as
https://www.instagram.com/ by Playwright, so that the service sees Instagram.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extension_e2e import VERDICT_TIMEOUT_MS, browser, service, shoot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

PAGE = Path(__file__).resolve().parent / "pages" / "meta_independent" / "ai-notice-de-instagram.html"
URL = "https://www.instagram.com/"

CARD_FORMS = """() => {
  const root = document.querySelector('consentlens-warning').shadowRoot;
  return [...root.querySelectorAll('li.finding')].map(li => ({
    id: li.dataset.pattern,
    forms: [...li.querySelectorAll('ul.forms > li')].map(f => ({
      id: f.dataset.form, source: f.dataset.source, href: f.querySelector('a').href,
      title: f.querySelector('a').textContent,
      tag: f.querySelector('.from-page') ? f.querySelector('.from-page').textContent : null,
      covers: f.querySelector('.covers') ? f.querySelector('.covers').textContent : null,
    })),
  }));
}"""

POPUP_FORMS = """() => [...document.querySelectorAll('li.finding')].map(li => ({
  id: li.dataset.pattern,
  forms: [...li.querySelectorAll('ul.forms > li')].map(f => ({
    id: f.querySelector('a').dataset.form, source: f.dataset.source, href: f.querySelector('a').href,
    tag: f.querySelector('.from-page') ? f.querySelector('.from-page').textContent : null,
    covers: f.querySelector('.covers') ? f.querySelector('.covers').textContent : null,
  })),
}))"""


def _tab_id(browser, site: str) -> int:  # noqa: F811
    # tabs.query hides URLs of hosts the extension may not access; the
    # background's own per-tab record (session storage) names the site.
    ids = browser.background("""async (site) => Object.entries(await chrome.storage.session.get(null))
        .filter(([key, tab]) => key.startsWith('tab:') && tab && tab.site === site)
        .map(([key]) => Number(key.slice(4)))""", site)
    assert len(ids) == 1, ids
    return ids[0]


def test_ai_notice_shows_what_objecting_covers_and_the_sites_own_policy(browser):  # noqa: F811
    browser.background("() => ConsentLensSettings.update({country: 'NL'})")
    page = browser.context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        html = PAGE.read_text(encoding="utf-8")
        page.route(URL, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html))
        page.goto(URL, wait_until="load")
        page.wait_for_selector("consentlens-warning", state="attached", timeout=VERDICT_TIMEOUT_MS)
        page.wait_for_timeout(300)
        shoot(page, "meta_ai_notice_covers")
        card = {f["id"]: f["forms"] for f in page.evaluate(CARD_FORMS)}
        forms = card["buried_opt_out"]
        # the objection form first, with what objecting does and does not cover, in the page's language
        assert forms[0]["id"] == "meta-ai-objection-instagram"
        assert forms[0]["href"] == "https://help.instagram.com/contact/767264225370182"
        assert "27. Mai 2025" in forms[0]["covers"] and "nicht rückgängig" in forms[0]["covers"]
        # then the notice's own privacy policy, marked as coming from the page, then the Dutch DPA
        assert forms[1]["id"] == "site-privacy-policy" and forms[1]["source"] == "page"
        assert forms[1]["href"] == "https://privacycenter.instagram.com/policy/"
        assert forms[1]["tag"] == "from this page" and forms[1]["covers"] is None
        assert forms[2]["id"] == "dpa-nl-ap-complaint" and forms[2]["tag"] is None

        popup = browser.context.new_page()
        try:
            popup.goto(browser.ext_url(f"popup/popup.html?tab={_tab_id(browser, 'instagram.com')}"))
            popup.wait_for_selector("#status[data-state='findings']", timeout=VERDICT_TIMEOUT_MS)
            listed = {f["id"]: f["forms"] for f in popup.evaluate(POPUP_FORMS)}
            shoot(popup, "popup_meta_ai_notice_covers")
        finally:
            popup.close()
        in_popup = listed["buried_opt_out"]
        assert [f["id"] for f in in_popup[:3]] == [f["id"] for f in forms[:3]]
        assert in_popup[0]["covers"] == forms[0]["covers"]
        assert in_popup[1]["source"] == "page" and in_popup[1]["tag"] == "from this page"
        assert errors == []
    finally:
        page.close()
        browser.background("() => ConsentLensSettings.update({country: ''})")
