"""The feed reader (RSS, Atom, RDF): one article per entry, via feedparser.

Entry title, content (else summary), link (-> url), id (-> external_id) and published/updated date
become the article. With `ctx.follow_links`, each entry's link is fetched and read as a page; when
that fails the entry's own text is kept and a `fetch_error`/`no_body` Reject records the link; when
the server answers 304 Not Modified the entry is skipped (its page was read before).
An entry with neither summary nor content (headline feeds) becomes an article whose text is its title.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from veille.ingest.build import make_article
from veille.ingest.context import ReadContext
from veille.ingest.dates import parse_date
from veille.ingest.html import decode_html, extract_page, page_article
from veille.ingest.htmltext import html_to_text
from veille.ingest.sources import RawInput
from veille.model import Article, Reject

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetcher


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value")
        if value and value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or "")


def _feed_language(parsed: Any) -> str | None:
    lang = (parsed.feed.get("language") or "").strip().lower()
    return lang.replace("_", "-").split("-")[0] or None


def _followed(entry_fields: dict, link: str, fetcher: Fetcher) -> Article | Reject | None:
    """The linked page as an article, a Reject saying why not, or None when it is not modified."""
    from veille.ingest.fetch import fetch_or_reject

    result = fetch_or_reject(fetcher, link)
    if result is None or isinstance(result, Reject):
        return result
    page = extract_page(decode_html(result.data, result.content_type), result.url)
    if page is None:
        return Reject(link, "no_body", "no main text found in the linked page")
    overrides = {k: v for k, v in entry_fields.items() if v is not None}  # entry metadata wins
    return page_article(page, **{"url": link, **overrides})


def read_feed(raw: RawInput, ctx: ReadContext) -> Iterator[Article | Reject]:
    """Reader "feed": RSS/Atom bytes to one article per entry."""
    import feedparser

    parsed = feedparser.parse(
        raw.data, response_headers={"content-type": raw.content_type or "application/xml"}
    )
    if not parsed.entries:
        if parsed.bozo:
            exc = parsed.get("bozo_exception")
            yield Reject(raw.origin, "feed_error", f"{type(exc).__name__}: {exc}" if exc else "not a feed")
        else:
            yield Reject(raw.origin, "empty", "feed has no entries")
        return
    feed_language = _feed_language(parsed)
    fetcher, own_fetcher = ctx.fetcher, None
    if ctx.follow_links and fetcher is None:
        from veille.ingest.fetch import Fetcher

        fetcher = own_fetcher = Fetcher()
    try:
        for number, entry in enumerate(parsed.entries, 1):
            yield from _entry_articles(
                raw, entry, number, feed_language, fetcher if ctx.follow_links else None
            )
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _entry_articles(
    raw: RawInput, entry: Any, number: int, feed_language: str | None, fetcher: Fetcher | None
) -> Iterator[Article | Reject]:
    title = (entry.get("title") or "").strip() or None
    text = _entry_text(entry).strip()
    link = entry.get("link") or None
    published, precision = parse_date(entry.get("published") or entry.get("updated"))
    fields = {
        "source": raw.origin,
        "title": title,
        "external_id": entry.get("id") or link,
        "published": published,
        "date_precision": precision,
    }
    if fetcher is not None and link:
        outcome = _followed(fields, link, fetcher)
        if outcome is None:
            return  # page unchanged since the last fetch: already ingested
        yield outcome
        if isinstance(outcome, Article):
            return
    if not text and not title:
        yield Reject(f"{raw.origin}#{number}", "no_body", "entry has neither title nor text")
        return
    article = make_article(text=text or title or "", url=link, fmt="feed", **fields)
    if article.language is None and feed_language:
        article.language = feed_language
    yield article
