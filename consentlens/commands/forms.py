"""`consentlens forms`: list the objection and complaint routes, or check catalogue drift.

  consentlens forms --platform instagram --pattern buried_opt_out --country NL --lang nl
  consentlens forms --check-drift [--shared ../shared/forms/catalogue.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from consentlens.paths import SHARED_DIR
from consentlens.taxonomy import LANGUAGES, PATTERNS

DEFAULT_SHARED = SHARED_DIR / "forms" / "catalogue.json"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "forms", help="list objection/complaint forms for a pattern, or check catalogue drift",
        description="List the forms a warning would link to (most specific first), or compare the "
                    "project's catalogue with the shared, verified one.")
    parser.add_argument("--platform", help="facebook, instagram, meta, whatsapp, x, tiktok, linkedin, ...")
    parser.add_argument("--pattern", choices=PATTERNS, help="a taxonomy pattern id (default: all patterns)")
    parser.add_argument("--country", help="ISO country code of the user, e.g. NL, DE, FR, BE, AT, IE")
    parser.add_argument("--lang", default="en", choices=LANGUAGES, help="language of titles (default en)")
    parser.add_argument("--topic", help="subject of the screen, e.g. ai_training, cookies, ads_personalisation")
    parser.add_argument("--limit", type=int, default=None, help="at most this many forms (default: all)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--check-drift", action="store_true",
                        help="compare consentlens/data/forms.json with the shared catalogue; exit 1 on drift")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help=f"the shared catalogue (default {DEFAULT_SHARED})")
    parser.set_defaults(func=run)


def run(args) -> int:
    from consentlens.context import normalise_country
    from consentlens.forms import CatalogueError, form_link, load_catalogue, match_forms, shipped_catalogue

    try:
        if args.check_drift:
            return _check_drift(args, load_catalogue(), load_catalogue(args.shared))
        country = normalise_country(args.country)
        entries = match_forms(args.pattern, platform=args.platform, country=country, lang=args.lang,
                              topic=args.topic, limit=args.limit, catalogue=shipped_catalogue())
    except (CatalogueError, ValueError) as exc:
        print(f"consentlens forms: {exc}", file=sys.stderr)
        return 2
    links = [form_link(entry, args.lang) | {"kind": entry["kind"], "platform": entry["platform"]}
             for entry in entries]
    if args.format == "json":
        print(json.dumps(links, ensure_ascii=False, indent=2))
        return 0
    if not links:
        print("No forms match; try without --platform or with a --country.")
    for number, link in enumerate(links, 1):
        print(f"{number}. {link['title']}  [{link['kind']}, {link['platform']}, {link['verification']}]")
        print(f"   {link['url']}")
        if "caveat" in link:
            print(f"   ! {link['caveat']}")
        if "covers" in link:
            print(f"   covers: {link['covers']}")
    return 0


def _check_drift(args, project: dict, shared: dict) -> int:
    from consentlens.forms import drift

    differences = drift(project, shared)
    if args.format == "json":
        print(json.dumps(differences, ensure_ascii=False, indent=2))
    elif not differences:
        print(f"No drift: consentlens/data/forms.json matches {args.shared}.")
    else:
        print(f"{len(differences)} difference(s) between consentlens/data/forms.json (project) and {args.shared} (shared):")
        for diff in differences:
            where = diff["id"] or "(catalogue)"
            if diff["change"] == "changed":
                print(f"  changed {where}.{diff['field']}: project {json.dumps(diff['project'], ensure_ascii=False)}"
                      f" -> shared {json.dumps(diff['shared'], ensure_ascii=False)}")
            else:
                print(f"  {diff['change']} {where}" + (" (only in shared)" if diff["change"] == "added" else " (only in project)"))
        print("Update consentlens/data/forms.json from the shared catalogue (or the shared one from ours) and re-run.")
    return 1 if differences else 0
