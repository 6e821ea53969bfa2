"""`consentlens scan`: render pages in headless Chromium, snapshot, classify.

    consentlens scan [--format json|text] URL...
    consentlens scan --list sites.txt --out results/ [--concurrency N] [--screenshots] [--lang de-DE] [--resume]

The browser runs extension/content/snapshot.js, the extension's own snapshot
code, so a scan sees a screen exactly as the extension does. With URLs: the
same JSON Lines as `consentlens classify` on stdout, with `source` = the URL;
a URL that cannot be loaded gets a message on stderr, the others are still
judged, and the exit status is 1. With --list: a crawl (consentlens/crawl.py)
that records one row per site in OUT/results.jsonl (docs/SCALE.md), shows
progress on stderr, and exits 0 once every site is recorded, errors included.
"""

from __future__ import annotations

import sys

from consentlens.commands.classify import EXIT_INPUT_ERROR, EXIT_MODEL_ERROR, emit


def register(subparsers) -> None:
    parser = subparsers.add_parser("scan", help="render URLs in headless Chromium and judge their consent screens",
                                   description=__doc__.split("\n\n")[1])
    parser.add_argument("urls", nargs="*", metavar="URL")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a page to load (default 20)")
    parser.add_argument("--settle", type=float, default=1.5,
                        help="seconds to keep looking for a late banner after load (default 1.5)")
    parser.add_argument("--lang", default=None, help="browser language, e.g. de-DE")
    parser.add_argument("--model-dir", default=None, help="model artefacts (default: the shipped model)")
    crawl = parser.add_argument_group("crawling a list of sites")
    crawl.add_argument("--list", dest="site_list", metavar="FILE",
                       help="sites to visit, one a line (bare domains get https://; '#' comments; rank,domain CSV)")
    crawl.add_argument("--out", metavar="DIR", help="folder for results.jsonl (and screenshots/); needed with --list")
    crawl.add_argument("--concurrency", type=int, default=2, help="pages rendered at once (default 2)")
    crawl.add_argument("--screenshots", action="store_true", help="save a PNG of each page's viewport")
    crawl.add_argument("--resume", action="store_true", help="skip the sites already in OUT/results.jsonl")
    crawl.add_argument("--max-page-memory", type=int, default=1024, metavar="MB",
                       help="a page whose JavaScript heap grows past this crashes (recorded) (default 1024)")
    crawl.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.set_defaults(func=run)


def run(args) -> int:
    from consentlens.model.predict import ArtefactError, load_analyzer

    problem = _check_mode(args)
    if problem:
        print(f"consentlens scan: {problem}", file=sys.stderr)
        return 2
    try:
        analyzer = load_analyzer(args.model_dir)
    except ArtefactError as exc:
        print(f"consentlens: {exc}", file=sys.stderr)
        return EXIT_MODEL_ERROR
    if args.site_list:
        return _crawl(args, analyzer)
    return _scan_urls(args, analyzer)


def _check_mode(args) -> str | None:
    if args.site_list and args.urls:
        return "give URLs or --list FILE, not both"
    if not args.site_list and not args.urls:
        return "give one or more URLs, or --list FILE --out DIR"
    if args.site_list and not args.out:
        return "--list needs --out DIR (where results.jsonl is written)"
    if args.concurrency < 1 or args.timeout <= 0 or args.settle < 0:
        return "--concurrency must be at least 1, --timeout positive and --settle not negative"
    return None


def _scan_urls(args, analyzer) -> int:
    from consentlens.scan import scan_urls

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


def _crawl(args, analyzer) -> int:
    from consentlens.crawl import CrawlError, CrawlOptions, crawl, read_site_list

    options = CrawlOptions(concurrency=args.concurrency, timeout_s=args.timeout, settle_s=args.settle,
                           lang=args.lang, screenshots=args.screenshots, page_memory_mb=args.max_page_memory,
                           progress=not args.no_progress)
    try:
        urls = read_site_list(args.site_list)
        summary = crawl(urls, args.out, analyzer, options, resume=args.resume)
    except CrawlError as exc:
        print(f"consentlens scan: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        print("consentlens scan: interrupted; rerun with --resume to go on", file=sys.stderr)
        return 130
    print(f"consentlens scan: {summary.recorded} sites recorded ({summary.errors} errors), "
          f"{summary.skipped} already done; results in {summary.results}", file=sys.stderr)
    return 0
