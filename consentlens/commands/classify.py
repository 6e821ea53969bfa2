"""`consentlens classify`: judge saved HTML pages or snapshots.

    consentlens classify [--format json|text] PATH...   (files, folders, '-' for stdin)

JSON Lines on stdout, one object per input that could be read:
{"source", "consent_screen", "consent_confidence", "lang", "patterns", "elements", "model_version"}.
An input that cannot be read or is not HTML/a snapshot gets a message on
stderr; the others are still judged, and the exit status is 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from consentlens.inputs import InputError, iter_sources, load_input

EXIT_INPUT_ERROR = 1
EXIT_MODEL_ERROR = 3


def register(subparsers) -> None:
    parser = subparsers.add_parser("classify", help="judge saved HTML pages or snapshot JSON files",
                                   description=__doc__.split("\n\n")[1])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="HTML file, snapshot .json, folder, or - for stdin")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    parser.add_argument("--model-dir", default=None, help="model artefacts (default: the shipped model)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from consentlens.model.predict import ArtefactError, load_analyzer

    try:
        analyzer = load_analyzer(args.model_dir)
    except ArtefactError as exc:
        print(f"consentlens: {exc}", file=sys.stderr)
        return EXIT_MODEL_ERROR
    status = 0
    for source in iter_sources(args.paths):
        try:
            snapshot = load_input(source)
        except InputError as exc:
            print(f"consentlens: {source}: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        result = {"source": str(source)}
        result.update(analyzer.analyze(snapshot))
        emit(result, args.format)
    return status


def emit(result: dict, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(result) + "\n")
    sys.stdout.flush()


def render_text(result: dict) -> str:
    lines = [f"{result['source']}"]
    if not result["consent_screen"]:
        lines.append("  no consent screen found")
        return "\n".join(lines)
    if not result["patterns"]:
        lines.append(f"  consent screen ({result['lang'] or '?'}): looks fair")
    else:
        lines.append(f"  consent screen ({result['lang'] or '?'}):")
    for finding in result["patterns"]:
        lines.append(f"  - {finding['id']} ({finding['confidence']:.2f}): {finding['evidence']['summary']}")
    return "\n".join(lines)


__all__ = ["register", "run", "Path"]
