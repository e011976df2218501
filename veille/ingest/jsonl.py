"""The JSON Lines reader: one article object per line.

Fields: `id` (-> external_id), `url`, `title`, `text` or `html`, `published`, `source`, `language`.
`text` goes through the wire-structure parser (date header, dateline, subheads, credit line); `html`
through trafilatura. A bad line becomes a Reject whose input is `origin:LINE`; the rest go on.
Lines longer than `ctx.max_line_bytes` are rejected without being parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from veille.ingest.build import make_article
from veille.ingest.context import ReadContext
from veille.ingest.dates import parse_date
from veille.ingest.decode import DecodeError, decode_bytes
from veille.ingest.html import extract_page, page_article
from veille.ingest.htmltext import html_to_text
from veille.ingest.sources import RawInput
from veille.ingest.wire import parse_wire
from veille.model import Article, Reject


def _str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)


def article_from_object(obj: dict[str, Any], origin: str, source: str | None = None) -> Article | Reject:
    """One JSONL record to an Article (or a Reject naming `origin`, e.g. "file.jsonl:12").

    Article.source is the record's `source` field, else `source` (the file as given), else `origin`.
    """
    source = _str(obj, "source") or source or origin
    published, precision = parse_date(_str(obj, "published"))
    common = {
        "source": source,
        "url": _str(obj, "url"),
        "external_id": _str(obj, "id"),
        "language": _str(obj, "language"),
    }
    title = _str(obj, "title")
    text = _str(obj, "text")
    html = _str(obj, "html")
    if text and text.strip():
        parts = parse_wire(text)
        if not parts.text:
            return Reject(origin, "no_body", "empty text")
        return make_article(
            text=parts.text,
            title=title or parts.title,
            published=published or parts.published,
            date_precision=precision if published else parts.date_precision,
            fmt="jsonl",
            dateline=parts.dateline,
            credits=parts.credits,
            subheads=parts.subheads,
            **common,
        )
    if html and html.strip():
        page = extract_page(html, common["url"])
        if page is None:
            body = html_to_text(html)
            if not body.strip():
                return Reject(origin, "no_body", "html field has no text")
            return make_article(
                text=body, title=title, published=published, date_precision=precision, fmt="jsonl", **common
            )
        overrides = {
            "title": title,
            "published": published,
            "date_precision": precision,
            "external_id": common["external_id"],
            "language": common["language"],
        }
        given = {k: v for k, v in overrides.items() if v is not None}
        return page_article(page, source=source, url=common["url"], fmt="jsonl", **given)
    return Reject(origin, "no_body", "neither text nor html")


def _first_line_breaks(data: bytes) -> bool:
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        json.loads(line)
    except ValueError:
        return True
    return False


def _whole_document(data: bytes) -> list[dict[str, Any]] | None:
    """A pretty-printed JSON object or array of objects, read as records; None otherwise."""
    try:
        doc = json.loads(_decode_line(data))
    except (ValueError, DecodeError):
        return None
    records = doc if isinstance(doc, list) else [doc]
    return records if records and all(isinstance(r, dict) for r in records) else None


def read_jsonl(raw: RawInput, ctx: ReadContext) -> Iterator[Article | Reject]:
    """Reader "jsonl": one article per line, a Reject per bad line.

    A file that is one pretty-printed JSON object (or an array of objects) is read as records too.
    """
    first = raw.data.lstrip()[:1]
    if first == b"[" or (first == b"{" and _first_line_breaks(raw.data)):
        records = _whole_document(raw.data)
        if records is not None:
            for number, obj in enumerate(records, 1):
                yield article_from_object(obj, f"{raw.origin}:{number}", raw.origin)
            return
    for number, line in enumerate(raw.data.split(b"\n"), 1):
        origin = f"{raw.origin}:{number}"
        if len(line) > ctx.max_line_bytes:
            yield Reject(origin, "too_large", f"line of {len(line)} bytes > {ctx.max_line_bytes}")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(_decode_line(line))
        except (ValueError, DecodeError) as exc:
            yield Reject(origin, "malformed_json", f"{type(exc).__name__}: {exc}"[:300])
            continue
        if not isinstance(obj, dict):
            yield Reject(origin, "malformed_json", f"expected an object, got {type(obj).__name__}")
            continue
        yield article_from_object(obj, origin, raw.origin)
