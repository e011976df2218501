"""Per-thread store handles for the web app (SQLite connections are not shared across threads)."""

from __future__ import annotations

import threading
from pathlib import Path

from veille.store import Store, open_store


class StoreProvider:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        open_store(self.path).close()  # create and migrate once, up front

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.path)
        return store
