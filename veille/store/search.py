"""Full-text search over titles and texts (SQLite FTS5, accents folded: `Geneve` finds `Genève`).

User queries never reach FTS5 raw. `fts_query` rewrites them into a safe expression:
- words are ANDed: `russie otan`;
- `OR` between words or phrases: `Lisbonne OR Lisbon`;
- `"double quotes"` make a phrase (an unclosed quote runs to the end);
- a trailing `*` is a prefix search: `nucl*`;
- everything else (parentheses, `:`, `^`, `-`, stray quotes, NEAR, AND, NOT) is plain text.
A query with no searchable word gives no results, never an SQLite error.

Snippets are plain text, not HTML: `SearchHit.parts` gives (text, is_match) pieces for a
renderer to escape and style; `SearchHit.snippet` joins them with ⟦ ⟧ around matches.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from veille.model import Article
from veille.store.articles import COLUMNS_SQL, date_filters, from_row

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
# Control characters as FTS5 snippet markers: they never occur in article text the readers keep,
# so splitting on them is unambiguous (the visible ⟦ ⟧ are only added afterwards).
_OPEN, _CLOSE = "\x02", "\x03"
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
TITLE_WEIGHT, TEXT_WEIGHT = 4.0, 1.0


@dataclass
class SearchHit:
    article: Article
    parts: list[tuple[str, bool]] = field(default_factory=list)  # snippet pieces: (text, is_match)
    rank: float = 0.0  # bm25: lower is better

    @property
    def snippet(self) -> str:
        return "".join(f"{MARK_OPEN}{t}{MARK_CLOSE}" if hit else t for t, hit in self.parts)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(query: str) -> str:
    """Rewrite a user query into a safe FTS5 expression ('' when nothing is searchable)."""
    terms: list[str] = []  # quoted terms, and "OR" markers between them
    query = _CONTROL.sub(" ", query)
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            if _WORD.search(phrase):
                terms.append(_quote(" ".join(phrase.split())))
            continue
        if word == "OR":
            terms.append("OR")
            continue
        prefix = word.endswith("*")
        word = word.replace('"', " ").rstrip("*")
        if not _WORD.search(word):
            continue
        terms.append(_quote(word) + ("*" if prefix else ""))
    # drop OR at the ends and repeated ORs; words next to each other are ANDed by FTS5
    cleaned: list[str] = []
    for term in terms:
        if term == "OR" and (not cleaned or cleaned[-1] == "OR"):
            continue
        cleaned.append(term)
    while cleaned and cleaned[-1] == "OR":
        cleaned.pop()
    return " ".join(cleaned)


def _split_snippet(raw: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    inside = False
    for chunk in re.split(f"([{_OPEN}{_CLOSE}])", raw):
        if chunk in (_OPEN, _CLOSE):
            inside = chunk == _OPEN
        elif chunk:
            parts.append((chunk, inside))
    return parts


def search(
    conn: sqlite3.Connection,
    query: str,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[SearchHit]:
    """Best matches first; title matches weigh more than text matches."""
    expression = fts_query(query)
    if not expression:
        return []
    clauses, params = date_filters(language, since, until)
    where = "".join(f" AND {c}" for c in clauses)
    rows = conn.execute(
        f"SELECT {COLUMNS_SQL}, bm25(articles_fts, ?, ?) AS rank, snippet(articles_fts, 1, ?, ?, '…', 20) AS snip "
        f"FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?{where} "
        "ORDER BY rank LIMIT ? OFFSET ?",
        (TITLE_WEIGHT, TEXT_WEIGHT, _OPEN, _CLOSE, expression, *params, limit, offset),
    ).fetchall()
    return [SearchHit(article=from_row(r), parts=_split_snippet(r["snip"]), rank=r["rank"]) for r in rows]


def count(
    conn: sqlite3.Connection,
    query: str,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    expression = fts_query(query)
    if not expression:
        return 0
    clauses, params = date_filters(language, since, until)
    where = "".join(f" AND {c}" for c in clauses)
    return conn.execute(
        f"SELECT COUNT(*) FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?{where}",
        (expression, *params),
    ).fetchone()[0]
