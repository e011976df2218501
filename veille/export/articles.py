"""One JSON object per article (the article-level export)."""

from __future__ import annotations

from typing import Any

from veille.model import Article


def article_record(article: Article) -> dict[str, Any]:
    """The JSON Lines export of one article."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "language": article.language,
        "published": article.published,
        "date_precision": article.date_precision,
        "dateline": (
            {"place": article.dateline.place, "agency": article.dateline.agency} if article.dateline else None
        ),
        "credits": [{"name": c.name, "role": c.role, "place": c.place} for c in article.credits],
        "version_of": article.version_of,
    }
