"""Checks on the consent screens in commercial-CMP markup (training_data/generate/cmp_markup.py).

Builds the records in memory (well under a second) and checks labels against the
taxonomy and its labelling rules, role annotations in the markup, determinism,
that the committed .jsonl.gz file is exactly what the generator writes, and that
the static converter finds each screen with its elements (on one page per CMP and
configuration, to stay fast).
"""

from __future__ import annotations

from collections import defaultdict
from copy import deepcopy

import pytest
from lxml import html as lxml_html

from consentlens.snapshot.from_html import snapshot_from_html
from consentlens.taxonomy import LANGUAGES, ROLES

from training_helpers import (assert_committed_file_matches, assert_ids_unique_over_screen_files,
                              assert_labels_from_taxonomy, assert_record_fields, assert_static_page, is_control,
                              is_focusable, load_generator)

NAME = "cmp_markup"
MAX_GZ_BYTES = 4 * 1024 * 1024


@pytest.fixture(scope="module")
def generator():
    return load_generator(NAME)


@pytest.fixture(scope="module")
def records(generator):
    return generator.build_records()


def is_interactive(el) -> bool:
    """A control, or in the tab order unless it is a container."""
    if is_control(el):
        return True
    if (el.get("role") or "").strip() in ("region", "dialog", "alertdialog"):
        return False  # focusable containers (OneTrust, CookieYes) are not controls
    return is_focusable(el)


def closed_layer(el) -> bool:
    return el.get("data-cl-layer") == "2" or any(a.get("data-cl-layer") == "2" for a in el.iterancestors())


def screen_of(page: str) -> tuple[list, list, list]:
    """(dialog roots, visible interactive elements in them, interactive elements of closed layers)."""
    doc = lxml_html.document_fromstring(page)
    roots = doc.xpath("//*[@data-cl-dialog]")
    visible = []
    for root in roots:
        visible += [el for el in root.iter() if el is not root and is_interactive(el) and not closed_layer(el)]
    closed = [el for layer in doc.xpath("//*[@data-cl-layer='2']") for el in layer.iter() if is_interactive(el)]
    return roots, visible, closed


def pre_ticked(el) -> bool:
    """A non-essential toggle switched on (essential ones are disabled in this markup)."""
    if el.get("disabled") is not None:
        return False
    if el.tag == "input" and (el.get("type") or "").lower() == "checkbox":
        return el.get("checked") is not None
    return (el.get("role") or "") in ("switch", "checkbox") and el.get("aria-checked") == "true"


def test_required_fields_and_licence(records):
    for rec in records:
        assert_record_fields(rec, NAME, url_prefixes=("https://www.",))
        assert_static_page(rec, lang_within=200)
        assert rec["group"].startswith("cmpx-"), rec["id"]
        if rec["license"] != "GPL-3.0-or-later":
            assert "element_roles.csv.gz" in rec["license"], rec["id"]
            assert any(lic in rec["license"] for lic in ("MIT", "MPL-2.0", "BSD-3-Clause")), rec["id"]
        assert "../shared/data" in rec["provenance"], rec["id"]
        if rec["consent_screen"]:
            assert "TAXONOMY.md" in rec["provenance"], rec["id"]


def test_labels_come_from_the_taxonomy(records):
    for rec in records:
        assert_labels_from_taxonomy(rec)
        assert not {"no_reject", "buried_opt_out"} <= set(rec["patterns"]), rec["id"]


def test_every_group_has_four_languages_and_every_configuration(generator, records):
    langs, configs = defaultdict(set), defaultdict(set)
    negatives = defaultdict(int)
    for rec in records:
        langs[rec["group"]].add(rec["lang"])
        if rec["consent_screen"]:
            configs[(rec["group"], rec["lang"])].add(rec["id"].rsplit("-", 1)[1])
        else:
            negatives[rec["group"]] += 1
    assert len(langs) == 14
    for group, seen in langs.items():
        assert seen == set(LANGUAGES), group
        assert negatives[group] >= 2, group
    for key, seen in configs.items():
        assert seen == set(generator.CONFIGS), key


def test_ids_unique_over_all_screen_files(records):
    assert_ids_unique_over_screen_files([rec["id"] for rec in records], {f"{NAME}.jsonl.gz"})


def test_markup_carries_roles_and_labels_match_the_markup(generator, records):
    for rec in records:
        roots, visible, closed = screen_of(rec["html"])
        for el in visible + closed:
            assert el.get("data-cl-role") in ROLES, (rec["id"], lxml_html.tostring(el)[:160])
        if not rec["consent_screen"]:
            assert roots == [], rec["id"]
            continue
        assert len(roots) == 1, rec["id"]
        pats = set(rec["patterns"])
        present = {el.get("data-cl-role") for el in visible}
        assert "accept" in present, rec["id"]
        if pats & {"pay_or_consent", "consent_wall", "no_reject"}:
            assert not present & {"reject", "object"}, rec["id"]
        else:
            assert present & {"reject", "object"}, rec["id"]
        if "pay_or_consent" in pats:
            assert "pay" in present, rec["id"]
        if "consent_wall" in pats:
            assert "pay" not in present, rec["id"]
        if pats & {"pay_or_consent", "consent_wall"}:
            assert ("settings" in present) == ("no_reject" in pats), rec["id"]
        assert any(pre_ticked(el) for el in visible) == ("preselected" in pats), rec["id"]
        li = generator.L[rec["lang"]]["li"]
        if any((el.get("aria-label") or "").endswith(li) for el in visible):
            assert "misleading_wording" in pats, rec["id"]


def test_generation_is_deterministic(generator, records):
    assert generator.build_records() == records


def test_committed_file_matches_generator(generator, records, tmp_path):
    assert_committed_file_matches(generator, NAME, records, tmp_path, MAX_GZ_BYTES)


def sample(records) -> list:
    """One consent page per CMP and configuration, the language rotating."""
    by_key = {}
    for rec in records:
        if rec["consent_screen"]:
            by_key.setdefault((rec["group"], rec["id"].rsplit("-", 1)[1]), []).append(rec)
    return [recs[i % len(recs)] for i, (_, recs) in enumerate(sorted(by_key.items()))]


def squash(text: str) -> str:
    return "".join(text.split())


_VISUALLY_HIDDEN = ("screen-reader-text", "sr-only", "visually-hidden")


def shown_text(el) -> str:
    """An element's text without its visually hidden parts (screen-reader-only labels)."""
    copy = deepcopy(el)
    for hidden in copy.xpath(".//*[@class]"):
        if any(name in hidden.get("class").split() for name in _VISUALLY_HIDDEN):
            hidden.drop_tree()
    return copy.text_content()


def test_static_converter_finds_screen_elements_and_closed_layers(records):
    for rec in sample(records):
        snap = snapshot_from_html(rec["html"], rec["url"], captured_at="2026-01-01T00:00:00Z")
        assert snap is not None, rec["id"]
        roots, visible, closed = screen_of(rec["html"])
        heads = [h for h in roots[0].xpath(".//h1|.//h2|.//*[@role='heading']") if not closed_layer(h)]
        if heads:
            assert squash(heads[0].text_content()) in squash(snap["dialog"]["text"]), rec["id"]
        elements = snap["elements"]
        for el in visible:
            text = squash(shown_text(el)) if el.tag != "input" else ""
            toggle = el.tag == "input" or el.get("role") in ("switch", "checkbox", "radio")
            found = [e for e in elements if e.get("label_role") == el.get("data-cl-role") and e["visible"]
                     and (squash(e["text"]) == text or e["name"] == (el.get("aria-label") or "\0") or (toggle and not e["text"]))]
            assert found, (rec["id"], el.get("data-cl-role"), text[:40])
        shown = {(e.get("label_role"), squash(e["text"])) for e in elements if e["visible"]}
        for el in closed:
            text = squash(el.text_content())
            if not text or (el.get("data-cl-role"), text) in {(v.get("data-cl-role"), squash(v.text_content())) for v in visible}:
                continue
            assert (el.get("data-cl-role"), text) not in shown, (rec["id"], "closed layer measured visible", text[:40])
        assert sum(e["visible"] for e in elements) == len(visible), rec["id"]
