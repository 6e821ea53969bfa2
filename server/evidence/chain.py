"""The per-case hash chain: what a chain entry holds, how it is hashed and signed.

An entry is a JSON object; its hash is the SHA-256 of its canonical JSON
(keys sorted, no spaces, UTF-8, no NaN). Each entry names the hash of the one
before it (`prev_hash`; the first names GENESIS), so altering, removing or
reordering any earlier capture breaks every later link. The server signs
`SIGNED_PREFIX + entry_hash` with its Ed25519 key (signing.py).

These functions are pure: the database, the export and `consentlens evidence
verify` all use them, so what is written is what is checked.
"""

from __future__ import annotations

import hashlib
import json

ENTRY_FORMAT = "consentlens-evidence-entry/1"
GENESIS = "0" * 64
SIGNED_PREFIX = b"consentlens-evidence-entry/1 "

# capture-table column -> where the same fact sits in the signed entry
COLUMN_PATHS = {
    "case_id": ("case", "id"),
    "seq": ("seq",),
    "prev_hash": ("prev_hash",),
    "url": ("capture", "url"),
    "captured_at": ("capture", "captured_at"),
    "received_at": ("capture", "received_at"),
    "browser": ("capture", "browser"),
    "extension_version": ("capture", "extension_version"),
    "model_version": ("capture", "model_version"),
    "screenshot_sha256": ("files", "screenshot", "sha256"),
    "screenshot_type": ("files", "screenshot", "type"),
    "screenshot_width": ("files", "screenshot", "width"),
    "screenshot_height": ("files", "screenshot", "height"),
    "full_page_sha256": ("files", "full_page", "sha256"),
    "full_page_type": ("files", "full_page", "type"),
    "snapshot_sha256": ("files", "snapshot", "sha256"),
    "verdict_sha256": ("files", "verdict", "sha256"),
}

FILE_ROLES = ("screenshot", "full_page", "snapshot", "verdict")


def canonical_json(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entry_hash(entry: dict) -> str:
    return sha256_hex(canonical_json(entry))


def signed_message(hash_hex: str) -> bytes:
    return SIGNED_PREFIX + hash_hex.encode("ascii")


def build_entry(*, case_id: str, case_name: str, auditor: str, seq: int, prev_hash: str,
                capture: dict, files: dict) -> dict:
    """`capture`: url, captured_at, received_at, browser, extension_version, model_version,
    patterns; `files`: role -> {"sha256", "type", "size", ...} (full_page may be None)."""
    return {
        "format": ENTRY_FORMAT,
        "case": {"id": case_id, "name": case_name},
        "auditor": auditor,
        "seq": seq,
        "prev_hash": prev_hash,
        "capture": dict(capture),
        "files": {role: files.get(role) for role in FILE_ROLES},
    }


def lookup(entry: dict, path: tuple):
    value = entry
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def differences(signed, other, prefix: str = "") -> list[str]:
    """Dotted paths where two JSON values differ (for naming an altered field)."""
    if isinstance(signed, dict) and isinstance(other, dict):
        paths = []
        for key in sorted(set(signed) | set(other), key=str):
            paths += differences(signed.get(key), other.get(key), f"{prefix}.{key}" if prefix else str(key))
        return paths
    return [] if signed == other else [prefix or "(whole entry)"]
