"""`consentlens auditor add NAME | list | token NAME | share NAME [--revoke]`: the people who may capture evidence.

`share` records the auditor's permission to let researchers import their
captures into labelling projects (docs/LABELLING.md); without it, no capture
of theirs can be imported.

The token is printed once, on stdout (so it can be piped into a password
manager); only its SHA-256 is kept in the data dir's database.
"""

from __future__ import annotations

import sys

from .accounts import print_new_account, print_new_token


def add_data_dir_option(parser) -> None:
    parser.add_argument("--data-dir", help="the service's data dir (default $CONSENTLENS_DATA_DIR, else "
                                           "~/.local/share/consentlens); CONSENTLENS_DATABASE_URL selects PostgreSQL")


def open_store(args):
    from consentlens.server.evidence.store import EvidenceStore, store_from_environment

    return EvidenceStore(args.data_dir) if getattr(args, "data_dir", None) else store_from_environment()


def register(subparsers) -> None:
    parser = subparsers.add_parser("auditor", help="create and list auditors (evidence capture tokens)",
                                   description="Auditors capture evidence with the extension, using a token.")
    commands = parser.add_subparsers(dest="auditor_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="create an auditor and print their token (shown once)")
    add.add_argument("name", help="the auditor's name (a label, e.g. 'Consumer group NL - Anna')")
    add_data_dir_option(add)
    add.set_defaults(func=run_add)
    listing = commands.add_parser("list", help="list auditors and how many cases each has")
    add_data_dir_option(listing)
    listing.set_defaults(func=run_list)
    token = commands.add_parser("token", help="replace an auditor's token (the old one stops working)")
    token.add_argument("name")
    add_data_dir_option(token)
    token.set_defaults(func=run_token)
    share = commands.add_parser("share", help="allow researchers to import this auditor's captures for labelling")
    share.add_argument("name")
    share.add_argument("--revoke", action="store_true", help="withdraw the permission")
    add_data_dir_option(share)
    share.set_defaults(func=run_share)


def run_add(args) -> int:
    from consentlens.server.evidence.auditors import add_auditor

    store = open_store(args)
    auditor = print_new_account("auditor add", add_auditor, store, args.name)
    if auditor is None:
        return 1
    where = store.data_dir if store.db.is_sqlite else store.db.engine.url.render_as_string(hide_password=True)
    print(f"Created auditor {auditor['name']!r} (id {auditor['id']}) in {where}. "
          "The token above is shown only now: enter it in the extension's options and keep it secret.",
          file=sys.stderr)
    return 0


def run_list(args) -> int:
    from consentlens.server.evidence.auditors import list_auditors

    rows = list_auditors(open_store(args))
    if not rows:
        print("No auditors yet; create one with `consentlens auditor add NAME`.", file=sys.stderr)
        return 0
    width = max(len(row["name"]) for row in rows)
    for row in rows:
        print(f"{row['id']:>4}  {row['name']:<{width}}  {row['cases']:>3} case(s)  created {row['created_at']}")
    return 0


def run_token(args) -> int:
    from consentlens.server.evidence.auditors import replace_token

    if not print_new_token("auditor token", replace_token, open_store(args), args.name):
        return 1
    print("The old token no longer works (also not in the gallery).", file=sys.stderr)
    return 0


def run_share(args) -> int:
    from consentlens.server.labelling.accounts import set_capture_sharing
    from consentlens.server.labelling.store import LabelStore

    store = open_store(args)
    try:
        set_capture_sharing(LabelStore(store.data_dir, store.db), args.name, not args.revoke)
    except LookupError as exc:
        print(f"consentlens auditor share: {exc}", file=sys.stderr)
        return 1
    print(f"Researchers may {'no longer ' if args.revoke else ''}import captures of {args.name!r}.", file=sys.stderr)
    return 0
