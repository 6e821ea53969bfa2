"""`consentlens researcher …` (accounts) and `consentlens labels …` (projects, import, export).

    consentlens researcher add NAME [--admin]     prints a token once (clr_…); only its SHA-256 is kept
    consentlens researcher list | token NAME
    consentlens labels create PROJECT [--order uncertainty|random] [--annotators N] [--seed S]
    consentlens labels list
    consentlens labels import PROJECT FILE... [--case CASE_ID] [--no-suggestions]
    consentlens labels export PROJECT --format jsonl|csv|labelstudio [--out FILE]
    consentlens labels labelstudio-config

The same database as the service (CONSENTLENS_DATA_DIR / --data-dir,
CONSENTLENS_DATABASE_URL). See docs/LABELLING.md.
"""

from __future__ import annotations

import sys

from consentlens.commands.accounts import print_new_account, print_new_token
from consentlens.commands.auditor import add_data_dir_option

MAX_ERRORS_SHOWN = 20


def open_store(args):
    from consentlens.server.labelling.store import store_from_environment

    return store_from_environment(getattr(args, "data_dir", None))


def register(subparsers) -> None:
    researcher = subparsers.add_parser("researcher", help="create and list researchers (labelling app accounts)",
                                       description="Researchers label consent screens in the app under /label.")
    actions = researcher.add_subparsers(dest="researcher_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a researcher and print their token (shown once)")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="may create projects, import and set final labels")
    add_data_dir_option(add)
    add.set_defaults(func=run_researcher_add)
    listing = actions.add_parser("list", help="list researchers")
    add_data_dir_option(listing)
    listing.set_defaults(func=run_researcher_list)
    token = actions.add_parser("token", help="a new token for a researcher (the old one stops working)")
    token.add_argument("name")
    add_data_dir_option(token)
    token.set_defaults(func=run_researcher_token)

    labels = subparsers.add_parser("labels", help="labelling projects: create, import, export",
                                   description="Labelling projects (the app is served under /label by serve).")
    actions = labels.add_subparsers(dest="labels_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a project")
    create.add_argument("project")
    create.add_argument("--description", default="")
    create.add_argument("--order", choices=("uncertainty", "random"), default="uncertainty",
                        help="queue order: model uncertainty first (active learning) or random (seeded)")
    create.add_argument("--annotators", type=int, default=2, help="annotators per screen (default 2)")
    create.add_argument("--seed", type=int, default=42, help="seed of the random order (default 42)")
    add_data_dir_option(create)
    create.set_defaults(func=run_create)
    listing = actions.add_parser("list", help="list projects")
    add_data_dir_option(listing)
    listing.set_defaults(func=run_list)
    imp = actions.add_parser("import", help="import screens (and any labels they carry) into a project",
                             description="FILE: snapshot JSON Lines (.jsonl[.gz]: snapshots, {\"snapshot\": …} or "
                                         "training_data records), a snapshot or Label Studio tasks (.json), our "
                                         "CSV (.csv), saved pages (.html), URL lists (.txt, scanned in Chromium).")
    imp.add_argument("project")
    imp.add_argument("files", nargs="*", metavar="FILE")
    imp.add_argument("--case", action="append", default=[], metavar="CASE_ID",
                     help="import the captures of an auditors' case (the auditor must allow it: "
                          "consentlens auditor share NAME)")
    imp.add_argument("--no-suggestions", action="store_true", help="do not run the model for suggestions")
    imp.add_argument("--create", action="store_true", help="create the project if it does not exist")
    add_data_dir_option(imp)
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="write a project's screens and labels")
    exp.add_argument("project")
    exp.add_argument("--format", choices=("jsonl", "csv", "labelstudio"), default="jsonl")
    exp.add_argument("--out", help="file to write (default: stdout)")
    add_data_dir_option(exp)
    exp.set_defaults(func=run_export)
    config = actions.add_parser("labelstudio-config", help="print the Label Studio labelling interface for exports")
    config.set_defaults(func=run_labelstudio_config)


def _err(command: str, message: str) -> int:
    print(f"consentlens {command}: {message}", file=sys.stderr)
    return 1


def run_researcher_add(args) -> int:
    from consentlens.server.labelling.accounts import add_researcher

    role = "admin" if args.admin else "researcher"
    researcher = print_new_account("researcher add", add_researcher, open_store(args), args.name, role)
    if researcher is None:
        return 1
    print(f"Created {researcher['role']} {researcher['name']!r}. The token above is shown only now: log in at "
          "/label/login of `consentlens serve` with it.", file=sys.stderr)
    return 0


def run_researcher_list(args) -> int:
    from consentlens.server.labelling.accounts import list_researchers

    rows = list_researchers(open_store(args))
    if not rows:
        print("No researchers yet; create one with `consentlens researcher add NAME [--admin]`.", file=sys.stderr)
        return 0
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        login = "" if r["can_log_in"] else "  (no token: came with imported labels)"
        print(f"{r['id']:>4}  {r['name']:<{width}}  {r['role']:<10}  {r['labels']:>5} label(s){login}")
    return 0


def run_researcher_token(args) -> int:
    from consentlens.server.labelling.accounts import replace_token

    if not print_new_token("researcher token", replace_token, open_store(args), args.name):
        return 1
    print("The old token no longer works.", file=sys.stderr)
    return 0


def run_create(args) -> int:
    from consentlens.server.labelling.projects import create_project

    try:
        project = create_project(open_store(args), args.project, description=args.description,
                                 queue_order=args.order, seed=args.seed, annotators_per_screen=args.annotators)
    except ValueError as exc:
        return _err("labels create", str(exc))
    print(f"Created project {project['name']!r} (id {project['id']}).", file=sys.stderr)
    return 0


def run_list(args) -> int:
    from consentlens.server.labelling.projects import list_projects

    rows = list_projects(open_store(args))
    if not rows:
        print("No projects yet; create one with `consentlens labels create PROJECT`.", file=sys.stderr)
    for r in rows:
        print(f"{r['id']:>4}  {r['name']}  {r['screens']} screen(s), {r['final']} final, order {r['queue_order']}")
    return 0


def _analyzer(args):
    if args.no_suggestions:
        return None
    from consentlens.model.predict import ArtefactError, load_analyzer

    try:
        return load_analyzer()
    except ArtefactError as exc:
        print(f"consentlens labels import: no model suggestions ({exc})", file=sys.stderr)
        return None


def run_import(args) -> int:
    from consentlens.server.evidence.store import EvidenceStore
    from consentlens.server.labelling import importing
    from consentlens.server.labelling.projects import create_project, get_project

    if not args.files and not args.case:
        return _err("labels import", "name at least one FILE or --case CASE_ID")
    store = open_store(args)
    project = get_project(store, args.project)
    if project is None and args.create:
        project = create_project(store, args.project)
    if project is None:
        return _err("labels import", f"no project {args.project!r}; create it with `consentlens labels create "
                                     f"{args.project!r}` (or add --create)")
    analyzer = _analyzer(args)
    summary = importing.import_files(store, project, args.files, analyzer=analyzer)
    for case_id in args.case:
        try:
            items = importing.capture_items(store, EvidenceStore(store.data_dir, store.db), case_id)
        except importing.ImportError_ as exc:
            summary["errors"].append(str(exc))
            continue
        part = importing.apply(store, project, items, analyzer=analyzer)
        for key in ("added", "duplicates", "annotations", "finals"):
            summary[key] += part[key]
        summary["errors"] += part["errors"]
    for error in summary["errors"][:MAX_ERRORS_SHOWN]:
        print(f"  not imported: {error}", file=sys.stderr)
    if len(summary["errors"]) > MAX_ERRORS_SHOWN:
        print(f"  … and {len(summary['errors']) - MAX_ERRORS_SHOWN} more", file=sys.stderr)
    print(f"{project['name']}: {summary['added']} screen(s) added, {summary['duplicates']} already there, "
          f"{summary['annotations']} label(s) and {summary['finals']} final label(s) taken over"
          + (f", {len(summary['errors'])} problem(s)" if summary["errors"] else ""), file=sys.stderr)
    return 1 if summary["errors"] and not summary["added"] and not summary["duplicates"] else 0


def run_export(args) -> int:
    from consentlens.server.labelling.formats import export
    from consentlens.server.labelling.projects import get_project

    store = open_store(args)
    project = get_project(store, args.project)
    if project is None:
        return _err("labels export", f"no project {args.project!r}")
    text = export(store, project, args.format)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


def run_labelstudio_config(args) -> int:
    from consentlens.server.labelling.formats import labelstudio_config

    sys.stdout.write(labelstudio_config())
    return 0
