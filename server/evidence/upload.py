"""The edge of POST /api/v1/captures: read the multipart body, check every part.

Parts (multipart/form-data):
  screenshot   file, PNG or JPEG (captureVisibleTab's data: URL turned into a Blob)
  full_page    file, optional, PNG or JPEG
  metadata     JSON (a text field or a file part), the object described by
               CaptureMetadata in server/openapi.py
Everything wrong becomes an ApiError naming the part or field
(`metadata.captured_at`), so the extension can show what to fix.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from flask import Request

from ..errors import ApiError
from ..validation import validate_snapshot
from .images import check_image
from .names import check_name

_PATTERN_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
TEXT_LIMITS = {"url": 4096, "browser": 200, "extension_version": 50, "model_version": 100}


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(422, "invalid_capture", message, f"metadata.{field}" if field else "metadata")


def _file_bytes(request: Request, name: str) -> bytes | None:
    storage = request.files.get(name)
    return storage.read() if storage is not None else None


def _metadata(request: Request) -> dict:
    text = request.form.get("metadata")
    if text is None:
        raw = _file_bytes(request, "metadata")
        if raw is None:
            raise ApiError(422, "invalid_capture", "The `metadata` part is missing: send the capture's facts as JSON "
                                                   "(case, url, captured_at, snapshot, verdict).", "metadata")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "malformed_json", "The `metadata` part is not UTF-8.", "metadata") from None
    try:
        value = json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
    except (ValueError, RecursionError):
        raise ApiError(400, "malformed_json", "The `metadata` part is not valid JSON.", "metadata") from None
    if not isinstance(value, dict):
        raise _invalid("", "`metadata` must be a JSON object.")
    return value


def _text(metadata: dict, field: str, required: bool = False) -> str:
    value = metadata.get(field)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _invalid(field, f"`{field}` must be a {'non-empty ' if required else ''}string.")
    if len(value) > TEXT_LIMITS[field]:
        raise _invalid(field, f"`{field}` is longer than {TEXT_LIMITS[field]} characters.")
    return value.strip()


def _timestamp(metadata: dict) -> str:
    value = metadata.get("captured_at")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _invalid("captured_at", "`captured_at` must be an ISO 8601 time with a zone, e.g. "
                                      "new Date().toISOString() → 2026-11-23T14:00:00.000Z.")
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _snapshot(metadata: dict):
    snapshot = metadata.get("snapshot")
    if snapshot is None:
        return None
    try:
        return validate_snapshot(snapshot)
    except ApiError as error:
        raise ApiError(422, "invalid_capture", f"`snapshot`: {error.message}",
                       "metadata.snapshot" + (error.path or "$")[1:]) from None


def _verdict(metadata: dict) -> tuple[object, list[str]]:
    verdict = metadata.get("verdict")
    if verdict is None:
        return None, []
    if not isinstance(verdict, dict) or not isinstance(verdict.get("patterns", []), list):
        raise _invalid("verdict", "`verdict` must be the /api/v1/analyze answer (an object with `patterns`), or null.")
    ids = []
    for position, pattern in enumerate(verdict.get("patterns", [])):
        pattern_id = pattern.get("id") if isinstance(pattern, dict) else None
        if not isinstance(pattern_id, str) or not _PATTERN_ID.fullmatch(pattern_id):
            raise _invalid(f"verdict.patterns[{position}].id", "each pattern needs an `id` like buried_opt_out.")
        if pattern_id not in ids:
            ids.append(pattern_id)
    return verdict, ids


def read_capture(request: Request, image_max_bytes: int) -> dict:
    """The checked parts of a capture upload, ready for record_capture()."""
    if request.mimetype != "multipart/form-data":
        raise ApiError(415, "unsupported_media_type",
                       "Send a capture as multipart/form-data with a `screenshot` file and a `metadata` JSON part "
                       "(see docs/EVIDENCE.md).")
    metadata = _metadata(request)
    try:
        case_name = check_name(metadata.get("case"), "case name")
    except ValueError as exc:
        raise _invalid("case", f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    screenshot = _file_bytes(request, "screenshot")
    if screenshot is None:
        raise ApiError(422, "invalid_capture", "The `screenshot` file part is missing.", "screenshot")
    shot = (screenshot, check_image(screenshot, "screenshot", image_max_bytes))
    full = _file_bytes(request, "full_page")
    full_page = (full, check_image(full, "full_page", image_max_bytes)) if full else None
    snapshot = _snapshot(metadata)
    verdict, patterns = _verdict(metadata)
    model_version = _text(metadata, "model_version") or (
        verdict.get("model_version") if isinstance(verdict, dict) and isinstance(verdict.get("model_version"), str)
        else "")[: TEXT_LIMITS["model_version"]]
    capture = {
        "url": _text(metadata, "url", required=True),
        "captured_at": _timestamp(metadata),
        "browser": _text(metadata, "browser"),
        "extension_version": _text(metadata, "extension_version"),
        "model_version": model_version,
        "patterns": patterns,
    }
    return {"case_name": case_name, "capture": capture, "screenshot": shot, "full_page": full_page,
            "snapshot": snapshot, "verdict": verdict}
