"""A small per-process cache of rendered story pages and story JSON.

A story's page changes when articles join it (its `updated` and `size` change: they are in the
key) and, rarely, when an article of another story renames an entity it lists. Both come from an
analysed ingest, which always updates some story, so the key also holds a store-wide
`generation` (the most recently updated story), re-read at most once a second. Entries also
expire after `ttl` seconds as a safety net. Rendering a big story costs tens of milliseconds of
JSON decoding and templating; a hit costs a dictionary lookup.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

DEFAULT_ENTRIES = 256
DEFAULT_TTL = 600.0  # seconds
GENERATION_TTL = 1.0  # seconds between two reads of the store-wide generation


class RenderCache:
    def __init__(self, entries: int = DEFAULT_ENTRIES, ttl: float = DEFAULT_TTL) -> None:
        self.entries = entries
        self.ttl = ttl
        self._items: OrderedDict[Hashable, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self._generation: tuple[float, Hashable] | None = None

    def generation(self, read: Callable[[], Hashable]) -> Hashable:
        """`read()`, called at most once per GENERATION_TTL seconds per process."""
        now = time.monotonic()
        current = self._generation
        if current is None or now - current[0] >= GENERATION_TTL:
            current = self._generation = (now, read())
        return current[1]

    def get_or_make(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """The cached bytes for `key`, or `make()`'s (cached when the cache is on)."""
        if self.entries <= 0:
            return make()
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found is not None and now - found[0] < self.ttl:
                self._items.move_to_end(key)
                self.hits += 1
                return found[1]
        value = make()  # outside the lock: two threads may render the same page once each
        with self._lock:
            self.misses += 1
            self._items[key] = (now, value)
            self._items.move_to_end(key)
            while len(self._items) > self.entries:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._generation = None
