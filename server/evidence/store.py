"""Where evidence lives: one object per service holding the database, the files and the key.

Layout of the data dir (CONSENTLENS_DATA_DIR):
  consentlens.sqlite3           the database (unless CONSENTLENS_DATABASE_URL is set)
  evidence/signing-key.pem      the Ed25519 signing key (0600)
  evidence/objects/ab/ab12...   screenshots, snapshots and verdicts by SHA-256
  cache/thumbnails/ab12....jpg  derived thumbnails (safe to delete)
  gallery-session-key           secret for the gallery's session cookie (0600)
"""

from __future__ import annotations

import os
import secrets
import threading
from pathlib import Path

from ..db import Database, database_url, default_data_dir
from . import tables  # noqa: F401  (registers the evidence tables on the shared metadata)
from .files import ContentStore, durable_write
from .images import thumbnail
from .signing import Signer, load_key, load_or_create_key

SESSION_KEY_FILE = "gallery-session-key"


class EvidenceStore:
    def __init__(self, data_dir: Path | str | None = None, database: Database | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.db = database or Database(database_url(self.data_dir))
        self.files = ContentStore(self.data_dir / "evidence" / "objects")
        self.key_dir = self.data_dir / "evidence"
        self.thumbnails = self.data_dir / "cache" / "thumbnails"
        self._signer: Signer | None = None
        self._lock = threading.Lock()

    def ready(self, create: bool = False) -> bool:
        """True when there is a database with the schema (created if `create`)."""
        if create:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.db.ensure_schema(create=create)

    @property
    def signer(self) -> Signer:
        with self._lock:
            if self._signer is None:
                self._signer = load_or_create_key(self.key_dir)
            return self._signer

    def existing_signer(self) -> Signer | None:
        """The key if one was ever created (never creates one)."""
        return self._signer or load_key(self.key_dir)

    def thumbnail(self, sha256: str) -> bytes:
        path = self.thumbnails / f"{sha256}.jpg"
        if path.exists():
            return path.read_bytes()
        data = thumbnail(self.files.read(sha256))
        durable_write(path, data)
        return data

    def session_secret(self) -> bytes:
        path = self.data_dir / SESSION_KEY_FILE
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            durable_write(path, secrets.token_hex(32).encode(), mode=0o600, replace=False)
        return path.read_bytes().strip()


def store_from_environment() -> EvidenceStore:
    return EvidenceStore(os.environ.get("CONSENTLENS_DATA_DIR") or None)
