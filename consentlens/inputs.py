"""Reading what users hand us: saved pages and snapshot JSON (validated at the edge)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from consentlens.snapshot.from_html import MAX_HTML_BYTES, SnapshotError, snapshot_from_html
from consentlens.snapshot.schema import SchemaError, validate_snapshot

SUFFIXES = {".html", ".htm", ".xhtml", ".json"}


class InputError(ValueError):
    """An input that cannot be judged; the message says why."""


def iter_sources(paths):
    """Expand folders (recursively, sorted) into their HTML/JSON files; keep '-' and files."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield path  # reported as an error by load_input
            yield from found
        else:
            yield path


def read_bytes(source) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_HTML_BYTES + 1)
    else:
        path = Path(source)
        if path.is_dir():
            raise InputError("folder holds no .html, .htm or .json files")
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_HTML_BYTES + 1)
        except FileNotFoundError:
            raise InputError("no such file") from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"larger than {MAX_HTML_BYTES // 1_000_000} MB; not judged")
    return data


def load_input(source, url: str = "") -> dict | None:
    """A snapshot from a saved page or a snapshot file; None when the page has no dialog."""
    return snapshot_from_bytes(read_bytes(source), url)


def snapshot_from_bytes(data: bytes, url: str = "") -> dict | None:
    """A snapshot from the bytes of a saved page or a snapshot JSON (e.g. a WARC record's body)."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"larger than {MAX_HTML_BYTES // 1_000_000} MB; not judged")
    stripped = data.lstrip()
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:].lstrip()
    if not stripped:
        raise InputError("empty input")
    if stripped[:1] in (b"{", b"["):
        return _snapshot_json(stripped)
    if b"\x00" in data[:4096]:
        raise InputError("binary data, not an HTML page or a snapshot")
    head = stripped[:4096].lower()
    if b"<" not in head or not any(tag in data[:200_000].lower() for tag in (b"<html", b"<body", b"<div", b"<!doctype", b"<p", b"<button", b"<a ", b"<section", b"<dialog", b"<template")):
        raise InputError("not an HTML page (no markup found) and not a snapshot JSON")
    try:
        return snapshot_from_html(data, url)
    except SnapshotError as exc:
        raise InputError(str(exc)) from None


def _snapshot_json(data: bytes) -> dict:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"looks like JSON but is not valid JSON: {exc}") from None
    if isinstance(document, dict) and "snapshot" in document and isinstance(document["snapshot"], dict):
        document = document["snapshot"]
    try:
        validate_snapshot(document)
    except SchemaError as exc:
        raise InputError(f"not a valid snapshot: {exc}") from None
    return document

