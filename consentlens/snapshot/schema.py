"""The snapshot schema (schema.json beside this file) and its validation."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).with_name("schema.json")


class SchemaError(ValueError):
    """A snapshot that violates the schema; `path` points at the bad field."""

    def __init__(self, message: str, path: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def json_path(parts) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate_snapshot(document) -> None:
    """Raise SchemaError for the first (most relevant) violation."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if errors:
        error = errors[0]
        raise SchemaError(error.message[:300], json_path(error.absolute_path))
