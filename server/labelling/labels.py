"""Saving labels so that none is ever lost, and reading them back.

Every save carries a submission id made by the client (a UUID made when the
annotator starts on a screen). One write transaction (SQLite BEGIN IMMEDIATE;
on PostgreSQL the unique key on the submission id) then:
  1. looks the id up: a repeat of the same payload gets the stored answer
     (idempotent; a lost answer can be retried), a different payload under the
     same id is refused (409);
  2. appends the submission to `label_submissions` (kept forever: history);
  3. replaces the annotator's current label for the screen (or the final label).
The answer is sent only after the commit, so "saved" means on disk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from consentlens.taxonomy import EXCLUSIVE_PAIRS, EXCLUSIVE_REASONS, PATTERNS, ROLES

from ..accounts import utc_now
from .accounts import researcher_id_for
from .store import LabelStore
from .tables import annotations, finals, researchers, screens, submissions

MAX_NOTE = 4000
SUBMISSION_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


class LabelError(ValueError):
    """A label that cannot be stored; `path` names the field."""

    def __init__(self, message: str, path: str | None = None, status: int = 422):
        super().__init__(message)
        self.path, self.status = path, status


def normalise(payload, n_elements: int) -> dict:
    """A label set from the edge (JSON or file import), checked against the taxonomy."""
    if not isinstance(payload, dict):
        raise LabelError("the label must be a JSON object", "$")
    skipped = payload.get("skipped", False)
    if not isinstance(skipped, bool):
        raise LabelError("skipped must be true or false", "$.skipped")
    consent = payload.get("consent_screen", True)
    if not isinstance(consent, bool):
        raise LabelError("consent_screen must be true or false", "$.consent_screen")
    patterns = payload.get("patterns", [])
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise LabelError("patterns must be a list of pattern ids", "$.patterns")
    unknown = [p for p in patterns if p not in PATTERNS]
    if unknown:
        raise LabelError(f"unknown pattern {unknown[0]!r}; use the ids of the taxonomy: {', '.join(PATTERNS)}",
                         "$.patterns")
    patterns = [p for p in PATTERNS if p in patterns]
    if not consent and patterns:
        raise LabelError("a screen that is not a consent screen has no patterns", "$.patterns")
    for a, b in EXCLUSIVE_PAIRS:
        if a in patterns and b in patterns:
            raise LabelError(f"{a} and {b} never go together (TAXONOMY.md: {EXCLUSIVE_REASONS[(a, b)]})",
                             "$.patterns")
    roles = payload.get("roles", {})
    if not isinstance(roles, dict):
        raise LabelError("roles must be an object {element index: role}", "$.roles")
    clean_roles = {}
    for key, role in roles.items():
        if not str(key).isdigit() or not 0 <= int(key) < n_elements:
            raise LabelError(f"element {key!r} is not an element of this screen (0..{n_elements - 1})",
                             f"$.roles.{key}")
        if role not in ROLES:
            raise LabelError(f"unknown role {role!r}; use one of {', '.join(ROLES)}", f"$.roles.{key}")
        clean_roles[str(int(key))] = role
    note = payload.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise LabelError(f"the note must be text of at most {MAX_NOTE} characters", "$.note")
    roles_sorted = {k: clean_roles[k] for k in sorted(clean_roles, key=int)}
    if skipped:
        return {"consent_screen": True, "patterns": [], "roles": {}, "note": note.strip(), "skipped": True}
    return {"consent_screen": consent, "patterns": patterns, "roles": roles_sorted, "note": note.strip(),
            "skipped": False}


def check_submission_id(value) -> str:
    if not isinstance(value, str) or not SUBMISSION_ID.fullmatch(value):
        raise LabelError("submission_id must be 8-64 letters, digits, - or _ (a UUID made by the client)",
                         "$.submission_id", status=400)
    return value


def _payload_hash(kind: str, screen_id: int, researcher_id: int, label: dict) -> str:
    text = json.dumps({"kind": kind, "screen": screen_id, "by": researcher_id, "label": label}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _label_row(label: dict) -> dict:
    return {"consent_screen": label["consent_screen"], "patterns": json.dumps(label["patterns"]),
            "roles": json.dumps(label["roles"], sort_keys=True), "note": label["note"]}


def submit(store: LabelStore, *, kind: str, screen: dict, researcher_id: int, submission_id: str, label: dict,
           submitted_at: str | None = None, method: str = "adjudicated") -> dict:
    """Store an annotation (kind "annotation") or a final label (kind "final"); idempotent by submission id."""
    digest = _payload_hash(kind, screen["id"], researcher_id, label)
    for _ in range(3):
        try:
            return _submit_once(store, kind, screen, researcher_id, submission_id, label, digest, submitted_at, method)
        except IntegrityError:
            continue  # a concurrent duplicate committed first (PostgreSQL): answer from it
    raise LabelError("the label could not be stored after retries; try again", status=503)


def _submit_once(store, kind, screen, researcher_id, submission_id, label, digest, submitted_at, method) -> dict:
    with store.db.write() as connection:
        seen = connection.execute(select(submissions).where(submissions.c.id == submission_id)).first()
        if seen is not None:
            if seen.payload_sha256 != digest:
                raise LabelError("this submission id was already used for a different label; the client must "
                                 "make a new id for each change", "$.submission_id", status=409)
            return {**json.loads(seen.payload)["answer"], "duplicate": True}
        now = submitted_at or utc_now()
        answer = {"screen": screen["id"], "kind": kind, "submission_id": submission_id, "saved_at": now,
                  "label": label}
        connection.execute(insert(submissions).values(
            id=submission_id, researcher_id=researcher_id, screen_id=screen["id"], kind=kind,
            payload_sha256=digest, payload=json.dumps({"answer": answer}, sort_keys=True), received_at=now))
        if kind == "annotation":
            values = {**_label_row(label), "skipped": label["skipped"], "submission_id": submission_id,
                      "submitted_at": now}
            done = connection.execute(update(annotations).where(
                (annotations.c.screen_id == screen["id"]) & (annotations.c.researcher_id == researcher_id))
                .values(**values))
            if done.rowcount == 0:
                connection.execute(insert(annotations).values(screen_id=screen["id"], researcher_id=researcher_id,
                                                              **values))
        else:
            connection.execute(delete(finals).where(finals.c.screen_id == screen["id"]))
            connection.execute(insert(finals).values(screen_id=screen["id"], decided_by=researcher_id, method=method,
                                                     decided_at=now, **_label_row(label)))
    return {**answer, "duplicate": False}


# -- reading back -------------------------------------------------------------------------

def _label_of(row) -> dict:
    return {"consent_screen": bool(row.consent_screen), "patterns": json.loads(row.patterns),
            "roles": json.loads(row.roles), "note": row.note}


def annotations_of(store: LabelStore, screen_ids: list[int]) -> dict:
    """{screen id: [annotation with annotator name]} in annotator-name order."""
    out = {sid: [] for sid in screen_ids}
    if not screen_ids:
        return out
    with store.db.read() as connection:
        rows = connection.execute(select(annotations, researchers.c.name.label("annotator"))
                                  .join(researchers, researchers.c.id == annotations.c.researcher_id)
                                  .where(annotations.c.screen_id.in_(screen_ids))
                                  .order_by(researchers.c.name))
        for row in rows:
            out[row.screen_id].append({**_label_of(row), "annotator": row.annotator, "researcher_id": row.researcher_id,
                                       "skipped": bool(row.skipped), "submitted_at": row.submitted_at})
    return out


def finals_of(store: LabelStore, screen_ids: list[int]) -> dict:
    out = {}
    if not screen_ids:
        return out
    with store.db.read() as connection:
        rows = connection.execute(select(finals, researchers.c.name.label("decided_by_name"))
                                  .outerjoin(researchers, researchers.c.id == finals.c.decided_by)
                                  .where(finals.c.screen_id.in_(screen_ids)))
        for row in rows:
            out[row.screen_id] = {**_label_of(row), "decided_by": row.decided_by_name, "method": row.method,
                                  "decided_at": row.decided_at}
    return out


def history(store: LabelStore, screen_id: int) -> list[dict]:
    with store.db.read() as connection:
        rows = connection.execute(select(submissions, researchers.c.name.label("by"))
                                  .join(researchers, researchers.c.id == submissions.c.researcher_id)
                                  .where(submissions.c.screen_id == screen_id).order_by(submissions.c.received_at))
        return [{"submission_id": r.id, "kind": r.kind, "by": r.by, "received_at": r.received_at,
                 "label": json.loads(r.payload)["answer"]["label"]} for r in rows]


# -- agreement between annotators of one screen ------------------------------------------------

def comparable(label: dict) -> tuple:
    return (label["consent_screen"], tuple(label["patterns"]), tuple(sorted(label["roles"].items())))


def majority(labels: list[dict], n_elements: int) -> dict:
    """The majority label of several annotations (ties: present wins for patterns, first role by name)."""
    n = len(labels)
    consent = sum(1 for label in labels if label["consent_screen"]) * 2 >= n
    patterns = [p for p in PATTERNS if consent and sum(1 for label in labels if p in label["patterns"]) * 2 >= n]
    for a, b in EXCLUSIVE_PAIRS:
        if a in patterns and b in patterns:
            votes = Counter(p for label in labels for p in label["patterns"])
            patterns.remove(a if votes[a] < votes[b] else b)
    roles = {}
    for index in range(n_elements):
        votes = Counter(label["roles"][str(index)] for label in labels if str(index) in label["roles"])
        if votes:
            best = max(votes.values())
            roles[str(index)] = sorted(role for role, count in votes.items() if count == best)[0]
    return {"consent_screen": consent, "patterns": patterns, "roles": roles, "note": "", "skipped": False}


def disagreements(store: LabelStore, project_id: int) -> list[dict]:
    """Screens with two or more labels that differ, and no final label yet."""
    with store.db.read() as connection:
        ids = [r.id for r in connection.execute(select(screens.c.id).where(screens.c.project_id == project_id)
                                                .order_by(screens.c.id))]
    labels = annotations_of(store, ids)
    decided = finals_of(store, ids)
    out = []
    for sid in ids:
        done = [a for a in labels[sid] if not a["skipped"]]
        if sid in decided or len(done) < 2:
            continue
        if len({comparable(a) for a in done}) > 1:
            out.append({"screen_id": sid, "annotations": done})
    return out


def unanimous_screens(store: LabelStore, project_id: int, minimum: int = 2) -> list[tuple[int, dict]]:
    with store.db.read() as connection:
        ids = [r.id for r in connection.execute(select(screens.c.id).where(screens.c.project_id == project_id))]
    labels = annotations_of(store, ids)
    decided = finals_of(store, ids)
    out = []
    for sid in ids:
        done = [a for a in labels[sid] if not a["skipped"]]
        if sid not in decided and len(done) >= minimum and len({comparable(a) for a in done}) == 1:
            first = done[0]
            out.append((sid, {"consent_screen": first["consent_screen"], "patterns": first["patterns"],
                              "roles": first["roles"], "note": "", "skipped": False}))
    return out


def import_annotation(store: LabelStore, screen: dict, annotator: str, label: dict, submitted_at: str,
                      kind: str = "annotation", method: str = "imported") -> dict:
    """Labels arriving in a file: the submission id is derived from their content, so importing twice adds nothing."""
    with store.db.write() as connection:
        researcher_id = researcher_id_for(connection, annotator)
    key = hashlib.sha256(json.dumps([kind, screen["uid"], annotator, label, submitted_at], sort_keys=True)
                         .encode()).hexdigest()[:40]
    return submit(store, kind=kind, screen=screen, researcher_id=researcher_id, submission_id=f"imp_{key}",
                  label=label, submitted_at=submitted_at, method=method)
