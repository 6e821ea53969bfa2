"""A case as a ZIP: the evidence files, manifest.json (hashes, chain, signatures,
public key), a human-readable report.html and README.txt on how to verify.

Layout (paths use the case id, never its name: a name is a label):
  case-<id>/manifest.json
  case-<id>/report.html
  case-<id>/public_key.pem
  case-<id>/README.txt
  case-<id>/captures/0001/screenshot.png  full_page.png  snapshot.json  verdict.json
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

import jinja2

from ..accounts import utc_now
from .chain import SIGNED_PREFIX
from .overlay import findings, outlines
from .verify import readable_copy

MANIFEST_FORMAT = "consentlens-evidence-export/1"
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "application/json": "json"}
TEMPLATES = Path(__file__).parent / "templates"

README = """ConsentLens evidence export
===========================

manifest.json lists every capture of this case in chain order. For each one:
  entry        the signed chain entry (case, auditor, position, previous hash,
               URL, times, browser and versions, and the SHA-256 of each file)
  entry_hash   SHA-256 of the entry's canonical JSON (keys sorted, no spaces, UTF-8)
  signature    Ed25519 signature (hex) over the bytes "{prefix}" + entry_hash
  files        where each file of the entry is in this ZIP
Each entry's prev_hash is the entry_hash of the capture before it (the first
names 64 zeros), so removing, reordering or altering a capture breaks the chain.

Check everything (file hashes, entries, links, signatures):
  consentlens evidence verify {zip_name} [--public-key public_key.pem]
Compare the key id in manifest.json with the one the service publishes at
GET /api/v1/evidence/public-key to be sure the export was not re-signed.
"""


def _jinja() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)


def capture_files(capture: dict) -> dict:
    """role -> (sha256, file name inside the capture's folder)."""
    files = {}
    for role, record in capture["entry"]["files"].items():
        if record:
            files[role] = (record["sha256"], f"{role}.{EXTENSIONS.get(record.get('type'), 'bin')}")
    return files


def load_json_file(store, sha256: str):
    try:
        return json.loads(store.files.read(sha256))
    except (OSError, ValueError):
        return None


def capture_details(store, capture: dict) -> dict:
    """A capture with its snapshot, verdict, findings and outline boxes (for the reports)."""
    snapshot = load_json_file(store, capture["snapshot_sha256"])
    verdict = load_json_file(store, capture["verdict_sha256"])
    return {**capture, "snapshot": snapshot, "verdict": verdict, "findings": findings(verdict),
            "outlines": outlines(snapshot, verdict, capture["screenshot_width"], capture["screenshot_height"]),
            "folder": f"captures/{capture['seq']:04d}"}


def manifest_for(case: dict, auditor_name: str, chain: list[dict], signer) -> dict:
    items = []
    for capture in chain:
        folder = f"captures/{capture['seq']:04d}"
        items.append({
            "seq": capture["seq"],
            "entry": capture["entry"],
            "entry_hash": capture["entry_hash"],
            "signature": capture["signature"],
            "key_id": capture["key_id"],
            "capture": readable_copy(capture),
            "files": {role: f"{folder}/{name}" for role, (_sha, name) in capture_files(capture).items()},
        })
    keys = {signer.key_id: signer.public_key_pem} if signer else {}
    return {
        "format": MANIFEST_FORMAT,
        "exported_at": utc_now(),
        "case": {"id": case["id"], "name": case["name"], "auditor": auditor_name, "created_at": case["created_at"],
                 "length": case["captures"], "head_hash": case["head_hash"]},
        "hash": "SHA-256 of canonical JSON (sorted keys, no whitespace, UTF-8)",
        "signature": {"algorithm": "Ed25519", "message": SIGNED_PREFIX.decode("ascii") + "<entry_hash>"},
        "public_keys": keys,
        "captures": items,
    }


def render_report_html(case: dict, auditor_name: str, details: list[dict], manifest: dict, *,
                       image_prefix: str = "") -> str:
    return _jinja().get_template("report.html").render(
        case=case, auditor=auditor_name, captures=details, manifest=manifest, image_prefix=image_prefix)


def build_zip(store, case: dict, auditor_name: str, chain: list[dict]):
    """The export as a temporary file (rewound), so large cases do not sit in memory."""
    signer = store.existing_signer()
    manifest = manifest_for(case, auditor_name, chain, signer)
    root = f"case-{case['id']}/"
    details = [capture_details(store, capture) for capture in chain]
    out = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(root + "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for capture in chain:
            for role, (sha256, name) in capture_files(capture).items():
                try:
                    data = store.files.read(sha256)
                except (OSError, ValueError):
                    continue  # exported as it is: verification reports the missing file
                archive.writestr(f"{root}captures/{capture['seq']:04d}/{name}", data)
        archive.writestr(root + "report.html", render_report_html(case, auditor_name, details, manifest))
        if signer:
            archive.writestr(root + "public_key.pem", signer.public_key_pem)
        archive.writestr(root + "README.txt", README.format(prefix=SIGNED_PREFIX.decode("ascii"),
                                                            zip_name=f"case-{case['id']}.zip"))
    out.seek(0)
    return out
