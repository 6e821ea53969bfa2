"""The static converter: saved page -> snapshot."""

import pytest

from consentlens.snapshot.from_html import SnapshotError, snapshot_from_html
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
