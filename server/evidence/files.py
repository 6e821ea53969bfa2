"""Evidence files on disk, content-addressed: <root>/<sha256[:2]>/<sha256>.

A file is written to a temporary name in the same directory, flushed to
disk (fsync), renamed into place and the directory fsynced, so after a crash
a file is either complete under its hash or absent. Callers commit the
database row that points at a file only after `put` returned.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_write(path: Path, data: bytes, *, mode: int = 0o640, replace: bool = True) -> bool:
    """Write `data` to `path` atomically and durably; with replace=False an existing
    file is kept (returns False), so racing writers cannot overwrite each other."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(temporary, path)
            written = True
        else:
            try:
                os.link(temporary, path)
                written = True
            except FileExistsError:
                written = False
            os.unlink(temporary)
        _fsync_dir(path.parent)
        return written
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ContentStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        path = self.path(sha256)
        # Same hash, same content: an existing file is kept as it is (if it was
        # altered since, verification reports it rather than this hiding it).
        if not path.exists():
            durable_write(path, data, mode=0o440, replace=False)
        return sha256

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()
