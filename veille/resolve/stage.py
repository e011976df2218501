"""The analysis-and-resolution stage of ingest: runs on every stored batch, inside its transaction.

For each batch: analyse the articles (in worker processes when there are many), embed their
title and lead, resolve entities and stories through `Resolver`, type version relations inside
each story, refresh the consolidated views of the stories that changed, and write everything
through the store.

The database is the source of truth. The story clusterer's state is also kept as files beside
the database (`<db>.stories/`) so that a new process need not replay history; when those files
are missing, unreadable or behind the database (a crash between the two writes), the state is
rebuilt by replaying the stored assignments in arrival order.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from veille.model import Analysis, Article
from veille.resolve.identity import EntityIndex
from veille.resolve.resolver import Resolver, mention_counts, story_item
from veille.resolve.stories import StoryClusterer
from veille.resolve.versions import relate

log = logging.getLogger(__name__)

RELATE_WITH = 30  # latest story members a new article is compared with for version relations
VIEW_ARTICLES = 100  # the consolidated view reads at most this many (latest) articles of a story

_RESOLVERS: dict[str, Resolver] = {}


def state_dir(store) -> Path:
    return Path(str(store.path) + ".stories")


def _vector(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


def _rebuild_stories(store) -> StoryClusterer:
    """Replay every stored assignment in arrival order (deterministic: same inputs, same stories)."""
    clusterer = StoryClusterer()
    order = [a for a, _ in store.assigned_in_order()]
    for i in range(0, len(order), 500):
        ids = order[i : i + 500]
        vectors = store.vectors(ids)
        for article_id in ids:
            article = store.get_article(article_id)
            blob = vectors.get(article_id)
            if article is None or blob is None:
                continue
            clusterer.assign(story_item(article, store.get_analysis(article_id), _vector(blob)))
    return clusterer


def _load_stories(store) -> StoryClusterer:
    order = store.assigned_in_order()
    directory = state_dir(store)
    if (directory / "state.json").exists():
        try:
            clusterer = StoryClusterer.load(directory)
            if clusterer.article_ids == [a for a, _ in order]:
                return clusterer
            log.warning("story state in %s is out of step with the database: rebuilding it", directory)
        except Exception as exc:  # a torn write or an older format: the database has everything
            log.warning("story state in %s is unreadable (%s): rebuilding it", directory, exc)
    return _rebuild_stories(store) if order else StoryClusterer()


def resolver_for(store) -> Resolver:
    """The process-wide resolver of a store, loaded once."""
    key = str(Path(store.path).resolve())
    if key not in _RESOLVERS:
        learned = json.loads(store.get_state("acronyms") or "{}")
        entities = EntityIndex.from_entities(
            store.iter_entities(), article_stories=dict(store.assigned_in_order()), learned_acronyms=learned
        )
        _RESOLVERS[key] = Resolver(entities, _load_stories(store))
    return _RESOLVERS[key]


def forget_resolver(store) -> None:
    _RESOLVERS.pop(str(Path(store.path).resolve()), None)


def analyze_and_resolve(store, articles: list[Article], on_done=None) -> None:
    """The ingest stage: `(store, articles) -> None`."""
    if not articles:
        return
    from veille.analyze.article import analyze_many
    from veille.resolve.embed import embed
    from veille.resolve.resolver import lead_text

    analyses = analyze_many(articles, on_done=on_done)
    vectors = embed([lead_text(a) for a in articles])
    resolver = resolver_for(store)
    try:
        touched = _resolve(store, resolver, articles, analyses, vectors)
        refresh_views(store, touched, embed)
    except BaseException:
        forget_resolver(store)  # in-memory state may be ahead of the rolled-back batch
        raise
    resolver.stories.save(state_dir(store))


def _resolve(store, resolver: Resolver, articles, analyses, vectors) -> set[str]:
    touched: set[str] = set()
    created: set[str] = set()
    new_stories = {}
    for article, analysis, vector in zip(articles, analyses, vectors, strict=True):
        placement = resolver.add(article, analysis, vector)
        for moved, left in placement.detaches:  # before the new article, which may join it
            _move(store, moved, [moved])
            touched.update((moved, left))
        if placement.story not in created and store.get_story(placement.story) is None:
            store.create_story(placement.story, article.title)
            created.add(placement.story)
        store.add_to_story(placement.story, article.id)
        for drop, keep in placement.merges:
            store.merge_stories(drop, keep)
            touched.discard(drop)
        for new, old, group in placement.splits:  # the clusterer splits last, after any merge
            _move(store, new, group)
            touched.update((new, old))
        touched.add(placement.story)
        new_stories[article.id] = placement.story
        changed = [
            resolver.entities.entities[e]
            for e in placement.resolution.changed
            if e in resolver.entities.entities
        ]
        store.save_entities(changed)
        store.link_entities(article.id, mention_counts(analysis))
        store.save_events(article.id, analysis.events)
    store.save_analyses(analyses)
    store.save_vectors(
        {a.id: np.asarray(v, np.float32).tobytes() for a, v in zip(articles, vectors, strict=True)}
    )
    store.set_state("acronyms", json.dumps(resolver.entities.aliases.learned, ensure_ascii=False))
    _relate(store, articles, vectors, new_stories)
    return touched


def _move(store, story_id: str, article_ids: list[str]) -> None:
    """Put articles into a story of their own, titled after the first; the id may have named a story
    merged away before, which lives again."""
    first = store.get_article(article_ids[0])
    store.reopen_story(story_id, first.title if first else "")
    for article_id in article_ids:
        store.add_to_story(story_id, article_id)


def _relate(store, articles: list[Article], vectors, stories: dict[str, str]) -> None:
    relations = []
    own = {a.id: v for a, v in zip(articles, vectors, strict=True)}
    for article in articles:
        story = store.story_of(article.id) or stories[article.id]  # a later article may have merged it
        members = [m for m in store.story_articles(story, latest=RELATE_WITH + 1) if m.id != article.id][
            -RELATE_WITH:
        ]
        if not members:
            continue
        blobs = store.vectors([m.id for m in members if m.id not in own])
        for other in members:
            vec = own.get(other.id)
            if vec is None and other.id in blobs:
                vec = _vector(blobs[other.id])
            similarity = float(np.dot(own[article.id], vec)) if vec is not None else None
            relation = relate(other, article, similarity)
            if relation is not None:
                relations.append(relation)
    store.save_relations(relations)


def refresh_views(store, story_ids, embed) -> None:
    from veille.views.story import build_story_view

    for story_id in story_ids:
        story = store.get_story(story_id)
        if story is None:
            continue
        store.refresh_story(story.id)
        articles = store.story_articles(story.id, latest=VIEW_ARTICLES)
        analyses: dict[str, Analysis] = {}
        for a in articles:
            analysis = store.get_analysis(a.id)
            if analysis is not None:
                analyses[a.id] = analysis
        speakers = {q.entity_id for a in analyses.values() for q in a.quotes if q.entity_id}
        names = {eid: e.name for eid in speakers if (e := store.get_entity(eid)) is not None}
        view = build_story_view(story.id, articles, analyses, store.story_relations(story.id), embed, names)
        store.save_story_view(view)


def ingest_stages(analyze: bool = True) -> list:
    """The stages `veille ingest`, `veille watch` and the API run on each stored batch."""
    return [analyze_and_resolve] if analyze else []
