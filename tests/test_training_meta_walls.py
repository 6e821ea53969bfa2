"""Checks on the generated Meta, wall and hard-negative screens and the README examples.

Builds the records in memory (a few seconds) and checks labels against the
taxonomy and its labelling rules, role annotations in the markup, determinism,
and that the committed .jsonl.gz files are exactly what the generators write.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from consentlens.taxonomy import EXCLUSIVE_PAIRS, LANGUAGES, PATTERNS, ROLES

ROOT = Path(__file__).resolve().parents[1]
GENERATE = ROOT / "training_data" / "generate"
SCREENS = ROOT / "training_data" / "screens"
EXAMPLES = ROOT / "examples"
GENERATORS = ("meta", "walls", "negatives")
MAX_GZ_BYTES = 4 * 1024 * 1024

INTERACTIVE_ROLES = {"button", "link", "checkbox", "switch", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "tab", "radio", "textbox", "searchbox", "combobox", "option",
                     "slider", "spinbutton"}
REQUIRED_FIELDS = {"id", "group", "family", "lang", "url", "html", "snapshot", "consent_screen",
                   "patterns", "source", "license", "provenance"}


def load_generator(name: str):
    spec = importlib.util.spec_from_file_location(f"generate_{name}", GENERATE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generators():
    return {name: load_generator(name) for name in GENERATORS}


@pytest.fixture(scope="module")
def records(generators):
    return {name: mod.build_records() for name, mod in generators.items()}


def all_records(records):
    for name in GENERATORS:
        yield from records[name]


def is_interactive(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("button", "select", "textarea", "summary"):
        return True
    if tag == "a" and el.get("href") is not None:
        return True
    if tag == "input" and (el.get("type") or "text").lower() != "hidden":
        return True
    if (el.get("role") or "").strip() in INTERACTIVE_ROLES:
        return True
    if el.get("onclick") is not None or el.get("contenteditable") in ("", "true"):
        return True
    tabindex = (el.get("tabindex") or "").strip()
    return tabindex.lstrip("-").isdigit() and int(tabindex) >= 0


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
    for rec in all_records(records):
        assert REQUIRED_FIELDS <= set(rec), rec["id"]
        assert rec["license"] and rec["provenance"] and rec["group"], rec["id"]
        assert rec["source"].startswith("training_data/generate/"), rec["id"]
        assert rec["snapshot"] is None and rec["html"].startswith("<!DOCTYPE html>"), rec["id"]
        assert rec["lang"] in LANGUAGES, rec["id"]
        assert f'lang="{rec["lang"]}"' in rec["html"][:400], rec["id"]
        assert rec["url"].startswith("https://"), rec["id"]


def test_labels_come_from_the_taxonomy(records):
    for rec in all_records(records):
        pats = rec["patterns"]
        assert isinstance(rec["consent_screen"], bool), rec["id"]
        assert set(pats) <= set(PATTERNS), rec["id"]
        assert len(pats) == len(set(pats)), rec["id"]
        if not rec["consent_screen"]:
            assert pats == [], rec["id"]
        for a, b in EXCLUSIVE_PAIRS:
            assert not (a in pats and b in pats), rec["id"]


def test_ids_unique_over_all_screen_files(records):
    ids = [rec["id"] for rec in all_records(records)]
    assert len(ids) == len(set(ids))
    own = {f"{name}.jsonl.gz" for name in GENERATORS}
    others = [p for p in SCREENS.glob("*.jsonl.gz") if p.name not in own]
    seen = set(ids)
    for path in others:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rid = json.loads(line)["id"]
                assert rid not in seen, f"{rid} from {path.name} clashes"


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
        if rec["consent_screen"] and not pats:
            assert {"accept", "reject"} <= present, rec["id"]


def test_groups_per_file(records):
    groups = {name: {r["group"] for r in records[name]} for name in GENERATORS}
    assert len(groups["walls"]) >= 8
    assert len(groups["negatives"]) >= 8
    assert {"meta-poc-2023", "meta-poc-2024-lpa", "meta-blocking", "meta-ai-notice",
            "meta-cookie-fair", "meta-feed", "meta-ads-settings"} <= groups["meta"]


def test_generation_is_deterministic(generators, records):
    small = generators["meta"].build_records(per_cell=4)
    assert small == generators["meta"].build_records(per_cell=4)
    for name in ("walls", "negatives"):
        assert generators[name].build_records() == records[name]


def gz_bytes(module, recs) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for rec in recs:
            gz.write((json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    return buf.getvalue()


@pytest.mark.parametrize("name", GENERATORS)
def test_committed_file_matches_generator(name, generators, records, tmp_path):
    module = generators[name]
    out = tmp_path / f"{name}.jsonl.gz"
    module.write_jsonl_gz(records[name], out)
    data = out.read_bytes()
    assert data == gz_bytes(module, records[name])
    assert len(data) < MAX_GZ_BYTES
    committed = SCREENS / f"{name}.jsonl.gz"
    assert committed.exists(), f"run training_data/generate/{name}.py"
    assert committed.read_bytes() == data, f"{committed.name} is stale: rerun training_data/generate/{name}.py"


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
