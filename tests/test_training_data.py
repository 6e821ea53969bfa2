"""Checks of the data the models learn from: labels, groups, licences."""

import gzip
import hashlib
import json
from collections import defaultdict

import pytest

from consentlens.paths import TRAINING_DATA
from consentlens.taxonomy import PATTERNS, ROLES

SCREEN_FILES = sorted((TRAINING_DATA / "screens").glob("*.jsonl.gz"))


@pytest.fixture(scope="module")
def records():
    out = []
    for path in SCREEN_FILES:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            out.extend(json.loads(line) for line in handle if line.strip())
    return out


def test_every_screen_file_is_there():
    names = {p.name for p in SCREEN_FILES}
    assert {"banners.jsonl.gz", "meta.jsonl.gz", "walls.jsonl.gz", "negatives.jsonl.gz",
            "cmp_rendered.jsonl.gz", "cmp_markup.jsonl.gz", "settings_pages.jsonl.gz"} <= names


def test_labels_only_from_the_taxonomy(records):
    for r in records:
        assert set(r["patterns"]) <= set(PATTERNS), r["id"]
        assert not (set(r["patterns"]) and not r["consent_screen"]), r["id"]
        assert not {"no_reject", "buried_opt_out"} <= set(r["patterns"]), r["id"]
        if r.get("snapshot"):
            for e in r["snapshot"]["elements"]:
                assert e.get("label_role", "other") in ROLES


def test_ids_unique_and_no_page_in_two_groups(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    groups_of = defaultdict(set)
    for r in records:
        content = r.get("html") or json.dumps(r.get("snapshot"), sort_keys=True)
        groups_of[hashlib.sha256(content.encode()).hexdigest()].add(r["group"])
    assert all(len(g) == 1 for g in groups_of.values())


def test_every_record_has_provenance_and_licence(records):
    for r in records:
        assert r.get("license") and r.get("source") and r.get("group"), r["id"]
        assert r["lang"] in ("en", "de", "nl", "fr"), r["id"]


def test_balanced_over_the_four_languages(records):
    counts = defaultdict(int)
    for r in records:
        counts[r["lang"]] += 1
    assert min(counts.values()) > 0.8 * max(counts.values())


def test_external_data_keeps_its_licences():
    licences = TRAINING_DATA / "external" / "licenses"
    sources = [p for p in licences.iterdir() if p.is_dir()]
    assert len(sources) >= 14
    for source in sources:
        assert any(f.name.startswith("LICENSE") for f in source.iterdir()), source
        assert (source / "PROVENANCE.txt").exists(), source
    import csv
    import io
    with gzip.open(TRAINING_DATA / "external" / "element_roles.csv.gz", "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(io.StringIO(handle.read())))
    assert rows and all(row["license"] for row in rows)
    assert {row["role"] for row in rows} <= set(ROLES)


def test_own_role_lexicon_is_labelled_in_the_taxonomy_and_reaches_the_role_model():
    import csv

    from consentlens.model.data import load_element_texts

    with open(TRAINING_DATA / "lexicon" / "roles.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["role"] in ROLES and r["text"].strip() for r in rows)
    by_role_lang = defaultdict(int)
    for r in rows:
        by_role_lang[(r["role"], r["lang"])] += 1
    for role in ("close", "object"):
        for lang in ("en", "de", "nl", "fr"):
            assert by_role_lang[(role, lang)] >= 5, (role, lang)
    own = [t for t in load_element_texts() if t.source == "consentlens-lexicon"]
    assert len(own) == len(rows)
