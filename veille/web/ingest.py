"""Ingest of the JSON articles posted to POST /api/articles.

Each object is read like one JSON Lines record (`veille.ingest.jsonl.article_from_object`), then
the articles go through the same batches and stages as `veille ingest` (`store_items` with
`ingest_stages()`: analysis, entities, stories). Bad objects become rejects with a reason; the
rest are stored.

Writers are serialised across threads *and* server processes with a lock file beside the
database, and a process whose in-memory resolver (entities, story clusters) fell behind the
database (another worker or a `veille ingest` wrote since) reloads it first.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from veille.ingest.pipeline import IngestSummary, store_items
from veille.model import Article, Reject

_THREAD_LOCK = threading.Lock()
# Batches stay under analysis's parallel threshold: no process forks from inside a threaded server.
BATCH = 32


@contextmanager
def write_lock(db_path: str | Path) -> Iterator[None]:
    """Exclusive across the threads of this process and across processes sharing the database."""
    with _THREAD_LOCK, open(str(db_path) + ".write-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_objects(items: list[Any], origin: str = "api") -> list[Article | Reject]:
    """Articles (or rejects naming `origin:N`, N counting from 1) from decoded JSON objects."""
    from veille.ingest.jsonl import article_from_object

    out: list[Article | Reject] = []
    for number, obj in enumerate(items, 1):
        where = f"{origin}:{number}"
        if not isinstance(obj, dict):
            out.append(Reject(where, "malformed_json", f"expected an object, got {type(obj).__name__}"))
            continue
        try:
            out.append(article_from_object(obj, where, origin))
        except Exception as exc:  # one odd record must not fail the others
            out.append(Reject(where, "unreadable", f"{type(exc).__name__}: {exc}"[:300]))
    return out


def _fresh_resolver(store) -> None:
    """Drop this process's cached resolver when the database has assignments it has not seen."""
    from veille.resolve import stage

    cached = stage._RESOLVERS.get(str(Path(store.path).resolve()))
    if cached is None:
        return
    if cached.stories.article_ids != [a for a, _ in store.assigned_in_order()]:
        stage.forget_resolver(store)


def ingest_objects(items: list[Any], store, *, analyze: bool = True) -> dict[str, Any]:
    """Store the posted objects; the summary counts plus, per object, its id or its reject.

    Returns {read, stored, duplicates, versions, rejected, reasons, inputs,
    articles: [{index, id, status, story}], rejects: [{index, reason, detail}]}, index from 0.
    """
    from veille.resolve.stage import ingest_stages

    records = read_objects(items)
    new: set[str] = set()

    def note_new(_store, articles: list[Article]) -> None:
        new.update(a.id for a in articles)

    with write_lock(store.path):
        if analyze:
            _fresh_resolver(store)
        summary = store_items(
            records,
            store,
            batch_size=BATCH,
            stages=[note_new, *ingest_stages(analyze)],
            summary=IngestSummary(inputs=1),
        )
    result = summary.to_dict()
    result["articles"] = []
    result["rejects"] = []
    for index, record in enumerate(records):
        if isinstance(record, Reject):
            result["rejects"].append({"index": index, "reason": record.reason, "detail": record.detail})
            continue
        if record.id in new:
            status = "version" if record.version_of else "stored"
            new.discard(record.id)  # a second copy in the same request is a duplicate
        else:
            status = "duplicate"
        result["articles"].append(
            {"index": index, "id": record.id, "status": status, "story": store.story_of(record.id)}
        )
    return result
