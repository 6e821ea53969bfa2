"""Importing screens into a project: files, captures from the auditors' store, URL lists.

What can come in (validated here, at the edge; one bad item is reported and
the others still come in):
  - snapshot JSON Lines (.jsonl, .ndjson, .jsonl.gz): per line a snapshot,
    {"snapshot": …}, a training_data record (training_data/FORMAT.md; static
    `html` is converted) or one of our exported records with its labels;
  - a single snapshot (.json), or Label Studio tasks (.json holding a list);
  - our CSV export (.csv);
  - saved pages (.html, .htm), converted by consentlens.snapshot.from_html;
  - URL lists (.txt, .urls: one URL per line, # comments), rendered in headless
    Chromium by consentlens.scan.scan_urls;
  - captures of an auditors' case, only if that auditor allowed it
    (`consentlens auditor share NAME`).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from sqlalchemy import select

from consentlens.snapshot.from_html import SnapshotError, snapshot_from_html
from consentlens.snapshot.schema import SchemaError, validate_snapshot

from ..evidence.tables import captures, cases
from .accounts import sharing_auditor_ids
from .formats import FormatError, from_csv, from_jsonl, from_labelstudio, incoming_from_record
from .labels import LabelError, import_annotation, normalise
from .projects import add_screens, get_screen
from .store import LabelStore

MAX_FILE_BYTES = 200_000_000
URL_SUFFIXES = {".txt", ".urls"}


class ImportError_(ValueError):
    """An input that cannot be imported at all (the message says why)."""


def read_items(name: str, data: bytes, *, scan=None) -> list[dict]:
    """Incoming items of one file, by its name and content."""
    lower = name.lower()
    if lower.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ImportError_(f"{name}: not a readable gzip file ({exc})") from None
        lower = lower[:-3]
    suffix = Path(lower).suffix
    if suffix in (".html", ".htm", ".xhtml"):
        return [_from_page(name, data)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportError_(f"{name}: not UTF-8 text") from None
    if suffix in URL_SUFFIXES:
        return scan_url_list(text, name, scan=scan)
    if suffix == ".csv":
        return from_csv(text, name)
    if suffix in (".jsonl", ".ndjson"):
        return from_jsonl(text, name)
    if suffix == ".json":
        stripped = text.lstrip()
        if stripped.startswith("["):
            return from_labelstudio(text, name)
        try:
            record = json.loads(text)
        except json.JSONDecodeError:
            return from_jsonl(text, name)  # JSON Lines under a .json name
        item = incoming_from_record(record, name)
        item.setdefault("source", name)
        return [item]
    raise ImportError_(f"{name}: unknown kind of file; use .jsonl, .json, .csv, .html or a URL list (.txt)")


def _from_page(name: str, data: bytes) -> dict:
    if b"\x00" in data[:4096]:
        raise ImportError_(f"{name}: binary data, not a saved HTML page")
    try:
        snapshot = snapshot_from_html(data, "")
    except SnapshotError as exc:
        raise ImportError_(f"{name}: {exc}") from None
    if snapshot is None:
        raise ImportError_(f"{name}: no consent dialog found in the page")
    return {"snapshot": snapshot, "source": name}


def read_path(path: Path, *, scan=None) -> list[dict]:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise ImportError_(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB")
    return read_items(path.name, path.read_bytes(), scan=scan)


def scan_url_list(text: str, name: str = "urls", *, scan=None) -> list[dict]:
    """Render each URL in headless Chromium (consentlens scan) and keep the screens found."""
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise ImportError_(f"{name}: {bad[0]!r} is not an http(s) URL")
    if scan is None:
        from consentlens.scan import scan_urls as scan
    items = []
    for result in scan(urls):
        if result.error:
            items.append({"error": f"{result.url}: {result.error}"})
        elif result.snapshot is None:
            items.append({"error": f"{result.url}: no consent dialog found"})
        else:
            items.append({"snapshot": result.snapshot, "source": result.url})
    return items


def capture_items(label_store: LabelStore, evidence_store, case_id: str) -> list[dict]:
    """The snapshots of an auditors' case, if its auditor allowed researchers to use them."""
    if not evidence_store.ready():
        raise ImportError_("there is no evidence store yet (no auditor has captured anything)")
    with evidence_store.db.read() as connection:
        case = connection.execute(select(cases).where(cases.c.id == case_id)).first()
        allowed = sharing_auditor_ids(connection)
        rows = connection.execute(select(captures).where(captures.c.case_id == case_id)
                                  .order_by(captures.c.seq)).all() if case else []
    if case is None:
        raise ImportError_(f"no case {case_id!r} in the evidence store")
    if case.auditor_id not in allowed:
        raise ImportError_(f"the auditor of case {case_id!r} has not allowed researchers to use their captures "
                           "(they can: `consentlens auditor share NAME`)")
    items = []
    for row in rows:
        try:
            snapshot = json.loads(evidence_store.files.read(row.snapshot_sha256))
        except (OSError, ValueError) as exc:
            items.append({"error": f"capture {case_id}/{row.seq}: snapshot unreadable ({exc})"})
            continue
        if snapshot is None:
            items.append({"error": f"capture {case_id}/{row.seq}: no dialog on that page"})
            continue
        items.append({"snapshot": snapshot, "source": f"capture:{case_id}/{row.seq}"})
    return items


def shared_cases(evidence_store) -> list[dict]:
    """Cases whose auditors allow research use (for the import page)."""
    if not evidence_store.ready():
        return []
    with evidence_store.db.read() as connection:
        allowed = sharing_auditor_ids(connection)
        rows = connection.execute(select(cases).order_by(cases.c.name)).all()
    return [{"id": r.id, "name": r.name, "captures": r.length} for r in rows if r.auditor_id in allowed]


def apply(store: LabelStore, project: dict, items: list[dict], *, analyzer=None) -> dict:
    """Store incoming items (screens, and any labels they carry); returns counts and per-item errors."""
    summary = {"added": 0, "duplicates": 0, "annotations": 0, "finals": 0, "errors": []}
    for item in items:
        where = item.get("source") or "item"
        if "error" in item:
            summary["errors"].append(item["error"])
            continue
        try:
            screen_item = _screen_item(item)
        except (ImportError_, SchemaError, SnapshotError) as exc:
            summary["errors"].append(f"{where}: {exc}")
            continue
        result = add_screens(store, project, [screen_item], analyzer=analyzer)
        summary["added"] += result["added"]
        summary["duplicates"] += result["duplicates"]
        screen = get_screen(store, project["id"], next(iter(result["ids"].values())))
        n_elements = len(screen["snapshot"].get("elements") or [])
        try:
            for annotation in item.get("annotations") or []:
                label = normalise(annotation, n_elements)
                answer = import_annotation(store, screen, annotation["annotator"], label,
                                           annotation.get("submitted_at") or "")
                summary["annotations"] += not answer["duplicate"]
            final = item.get("final")
            if final:
                label = normalise({**final, "skipped": False}, n_elements)
                answer = import_annotation(store, screen, final.get("decided_by") or "imported", label,
                                           final.get("decided_at") or "", kind="final",
                                           method=final.get("method") or "imported")
                summary["finals"] += not answer["duplicate"]
        except (LabelError, KeyError, ValueError) as exc:
            summary["errors"].append(f"{where}: labels not imported: {exc}")
    return summary


def _screen_item(item: dict) -> dict:
    snapshot = item.get("snapshot")
    if snapshot is None and item.get("html"):
        try:
            snapshot = snapshot_from_html(item["html"], item.get("url", ""))
        except SnapshotError as exc:
            raise ImportError_(str(exc)) from None
        if snapshot is None:
            raise ImportError_("no consent dialog found in the record's html")
    if not isinstance(snapshot, dict):
        raise ImportError_("no snapshot")
    validate_snapshot(snapshot)
    out = {"snapshot": snapshot, "source": item.get("source", ""), "reference": item.get("reference"),
           "site": item.get("site")}
    if "suggestion" in item:  # labels from our own export: keep the suggestion they had, even none
        out["suggestion"] = item["suggestion"]
    return out


def import_files(store: LabelStore, project: dict, paths, *, analyzer=None, scan=None) -> dict:
    summary = {"added": 0, "duplicates": 0, "annotations": 0, "finals": 0, "errors": []}
    for path in paths:
        try:
            items = read_path(Path(path), scan=scan)
        except (ImportError_, FormatError) as exc:
            summary["errors"].append(str(exc))
            continue
        part = apply(store, project, items, analyzer=analyzer)
        for key in ("added", "duplicates", "annotations", "finals"):
            summary[key] += part[key]
        summary["errors"] += part["errors"]
    return summary
