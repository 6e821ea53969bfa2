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
        "required": ["id", "title", "url", "verification", "source"],
        "properties": {
            "id": {"type": "string", "description": "A catalogue id (consentlens/data/forms.json), or for the "
                                                    "screen's own links site-privacy-policy, site-privacy-contact, site-dpo."},
            "title": {"type": "string"},
            "url": {"type": "string", "pattern": "^(https://|mailto:)",
                    "description": "https; a link from the page may also be a role mailbox (mailto:privacy@...)."},
            "verification": {"enum": ["verified", "partly", "unverified"]},
            "source": {"enum": ["catalogue", "page"],
                       "description": "catalogue: ConsentLens's forms catalogue; page: the screen's own privacy "
                                      "policy, privacy contact or data protection officer (snapshot dialog.privacy_links), "
                                      "unchecked, after the platform's own forms and before the authority."},
            "caveat": {"type": "string", "description": "Present when the link is not verified."},
            "covers": {"type": "string", "description": "For AI-training objection routes: what using the route "
                                                        "does and does not cover, in `lang`."},
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


_EVIDENCE_SCHEMAS = {
    "CaptureMetadata": {
        "type": "object",
        "required": ["case", "url", "captured_at"],
        "description": "The `metadata` part of a capture upload (JSON text, or a file part of type application/json).",
        "properties": {
            "case": {"type": "string", "minLength": 1, "maxLength": 100,
                     "description": "Case name, a label: letters, digits, spaces and . , : ( ) # & ' + - _, "
                                    "starting with a letter or digit, no '..' or slashes. A new name opens a case."},
            "url": {"type": "string", "minLength": 1, "maxLength": 4096},
            "captured_at": {"type": "string", "format": "date-time",
                            "description": "When the screenshot was taken, ISO 8601 with zone (browser clock)."},
            "browser": {"type": "string", "maxLength": 200, "description": "navigator.userAgent or similar."},
            "extension_version": {"type": "string", "maxLength": 50},
            "model_version": {"type": "string", "maxLength": 100,
                              "description": "Defaults to verdict.model_version."},
            "snapshot": {"oneOf": [_ref("Snapshot"), {"type": "null"}],
                         "description": "The snapshot that was analysed (null where the page had no dialog)."},
            "verdict": {"type": ["object", "null"],
                        "description": "The /api/v1/analyze answer for that snapshot (AnalyzeResponse), or null."},
        },
    },
    "CaptureUpload": {
        "type": "object",
        "required": ["screenshot", "metadata"],
        "properties": {
            "screenshot": {"type": "string", "contentMediaType": "image/png",
                           "description": "PNG or JPEG: captureVisibleTab's data: URL as a Blob."},
            "full_page": {"type": "string", "contentMediaType": "image/png",
                          "description": "Optional full-page capture, PNG or JPEG."},
            "metadata": _ref("CaptureMetadata"),
        },
    },
    "CaptureReceipt": {
        "type": "object",
        "required": ["case", "seq", "received_at", "entry_hash", "prev_hash", "signature", "key_id"],
        "description": "Sent only after the capture's files and chain entry are on disk. Keep it: the entry hash "
                       "and signature prove later what the service acknowledged.",
        "properties": {
            "case": {"type": "object", "required": ["id", "name"],
                     "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
            "seq": {"type": "integer", "minimum": 1, "description": "Position in the case's chain."},
            "received_at": {"type": "string"},
            "entry_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "prev_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "signature": {"type": "string", "description": "Ed25519 signature (hex) of "
                                                           "'consentlens-evidence-entry/1 ' + entry_hash."},
            "key_id": {"type": "string", "description": "SHA-256 of the raw public key."},
        },
    },
    "CaseSummary": {
        "type": "object",
        "required": ["id", "name", "created_at", "captures", "head_hash"],
        "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "created_at": {"type": "string"},
            "captures": {"type": "integer"}, "head_hash": {"type": ["string", "null"]},
            "last_capture_at": {"type": ["string", "null"]},
        },
    },
    "CaseList": {"type": "object", "required": ["cases"],
                 "properties": {"cases": {"type": "array", "items": _ref("CaseSummary")}}},
    "Case": {
        "type": "object",
        "required": ["case", "captures"],
        "properties": {"case": _ref("CaseSummary"), "captures": {"type": "array", "items": {
            "type": "object",
            "required": ["seq", "url", "captured_at", "received_at", "patterns", "files", "entry_hash", "signature"],
            "properties": {
                "seq": {"type": "integer"}, "url": {"type": "string"}, "site": {"type": "string"},
                "captured_at": {"type": "string"}, "received_at": {"type": "string"},
                "browser": {"type": "string"}, "extension_version": {"type": "string"},
                "model_version": {"type": "string"},
                "patterns": {"type": "array", "items": {"type": "string"}},
                "files": {"type": "object", "description": "role -> {sha256, type, size, width?, height?} or null"},
                "prev_hash": {"type": "string"}, "entry_hash": {"type": "string"},
                "signature": {"type": "string"}, "key_id": {"type": "string"},
            },
        }}},
    },
    "PublicKey": {
        "type": "object",
        "required": ["algorithm", "key_id", "public_key_pem"],
        "properties": {"algorithm": {"const": "Ed25519"}, "key_id": {"type": "string"},
                       "public_key_pem": {"type": "string"}},
    },
}
_BEARER = [{"auditorToken": []}]
_CASE_ID = {"name": "case_id", "in": "path", "required": True, "schema": {"type": "string"}}
_UNAUTHORIZED = _error_response("No valid auditor token (Authorization: Bearer <token>).")
_CASE_NOT_FOUND = _error_response("No such case among yours (other auditors' cases answer the same).")


def _evidence_paths() -> dict:
    def download(operation_id, summary, mime, description):
        return {"get": {
            "operationId": operation_id, "summary": summary, "security": _BEARER, "parameters": [_CASE_ID],
            "responses": {"200": {"description": description,
                                  "content": {mime: {"schema": {"type": "string", "format": "binary"}}}},
                          "401": _UNAUTHORIZED, "404": _CASE_NOT_FOUND},
        }}

    return {
        "/api/v1/captures": {"post": {
            "operationId": "capture",
            "summary": "Store one piece of evidence (screenshot, snapshot, verdict) in a case",
            "description": "Appends the capture to the case's hash chain and signs it. Answered 201 only after "
                           "the files and the database row are durably written. See docs/EVIDENCE.md.",
            "security": _BEARER,
            "requestBody": {"required": True, "content": {"multipart/form-data": {
                "schema": _ref("CaptureUpload"),
                "encoding": {"metadata": {"contentType": "application/json, text/plain"},
                             "screenshot": {"contentType": "image/png, image/jpeg"},
                             "full_page": {"contentType": "image/png, image/jpeg"}}}}},
            "responses": {
                "201": _ok_json("CaptureReceipt", "Stored, chained and signed."),
                "400": _error_response("The metadata part is not JSON."),
                "401": _UNAUTHORIZED,
                "413": _error_response("The upload (48 MB) or an image (20 MB, 32768 px a side) is too large."),
                "415": _error_response("Not multipart/form-data, or an image that is not PNG or JPEG."),
                "422": _error_response("A part is missing or invalid; `path` names it (metadata.case, screenshot)."),
            },
        }},
        "/api/v1/cases": {"get": {
            "operationId": "listCases", "summary": "Your cases", "security": _BEARER,
            "responses": {"200": _ok_json("CaseList", "Your cases, by name."), "401": _UNAUTHORIZED},
        }},
        "/api/v1/cases/{case_id}": {"get": {
            "operationId": "getCase", "summary": "One case with its chain of captures", "security": _BEARER,
            "parameters": [_CASE_ID],
            "responses": {"200": _ok_json("Case", "The case and its captures in chain order."),
                          "401": _UNAUTHORIZED, "404": _CASE_NOT_FOUND},
        }},
        "/api/v1/cases/{case_id}/export.zip": download(
            "exportCase", "The case as a ZIP: files, manifest.json (hashes, chain, signatures, key), report.html",
            "application/zip", "The export; check it with `consentlens evidence verify case.zip`."),
        "/api/v1/cases/{case_id}/report.pdf": download(
            "caseReport", "The case as a PDF report", "application/pdf", "One page per capture."),
        "/api/v1/evidence/public-key": {"get": {
            "operationId": "publicKey", "summary": "The Ed25519 key that signs evidence",
            "responses": {"200": _ok_json("PublicKey", "The public key (PEM) and its id."),
                          "404": _error_response("No evidence was signed yet, so there is no key.")},
        }},
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
                           "with links to objection and complaint forms. Analysis stores nothing and sets no cookies; "
                           "only auditors' evidence captures (token required) are kept. Cross-origin "
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
            **_evidence_paths(),
        },
        "components": {
            "schemas": {**_snapshot_components(), **_SCHEMAS, **_EVIDENCE_SCHEMAS},
            "securitySchemes": {"auditorToken": {
                "type": "http", "scheme": "bearer",
                "description": "An auditor's token from `consentlens auditor add NAME` "
                               "(only the evidence endpoints)."}},
        },
    }
    return json.dumps(document)


def openapi_document() -> dict:
    """A fresh copy of the document (callers may modify it)."""
    return json.loads(_document())
