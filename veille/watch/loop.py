"""The watch loop: poll the due sources, store what is new, sleep until the next one is due.

One cycle:
1. every due feed URL is fetched on its own daemon thread (conditional GET, see `feeds.py`);
2. meanwhile, on this thread, every due folder or file is scanned and its new files are read
   and stored, in chunks (one transaction per chunk, with the files it remembers);
3. feed responses are read and stored as they arrive; a feed not answered within
   `2 * timeout` (a server that hangs, or trickles bytes) is recorded as `timeout` and left behind.

Everything is stored with `store_items` and the pipeline's STAGES, exactly like `veille ingest`.
Each source's poll is guarded: an exception becomes its `error: ...` status and the others go on.
State (validators, failures, next poll...) is saved after every poll, so a restart resumes.
`stop()` (wired to SIGINT/SIGTERM by `handle_signals`) ends the run after the batch in flight.
"""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from veille.ingest.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, Stage, store_items
from veille.ingest.registry import read_input
from veille.ingest.sources import RawInput
from veille.model import Article, Reject
from veille.watch.feeds import FeedFetch, SkipKnownLinks, fetch_feed, make_fetcher
from veille.watch.folders import read_change, scan
from veille.watch.sources import (
    FEED,
    FILE,
    FOLDER,
    MAX_BACKOFF,
    NOT_MODIFIED,
    OK,
    TIMEOUT,
    SourceState,
    error_status,
    is_url,
    normalise_source,
    record_poll,
    source_kind,
)

if TYPE_CHECKING:
    import httpx

    from veille.ingest.fetch import Fetcher
    from veille.store import Store

DEFAULT_INTERVAL = 300.0
DEFAULT_TIMEOUT = 15.0
DEFAULT_SETTLE = 1.0
FILES_PER_CHUNK = 100


@dataclass
class WatchConfig:
    interval: float = DEFAULT_INTERVAL  # seconds between polls of a healthy source
    timeout: float = DEFAULT_TIMEOUT  # HTTP connect/read timeout; a feed gets 2x this in wall time
    max_bytes: int = DEFAULT_MAX_BYTES  # per feed response, per file
    follow_links: bool = False  # read each feed entry's linked page
    settle: float = DEFAULT_SETTLE  # leave files modified less than this many seconds ago
    max_backoff: float = MAX_BACKOFF
    batch_size: int = DEFAULT_BATCH_SIZE
    files_per_chunk: int = FILES_PER_CHUNK  # folder files stored per transaction

    @property
    def fetch_deadline(self) -> float:
        return 2 * self.timeout


@dataclass
class CycleReport:
    number: int
    polled: list[SourceState]  # copies of the states of the sources polled this cycle
    states: list[SourceState]  # copies of every watched source's state, in the order given
    seconds: float
    interrupted: bool = False


class Watcher:
    """Polls `targets` (feed URLs, files, folders) into `store`. See the module docstring."""

    def __init__(
        self,
        targets: Sequence[str],
        store: Store,
        config: WatchConfig | None = None,
        *,
        stages: Sequence[Stage] | None = None,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.store = store
        self.config = config or WatchConfig()
        self.stages = stages
        self.clock = clock
        self.cycles = 0
        self._transport = transport
        self._fetcher: Fetcher | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._done: queue.Queue[FeedFetch] = queue.Queue()
        self._inflight: dict[str, threading.Thread] = {}
        self.states: list[SourceState] = []
        for key in dict.fromkeys(normalise_source(t) for t in targets):
            state = store.watched_source(key) or SourceState(key, source_kind(key))
            store.save_watched_source(state)  # registered, so its seen files can refer to it
            self.states.append(state)

    # ---- lifecycle ----

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client; fetches still in flight are abandoned (daemon threads)."""
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def stop(self) -> None:
        """Finish the batch in flight, then return from `run` (safe from a signal handler)."""
        self._stop.set()
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = make_fetcher(self.config.timeout, self.config.max_bytes, self._transport)
        return self._fetcher

    # ---- the loop ----

    def run(self, cycles: int | None = None, on_cycle: Callable[[CycleReport], None] | None = None) -> int:
        """Cycle until stopped (or `cycles` cycles), sleeping until a source is due. Returns cycles run."""
        run = 0
        while not self.stopping:
            report = self.cycle()
            run += 1
            if on_cycle is not None:
                on_cycle(report)
            if cycles is not None and run >= cycles:
                break
            wait = self.seconds_to_next()
            if wait > 0:
                self._stop.wait(wait)
        return run

    def seconds_to_next(self) -> float:
        """Seconds until the earliest next poll (0 when one is due)."""
        if not self.states:
            return self.config.interval
        return max(0.0, min(s.next_poll for s in self.states) - self.clock())

    def cycle(self, force: bool = False) -> CycleReport:
        """Poll every due source once (all of them with `force`): feeds on threads, local sources here."""
        started = time.monotonic()
        self.cycles += 1
        now = self.clock()
        due = [s for s in self.states if force or s.next_poll <= now]
        polled: list[SourceState] = []
        waiting: dict[str, SourceState] = {}
        self._drain(waiting)  # late answers to fetches abandoned in earlier cycles: dropped
        for state in due:
            if not is_url(state.source):
                continue
            if state.source in self._inflight:  # the fetch abandoned last time is still running
                self._guarded(state, self._finish, state, TIMEOUT)
                polled.append(state)
            else:
                self._launch(state)
                waiting[state.source] = state
        deadline = time.monotonic() + self.config.fetch_deadline
        for state in due:
            if self.stopping:
                break
            if not is_url(state.source):
                self._guarded(state, self._poll_local, state)
                polled.append(state)
            polled += self._drain(waiting)
        while waiting and not self.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._wake.wait(remaining)
            self._wake.clear()
            polled += self._drain(waiting)
        if not self.stopping:
            for state in waiting.values():  # still not answered: timed out, left behind
                self._guarded(state, self._finish, state, TIMEOUT)
                polled.append(state)
        return CycleReport(
            number=self.cycles,
            polled=[replace(s) for s in polled],
            states=[replace(s) for s in self.states],
            seconds=time.monotonic() - started,
            interrupted=self.stopping,
        )

    # ---- feeds ----

    def _launch(self, state: SourceState) -> None:
        fetcher, url = self.fetcher, state.source
        etag, last_modified = state.etag, state.last_modified

        def work() -> None:
            self._done.put(fetch_feed(fetcher, url, etag, last_modified))
            self._wake.set()

        thread = threading.Thread(target=work, name=f"veille-watch {url}", daemon=True)
        self._inflight[url] = thread
        thread.start()

    def _drain(self, waiting: dict[str, SourceState]) -> list[SourceState]:
        """Store the feed responses that have arrived; results of abandoned fetches are dropped."""
        handled = []
        while not self.stopping:
            try:
                outcome = self._done.get_nowait()
            except queue.Empty:
                break
            self._inflight.pop(outcome.url, None)
            state = waiting.pop(outcome.url, None)
            if state is not None:
                self._guarded(state, self._store_feed, state, outcome)
                handled.append(state)
        return handled

    def _store_feed(self, state: SourceState, outcome: FeedFetch) -> None:
        state.kind = FEED
        if outcome.raw is None:
            self._finish(state, outcome.status or OK)
            return
        items = self._read(outcome.raw)
        status = OK
        rejects = [i for i in items if isinstance(i, Reject)]
        if rejects and len(rejects) == len(items):  # nothing readable: not a feed, no entries...
            first = next((r for r in rejects if r.input == state.source), rejects[0])
            status = error_status(f"{first.reason}: {first.detail}")
        with self.store.transaction():
            new = self._store(items)
            if status == OK:  # keep the last good validators after an unreadable response
                state.etag, state.last_modified = outcome.etag, outcome.last_modified
            state.articles += new
            self._finish(state, status, new)

    # ---- files and folders ----

    def _poll_local(self, state: SourceState) -> None:
        root = Path(state.source)
        if not root.exists():
            self._finish(state, error_status("no such file or directory"))
            return
        state.kind = FOLDER if root.is_dir() else FILE
        seen = self.store.seen_files(state.source)
        own_files = os.path.abspath(self.store.path)  # the database may sit in a watched folder
        found = scan(root, seen, now=time.time(), settle=self.config.settle, skip_prefix=own_files)
        new, changed, problem = 0, 0, None
        step = max(1, self.config.files_per_chunk)
        for start in range(0, len(found.candidates), step):
            if self.stopping:
                break
            changes = [
                read_change(path, info, seen.get(str(path)), self.config.max_bytes)
                for path, info in found.candidates[start : start + step]
            ]
            items: list[Article | Reject] = []
            for change in changes:
                if change.reject is not None:
                    items.append(change.reject)
                    problem = change.reject
                elif change.raw is not None:
                    changed += 1
                    items.extend(self._read(change.raw))
            with self.store.transaction():
                stored = self._store(items)
                self.store.save_seen_files(state.source, [c.seen for c in changes])
                state.articles += stored
                self.store.save_watched_source(state)
            new += stored
        if self.stopping:  # interrupted part-way: the rest is picked up next run, state stays due
            return
        self.store.save_seen_files(state.source, [], gone=found.gone)
        if state.kind == FILE and problem is not None:
            status = error_status(f"{problem.reason}: {problem.detail}")
        elif state.kind == FILE and not changed:
            status = NOT_MODIFIED
        else:
            status = OK
        self._finish(state, status, new)

    # ---- shared ----

    def _read(self, raw: RawInput) -> list[Article | Reject]:
        """Read one input; with --follow-links, the pages of entries already stored are not fetched."""
        if not self.config.follow_links:
            return list(read_input(raw))
        skipper = SkipKnownLinks(self.fetcher, self.store.knows_url)
        return skipper.drop_known(list(read_input(raw, follow_links=True, fetcher=skipper)))

    def _store(self, items: list[Article | Reject]) -> int:
        """Store through the ingest pipeline (and its STAGES); how many articles were new or new versions."""
        summary = store_items(items, self.store, batch_size=self.config.batch_size, stages=self.stages)
        return summary.stored + summary.versions

    def _finish(self, state: SourceState, status: str, new: int = 0) -> None:
        record_poll(state, status, self.clock(), self.config.interval, new, self.config.max_backoff)
        self.store.save_watched_source(state)

    def _guarded(self, state: SourceState, poll: Callable[..., None], *args: object) -> None:
        """Run one source's poll; any exception becomes that source's error status."""
        before = replace(state)
        try:
            poll(*args)
        except Exception as exc:  # noqa: BLE001 - one bad source must not stop the others
            status = error_status(f"{type(exc).__name__}: {exc}")
            try:  # back to what is committed: the failed transaction was rolled back
                state.__dict__.update((self.store.watched_source(state.source) or before).__dict__)
                self._finish(state, status)
            except Exception:  # noqa: BLE001 - the store itself fails: keep the status in memory
                record_poll(state, status, self.clock(), self.config.interval, 0, self.config.max_backoff)


@contextmanager
def handle_signals(watcher: Watcher, on_signal: Callable[[int], None] | None = None) -> Iterator[None]:
    """SIGINT/SIGTERM stop the watcher cleanly; a second SIGINT interrupts at once (KeyboardInterrupt)."""
    previous = {}

    def handler(signum: int, _frame: object) -> None:
        if watcher.stopping and signum == signal.SIGINT:
            raise KeyboardInterrupt
        watcher.stop()
        if on_signal is not None:
            on_signal(signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
