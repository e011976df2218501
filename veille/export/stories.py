"""One JSON object per story: its articles and their version relations, its entities, and the
consolidated view (quotes, facts, events with evidence, additions, contradictions, timeline)."""

from __future__ import annotations

from collections.abc import Iterator

from veille.model import Event, Story, to_dict


def event_object(event: Event) -> dict:
    return {
        "type": event.type,
        "source": event.source,
        "source_code": event.source_code,
        "target": event.target,
        "target_code": event.target_code,
        "mode": event.mode,
        "cue": event.cue,
        "date": event.date,
        "precision": event.precision,
        "place": event.place,
        "evidence": {"article": event.article_id, "sentence": event.sentence},
    }


def story_object(store, story: Story) -> dict:
    articles = store.story_articles(story.id)
    relations = store.story_relations(story.id)
    by_article: dict[str, list[dict]] = {}
    for rel in relations:
        by_article.setdefault(rel.b, []).append({"kind": rel.kind, "of": rel.a, "score": round(rel.score, 3)})
        by_article.setdefault(rel.a, []).append({"kind": rel.kind, "by": rel.b, "score": round(rel.score, 3)})
    view = store.story_view(story.id)
    return {
        "id": story.id,
        "title": story.title,
        "size": story.size,
        "languages": story.languages,
        "sources": story.sources,
        "first": story.first,
        "last": story.last,
        "updated": story.updated,
        "articles": [
            {
                "id": a.id,
                "source": a.source,
                "url": a.url,
                "title": a.title,
                "language": a.language,
                "published": a.published,
                "date_precision": a.date_precision,
                "dateline": {"place": a.dateline.place, "agency": a.dateline.agency} if a.dateline else None,
                "credits": to_dict(a.credits),
                "relations": by_article.get(a.id, []),
            }
            for a in articles
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "country": e.country,
                "variants": e.variants,
                "roles": e.roles,
                "articles": e.articles,
            }
            for e in store.story_entities(story.id)
        ],
        "quotes": to_dict(view.quotes) if view else [],
        "facts": to_dict(view.facts) if view else [],
        "events": [event_object(e) for e in view.events] if view else [],
        "additions": to_dict(view.additions) if view else [],
        "contradictions": to_dict(view.contradictions) if view else [],
        "timeline": to_dict(view.timeline) if view else [],
    }


def iter_story_objects(store) -> Iterator[dict]:
    """Every live story, streamed: memory stays flat whatever the store's size."""
    for story in store.iter_stories():
        yield story_object(store, story)
