"""Check a case (in the data dir) or an exported ZIP: file hashes, entries, chain links, signatures.

Every check that fails becomes one `Problem` naming the capture and the
field or file, e.g. "capture 3: the screenshot file was altered (signed
sha256 1f2e..., found 9a8b...)". A capture's facts are kept twice (the
signed entry, and database columns or the manifest's readable copy), so when
one copy is changed the altered field can be named.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .chain import COLUMN_PATHS, GENESIS, entry_hash, lookup
from .files import sha256_file
from .signing import key_id, load_public_key, verify_signature


@dataclass
class Problem:
    seq: int | None
    message: str

    def __str__(self):
        return f"capture {self.seq}: {self.message}" if self.seq is not None else self.message


@dataclass
class Report:
    source: str
    case: dict
    captures: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    key_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, seq, message):
        self.problems.append(Problem(seq, message))


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def readable_copy(row: dict) -> dict:
    """The columns of a capture that the signed entry also holds."""
    copy = {column: row.get(column) for column in COLUMN_PATHS}
    copy["patterns"] = list(row.get("patterns") or [])
    return copy


def _compare_copy(report, seq, entry, copy, where):
    for column, path in COLUMN_PATHS.items():
        signed, found = lookup(entry, path), copy.get(column)
        if signed != found:
            report.add(seq, f"{where} `{column}` was altered: signed {_short(signed)}, found {_short(found)}")
    signed_patterns = lookup(entry, ("capture", "patterns"))
    if signed_patterns != copy.get("patterns"):
        report.add(seq, f"{where} `patterns` was altered: signed {_short(signed_patterns)}, "
                        f"found {_short(copy.get('patterns'))}")


def _check_entry(report, seq, entry, stored_hash, signature, signer_key_id, keys, previous_hash):
    """Entry hash, signature and the link to the previous entry."""
    if entry_hash(entry) != stored_hash:
        report.add(seq, f"the signed entry was altered: it no longer hashes to its signed hash {stored_hash[:16]}...")
    public_key = keys.get(signer_key_id)
    if public_key is None:
        report.add(seq, f"signed by an unknown key {signer_key_id[:16]}...; its signature cannot be checked")
    elif not verify_signature(public_key, stored_hash, signature or ""):
        report.add(seq, "the signature does not match the entry hash (hash or signature altered)")
    if entry.get("seq") != seq:
        report.add(seq, f"the entry says it is capture {entry.get('seq')} but sits at position {seq}")
    if entry.get("prev_hash") != previous_hash:
        report.add(seq, f"the chain is broken before this capture: it follows {str(entry.get('prev_hash'))[:16]}..., "
                        f"but the capture before it hashes to {previous_hash[:16]}...")


def _check_files(report, seq, entry, digest_of):
    for role, record in (entry.get("files") or {}).items():
        if not record:
            continue
        signed = record.get("sha256")
        found = digest_of(role, signed)
        name = role.replace("_", "-")
        if found is None:
            report.add(seq, f"the {name} file is missing (signed sha256 {str(signed)[:16]}...)")
        elif found != signed:
            report.add(seq, f"the {name} file was altered (signed sha256 {str(signed)[:16]}..., found {found[:16]}...)")


def _check_head(report, case, rows):
    last = rows[-1]["entry_hash"] if rows else None
    if case.get("length") != len(rows) or case.get("head_hash") != last:
        head = str(case.get("head_hash"))[:16]
        report.add(None, f"the case records {case.get('length')} capture(s) ending in {head}..., "
                         f"but {len(rows)} are present ending in {str(last)[:16]}... (captures removed or added)")


def verify_case(store, case_id: str) -> Report:
    from .captures import chain_of, get_case

    case = get_case(store, None, case_id)
    if case is None:
        raise LookupError(f"no case {case_id!r} in {store.data_dir}")
    where = store.data_dir if store.db.is_sqlite else store.db.engine.url.render_as_string(hide_password=True)
    report = Report(source=f"case {case_id} in {where}",
                    case={"id": case["id"], "name": case["name"]})
    signer = store.existing_signer()
    keys = {signer.key_id: signer.public_key} if signer else {}
    if not signer:
        report.add(None, f"no signing key in {store.key_dir}: signatures cannot be checked")
    rows = chain_of(store, case_id)
    previous = GENESIS
    for position, row in enumerate(rows, start=1):
        if row["seq"] != position:
            report.add(position, f"is missing: the chain jumps to capture {row['seq']}")
        entry = row["entry"]
        _check_entry(report, row["seq"], entry, row["entry_hash"], row["signature"], row["key_id"], keys, previous)
        _compare_copy(report, row["seq"], entry, readable_copy(row), "database column")

        def digest_of(_role, signed):
            try:
                path = store.files.path(signed)
            except ValueError:
                return None
            return sha256_file(path) if path.exists() else None

        _check_files(report, row["seq"], entry, digest_of)
        previous = row["entry_hash"]
    report.captures = len(rows)
    _check_head(report, {"length": case["captures"], "head_hash": case["head_hash"]}, rows)
    return report


def verify_export(path: Path, trusted_key_pem: str | None = None) -> Report:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{path} is not a readable ZIP file ({exc})") from None
    with archive:
        names = set(archive.namelist())
        manifest_name = next((n for n in sorted(names) if n.endswith("manifest.json") and n.count("/") <= 1), None)
        if manifest_name is None:
            raise ValueError(f"{path} holds no manifest.json: it is not a ConsentLens case export")
        root = manifest_name[: -len("manifest.json")]
        try:
            manifest = json.loads(archive.read(manifest_name))
        except ValueError as exc:
            raise ValueError(f"{manifest_name} in {path} is not valid JSON ({exc})") from None
        case = manifest.get("case") or {}
        report = Report(source=str(path), case={"id": case.get("id"), "name": case.get("name")})
        keys = {}
        for pem in (manifest.get("public_keys") or {}).values():
            try:
                public_key = load_public_key(pem)
                keys[key_id(public_key)] = public_key
            except ValueError:
                report.add(None, "a public key in the manifest is not a valid Ed25519 key")
        report.key_ids = list(keys)
        if trusted_key_pem:
            trusted = load_public_key(trusted_key_pem)
            if key_id(trusted) not in keys:
                report.add(None, "the export was not signed with the trusted public key (re-signed with another key?)")
            keys = {key_id(trusted): trusted}
        else:
            report.notes.append("signatures were checked against the key in the export (id "
                                + ", ".join(k[:16] + "..." for k in keys) + "); compare it with the key the service "
                                "publishes (GET /api/v1/evidence/public-key) or pass --public-key")
        listed = {manifest_name}
        previous = GENESIS
        rows = manifest.get("captures") or []
        for position, item in enumerate(rows, start=1):
            seq = item.get("seq")
            if seq != position:
                report.add(position, f"is missing: the manifest jumps to capture {seq}")
            entry = item.get("entry") or {}
            _check_entry(report, seq, entry, item.get("entry_hash", ""), item.get("signature"), item.get("key_id", ""),
                         keys, previous)
            _compare_copy(report, seq, entry, item.get("capture") or {}, "manifest field")
            members = item.get("files") or {}
            listed.update(root + m for m in members.values() if m)

            def digest_of(role, _signed):
                member = members.get(role)
                if not member or root + member not in names:
                    return None
                return hashlib.sha256(archive.read(root + member)).hexdigest()

            _check_files(report, seq, entry, digest_of)
            previous = item.get("entry_hash", "")
        report.captures = len(rows)
        _check_head(report, {"length": case.get("length"), "head_hash": case.get("head_hash")},
                    [{"entry_hash": item.get("entry_hash")} for item in rows])
        informational = {root + "report.html", root + "public_key.pem", root + "README.txt"}
        for extra in sorted(names - listed - informational):
            if not extra.endswith("/"):
                report.notes.append(f"{extra} is not part of the signed evidence")
    return report


def verify_target(target: str, store_factory, trusted_key_pem: str | None = None) -> Report:
    """A path to an existing .zip file is an export; anything else a case id in the data dir."""
    path = Path(target)
    if path.suffix.lower() == ".zip" or path.is_file():
        if not path.is_file():
            raise LookupError(f"no such file: {target}")
        return verify_export(path, trusted_key_pem)
    return verify_case(store_factory(), target)

