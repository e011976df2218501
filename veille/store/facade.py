"""`Store`: the one object the rest of veille uses to read and write the database.

Each concern has its own module (articles, rejects, search, analyses); this class holds the
connection and the transaction, and forwards. Every write method joins the caller's
`transaction()` when there is one, and otherwise commits on its own.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from veille.model import Analysis, Article, Entity, Event, Quote, Reject, Relation, Story, StoryView
from veille.store import analyses, articles, db, entities, rejects, search, stories, watch
from veille.store.search import SearchHit
from veille.watch.sources import SeenFile, SourceState


class Store:
    def __init__(self, conn: sqlite3.Connection, path: str | Path) -> None:
        self.conn = conn  # for tests and diagnostics; code outside veille/store goes through methods
        self.path = Path(path)
        self._transactions = db.Transactions(conn)

    # ---- lifecycle ----

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """All writes inside commit together or not at all. Nestable (inner levels are savepoints)."""
        return self._transactions()

    @property
    def schema_version(self) -> int:
        return db.schema_version(self.conn)

    def integrity_check(self) -> str:
        """'ok' when SQLite finds the file sound."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # ---- articles ----

    def add_articles(self, items: list[Article]) -> list[str]:
        """Store articles; per article "stored" | "duplicate" | "version" (see store/articles.py)."""
        with self.transaction() as conn:
            return articles.add(conn, items)

    def get_article(self, article_id: str) -> Article | None:
        return articles.get(self.conn, article_id)

    def find_article(self, id_or_prefix: str) -> Article | None:
        """The article with this id, or the only one whose id starts with it (4+ characters)."""
        article = articles.get(self.conn, id_or_prefix)
        if article is None and len(id_or_prefix) >= 4:
            ids = articles.ids_starting_with(self.conn, id_or_prefix)
            if len(ids) == 1:
                article = articles.get(self.conn, ids[0])
        return article

    def list_articles(
        self,
        limit: int = 50,
        offset: int = 0,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Article]:
        """Newest first. `since`/`until` are ISO dates at any precision (inclusive, overlap semantics)."""
        return articles.list_page(self.conn, limit, offset, language, since, until)

    def count_articles(
        self, language: str | None = None, since: str | None = None, until: str | None = None
    ) -> int:
        return articles.count(self.conn, language, since, until)

    def iter_articles(self) -> Iterator[Article]:
        """Every article in arrival order, streamed in chunks."""
        return articles.iterate(self.conn)

    def versions_of(self, article_id: str) -> list[Article]:
        """The article's version chain, oldest first (just the article when it has no versions)."""
        return articles.versions(self.conn, article_id)

    # ---- rejects ----

    def add_rejects(self, items: list[Reject]) -> None:
        if items:
            with self.transaction() as conn:
                rejects.add(conn, items)

    def list_rejects(self, limit: int = 50, reason: str | None = None) -> list[Reject]:
        return rejects.latest(self.conn, limit, reason)

    def count_rejects(self) -> int:
        return rejects.count(self.conn)

    def reject_reasons(self) -> Counter[str]:
        return rejects.reasons(self.conn)

    # ---- search ----

    def search(
        self,
        query: str,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search; never raises on odd user input (see store/search.py for the syntax)."""
        return search.search(self.conn, query, language, since, until, limit, offset)

    def count_search(
        self, query: str, language: str | None = None, since: str | None = None, until: str | None = None
    ) -> int:
        return search.count(self.conn, query, language, since, until)

    # ---- analyses ----

    def save_analyses(self, items: list[Analysis]) -> None:
        if items:
            with self.transaction() as conn:
                analyses.save(conn, items)

    def get_analysis(self, article_id: str) -> Analysis | None:
        return analyses.get(self.conn, article_id)

    def articles_without_analysis(self, limit: int | None = None) -> list[str]:
        return analyses.missing(self.conn, limit)

    def iter_analyses(self) -> Iterator[tuple[str, str | None, Analysis]]:
        """(article id, story id, analysis) for every analysed article, streamed."""
        return analyses.iterate(self.conn)

    # ---- stories (written by resolve/, read by views and interfaces) ----

    def list_stories(
        self,
        limit: int = 20,
        offset: int = 0,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        entity: str | None = None,
    ) -> list[Story]:
        """Live stories, most recently updated first (articles not loaded: see `size`)."""
        return stories.list_page(self.conn, limit, offset, language, since, until, entity)

    def count_stories(self, language=None, since=None, until=None, entity=None) -> int:
        return stories.count(self.conn, language, since, until, entity)

    def get_story(self, story_id: str) -> Story | None:
        """The story, following merges: a merged id gives the story it now belongs to."""
        return stories.get(self.conn, story_id)

    def iter_stories(self) -> Iterator[Story]:
        return stories.iterate(self.conn)

    def story_articles(self, story_id: str, latest: int | None = None) -> list[Article]:
        """In arrival order; only the `latest` ones when given (the rest are not read)."""
        return stories.articles_of(self.conn, story_id, latest)

    def story_of(self, article_id: str) -> str | None:
        return stories.story_of(self.conn, article_id)

    def story_relations(self, story_id: str) -> list[Relation]:
        return stories.relations_of(self.conn, story_id)

    def story_view(self, story_id: str) -> StoryView | None:
        return stories.view(self.conn, story_id)

    def story_entities(self, story_id: str) -> list[Entity]:
        return entities.of_story(self.conn, story_id)

    def create_story(self, story_id: str, title: str) -> None:
        with self.transaction() as conn:
            stories.create(conn, story_id, title)

    def reopen_story(self, story_id: str, title: str) -> None:
        """Create the story, or bring back one merged away before (it no longer points anywhere)."""
        with self.transaction() as conn:
            stories.reopen(conn, story_id, title)

    def add_to_story(self, story_id: str, article_id: str) -> None:
        with self.transaction() as conn:
            stories.add_article(conn, story_id, article_id)

    def merge_stories(self, loser: str, survivor: str) -> None:
        with self.transaction() as conn:
            stories.merge(conn, loser, survivor)

    def refresh_story(self, story_id: str) -> None:
        with self.transaction() as conn:
            stories.refresh_summary(conn, story_id)

    def save_relations(self, items: list[Relation]) -> None:
        if items:
            with self.transaction() as conn:
                stories.save_relations(conn, items)

    def save_story_view(self, view: StoryView) -> None:
        with self.transaction() as conn:
            stories.save_view(conn, view)

    # ---- entities and events ----

    def list_entities(
        self, limit: int = 20, offset: int = 0, type: str | None = None, query: str | None = None
    ):
        return entities.list_page(self.conn, limit, offset, type, query)

    def get_entity(self, entity_id: str) -> Entity | None:
        return entities.get(self.conn, entity_id)

    def iter_entities(self) -> Iterator[Entity]:
        return entities.iterate(self.conn)

    def entity_stories(self, entity_id: str) -> list[Story]:
        return entities.stories_of(self.conn, entity_id)

    def entity_quotes(self, entity_id: str) -> list[tuple[str, Quote]]:
        return entities.quotes_of(self.conn, entity_id)

    def save_entities(self, items: list[Entity]) -> None:
        if items:
            with self.transaction() as conn:
                entities.save(conn, items)

    def link_entities(self, article_id: str, counts: Counter) -> None:
        with self.transaction() as conn:
            entities.link(conn, article_id, counts)

    def save_events(self, article_id: str, items: list[Event]) -> None:
        with self.transaction() as conn:
            entities.save_events(conn, article_id, items)

    def list_events(self, type=None, actor=None, since=None, limit: int = 50, offset: int = 0) -> list[Event]:
        return entities.list_events(self.conn, type, actor, since, limit, offset)

    # ---- incremental resolve state ----

    def save_vectors(self, items: dict[str, bytes]) -> None:
        if items:
            with self.transaction() as conn:
                stories.save_vectors(conn, items)

    def vectors(self, article_ids: list[str]) -> dict[str, bytes]:
        return stories.vectors(self.conn, article_ids)

    def get_state(self, key: str) -> str | None:
        return stories.get_state(self.conn, key)

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            stories.set_state(conn, key, value)

    def assigned_in_order(self) -> list[tuple[str, str]]:
        """(article id, story id as first assigned) in arrival order, for rebuilding resolve state."""
        return stories.assignments(self.conn)

    # ---- watched sources ----
    # State of `veille watch` (see store/watch.py and veille/watch/); written by the watcher only.

    def watched_source(self, source: str) -> SourceState | None:
        return watch.get(self.conn, source)

    def watched_sources(self) -> list[SourceState]:
        """Every source ever watched, by name."""
        return watch.all_sources(self.conn)

    def save_watched_source(self, state: SourceState) -> None:
        with self.transaction() as conn:
            watch.save(conn, state)

    def forget_watched_source(self, source: str) -> bool:
        """Stop remembering a source (its state and seen files); its articles stay."""
        with self.transaction() as conn:
            return watch.forget(conn, source)

    def seen_files(self, source: str) -> dict[str, SeenFile]:
        """path -> SeenFile for the files of a watched folder (or file) already read."""
        return watch.seen_files(self.conn, source)

    def save_seen_files(self, source: str, files: list[SeenFile], gone: list[str] | None = None) -> None:
        """Remember files as read; forget the `gone` paths (deleted since)."""
        with self.transaction() as conn:
            watch.save_seen_files(conn, source, files)
            watch.drop_seen_files(conn, source, gone or [])

    def knows_url(self, url: str) -> bool:
        """Whether an article with this url is stored (feeds with --follow-links skip those pages)."""
        return watch.knows_url(self.conn, url)

    # ---- end of watched sources ----


def open_store(path: str | Path) -> Store:
    """Open or create the store at `path` and bring its schema up to date."""
    conn = db.connect(path)
    try:
        db.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return Store(conn, path)
