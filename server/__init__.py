"""The ConsentLens HTTP service (installed as consentlens.server).

`create_app(test_config=None)` builds the Flask app: configuration from the
environment (CONSENTLENS_*), then `test_config` on top; the analyzer is
loaded and its artefact verified here, at start-up, so a missing or tampered
model stops the service before it listens. Tests inject a fake analyzer with
{"ANALYZER": ...}.

Environment:
  CONSENTLENS_MAX_BYTES        largest request body in bytes (default 4 MB)
  CONSENTLENS_TIME_BUDGET_MS   time budget per analysis request (default 2000)
  CONSENTLENS_CORS_ORIGINS     extra origins allowed to call the API, comma-separated
  CONSENTLENS_MODEL_DIR        model artefact directory (default: the installed one)
  CONSENTLENS_DATA_DIR         where evidence is kept (default ~/.local/share/consentlens)
  CONSENTLENS_DATABASE_URL     PostgreSQL (or other SQLAlchemy) URL instead of SQLite in the data dir
  CONSENTLENS_CAPTURE_MAX_BYTES  largest evidence capture upload (default 48 MB)
  CONSENTLENS_IMAGE_MAX_BYTES  largest single screenshot in a capture (default 20 MB)
  CONSENTLENS_COOKIE_SECURE    1 = the gallery's and the labelling app's session cookies go over HTTPS only
"""

from __future__ import annotations

import logging
import os
import time

from flask import Flask, g, request

log = logging.getLogger("consentlens.server")

DEFAULTS = {
    "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
    "TIME_BUDGET_MS": 2000,
    "CORS_ORIGINS": (),
    "MODEL_DIR": None,
    "ANALYZER": None,
    # Bounds applied before analysis (docs/SNAPSHOT.md promises 20 000 characters of
    # dialog text and 300 per element; more elements than this is no consent screen).
    "MAX_TEXT_CHARS": 20_000,
    "MAX_ELEMENT_TEXT_CHARS": 300,
    "MAX_ELEMENTS": 400,
    "FORMS_PER_PATTERN": 5,
    "ANALYSIS_THREADS": 4,
    # Evidence (server/evidence): nothing is stored until an auditor exists.
    "DATA_DIR": None,
    "DATABASE_URL": None,
    "CAPTURE_MAX_BYTES": 48 * 1024 * 1024,
    "IMAGE_MAX_BYTES": 20 * 1024 * 1024,
    "COOKIE_SECURE": False,
    "EVIDENCE_STORE": None,
}


# Analysed once at start-up: the first analysis pays for lazy initialisation in
# the libraries (seconds), which must not fall into a request's time budget.
# With gunicorn's preload this happens in the master, so every worker starts warm.
WARM_UP_SNAPSHOT = {
    "schema_version": 1,
    "lang": "en",
    "dialog": {"text": "We use cookies. Accept all Reject all Settings"},
    "elements": [
        {"index": 0, "tag": "button", "text": "Accept all", "visible": True, "layer": 1},
        {"index": 1, "tag": "button", "text": "Reject all", "visible": True, "layer": 1},
        {"index": 2, "tag": "a", "text": "Settings", "visible": True, "layer": 1},
    ],
}


class StartupError(RuntimeError):
    """The service cannot start; the message says why and what to do."""


def _positive_int(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise StartupError(f"{name} must be a positive whole number, not {value!r}")
    return number


def config_from_env(environ=os.environ) -> dict:
    from .cors import parse_origins

    config = {}
    if environ.get("CONSENTLENS_MAX_BYTES"):
        config["MAX_CONTENT_LENGTH"] = _positive_int("CONSENTLENS_MAX_BYTES", environ["CONSENTLENS_MAX_BYTES"])
    if environ.get("CONSENTLENS_TIME_BUDGET_MS"):
        config["TIME_BUDGET_MS"] = _positive_int("CONSENTLENS_TIME_BUDGET_MS", environ["CONSENTLENS_TIME_BUDGET_MS"])
    if environ.get("CONSENTLENS_CORS_ORIGINS"):
        try:
            config["CORS_ORIGINS"] = parse_origins(environ["CONSENTLENS_CORS_ORIGINS"])
        except ValueError as exc:
            raise StartupError(str(exc)) from None
    if environ.get("CONSENTLENS_MODEL_DIR"):
        config["MODEL_DIR"] = environ["CONSENTLENS_MODEL_DIR"]
    for name, key in (("CONSENTLENS_CAPTURE_MAX_BYTES", "CAPTURE_MAX_BYTES"),
                      ("CONSENTLENS_IMAGE_MAX_BYTES", "IMAGE_MAX_BYTES")):
        if environ.get(name):
            config[key] = _positive_int(name, environ[name])
    if environ.get("CONSENTLENS_DATA_DIR"):
        config["DATA_DIR"] = environ["CONSENTLENS_DATA_DIR"]
    if environ.get("CONSENTLENS_DATABASE_URL"):
        config["DATABASE_URL"] = environ["CONSENTLENS_DATABASE_URL"]
    if environ.get("CONSENTLENS_COOKIE_SECURE"):
        config["COOKIE_SECURE"] = environ["CONSENTLENS_COOKIE_SECURE"].strip().lower() in ("1", "true", "yes", "on")
    return config


def load_default_analyzer(model_dir: str | None = None):
    """The real analyzer, its artefact verified and warmed up; StartupError with the reason otherwise."""
    try:
        from consentlens.model.predict import ArtefactError, load_analyzer
    except ModuleNotFoundError as exc:
        raise StartupError(f"the model code is not installed ({exc.name} is missing); "
                           "reinstall consentlens with `pip install -e .`") from None
    try:
        analyzer = load_analyzer(model_dir) if model_dir else load_analyzer()
    except ArtefactError as exc:
        raise StartupError(f"the model artefact failed verification: {exc}") from None
    try:
        analyzer.analyze(WARM_UP_SNAPSHOT)
    except Exception as exc:  # any failure here means the model cannot serve
        raise StartupError(f"the model loaded but failed on a test snapshot ({type(exc).__name__}: {exc}); "
                           "retrain with `consentlens train`") from None
    return analyzer


def _start_timer():
    g.started = time.monotonic()


def _log_request(response):
    # Method, path, status and sizes only: never the body, the query or headers.
    elapsed = (time.monotonic() - g.get("started", time.monotonic())) * 1000
    log.info("%s %s %s %.0fms in=%sB out=%sB", request.method, request.path, response.status_code,
             elapsed, request.content_length or 0, response.content_length or 0)
    return response


def create_app(test_config: dict | None = None) -> Flask:
    config = {**DEFAULTS, **config_from_env(), **(test_config or {})}
    if config["ANALYZER"] is None:
        # Before the rest of the app is imported: loading the model frees much of what
        # it allocates, and the modules imported afterwards fill those holes instead of
        # new memory (about 18 MB less in the master, and so in every worker).
        config["ANALYZER"] = load_default_analyzer(config["MODEL_DIR"])
    from . import api, cors, errors, evidence, labelling
    from .validation import compiled_snapshot_schema

    try:
        compiled_snapshot_schema()  # now, not in the first request (and before gunicorn forks)
    except ValueError as exc:
        raise StartupError(f"the snapshot schema cannot be compiled: {exc}") from None
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(config)
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    app.before_request(_start_timer)
    errors.register(app)
    cors.register(app)
    app.after_request(_log_request)
    app.register_blueprint(api.bp)
    try:
        evidence.register(app)
    except Exception as exc:  # an unreachable database or unreadable data dir
        raise StartupError(f"the evidence store cannot be opened ({type(exc).__name__}: {exc}); check "
                           "CONSENTLENS_DATA_DIR / --data-dir and CONSENTLENS_DATABASE_URL") from None
    try:
        labelling.register(app)
    except Exception as exc:
        raise StartupError(f"the labelling store cannot be opened ({type(exc).__name__}: {exc}); check "
                           "CONSENTLENS_DATA_DIR / --data-dir and CONSENTLENS_DATABASE_URL") from None
    return app
