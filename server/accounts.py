"""Accounts that log in with a token: auditors (evidence/auditors.py) and researchers (labelling/accounts.py).

A token is 32 random bytes (URL-safe base64) behind a prefix that says whose
it is (`clt_` auditors, `clr_` researchers), printed once when it is made.
Only its SHA-256 is stored: a copy of the database lets nobody in. Lookup is
by hash, then a constant-time comparison.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import Table, select, update

MAX_TOKEN_LENGTH = 200


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_token(prefix: str) -> str:
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenAccounts:
    """The accounts of one table (`id`, unique `name`, `token_hash`) in a store
    that has `ready()` and `db` (EvidenceStore, LabelStore). `kind` names them
    in messages ("no auditor named 'Anna'")."""

    def __init__(self, table: Table, prefix: str, kind: str):
        self.table, self.prefix, self.kind = table, prefix, kind

    def new_token(self) -> str:
        return new_token(self.prefix)

    def replace_token(self, store, name: str) -> str:
        """A new token for the account; the old one stops working at once."""
        if not store.ready():
            raise LookupError(f"no {self.kind} named {name!r}")
        token = self.new_token()
        with store.db.write() as connection:
            result = connection.execute(update(self.table).where(self.table.c.name == name)
                                        .values(token_hash=token_hash(token)))
            if result.rowcount != 1:
                raise LookupError(f"no {self.kind} named {name!r}")
        return token

    def authenticate(self, store, token: str | None) -> dict | None:
        """The account owning this token, or None (also when nothing was ever stored)."""
        if not token or len(token) > MAX_TOKEN_LENGTH or not token.startswith(self.prefix) or not store.ready():
            return None
        wanted = token_hash(token)
        with store.db.read() as connection:
            row = connection.execute(select(self.table).where(self.table.c.token_hash == wanted)).first()
        if row is None or not hmac.compare_digest(row.token_hash, wanted):
            return None
        return dict(row._mapping)

    def by_id(self, store, account_id: int) -> dict | None:
        if not store.ready():
            return None
        with store.db.read() as connection:
            row = connection.execute(select(self.table).where(self.table.c.id == account_id)).first()
        return dict(row._mapping) if row else None
