"""Per-source watch state and its scheduling rules. Pure: no I/O besides `stat` in `source_kind`.

A source is a feed URL (http/https), a local file (a feed, a wire text, a JSONL file...) or a
folder. Its state is persisted in the store (`watch_sources`), so a restarted watcher resumes
with the same validators, failure count and next poll time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FEED, FILE, FOLDER = "feed", "file", "folder"

# last_status values; an error is "error: <what happened>"
PENDING = "pending"  # never polled
OK = "ok"
NOT_MODIFIED = "not-modified"
TIMEOUT = "timeout"
ERROR_PREFIX = "error: "

MAX_BACKOFF = 3600.0  # seconds: the longest wait after repeated failures (unless the interval is longer)
_MAX_EXPONENT = 30  # 2**30 * any sane interval is past the cap already; avoids huge floats


@dataclass
class SourceState:
    """What the watcher remembers about one source (one row of `watch_sources`)."""

    source: str  # URL as given, or absolute local path
    kind: str  # feed | file | folder
    etag: str | None = None
    last_modified: str | None = None
    last_poll: float | None = None  # epoch seconds
    last_status: str = PENDING
    failures: int = 0  # consecutive failed polls
    next_poll: float = 0.0  # epoch seconds; 0 = due now
    articles: int = 0  # articles (new ones and new versions) stored from this source, ever
    last_new: int = 0  # articles stored by the last poll

    @property
    def failing(self) -> bool:
        return self.last_status == TIMEOUT or self.last_status.startswith(ERROR_PREFIX)


@dataclass
class SeenFile:
    """A file of a watched folder (or a watched file) already read: re-read only when it changes."""

    path: str
    size: int
    mtime_ns: int
    content_hash: str  # sha256 of the bytes read


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def normalise_source(target: str) -> str:
    """The key a source is stored under: URLs as given, local paths made absolute."""
    return target if is_url(target) else os.path.abspath(os.path.expanduser(target))


def source_kind(source: str) -> str:
    """feed for URLs, folder for existing directories, file otherwise (even when missing)."""
    if is_url(source):
        return FEED
    return FOLDER if Path(source).is_dir() else FILE


def backoff_delay(interval: float, failures: int, cap: float = MAX_BACKOFF) -> float:
    """Seconds until the next poll: `interval * 2**failures`, at most max(cap, interval)."""
    if failures <= 0:
        return interval
    return min(interval * 2 ** min(failures, _MAX_EXPONENT), max(cap, interval))


def record_poll(
    state: SourceState, status: str, now: float, interval: float, new: int = 0, cap: float = MAX_BACKOFF
) -> None:
    """Update `state` after a poll: status, failure streak and the next poll time.

    `new` is what this poll stored (shown as last_new); the caller adds it to `state.articles`
    when it stores them, in the same transaction.
    """
    state.last_poll = now
    state.last_status = status
    state.last_new = new
    state.failures = state.failures + 1 if state.failing else 0
    state.next_poll = now + backoff_delay(interval, state.failures, cap)


def error_status(detail: str, limit: int = 300) -> str:
    text = " ".join(detail.split())
    return ERROR_PREFIX + (text[: limit - 1] + "…" if len(text) > limit else text)


def iso_time(epoch: float | None) -> str:
    """Epoch seconds as ISO UTC to the second ('' for None)."""
    if epoch is None:
        return ""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
