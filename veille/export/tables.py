"""CSV exports of quotes, events and entities, streamed row by row."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

COLUMNS = {
    "quotes": ["story", "article", "speaker_id", "speaker", "kind", "cue", "text"],
    "events": [
        "story",
        "article",
        "type",
        "source",
        "source_code",
        "target",
        "target_code",
        "mode",
        "date",
        "precision",
        "place",
        "sentence",
    ],
    "entities": ["id", "name", "type", "country", "variants", "roles", "articles"],
}


def _quote_rows(store) -> Iterator[list]:
    for article_id, story_id, analysis in store.iter_analyses():
        for q in analysis.quotes:
            yield [story_id, article_id, q.entity_id, q.speaker, q.kind, q.cue, q.text]


def _event_rows(store) -> Iterator[list]:
    for article_id, story_id, analysis in store.iter_analyses():
        for e in analysis.events:
            yield [
                story_id,
                article_id,
                e.type,
                e.source,
                e.source_code,
                e.target,
                e.target_code,
                e.mode,
                e.date,
                e.precision,
                e.place,
                e.sentence,
            ]


def _entity_rows(store) -> Iterator[list]:
    for e in store.iter_entities():
        yield [e.id, e.name, e.type, e.country, "; ".join(e.variants), "; ".join(e.roles), len(e.articles)]


ROWS = {"quotes": _quote_rows, "events": _event_rows, "entities": _entity_rows}


def write_csv(store, table: str, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS[table])
    n = 0
    for row in ROWS[table](store):
        writer.writerow(["" if v is None else v for v in row])
        n += 1
    return n
