"""Checks on the generated Meta, wall, hard-negative and data-use-notice screens and the README examples.

Builds the records in memory (a few seconds) and checks labels against the
taxonomy and its labelling rules, role annotations in the markup, determinism,
and that the committed .jsonl.gz files are exactly what the generators write.
"""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from consentlens.taxonomy import PATTERNS, ROLES

from training_helpers import (ROOT, assert_committed_file_matches, assert_ids_unique_over_screen_files,
                              assert_labels_from_taxonomy, assert_record_fields, assert_static_page, is_interactive,
                              load_generator)

EXAMPLES = ROOT / "examples"
GENERATORS = ("meta", "walls", "negatives", "notices")
MAX_GZ_BYTES = 4 * 1024 * 1024


@pytest.fixture(scope="module")
def generators():
    return {name: load_generator(name) for name in GENERATORS}


@pytest.fixture(scope="module")
def records(generators):
    return {name: mod.build_records() for name, mod in generators.items()}


def all_records(records):
    for name in GENERATORS:
        yield from records[name]


def dialog_roles(page: str) -> tuple[list, list[str]]:
    """(dialog roots, roles of visible-by-markup interactive elements in them).

    Raises AssertionError for an interactive element without data-cl-role."""
    doc = lxml_html.document_fromstring(page)
    roots = doc.xpath("//*[@data-cl-dialog]")
    roles = []
    for root in roots:
        for el in root.iter():
            if el is root or not is_interactive(el):
                continue
            role = el.get("data-cl-role")
            assert role, f"interactive <{el.tag}> without data-cl-role: {lxml_html.tostring(el)[:160]!r}"
            assert role in ROLES, f"unknown role {role!r}"
            hidden_layer = any(a.get("data-cl-layer") == "2" for a in el.iterancestors())
            if not hidden_layer:
                roles.append(role)
    return roots, roles


def test_required_fields_and_licence(records):
    for name in GENERATORS:
        for rec in records[name]:
            assert_record_fields(rec, name)
            assert_static_page(rec)


def test_labels_come_from_the_taxonomy(records):
    for rec in all_records(records):
        assert_labels_from_taxonomy(rec)


def test_ids_unique_over_all_screen_files(records):
    ids = [rec["id"] for rec in all_records(records)]
    assert_ids_unique_over_screen_files(ids, {f"{name}.jsonl.gz" for name in GENERATORS})


def test_dialog_elements_carry_roles_and_labels_match_roles(records):
    for rec in all_records(records):
        roots, roles = dialog_roles(rec["html"])
        pats = set(rec["patterns"])
        if rec["consent_screen"]:
            assert len(roots) == 1, rec["id"]
        present = set(roles)
        if "pay_or_consent" in pats:
            assert {"pay", "accept"} <= present and "reject" not in present, rec["id"]
        if "consent_wall" in pats:
            assert "accept" in present and not present & {"pay", "reject"}, rec["id"]
        if "no_reject" in pats:
            assert "settings" in present and "reject" not in present, rec["id"]
        elif pats & {"pay_or_consent", "consent_wall"}:
            assert "settings" not in present, rec["id"]
        if "buried_opt_out" in pats:
            assert present & {"reject", "object"}, rec["id"]
        if rec["consent_screen"] and not pats and rec["family"] == "notices":
            # a fair notice: an objection as easy to find as the button that dismisses it
            assert {"object", "close"} <= present, rec["id"]
        elif rec["consent_screen"] and not pats:
            assert {"accept", "reject"} <= present, rec["id"]


def test_groups_per_file(records):
    groups = {name: {r["group"] for r in records[name]} for name in GENERATORS}
    assert len(groups["walls"]) >= 8
    assert len(groups["negatives"]) >= 8
    assert groups["notices"] == {"notice-overlay", "notice-inline", "notice-help-page"}
    assert {"meta-poc-2023", "meta-poc-2024-lpa", "meta-blocking", "meta-ai-notice",
            "meta-cookie-fair", "meta-feed", "meta-ads-settings"} <= groups["meta"]


def test_generation_is_deterministic(generators, records):
    small = generators["meta"].build_records(per_cell=4)
    assert small == generators["meta"].build_records(per_cell=4)
    for name in ("walls", "negatives", "notices"):
        assert generators[name].build_records() == records[name]


@pytest.mark.parametrize("name", GENERATORS)
def test_committed_file_matches_generator(name, generators, records, tmp_path):
    assert_committed_file_matches(generators[name], name, records[name], tmp_path, MAX_GZ_BYTES)


def test_examples_expected_covers_every_file():
    expected = json.loads((EXAMPLES / "EXPECTED.json").read_text(encoding="utf-8"))
    files = {p.name for p in EXAMPLES.glob("*.html")}
    assert set(expected) == files
    for name, verdict in expected.items():
        assert set(verdict) == {"consent_screen", "patterns"}, name
        assert set(verdict["patterns"]) <= set(PATTERNS), name
        if not verdict["consent_screen"]:
            assert verdict["patterns"] == [], name
        page = (EXAMPLES / name).read_text(encoding="utf-8")
        roots, _ = dialog_roles(page)
        assert len(roots) == (1 if verdict["consent_screen"] else 0), name
