"""Researchers (roles: researcher, admin), their tokens, and auditors' permission to share captures.

Tokens work like the auditors' (../evidence/auditors.py): 32 random bytes with a
`clr_` prefix, printed once, only the SHA-256 kept. Admins adjudicate
disagreements, create projects and import; researchers label.
"""

from __future__ import annotations

import hmac

from sqlalchemy import delete, func, insert, select, update

from ..evidence.auditors import new_token, token_hash, utc_now
from ..evidence.names import check_name
from ..evidence.tables import auditors
from .store import LabelStore
from .tables import annotations, research_permissions, researchers

TOKEN_PREFIX = "clr_"
ROLES = ("researcher", "admin")
MAX_TOKEN_LENGTH = 200


class AccountExists(ValueError):
    pass


def _token() -> str:
    return TOKEN_PREFIX + new_token()[len("clt_"):]


def add_researcher(store: LabelStore, name: str, role: str = "researcher") -> tuple[dict, str]:
    """Create a researcher (or give a token to an account that came with imported labels)."""
    name = check_name(name, "researcher name")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    store.ready(create=True)
    token = _token()
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


def replace_token(store: LabelStore, name: str) -> str:
    if not store.ready():
        raise LookupError(f"no researcher named {name!r}")
    token = _token()
    with store.db.write() as connection:
        result = connection.execute(update(researchers).where(researchers.c.name == name)
                                    .values(token_hash=token_hash(token)))
        if result.rowcount != 1:
            raise LookupError(f"no researcher named {name!r}")
    return token


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


def authenticate(store: LabelStore, token: str | None) -> dict | None:
    if not token or len(token) > MAX_TOKEN_LENGTH or not token.startswith(TOKEN_PREFIX) or not store.ready():
        return None
    wanted = token_hash(token)
    with store.db.read() as connection:
        row = connection.execute(select(researchers).where(researchers.c.token_hash == wanted)).first()
    if row is None or not hmac.compare_digest(row.token_hash, wanted):
        return None
    return dict(row._mapping)


def researcher_by_id(store: LabelStore, researcher_id: int) -> dict | None:
    if not store.ready():
        return None
    with store.db.read() as connection:
        row = connection.execute(select(researchers).where(researchers.c.id == researcher_id)).first()
    return dict(row._mapping) if row else None


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
