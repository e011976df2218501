"""Turn a reader's findings into an `Article`: paragraphs, title, content hash, id, language.

Every reader ends here so that ids are computed one way: `content_hash` is the sha256 of the
whitespace-normalised `title + "\\n" + text`, and `id` its first 16 hex characters.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from veille.analyze.language import detect_language
from veille.model import Article, Credit, Dateline

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t]+")
# End of the first sentence: terminal punctuation (optionally a closing quote) then space + capital/quote.
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]?(?=\s+[«\"“A-ZÀ-ÖØ-Þ0-9])")
TITLE_MAX = 200


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; lines inside one paragraph are joined by a space."""
    paragraphs = []
    blocks = _PARAGRAPH_BREAK.split(text.strip()) if "\n" in text else [text]
    for block in blocks:
        if "\n" in block:
            block = _LINE_BREAK.sub(" ", block)
        if "  " in block or "\t" in block:  # the checks spare a regex pass over clean text
            block = _SPACES.sub(" ", block)
        block = block.strip()
        if block:
            paragraphs.append(block)
    return paragraphs


def first_sentence(text: str, limit: int = TITLE_MAX) -> str:
    """The first line or sentence of `text`, shortened at a word boundary past `limit` chars."""
    line = text.strip().split("\n", 1)[0].strip()
    m = _SENTENCE_END.search(line)
    sentence = line[: m.end()] if m else line
    if len(sentence) > limit:
        cut = sentence.rfind(" ", 0, limit)
        sentence = sentence[: cut if cut > 0 else limit].rstrip(" ,;:") + "…"
    return sentence


def _normalise_spaces(text: str) -> str:
    """Same as " ".join(text.split()), faster on paragraph-joined text (the usual input)."""
    flat = text.replace("\n\n", " ")
    # isprintable() is False for every whitespace character but the ASCII space
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        return flat
    return " ".join(flat.split())


def content_hash(title: str, text: str) -> str:
    normalised = " ".join(title.split()) + "\n" + _normalise_spaces(text)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def make_article(
    *,
    source: str,
    text: str,
    title: str | None = None,
    url: str | None = None,
    external_id: str | None = None,
    published: str | None = None,
    date_precision: str | None = None,
    language: str | None = None,
    fmt: str,
    dateline: Dateline | None = None,
    credits: Iterable[Credit] = (),
    subheads: Iterable[str] = (),
) -> Article:
    """Build an Article. `dateline` offsets must refer to the paragraph-joined text (see split_paragraphs)."""
    paragraphs = split_paragraphs(text)
    body = "\n\n".join(paragraphs)
    after_dateline = body[dateline.end :] if dateline else body
    title = " ".join(title.split()) if title else ""
    if not title:
        title = first_sentence(after_dateline)
    if not language:
        language = detect_language(after_dateline)
    digest = content_hash(title, body)
    return Article(
        id=digest[:16],
        source=source,
        title=title,
        text=body,
        paragraphs=paragraphs,
        content_hash=digest,
        url=url or None,
        external_id=external_id or None,
        language=language,
        published=published,
        date_precision=date_precision if published else None,
        dateline=dateline,
        credits=list(credits),
        subheads=list(subheads),
        format=fmt,
    )
