"""The service's one database layer: SQLite by default, PostgreSQL when configured.

Every feature that keeps data (auditors' evidence today, the researchers'
labelling app later) defines its tables on `metadata` here and reaches the
database through one `Database`: `read()` for queries, `write()` for a
transaction that must not interleave with another writer.

Where the data lives:
  CONSENTLENS_DATABASE_URL   an SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db
  CONSENTLENS_DATA_DIR       else SQLite in <data dir>/consentlens.sqlite3 (the data
                             dir defaults to $XDG_DATA_HOME/consentlens, i.e.
                             ~/.local/share/consentlens; `--data-dir` sets it)

SQLite runs in WAL mode with synchronous=FULL, so a committed transaction has
reached the disk before commit returns: the service answers "stored" only
after that. Write transactions start with BEGIN IMMEDIATE, which takes the
database's write lock at once, so two writers never both read the same state
and then both append to it. On PostgreSQL, writers lock the rows they extend
(SELECT ... FOR UPDATE).

The schema is created with `metadata.create_all` (idempotent); there are no
migrations yet: a change to an existing table needs one (future work: Alembic).
The analyze endpoint never touches the database, and the SQLite file is only
created when something must be stored (`create=True`).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from sqlalchemy import MetaData, create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

metadata = MetaData()

SQLITE_FILE = "consentlens.sqlite3"
BUSY_TIMEOUT_MS = 30_000
# Serialises concurrent create_all calls on PostgreSQL (an arbitrary, fixed key).
_SCHEMA_LOCK_KEY = 0x636F6E73


def default_data_dir(environ=os.environ) -> Path:
    if environ.get("CONSENTLENS_DATA_DIR"):
        return Path(environ["CONSENTLENS_DATA_DIR"]).expanduser()
    base = environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "consentlens"


def database_url(data_dir: Path, environ=os.environ) -> str:
    return environ.get("CONSENTLENS_DATABASE_URL") or f"sqlite:///{Path(data_dir) / SQLITE_FILE}"


def _sqlite_pragmas(dbapi_connection, _record):
    # Let SQLAlchemy's "begin" event issue BEGIN itself (the pysqlite driver's own
    # transaction handling would start transactions late and in deferred mode).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection: Connection):
    immediate = connection.get_execution_options().get("consentlens_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database for the whole service; safe to share across threads and forks."""

    def __init__(self, url: str):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self._engine: Engine | None = None
        self._pid = None
        self._lock = threading.Lock()
        self._schema_ready = False

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        return Path(self.url.split(":///", 1)[1])

    def exists(self) -> bool:
        """False only for an SQLite file not created yet (nothing was ever stored)."""
        return not self.is_sqlite or self.sqlite_path.exists()

    @property
    def engine(self) -> Engine:
        # A pool inherited from a parent process (gunicorn preloads, then forks)
        # would share sockets and file handles: each process opens its own.
        with self._lock:
            if self._engine is None or self._pid != os.getpid():
                self._engine = self._create_engine()
                self._pid = os.getpid()
            return self._engine

    def _create_engine(self) -> Engine:
        if not self.is_sqlite:
            return create_engine(self.url, pool_pre_ping=True)
        engine = create_engine(self.url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine

    def ensure_schema(self, create: bool = False) -> bool:
        """Create missing tables; returns False if there is no database and `create` is False."""
        if self._schema_ready:
            return True
        if not self.exists():
            if not create:
                return False
            self.sqlite_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self.write() as connection:
            if not self.is_sqlite and connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
            metadata.create_all(connection)
        self._schema_ready = True
        return True

    @contextlib.contextmanager
    def write(self):
        """A transaction holding the write lock (SQLite) from its first statement; commits on success."""
        with self.engine.connect().execution_options(consentlens_write=True) as connection:
            with connection.begin():
                yield connection

    @contextlib.contextmanager
    def read(self):
        with self.engine.connect() as connection:
            with connection.begin():
                yield connection

    def session(self) -> Session:
        """An ORM session for features that prefer it (commit it yourself)."""
        return sessionmaker(self.engine)()

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
            self._engine = None
