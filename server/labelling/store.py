"""Where labels live: the service's one database (../db.py) plus the data dir for the session key.

Nothing is created until the first `consentlens researcher add` (or an import
from the command line): before that the labelling app shows its login page and
refuses every token, exactly like the auditors' gallery.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ..db import Database, database_url, default_data_dir
from ..evidence.files import durable_write
from . import tables  # noqa: F401  (registers the labelling tables on the shared metadata)

SESSION_KEY_FILE = "labelling-session-key"


class LabelStore:
    def __init__(self, data_dir: Path | str | None = None, database: Database | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.db = database or Database(database_url(self.data_dir))

    def ready(self, create: bool = False) -> bool:
        """True when there is a database with the schema (created if `create`)."""
        if create:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.db.ensure_schema(create=create)

    def session_secret(self) -> bytes:
        path = self.data_dir / SESSION_KEY_FILE
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            durable_write(path, secrets.token_hex(32).encode(), mode=0o600, replace=False)
        return path.read_bytes().strip()


def store_from_environment(data_dir: str | None = None) -> LabelStore:
    return LabelStore(data_dir or os.environ.get("CONSENTLENS_DATA_DIR") or None)
