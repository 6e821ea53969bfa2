"""The evidence tables: auditors, their cases, and the captures chained in each case.

Times are ISO 8601 UTC strings (the same text that is hashed into the chain).
A capture row keeps its signed chain entry verbatim (`entry`) beside the
columns used for listing and filtering, so verification can name the column
that no longer matches what was signed.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint

from ..db import metadata

auditors = Table(
    "auditors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
)

cases = Table(
    "cases", metadata,
    Column("id", String(32), primary_key=True),  # random, so ids reveal nothing about other cases
    Column("auditor_id", Integer, ForeignKey("auditors.id"), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("length", Integer, nullable=False, default=0),
    Column("head_hash", String(64), nullable=True),
    UniqueConstraint("auditor_id", "name", name="uq_cases_auditor_name"),
)

captures = Table(
    "captures", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", String(32), ForeignKey("cases.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("url", Text, nullable=False),
    Column("site", String(255), nullable=False, index=True),
    Column("captured_at", String(40), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("browser", String(200), nullable=False),
    Column("extension_version", String(50), nullable=False),
    Column("model_version", String(100), nullable=False),
    Column("patterns", String(500), nullable=False),  # ",id1,id2," so LIKE '%,id,%' finds one
    Column("screenshot_sha256", String(64), nullable=False),
    Column("screenshot_type", String(20), nullable=False),
    Column("screenshot_width", Integer, nullable=False),
    Column("screenshot_height", Integer, nullable=False),
    Column("full_page_sha256", String(64), nullable=True),
    Column("full_page_type", String(20), nullable=True),
    Column("snapshot_sha256", String(64), nullable=False),
    Column("verdict_sha256", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("entry", Text, nullable=False),
    Column("entry_hash", String(64), nullable=False, unique=True),
    Column("key_id", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    # Two writers can never both append position n to one case: the chain cannot fork.
    UniqueConstraint("case_id", "seq", name="uq_captures_case_seq"),
)
