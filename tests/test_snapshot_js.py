"""extension/content/snapshot.js in a real Chromium, on small local pages."""

import json
from pathlib import Path

import pytest
from test_from_html import BORLABS, CMP_PAGES, COMPLIANZ, VISUALLY_HIDDEN

from consentlens.snapshot.from_html import snapshot_from_html

pytestmark = pytest.mark.browser

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "consentlens/snapshot/schema.json").read_text())

FAIR = """<!doctype html><html lang="en"><head><style>
  .banner {position: fixed; left: 0; right: 0; bottom: 0; z-index: 10000;
           background: #fff; padding: 24px; font: 15px sans-serif}
  .banner button {font-size: 16px; padding: 10px 24px; border: 0;
                  background: #1a73e8; color: #fff}
</style></head><body>
<main><h1>News</h1><p>Some article text that is not part of the dialog.</p></main>
<div class="banner" role="dialog" aria-label="Cookies">
  <p>We and our partners use cookies to measure and personalise ads.</p>
  <button id="accept" data-cl-role="accept">Accept all</button>
  <button id="reject" data-cl-role="reject" %s>Reject all</button>
</div></body></html>"""


def by_role(snapshot, role):
    return [e for e in snapshot["elements"] if e.get("label_role") == role]


def validate(snapshot):
    import jsonschema

    jsonschema.validate(snapshot, SCHEMA)


def test_fair_banner_has_visible_accept_and_reject(snapshot_of):
    snap = snapshot_of(FAIR % "")
    assert snap is not None
    validate(snap)
    accept, reject = by_role(snap, "accept")[0], by_role(snap, "reject")[0]
    for element in (accept, reject):
        assert element["visible"] is True
        assert element["layer"] == 1
        assert element["bbox"]["w"] > 40 and element["bbox"]["h"] > 20
        assert element["own_background"] is True
        assert element["background"] == "#1a73e8"
        assert element["in_text"] is False
    assert accept["text"] == "Accept all"
    assert snap["dialog"]["position"] == "fixed"
    assert snap["dialog"]["z_index"] == 10000
    assert snap["dialog"]["background"] == "#ffffff"
    assert snap["lang"] == "en"
    assert "article text" not in snap["dialog"]["text"]
    assert "data-cl-" not in snap["dialog"]["html"]


def test_display_none_reject_is_listed_but_not_visible(snapshot_of):
    snap = snapshot_of(FAIR % 'style="display:none"')
    reject = by_role(snap, "reject")[0]
    assert reject["visible"] is False
    assert reject["layer"] == 2
    assert reject["text"] == "Reject all"
    assert "Reject all" not in snap["dialog"]["text"]


def test_second_layer_panel_is_layer_two(snapshot_of):
    html = (FAIR % "").replace(
        "</div></body>",
        '<div class="panel" hidden><label><input type="checkbox" checked data-cl-role="other">'
        " Advertising</label><button data-cl-role=\"reject\">Save</button></div></div></body>",
    )
    snap = snapshot_of(html)
    toggle = [e for e in snap["elements"] if e["type"] == "checkbox"][0]
    assert toggle["layer"] == 2 and toggle["visible"] is False
    assert toggle["checked"] is True
    assert toggle["name"] == "Advertising"
    assert toggle["text"] == ""


def test_link_inside_long_paragraph_is_in_text(snapshot_of):
    html = """<html><body><div role="dialog" style="position:fixed;top:0;left:0;right:0;background:#eee">
      <p>We use cookies to personalise content and ads, to provide social media features
      and to analyse our traffic. You can <a href="#" data-cl-role="reject">refuse here</a>
      at any time, although some features of the site may then stop working for you.</p>
      <button data-cl-role="accept">OK</button></div></body></html>"""
    snap = snapshot_of(html)
    link, button = by_role(snap, "reject")[0], by_role(snap, "accept")[0]
    assert link["in_text"] is True
    assert link["href"] == "same-page"
    assert button["in_text"] is False
    assert 0.2 < link["text_before"] < 0.8


def test_banner_in_open_shadow_root_is_found(snapshot_of):
    html = """<html><body><div id="host"></div><script>
      const root = document.getElementById('host').attachShadow({mode: 'open'});
      root.innerHTML = `<div role="dialog" style="position:fixed;bottom:0;width:100%;background:#fff">
        <p>Wir verwenden Cookies, um Inhalte zu personalisieren.</p>
        <button>Alle akzeptieren</button><button>Alle ablehnen</button></div>`;
    </script></body></html>"""
    snap = snapshot_of(html)
    assert snap is not None
    assert "Cookies" in snap["dialog"]["text"]
    assert [e["text"] for e in snap["elements"]] == ["Alle akzeptieren", "Alle ablehnen"]
    validate(snap)


def test_banner_in_same_origin_iframe_is_found(snapshot_of):
    inner = (
        "<html lang='nl'><body><div id='cc' style='position:fixed;bottom:0;width:100%;background:#fff'>"
        "<p>Wij gebruiken cookies voor advertenties.</p><button>Accepteren</button>"
        "<button>Weigeren</button></div></body></html>"
    )
    html = f"""<html><body><p>Page</p><iframe srcdoc="{inner}"
      style="position:fixed;left:0;top:100px;width:600px;height:300px;border:0"></iframe></body></html>"""
    snap = snapshot_of(html)
    assert snap is not None
    assert snap["lang"] == "nl"
    assert [e["text"] for e in snap["elements"]] == ["Accepteren", "Weigeren"]
    # Boxes are in the top viewport: the frame's offset is added.
    assert all(e["bbox"]["y"] >= 100 for e in snap["elements"])


def test_input_values_and_personal_data_never_leave(snapshot_of):
    html = """<html><body><div role="dialog" style="position:fixed;top:0;background:#fff">
      <p>Your consent choices for jane.doe@example.org, customer 12345678.</p>
      <input type="text" value="SECRET-VALUE-1">
      <input type="email" name="mail">
      <button onclick="alert(1)">Accept</button><a href="javascript:void(0)">Decline</a>
      <script>var hidden = 1;</script></div>
      <script>document.querySelector('input[name=mail]').value = 'typed@example.org';</script>
      </body></html>"""
    snap = snapshot_of(html)
    dump = json.dumps(snap)
    for secret in ("SECRET-VALUE-1", "typed@example.org", "jane.doe@example.org", "12345678"):
        assert secret not in dump
    assert "[email]" in snap["dialog"]["text"] and "[digits]" in snap["dialog"]["text"]
    markup = snap["dialog"]["html"]
    assert "<script" not in markup and "onclick" not in markup and "javascript:" not in markup
    assert [e["href"] for e in snap["elements"]] == ["none", "script"]


def test_page_without_dialog_gives_null(snapshot_of):
    html = "<html><body><h1>Recipes</h1><p>Flour, water, salt.</p><button>Print</button></body></html>"
    assert snapshot_of(html) is None


def test_known_cmp_container_is_named(snapshot_of):
    html = """<html><body><div id="CybotCookiebotDialog" style="position:fixed;bottom:0;background:#fff">
      <p>This website uses cookies.</p><button>Allow all</button><button>Deny</button></div></body></html>"""
    snap = snapshot_of(html)
    assert snap["dialog"]["cmp"] == "cookiebot"


def test_modal_with_backdrop_and_scroll_lock(snapshot_of):
    html = """<html><body style="overflow:hidden">
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:99">
        <div role="dialog" aria-modal="true" style="margin:100px auto;width:400px;background:#fff;padding:20px">
          <p>We need your consent for cookies.</p><button>Agree</button>
          <button style="opacity:.5;font-size:10px;color:#bbb;background:none;border:0">Settings</button>
        </div></div></body></html>"""
    snap = snapshot_of(html)
    validate(snap)
    assert snap["dialog"]["aria_modal"] is True
    assert snap["page"]["backdrop"] is True
    assert snap["page"]["scroll_locked"] is True
    assert snap["page"]["overlay_coverage"] > 0.95
    faint = snap["elements"][1]
    assert faint["opacity"] == 0.5 and faint["own_background"] is False


def test_snapshot_validates_against_schema(snapshot_of):
    validate(snapshot_of(FAIR % ""))
    validate(snapshot_of(FAIR % 'style="visibility:hidden"'))


# ---- finding the dialog (what the extension's watcher calls) ----------------

@pytest.fixture
def page_with(browser_context):
    """page_with(html) -> a page with snapshot.js loaded."""
    from consentlens.scan import snapshot_script

    pages = []

    def open_(html: str):
        page = browser_context.new_page()
        pages.append(page)
        page.set_content(html, wait_until="load")
        page.add_script_tag(content=snapshot_script())
        return page

    yield open_
    for page in pages:
        page.close()


PARAGRAPHS = "".join(f"<p>Paragraph {i} about the ferry timetable, with <a href='/p/{i}'>a link</a>.</p>"
                     for i in range(200))
ARTICLE = f"""<!doctype html><html lang="en"><body><div id="app"><div class="layout">
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <main id="main"><h1>Harbour news</h1>{PARAGRAPHS}</main>
  <footer><a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie policy</a></footer>
</div></div></body></html>"""

BANNER_JS = """(parent) => {
  const b = document.createElement('div');
  b.id = 'late';
  b.setAttribute('style', 'position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px');
  b.innerHTML = '<p>We and our partners use cookies for personalised advertising.</p>'
    + '<button>Accept all</button><button>Reject all</button>';
  parent.appendChild(b);
  return b;
}"""


def test_shadow_host_deep_in_an_app_layout_is_found(page_with):
    page = page_with(ARTICLE)
    page.evaluate("""() => {
      const host = document.createElement('cmp-banner');
      document.querySelector('.layout').appendChild(host);
      host.attachShadow({mode: 'open'}).innerHTML = `<div style="position:fixed;bottom:0;width:100%;background:#fff">
        <p>Wir und unsere Partner verwenden Cookies für personalisierte Werbung.</p>
        <button>Alle akzeptieren</button><button>Einstellungen</button></div>`;
    }""")
    found = page.evaluate("() => ConsentLensSnapshot.findCandidates(document).map(el => el.textContent.trim().slice(0, 20))")
    assert found == ["Wir und unsere Partn"]


def test_a_page_with_privacy_links_but_no_dialog_has_no_candidate(page_with):
    page = page_with(ARTICLE)
    assert page.evaluate("() => ConsentLensSnapshot.findCandidates(document).length") == 0


def test_search_of_changed_subtrees_finds_a_banner_added_there_only(page_with):
    page = page_with(ARTICLE)
    page.evaluate(f"() => ({BANNER_JS})(document.querySelector('.layout'))")
    in_changed = page.evaluate("""() => {
      const S = ConsentLensSnapshot, changed = document.getElementById('late');
      return S.candidatesIn(S.searchRoots(changed)).map(el => el.id);
    }""")
    elsewhere = page.evaluate("""() => {
      const S = ConsentLensSnapshot;
      return S.candidatesIn(S.searchRoots(document.querySelector('header'))).map(el => el.id);
    }""")
    assert in_changed == ["late"]
    assert elsewhere == []


def test_changed_element_that_reveals_a_hidden_banner_is_searched_with_its_subtree(page_with):
    page = page_with(ARTICLE.replace("</div></div></body>", "</div></div><div id='wrap' hidden></div></body>"))
    page.evaluate(f"() => ({BANNER_JS})(document.getElementById('wrap'))")
    before = page.evaluate("() => ConsentLensSnapshot.findCandidates(document).length")
    page.evaluate("() => document.getElementById('wrap').hidden = false")  # an attribute change on the wrapper
    found = page.evaluate("""() => {
      const S = ConsentLensSnapshot;
      return S.candidatesIn(S.searchRoots(document.getElementById('wrap'))).map(el => el.id);
    }""")
    assert before == 0
    assert found == ["late"]


def test_the_extensions_own_marker_inside_a_dialog_is_never_part_of_the_snapshot(snapshot_of):
    html = (FAIR % "").replace("</div></body>", """<consentlens-warning></consentlens-warning></div>
      <script>
        document.querySelector('consentlens-warning').attachShadow({mode: 'open'}).innerHTML =
          '<section><p>ConsentLens: this consent screen hides its reject option</p><button>Minimise</button></section>';
      </script></body>""")
    snap = snapshot_of(html)
    assert [e["text"] for e in snap["elements"]] == ["Accept all", "Reject all"]
    assert "ConsentLens" not in snap["dialog"]["text"] and "consentlens-warning" not in snap["dialog"]["html"]


# ---- the same pages as tests/test_from_html.py: both producers agree ----------

@pytest.mark.parametrize("shade, backdrop", [("rgba(0,0,0,.6)", True), ("transparent", False)])
def test_a_static_dialog_drawn_by_a_fixed_layer_inside_measures_like_the_converter(snapshot_of, shade, backdrop):
    html = BORLABS.format(shade=shade)
    snap, static = snapshot_of(html), snapshot_from_html(html)
    validate(snap)
    for measured in (snap, static):
        assert measured["dialog"]["cmp"] == "borlabs"
        assert measured["dialog"]["position"] == "fixed"
        assert measured["page"]["backdrop"] is backdrop
        assert (measured["page"]["overlay_coverage"] == 1) is backdrop
        assert measured["page"]["overlay_coverage"] > 0.1
    assert 560 <= snap["dialog"]["bbox"]["w"] <= 610  # the white box (560px and its padding), not the shade


@pytest.mark.parametrize("kind", VISUALLY_HIDDEN)
def test_visually_hidden_text_is_not_visible_text_but_still_names(snapshot_of, kind):
    cls, rule = VISUALLY_HIDDEN[kind]
    snap = snapshot_of(COMPLIANZ.format(cls=cls, hide=rule))
    row = next(e for e in snap["elements"] if e["tag"] == "summary")
    assert row["text"] == "Functional Always active"
    close = next(e for e in snap["elements"] if e["text"].endswith("×"))
    assert close["text"] == "×"
    assert "Close dialog" not in snap["dialog"]["text"] and "Functional Functional" not in snap["dialog"]["text"]


@pytest.mark.parametrize("cmp", CMP_PAGES)
def test_consent_platforms_are_named_like_the_converter_names_them(snapshot_of, cmp):
    snap = snapshot_of(f'<html lang="en"><body><main><p>Article.</p></main>{CMP_PAGES[cmp]}</body></html>')
    assert len(snap["elements"]) == 2
    assert snap["dialog"]["cmp"] == cmp


def test_a_toggle_labelled_by_visually_hidden_text_is_named_once(snapshot_of):
    html = """<html lang="en"><head><style>.screen-reader-text{position:absolute;width:1px;height:1px;
      overflow:hidden;clip:rect(1px,1px,1px,1px)}</style></head><body>
      <div role="dialog" style="position:fixed;bottom:0;left:0;right:0;background:#fff">
      <p>We and our partners use cookies for statistics and advertising.</p>
      <div class="cmplz-category"><span class="cmplz-category-title">Functional</span><span class="cmplz-always-active">
        <label class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" checked disabled>
        <label class="cmplz-label" for="cmplz-functional-optin"><span class="screen-reader-text">Functional</span></label>
        </label>Always active</span></div>
      <button>Accept</button><button>Deny</button></div></body></html>"""
    for measured in (snapshot_of(html), snapshot_from_html(html)):
        toggle = measured["elements"][0]
        assert toggle["type"] == "checkbox" and toggle["name"] == "Functional"
        assert "Functional Always active" in measured["dialog"]["text"]


# The page around the dialog, as a count: a consent screen that is the whole page
# counts nothing outside it; hidden text, form fields and the dialog never count.
WHOLE_PAGE = Path(__file__).resolve().parent / "pages" / "meta_independent" / "blocking-en-instagram.html"
OUTSIDE_TEXT = {
    "whole page": (WHOLE_PAGE.read_text(encoding="utf-8"), 0),
    "banner over an article": (FAIR % "", len("NewsSomearticletextthatisnotpartofthedialog.")),
    "hidden and form text": ("""<html><body><div style="display:none">Hidden navigation text</div>
        <p style="visibility:hidden">Invisible</p><p style="opacity:0">Transparent</p>
        <textarea>Draft message</textarea><select><option>Belgium</option></select><p>Shown  text</p>
        <div role="dialog" aria-modal="true"><p>We use cookies.</p><button>Accept</button></div>
        </body></html>""", len("Showntext")),
    "long article": ("<html><body>" + "<p>Lorem ipsum dolor sit amet.</p>" * 400 + """
        <div role="dialog"><p>We use cookies.</p><button>Accept</button><button>Reject</button></div>
        </body></html>""", 2000),
}


@pytest.mark.parametrize("page", OUTSIDE_TEXT)
def test_text_outside_the_dialog_is_counted_alike_by_both_producers(snapshot_of, page):
    html, expected = OUTSIDE_TEXT[page]
    snap, static = snapshot_of(html), snapshot_from_html(html)
    validate(snap)
    assert snap["page"]["outside_text_chars"] == expected
    assert static["page"]["outside_text_chars"] == expected


AI_NOTICE = """<!doctype html><html lang="{lang}"><body><h1>Feed</h1><p>Posts from people you follow.</p>
<div role="dialog" style="position:fixed;bottom:20px;right:20px;width:380px;background:#fff;padding:18px">
<h3>{title}</h3><p>{text} <a href="/object">{link}</a>.</p><button>{button}</button></div></body></html>"""

# A notice that names no cookie, consent or legal basis, only the right to object.
BARE_NOTICES = {
    "en": ("About our AI", "From 1 March we will use your public posts to train our AI models. If you don't want "
           "that, you can", "object here", "Got it"),
    "de": ("Über unsere KI", "Ab 1. März nutzen wir deine öffentlichen Beiträge, um unsere KI-Modelle zu trainieren. "
           "Wenn du das nicht willst, kannst du", "hier widersprechen", "Verstanden"),
    "nl": ("Over onze AI", "Vanaf 1 maart gebruiken we je openbare berichten om onze AI-modellen te trainen. Wil je "
           "dat niet, dan kun je", "hier bezwaar maken", "Begrepen"),
    "fr": ("À propos de notre IA", "À partir du 1er mars, nous utiliserons vos publications publiques pour entraîner "
           "nos modèles d'IA. Si vous ne le souhaitez pas, vous pouvez", "vous y opposer ici", "Compris"),
}


@pytest.mark.parametrize("lang", sorted(BARE_NOTICES))
def test_a_notice_that_offers_only_an_objection_is_a_candidate(page_with, lang):
    title, text, link, button = BARE_NOTICES[lang]
    page = page_with(AI_NOTICE.format(lang=lang, title=title, text=text, link=link, button=button))
    snapshot = page.evaluate("() => ConsentLensSnapshot.takeSnapshot()")
    assert snapshot is not None
    objection = next(e for e in snapshot["elements"] if e["text"] == link)
    assert objection["in_text"] is True


def test_the_same_box_without_the_objection_is_no_candidate(page_with):
    title, text, _, button = BARE_NOTICES["en"]
    page = page_with(AI_NOTICE.format(lang="en", title=title, text=text.replace(" If you don't want that, you can", ""),
                                      link="Learn more", button=button))
    assert page.evaluate("() => ConsentLensSnapshot.findCandidates(document).length") == 0
