"""`consentlens evidence verify CASE_ID|EXPORT.zip` and `consentlens evidence public-key`.

verify recomputes every file hash, chain entry, link and signature and names
each alteration (capture, field or file); exit 0 intact, 1 altered, 2 when
the case or file cannot be found or read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .auditor import add_data_dir_option, open_store


def register(subparsers) -> None:
    parser = subparsers.add_parser("evidence", help="verify evidence (a case or an exported ZIP)",
                                   description="Check auditors' evidence for alterations.")
    commands = parser.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    verify = commands.add_parser("verify", help="recompute hashes, chain and signatures; name what was altered")
    verify.add_argument("target", metavar="CASE_ID|EXPORT.zip",
                        help="a case id from the data dir, or a ZIP exported from the gallery or API")
    verify.add_argument("--public-key", help="PEM file of the service's public key to trust (for a ZIP; "
                                             "default: the key inside the ZIP, compared with the data dir's)")
    add_data_dir_option(verify)
    verify.set_defaults(func=run_verify)
    key = commands.add_parser("public-key", help="print the service's public signing key (PEM)")
    add_data_dir_option(key)
    key.set_defaults(func=run_public_key)


def _trusted_key(args) -> str | None:
    return Path(args.public_key).read_text(encoding="ascii") if args.public_key else None


def run_verify(args) -> int:
    from consentlens.server.evidence.verify import verify_target

    try:
        report = verify_target(args.target, lambda: open_store(args), _trusted_key(args))
    except (LookupError, ValueError, OSError) as exc:
        print(f"consentlens evidence verify: {exc}", file=sys.stderr)
        return 2
    case = report.case
    if Path(args.target).is_file() and not args.public_key:
        local = open_store(args).existing_signer()
        if local and report.key_ids and local.key_id not in report.key_ids:
            report.notes.append(f"the export is signed with another key than this data dir's ({local.key_id[:16]}...): "
                                "it comes from another service, or was re-signed")
    print(f"{report.source}: case {case.get('name')!r} ({case.get('id')}), {report.captures} capture(s)")
    for note in report.notes:
        print(f"  note: {note}")
    if report.ok:
        print("INTACT: every file hash, chain link and signature checks out.")
        return 0
    print(f"ALTERED: {len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def run_public_key(args) -> int:
    signer = open_store(args).existing_signer()
    if signer is None:
        print("consentlens evidence public-key: no evidence was signed yet, so there is no key.", file=sys.stderr)
        return 1
    print(signer.public_key_pem, end="")
    print(f"key id (sha256 of the raw key): {signer.key_id}", file=sys.stderr)
    return 0
