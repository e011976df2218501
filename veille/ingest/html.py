"""The HTML reader: one article per page, via trafilatura (boilerplate removal and metadata)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from veille.ingest.build import make_article, split_paragraphs
from veille.ingest.context import ReadContext
from veille.ingest.credits import find_credit_paragraph, parse_credit_line
from veille.ingest.dateline import find_dateline
from veille.ingest.dates import parse_date
from veille.ingest.decode import DecodeError, decode_bytes
from veille.ingest.sources import RawInput
from veille.model import Article, Credit, Reject

MIN_BODY_CHARS = 80  # navigation-only pages yield a few link words: not an article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode with the charset the page or HTTP header declares, else like any text."""
    declared = None
    if content_type and "charset=" in content_type.lower():
        declared = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    elif m := _META_CHARSET.search(data[:4096]):
        declared = m.group(1).decode("ascii", "replace")
    if declared:
        try:
            return data.decode(declared).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def authors_to_credits(author: str | None) -> list[Credit]:
    """trafilatura joins several authors with "; "."""
    if not author:
        return []
    names = [a.strip() for a in re.split(r"\s*;\s*", author) if a.strip()]
    return [Credit(name=name, role="author") for name in names]


def extract_page(html: str, url: str | None = None) -> dict | None:
    """trafilatura's body text (paragraphs separated by blank lines) and metadata, or None."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if doc is None:
        return None
    title = (doc.title or "").strip()
    lines = [line.strip() for line in (doc.text or "").split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    if sum(len(line) for line in lines) < MIN_BODY_CHARS:
        return None
    return {
        "text": "\n\n".join(lines),
        "title": title or None,
        "author": doc.author,
        "date": doc.date,
        "url": doc.url,
        "language": doc.language,
    }


def read_html(raw: RawInput, ctx: ReadContext) -> Iterator[Article | Reject]:
    """Reader "html": the main text of a web page."""
    try:
        html = decode_html(raw.data, raw.content_type)
    except DecodeError as exc:
        yield Reject(raw.origin, exc.reason, exc.detail)
        return
    url = raw.origin if raw.origin.startswith(("http://", "https://")) else None
    page = extract_page(html, url)
    if page is None:
        yield Reject(raw.origin, "no_body", "no main text found in the page")
        return
    yield page_article(page, source=raw.origin, url=url)


def page_article(page: dict, *, source: str, url: str | None, **overrides: object) -> Article:
    """Article from `extract_page` output; a wire story's dateline and credit line are parsed too."""
    paragraphs = split_paragraphs(page["text"])
    credit_index = find_credit_paragraph(paragraphs)
    credits = authors_to_credits(page["author"])
    if credit_index is not None:
        credits += parse_credit_line(paragraphs[credit_index])
    published, precision = parse_date(page["date"])
    fields: dict = dict(
        source=source,
        text="\n\n".join(paragraphs),
        title=page["title"],
        url=url or page["url"],
        published=published,
        date_precision=precision,
        fmt="html",
        dateline=find_dateline(paragraphs[0]) if paragraphs else None,
        credits=credits,
    )
    fields.update(overrides)
    article = make_article(**fields)
    if article.language is None and page.get("language"):
        article.language = str(page["language"]).lower().replace("_", "-").split("-")[0] or None
    return article
