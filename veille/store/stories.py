"""Stories, their articles, version relations and consolidated views."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from veille.model import Article, Relation, Story, StoryView, from_dict, to_dict
from veille.store.articles import from_row, now_iso


def _story(row: sqlite3.Row, articles: list[str] | None = None) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        articles=articles if articles is not None else [],
        merged_into=row["merged_into"],
        languages=json.loads(row["languages"]),
        sources=json.loads(row["sources"]),
        first=row["first"],
        last=row["last"],
        updated=row["updated"],
        size=row["size"],
    )


def survivor(conn: sqlite3.Connection, story_id: str) -> str | None:
    """Follow merged_into links to the live story (None for an unknown id)."""
    seen = set()
    while story_id not in seen:
        seen.add(story_id)
        row = conn.execute("SELECT merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        if row[0] is None:
            return story_id
        story_id = row[0]
    return story_id


def get(conn: sqlite3.Connection, story_id: str) -> Story | None:
    live = survivor(conn, story_id)
    if live is None:
        return None
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (live,)).fetchone()
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY joined", (live,)
        )
    ]
    return _story(row, ids)


def _filters(language, since, until, entity) -> tuple[str, list]:
    where, args = ["s.merged_into IS NULL"], []
    if language:
        where.append("EXISTS (SELECT 1 FROM json_each(s.languages) WHERE value = ?)")
        args.append(language)
    if since:
        where.append("COALESCE(s.last, s.updated) >= ?")
        args.append(since)
    if until:
        where.append("COALESCE(s.first, s.created) <= ?")
        args.append(until + "\uffff")
    if entity:
        where.append(
            "EXISTS (SELECT 1 FROM story_articles sa JOIN article_entities ae ON ae.article_id = sa.article_id "
            "WHERE sa.story_id = s.id AND ae.entity_id = ?)"
        )
        args.append(entity)
    return " AND ".join(where), args


def list_page(conn, limit=20, offset=0, language=None, since=None, until=None, entity=None) -> list[Story]:
    where, args = _filters(language, since, until, entity)
    rows = conn.execute(
        f"SELECT s.* FROM stories s WHERE {where} ORDER BY s.updated DESC, s.id LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return [_story(row) for row in rows]


def count(conn, language=None, since=None, until=None, entity=None) -> int:
    where, args = _filters(language, since, until, entity)
    return conn.execute(f"SELECT COUNT(*) FROM stories s WHERE {where}", args).fetchone()[0]


def iterate(conn) -> Iterator[Story]:
    last = ""
    while True:
        rows = conn.execute(
            "SELECT id FROM stories WHERE merged_into IS NULL AND id > ? ORDER BY id LIMIT 200", (last,)
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield get(conn, row[0])
        last = rows[-1][0]


def articles_of(conn, story_id: str, latest: int | None = None) -> list[Article]:
    """The story's articles in arrival order; only the `latest` ones when given."""
    sql = "SELECT a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
    if latest is None:
        rows = conn.execute(sql + "ORDER BY sa.joined", (story_id,)).fetchall()
    else:
        rows = conn.execute(sql + "ORDER BY sa.joined DESC LIMIT ?", (story_id, latest)).fetchall()[::-1]
    return [from_row(r) for r in rows]


def story_of(conn, article_id: str) -> str | None:
    row = conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return survivor(conn, row[0]) if row else None


def relations_of(conn, story_id: str) -> list[Relation]:
    rows = conn.execute(
        "SELECT r.* FROM relations r JOIN story_articles sa ON sa.article_id = r.b WHERE sa.story_id = ? "
        "ORDER BY r.a, r.b",
        (story_id,),
    ).fetchall()
    return [Relation(r["a"], r["b"], r["kind"], r["score"]) for r in rows]


def view(conn, story_id: str) -> StoryView | None:
    row = conn.execute("SELECT data FROM story_views WHERE story_id = ?", (story_id,)).fetchone()
    return _view_from_json(json.loads(row[0])) if row else None


def _view_from_json(data: dict) -> StoryView:
    from veille.model import Addition, Claim, Contradiction, Event, Fact, MergedQuote, TimelineEntry

    return StoryView(
        story=data["story"],
        quotes=[from_dict(MergedQuote, q) for q in data.get("quotes", [])],
        facts=[from_dict(Fact, f) for f in data.get("facts", [])],
        events=[from_dict(Event, e) for e in data.get("events", [])],
        additions=[from_dict(Addition, a) for a in data.get("additions", [])],
        contradictions=[
            Contradiction(c["kind"], c["subject"], [from_dict(Claim, x) for x in c.get("claims", [])])
            for c in data.get("contradictions", [])
        ],
        timeline=[from_dict(TimelineEntry, t) for t in data.get("timeline", [])],
    )


# ---- writes ----


def create(conn, story_id: str, title: str) -> None:
    stamp = now_iso()
    conn.execute(
        "INSERT OR IGNORE INTO stories (id, title, created, updated) VALUES (?, ?, ?, ?)",
        (story_id, title, stamp, stamp),
    )


def reopen(conn, story_id: str, title: str) -> None:
    create(conn, story_id, title)
    conn.execute("UPDATE stories SET merged_into = NULL, updated = ? WHERE id = ?", (now_iso(), story_id))


def add_article(conn, story_id: str, article_id: str) -> None:
    conn.execute(
        "INSERT INTO story_articles (article_id, story_id, joined) "
        "SELECT ?, ?, seq FROM articles WHERE id = ? "
        "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
        (article_id, story_id, article_id),
    )


def merge(conn, loser: str, survivor_id: str) -> None:
    """Move the loser's articles to the survivor; the loser's id keeps pointing at it."""
    conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (survivor_id, loser))
    conn.execute(
        "UPDATE stories SET merged_into = ?, size = 0, updated = ? WHERE id = ?",
        (survivor_id, now_iso(), loser),
    )
    conn.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (survivor_id, loser))
    conn.execute("DELETE FROM story_views WHERE story_id = ?", (loser,))


def refresh_summary(conn, story_id: str) -> None:
    """Recompute size, languages, sources and date range from the story's articles."""
    rows = conn.execute(
        "SELECT a.language, a.source, a.dateline, a.published, a.title FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY sa.joined",
        (story_id,),
    ).fetchall()
    languages = sorted({r["language"] for r in rows if r["language"]})
    sources = []
    for r in rows:
        dateline = json.loads(r["dateline"]) if r["dateline"] else None
        name = (dateline or {}).get("agency") or r["source"]
        if name not in sources:
            sources.append(name)
    dates = sorted(r["published"] for r in rows if r["published"])
    conn.execute(
        "UPDATE stories SET size = ?, languages = ?, sources = ?, first = ?, last = ?, updated = ?, "
        "title = COALESCE(?, title) WHERE id = ?",
        (
            len(rows),
            json.dumps(languages),
            json.dumps(sources[:20], ensure_ascii=False),
            dates[0] if dates else None,
            dates[-1] if dates else None,
            now_iso(),
            _headline(rows),
            story_id,
        ),
    )


def _headline(rows) -> str | None:
    """The story's title: the earliest dated report's (a day beats a month at equal prefix), else the first."""
    if not rows:
        return None
    dated = [r for r in rows if r["published"]]
    if not dated:
        return rows[0]["title"]
    return min(dated, key=lambda r: (r["published"][:10].ljust(10, "~"), -len(r["published"])))["title"]


def save_relations(conn, relations: list[Relation]) -> None:
    conn.executemany(
        "INSERT INTO relations (a, b, kind, score) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, score = excluded.score",
        [(r.a, r.b, r.kind, r.score) for r in relations],
    )


def save_view(conn, story_view: StoryView) -> None:
    conn.execute(
        "INSERT INTO story_views (story_id, data, updated) VALUES (?, ?, ?) "
        "ON CONFLICT (story_id) DO UPDATE SET data = excluded.data, updated = excluded.updated",
        (story_view.story, json.dumps(to_dict(story_view), ensure_ascii=False), now_iso()),
    )


def save_vectors(conn, items: dict[str, bytes]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO article_vectors (article_id, vector) VALUES (?, ?)", list(items.items())
    )


def vectors(conn, article_ids: list[str]) -> dict[str, bytes]:
    out = {}
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(
            conn.execute(
                f"SELECT article_id, vector FROM article_vectors WHERE article_id IN ({marks})", chunk
            )
        )
    return out


def get_state(conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM resolve_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_state(conn, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO resolve_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def assignments(conn) -> list[tuple[str, str]]:
    return [
        (r[0], r[1]) for r in conn.execute("SELECT article_id, story_id FROM story_articles ORDER BY joined")
    ]
