"""Researchers (roles: researcher, admin), their tokens, and auditors' permission to share captures.

Tokens (`clr_…`) are made and kept like the auditors' (../accounts.py). Admins
adjudicate disagreements, create projects and import; researchers label.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update

from ..accounts import TokenAccounts, token_hash, utc_now
from ..evidence.names import check_name
from ..evidence.tables import auditors
from .store import LabelStore
from .tables import annotations, research_permissions, researchers

TOKEN_PREFIX = "clr_"
ROLES = ("researcher", "admin")
_accounts = TokenAccounts(researchers, TOKEN_PREFIX, "researcher")
replace_token = _accounts.replace_token
authenticate = _accounts.authenticate
researcher_by_id = _accounts.by_id


class AccountExists(ValueError):
    pass


def add_researcher(store: LabelStore, name: str, role: str = "researcher") -> tuple[dict, str]:
    """Create a researcher (or give a token to an account that came with imported labels)."""
    name = check_name(name, "researcher name")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    store.ready(create=True)
    token = _accounts.new_token()
    with store.db.write() as connection:
        row = connection.execute(select(researchers).where(researchers.c.name == name)).first()
        if row is not None and row.token_hash is not None:
            raise AccountExists(f"a researcher named {name!r} exists already; "
                                "use `consentlens researcher token NAME` for a new token")
        values = {"name": name, "role": role, "token_hash": token_hash(token)}
        if row is None:
            values["created_at"] = utc_now()
            researcher_id = connection.execute(insert(researchers).values(**values)).inserted_primary_key[0]
        else:
            researcher_id = row.id
            connection.execute(update(researchers).where(researchers.c.id == row.id).values(**values))
    return {"id": researcher_id, "name": name, "role": role}, token


def list_researchers(store: LabelStore) -> list[dict]:
    if not store.ready():
        return []
    query = (select(researchers.c.id, researchers.c.name, researchers.c.role, researchers.c.created_at,
                    (researchers.c.token_hash.isnot(None)).label("can_log_in"),
                    func.count(annotations.c.id).label("labels"))
             .outerjoin(annotations, annotations.c.researcher_id == researchers.c.id)
             .group_by(researchers.c.id).order_by(researchers.c.name))
    with store.db.read() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def researcher_id_for(connection, name: str) -> int:
    """The id of the account with this name, made (without a token) if it does not exist: imported labels."""
    name = check_name(name, "annotator name")
    row = connection.execute(select(researchers.c.id).where(researchers.c.name == name)).first()
    if row is not None:
        return row.id
    return connection.execute(insert(researchers).values(name=name, role="researcher", token_hash=None,
                                                         created_at=utc_now())).inserted_primary_key[0]


# -- auditors' permission -----------------------------------------------------------

def set_capture_sharing(store: LabelStore, auditor_name: str, allowed: bool) -> None:
    """An auditor allows (or stops) researchers importing their captures into labelling projects."""
    if not store.ready():
        raise LookupError(f"no auditor named {auditor_name!r}")
    with store.db.write() as connection:
        auditor = connection.execute(select(auditors.c.id).where(auditors.c.name == auditor_name)).first()
        if auditor is None:
            raise LookupError(f"no auditor named {auditor_name!r}")
        connection.execute(delete(research_permissions).where(research_permissions.c.auditor_id == auditor.id))
        if allowed:
            connection.execute(insert(research_permissions).values(auditor_id=auditor.id, granted_at=utc_now()))


def sharing_auditor_ids(connection) -> set[int]:
    return {row.auditor_id for row in connection.execute(select(research_permissions.c.auditor_id))}
