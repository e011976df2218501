"""Where input bytes come from: files, directories, standard input, http(s) URLs.

`iter_inputs` yields one `RawInput` per readable input and a `Reject` for each one that cannot be
read (too large, empty, unreadable, fetch error). Sizes are checked with `stat` before reading.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from veille.ingest.context import stamped
from veille.model import Reject

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetcher  # httpx is imported only when a URL is fetched

DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class RawInput:
    origin: str  # as given: a path, a URL, "-" for stdin, "file.jsonl:12" for a line
    data: bytes
    name: str  # file name (or URL path tail): its extension helps format detection
    content_type: str | None = None  # from HTTP, when fetched


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, recursively, sorted, hidden files and folders skipped."""
    for path in sorted(root.rglob("*")):
        if not _is_hidden(path, root) and not path.is_dir():
            yield path


def read_file(path: Path, origin: str, max_bytes: int) -> RawInput | Reject:
    """One file, its size checked before reading. FIFOs, sockets and devices are refused (no blocking)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Reject(origin, "unreadable", "not a regular file")
        if info.st_size > max_bytes:
            return Reject(origin, "too_large", f"{info.st_size} bytes > {max_bytes}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file may grow after stat
    except OSError as exc:
        return Reject(origin, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Reject(origin, "too_large", f"more than {max_bytes} bytes")
    if not data:
        return Reject(origin, "empty", "0 bytes")
    return RawInput(origin=origin, data=data, name=path.name)


def read_stream(stream: BinaryIO, origin: str, max_bytes: int) -> RawInput | Reject:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Reject(origin, "too_large", f"more than {max_bytes} bytes")
    if not data:
        return Reject(origin, "empty", "0 bytes")
    return RawInput(origin=origin, data=data, name="stdin")


def fetch_input(url: str, fetcher: Fetcher) -> RawInput | Reject | None:
    """Fetch one URL; None when the server says it is not modified since last time."""
    from veille.ingest.fetch import fetch_or_reject

    result = fetch_or_reject(fetcher, url)
    if result is None or isinstance(result, Reject):
        return result
    if not result.data:
        return Reject(url, "empty", "empty response")
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return RawInput(origin=url, data=result.data, name=name, content_type=result.content_type)


def _stamp(item: RawInput | Reject) -> RawInput | Reject:
    return stamped(item) if isinstance(item, Reject) else item


def iter_inputs(
    targets: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawInput | Reject]:
    """Expand targets (files, directories, "-", URLs) into raw inputs or rejects, in order.

    A URL whose server answers 304 Not Modified yields nothing. Without `fetcher`, one is made
    (and closed) on the first URL.
    """
    own_fetcher = None
    try:
        for target in targets:
            if target == "-":
                if stdin is None:
                    import sys

                    stdin = sys.stdin.buffer
                yield _stamp(read_stream(stdin, "-", max_bytes))
            elif is_url(target):
                if fetcher is None:
                    from veille.ingest.fetch import Fetcher

                    fetcher = own_fetcher = Fetcher(max_bytes=max_bytes)
                item = fetch_input(target, fetcher)
                if item is not None:
                    yield _stamp(item)
            else:
                path = Path(target)
                if path.is_dir():
                    for file in _walk(path):
                        yield _stamp(read_file(file, os.fspath(file), max_bytes))
                elif path.exists():
                    yield _stamp(read_file(path, target, max_bytes))
                else:
                    yield stamped(Reject(target, "unreadable", "no such file or directory"))
    finally:
        if own_fetcher is not None:
            own_fetcher.close()
