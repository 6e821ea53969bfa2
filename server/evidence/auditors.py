"""Auditors and their API tokens (`clt_…`; how tokens are made and kept: ../accounts.py)."""

from __future__ import annotations

from sqlalchemy import func, insert, select

from ..accounts import TokenAccounts, token_hash, utc_now
from .names import check_name
from .store import EvidenceStore
from .tables import auditors, cases

TOKEN_PREFIX = "clt_"
_accounts = TokenAccounts(auditors, TOKEN_PREFIX, "auditor")
replace_token = _accounts.replace_token
authenticate = _accounts.authenticate
auditor_by_id = _accounts.by_id


class AuditorExists(ValueError):
    pass


def add_auditor(store: EvidenceStore, name: str) -> tuple[dict, str]:
    """Create an auditor; returns (auditor, token). The token is not kept anywhere."""
    name = check_name(name, "auditor name")
    store.ready(create=True)
    token = _accounts.new_token()
    with store.db.write() as connection:
        if connection.execute(select(auditors.c.id).where(auditors.c.name == name)).first():
            raise AuditorExists(f"an auditor named {name!r} exists already; "
                                "use `consentlens auditor token NAME` for a new token")
        row = {"name": name, "token_hash": token_hash(token), "created_at": utc_now()}
        auditor_id = connection.execute(insert(auditors).values(**row)).inserted_primary_key[0]
    return {"id": auditor_id, **row}, token


def list_auditors(store: EvidenceStore) -> list[dict]:
    if not store.ready():
        return []
    query = (select(auditors.c.id, auditors.c.name, auditors.c.created_at, func.count(cases.c.id).label("cases"))
             .outerjoin(cases, cases.c.auditor_id == auditors.c.id)
             .group_by(auditors.c.id).order_by(auditors.c.name))
    with store.db.read() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]
