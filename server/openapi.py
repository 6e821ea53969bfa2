"""The OpenAPI 3.1 description of the API, built from code so it cannot drift.

The request schema is consentlens/snapshot/schema.json itself (its $defs
moved under components); tests/test_server_api.py checks that the routes
here are the routes the app serves, and tests/test_server_properties.py
checks the responses against these schemas.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache

from consentlens import __version__
from consentlens.taxonomy import PATTERNS
from .validation import snapshot_schema

_COUNTRY = {"type": "string", "pattern": "^([A-Za-z]{2})?$",
            "description": "ISO 3166-1 alpha-2 country of the user (any case; empty = none); picks the national "
                           "authority among the forms. The query parameter wins over the snapshot field."}
_BODY_COUNTRY = {**_COUNTRY, "type": ["string", "null"]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _snapshot_components() -> dict:
    """The snapshot schema as components: Snapshot plus Snapshot_<def> for each $def."""
    schema = copy.deepcopy(snapshot_schema())
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    defs = schema.pop("$defs", {})
    text = json.dumps(schema)
    defs_text = json.dumps(defs)
    for name in defs:
        text = text.replace(f'"#/$defs/{name}"', f'"#/components/schemas/Snapshot_{name}"')
        defs_text = defs_text.replace(f'"#/$defs/{name}"', f'"#/components/schemas/Snapshot_{name}"')
    schema = json.loads(text)
    schema["properties"]["country"] = _BODY_COUNTRY
    components = {"Snapshot": schema}
    components.update({f"Snapshot_{name}": definition for name, definition in json.loads(defs_text).items()})
    return components


def _error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


_SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string", "description": "Stable machine-readable code, e.g. invalid_snapshot."},
                "message": {"type": "string", "description": "What went wrong and what to do."},
                "path": {"type": "string", "description": "JSON path of the offending field ($.elements[3].tag) or ?country."},
            },
        }},
    },
    "FormLink": {
        "type": "object",
        "required": ["id", "title", "url", "verification"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "url": {"type": "string", "pattern": "^https://"},
            "verification": {"enum": ["verified", "partly", "unverified"]},
            "caveat": {"type": "string", "description": "Present when the link is not verified."},
        },
    },
    "Warning": {
        "type": "object",
        "required": ["id", "title", "confidence", "severity", "message", "explanation", "evidence", "forms", "legal"],
        "properties": {
            "id": {"enum": list(PATTERNS)},
            "title": {"type": "string"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "severity": {"enum": ["high", "medium", "low"]},
            "message": {"type": "string", "description": "One sentence naming the element, in `lang`."},
            "explanation": {"type": "string", "description": "What the pattern is, why it matters, its legal anchor."},
            "evidence": {"type": "object", "description": "As returned by the classifier (docs/FINDINGS.md)."},
            "forms": {"type": "array", "items": _ref("FormLink")},
            "legal": {"type": "string"},
        },
    },
    "AnalyzeResponse": {
        "type": "object",
        "required": ["consent_screen", "patterns", "elements", "model_version", "lang", "context"],
        "properties": {
            "consent_screen": {"type": "boolean"},
            "patterns": {"type": "array", "items": _ref("Warning")},
            "elements": {"type": "array", "items": {"type": "object"},
                         "description": "Elements with their predicted roles (docs/FINDINGS.md)."},
            "model_version": {"type": "string"},
            "lang": {"enum": ["en", "de", "nl", "fr"]},
            "context": {
                "type": "object",
                "required": ["platform", "topic", "country"],
                "properties": {
                    "platform": {"type": ["string", "null"]},
                    "topic": {"type": ["string", "null"]},
                    "country": {"type": ["string", "null"]},
                },
            },
        },
    },
    "Health": {
        "type": "object",
        "required": ["status", "model_version"],
        "properties": {"status": {"const": "ok"}, "model_version": {"type": "string"}},
    },
    "Version": {
        "type": "object",
        "required": ["consentlens", "api", "model_version", "snapshot_schema_version", "model"],
        "properties": {
            "consentlens": {"type": "string"},
            "api": {"const": "v1"},
            "model_version": {"type": "string"},
            "snapshot_schema_version": {"const": 1},
            "model": {"type": "object", "description": "The model's metadata.json (label set, training data hash, metrics)."},
        },
    },
}


def _ok_json(name: str, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(name)}}}


@lru_cache(maxsize=1)
def _document() -> str:
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "ConsentLens API",
            "version": __version__,
            "description": "Detects deceptive consent, cookie and blocking screens in a snapshot and explains them "
                           "with links to objection and complaint forms. Nothing is stored; no cookies. Cross-origin "
                           "calls are allowed only from browser extensions and configured origins.",
            "license": {"name": "GPL-3.0-or-later", "identifier": "GPL-3.0-or-later"},
        },
        "paths": {
            "/api/v1/analyze": {"post": {
                "operationId": "analyze",
                "summary": "Analyse one screen snapshot",
                "parameters": [
                    {"name": "country", "in": "query", "required": False, "schema": _COUNTRY},
                    {"name": "Accept-Language", "in": "header", "required": False, "schema": {"type": "string"},
                     "description": "Message language when the snapshot has no supported `lang`."},
                ],
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _ref("Snapshot")}}},
                "responses": {
                    "200": _ok_json("AnalyzeResponse", "Findings with messages and forms."),
                    "400": _error_response("The body is not valid JSON."),
                    "413": _error_response("The body is larger than the configured limit (4 MB by default)."),
                    "415": _error_response("The body is not sent as application/json."),
                    "422": _error_response("The body is JSON but not a valid snapshot, or `country` is not a country code."),
                    "503": _error_response("The analysis did not finish within the time budget; retry after Retry-After seconds."),
                },
            }},
            "/api/v1/health": {"get": {
                "operationId": "health", "summary": "Liveness and the loaded model version",
                "responses": {"200": _ok_json("Health", "The service is up and its model is loaded.")},
            }},
            "/api/v1/version": {"get": {
                "operationId": "version", "summary": "Software, API, model and snapshot schema versions",
                "responses": {"200": _ok_json("Version", "Versions and model metadata.")},
            }},
            "/api/v1/openapi.json": {"get": {
                "operationId": "openapi", "summary": "This document",
                "responses": {"200": {"description": "The OpenAPI document.",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
            }},
        },
        "components": {"schemas": {**_snapshot_components(), **_SCHEMAS}},
    }
    return json.dumps(document)


def openapi_document() -> dict:
    """A fresh copy of the document (callers may modify it)."""
    return json.loads(_document())
