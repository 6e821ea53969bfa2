"""`consentlens batch`: classify many snapshots, saved pages or WARC files on Dask.

    consentlens batch INPUT... --out OUT [--scheduler tcp://host:8786] [--workers N]

INPUT: folders of saved pages (.html) or snapshots (.json), snapshot JSON
Lines (.jsonl; also the results.jsonl of `scan --list`), WARC files (.warc,
.warc.gz). Writes OUT/results.jsonl (one row per page, the verdict is what
`consentlens classify` prints), OUT/summary.json and OUT/charts/. A page that
cannot be judged is a row with its error; the exit status is 0 once every
page has its row. See docs/SCALE.md.
"""

from __future__ import annotations

import sys

from consentlens.commands.classify import EXIT_INPUT_ERROR, EXIT_MODEL_ERROR


def register(subparsers) -> None:
    parser = subparsers.add_parser("batch", help="classify many snapshots, saved pages or WARC files on Dask",
                                   description=__doc__.split("\n\n")[1])
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folder, .html, .json, .jsonl, .warc(.gz)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for results.jsonl, summary.json, charts/")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--model-dir", default=None, help="model artefacts (default: the shipped model)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.set_defaults(func=run)


def run(args) -> int:
    from consentlens.model.predict import ArtefactError, load_analyzer

    if args.workers < 1:
        print("consentlens batch: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        load_analyzer(args.model_dir)  # fail here, with the reason, rather than on every worker
    except ArtefactError as exc:
        print(f"consentlens: {exc}", file=sys.stderr)
        return EXIT_MODEL_ERROR
    try:
        from consentlens.batch import BatchError, run_batch
    except ImportError as exc:
        print(f"consentlens batch: {exc.name} is missing: pip install 'consentlens[scale]'", file=sys.stderr)
        return EXIT_INPUT_ERROR
    try:
        summary = run_batch(args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
                            model_dir=args.model_dir, progress=not args.no_progress)
    except BatchError as exc:
        print(f"consentlens batch: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    print(f"consentlens batch: {summary['pages']} pages ({summary['errors']} errors), "
          f"{summary['consent_screens']} consent screens; results in {args.out}", file=sys.stderr)
    return 0
