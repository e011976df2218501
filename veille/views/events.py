"""Events of a story: the coded events of its articles, and events whose reports disagree on date or place."""

from __future__ import annotations

from collections import defaultdict

from veille.model import Analysis, Article, Claim, Contradiction, Event
from veille.views.similarity import normalise


def event_key(event: Event) -> tuple:
    return (
        event.type,
        event.source_code or normalise(event.source or ""),
        event.target_code or normalise(event.target or ""),
        event.mode,
    )


def collect_events(articles: list[Article], analyses: dict[str, Analysis]) -> list[Event]:
    events = []
    for article in articles:
        analysis = analyses.get(article.id)
        if analysis:
            events.extend(analysis.events)
    return sorted(events, key=lambda e: (e.date or "9999", e.type, e.article_id or "", e.start))


def place_ids(analyses: dict[str, Analysis]) -> dict[tuple[str, str], str]:
    """(article, place as written) -> the place's entity: "Genève" and "Geneva" are one place."""
    out = {}
    for article_id, analysis in analyses.items():
        for m in analysis.entities:
            if m.type == "LOC" and m.entity_id:
                out.setdefault((article_id, m.canonical or m.text), m.entity_id)
                out.setdefault((article_id, m.text), m.entity_id)
    return out


def event_contradictions(
    events: list[Event],
    groups: dict[str, str],
    places: dict[tuple[str, str], str] | None = None,
    filed_in: dict[str, str] | None = None,
) -> list[Contradiction]:
    """The same event (type and actors) given different day-precise dates or different places
    (`places`: see `place_ids`). An event placed at its article's dateline (`filed_in`: article ->
    dateline place) only says where the report was filed, so it claims no place."""
    places = places or {}
    filed_in = {a: normalise(p) for a, p in (filed_in or {}).items()}
    by_key: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        if event.source or event.target:
            by_key[event_key(event)].append(event)
    out = []
    for key, same in by_key.items():
        for field, kind in (("date", "event_date"), ("place", "event_place")):
            values: dict[str, list[Event]] = defaultdict(list)
            for event in same:
                value = getattr(event, field)
                if field == "place" and value and normalise(value) == filed_in.get(event.article_id):
                    continue
                if value and (field != "date" or event.precision in ("day", "datetime")):
                    key_value = value if field == "date" else places.get((event.article_id, value), normalise(value))
                    values[key_value].append(event)
            origins = {v: {groups.get(e.article_id, e.article_id) for e in evs} for v, evs in values.items()}
            if len(values) > 1 and len(set().union(*origins.values())) > 1:
                subject = f"{key[0]} {key[1] or '?'} -> {key[2] or '?'}"
                claims = [
                    Claim(
                        getattr(evs[0], field),
                        list(dict.fromkeys(e.article_id for e in evs)),
                        evs[0].sentence,
                    )
                    for evs in values.values()
                ]
                out.append(Contradiction(kind=kind, subject=subject, claims=claims))
    return out
