"""Rejects: inputs that did not become articles, with a reason.

The same (input, reason, detail) seen again (a re-run) updates `at` and counts up `seen` instead
of adding a row, so re-running an ingest does not pile up copies.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from veille.model import Reject
from veille.store.articles import now_iso


def add(conn: sqlite3.Connection, rejects: list[Reject]) -> None:
    stamp = now_iso()
    conn.executemany(
        "INSERT INTO rejects (input, reason, detail, at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (input, reason, detail) DO UPDATE SET at = excluded.at, seen = seen + 1",
        [(r.input, r.reason, r.detail or "", r.at or stamp) for r in rejects],
    )


def latest(conn: sqlite3.Connection, limit: int = 50, reason: str | None = None) -> list[Reject]:
    """Most recently seen first."""
    where, params = ("WHERE reason = ?", [reason]) if reason else ("", [])
    rows = conn.execute(
        f"SELECT input, reason, detail, at FROM rejects {where} ORDER BY at DESC, id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [Reject(input=r["input"], reason=r["reason"], detail=r["detail"], at=r["at"]) for r in rows]


def reasons(conn: sqlite3.Connection) -> Counter[str]:
    return Counter(dict(conn.execute("SELECT reason, COUNT(*) FROM rejects GROUP BY reason").fetchall()))


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM rejects").fetchone()[0]
