"""Which files of a watched folder (or a watched single file) are new or changed since last time.

A file already read is remembered by path, size, mtime and the sha256 of its bytes. A file whose
size and mtime are unchanged is not opened again. A file touched but byte-identical is not read
again either. A changed file is read again in full; the store's content-hash dedup then keeps
only its new or changed articles. Files modified less than `settle` seconds ago are left for a
later poll, so a file still being written is not read half-way (drop files with an atomic rename
of a hidden `.name.tmp` to be safe: hidden files and folders are never read).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from veille.ingest.sources import RawInput, read_file
from veille.model import Reject
from veille.watch.sources import SeenFile


@dataclass
class FileChange:
    """A new or changed file, read: `raw` (bytes to parse) or `reject` (unreadable, too large...).

    `raw` and `reject` are both None when the bytes are those already seen (only the mtime moved).
    """

    seen: SeenFile
    raw: RawInput | None = None
    reject: Reject | None = None


@dataclass
class FolderScan:
    candidates: list[tuple[Path, os.stat_result]] = field(default_factory=list)  # new or changed
    gone: list[str] = field(default_factory=list)  # remembered paths that no longer exist
    settling: int = 0  # files modified too recently, left for the next poll


def walk(root: Path, skip_prefix: str | None = None) -> Iterator[Path]:
    """Files under `root` (or `root` itself when it is a file), sorted, hidden ones skipped.

    Paths starting with `skip_prefix` are skipped too: the store's own files (`x.db`, `x.db-wal`,
    `x.db.stories/`) when the database sits inside a watched folder.
    """
    if not root.is_dir():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not name.startswith(".") and not (skip_prefix and path.startswith(skip_prefix)):
                yield Path(path)


def scan(
    root: Path, seen: dict[str, SeenFile], *, now: float, settle: float, skip_prefix: str | None = None
) -> FolderScan:
    """Compare `root` with what was seen (stat only; nothing is read here)."""
    result = FolderScan()
    present = set()
    for path in walk(root, skip_prefix):
        key = os.fspath(path)
        try:
            info = path.stat()
        except OSError:
            continue  # vanished between listing and stat
        present.add(key)
        before = seen.get(key)
        if before is not None and before.size == info.st_size and before.mtime_ns == info.st_mtime_ns:
            continue
        if now - info.st_mtime < settle:
            result.settling += 1
            continue
        result.candidates.append((path, info))
    result.gone = sorted(set(seen) - present)
    return result


def read_change(path: Path, info: os.stat_result, before: SeenFile | None, max_bytes: int) -> FileChange:
    """Read one candidate (size-capped); a byte-identical file comes back with neither raw nor reject."""
    key = os.fspath(path)
    item = read_file(path, key, max_bytes)
    if isinstance(item, Reject):
        return FileChange(SeenFile(key, info.st_size, info.st_mtime_ns, ""), reject=item)
    seen = SeenFile(key, info.st_size, info.st_mtime_ns, hashlib.sha256(item.data).hexdigest())
    if before is not None and before.content_hash == seen.content_hash:
        return FileChange(seen)
    return FileChange(seen, raw=item)
