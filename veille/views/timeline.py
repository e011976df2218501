"""The story's timeline: dated events and dated statements, in order, with their precision.

Each resolved time expression is paired with the nearest place named in its sentence, so
"to Rabat on Wednesday and to Tangier on Thursday" gives two entries with two places. Entries
from several articles about the same date and place are merged.
"""

from __future__ import annotations

from veille.analyze.event_places import is_setting
from veille.analyze.sentences import sentence_at, sentence_spans
from veille.model import Analysis, Article, Mention, TimeExpr, TimelineEntry
from veille.views.similarity import normalise


def _place_key(mention: Mention) -> str:
    return mention.entity_id or normalise(mention.canonical)


def _nearest_place(time: TimeExpr, places: list[Mention], taken: set[int]) -> Mention | None:
    best, best_distance = None, None
    for mention in places:
        if id(mention) in taken:
            continue
        distance = mention.start - time.end if mention.start >= time.end else time.start - mention.end
        if best_distance is None or distance < best_distance:
            best, best_distance = mention, distance
    return best


def _actors_at(analysis: Analysis, time: TimeExpr) -> set[str]:
    """Who acts in the events of the sentence holding `time`: "La Russie a exclu lundi…" happened in
    Geneva, not in Russia."""
    return {a for e in analysis.events if e.start <= time.start < e.end for a in (e.source, e.target) if a}


def _sort_key(entry: TimelineEntry) -> tuple:
    anchor = entry.date or entry.earliest or "9999"
    return (anchor, entry.latest or anchor, entry.article, entry.text)


def build_timeline(articles: list[Article], analyses: dict[str, Analysis]) -> list[TimelineEntry]:
    merged: dict[tuple, TimelineEntry] = {}
    for article in articles:
        analysis = analyses.get(article.id)
        if not analysis:
            continue
        spans = sentence_spans(article.text)
        dateline_end = article.dateline.end if article.dateline else -1
        places = [m for m in analysis.entities if m.type == "LOC" and m.start >= dateline_end]
        taken: set[int] = set()
        for time in sorted(analysis.times, key=lambda t: t.start):
            if time.value is None and time.earliest is None:
                continue
            span = sentence_at(spans, time.start)
            if span is None:
                continue
            span = (max(span[0], dateline_end), span[1])
            actors = _actors_at(analysis, time)
            in_sentence = [m for m in places if span[0] <= m.start < span[1]
                           and is_setting(m, article.text) and not ({m.text, m.canonical} & actors)]
            place = _nearest_place(time, in_sentence, taken)
            if place is not None:
                taken.add(id(place))
            # the event this expression dates, if any: "soldats capturés en 2022" does not date the praise;
            # a weekday known only as a range ("mardi" in a month-only report) goes with its sentence's event
            event = next(
                (e for e in analysis.events
                 if e.start <= time.start < e.end and (e.date == time.value or time.value is None)),
                None,
            )
            key = (time.value, time.earliest, time.latest, _place_key(place) if place else None)
            if key in merged:
                if article.id not in merged[key].articles:
                    merged[key].articles.append(article.id)
                continue
            merged[key] = TimelineEntry(
                date=time.value,
                precision=time.precision,
                earliest=time.earliest,
                latest=time.latest,
                text=article.text[span[0] : span[1]].strip(),
                article=article.id,
                kind=event.type if event else "dated",
                place=place.canonical if place else None,
                articles=[article.id],
            )
        for event in analysis.events:  # dated events whose sentence had no time expression of its own
            if event.date and not any(
                e.text == event.sentence.strip() and (e.date == event.date or e.kind == event.type)
                for e in merged.values()
            ):
                key = (event.date, None, None, normalise(event.place or ""), event.type)
                merged.setdefault(
                    key,
                    TimelineEntry(
                        date=event.date,
                        precision=event.precision,
                        text=event.sentence.strip(),
                        article=article.id,
                        kind=event.type,
                        place=event.place,
                        articles=[article.id],
                    ),
                )
    return sorted(merged.values(), key=_sort_key)
