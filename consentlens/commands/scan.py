"""`consentlens scan`: render pages in headless Chromium, snapshot, classify.

    consentlens scan [--format json|text] URL...

The browser runs extension/content/snapshot.js, the extension's own snapshot
code, so a scan sees a screen exactly as the extension does. Output: the same
JSON Lines as `consentlens classify`, with `source` = the URL. A URL that
cannot be loaded gets a message on stderr; the others are still judged, and the
exit status is 1.
"""

from __future__ import annotations

import sys

from consentlens.commands.classify import EXIT_INPUT_ERROR, EXIT_MODEL_ERROR, emit


def register(subparsers) -> None:
    parser = subparsers.add_parser("scan", help="render URLs in headless Chromium and judge their consent screens",
                                   description=__doc__.split("\n\n")[1])
    parser.add_argument("urls", nargs="+", metavar="URL")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a page to load (default 20)")
    parser.add_argument("--settle", type=float, default=1.5,
                        help="seconds to keep looking for a late banner after load (default 1.5)")
    parser.add_argument("--lang", default=None, help="browser language, e.g. de-DE")
    parser.add_argument("--model-dir", default=None, help="model artefacts (default: the shipped model)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from consentlens.model.predict import ArtefactError, load_analyzer
    from consentlens.scan import scan_urls

    try:
        analyzer = load_analyzer(args.model_dir)
    except ArtefactError as exc:
        print(f"consentlens: {exc}", file=sys.stderr)
        return EXIT_MODEL_ERROR
    status = 0
    for result in scan_urls(args.urls, timeout_ms=int(args.timeout * 1000), settle_ms=int(args.settle * 1000),
                            lang=args.lang):
        if result.error:
            print(f"consentlens: {result.url}: {result.error}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        verdict = {"source": result.url}
        verdict.update(analyzer.analyze(result.snapshot))
        emit(verdict, args.format)
    return status
