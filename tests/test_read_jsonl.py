"""The JSON Lines reader: good lines become articles, bad lines rejects, the rest go on."""

import json
from pathlib import Path

from veille.ingest.context import ReadContext
from veille.ingest.jsonl import read_jsonl
from veille.ingest.sources import RawInput
from veille.model import Article, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def read(data: bytes, origin: str = "mem.jsonl", ctx: ReadContext | None = None) -> list[Article | Reject]:
    return list(read_jsonl(RawInput(origin=origin, data=data, name=origin), ctx or ReadContext()))


def test_jsonl_fixture_gives_articles_and_a_reject_per_bad_line():
    path = FIXTURES / "articles.jsonl"
    items = read(path.read_bytes(), str(path))
    articles = [i for i in items if isinstance(i, Article)]
    rejects = {i.input.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, Reject)}
    assert [a.external_id for a in articles] == ["ldg-1", "qds-2", "qds-3"]
    assert rejects == {"3": "malformed_json", "5": "no_body", "7": "malformed_json"}


def test_jsonl_fields_map_onto_the_article():
    path = FIXTURES / "articles.jsonl"
    geneva, vienna, sanctions = [i for i in read(path.read_bytes(), str(path)) if isinstance(i, Article)]
    assert geneva.source == "Evening Ledger" and geneva.url == "http://ledger.example/a1"
    assert geneva.title == "Talks in Geneva end without breakthrough"
    assert (geneva.published, geneva.date_precision, geneva.language) == ("2022-01-10", "day", "en")
    assert (geneva.dateline.place, geneva.dateline.agency) == ("GENEVA", "Reuters")
    assert [(c.name, c.role) for c in geneva.credits] == [
        ("Emma Farge", "reporting"),
        ("Toby Chopra", "editing"),
    ]
    assert vienna.source == str(path)  # no `source` field: the file as given
    assert (vienna.published, vienna.date_precision, vienna.language) == ("2022-01", "month", "fr")
    assert sanctions.source == "Le Quotidien du Soir" and sanctions.language == "fr"
    assert sanctions.text.startswith("Les ministres européens") and "<p>" not in sanctions.text


def test_truncated_json_is_rejected_with_its_line_number():
    path = FIXTURES / "truncated.jsonl"
    (reject,) = read(path.read_bytes(), str(path))
    assert reject.input == f"{path}:1" and reject.reason == "malformed_json"


def test_huge_line_is_rejected_unread_and_the_next_line_still_read():
    good = json.dumps(
        {"id": "ok", "text": "A short but perfectly valid article about the weather in Geneva."}
    )
    huge = json.dumps({"id": "big", "text": "x" * 5000})
    items = read(f"{huge}\n{good}\n".encode(), ctx=ReadContext(max_line_bytes=1000))
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Reject", "too_large"),
        ("Article", None),
    ]


def test_pretty_printed_json_array_is_read_as_records():
    records = [
        {"id": str(i), "text": f"Article number {i} about the talks held in Vienna on Thursday."}
        for i in (1, 2)
    ]
    items = read(json.dumps(records, indent=2).encode(), "doc.json")
    assert [a.external_id for a in items] == ["1", "2"]
