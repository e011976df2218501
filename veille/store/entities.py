"""Store-wide entities, their links to articles, and per-article events."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator

from veille.model import Entity, Event, Quote, Story, from_dict, to_dict
from veille.store import stories


def _entity(row: sqlite3.Row, articles: list[str]) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        variants=json.loads(row["variants"]),
        roles=json.loads(row["roles"]),
        country=row["country"],
        articles=articles,
    )


def _articles(conn, entity_id: str, limit: int = 1000) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM article_entities WHERE entity_id = ? LIMIT ?", (entity_id, limit)
        )
    ]


def get(conn, entity_id: str) -> Entity | None:
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return _entity(row, _articles(conn, entity_id)) if row else None


def list_page(conn, limit=20, offset=0, type=None, query=None) -> list[Entity]:
    where, args = [], []
    if type:
        where.append("type = ?")
        args.append(type.upper())
    if query:
        where.append("(name LIKE ? ESCAPE '\\' OR variants LIKE ? ESCAPE '\\')")
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        args += [pattern, pattern]
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        f"SELECT * FROM entities {clause} ORDER BY mentions DESC, id LIMIT ? OFFSET ?", [*args, limit, offset]
    ).fetchall()
    return [_entity(r, _articles(conn, r["id"], 50)) for r in rows]


def iterate(conn) -> Iterator[Entity]:
    last = ""
    while True:
        rows = conn.execute("SELECT * FROM entities WHERE id > ? ORDER BY id LIMIT 500", (last,)).fetchall()
        if not rows:
            return
        for row in rows:
            yield _entity(row, _articles(conn, row["id"]))
        last = rows[-1]["id"]


def all_entities(conn) -> list[Entity]:
    return list(iterate(conn))


def of_story(conn, story_id: str) -> list[Entity]:
    rows = conn.execute(
        "SELECT e.*, group_concat(ae.article_id) AS arts, SUM(ae.mentions) AS n FROM story_articles sa "
        "JOIN article_entities ae ON ae.article_id = sa.article_id JOIN entities e ON e.id = ae.entity_id "
        "WHERE sa.story_id = ? GROUP BY e.id ORDER BY n DESC, e.name",
        (story_id,),
    ).fetchall()
    return [_entity(r, r["arts"].split(",")) for r in rows]


def stories_of(conn, entity_id: str, limit: int = 100) -> list[Story]:
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT sa.story_id FROM article_entities ae JOIN story_articles sa ON sa.article_id = ae.article_id "
            "WHERE ae.entity_id = ? LIMIT ?",
            (entity_id, limit),
        )
    ]
    found = {}
    for story_id in ids:
        story = stories.get(conn, story_id)
        if story:
            found[story.id] = story
    return sorted(found.values(), key=lambda s: s.updated or "", reverse=True)


def quotes_of(conn, entity_id: str, limit: int = 200) -> list[tuple[str, Quote]]:
    out = []
    rows = conn.execute(
        "SELECT n.article_id, n.data FROM article_entities ae JOIN analyses n ON n.article_id = ae.article_id "
        "WHERE ae.entity_id = ?",
        (entity_id,),
    )
    for row in rows:
        for q in json.loads(row["data"]).get("quotes", []):
            if q.get("entity_id") == entity_id:
                out.append((row["article_id"], from_dict(Quote, q)))
                if len(out) >= limit:
                    return out
    return out


def save(conn, entities: list[Entity]) -> None:
    conn.executemany(
        "INSERT INTO entities (id, name, type, country, variants, roles) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, country = excluded.country, "
        "variants = excluded.variants, roles = excluded.roles",
        [
            (
                e.id,
                e.name,
                e.type,
                e.country,
                json.dumps(e.variants, ensure_ascii=False),
                json.dumps(e.roles, ensure_ascii=False),
            )
            for e in entities
        ],
    )


def link(conn, article_id: str, counts: Counter) -> None:
    """Record which entities an article mentions (replacing a previous link set) and bump totals."""
    old = dict(
        conn.execute(
            "SELECT entity_id, mentions FROM article_entities WHERE article_id = ?", (article_id,)
        ).fetchall()
    )
    conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)",
        [(article_id, e, n) for e, n in counts.items()],
    )
    for entity_id in set(old) | set(counts):
        delta = counts.get(entity_id, 0) - old.get(entity_id, 0)
        if delta:
            conn.execute("UPDATE entities SET mentions = mentions + ? WHERE id = ?", (delta, entity_id))


def save_events(conn, article_id: str, events: list[Event]) -> None:
    conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO events (article_id, type, source, source_code, target, target_code, mode, date, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                e.type,
                e.source,
                e.source_code,
                e.target,
                e.target_code,
                e.mode,
                e.date,
                json.dumps(to_dict(e), ensure_ascii=False),
            )
            for e in events
        ],
    )


def list_events(conn, type=None, actor=None, since=None, limit=50, offset=0) -> list[Event]:
    where, args = [], []
    if type:
        where.append("type = ?")
        args.append(type.upper())
    if actor:
        where.append("(source_code = ? OR target_code = ? OR source LIKE ? OR target LIKE ?)")
        like = f"%{actor}%"
        args += [actor.upper(), actor.upper(), like, like]
    if since:
        where.append("date >= ?")
        args.append(since)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        f"SELECT data FROM events {clause} ORDER BY COALESCE(date, '') DESC, id DESC LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return [from_dict(Event, json.loads(r[0])) for r in rows]
