"""Exports: stories and articles as JSON Lines, tables as CSV, events as PLOVER-style JSON.

Everything is streamed from the store, one record at a time.
"""

from __future__ import annotations

import json
from typing import TextIO

from veille.export.articles import article_record
from veille.export.plover import iter_plover
from veille.export.stories import iter_story_objects
from veille.export.tables import write_csv


def write_export(store, format: str, what: str, out: TextIO) -> int:
    """Write one export to `out`; return the number of records."""
    n = 0
    if format == "csv":
        return write_csv(store, what, out)
    if format == "plover":
        out.write("[")
        for record in iter_plover(store):
            out.write(("\n" if n == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            n += 1
        out.write("\n]\n")
        return n
    records = (
        (article_record(a) for a in store.iter_articles())
        if what == "articles"
        else iter_story_objects(store)
    )
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
