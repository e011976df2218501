"""Polling one feed URL: a conditional GET with the stored validators, turned into an outcome.

`fetch_feed` runs in a worker thread (it only does network I/O and never raises); the watcher
then reads the bytes and stores the articles on its own thread. Validators are taken from the
source's persisted state, never from the Fetcher's memory: they are saved only once the
articles of that response are stored, so a crash in between means a full re-fetch, not a loss.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from veille.ingest.fetch import Fetcher, FetchError, FetchResult, ValidatorCache
from veille.ingest.sources import RawInput
from veille.model import Article, Reject
from veille.watch.sources import NOT_MODIFIED, TIMEOUT, error_status


class NoValidatorCache(ValidatorCache):
    """A cache that remembers nothing: the watcher keeps validators in the store instead."""

    def get(self, url: str) -> tuple[str | None, str | None]:
        return None, None

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        return None


def make_fetcher(timeout: float, max_bytes: int, transport: httpx.BaseTransport | None = None) -> Fetcher:
    """One HTTP client for the whole watch, shared by the worker threads (httpx.Client is thread-safe)."""
    return Fetcher(timeout=timeout, max_bytes=max_bytes, validators=NoValidatorCache(), transport=transport)


@dataclass
class FeedFetch:
    """What one poll of a feed URL gave: bytes to read (status None) or a final status."""

    url: str
    status: str | None = None  # not-modified | timeout | error: ...; None when `raw` holds a body
    raw: RawInput | None = None
    etag: str | None = None
    last_modified: str | None = None


def fetch_feed(fetcher: Fetcher, url: str, etag: str | None, last_modified: str | None) -> FeedFetch:
    """Conditional GET of `url`. Never raises: every failure becomes a status."""
    try:
        result = fetcher.fetch(url, etag=etag or None, last_modified=last_modified or None)
    except FetchError as exc:
        if isinstance(exc.__cause__, httpx.TimeoutException):
            return FeedFetch(url, TIMEOUT)
        detail = exc.detail if exc.reason == "fetch_error" else f"{exc.reason}: {exc.detail}"
        return FeedFetch(url, error_status(detail))
    except Exception as exc:  # noqa: BLE001 - a worker thread must hand back a status, not die
        return FeedFetch(url, error_status(f"{type(exc).__name__}: {exc}"))
    return _outcome(url, result)


def _outcome(url: str, result: FetchResult) -> FeedFetch:
    if result.not_modified:
        return FeedFetch(url, NOT_MODIFIED)
    if not result.ok:
        return FeedFetch(url, error_status(f"HTTP {result.status}"))
    if not result.data:
        return FeedFetch(url, error_status("empty response"))
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    raw = RawInput(origin=url, data=result.data, name=name, content_type=result.content_type)
    return FeedFetch(url, None, raw, result.etag, result.last_modified)


ALREADY_STORED = "already_stored"  # marker reason: an entry link whose article is in the store


class SkipKnownLinks:
    """A Fetcher stand-in for --follow-links: entry pages already stored are not fetched again.

    For a known link it raises FetchError(ALREADY_STORED); the feed reader then records that
    reason and falls back to the entry's own text, and `drop_known` removes both, so an old entry
    neither costs a page fetch nor comes back as a "version" made of its summary.
    """

    def __init__(self, fetcher: Fetcher, known: Callable[[str], bool]) -> None:
        self.fetcher = fetcher
        self.known = known
        self.skipped: set[str] = set()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        if self.known(url):
            self.skipped.add(url)
            raise FetchError(url, ALREADY_STORED, "page already stored")
        return self.fetcher.fetch(url, etag, last_modified)

    def drop_known(self, items: list[Article | Reject]) -> list[Article | Reject]:
        """Items minus the skipped entries (their marker Reject and their summary Article)."""
        return [
            i
            for i in items
            if not (i.reason == ALREADY_STORED if isinstance(i, Reject) else i.url in self.skipped)
        ]
