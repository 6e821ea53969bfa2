"""Auditors' evidence: tamper-evident captures of consent screens, cases, a gallery and exports.

Flow: the extension POSTs a capture (screenshot + snapshot + verdict) with an
auditor's token → upload.py checks it → captures.py writes the files
(files.py), appends a signed entry to the case's hash chain (chain.py,
signing.py) and commits (../db.py) → 201. The gallery (gallery.py) and the
API (api.py) read cases back; export.py and report_pdf.py package them;
verify.py checks a case or an export. See docs/EVIDENCE.md.

Nothing is stored until the first auditor is created (`consentlens auditor
add`): before that the service has no database file and every capture is
refused with 401.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from ..db import Database, database_url, default_data_dir
from .store import EvidenceStore


def register(app: Flask) -> None:
    from . import api, gallery

    store = app.config.get("EVIDENCE_STORE")
    if store is None:
        data_dir = app.config.get("DATA_DIR") or default_data_dir()
        url = app.config.get("DATABASE_URL") or database_url(data_dir)
        store = EvidenceStore(data_dir, Database(url))
    # Tables are created at start-up where a database exists (a configured URL, or
    # an SQLite file made by `consentlens auditor add`); never an empty file otherwise.
    if store.db.exists():
        store.ready(create=False)
        store.db.dispose()  # gunicorn forks after this: each worker opens its own connections
    app.extensions["consentlens_evidence"] = store
    app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
                      SESSION_COOKIE_NAME="consentlens_gallery", SESSION_COOKIE_PATH="/gallery",
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_SECURE=bool(app.config.get("COOKIE_SECURE")))
    app.session_interface = gallery.GallerySessionInterface()
    app.register_blueprint(api.bp)
    app.register_blueprint(gallery.bp)
