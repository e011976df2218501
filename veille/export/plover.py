"""Events as PLOVER-style records, the shape event-data users load (one JSON object per event)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

from veille import __version__
from veille.model import Article, Event


def _actor(text: str | None, code: str | None) -> list[dict]:
    if not text and not code:
        return []
    actor = {"actorText": text or code}
    if code:
        actor["code"] = code
    return [actor]


def plover_record(event: Event, article: Article | None) -> dict:
    key = f"{event.article_id}:{event.start}:{event.type}:{event.source}:{event.target}"
    return {
        "id": "veille-" + hashlib.sha1(key.encode()).hexdigest()[:16],
        "date": event.date,
        "datePrecision": event.precision,
        "event": event.type,
        "mode": event.mode or "",
        "eventText": event.cue or "",
        "source": _actor(event.source, event.source_code),
        "target": _actor(event.target, event.target_code),
        "location": event.place or "",
        "text": event.sentence,
        "language": article.language if article else None,
        "publication": (
            article.dateline.agency
            if article and article.dateline and article.dateline.agency
            else article.source
            if article
            else None
        ),
        "url": article.url if article else None,
        "article": event.article_id,
        "coder": "veille",
        "version": __version__,
        "dateCoded": date.today().isoformat(),
    }


def iter_plover(store) -> Iterator[dict]:
    for article_id, _story, analysis in store.iter_analyses():
        if analysis.events:
            article = store.get_article(article_id)
            for event in analysis.events:
                yield plover_record(event, article)
