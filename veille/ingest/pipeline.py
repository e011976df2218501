"""Ingest: sources -> readers -> store, in transactional batches.

    summary = ingest(["examples/", "feed.xml", "-"], store)

Inputs are read lazily (one file, page or feed at a time). Articles and rejects are written in
batches of `batch_size` articles; each batch is one transaction, so a crash loses at most the
batch in flight, and since an article's identity is its content hash a re-run stores exactly
what is missing: nothing lost, nothing duplicated.

Later stages hook in at one place, `STAGES`: each stage is a callable `(store, articles) -> None`
run on every batch, inside the batch's transaction, with the articles that batch newly stored
(new articles and new versions; duplicates are left out). A stage writes through the store (for
example `store.save_analyses(...)`). If a stage raises, the batch is rolled back and the run
stops; a stage should therefore turn a failure on one article into a `Reject` it records itself
rather than raise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from veille.model import Article, Reject

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetcher
    from veille.store import Store

Stage = Callable[["Store", list[Article]], None]

# Stages run on each stored batch, in order (analysis, then story assignment...). Register with
# `STAGES.append(fn)` or pass `stages=` to `ingest`.
STAGES: list[Stage] = []

DEFAULT_MAX_BYTES = 20_000_000  # per input: a file, a page, a feed, stdin
DEFAULT_BATCH_SIZE = 500


@dataclass
class IngestSummary:
    """Counts for one run. `read` = articles the readers produced = stored + duplicates + versions."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    versions: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    inputs: int = 0  # files, pages, feeds or streams met (including those rejected unread)
    current: str = ""  # the input being read (for progress displays)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "versions": self.versions,
            "rejected": self.rejected,
            "reasons": dict(self.reasons.most_common()),
            "inputs": self.inputs,
        }

    def line(self) -> str:
        return (
            f"read {self.read}, stored {self.stored}, duplicates {self.duplicates}, "
            f"versions {self.versions}, rejected {self.rejected}"
        )


def read_targets(
    targets: Sequence[str | Path],
    *,
    follow_links: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    summary: IngestSummary | None = None,
) -> Iterator[Article | Reject]:
    """Every Article or Reject the targets give, lazily. Never raises on a bad input."""
    from veille.ingest.registry import read_input
    from veille.ingest.sources import iter_inputs

    # one HTTP client for the whole run: the URLs given and, with follow_links, the pages of feed entries
    own_fetcher = fetcher is None and (follow_links or any(_is_url(t) for t in targets))
    if own_fetcher:
        from veille.ingest.fetch import Fetcher

        fetcher = Fetcher(max_bytes=max_bytes)
    try:
        for raw in iter_inputs([str(t) for t in targets], stdin=stdin, fetcher=fetcher, max_bytes=max_bytes):
            if summary is not None:
                summary.inputs += 1
                summary.current = raw.input if isinstance(raw, Reject) else raw.origin
            if isinstance(raw, Reject):
                yield raw
                continue
            yield from read_input(raw, follow_links=follow_links, fetcher=fetcher)
    finally:
        if own_fetcher:
            fetcher.close()


def ingest(
    targets: Sequence[str | Path],
    store: Store,
    *,
    follow_links: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[IngestSummary], None] | None = None,
    stages: Sequence[Stage] | None = None,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> IngestSummary:
    """Read paths, folders, URLs or "-" (stdin) into the store. See the module docstring."""
    summary = IngestSummary()
    items = read_targets(
        targets, follow_links=follow_links, max_bytes=max_bytes, stdin=stdin, fetcher=fetcher, summary=summary
    )
    return store_items(
        items, store, batch_size=batch_size, on_progress=on_progress, stages=stages, summary=summary
    )


def store_items(
    items: Iterable[Article | Reject],
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[IngestSummary], None] | None = None,
    stages: Sequence[Stage] | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Write already-read Articles and Rejects in transactional batches; the core of `ingest`."""
    summary = summary if summary is not None else IngestSummary()
    stages = STAGES if stages is None else stages
    articles: list[Article] = []
    rejects: list[Reject] = []
    reported_inputs = summary.inputs
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
            summary.rejected += 1
            summary.reasons[item.reason] += 1
        else:
            articles.append(item)
            summary.read += 1
        if len(articles) >= batch_size or len(rejects) >= batch_size:
            _flush(store, articles, rejects, stages, summary)
            articles, rejects = [], []
            if on_progress:
                on_progress(summary)
        elif on_progress and summary.inputs != reported_inputs:
            on_progress(summary)
        reported_inputs = summary.inputs
    _flush(store, articles, rejects, stages, summary)
    if on_progress:
        on_progress(summary)
    return summary


def _flush(
    store: Store,
    articles: list[Article],
    rejects: list[Reject],
    stages: Sequence[Stage],
    summary: IngestSummary,
) -> None:
    if not articles and not rejects:
        return
    with store.transaction():
        statuses = store.add_articles(articles)
        store.add_rejects(rejects)
        new = [a for a, status in zip(articles, statuses, strict=True) if status != "duplicate"]
        if new:
            for stage in stages:
                stage(store, new)
    for status in statuses:
        if status == "stored":
            summary.stored += 1
        elif status == "version":
            summary.versions += 1
        else:
            summary.duplicates += 1


def _is_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("http://", "https://"))
