"""Watched sources: per-source polling state and the files of watched folders already read."""

from __future__ import annotations

import sqlite3

from veille.watch.sources import SeenFile, SourceState

_SOURCE_COLUMNS = (
    "source",
    "kind",
    "etag",
    "last_modified",
    "last_poll",
    "last_status",
    "failures",
    "next_poll",
    "articles",
    "last_new",
)
_SELECT_SOURCES = f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM watch_sources"


def _state(row: sqlite3.Row) -> SourceState:
    return SourceState(**{column: row[column] for column in _SOURCE_COLUMNS})


def get(conn: sqlite3.Connection, source: str) -> SourceState | None:
    row = conn.execute(f"{_SELECT_SOURCES} WHERE source = ?", (source,)).fetchone()
    return _state(row) if row else None


def all_sources(conn: sqlite3.Connection) -> list[SourceState]:
    return [_state(row) for row in conn.execute(f"{_SELECT_SOURCES} ORDER BY source")]


def save(conn: sqlite3.Connection, state: SourceState) -> None:
    values = [getattr(state, column) for column in _SOURCE_COLUMNS]
    updates = ", ".join(f"{c} = excluded.{c}" for c in _SOURCE_COLUMNS[1:])
    conn.execute(
        f"INSERT INTO watch_sources ({', '.join(_SOURCE_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_SOURCE_COLUMNS))}) "
        f"ON CONFLICT (source) DO UPDATE SET {updates}",
        values,
    )


def forget(conn: sqlite3.Connection, source: str) -> bool:
    """Drop a source and its seen files; False when it was not watched."""
    return conn.execute("DELETE FROM watch_sources WHERE source = ?", (source,)).rowcount > 0


def seen_files(conn: sqlite3.Connection, source: str) -> dict[str, SeenFile]:
    rows = conn.execute(
        "SELECT path, size, mtime_ns, content_hash FROM watch_files WHERE source = ?", (source,)
    )
    return {r["path"]: SeenFile(r["path"], r["size"], r["mtime_ns"], r["content_hash"]) for r in rows}


def save_seen_files(conn: sqlite3.Connection, source: str, files: list[SeenFile]) -> None:
    conn.executemany(
        "INSERT INTO watch_files (source, path, size, mtime_ns, content_hash) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (source, path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "content_hash = excluded.content_hash",
        [(source, f.path, f.size, f.mtime_ns, f.content_hash) for f in files],
    )


def drop_seen_files(conn: sqlite3.Connection, source: str, paths: list[str]) -> None:
    conn.executemany(
        "DELETE FROM watch_files WHERE source = ? AND path = ?", [(source, path) for path in paths]
    )


def knows_url(conn: sqlite3.Connection, url: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone() is not None
