"""Per-article analyses, stored as the JSON of `veille.model.Analysis`."""

from __future__ import annotations

import json
import sqlite3

from veille.model import Analysis, from_dict, to_dict
from veille.store.articles import now_iso


def save(conn: sqlite3.Connection, analyses: list[Analysis]) -> None:
    """Insert or replace (re-analysing an article overwrites its previous analysis)."""
    stamp = now_iso()
    conn.executemany(
        "INSERT INTO analyses (article_id, language, deep, data, analyzed_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET language = excluded.language, deep = excluded.deep, "
        "data = excluded.data, analyzed_at = excluded.analyzed_at",
        [
            (a.article_id, a.language, int(a.deep), json.dumps(to_dict(a), ensure_ascii=False), stamp)
            for a in analyses
        ],
    )


def get(conn: sqlite3.Connection, article_id: str) -> Analysis | None:
    row = conn.execute("SELECT data FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
    return from_dict(Analysis, json.loads(row["data"])) if row else None


def missing(conn: sqlite3.Connection, limit: int | None = None) -> list[str]:
    """Ids of articles without an analysis, in arrival order."""
    sql = "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id WHERE n.article_id IS NULL ORDER BY a.seq"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in conn.execute(sql)]


def iterate(conn: sqlite3.Connection, chunk: int = 200):
    """(article id, story id, Analysis) in arrival order, streamed in chunks."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT a.seq, n.article_id, n.data, sa.story_id FROM analyses n JOIN articles a ON a.id = n.article_id "
            "LEFT JOIN story_articles sa ON sa.article_id = n.article_id WHERE a.seq > ? ORDER BY a.seq LIMIT ?",
            (last, chunk),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield row["article_id"], row["story_id"], from_dict(Analysis, json.loads(row["data"]))
        last = rows[-1]["seq"]
