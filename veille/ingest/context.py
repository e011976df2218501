"""What a reader may need beyond its input bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from veille.model import Article, Reject

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetcher
    from veille.ingest.sources import RawInput

MAX_LINE_BYTES = 5_000_000


@dataclass
class ReadContext:
    follow_links: bool = False  # feeds: fetch each entry's link and read the page
    fetcher: Fetcher | None = None  # used when follow_links is set
    max_line_bytes: int = MAX_LINE_BYTES  # JSONL: longer lines are rejected unread


def stamped(reject: Reject) -> Reject:
    """Set `reject.at` (UTC, ISO seconds) when it is not set yet."""
    if reject.at is None:
        reject.at = datetime.now(UTC).isoformat(timespec="seconds")
    return reject


Reader = Callable[["RawInput", ReadContext], Iterator[Article | Reject]]
