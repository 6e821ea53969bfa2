"""Recording a capture (files first, then one serialised chain append) and reading cases back.

Order of a capture, so that an acknowledged capture is never lost and a crash
leaves nothing half-listed:
  1. every file is written durably under its hash (files.py);
  2. one write transaction locks the auditor's row, finds or creates the case,
     appends the chain entry (position = case length + 1, previous hash =
     case head), signs it, inserts the row and moves the case head;
  3. the commit returns (SQLite synchronous=FULL / PostgreSQL fsync), and only
     then does the API answer 201.
A crash before 3 leaves at most unreferenced files, which nothing lists.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, timedelta
from urllib.parse import urlsplit

from sqlalchemy import and_, func, insert, select, update

from ..accounts import utc_now
from .chain import GENESIS, build_entry, canonical_json, entry_hash
from .store import EvidenceStore
from .tables import auditors, captures, cases


def site_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    return host[4:] if host.startswith("www.") else host


def _image_record(info) -> dict:
    return {"type": info.type, "width": info.width, "height": info.height, "size": info.size}


def record_capture(store: EvidenceStore, auditor: dict, case_name: str, capture: dict, *,
                   screenshot: tuple, full_page: tuple | None, snapshot, verdict) -> dict:
    """Store one capture. `capture`: url, captured_at, browser, extension_version,
    model_version, patterns; `screenshot`/`full_page`: (bytes, ImageInfo)."""
    snapshot_bytes, verdict_bytes = canonical_json(snapshot), canonical_json(verdict)
    files = {
        "screenshot": {"sha256": store.files.put(screenshot[0]), **_image_record(screenshot[1])},
        "full_page": ({"sha256": store.files.put(full_page[0]), **_image_record(full_page[1])}
                      if full_page else None),
        "snapshot": {"sha256": store.files.put(snapshot_bytes), "type": "application/json",
                     "size": len(snapshot_bytes)},
        "verdict": {"sha256": store.files.put(verdict_bytes), "type": "application/json", "size": len(verdict_bytes)},
    }
    signer = store.signer
    with store.db.write() as connection:
        # The auditor's row lock serialises this auditor's appends on PostgreSQL
        # (SQLite's BEGIN IMMEDIATE already serialises every writer).
        connection.execute(select(auditors.c.id).where(auditors.c.id == auditor["id"]).with_for_update())
        case = connection.execute(select(cases).where(and_(cases.c.auditor_id == auditor["id"],
                                                          cases.c.name == case_name)).with_for_update()).first()
        if case is None:
            case_id = secrets.token_hex(8)
            connection.execute(insert(cases).values(id=case_id, auditor_id=auditor["id"], name=case_name,
                                                    created_at=utc_now(), length=0, head_hash=None))
            length, head = 0, None
        else:
            case_id, length, head = case.id, case.length, case.head_hash
        received_at = utc_now()
        seq, prev_hash = length + 1, head or GENESIS
        entry = build_entry(case_id=case_id, case_name=case_name, auditor=auditor["name"], seq=seq,
                            prev_hash=prev_hash, capture={**capture, "received_at": received_at}, files=files)
        digest = entry_hash(entry)
        signature = signer.sign(digest)
        connection.execute(insert(captures).values(
            case_id=case_id, seq=seq, url=capture["url"], site=site_of(capture["url"]),
            captured_at=capture["captured_at"], received_at=received_at, browser=capture["browser"],
            extension_version=capture["extension_version"], model_version=capture["model_version"],
            patterns="," + ",".join(capture["patterns"]) + ",",
            screenshot_sha256=files["screenshot"]["sha256"], screenshot_type=files["screenshot"]["type"],
            screenshot_width=files["screenshot"]["width"], screenshot_height=files["screenshot"]["height"],
            full_page_sha256=files["full_page"]["sha256"] if full_page else None,
            full_page_type=files["full_page"]["type"] if full_page else None,
            snapshot_sha256=files["snapshot"]["sha256"], verdict_sha256=files["verdict"]["sha256"],
            prev_hash=prev_hash, entry=canonical_json(entry).decode("utf-8"), entry_hash=digest,
            key_id=signer.key_id, signature=signature))
        moved = connection.execute(update(cases).where(and_(cases.c.id == case_id, cases.c.length == length))
                                   .values(length=seq, head_hash=digest))
        if moved.rowcount != 1:  # cannot happen under the lock; refuse rather than fork the chain
            raise RuntimeError("the case changed during the append")
    return {"case": {"id": case_id, "name": case_name}, "seq": seq, "received_at": received_at,
            "entry_hash": digest, "prev_hash": prev_hash, "signature": signature, "key_id": signer.key_id}


# -- reading ----------------------------------------------------------------

def _case_summary(row) -> dict:
    return {"id": row.id, "name": row.name, "created_at": row.created_at, "captures": row.length,
            "head_hash": row.head_hash, "last_capture_at": getattr(row, "last_capture_at", None)}


def list_cases(store: EvidenceStore, auditor_id: int) -> list[dict]:
    if not store.ready():
        return []
    last = func.max(captures.c.received_at).label("last_capture_at")
    query = (select(cases, last).outerjoin(captures, captures.c.case_id == cases.c.id)
             .where(cases.c.auditor_id == auditor_id).group_by(cases.c.id).order_by(cases.c.name))
    with store.db.read() as connection:
        return [_case_summary(row) for row in connection.execute(query)]


def get_case(store: EvidenceStore, auditor_id: int | None, case_id: str) -> dict | None:
    """The case if it exists and (unless auditor_id is None) belongs to this auditor."""
    if not store.ready() or not isinstance(case_id, str) or len(case_id) > 32:
        return None
    query = select(cases).where(cases.c.id == case_id)
    if auditor_id is not None:
        query = query.where(cases.c.auditor_id == auditor_id)
    with store.db.read() as connection:
        row = connection.execute(query).first()
    return {**_case_summary(row), "auditor_id": row.auditor_id} if row else None


def capture_view(row) -> dict:
    """A capture row as the API and the pages show it."""
    data = dict(row._mapping)
    data["patterns"] = [p for p in data["patterns"].split(",") if p]
    data["entry"] = json.loads(data["entry"])
    return data


def list_captures(store: EvidenceStore, auditor_id: int, *, case_id: str | None = None, pattern: str | None = None,
                  site: str | None = None, date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    if not store.ready():
        return []
    query = (select(captures, cases.c.name.label("case_name")).join(cases, cases.c.id == captures.c.case_id)
             .where(cases.c.auditor_id == auditor_id))
    if case_id:
        query = query.where(captures.c.case_id == case_id)
    if pattern:
        query = query.where(captures.c.patterns.contains(f",{pattern},", autoescape=True))
    if site:
        query = query.where(captures.c.site.contains(site.lower(), autoescape=True))
    if date_from:
        query = query.where(captures.c.captured_at >= date_from.isoformat())
    if date_to:
        query = query.where(captures.c.captured_at < (date_to + timedelta(days=1)).isoformat())
    query = query.order_by(captures.c.case_id, captures.c.seq)
    with store.db.read() as connection:
        return [capture_view(row) for row in connection.execute(query)]


def chain_of(store: EvidenceStore, case_id: str) -> list[dict]:
    """Every capture of a case in chain order (no ownership check: callers did it)."""
    with store.db.read() as connection:
        rows = connection.execute(select(captures).where(captures.c.case_id == case_id).order_by(captures.c.seq))
        return [capture_view(row) for row in rows]


def get_capture(store: EvidenceStore, case_id: str, seq: int) -> dict | None:
    with store.db.read() as connection:
        row = connection.execute(select(captures).where(and_(captures.c.case_id == case_id,
                                                             captures.c.seq == seq))).first()
    return capture_view(row) if row else None


def facets(captures_list: list[dict]) -> dict:
    """The patterns and sites present, for the gallery's filter menus."""
    return {"patterns": sorted({p for c in captures_list for p in c["patterns"]}),
            "sites": sorted({c["site"] for c in captures_list if c["site"]})}
