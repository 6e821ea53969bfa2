"""The site's own privacy links (snapshot `dialog.privacy_links`, issue 6).

Realistic banners in en, de, nl and fr, each with the traps a real page has:
links outside the dialog, http: and javascript: links, tracking query strings,
"privacy settings" controls, personal e-mail addresses, a vendor list behind
"Settings" full of other companies' policies. The static converter and
extension/content/snapshot.js in Chromium must both take exactly the site's own
links; the service must offer them as routes.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from fake_analyzer import FakeAnalyzer
from sample_snapshots import cookie_banner, meta_ai_notice, with_changes

from consentlens.explain import explain
from consentlens.forms import page_routes, routes
from consentlens.server import create_app
from consentlens.server.openapi import openapi_document
from consentlens.snapshot import privacy_links
from consentlens.snapshot.from_html import snapshot_from_html
from consentlens.taxonomy import LANGUAGES

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "consentlens/snapshot/schema.json").read_text())

EN = """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  #ot-banner {position: fixed; left: 0; right: 0; bottom: 0; z-index: 9999; background: #fff; padding: 20px;
              font: 14px Arial, sans-serif; box-shadow: 0 -2px 8px rgba(0,0,0,.2)}
  #ot-banner button {font-size: 15px; padding: 10px 20px; margin-right: 8px; border: 0; background: #1f4e8c; color: #fff}
</style></head><body>
<header><a href="/privacy">Privacy</a> <a href="mailto:editor@example.co.uk">Contact the editor</a></header>
<main><h1>Council approves new cycle lanes</h1><p>The plan covers 14 km of protected lanes.</p></main>
<div id="ot-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our 143 partners use cookies to personalise ads and measure audiences. You can accept, reject or
  choose your settings. Read our <a href="http://www.example.co.uk/privacy-old">privacy policy (old)</a> or the current
  <a href="https://www.example.co.uk/legal/privacy-notice?utm_source=banner&amp;utm_medium=cmp#cookies">Privacy Notice</a>.
  Questions about your data? Write to our <a href="mailto:dpo@example.co.uk?subject=Cookies">Data Protection Officer</a>.</p>
  <button>Accept all</button><button>Reject all</button>
  <a href="#" onclick="return false">Privacy settings</a>
</div></body></html>"""

DE = """<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>
<footer style="position:fixed;top:0"><a href="/datenschutz">Datenschutz</a> <a href="/impressum">Impressum</a></footer>
<article><h1>Neue Radwege</h1><p>Der Stadtrat hat den Plan beschlossen.</p></article>
<div class="uc-banner" role="dialog" aria-modal="true"
     style="position:fixed;inset:0;margin:auto;width:520px;height:360px;background:#fff;padding:24px;font:14px sans-serif">
  <h2>Wir respektieren Ihre Privatsphäre</h2>
  <p>Wir und unsere Partner nutzen Cookies, um Inhalte und Werbung zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie
  zu; Ihre Einwilligung können Sie jederzeit widerrufen. Mehr in unserer
  <a href="javascript:openPrivacy()">Datenschutz</a>-Übersicht und der
  <a href="/de/datenschutzerklaerung?campaign=cmp&amp;uid=88123#abschnitt-4">Datenschutzerklärung</a>.
  Fragen beantwortet unser Datenschutzteam unter <a href="mailto:Datenschutz@Beispiel-Verlag.de?subject=Frage">Datenschutz@Beispiel-Verlag.de</a>.</p>
  <button>Alle akzeptieren</button> <button>Nur notwendige</button>
  <a href="#einstellungen">Datenschutz-Einstellungen</a> · <a href="/impressum">Impressum</a>
</div></body></html>"""

NL = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><base href="https://www.voorbeeld.nl/nieuws/"></head><body>
<p>Artikel over de gemeenteraad. <a href="https://www.voorbeeld.nl/privacyverklaring-oud">Privacyverklaring (archief)</a></p>
<div id="cookiebar" role="dialog" style="position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;font:14px sans-serif">
  <p>Wij en onze partners gebruiken cookies voor advertenties en statistieken. Lees hoe we met je gegevens omgaan in onze
  <a href="../over-ons/./privacyverklaring/?ref=cookiebar">privacyverklaring</a>. Vragen? Mail onze collega
  <a href="mailto:jan.devries@voorbeeld.nl">Jan de Vries</a> of de
  <a href="https://www.voorbeeld.nl/contact/functionaris-gegevensbescherming#form">functionaris gegevensbescherming</a>.</p>
  <button>Alles accepteren</button> <button>Alles weigeren</button> <a href="#">Cookie-instellingen</a>
</div></body></html>"""

FR = """<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
<main><h1>Le conseil municipal vote le budget</h1></main>
<div id="didomi-notice" role="dialog" style="position:fixed;bottom:0;left:0;right:0;background:#fff;padding:18px;font:14px sans-serif">
  <p>Avec votre accord, nous et nos 212 partenaires utilisons des cookies pour la publicité personnalisée et la mesure
  d'audience. Consultez notre <a href="https://www.groupe-exemple.fr/politique-de-confidentialite?xtor=AD-32#cookies">Politique
  de confidentialité</a>. Pour exercer vos droits, écrivez à notre
  <a href="mailto:dpo@exemple.fr">délégué à la protection des données</a>.</p>
  <button>Accepter</button> <button>Refuser</button> <button>Paramétrer</button>
  <div class="vendors" hidden>
    <h3>Nos partenaires</h3>
    <p>AdTech Exemple SA · <a href="https://adtech-exemple.com/politique-de-confidentialite">Politique de confidentialité</a></p>
    <p>Mesure Audience SAS · <a href="https://mesure-audience.net/vie-privee">Vie privée</a></p>
    <p><a href="mailto:privacy@adtech-exemple.com">Contact confidentialité AdTech</a></p>
  </div>
</div></body></html>"""

BANNERS = {
    "en": (EN, "https://www.example.co.uk/news/council?id=7", [
        {"kind": "policy", "text": "Privacy Notice", "url": "https://www.example.co.uk/legal/privacy-notice"},
        {"kind": "dpo", "text": "Data Protection Officer", "url": "mailto:dpo@example.co.uk"},
    ]),
    "de": (DE, "https://www.beispiel-verlag.de/politik/radwege", [
        {"kind": "policy", "text": "Datenschutzerklärung", "url": "https://www.beispiel-verlag.de/de/datenschutzerklaerung"},
        {"kind": "contact", "text": "[email]", "url": "mailto:datenschutz@beispiel-verlag.de"},
    ]),
    "nl": (NL, "https://www.voorbeeld.nl/nieuws/gemeenteraad", [
        {"kind": "policy", "text": "privacyverklaring", "url": "https://www.voorbeeld.nl/over-ons/privacyverklaring/"},
        {"kind": "dpo", "text": "functionaris gegevensbescherming",
         "url": "https://www.voorbeeld.nl/contact/functionaris-gegevensbescherming"},
    ]),
    "fr": (FR, "https://www.exemple.fr/actualite/budget", [
        {"kind": "policy", "text": "Politique de confidentialité",
         "url": "https://www.groupe-exemple.fr/politique-de-confidentialite"},
        {"kind": "dpo", "text": "délégué à la protection des données", "url": "mailto:dpo@exemple.fr"},
    ]),
}


# -- the rules ------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Privacy policy", "policy"), ("Privacy Notice", "policy"), ("Datenschutzerklärung", "policy"),
    ("Datenschutz", "policy"), ("Privacyverklaring", "policy"), ("Privacybeleid", "policy"),
    ("Politique de confidentialité", "policy"), ("Données personnelles", "policy"), ("Vie privée", "policy"),
    ("Contact our privacy team", "contact"), ("Kontakt Datenschutz", "contact"),
    ("Contactez-nous pour vos données personnelles", "contact"),
    ("DPO", "dpo"), ("Data Protection Officer", "dpo"), ("Datenschutzbeauftragte", "dpo"),
    ("unseren Datenschutzbeauftragten", "dpo"), ("Functionaris Gegevensbescherming", "dpo"),
    ("Délégué à la protection des données", "dpo"),
    ("Privacy settings", None), ("Datenschutz-Einstellungen", None), ("Privacy-instellingen", None),
    ("Paramètres de confidentialité", None), ("Your privacy choices", None), ("Cookie policy", None),
    ("Impressum", None), ("Accept all", None), ("Learn more", None),
])
def test_kind_of_link_text_in_four_languages(text, kind):
    assert privacy_links.kind_of_text(text) == kind


@pytest.mark.parametrize("href, base, url", [
    ("https://www.example.org/privacy?utm_source=x&session=1#top", "", "https://www.example.org/privacy"),
    ("/datenschutzerklärung", "https://www.beispiel.de/a/b", "https://www.beispiel.de/datenschutzerkl%C3%A4rung"),
    ("../legal/./privacy", "https://www.example.org/news/today/", "https://www.example.org/news/legal/privacy"),
    ("//cdn.example.org/p", "https://www.example.org/", "https://cdn.example.org/p"),
    ("https://user:secret@WWW.Example.org:443/Privacy", "", "https://www.example.org/Privacy"),
    ("https://www.example.org:8443/privacy", "", "https://www.example.org:8443/privacy"),
    ("https://www.example.org", "", "https://www.example.org/"),
    ("http://www.example.org/privacy", "", None),
    ("/privacy", "http://www.example.org/", None),
    ("javascript:openPrivacy()", "https://www.example.org/", None),
    ("data:text/html,privacy", "https://www.example.org/", None),
    ("tel:+4930123456", "https://www.example.org/", None),
    ("/privacy", "", None),
    ("mailto:Privacy@Example.org?subject=Hello&body=x", "", "mailto:privacy@example.org"),
    ("mailto:privacy-office@example.org", "", "mailto:privacy-office@example.org"),
    ("mailto:data.protection@example.org", "", "mailto:data.protection@example.org"),
    ("mailto:jane.doe@example.org", "", None),
    ("mailto:privacy@example.org,jane@example.org", "", None),
    ("mailto:", "", None),
])
def test_urls_keep_only_scheme_host_and_path_or_a_role_mailbox(href, base, url):
    assert privacy_links.clean_url(href, base) == url
    if url:
        assert privacy_links.is_safe_url(url)


def test_unsafe_urls_are_not_safe():
    for url in ("https://www.example.org/p?x=1", "https://www.example.org/p#a", "http://www.example.org/p",
                "mailto:jane.doe@example.org", "mailto:privacy@example.org?subject=x", "javascript:x", None, 3):
        assert not privacy_links.is_safe_url(url), url


# -- the static converter ---------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_converter_takes_the_sites_own_links_from_the_dialog(lang):
    html, url, expected = BANNERS[lang]
    snapshot = snapshot_from_html(html, url)
    jsonschema.validate(snapshot, SCHEMA)
    assert snapshot["lang"] == lang
    assert snapshot["dialog"]["privacy_links"] == expected
    dump = json.dumps(snapshot["dialog"]["privacy_links"])
    for leak in ("utm_", "campaign", "uid=", "subject", "xtor", "#", "jan.devries", "editor@", "adtech"):
        assert leak not in dump, leak


def test_converter_without_privacy_links_adds_no_field():
    html = """<html lang="en"><body><div role="dialog" style="position:fixed;bottom:0">
      <p>We use cookies for ads. <a href="/cookies">Cookie policy</a></p>
      <button>Accept</button><button>Reject</button></div></body></html>"""
    snapshot = snapshot_from_html(html, "https://www.example.org/")
    assert "privacy_links" not in snapshot["dialog"]
    jsonschema.validate(snapshot, SCHEMA)


def test_a_saved_page_without_url_keeps_only_absolute_visible_links():
    html, _, _ = BANNERS["de"]
    links = snapshot_from_html(html, "")["dialog"]["privacy_links"]
    assert links == [{"kind": "contact", "text": "[email]", "url": "mailto:datenschutz@beispiel-verlag.de"}]


def test_old_snapshots_and_the_new_field_against_the_schema():
    old = cookie_banner("en")
    jsonschema.validate(old, SCHEMA)
    new = with_changes(old, dialog=dict(old["dialog"], privacy_links=BANNERS["en"][2]))
    jsonschema.validate(new, SCHEMA)
    for bad in ([{"kind": "policy", "url": "https://www.example.org/p?id=1"}],
                [{"kind": "policy", "url": "http://www.example.org/p"}],
                [{"kind": "imprint", "url": "https://www.example.org/p"}],
                [{"kind": "policy", "url": "https://www.example.org/p"}] * 4):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(with_changes(old, dialog=dict(old["dialog"], privacy_links=bad)), SCHEMA)


# -- the service ---------------------------------------------------------------------

def test_routes_put_the_page_after_the_platforms_forms_and_before_the_authority():
    links = BANNERS["nl"][2]
    forms = routes("buried_opt_out", platform="instagram", country="NL", lang="nl", topic="ai_training",
                   privacy_links=links, limit=5)
    ids = [f["id"] for f in forms]
    assert ids[:4] == ["meta-ai-objection-instagram", "site-privacy-policy", "site-dpo", "dpa-nl-ap-complaint"]
    assert len(forms) == 5 + 2  # page routes come on top of the catalogue's five
    page = forms[1]
    assert page == {"id": "site-privacy-policy", "title": "Privacyverklaring gelinkt in dit venster",
                    "url": "https://www.voorbeeld.nl/over-ons/privacyverklaring/", "verification": "unverified",
                    "source": "page", "caveat": page["caveat"]}
    assert "niet gecontroleerd" in page["caveat"]
    assert all(f["source"] == "catalogue" for f in forms if not f["id"].startswith("site-"))


def test_on_any_other_site_the_page_comes_first_then_the_authority_then_guidance():
    forms = routes("no_reject", country="FR", lang="fr", privacy_links=BANNERS["fr"][2], limit=None)
    ids = [f["id"] for f in forms]
    assert ids[:3] == ["site-privacy-policy", "site-dpo", "dpa-fr-cnil-complaint"]
    assert ids[-1] == "noyb-article-77-guide"
    assert forms[1]["title"] == "Délégué à la protection des données indiqué dans cette fenêtre"


def test_page_routes_drop_what_no_producer_makes():
    links = [{"kind": "policy", "url": "https://www.example.org/p?session=1"},
             {"kind": "contact", "url": "mailto:jane.doe@example.org"},
             {"kind": "dpo", "url": "javascript:alert(1)"},
             {"kind": "imprint", "url": "https://www.example.org/impressum"},
             "not a link",
             {"kind": "policy", "url": "https://www.example.org/privacy"},
             {"kind": "policy", "url": "https://www.example.org/second-policy"}]
    assert [r["url"] for r in page_routes(links, "en")] == ["https://www.example.org/privacy"]
    assert page_routes(None, "en") == [] and page_routes({"kind": "policy"}, "en") == []


@pytest.fixture
def client():
    return create_app({"ANALYZER": FakeAnalyzer(), "TESTING": True}).test_client()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_answer_offers_the_sites_own_links_in_the_answer_language(client, lang):
    _, url, expected = BANNERS[lang]
    snapshot = with_changes(cookie_banner(lang), url=url,
                            dialog=dict(cookie_banner(lang)["dialog"], privacy_links=expected))
    response = client.post("/api/v1/analyze?country=NL", json=snapshot)
    assert response.status_code == 200, response.get_json()
    [pattern] = response.get_json()["patterns"]
    page = [f for f in pattern["forms"] if f["source"] == "page"]
    assert [(f["id"], f["url"]) for f in page] == [
        ({"policy": "site-privacy-policy", "contact": "site-privacy-contact", "dpo": "site-dpo"}[link["kind"]],
         link["url"]) for link in expected]
    ids = [f["id"] for f in pattern["forms"]]
    assert ids.index(page[-1]["id"]) < ids.index("dpa-nl-ap-complaint")
    form_link = openapi_document()["components"]["schemas"]["FormLink"]
    for form in pattern["forms"]:
        jsonschema.validate(form, form_link)
    titles = {f["title"] for f in page}
    assert len(titles) == len(page) and all(f["caveat"] for f in page)
    other_lang = "de" if lang != "de" else "en"
    assert not titles & {f["title"] for f in page_routes(expected, other_lang)}


def test_the_service_refuses_a_privacy_link_with_a_query_or_an_other_scheme(client):
    base = meta_ai_notice()
    for url in ("https://www.example.org/privacy?uid=4711", "http://www.example.org/privacy", "javascript:x()"):
        snapshot = with_changes(base, dialog=dict(base["dialog"], privacy_links=[{"kind": "policy", "url": url}]))
        response = client.post("/api/v1/analyze", json=snapshot)
        assert response.status_code == 422, url
        assert response.get_json()["error"]["path"].startswith("$.dialog.privacy_links[0]")


def test_a_personal_address_sent_to_the_service_is_not_offered(client):
    base = meta_ai_notice()
    snapshot = with_changes(base, dialog=dict(base["dialog"], privacy_links=[
        {"kind": "contact", "text": "Jane", "url": "mailto:jane.doe@example.org"}]))
    body = client.post("/api/v1/analyze", json=snapshot).get_json()
    assert body["patterns"] and not any(f["source"] == "page" for p in body["patterns"] for f in p["forms"])


def test_explain_offers_the_converted_links_on_every_finding():
    html, url, expected = BANNERS["en"]
    snapshot = snapshot_from_html(html, url)
    findings = {"consent_screen": True, "lang": "en", "patterns": [
        {"id": "misleading_wording", "confidence": 0.7, "evidence": {"kind": "euphemism", "measures": {}}},
        {"id": "preselected", "confidence": 0.8, "evidence": {"kind": "prechecked", "measures": {}}}]}
    warnings = explain(snapshot, findings, country="IE")["patterns"]
    assert len(warnings) == 2
    for warning in warnings:
        page = [(f["id"], f["url"]) for f in warning["forms"] if f["source"] == "page"]
        assert page == [("site-privacy-policy", expected[0]["url"]), ("site-dpo", "mailto:dpo@example.co.uk")]


# -- extension/content/snapshot.js in Chromium ------------------------------------------

@pytest.fixture(scope="module")
def chromium(needs_browser):
    # Its own Playwright, closed when this module ends: a second Sync API instance
    # (like the session-wide browser_context) may not be open while `consentlens scan` tests run.
    from consentlens.scan import browser_context

    with browser_context() as context:
        yield context


def _snapshot_at(chromium, url: str, html: str) -> dict:
    from consentlens.scan import take_snapshot

    page = chromium.new_page()
    try:
        page.route(url, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html))
        page.goto(url, wait_until="load")
        return take_snapshot(page, settle_ms=0)
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_snapshot_js_takes_the_same_links_as_the_converter(chromium, lang):
    html, url, expected = BANNERS[lang]
    snapshot = _snapshot_at(chromium, url.split("?")[0], html)
    jsonschema.validate(snapshot, SCHEMA)
    assert snapshot["dialog"]["privacy_links"] == expected
    assert snapshot_from_html(html, url.split("?")[0])["dialog"]["privacy_links"] == expected


@pytest.mark.browser
def test_snapshot_js_without_privacy_links_adds_no_field(chromium):
    html = """<html lang="en"><body><div role="dialog" style="position:fixed;bottom:0;background:#fff">
      <p>We use cookies for ads. <a href="https://www.example.org/cookies">Cookie policy</a></p>
      <button>Accept</button><button>Reject</button></div></body></html>"""
    snapshot = _snapshot_at(chromium, "https://www.example.org/", html)
    assert snapshot["elements"] and "privacy_links" not in snapshot["dialog"]


@pytest.mark.browser
def test_snapshot_js_vocabulary_is_the_python_one(chromium):
    page = chromium.new_page()
    try:
        page.set_content("<p>x</p>")
        from consentlens.scan import snapshot_script

        page.add_script_tag(content=snapshot_script())
        js = page.evaluate("""() => {
          const s = globalThis.ConsentLensSnapshot;
          const patterns = {};
          for (const [name, rx] of Object.entries(s.privacyLinkPatterns)) patterns[name] = rx.source;
          return {patterns, mailboxes: s.roleMailboxes};
        }""")
    finally:
        page.close()
    assert js["patterns"] == {name: getattr(privacy_links, name).pattern
                              for name in ("DPO", "PRIVACY", "CONTACT", "SETTINGS", "ACTION")}
    assert set(js["mailboxes"]["all"]) == privacy_links.ROLE_MAILBOXES
    assert set(js["mailboxes"]["dpo"]) == privacy_links._DPO_MAILBOXES
