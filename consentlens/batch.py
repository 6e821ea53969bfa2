"""Classify many saved pages, snapshots and WARC captures on Dask (`consentlens batch`).

The inputs are cut into parts (PART_FILES files, PART_LINES lines of a JSONL
file, or one WARC file each); each part is one Dask task, run by
`classify_part` on a worker, which loads the analyzer once per worker process
(load_analyzer caches it) and judges each page exactly as `consentlens
classify` does: the same loader (consentlens.inputs) and the same verdict
object. A LocalCluster is started unless a scheduler address is given, so the
same command runs on a laptop and on a cluster.

Rows go to OUT/results.jsonl in input order, as parts finish; a page that
cannot be judged (unreadable, not HTML, an invalid WARC record) is a row with
status "error", never the end of the run. Then OUT/summary.json and the charts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from consentlens.inputs import InputError, load_input, snapshot_from_bytes
from consentlens.results import RESULTS_FILE, read_rows, site_of, summarise, write_summary

PART_FILES = 64
PART_LINES = 256
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".json")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
ALL_SUFFIXES = PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES


class BatchError(RuntimeError):
    """The batch as a whole cannot run (no cluster, no model); the message says what to do."""


@dataclass(frozen=True)
class Part:
    """One Dask task: some page files, a line range of a JSONL file, or one WARC file."""
    kind: str                      # "files" | "jsonl" | "warc"
    paths: tuple[str, ...]
    start: int = 0                 # jsonl: byte range [start, end) and the number of its first line
    end: int = 0
    first_line: int = 1


# -- planning (on the client) -----------------------------------------------------------------------

def plan_parts(inputs: list[str], *, part_files: int = PART_FILES, part_lines: int = PART_LINES) -> list[Part]:
    parts: list[Part] = []
    pages: list[str] = []

    def flush_pages():
        for i in range(0, len(pages), part_files):
            parts.append(Part("files", tuple(pages[i:i + part_files])))
        pages.clear()

    for path in _expand(inputs):
        name = path.name.lower()
        if name.endswith(WARC_SUFFIXES) and path.is_file():
            flush_pages()
            parts.append(Part("warc", (str(path),)))
        elif name.endswith(JSONL_SUFFIXES) and path.is_file():
            flush_pages()
            parts.extend(_jsonl_parts(path, part_lines))
        else:
            pages.append(str(path))  # a missing or unreadable file becomes an error row, as in classify
    flush_pages()
    return parts


def _expand(inputs: list[str]) -> Iterator[Path]:
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(ALL_SUFFIXES))
            yield from found if found else [path]
        else:
            yield path


def _jsonl_parts(path: Path, part_lines: int) -> Iterator[Part]:
    start, line_no, first, count, offset = 0, 1, 1, 0, 0
    with open(path, "rb") as handle:
        for line in handle:
            offset += len(line)
            count += 1
            line_no += 1
            if count == part_lines:
                yield Part("jsonl", (str(path),), start, offset, first)
                start, first, count = offset, line_no, 0
    if count:
        yield Part("jsonl", (str(path),), start, offset, first)


# -- judging (on a worker) --------------------------------------------------------------------------

def classify_part(part: Part, model_dir: str | None = None) -> list[dict]:
    """The rows of one part. Runs on a Dask worker; the analyzer is loaded once per process."""
    from consentlens.model.predict import load_analyzer

    analyzer = load_analyzer(model_dir)
    rows = []
    for source, url, load in _pages(part):
        try:
            snapshot = load()
        except InputError as exc:
            rows.append(error_row(source, url, str(exc)))
            continue
        if snapshot is not None and not url:
            url = snapshot.get("url") or ""
        rows.append({"source": source, "url": url, "site": site_of(url), "status": "ok",
                     "verdict": {"source": source, **analyzer.analyze(snapshot)}, "error": None})
    return rows


def error_row(source: str, url: str, error: str) -> dict:
    return {"source": source, "url": url, "site": site_of(url), "status": "error", "verdict": None, "error": error}


def _pages(part: Part):
    """(source, url, load) per page of a part; load() gives the snapshot or raises InputError."""
    if part.kind == "files":
        for path in part.paths:
            yield str(path), "", lambda path=path: load_input(Path(path))
    elif part.kind == "jsonl":
        yield from _jsonl_pages(part)
    else:
        from consentlens.warc import warc_pages

        yield from warc_pages(part.paths[0])


def _jsonl_pages(part: Part):
    path = part.paths[0]
    with open(path, "rb") as handle:
        handle.seek(part.start)
        line_no = part.first_line
        while handle.tell() < part.end:
            line = handle.readline()
            if not line:
                break
            if line.strip():
                yield f"{path}:{line_no}", _line_url(line), lambda line=line: snapshot_of_line(line)
            line_no += 1


def snapshot_of_line(line: bytes) -> dict | None:
    """A JSONL line: a snapshot, or a row holding one (e.g. a `scan --list` result row)."""
    try:
        document = json.loads(line)
    except ValueError as exc:
        raise InputError(f"not valid JSON: {exc}") from None
    if isinstance(document, dict) and "snapshot" in document and document["snapshot"] is None:
        if document.get("error") or document.get("status", "ok") != "ok":
            raise InputError(f"the row holds no snapshot (its error: {document.get('error')})")
        return None  # a page with no dialog
    return snapshot_from_bytes(line)


def _line_url(line: bytes) -> str:
    # The URL is only for the row's site; a line that does not parse is reported by snapshot_of_line.
    try:
        document = json.loads(line)
        inner = document.get("snapshot") if isinstance(document.get("snapshot"), dict) else document
        return str(inner.get("url") or document.get("url") or "")
    except (ValueError, AttributeError):
        return ""


# -- running (on the client) ------------------------------------------------------------------------

def run_batch(inputs: list[str], out_dir: Path | str, *, scheduler: str | None = None, workers: int = 2,
              processes: bool = True, model_dir: str | None = None, progress: bool = True,
              charts: bool = True) -> dict:
    """Judge every page of `inputs` on Dask; write results.jsonl, summary.json and charts; return the summary."""
    from consentlens.progress import progress_bar

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    parts = plan_parts(inputs)
    results = out_dir / RESULTS_FILE
    client, cluster = _connect(scheduler, workers, processes)
    bar = progress_bar(len(parts), unit="part", desc="batch", enabled=progress)
    try:
        with open(results, "w", encoding="utf-8") as handle:
            for rows in _ordered_results(client, parts, model_dir):
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                handle.flush()
                bar.update(1)
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    summary = summarise(read_rows(results))
    write_summary(summary, out_dir)
    if charts:
        from consentlens.charts import draw_charts

        draw_charts(summary, out_dir)
    return summary


def _connect(scheduler: str | None, workers: int, processes: bool):
    from dask.distributed import Client, LocalCluster

    try:
        if scheduler:
            return Client(scheduler, timeout="30s"), None
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    except (OSError, TimeoutError) as exc:
        where = scheduler or "a local cluster"
        raise BatchError(f"cannot reach {where}: {exc} (is `dask scheduler` running there?)") from None


def _ordered_results(client, parts: list[Part], model_dir: str | None) -> Iterator[list[dict]]:
    """Each part's rows, in input order, as soon as it and every part before it are done."""
    from dask.distributed import as_completed

    futures = client.map(classify_part, parts, model_dir=model_dir, pure=False, retries=1)
    position = {future.key: i for i, future in enumerate(futures)}
    done: dict[int, list[dict]] = {}
    following = 0
    for future in as_completed(futures):
        i = position[future.key]
        if future.status == "finished":
            done[i] = future.result()
        else:
            done[i] = _failed_part(parts[i], future.exception())
        future.release()
        while following in done:
            yield done.pop(following)
            following += 1


def _failed_part(part: Part, exc: BaseException) -> list[dict]:
    from consentlens.model.artefact import ArtefactError

    if isinstance(exc, ArtefactError):
        raise BatchError(f"the model could not be loaded on a worker: {exc}")
    message = f"the task failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    if part.kind == "jsonl":
        return [error_row(f"{part.paths[0]}:{part.first_line}-", "", message)]
    return [error_row(path, "", message) for path in part.paths]


__all__ = ["BatchError", "Part", "plan_parts", "classify_part", "run_batch", "snapshot_of_line", "error_row"]
