"""Training data: labelled screens and labelled element texts.

Screens come from `training_data/screens/*.jsonl.gz` (format in
training_data/FORMAT.md). Static pages are turned into snapshots by the same
converter `consentlens classify` uses, in parallel, and cached on disk by the
hash of page + converter source so that retraining does not pay for it twice.
Element texts come from `training_data/external/element_roles.csv.gz`
(the shared, openly licensed role data).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from consentlens import vocabulary as vocab
from consentlens.paths import REPO_ROOT, TRAINING_DATA
from consentlens.taxonomy import PATTERNS, ROLES

LABELS = ("consent_screen",) + PATTERNS
CACHE_DIR = Path(os.environ.get("CONSENTLENS_CACHE", REPO_ROOT / ".cache" / "snapshots"))



@dataclass
class Screen:
    id: str
    group: str
    family: str
    lang: str
    url: str
    snapshot: dict | None
    consent_screen: bool
    patterns: tuple
    license: str

    @property
    def labels(self) -> list:
        return [int(self.consent_screen)] + [int(p in self.patterns) for p in PATTERNS]


LEXICON = Path("lexicon") / "roles.csv"


def screen_files(root: Path = TRAINING_DATA) -> list:
    return sorted((root / "screens").glob("*.jsonl.gz"))


def read_records(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def data_sha256(root: Path = TRAINING_DATA) -> str:
    """One hash over every file the models are trained on."""
    digest = hashlib.sha256()
    files = screen_files(root) + [root / "external" / "element_roles.csv.gz",
                                  root / "external" / "dark_pattern_texts.csv.gz"]
    if (root / LEXICON).exists():
        files.append(root / LEXICON)
    for path in files:
        digest.update(path.name.encode())
        digest.update(sha256_bytes(path).encode())
    return digest.hexdigest()


def _converter_version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parents[1] / "consentlens"
    for name in ("snapshot/from_html.py", "snapshot/css.py", "vocabulary.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _convert(args) -> dict | None:
    html, url = args
    from consentlens.snapshot.from_html import snapshot_from_html

    return snapshot_from_html(html, url, captured_at="2026-01-01T00:00:00Z")


def load_screens(root: Path = TRAINING_DATA, *, workers: int | None = None, use_cache: bool = True) -> list:
    """All labelled screens with their snapshots (static pages converted).

    Conversions are cached per screens file, keyed by the file's hash and the
    converter's source, in one compressed file each.
    """
    version = _converter_version()
    screens = []
    for path in screen_files(root):
        key = hashlib.sha256((version + sha256_bytes(path)).encode()).hexdigest()[:24]
        cache_path = CACHE_DIR / f"{path.name.split('.')[0]}-{key}.json.gz"
        records = list(read_records(path))
        cached = None
        if use_cache and cache_path.exists():
            with gzip.open(cache_path, "rt", encoding="utf-8") as handle:
                cached = json.load(handle)
        if cached is None:
            cached = _convert_all(records, workers)
            if use_cache:
                CACHE_DIR.mkdir(parents=True, exist_ok=True)
                tmp = cache_path.with_suffix(".tmp")
                with gzip.open(tmp, "wt", encoding="utf-8") as handle:
                    json.dump(cached, handle)
                tmp.replace(cache_path)
        for record, snapshot in zip(records, cached):
            screens.append(Screen(
                id=record["id"], group=record["group"], family=record.get("family", ""),
                lang=vocab.primary_lang(record.get("lang", "")), url=record.get("url", ""),
                snapshot=snapshot, consent_screen=bool(record["consent_screen"]),
                patterns=tuple(sorted(record.get("patterns") or ())), license=record.get("license", ""),
            ))
    return screens


def sha256_bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _convert_all(records: list, workers: int | None) -> list:
    jobs = [(r.get("html"), r.get("url", "")) if r.get("snapshot") is None else None for r in records]
    todo = [j for j in jobs if j is not None and j[0]]
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers > 1 and len(todo) > 20:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            converted = iter(list(pool.map(_convert, todo, chunksize=16)))
    else:
        converted = iter([_convert(j) for j in todo])
    out = []
    for record, job in zip(records, jobs):
        if job is None:
            out.append(record["snapshot"])
        elif job[0]:
            out.append(next(converted))
        else:
            out.append(None)
    return out


@dataclass
class LabelledText:
    text: str
    role: str
    lang: str
    source: str


def load_element_texts(root: Path = TRAINING_DATA) -> list:
    """Labelled button/link texts from the shared open data (all languages)."""
    path = root / "external" / "element_roles.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(io.StringIO(handle.read())))
    out = []
    for row in rows:
        role = row["role"]
        text = (row["text"] or "").strip()
        if role not in ROLES or not text or len(text) > 200:
            continue
        out.append(LabelledText(text=text, role=role, lang=row.get("lang", ""), source=row["source"]))
    # our own small lexicon of the rarer roles (close, object) in en/de/nl/fr (optional in a data root)
    if not (root / LEXICON).exists():
        return out
    with open(root / LEXICON, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["role"] in ROLES and row["text"].strip():
                out.append(LabelledText(text=row["text"].strip(), role=row["role"], lang=row["lang"],
                                        source="consentlens-lexicon"))
    return out


def load_dark_pattern_texts(root: Path = TRAINING_DATA) -> list:
    """(text, is_dark, pattern) rows of the Yada et al. 2022 set."""
    path = root / "external" / "dark_pattern_texts.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return [(r["text"], int(r["is_dark"]), r["pattern"]) for r in csv.DictReader(io.StringIO(handle.read()))]
