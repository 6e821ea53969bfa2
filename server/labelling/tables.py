"""The labelling tables: researchers, projects, screens, annotations, submissions, final labels.

Times are ISO 8601 UTC strings. Label sets are stored as JSON text
(`patterns`: a list of pattern ids in taxonomy order; `roles`: an object
{element index: role}), so the same text goes to exports unchanged.

`label_submissions` is append-only: every accepted submission is kept with
its payload, so editing a label never loses the earlier one, and a repeated
submission id is answered from here (idempotent saves).
"""

from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Integer, String, Table, Text, UniqueConstraint)

from ..db import metadata
from ..evidence import tables as evidence_tables  # noqa: F401  (auditors, for research permissions)

researchers = Table(
    "researchers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),  # researcher | admin
    # NULL for accounts that only arrived with imported labels: they cannot log in
    # until `consentlens researcher token NAME` gives them a token.
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("created_at", String(32), nullable=False),
)

projects = Table(
    "label_projects", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("queue_order", String(20), nullable=False, default="uncertainty"),  # uncertainty | random
    Column("seed", Integer, nullable=False, default=42),
    Column("annotators_per_screen", Integer, nullable=False, default=2),
    Column("created_at", String(32), nullable=False),
)

screens = Table(
    "label_screens", metadata,
    Column("id", Integer, primary_key=True),
    Column("project_id", Integer, ForeignKey("label_projects.id"), nullable=False, index=True),
    Column("uid", String(64), nullable=False),  # sha256 of the snapshot's canonical JSON
    Column("source", String(500), nullable=False),
    Column("site", String(255), nullable=False),
    Column("lang", String(20), nullable=False),
    Column("url", Text, nullable=False),
    Column("snapshot", Text, nullable=False),
    Column("suggestion", Text, nullable=True),  # the model's answer at import, see suggestions.py
    Column("uncertainty", Float, nullable=True),
    Column("random_key", String(64), nullable=False),
    Column("reference", Text, nullable=True),  # labels the source file carried (training_data records)
    Column("imported_at", String(32), nullable=False),
    UniqueConstraint("project_id", "uid", name="uq_label_screens_project_uid"),
)

annotations = Table(
    "label_annotations", metadata,
    Column("id", Integer, primary_key=True),
    Column("screen_id", Integer, ForeignKey("label_screens.id"), nullable=False, index=True),
    Column("researcher_id", Integer, ForeignKey("researchers.id"), nullable=False),
    Column("consent_screen", Boolean, nullable=False),
    Column("patterns", String(500), nullable=False),
    Column("roles", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("skipped", Boolean, nullable=False),
    Column("submission_id", String(64), nullable=False),
    Column("submitted_at", String(32), nullable=False),
    # one current label per annotator and screen; earlier versions stay in label_submissions
    UniqueConstraint("screen_id", "researcher_id", name="uq_label_annotations_screen_researcher"),
)

submissions = Table(
    "label_submissions", metadata,
    Column("id", String(64), primary_key=True),  # the client's submission id
    Column("researcher_id", Integer, ForeignKey("researchers.id"), nullable=False),
    Column("screen_id", Integer, ForeignKey("label_screens.id"), nullable=False),
    Column("kind", String(20), nullable=False),  # annotation | final
    Column("payload_sha256", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
)

finals = Table(
    "label_finals", metadata,
    Column("screen_id", Integer, ForeignKey("label_screens.id"), primary_key=True),
    Column("consent_screen", Boolean, nullable=False),
    Column("patterns", String(500), nullable=False),
    Column("roles", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("decided_by", Integer, ForeignKey("researchers.id"), nullable=True),
    Column("method", String(20), nullable=False),  # adjudicated | unanimous | imported
    Column("decided_at", String(32), nullable=False),
)

# An auditor's permission to let researchers import their captures (consentlens auditor share).
research_permissions = Table(
    "research_permissions", metadata,
    Column("auditor_id", Integer, ForeignKey("auditors.id"), primary_key=True),
    Column("granted_at", String(32), nullable=False),
)
