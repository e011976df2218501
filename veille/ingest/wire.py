"""The wire-text reader: plain text as agencies send it.

    date 2022-01                          <- optional header: published + precision, removed
    Moscou exclut toute concession        <- optional headline (one line before a dateline paragraph)

    GENEVE (Reuters) - Le vice-ministre... <- dateline opening the first paragraph
    LIGNES ROUGES                          <- ALL-CAPS subhead: kept in text, listed in subheads
    ...
    (Reportage A et B, édité par C)        <- credit line: kept in text, parsed into credits

`parse_wire(text)` does the structure and is reused for JSONL `text` fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from veille.ingest.build import make_article, split_paragraphs
from veille.ingest.context import ReadContext
from veille.ingest.credits import find_credit_paragraph, parse_credit_line
from veille.ingest.dateline import find_dateline
from veille.ingest.dates import parse_date
from veille.ingest.decode import DecodeError, decode_bytes
from veille.ingest.sources import RawInput
from veille.model import Article, Credit, Dateline, Reject

_TRAILING_PARENS = re.compile(r"^(?P<body>.*[.!?»\"”’])\s+(?P<credit>\([^()]+\))$", re.DOTALL)
_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{1,2}(?:-\d{1,2})?)\s*$", re.IGNORECASE)
SUBHEAD_MAX_CHARS = 100
SUBHEAD_MAX_WORDS = 12
HEADLINE_MAX_CHARS = 250


@dataclass
class WireParts:
    text: str  # paragraphs joined by "\n\n": the offsets below refer to it
    title: str | None = None
    published: str | None = None
    date_precision: str | None = None
    dateline: Dateline | None = None
    credits: list[Credit] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)


def is_subhead(line: str) -> bool:
    """A short line written in capitals ("SANCTIONS", "« LIGNES ROUGES »")."""
    line = line.strip()
    if not line or len(line) > SUBHEAD_MAX_CHARS or len(line.split()) > SUBHEAD_MAX_WORDS:
        return False
    if line.startswith("(") and line.endswith(")"):
        return False
    cased = [c for c in line if c.isupper() or c.islower()]
    return len(cased) >= 3 and all(c.isupper() for c in cased)


def _separate_lines(text: str) -> str:
    """Give subhead lines and a trailing credit line their own paragraph when no blank line does."""
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if is_subhead(stripped) and find_dateline(stripped) is None:
            out += ["", line, ""]
        elif stripped.startswith("(") and stripped.endswith(")") and i >= last - 2:
            out += ["", line, ""]
        else:
            out.append(line)
    return "\n".join(out)


def _take_date_header(text: str) -> tuple[str, str | None, str | None]:
    head, _, rest = text.lstrip("\n").partition("\n")
    m = _DATE_HEADER.match(head)
    if not m:
        return text, None, None
    published, precision = parse_date(m.group(1))
    return rest, published, precision


def parse_wire(text: str) -> WireParts:
    """Split a wire report into body text and its structure (see module doc)."""
    body, published, precision = _take_date_header(text)
    paragraphs = split_paragraphs(_separate_lines(body))
    title = None
    if (
        len(paragraphs) >= 2
        and len(paragraphs[0]) <= HEADLINE_MAX_CHARS
        and find_dateline(paragraphs[0]) is None
        and find_dateline(paragraphs[1]) is not None
    ):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    last = paragraphs[-1] if paragraphs else ""
    if last.endswith(")") and (m := _TRAILING_PARENS.match(last)) and parse_credit_line(m.group("credit")):
        # "... East. (Reporting by A)": the credit line gets its own paragraph
        paragraphs[-1:] = [m.group("body"), m.group("credit")]
    joined = "\n\n".join(paragraphs)
    credit_index = find_credit_paragraph(paragraphs)
    credits = parse_credit_line(paragraphs[credit_index]) if credit_index is not None else []
    subheads = [p for i, p in enumerate(paragraphs) if i != credit_index and i > 0 and is_subhead(p)]
    return WireParts(
        text=joined,
        title=title,
        published=published,
        date_precision=precision,
        dateline=find_dateline(joined),
        credits=credits,
        subheads=subheads,
    )


def read_wire(raw: RawInput, ctx: ReadContext) -> Iterator[Article | Reject]:
    """Reader "wire": one article per text file."""
    try:
        text = decode_bytes(raw.data)
    except DecodeError as exc:
        yield Reject(raw.origin, exc.reason, exc.detail)
        return
    parts = parse_wire(text)
    if not parts.text.strip():
        yield Reject(raw.origin, "empty", "no body text")
        return
    yield make_article(
        source=raw.origin,
        text=parts.text,
        title=parts.title,
        published=parts.published,
        date_precision=parts.date_precision,
        fmt="wire",
        dateline=parts.dateline,
        credits=parts.credits,
        subheads=parts.subheads,
    )
