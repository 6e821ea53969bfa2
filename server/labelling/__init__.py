"""Researchers' labelling app: projects of consent screens, labels, agreement, adjudication, datasets.

Flow: screens come in (importing.py: files, captures that auditors shared, URL
lists) with the model's suggestion (suggestions.py) → annotators label them in
the browser (views.py, templates/, static/label.js; the snapshot's markup is
shown through preview.py in a sandboxed frame) → each save is an idempotent
submission (labels.py) → agreement (agreement.py) and a disagreement view
where an admin sets the final label → datasets out and in (formats.py) →
`consentlens train --with-labels PROJECT` (model/retrain.py).
See docs/LABELLING.md.

The app lives under /label with its own session cookie (path /label); the API
and the auditors' gallery never see it.
"""

from __future__ import annotations

from flask import Flask

from ..db import Database, database_url, default_data_dir
from .store import LabelStore


def register(app: Flask) -> None:
    from . import views

    store = app.config.get("LABEL_STORE")
    if store is None:
        evidence = app.extensions.get("consentlens_evidence")
        if evidence is not None:
            store = LabelStore(evidence.data_dir, evidence.db)
        else:
            data_dir = app.config.get("DATA_DIR") or default_data_dir()
            store = LabelStore(data_dir, Database(app.config.get("DATABASE_URL") or database_url(data_dir)))
    if store.db.exists():
        store.ready(create=False)
        store.db.dispose()  # gunicorn forks after this: each worker opens its own connections
    app.extensions["consentlens_labelling"] = store
    app.register_blueprint(views.bp)
