"""Articles: insert with de-duplication and versioning, read back as `veille.model.Article`.

Rules of `add`:
- the same content (content_hash) twice is one article: the second is a "duplicate";
- new content for a url, or for a (source, external_id), already stored is a "version": a new
  article whose `version_of` is the latest article with that url or id, recorded in
  `article_versions` as one chain;
- anything else is "stored".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from veille.model import Article, Credit, Dateline, to_dict

STORED, DUPLICATE, VERSION = "stored", "duplicate", "version"

_COLUMNS = (
    "id",
    "content_hash",
    "source",
    "title",
    "text",
    "paragraphs",
    "url",
    "external_id",
    "language",
    "published",
    "date_precision",
    "dateline",
    "credits",
    "subheads",
    "format",
    "ingested_at",
    "version_of",
)
_INSERT = f"INSERT INTO articles ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
COLUMNS_SQL = ", ".join(f"a.{c}" for c in _COLUMNS)
SELECT = f"SELECT {COLUMNS_SQL} FROM articles a"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: object) -> str:
    # Credit and Dateline are flat dataclasses: their __dict__ is their to_dict, and much faster
    if isinstance(value, list):
        value = [vars(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
    elif hasattr(value, "__dataclass_fields__"):
        value = to_dict(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def to_row(article: Article) -> tuple:
    return (
        article.id,
        article.content_hash,
        article.source,
        article.title,
        article.text,
        None if article.paragraphs == article.text.split("\n\n") else _json(article.paragraphs),
        article.url,
        article.external_id,
        article.language,
        article.published,
        article.date_precision,
        _json(article.dateline) if article.dateline is not None else None,
        _json(article.credits),
        _json(article.subheads),
        article.format,
        article.ingested_at,
        article.version_of,
    )


def from_row(row: sqlite3.Row) -> Article:
    dateline = json.loads(row["dateline"]) if row["dateline"] else None
    return Article(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        text=row["text"],
        paragraphs=json.loads(row["paragraphs"])
        if row["paragraphs"] is not None
        else row["text"].split("\n\n"),
        content_hash=row["content_hash"],
        url=row["url"],
        external_id=row["external_id"],
        language=row["language"],
        published=row["published"],
        date_precision=row["date_precision"],
        dateline=Dateline(**dateline) if dateline else None,
        credits=[Credit(**c) for c in json.loads(row["credits"])],
        subheads=json.loads(row["subheads"]),
        format=row["format"],
        ingested_at=row["ingested_at"],
        version_of=row["version_of"],
    )


def _previous_version(conn: sqlite3.Connection, article: Article) -> tuple[str, str] | None:
    """(id of the latest stored article with the same url or external id, what matched)."""
    candidates = []
    if article.url:
        row = conn.execute(
            "SELECT seq, id FROM articles WHERE url = ? ORDER BY seq DESC LIMIT 1", (article.url,)
        ).fetchone()
        if row:
            candidates.append((row["seq"], row["id"], "url"))
    if article.external_id:
        row = conn.execute(
            "SELECT seq, id FROM articles WHERE external_id = ? AND source = ? ORDER BY seq DESC LIMIT 1",
            (article.external_id, article.source),
        ).fetchone()
        if row:
            candidates.append((row["seq"], row["id"], "external_id"))
    if not candidates:
        return None
    _, previous_id, matched_on = max(candidates)
    return previous_id, matched_on


def _link_version(conn: sqlite3.Connection, article_id: str, previous_id: str, matched_on: str) -> None:
    row = conn.execute(
        "SELECT root_id, version FROM article_versions WHERE article_id = ?", (previous_id,)
    ).fetchone()
    if row is None:
        conn.execute(
            "INSERT INTO article_versions (article_id, root_id, version, previous_id, matched_on) "
            "VALUES (?, ?, 1, NULL, NULL)",
            (previous_id, previous_id),
        )
        root_id, version = previous_id, 1
    else:
        root_id, version = row["root_id"], row["version"]
    last = conn.execute("SELECT MAX(version) FROM article_versions WHERE root_id = ?", (root_id,)).fetchone()[
        0
    ]
    conn.execute(
        "INSERT INTO article_versions (article_id, root_id, version, previous_id, matched_on) VALUES (?, ?, ?, ?, ?)",
        (article_id, root_id, max(last, version) + 1, previous_id, matched_on),
    )


def add(conn: sqlite3.Connection, articles: list[Article]) -> list[str]:
    """Insert articles (caller holds the transaction); one status per article, in order.

    Sets `ingested_at` (when missing) and `version_of` on the given Article objects, so callers
    see what was stored.
    """
    statuses = []
    stamp = now_iso()
    for article in articles:
        if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone():
            statuses.append(DUPLICATE)
            continue
        previous = _previous_version(conn, article)
        article.version_of = previous[0] if previous else None
        article.ingested_at = article.ingested_at or stamp
        conn.execute(_INSERT, to_row(article))
        if previous:
            _link_version(conn, article.id, *previous)
            statuses.append(VERSION)
        else:
            statuses.append(STORED)
    return statuses


def get(conn: sqlite3.Connection, article_id: str) -> Article | None:
    row = conn.execute(f"{SELECT} WHERE a.id = ?", (article_id,)).fetchone()
    return from_row(row) if row else None


def ids_starting_with(conn: sqlite3.Connection, prefix: str, limit: int = 2) -> list[str]:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", (escaped + "%", limit)
    ).fetchall()
    return [r[0] for r in rows]


def date_filters(
    language: str | None, since: str | None, until: str | None, alias: str = "a"
) -> tuple[list[str], list[object]]:
    """WHERE clauses for the language and date-range filters.

    Dates are ISO strings cut to their precision, so the comparison is an overlap: an article
    dated "2022-01" matches since="2022-01-15" (it may be from late January), and one dated
    "2022-01-10T08:00" matches until="2022-01-10". Undated articles never match a date filter.
    """
    clauses: list[str] = []
    params: list[object] = []
    if language:
        clauses.append(f"{alias}.language = ?")
        params.append(language)
    if since:
        clauses.append(f"{alias}.published >= substr(?, 1, length({alias}.published))")
        params.append(since)
    if until:
        clauses.append(f"substr({alias}.published, 1, length(?)) <= ?")
        params.extend([until, until])
    return clauses, params


def list_page(
    conn: sqlite3.Connection,
    limit: int,
    offset: int,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Article]:
    """Newest first (by published date, then by arrival); undated articles last."""
    clauses, params = date_filters(language, since, until)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"{SELECT}{where} ORDER BY a.published IS NULL, a.published DESC, a.seq DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [from_row(r) for r in rows]


def count(
    conn: sqlite3.Connection, language: str | None = None, since: str | None = None, until: str | None = None
) -> int:
    clauses, params = date_filters(language, since, until)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return conn.execute(f"SELECT COUNT(*) FROM articles a{where}", params).fetchone()[0]


def iterate(conn: sqlite3.Connection, chunk: int = 500) -> Iterator[Article]:
    """Every article in arrival order, read in chunks (keyset pagination: constant memory,
    and safe to interleave with writes on the same connection)."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT a.seq, {COLUMNS_SQL} FROM articles a WHERE a.seq > ? ORDER BY a.seq LIMIT ?",
            (last, chunk),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield from_row(row)
        last = rows[-1]["seq"]


def versions(conn: sqlite3.Connection, article_id: str) -> list[Article]:
    """The whole version chain the article belongs to, oldest first ([] if unknown id)."""
    row = conn.execute("SELECT root_id FROM article_versions WHERE article_id = ?", (article_id,)).fetchone()
    if row is None:
        article = get(conn, article_id)
        return [article] if article else []
    rows = conn.execute(
        f"{SELECT} JOIN article_versions v ON v.article_id = a.id WHERE v.root_id = ? ORDER BY v.version",
        (row["root_id"],),
    ).fetchall()
    return [from_row(r) for r in rows]
