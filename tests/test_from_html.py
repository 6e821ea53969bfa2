"""The static converter: saved page -> snapshot."""

import re
from pathlib import Path

import pytest

from consentlens.snapshot.from_html import CMP_MARKERS, SnapshotError, snapshot_from_html
from consentlens.snapshot.schema import validate_snapshot
from screens import banner

PAGE = """<!doctype html><html lang="{lang}"><head><style>
  .cmp {{ position: fixed; inset: 0 0 auto 0; background: #fff; padding: 16px; }}
  .primary {{ background: #0b57d0; color: #fff; padding: 10px 20px; font-size: 16px; border: 0 }}
  .panel {{ display: none }}
</style></head><body>
<p>Article text that is not part of the dialog. Contact me at writer@example.org.</p>
<div class="cmp" role="dialog" aria-modal="true">
  <p>We use cookies with our partners. Questions: privacy@northwind.example or call 0301234567.
     You may also <a href="#object" data-cl-role="object">object to processing based on legitimate interest</a>
     at any time in our privacy centre, which explains every purpose in detail.</p>
  <label><input type="checkbox" checked> Personalised advertising</label>
  <button class="primary" data-cl-role="accept" onclick="steal()">Accept</button>
  <div class="panel"><button data-cl-role="reject">Reject all</button></div>
  <input type="text" value="secret value">
  <script>alert(1)</script>
</div></body></html>"""


@pytest.fixture(scope="module")
def snap():
    return snapshot_from_html(PAGE.format(lang="en"), "https://www.northwind.example/news?id=42#top")


def by_text(snapshot, text):
    return next(e for e in snapshot["elements"] if (e["text"] or e["name"]).startswith(text))


def test_the_snapshot_is_valid_and_static(snap):
    validate_snapshot(snap)
    assert snap["producer"] == "static"
    assert snap["url"] == "https://www.northwind.example/news"
    assert snap["lang"] == "en"
    assert snap["dialog"]["role"] == "dialog" and snap["dialog"]["aria_modal"] is True
    assert snap["dialog"]["position"] == "fixed"


def test_only_the_dialog_is_carried_and_personal_text_is_masked(snap):
    text = snap["dialog"]["text"]
    assert "Article text" not in text and "writer@example.org" not in text
    assert "privacy@northwind.example" not in text and "[email]" in text
    assert "0301234567" not in text and "[digits]" in text
    html = snap["dialog"]["html"]
    for forbidden in ("<script", "onclick", "secret value", "data-cl-", "privacy@northwind.example"):
        assert forbidden not in html


def test_hidden_second_layer_is_listed_but_not_present(snap):
    reject = by_text(snap, "Reject all")
    assert reject["visible"] is False and reject["layer"] == 2
    accept = by_text(snap, "Accept")
    assert accept["visible"] is True and accept["layer"] == 1
    assert accept["own_background"] is True and accept["color"] == "#ffffff"
    assert accept["background"] == "#0b57d0"


def test_link_in_running_text_and_checked_toggle(snap):
    link = by_text(snap, "object to processing")
    assert link["in_text"] is True and link["href"] == "same-page"
    assert link["label_role"] == "object"
    toggle = next(e for e in snap["elements"] if e["type"] == "checkbox")
    assert toggle["checked"] is True and toggle["name"] == "Personalised advertising"
    assert by_text(snap, "Accept")["in_text"] is False


def test_declarative_shadow_dom_is_part_of_the_page():
    page = """<html lang="de"><body><div id="cmp-host"><template shadowrootmode="open">
      <style>.b{position:fixed;bottom:0;left:0;right:0;background:#fff}</style>
      <div class="b"><p>Wir verwenden Cookies und ähnliche Technologien mit unseren Partnern.</p>
      <button>Akzeptieren</button><button>Ablehnen</button></div></template></div></body></html>"""
    snap = snapshot_from_html(page)
    assert [e["text"] for e in snap["elements"]] == ["Akzeptieren", "Ablehnen"]
    assert snap["lang"] == "de"


def test_a_page_without_a_dialog_gives_none():
    page = "<html><body><h1>Recipes</h1><p>Boil the pasta.</p><a href='/more'>More</a></body></html>"
    assert snapshot_from_html(page) is None


def test_faint_link_measures_smaller_than_the_button():
    snap = snapshot_from_html(banner("fr", reject="faint"))
    accept = by_text(snap, "Tout accepter")
    reject = by_text(snap, "Tout refuser")
    area = lambda e: e["bbox"]["w"] * e["bbox"]["h"]
    assert area(accept) > 3 * area(reject)
    assert reject["font_size"] == 10 and reject["own_background"] is False


@pytest.mark.parametrize("bad, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary"),
    (12345, "expected HTML"),
])
def test_hostile_or_wrong_input_is_a_clear_error(bad, message):
    with pytest.raises(SnapshotError, match=message):
        snapshot_from_html(bad)


def test_absurd_nesting_is_bounded_not_a_crash():
    page = "<div>" * 5000 + "<div role=dialog>We use cookies <button>OK</button></div>" + "</div>" * 5000
    assert snapshot_from_html(page) is None  # the parser drops what is nested beyond 256 levels


def test_huge_input_is_refused_quickly():
    with pytest.raises(SnapshotError, match="over the limit"):
        snapshot_from_html("<p>" + "x" * 9_000_000)


# -- a dialog element that is not the layer the user sees (Borlabs Cookie 2) ------

BORLABS = """<!doctype html><html lang="de"><head><style>
  #BorlabsCookieBox {{ font-family: Arial, sans-serif; font-size: 14px }}
  #BorlabsCookieBox > div {{ position: fixed; top: 0; left: 0; width: 100%; height: 100%; z-index: 999999;
                            background: {shade}; display: flex; align-items: center; justify-content: center }}
  #BorlabsCookieBox ._brlbs-box {{ background: #fff; color: #555; width: 560px; max-width: 92vw; padding: 24px }}
  #BorlabsCookieBox a._brlbs-btn {{ display: inline-block; width: 100%; background: #0063e3; color: #fff; padding: 10px 0 }}
  .sr-only {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0) }}
  #BorlabsCookieBox .cookie-preference {{ display: none }}
</style></head><body class="borlabs-position-fix">
<main><h1>Rezepte</h1><p>Ein Artikel über Sauerteig, der nicht zum Dialog gehört.</p></main>
<div data-nosnippet=""><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-modal="true"
     aria-labelledby="CookieBoxTextHeadline">
  <div class="middle-center"><div class="_brlbs-box-wrap"><div class="_brlbs-box _brlbs-box-advanced">
    <div class="cookie-box"><div class="container">
      <span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span>
      <p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen,
         diese Website und Ihre Erfahrung zu verbessern.</p>
      <fieldset><legend class="sr-only">Datenschutzeinstellungen</legend>
        <label class="_brlbs-checkbox">Statistiken <input type="checkbox" name="cookieGroup[]" value="statistics"></label>
      </fieldset>
      <p class="_brlbs-accept"><a href="#" role="button" class="_brlbs-btn _brlbs-btn-accept-all">Alle akzeptieren</a></p>
      <p class="_brlbs-refuse"><a href="#" role="button" class="_brlbs-cursor">Nur essenzielle Cookies akzeptieren</a></p>
    </div></div>
    <div class="cookie-preference" role="dialog"><a href="#" role="button">Speichern</a></div>
  </div></div></div>
</div></div></body></html>"""


def test_a_static_dialog_drawn_by_a_fixed_shade_inside_is_a_fixed_wall():
    snap = snapshot_from_html(BORLABS.format(shade="rgba(0,0,0,.6)"), "https://www.example.de/rezepte")
    validate_snapshot(snap)
    assert snap["dialog"]["cmp"] == "borlabs" and snap["dialog"]["role"] == "dialog"
    assert snap["dialog"]["position"] == "fixed"
    assert snap["page"] == {"overlay_coverage": 1.0, "scroll_locked": False, "backdrop": True, "outside_text_chars": 55}
    assert snap["dialog"]["bbox"]["w"] == 560  # the white box, not the full-screen shade


def test_a_transparent_full_screen_layer_is_no_backdrop_and_covers_only_its_box():
    snap = snapshot_from_html(BORLABS.format(shade="transparent"), "https://www.example.de/rezepte")
    assert snap["dialog"]["position"] == "fixed"
    assert snap["page"]["backdrop"] is False
    assert 0.1 < snap["page"]["overlay_coverage"] < 0.5
    assert snap["dialog"]["bbox"]["w"] == 560


def test_an_empty_shade_beside_the_box_inside_a_static_dialog_is_the_backdrop():
    page = """<html lang="en"><body><p>Article.</p><div class="cmp-root" role="dialog" aria-label="Privacy">
      <div class="shade" style="position:fixed;inset:0;background:rgba(15,23,42,.55)"></div>
      <div class="box" style="position:fixed;left:50%;top:20%;width:480px;background:#fff;padding:20px">
        <p>We and our 212 partners use cookies to personalise ads and measure their performance.</p>
        <button>Accept all</button><button>Manage options</button></div></div></body></html>"""
    snap = snapshot_from_html(page)
    assert snap["dialog"]["position"] == "fixed"
    assert snap["page"]["backdrop"] is True and snap["page"]["overlay_coverage"] == 1.0


def test_a_notice_in_the_page_flow_stays_static_without_backdrop():
    page = """<html lang="en"><body><main><p>Article text.</p>
      <div class="notice" role="dialog" style="background:#f4f4f4;padding:12px">
        <p>This site uses cookies to measure traffic. See our cookie policy for details.</p>
        <button>OK</button><button>Reject</button></div></main></body></html>"""
    snap = snapshot_from_html(page)
    assert snap["dialog"]["position"] == "static"
    assert snap["page"]["backdrop"] is False and snap["page"]["overlay_coverage"] < 0.5


# -- visually hidden text (WordPress, Bootstrap) -------------------------------------

COMPLIANZ = """<html lang="en"><head><style>
  .cmplz-cookiebanner {{ position: fixed; right: 20px; bottom: 20px; width: 526px; background: #fff; padding: 19px 20px }}
  .cmplz-cookiebanner summary {{ display: block; padding: 8px 10px }}
  .cmplz-banner-checkbox {{ position: relative; display: inline-flex }}
  .cmplz-consent-checkbox {{ position: absolute; opacity: 0; width: 1px; height: 1px }}
  .cmplz-label {{ display: inline-block; width: 40px; height: 20px; border-radius: 10px; background: #d0d0d0 }}
  {hide}
</style></head><body><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-modal="true">
  <div class="cmplz-title">Manage Cookie Consent</div>
  <p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p>
  <details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header">
    <span class="cmplz-category-title">Functional</span><span class="cmplz-always-active">
    <label class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" class="cmplz-consent-checkbox"
      checked disabled><label class="cmplz-label" for="cmplz-functional-optin"><span class="{cls}">Functional</span></label>
    </label>Always active</span></span></summary></details>
  <button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
  <button class="cmplz-btn cmplz-close"><span class="{cls}">Close dialog</span>×</button>
</div></body></html>"""

VISUALLY_HIDDEN = {
    "wordpress": ("screen-reader-text", (
        ".screen-reader-text { border: 0; clip: rect(1px, 1px, 1px, 1px); clip-path: inset(50%); height: 1px; "
        "margin: -1px; overflow: hidden; padding: 0; position: absolute !important; width: 1px; word-wrap: normal !important }")),
    "wordpress themes": ("screen-reader-text", (
        ".screen-reader-text { clip: rect(1px, 1px, 1px, 1px); position: absolute !important; height: 1px; width: 1px; "
        "overflow: hidden }")),
    "bootstrap 4": ("sr-only", (
        ".sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; "
        "clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0 }")),
    "bootstrap 5": ("visually-hidden", (
        ".visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; "
        "padding: 0 !important; margin: -1px !important; overflow: hidden !important; clip: rect(0, 0, 0, 0) !important; "
        "border: 0 !important }")),
    "clip-path only": ("a11y-hidden", ".a11y-hidden { position: absolute; clip-path: inset(50%); white-space: nowrap }"),
    "1px box": ("visuallyhidden", ".visuallyhidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden }"),
}


@pytest.mark.parametrize("kind", VISUALLY_HIDDEN)
def test_visually_hidden_text_is_not_visible_text_but_still_names(kind):
    cls, rule = VISUALLY_HIDDEN[kind]
    snap = snapshot_from_html(COMPLIANZ.format(cls=cls, hide=rule))
    row = next(e for e in snap["elements"] if e["tag"] == "summary")
    assert row["text"] == "Functional Always active"
    toggle = next(e for e in snap["elements"] if e["type"] == "checkbox")
    assert toggle["name"] == "Functional" and toggle["visible"] is True
    close = by_text(snap, "×")
    assert close["text"] == "×"
    assert "Close dialog" not in snap["dialog"]["text"] and "Functional Functional" not in snap["dialog"]["text"]


def test_clip_without_absolute_position_hides_nothing():
    rule = ".screen-reader-text { clip: rect(1px, 1px, 1px, 1px) }"  # clip applies to absolute boxes only
    snap = snapshot_from_html(COMPLIANZ.format(cls="screen-reader-text", hide=rule))
    assert next(e for e in snap["elements"] if e["tag"] == "summary")["text"] == "Functional Functional Always active"


# -- known consent-management platforms -----------------------------------------------

CMP_PAGES = {
    "axeptio": """<div class="axeptio_mount"><div id="axeptio_overlay" class="axeptio_overlay"></div>
      <div class="axeptio_widget axeptio-widget--open" role="dialog" aria-labelledby="axeptio_main_title"
           style="position:fixed;bottom:20px;left:20px;width:380px;background:#fff">
        <h2 id="axeptio_main_title">Cookies, c'est un choix !</h2><p>Nous utilisons des cookies et nos partenaires aussi.</p>
        <button id="axeptio_btn_dismiss">Non merci</button><button id="axeptio_btn_acceptAll">OK pour moi</button></div></div>""",
    "consentmanager": """<div id="cmpbox" class="cmpbox cmpstyleroot cmpbox3 cmpfadeIn" role="dialog" aria-modal="true"
           style="position:fixed;left:50%;top:20%;width:600px;background:#fff">
        <div class="cmpboxinner"><div class="cmpboxtxt cmptxt_txt">Wir verwenden Cookies und verarbeiten Daten mit Partnern.</div>
        <div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnyes" role="button" href="#">Akzeptieren</a>
        <a class="cmpboxbtn cmpboxbtnno" role="button" href="#">Ablehnen</a></div></div></div>""",
    "sirdata": """<div id="sd-cmp" class="sd-cmp-3cRQ2"><div class="sd-cmp-1pO44" role="dialog"
           style="position:fixed;bottom:0;left:0;right:0;background:#fff">
        <p>Nos partenaires et nous utilisons des cookies pour personnaliser la publicité.</p>
        <button class="sd-cmp-2jmDj">Accepter et fermer</button><button class="sd-cmp-16t61">Continuer sans accepter</button>
        </div></div>""",
    "cookie_notice": """<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
           style="position:fixed;bottom:0;left:0;right:0;background:#32323a;color:#fff">
        <span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span>
        <a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
        <a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">No</a></div>""",
    None: """<div id="cookie-notice-3f2a" class="cc-banner-3f2a" role="dialog"
           style="position:fixed;bottom:0;left:0;right:0;background:#fff">
        <p>We use cookies to improve our site and to show you personalised advertising.</p>
        <button>Accept</button><button>Decline</button></div>""",
}


@pytest.mark.parametrize("cmp", CMP_PAGES)
def test_consent_platforms_are_named_by_their_containers(cmp):
    page = f'<html lang="en"><body><main><p>Article.</p></main>{CMP_PAGES[cmp]}</body></html>'
    snap = snapshot_from_html(page)
    assert snap is not None and len(snap["elements"]) == 2
    assert snap["dialog"]["cmp"] == cmp


def test_the_converter_and_snapshot_js_know_the_same_platforms():
    script = (Path(__file__).resolve().parents[1] / "extension/content/snapshot.js").read_text(encoding="utf-8")
    listed = script[script.index("var CMPS = ["):script.index("];", script.index("var CMPS = ["))]
    in_js = re.findall(r'\["(\w+)", "', listed)
    assert len(in_js) == len(set(in_js)) > 40
    assert set(in_js) == {name for name, _ in CMP_MARKERS}
    for name in ("onetrust", "cookiebot", "didomi", "usercentrics", "quantcast", "sourcepoint", "trustarc",
                 "borlabs", "complianz", "cookieyes", "iubenda", "axeptio", "consentmanager", "sirdata"):
        assert name in in_js
