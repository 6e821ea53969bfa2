"""What the tests of the screen generators share (tests/test_training_*.py).

Loading a generator by file path, the checks every screen record must pass
(training_data/FORMAT.md, labels from the taxonomy, ids unique over all files),
that a committed .jsonl.gz file is exactly what its generator writes, and what
counts as an interactive element of a page.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from consentlens.taxonomy import EXCLUSIVE_PAIRS, LANGUAGES, PATTERNS

ROOT = Path(__file__).resolve().parents[1]
GENERATE = ROOT / "training_data" / "generate"
SCREENS = ROOT / "training_data" / "screens"

RECORD_FIELDS = {"id", "group", "family", "lang", "url", "html", "snapshot", "consent_screen",
                 "patterns", "source", "license", "provenance"}
INTERACTIVE_ROLES = {"button", "link", "checkbox", "switch", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "tab", "radio", "textbox", "searchbox", "combobox", "option",
                     "slider", "spinbutton"}


def load_generator(name: str):
    """training_data/generate/<name>.py as a module, loaded by path as the generators are not a package."""
    spec = importlib.util.spec_from_file_location(f"generate_{name}", GENERATE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def gz_bytes(records: Iterable[dict]) -> bytes:
    """The file format written out here once more, independently of the generators: gzip mtime 0, sorted keys."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for rec in records:
            gz.write((json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    return buf.getvalue()


def assert_committed_file_matches(generator, name: str, records: list[dict], tmp_path: Path, max_bytes: int) -> None:
    """The generator writes the format above, small enough, and byte for byte the committed screens/<name>.jsonl.gz."""
    out = tmp_path / f"{name}.jsonl.gz"
    generator.write_jsonl_gz(records, out)
    data = out.read_bytes()
    assert data == gz_bytes(records)
    assert len(data) < max_bytes
    committed = SCREENS / f"{name}.jsonl.gz"
    assert committed.exists(), f"run training_data/generate/{name}.py"
    assert committed.read_bytes() == data, f"{committed.name} is stale: rerun training_data/generate/{name}.py"


def assert_record_fields(rec: dict, name: str, url_prefixes: tuple[str, ...] = ("https://",)) -> None:
    """Exactly the fields of FORMAT.md; the generator as family and source; a group, licence and provenance."""
    assert set(rec) == RECORD_FIELDS, rec["id"]
    assert rec["family"] == name and rec["source"] == f"training_data/generate/{name}.py", rec["id"]
    assert rec["group"] and rec["provenance"], rec["id"]
    assert rec["license"].startswith("GPL-3.0-or-later"), rec["id"]
    assert rec["lang"] in LANGUAGES, rec["id"]
    assert rec["url"].startswith(url_prefixes), rec["id"]
    assert rec["snapshot"] is None, rec["id"]


def assert_static_page(rec: dict, lang_within: int = 400) -> None:
    """A whole page with a doctype, in the record's language."""
    assert rec["html"].startswith("<!DOCTYPE html>"), rec["id"]
    assert f'lang="{rec["lang"]}"' in rec["html"][:lang_within], rec["id"]


def assert_labels_from_taxonomy(rec: dict) -> None:
    """Pattern ids of the taxonomy, each once, none without a consent screen, no pair it rules out."""
    pats = rec["patterns"]
    assert isinstance(rec["consent_screen"], bool), rec["id"]
    assert set(pats) <= set(PATTERNS), rec["id"]
    assert len(pats) == len(set(pats)), rec["id"]
    if not rec["consent_screen"]:
        assert pats == [], rec["id"]
    for a, b in EXCLUSIVE_PAIRS:
        assert not (a in pats and b in pats), rec["id"]


def assert_ids_unique_over_screen_files(ids: list[str], own_files: set[str]) -> None:
    """The ids are unique and clash with none in the other committed screen files."""
    assert len(ids) == len(set(ids))
    seen = set(ids)
    for path in SCREENS.glob("*.jsonl.gz"):
        if path.name in own_files:
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rid = json.loads(line)["id"]
                assert rid not in seen, f"{rid} from {path.name} clashes"


def is_control(el) -> bool:
    """A native control, a link with an href, or an element with an interactive ARIA role."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("button", "select", "textarea", "summary"):
        return True
    if tag == "a" and el.get("href") is not None:
        return True
    if tag == "input" and (el.get("type") or "text").lower() != "hidden":
        return True
    return (el.get("role") or "").strip() in INTERACTIVE_ROLES


def is_scripted(el) -> bool:
    return el.get("onclick") is not None or el.get("contenteditable") in ("", "true")


def is_focusable(el) -> bool:
    tabindex = (el.get("tabindex") or "").strip()
    return tabindex.lstrip("-").isdigit() and int(tabindex) >= 0


def is_interactive(el) -> bool:
    """A control, an element with a click handler or editable text, or one in the tab order."""
    return is_control(el) or is_scripted(el) or is_focusable(el)
