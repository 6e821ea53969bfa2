"""Projects, their screens and each annotator's queue.

A screen is stored once per project, keyed by the SHA-256 of its snapshot's
canonical JSON, so importing the same file twice adds nothing. The queue of an
annotator holds the screens they have not labelled or skipped, that still
need annotators (fewer than the project's `annotators_per_screen`) and have
no final label, ordered by the model's uncertainty (most uncertain first) or
randomly (a seeded hash, so the order is stable and reproducible).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from sqlalchemy import func, insert, select, update

from consentlens import vocabulary as vocab

from ..accounts import utc_now
from ..evidence.captures import site_of
from ..evidence.chain import canonical_json
from ..evidence.names import check_name
from .store import LabelStore
from .tables import annotations, finals, projects, screens

QUEUE_ORDERS = ("uncertainty", "random")


class ProjectError(ValueError):
    """A project request that cannot be done; the message says why."""


def snapshot_uid(snapshot: dict) -> str:
    """The identity of a screen in a project: what it shows, not when it was taken (a saved
    page converted twice, seconds apart, is one screen to label)."""
    return hashlib.sha256(canonical_json({k: v for k, v in snapshot.items() if k != "captured_at"})).hexdigest()


def random_key(seed: int, uid: str) -> str:
    return hashlib.sha256(f"{seed}:{uid}".encode()).hexdigest()


def create_project(store: LabelStore, name: str, *, description: str = "", queue_order: str = "uncertainty",
                   seed: int = 42, annotators_per_screen: int = 2) -> dict:
    name = check_name(name, "project name")
    if queue_order not in QUEUE_ORDERS:
        raise ProjectError(f"queue order must be one of {', '.join(QUEUE_ORDERS)}")
    if not 1 <= int(annotators_per_screen) <= 20:
        raise ProjectError("annotators per screen must be between 1 and 20")
    store.ready(create=True)
    with store.db.write() as connection:
        if connection.execute(select(projects.c.id).where(projects.c.name == name)).first():
            raise ProjectError(f"a project named {name!r} exists already")
        values = {"name": name, "description": description[:2000], "queue_order": queue_order, "seed": int(seed),
                  "annotators_per_screen": int(annotators_per_screen), "created_at": utc_now()}
        project_id = connection.execute(insert(projects).values(**values)).inserted_primary_key[0]
    return {"id": project_id, **values}


def set_queue_order(store: LabelStore, project_id: int, queue_order: str) -> None:
    if queue_order not in QUEUE_ORDERS:
        raise ProjectError(f"queue order must be one of {', '.join(QUEUE_ORDERS)}")
    with store.db.write() as connection:
        connection.execute(update(projects).where(projects.c.id == project_id).values(queue_order=queue_order))


def get_project(store: LabelStore, name_or_id) -> dict | None:
    if not store.ready():
        return None
    column = projects.c.id if isinstance(name_or_id, int) else projects.c.name
    with store.db.read() as connection:
        row = connection.execute(select(projects).where(column == name_or_id)).first()
    return dict(row._mapping) if row else None


def list_projects(store: LabelStore) -> list[dict]:
    if not store.ready():
        return []
    with store.db.read() as connection:
        rows = [dict(r._mapping) for r in connection.execute(select(projects).order_by(projects.c.name))]
        counts = dict(connection.execute(select(screens.c.project_id, func.count())
                                         .group_by(screens.c.project_id)).all())
        done = dict(connection.execute(select(screens.c.project_id, func.count())
                                       .join(finals, finals.c.screen_id == screens.c.id)
                                       .group_by(screens.c.project_id)).all())
    for row in rows:
        row["screens"] = counts.get(row["id"], 0)
        row["final"] = done.get(row["id"], 0)
    return rows


def add_screens(store: LabelStore, project: dict, items, *, analyzer=None) -> dict:
    """Store screens; items are dicts with `snapshot` and optional `source`, `reference`, `suggestion`.

    Returns {"added", "duplicates", "ids": {uid: screen id}}. Each screen is its own
    short transaction, so a long import never holds the write lock for long.
    """
    from .suggestions import suggest, uncertainty

    added = duplicates = 0
    ids = {}
    for item in items:
        snapshot = item["snapshot"]
        uid = snapshot_uid(snapshot)
        with store.db.read() as connection:
            existing = connection.execute(select(screens.c.id).where(
                (screens.c.project_id == project["id"]) & (screens.c.uid == uid))).first()
        if existing is not None:
            duplicates += 1
            ids[uid] = existing.id
            continue
        suggestion = item.get("suggestion", "compute")
        if suggestion == "compute":
            suggestion = suggest(analyzer, snapshot)
        url = str(snapshot.get("url") or "")
        values = {
            "project_id": project["id"], "uid": uid, "source": str(item.get("source") or "")[:500],
            "site": (item.get("site") or site_of(url) or "unknown")[:255],
            "lang": (vocab.primary_lang(snapshot.get("lang") or "") or "")[:20], "url": url,
            "snapshot": json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            "suggestion": json.dumps(suggestion, ensure_ascii=False, sort_keys=True) if suggestion else None,
            "uncertainty": uncertainty(suggestion), "random_key": random_key(project["seed"], uid),
            "reference": json.dumps(item["reference"], ensure_ascii=False, sort_keys=True)
            if item.get("reference") else None,
            "imported_at": item.get("imported_at") or utc_now(),
        }
        with store.db.write() as connection:
            again = connection.execute(select(screens.c.id).where(
                (screens.c.project_id == project["id"]) & (screens.c.uid == uid))).first()
            if again is not None:  # another importer was faster
                duplicates += 1
                ids[uid] = again.id
                continue
            ids[uid] = connection.execute(insert(screens).values(**values)).inserted_primary_key[0]
            added += 1
    return {"added": added, "duplicates": duplicates, "ids": ids}


def screen_view(row) -> dict:
    data = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    data["snapshot"] = json.loads(data["snapshot"])
    data["suggestion"] = json.loads(data["suggestion"]) if data.get("suggestion") else None
    data["reference"] = json.loads(data["reference"]) if data.get("reference") else None
    return data


def get_screen(store: LabelStore, project_id: int, screen_id: int) -> dict | None:
    with store.db.read() as connection:
        row = connection.execute(select(screens).where((screens.c.id == screen_id)
                                                       & (screens.c.project_id == project_id))).first()
    return screen_view(row) if row else None


def project_screens(store: LabelStore, project_id: int) -> list[dict]:
    with store.db.read() as connection:
        rows = connection.execute(select(screens).where(screens.c.project_id == project_id).order_by(screens.c.id))
        return [screen_view(r) for r in rows]


def queue(store: LabelStore, project: dict, researcher_id: int, limit: int | None = None) -> list[int]:
    """Screen ids this annotator should label next, best first."""
    with store.db.read() as connection:
        rows = connection.execute(select(screens.c.id, screens.c.uncertainty, screens.c.random_key)
                                  .where(screens.c.project_id == project["id"])).all()
        mine = {r.screen_id for r in connection.execute(
            select(annotations.c.screen_id).join(screens, screens.c.id == annotations.c.screen_id)
            .where((screens.c.project_id == project["id"]) & (annotations.c.researcher_id == researcher_id)))}
        labelled = Counter(r.screen_id for r in connection.execute(
            select(annotations.c.screen_id).join(screens, screens.c.id == annotations.c.screen_id)
            .where((screens.c.project_id == project["id"]) & (annotations.c.skipped.is_(False)))))
        final = {r.screen_id for r in connection.execute(
            select(finals.c.screen_id).join(screens, screens.c.id == finals.c.screen_id)
            .where(screens.c.project_id == project["id"]))}
    open_rows = [r for r in rows if r.id not in mine and r.id not in final
                 and labelled[r.id] < project["annotators_per_screen"]]
    order_queue(open_rows, project["queue_order"])
    ids = [r.id for r in open_rows]
    return ids[:limit] if limit else ids


def order_queue(rows: list, queue_order: str) -> None:
    """Sort in place: most uncertain first (unknown uncertainty last), ties and `random` by the seeded key."""
    if queue_order == "uncertainty":
        rows.sort(key=lambda r: (-(r.uncertainty if r.uncertainty is not None else -1.0), r.random_key))
    else:
        rows.sort(key=lambda r: r.random_key)


def progress(store: LabelStore, project: dict, researcher_id: int | None = None) -> dict:
    with store.db.read() as connection:
        total = connection.execute(select(func.count()).select_from(screens)
                                   .where(screens.c.project_id == project["id"])).scalar_one()
        per_screen = Counter(r.screen_id for r in connection.execute(
            select(annotations.c.screen_id).join(screens, screens.c.id == annotations.c.screen_id)
            .where((screens.c.project_id == project["id"]) & (annotations.c.skipped.is_(False)))))
        final = connection.execute(select(func.count()).select_from(finals)
                                   .join(screens, screens.c.id == finals.c.screen_id)
                                   .where(screens.c.project_id == project["id"])).scalar_one()
        mine = 0
        if researcher_id is not None:
            mine = connection.execute(select(func.count()).select_from(annotations)
                                      .join(screens, screens.c.id == annotations.c.screen_id)
                                      .where((screens.c.project_id == project["id"])
                                             & (annotations.c.researcher_id == researcher_id))).scalar_one()
    return {"screens": total, "labelled": len(per_screen), "annotations": sum(per_screen.values()),
            "multi": sum(1 for n in per_screen.values() if n >= 2), "final": final, "mine": mine}
