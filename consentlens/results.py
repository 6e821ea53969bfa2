"""Result rows of `scan --list` and `batch` (OUT/results.jsonl) and their counts.

A row is one page: `status` ("ok" or what went wrong), `error`, `site` and the
`verdict` (the object `consentlens classify` prints, null unless ok). Scan rows
add url/final_url/snapshot/screenshot/timings; batch rows add `source`.
summarise() turns rows into the counts that summary.json, the charts and
`consentlens report` show, so all three agree.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from consentlens.taxonomy import PATTERNS

RESULTS_FILE = "results.jsonl"
SUMMARY_FILE = "summary.json"
ERROR_EXAMPLES = 50


def site_of(url: str) -> str:
    """The host a page belongs to, without `www.` ("" for a saved file with no URL)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def read_rows(path: Path | str) -> Iterator[dict]:
    """The rows of a results.jsonl; a torn last line (a killed run) is skipped."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict):
                yield row


def summarise(rows: Iterable[dict]) -> dict:
    statuses: Counter = Counter()
    patterns: Counter = Counter({p: 0 for p in PATTERNS})
    languages: dict = {}
    sites: dict = {}
    versions: set = set()
    examples = []
    screens = with_patterns = total = 0
    for row in rows:
        total += 1
        status = row.get("status") or "ok"
        statuses[status] += 1
        site = row.get("site") or site_of(row.get("url") or "") or "(no site)"
        entry = sites.setdefault(site, {"pages": 0, "consent_screens": 0, "errors": 0,
                                        "patterns": {p: 0 for p in PATTERNS}})
        entry["pages"] += 1
        verdict = row.get("verdict")
        if status != "ok" or not verdict:
            entry["errors"] += 1
            if len(examples) < ERROR_EXAMPLES:
                examples.append({"page": row.get("url") or row.get("source"), "status": status,
                                 "error": row.get("error")})
            continue
        versions.add(verdict.get("model_version"))
        if not verdict.get("consent_screen"):
            continue
        screens += 1
        entry["consent_screens"] += 1
        found = [p["id"] for p in verdict.get("patterns") or []]
        with_patterns += bool(found)
        lang = languages.setdefault(verdict.get("lang") or "?", {"screens": 0, "patterns": {p: 0 for p in PATTERNS}})
        lang["screens"] += 1
        for pattern in found:
            patterns[pattern] += 1
            entry["patterns"][pattern] = entry["patterns"].get(pattern, 0) + 1
            lang["patterns"][pattern] = lang["patterns"].get(pattern, 0) + 1
    ok = statuses.get("ok", 0)
    return {
        "pages": total,
        "ok": ok,
        "errors": total - ok,
        "errors_by_status": {k: v for k, v in sorted(statuses.items()) if k != "ok"},
        "consent_screens": screens,
        "screens_with_patterns": with_patterns,
        "patterns": dict(patterns),
        "languages": dict(sorted(languages.items(), key=lambda kv: (-kv[1]["screens"], kv[0]))),
        "sites": dict(sorted(sites.items(), key=lambda kv: (-kv[1]["consent_screens"], -kv[1]["pages"], kv[0]))),
        "model_versions": sorted(v for v in versions if v),
        "error_examples": examples,
    }


def write_summary(summary: dict, out_dir: Path | str) -> Path:
    path = Path(out_dir) / SUMMARY_FILE
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
