"""SQLite connection settings, transactions and schema migrations.

Migrations are the numbered files in `migrations/` (`0001_initial.sql`, `0002_...sql`). Each one
runs once, in order, in one transaction with the bump of `PRAGMA user_version` to its number, so a
crash during a migration leaves the previous schema intact.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_768  # page cache per connection; full-text indexing of big batches gains ~20% from it
_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a store database with veille's settings.

    Autocommit mode: transactions are explicit (see `Transactions`). WAL lets readers work while
    one writer writes; `synchronous=NORMAL` is crash-safe in WAL mode (a power loss may drop the
    last commits, never corrupt the file).
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def available_migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) for every migration file, in order."""
    found = []
    for entry in resources.files("veille.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"two migrations share a number: {[name for _, name, _ in found]}")
    return found


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in current.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {current.strip()[:80]!r}")
    return statements


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations; return the numbers applied (empty when up to date).

    Safe when several processes open a new database at once: the version is re-read under the
    write lock, so each migration runs exactly once.
    """
    pending = available_migrations()
    if pending and schema_version(conn) >= pending[-1][0]:
        return []
    applied = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)
        for number, _name, sql in pending:
            if number <= current:
                continue
            for statement in split_statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number:d}")
            applied.append(number)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


class Transactions:
    """Nestable transactions over one autocommit connection.

    The outermost level is `BEGIN IMMEDIATE` (take the write lock up front, so two writers queue
    on the busy timeout instead of failing on lock upgrade); inner levels are savepoints.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._depth = 0

    @property
    def active(self) -> bool:
        return self._depth > 0

    @contextmanager
    def __call__(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        name = f"veille_sp{self._depth}"
        conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
