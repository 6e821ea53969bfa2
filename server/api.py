"""The HTTP API, version 1: analyse a snapshot, report health and versions, describe itself."""

from __future__ import annotations

import time

from flask import Blueprint, current_app, jsonify, request

from consentlens import __version__
from consentlens.explain import explain
from .budget import run_within
from .openapi import openapi_document
from .validation import bound_snapshot, read_json_body, resolve_country, restore_positions, validate_snapshot

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def _analyzer():
    return current_app.config["ANALYZER"]


def _timed_analysis(analyzer, snapshot: dict) -> tuple[object, float]:
    started = time.perf_counter()
    findings = analyzer.analyze(snapshot)
    return findings, time.perf_counter() - started


@bp.post("/analyze")
def analyze():
    started = time.monotonic()
    config = current_app.config
    snapshot = validate_snapshot(read_json_body(request))
    country = resolve_country(request.args.get("country"), snapshot.get("country"))
    bounded, positions = bound_snapshot(snapshot, max_elements=config["MAX_ELEMENTS"],
                                        max_text=config["MAX_TEXT_CHARS"],
                                        max_element_text=config["MAX_ELEMENT_TEXT_CHARS"])
    remaining = config["TIME_BUDGET_MS"] / 1000 - (time.monotonic() - started)
    findings, seconds = run_within(remaining, _timed_analysis, _analyzer(), bounded,
                                   pool_size=config["ANALYSIS_THREADS"])
    if not isinstance(findings, dict):
        raise TypeError("the analyzer returned no findings dict")
    findings = restore_positions(findings, positions)
    findings.setdefault("model_version", _analyzer().version)
    result = explain(bounded, findings, accept_language=request.headers.get("Accept-Language"),
                     country=country, forms_limit=config["FORMS_PER_PATTERN"])
    response = jsonify(result)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Language"] = result["lang"]
    # the model's share of the time (the rest is the service's): shown by browsers' developer tools
    response.headers["Server-Timing"] = f"analyze;dur={seconds * 1000:.2f}"
    return response


@bp.get("/health")
def health():
    return jsonify({"status": "ok", "model_version": _analyzer().version})


@bp.get("/version")
def version():
    return jsonify({
        "consentlens": __version__,
        "api": "v1",
        "model_version": _analyzer().version,
        "snapshot_schema_version": 1,
        "model": _public_metadata(getattr(_analyzer(), "metadata", None)),
    })


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


def _public_metadata(metadata) -> dict:
    """The model card facts a client may show (label set, dates, library versions, metrics)."""
    if not isinstance(metadata, dict):
        return {}
    return {key: value for key, value in metadata.items() if isinstance(key, str) and not key.startswith("_")}

