"""Auditors and their API tokens.

A token is 32 random bytes (URL-safe base64 with a `clt_` prefix), shown once
when the auditor is created. Only its SHA-256 is stored: a copy of the
database does not let anyone capture or read evidence. Lookup is by hash,
then a constant-time comparison.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update

from .names import check_name
from .store import EvidenceStore
from .tables import auditors, cases

TOKEN_PREFIX = "clt_"
MAX_TOKEN_LENGTH = 200


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_token() -> str:
    return TOKEN_PREFIX + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class AuditorExists(ValueError):
    pass


def add_auditor(store: EvidenceStore, name: str) -> tuple[dict, str]:
    """Create an auditor; returns (auditor, token). The token is not kept anywhere."""
    name = check_name(name, "auditor name")
    store.ready(create=True)
    token = new_token()
    with store.db.write() as connection:
        if connection.execute(select(auditors.c.id).where(auditors.c.name == name)).first():
            raise AuditorExists(f"an auditor named {name!r} exists already; "
                                "use `consentlens auditor token NAME` for a new token")
        row = {"name": name, "token_hash": token_hash(token), "created_at": utc_now()}
        auditor_id = connection.execute(insert(auditors).values(**row)).inserted_primary_key[0]
    return {"id": auditor_id, **row}, token


def replace_token(store: EvidenceStore, name: str) -> str:
    """A new token for an auditor; the old one stops working at once."""
    if not store.ready():
        raise LookupError(f"no auditor named {name!r}")
    token = new_token()
    with store.db.write() as connection:
        result = connection.execute(update(auditors).where(auditors.c.name == name)
                                    .values(token_hash=token_hash(token)))
        if result.rowcount != 1:
            raise LookupError(f"no auditor named {name!r}")
    return token


def list_auditors(store: EvidenceStore) -> list[dict]:
    if not store.ready():
        return []
    query = (select(auditors.c.id, auditors.c.name, auditors.c.created_at, func.count(cases.c.id).label("cases"))
             .outerjoin(cases, cases.c.auditor_id == auditors.c.id)
             .group_by(auditors.c.id).order_by(auditors.c.name))
    with store.db.read() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def authenticate(store: EvidenceStore, token: str | None) -> dict | None:
    """The auditor owning this token, or None (also when nothing was ever stored)."""
    if not token or len(token) > MAX_TOKEN_LENGTH or not store.ready():
        return None
    wanted = token_hash(token)
    with store.db.read() as connection:
        row = connection.execute(select(auditors).where(auditors.c.token_hash == wanted)).first()
    if row is None or not hmac.compare_digest(row.token_hash, wanted):
        return None
    return dict(row._mapping)


def auditor_by_id(store: EvidenceStore, auditor_id: int) -> dict | None:
    if not store.ready():
        return None
    with store.db.read() as connection:
        row = connection.execute(select(auditors).where(auditors.c.id == auditor_id)).first()
    return dict(row._mapping) if row else None
