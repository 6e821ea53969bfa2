"""Checks on the generated settings pages (hard negatives: privacy, ads and
tracking settings with toggles, in the page flow, and a CMP documentation
article with an example banner as a figure).

Builds the records in memory (well under a second) and checks labels against
the taxonomy, role annotations on every control, that nothing on a page is a
dialog, the four languages per group, determinism, and that the committed
.jsonl.gz file is exactly what the generator writes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest
from lxml import html as lxml_html

from consentlens.snapshot.from_html import snapshot_from_html
from consentlens.taxonomy import LANGUAGES, ROLES

from training_helpers import (assert_committed_file_matches, assert_ids_unique_over_screen_files,
                              assert_labels_from_taxonomy, assert_record_fields, assert_static_page, is_interactive,
                              load_generator)

NAME = "settings_pages"
MAX_GZ_BYTES = 1024 * 1024
# a settings page has no accept, reject, pay, object or close; a footer "Cookie settings" link is `settings`
PAGE_ROLES = {"other", "settings"}
URL_SCHEMES = ("https://", "chrome-extension://", "moz-extension://")
EXAMPLE_WORD = {"en": "Example", "de": "Beispiel", "nl": "Voorbeeld", "fr": "Exemple"}
DIALOG_CSS = re.compile(r"position\s*:\s*(fixed|sticky)|overflow\s*:\s*hidden|backdrop-filter", re.IGNORECASE)


@pytest.fixture(scope="module")
def generator():
    return load_generator(NAME)


@pytest.fixture(scope="module")
def records(generator):
    return generator.build_records()


def is_checked(el) -> bool:
    return el.get("checked") is not None or el.get("aria-checked") == "true"


def test_required_fields_and_licence(records):
    for rec in records:
        assert_record_fields(rec, NAME, url_prefixes=URL_SCHEMES)
        assert_static_page(rec)
        assert rec["license"] == "GPL-3.0-or-later", rec["id"]


def test_labels_come_from_the_taxonomy(records):
    """Settings pages are not screens (TAXONOMY: a screen is a dialog): no label at all."""
    for rec in records:
        assert_labels_from_taxonomy(rec)
        assert rec["consent_screen"] is False, rec["id"]
        assert rec["patterns"] == [], rec["id"]


def test_ids_unique_over_all_screen_files(records):
    assert_ids_unique_over_screen_files([rec["id"] for rec in records], {f"{NAME}.jsonl.gz"})


def test_groups_each_in_four_languages(records):
    per_group = defaultdict(Counter)
    for rec in records:
        assert rec["group"].startswith("settings-"), rec["id"]
        assert rec["id"].startswith(f'{rec["group"]}-{rec["lang"]}-'), rec["id"]
        per_group[rec["group"]][rec["lang"]] += 1
    assert 6 <= len(per_group) <= 8
    assert 180 <= len(records) <= 220
    for group, langs in per_group.items():
        assert set(langs) == set(LANGUAGES), group
        assert len(set(langs.values())) == 1, f"{group} is not balanced over languages: {dict(langs)}"
    assert {"settings-cmp-docs-figure", "settings-ad-center", "settings-extension-options"} <= set(per_group)


def test_pages_vary_within_each_group(records):
    by_group = defaultdict(list)
    for rec in records:
        by_group[rec["group"]].append(rec)
    for group, recs in by_group.items():
        assert len({r["html"] for r in recs}) == len(recs), group
        layouts = {r["provenance"].rsplit("Layout ", 1)[-1] for r in recs}
        assert len(layouts) >= 3, f"{group}: only {layouts}"
        for lang in LANGUAGES:
            titles = {lxml_html.document_fromstring(r["html"]).findtext(".//title") for r in recs if r["lang"] == lang}
            assert len(titles) >= 2, f"{group}/{lang}: one title for every page"


def test_every_control_carries_a_role(records):
    for rec in records:
        doc = lxml_html.document_fromstring(rec["html"])
        controls = [el for el in doc.iter() if is_interactive(el)]
        assert len(controls) >= 5, rec["id"]
        for el in controls:
            role = el.get("data-cl-role")
            assert role, f"{rec['id']}: <{el.tag}> without data-cl-role: {lxml_html.tostring(el)[:160]!r}"
            assert role in ROLES and role in PAGE_ROLES, f"{rec['id']}: role {role!r}"


def test_nothing_is_a_dialog(records):
    """In the page flow: no dialog markup, no overlay, no fixed box, no scroll lock."""
    for rec in records:
        doc = lxml_html.document_fromstring(rec["html"])
        assert not doc.xpath("//*[@data-cl-dialog]"), rec["id"]
        assert not doc.xpath("//dialog | //*[@role='dialog' or @role='alertdialog'] | //*[@aria-modal]"), rec["id"]
        css = " ".join(doc.xpath("//style/text()")) + " ".join(doc.xpath("//@style"))
        assert not DIALOG_CSS.search(css), f"{rec['id']}: {DIALOG_CSS.search(css).group(0)}"
        assert doc.find(".//body").get("class") is None, rec["id"]
        assert doc.xpath("//main") and doc.xpath("//header"), rec["id"]


def test_settings_pages_have_switches_on_and_a_way_to_save(records):
    for rec in records:
        if rec["group"] == "settings-cmp-docs-figure":
            continue
        doc = lxml_html.document_fromstring(rec["html"])
        toggles = doc.xpath("//input[@type='checkbox' or @type='radio'] | //*[@role='switch']")
        assert toggles and any(is_checked(t) for t in toggles), rec["id"]
        saves = doc.xpath("//button[@type='submit']")
        autosaved = "autosave" in rec["provenance"]
        assert saves or autosaved, rec["id"]


def test_docs_banner_is_a_captioned_figure_without_controls(records):
    docs = [r for r in records if r["group"] == "settings-cmp-docs-figure"]
    assert docs
    for rec in docs:
        doc = lxml_html.document_fromstring(rec["html"])
        figures = doc.xpath("//article//figure")
        assert len(figures) == 1, rec["id"]
        caption = figures[0].findtext("figcaption") or ""
        assert caption.startswith(EXAMPLE_WORD[rec["lang"]]), rec["id"]
        assert not [el for el in figures[0].iter() if is_interactive(el)], rec["id"]


def test_static_converter_finds_no_modal_screen(records):
    """One page per group and language: the converter may pick an in-flow block
    (or nothing); it must never see a modal, a backdrop or a scroll lock."""
    seen = set()
    for rec in records:
        key = (rec["group"], rec["lang"])
        if key in seen:
            continue
        seen.add(key)
        snap = snapshot_from_html(rec["html"], rec["url"], captured_at="2026-01-01T00:00:00Z")
        if snap is None:
            continue
        assert not snap["dialog"]["aria_modal"] and snap["dialog"]["role"] == "", rec["id"]
        assert snap["dialog"]["position"] == "static", rec["id"]
        assert not snap["page"]["backdrop"] and not snap["page"]["scroll_locked"], rec["id"]
        assert all(e.get("label_role") in PAGE_ROLES for e in snap["elements"]), rec["id"]


def test_generation_is_deterministic(generator, records):
    assert generator.build_records() == records


def test_committed_file_matches_generator(generator, records, tmp_path):
    assert_committed_file_matches(generator, NAME, records, tmp_path, MAX_GZ_BYTES)
