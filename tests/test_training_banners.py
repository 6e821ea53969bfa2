"""Fast checks of the synthetic consent-banner corpus (training_data/generate/banners.py)."""
import gzip
import json
import re

import lxml.html
import pytest

from consentlens.taxonomy import LANGUAGES, PATTERNS, ROLES

from training_helpers import SCREENS, assert_labels_from_taxonomy, assert_record_fields, load_generator

CORPUS = SCREENS / "banners.jsonl.gz"

INTERACTIVE_ROLES = {"button", "link", "checkbox", "switch", "menuitem", "tab"}
KNOWN_SOURCES = {"MPL-2.0 duckduckgo_autoconsent", "BSD-3-Clause klaro_cmp", "MIT tarteaucitron_cmp", "MIT consent_o_matic"}
WALLS = {"pay_or_consent", "consent_wall"}


@pytest.fixture(scope="module")
def gen():
    return load_generator("banners")


@pytest.fixture(scope="module")
def sample(gen):
    return gen.generate(seed=11, scale=0.12)


def _interactive(el):
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("button", "select", "summary", "textarea"):
        return True
    if tag == "a" and el.get("href") is not None:
        return True
    if tag == "input" and el.get("type", "text") != "hidden":
        return True
    return el.get("role") in INTERACTIVE_ROLES or el.get("onclick") is not None


def _parse(record):
    doc = lxml.html.document_fromstring(record["html"])
    dialogs = doc.xpath("//*[@data-cl-dialog]")
    assert len(dialogs) == 1, record["id"]
    return doc, dialogs[0]


def _first_layer(dialog):
    """Elements of the dialog outside any hidden second layer (marked data-cl-layer="2")."""
    return [el for el in dialog.iter() if isinstance(el.tag, str) and not el.xpath("ancestor-or-self::*[@data-cl-layer='2']")]


def test_labels_come_from_the_taxonomy(sample):
    for r in sample:
        assert_labels_from_taxonomy(r)
        assert r["patterns"] == sorted(r["patterns"])
        assert not {"no_reject", "buried_opt_out"} <= set(r["patterns"]), r["id"]
        assert r["consent_screen"] is True


def test_record_fields_licence_provenance_group(sample):
    ids = set()
    for r in sample:
        assert_record_fields(r, "banners", url_prefixes=("https://www.",))
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["group"].startswith("banner-")
        assert f'<html lang="{r["lang"]}"' in r["html"]
        for names in re.findall(r"\(([^)]*)\)", r["license"]):
            assert set(names.split(", ")) <= KNOWN_SOURCES, r["license"]


def test_every_dialog_control_has_a_role_and_nothing_outside_does(sample):
    for r in sample:
        doc, dialog = _parse(r)
        inside = set(dialog.iter())
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            role = el.get("data-cl-role")
            if el in inside:
                if _interactive(el):
                    assert role in ROLES, (r["id"], lxml.html.tostring(el)[:200])
                if role is not None:
                    assert role in ROLES
            else:
                assert role is None, (r["id"], lxml.html.tostring(el)[:200])


def test_first_layer_matches_the_labels(sample):
    for r in sample:
        _, dialog = _parse(r)
        pats = set(r["patterns"])
        roles = [el.get("data-cl-role") for el in _first_layer(dialog) if el.get("data-cl-role")]
        assert "accept" in roles, r["id"]
        refusals = [x for x in roles if x in ("reject", "object")]
        if "no_reject" in pats or pats & WALLS:
            assert not refusals, r["id"]
        else:
            assert refusals, r["id"]
        if "pay_or_consent" in pats:
            assert "pay" in roles


def test_preselected_means_a_non_essential_toggle_is_on(sample):
    def on(el):
        checked = el.get("checked") is not None or el.get("aria-checked") == "true"
        locked = el.get("disabled") is not None or el.get("aria-disabled") == "true"
        return checked and not locked

    for r in sample:
        _, dialog = _parse(r)
        first_on = [el for el in _first_layer(dialog) if on(el)]
        any_on = [el for el in dialog.iter() if isinstance(el.tag, str) and on(el)]
        if "preselected" in r["patterns"]:
            assert first_on, r["id"]
        else:
            assert not any_on, r["id"]


def test_walls_lock_or_cover_the_page(sample):
    for r in sample:
        if "consent_wall" in r["patterns"]:
            assert ("overflow:hidden" in r["html"].replace(" ", "")) or "backdrop" in r["html"] or "overlay" in r["html"] or "dim" in r["html"]


def test_generation_is_deterministic(gen, tmp_path):
    a = gen.generate(seed=5, scale=0.04)
    b = gen.generate(seed=5, scale=0.04)
    assert a == b
    pa, pb = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    gen.write_jsonl_gz(a, pa)
    gen.write_jsonl_gz(b, pb)
    assert pa.read_bytes() == pb.read_bytes()
    c = gen.generate(seed=6, scale=0.04)
    assert [x["html"] for x in a] != [x["html"] for x in c]


def test_sample_covers_families_languages_and_patterns(sample):
    assert len({r["group"] for r in sample}) >= 16
    assert {r["lang"] for r in sample} == set(LANGUAGES)
    seen = {p for r in sample for p in r["patterns"]}
    assert seen == set(PATTERNS)


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not generated")
def test_written_corpus_is_consistent():
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    assert 1500 <= len(records) <= 2500
    assert len({r["id"] for r in records}) == len(records)
    assert all(set(r["patterns"]) <= set(PATTERNS) for r in records)
    assert CORPUS.stat().st_size < 6_500_000
