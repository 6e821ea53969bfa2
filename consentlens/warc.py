"""The HTML pages inside a WARC file (warcio), for `consentlens batch`.

Only `response` and `resource` records with a 2xx status and an HTML
content type are pages; other records (requests, metadata, images, redirects)
are passed over. A record that cannot be read becomes one error row and the
reader resynchronises at the next record start (a gzip member, or a
`WARC/1.` line in an uncompressed file), so one bad record never costs the
rest of the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from consentlens.inputs import InputError, snapshot_from_bytes
from consentlens.snapshot.from_html import MAX_HTML_BYTES

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SEARCH_CHUNK = 1 << 20


def warc_pages(path: str) -> Iterator[tuple]:
    """(source, url, load) per HTML page of the WARC file; load() gives the snapshot or raises InputError.
    A broken stretch of the file is one (source, "", load) whose load raises."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield path, "", _fails(f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        magic = GZIP_MAGIC if handle.read(3) == GZIP_MAGIC else WARC_MAGIC
        position = 0
        while position is not None:
            handle.seek(position)
            records = ArchiveIterator(handle)
            try:
                for record in records:
                    page = _page(record)
                    if page is not None:
                        url, body = page
                        yield f"{path}@{records.get_record_offset()}", url, _loader(body, url)
                return
            except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib and parse errors alike
                broken_at = max(getattr(records, "offset", position) or position, position)
                yield f"{path}@{broken_at}", "", _fails(f"invalid WARC record: {_first_line(exc)}")
                position = _next_record(handle, broken_at + 1, magic)


def _page(record) -> tuple[str, bytes] | None:
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    content_type = (headers.get_header("Content-Type") if headers is not None
                    else record.rec_headers.get_header("Content-Type")) or ""
    if "html" not in content_type.lower():
        return None
    body = record.content_stream().read(MAX_HTML_BYTES + 1)
    return record.rec_headers.get_header("WARC-Target-URI") or "", body


def _loader(body: bytes, url: str):
    return lambda: snapshot_from_bytes(body, url)


def _fails(message: str):
    def load():
        raise InputError(message)
    return load


def _next_record(handle, start: int, magic: bytes) -> int | None:
    """The offset of the next record start at or after `start`, or None at the end of the file."""
    handle.seek(start)
    carry, base = b"", start
    while True:
        chunk = handle.read(SEARCH_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        found = data.find(magic)
        if found >= 0:
            return base - len(carry) + found
        carry = data[-(len(magic) - 1):]
        base += len(chunk)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".strip()
