"""`consentlens report`: summarise a results folder as Markdown and HTML with tables and charts.

    consentlens report RESULTS_DIR

RESULTS_DIR holds the results.jsonl of `consentlens scan --list` or
`consentlens batch`. Writes report.md, report.html, summary.json and charts/
beside it.
"""

from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="summarise scan/batch results as report.md and report.html",
                                   description=__doc__.split("\n\n")[1])
    parser.add_argument("folder", metavar="RESULTS_DIR")
    parser.set_defaults(func=run)


def run(args) -> int:
    try:
        from consentlens.report import ReportError, write_report
        markdown, page = write_report(args.folder)
    except ImportError as exc:
        print(f"consentlens report: {exc.name} is missing: pip install 'consentlens[scale]'", file=sys.stderr)
        return 1
    except ReportError as exc:
        print(f"consentlens report: {exc}", file=sys.stderr)
        return 1
    print(f"consentlens report: wrote {markdown} and {page}", file=sys.stderr)
    return 0
