"""What the screen generators share: the record (training_data/FORMAT.md) and the file it goes to.

Every generator here writes training_data/screens/<name>.jsonl.gz byte-identical
on every run: gzip with mtime 0 and no file name in its header, one JSON object
a line with sorted keys. The generators run as scripts and are loaded by file
path in the tests, so each puts this folder on sys.path and imports `common`.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path


def screen_record(*, id: str, group: str, family: str, lang: str, url: str, html: str | None,
                  consent_screen: bool, patterns: list, source: str, license: str, provenance: str,
                  snapshot: dict | None = None) -> dict:
    """One screen record with exactly the fields of FORMAT.md (a static page, or a rendered snapshot)."""
    return {"id": id, "group": group, "family": family, "lang": lang, "url": url, "html": html,
            "snapshot": snapshot, "consent_screen": consent_screen, "patterns": patterns,
            "source": source, "license": license, "provenance": provenance}


def write_jsonl_gz(records: Iterable[dict], path: Path) -> int:
    """Write the records to path, creating its folder; returns the file's size in bytes."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        for rec in records:
            gz.write((json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return len(buf.getvalue())


def count_table(records: list[dict], key: Callable[[dict], tuple], row: str, heading: str | None = None) -> str:
    """The records counted by key: a heading, then `row` filled with each key's cells and its count, sorted."""
    counts = Counter(key(r) for r in records)
    lines = [heading or f"{len(records)} records"]
    lines += [row.format(*cells, n) for cells, n in sorted(counts.items())]
    return "\n".join(lines)


def report(path: Path, size: int, summary: str) -> None:
    """What a generator prints when done: the file it wrote, its size, then what is in it."""
    print(f"wrote {path} ({size / 1e6:.2f} MB)")
    print(summary)
