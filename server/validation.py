"""The edge: read the request body, check it against the snapshot schema, bound it.

Everything here answers a client mistake with an ApiError (400, 415, 422)
naming what to fix; nothing past this module sees an unchecked snapshot.
`bound_snapshot()` then truncates text and caps the element count, so the
work an analysis does has a ceiling whatever the client sends.

The schema check runs on every request, so it uses the schema compiled into
plain functions (compiled_schema.py, well under a millisecond for 50 KB);
jsonschema runs only on a snapshot that fails it, to name the bad field.
"""

from __future__ import annotations

import itertools
import json
import math
from functools import lru_cache
from importlib import resources

import jsonschema
from flask import Request

from consentlens.context import normalise_country
from .compiled_schema import CompiledSchema, compile_schema
from .errors import ApiError

_MAX_REPORTED = 100


@lru_cache(maxsize=1)
def snapshot_schema() -> dict:
    text = (resources.files("consentlens.snapshot") / "schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def compiled_snapshot_schema() -> CompiledSchema:
    return compile_schema(snapshot_schema())


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(snapshot_schema())


def _is_json(mimetype: str) -> bool:
    return mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def read_json_body(request: Request) -> object:
    """The parsed JSON body, or ApiError 415 (not JSON) / 400 (not parseable)."""
    if not _is_json(request.mimetype):
        raise ApiError(415, "unsupported_media_type",
                       "Send the snapshot as JSON with Content-Type: application/json "
                       f"(got {request.mimetype or 'no content type'!r}).")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", f"JSON must be UTF-8 (got charset {charset[:40]!r}).")
    raw = request.get_data(cache=False)  # raises 413 past MAX_CONTENT_LENGTH
    if not raw:
        raise ApiError(400, "malformed_json", "The request body is empty; send one snapshot as JSON.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "malformed_json", f"The body is not valid UTF-8 (byte {exc.start}).") from None
    try:
        return json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "malformed_json",
                       f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except RecursionError:
        raise ApiError(400, "malformed_json", "The body is nested too deeply to be a snapshot.") from None
    except ValueError as exc:
        raise ApiError(400, "malformed_json", f"The body is not acceptable JSON: {str(exc)[:200]}.") from None


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """(JSON path, short message) for a schema violation, without echoing the value."""
    kind, expected = error.validator, error.validator_value
    path = error.json_path
    if kind == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        name = missing[0] if missing else expected[0]
        return f"{path}.{name}", "is required"
    text = {
        "type": lambda: "must be of type " + (expected if isinstance(expected, str) else " or ".join(expected)),
        "enum": lambda: "must be one of " + ", ".join(json.dumps(v) for v in expected),
        "const": lambda: f"must be {json.dumps(expected)}",
        "maxLength": lambda: f"must be at most {expected} characters long",
        "minimum": lambda: f"must be at least {expected}",
        "maximum": lambda: f"must be at most {expected}",
        "pattern": lambda: f"must match the pattern {expected}",
        "maxItems": lambda: f"must have at most {expected} items",
    }.get(kind)
    return path, text() if text else error.message[:200]


def validate_snapshot(document: object) -> dict:
    """The document if it is a valid snapshot, else ApiError 422 naming the first bad field."""
    if compiled_snapshot_schema().check(document):
        return document
    errors = list(itertools.islice(_validator().iter_errors(document), _MAX_REPORTED))
    if not errors:
        return document
    errors.sort(key=lambda e: [str(part) for part in e.absolute_path])
    path, text = _describe(errors[0])
    more = f" ({len(errors) - 1}{'+' if len(errors) == _MAX_REPORTED else ''} more problems)" if len(errors) > 1 else ""
    raise ApiError(422, "invalid_snapshot",
                   f"{path} {text}{more}. The snapshot format is docs/SNAPSHOT.md.", path=path)


def resolve_country(query_value: str | None, body_value: object) -> str | None:
    """The user's country for forms: ?country= first, else the snapshot's `country` field.

    Both are checked: a bad code is a 422 even where the other one would win.
    """
    countries = []
    for value, where in ((query_value, "?country"), (body_value, "$.country")):
        if value is None or value == "":
            continue
        try:
            countries.append(normalise_country(value))
        except ValueError as exc:
            raise ApiError(422, "invalid_country", str(exc), path=where) from None
    return countries[0] if countries else None


def _truncate(value, limit: int):
    return value[:limit] if isinstance(value, str) and len(value) > limit else value


def bound_snapshot(snapshot: dict, *, max_elements: int, max_text: int,
                   max_element_text: int) -> tuple[dict, list[int]]:
    """A copy with only the schema's fields, dialog HTML dropped (the classifier
    never reads it), text truncated, numbers clamped and at most `max_elements`
    elements (visible ones kept first, document order preserved), plus the
    original position of each kept element (findings point at positions; see
    restore_positions)."""
    elements = snapshot.get("elements") or []
    positions = list(range(len(elements)))
    if len(elements) > max_elements:
        positions = sorted(sorted(positions, key=lambda i: (elements[i].get("visible") is False, i))[:max_elements])
        snapshot = dict(snapshot, elements=[elements[i] for i in positions])
    bounded = compiled_snapshot_schema().prune(snapshot)
    bounded["dialog"].pop("html", None)
    bounded["dialog"]["text"] = _truncate(bounded["dialog"]["text"], max_text)
    for element in bounded["elements"]:
        for key in ("text", "name"):
            if key in element:
                element[key] = _truncate(element[key], max_element_text)
    return bounded, positions


def restore_positions(findings: dict, positions: list[int]) -> dict:
    """Point the findings' element indexes back at the client's element list
    (they differ only when bound_snapshot dropped elements)."""
    if positions == list(range(len(positions))):
        return findings

    def original(index):
        if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(positions):
            return positions[index]
        return index

    for element in findings.get("elements") or []:
        if isinstance(element, dict) and "index" in element:
            element["index"] = original(element["index"])
    for finding in findings.get("patterns") or []:
        evidence = finding.get("evidence") if isinstance(finding, dict) else None
        if isinstance(evidence, dict):
            for key in ("element", "reference"):
                if key in evidence:
                    evidence[key] = original(evidence[key])
    return findings
