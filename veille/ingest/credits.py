"""The closing credit line of a wire report: `(Reporting by A in Moscow; Editing by B)`.

The line stays in `Article.text` (analysis must see it to exclude it: credited people are bylines,
not news actors). `credit_span(article)` gives its character span in `Article.text`;
`Article.credits` holds the parsed people with their role and, for per-city credits, the place.

Vocabulary (cues such as "édité par", "Additional reporting by", joining words, place markers) is
data: `veille/ingest/data/credits.tsv`, one row per phrase and language.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from veille.model import Article, Credit

MAX_CREDIT_LINE = 400
MAX_NAME_WORDS = 6
TAIL_PARAGRAPHS = 3  # the credit line is searched among the last paragraphs only


@dataclass(frozen=True)
class _Vocabulary:
    cues: re.Pattern[str]  # group "cue" holds the phrase
    roles: dict[str, str]  # lower-cased cue -> role
    separators: re.Pattern[str]
    place: re.Pattern[str]
    byline: re.Pattern[str]  # the word opening an uncued byline: "(Par Marc Lefort, avec…)"


def _words_pattern(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def vocabulary() -> _Vocabulary:
    roles: dict[str, str] = {}
    particles, joins, places, bylines = [], [], [], []
    table = resources.files("veille.ingest").joinpath("data/credits.tsv").read_text(encoding="utf-8")
    for row in csv.reader(table.splitlines(), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        _lang, kind, phrase = row[0], row[1], row[2]
        if kind == "cue":
            roles[phrase.lower()] = row[3]
            for variant in (_unaccented(phrase[:1]) + phrase[1:], _unaccented(phrase)):  # "Edité par", "EDITE PAR"
                roles.setdefault(variant.lower(), row[3])
        elif kind == "particle":
            particles.append(phrase)
        elif kind == "and":
            joins.append(phrase)
        elif kind == "at":
            places.append(phrase)
        elif kind == "byline":
            bylines.append(phrase)
    # A particle ending in an apostrophe ("d'") glues to the next word; others need a word boundary.
    particle = "|".join(
        re.escape(p) if p[-1] in "'’" else re.escape(p) + r"(?!\w)"
        for p in sorted(particles, key=len, reverse=True)
    )
    cues = re.compile(
        rf"(?<!\w)(?P<cue>{_words_pattern(list(roles))})(?!\w)(?:\s*(?:{particle}))?\s*:?\s*",
        re.IGNORECASE,
    )
    separators = re.compile(rf"\s*(?:[,;/&]|(?<!\w)(?:{_words_pattern(joins)})(?!\w))\s*", re.IGNORECASE)
    place = re.compile(rf"^(?P<name>.+?)\s+(?:{_words_pattern(places)})\s+(?P<place>[^\W\d_].*)$")
    byline = re.compile(rf"^\s*(?:{_words_pattern(bylines)})\s+", re.IGNORECASE)
    return _Vocabulary(cues, roles, separators, place, byline)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+)*$")


def _is_name(item: str) -> bool:
    words = item.split()
    return bool(_NAME.match(item)) and item[0].isupper() and len(words) <= MAX_NAME_WORDS


def _role_of(cue: str, roles: dict[str, str]) -> str:
    return roles.get(re.sub(r"\s+", " ", cue.lower()), "author")


def _names(chunk: str, role: str, vocab: _Vocabulary) -> tuple[list[Credit], int]:
    """Credits for one cue's names; also how many items were not names."""
    credits: list[Credit] = []
    bad = 0
    pending: list[Credit] = []  # names still waiting for a place ("A and B in Moscow")
    for item in vocab.separators.split(chunk.strip(" .,;:")):
        item = item.strip(" .,;:")
        if not item:
            continue
        name, place = item, None
        if m := vocab.place.match(item):
            name, place = m.group("name").strip(), m.group("place").strip(" .")
        elif credits and credits[-1].place and len(item.split()) == 1 and item[0].isupper():
            # "in West Palm Beach, Florida": a lone word after a place continues that place
            for credit in credits:
                if credit.place == credits[-1].place:
                    credit.place = f"{credit.place}, {item}"
            continue
        if not _is_name(name):
            bad += 1
            continue
        credit = Credit(name=name, role=role, place=place)
        credits.append(credit)
        if place:
            for earlier in pending:
                earlier.place = place
            pending = []
        else:
            pending.append(credit)
    return credits, bad


def parse_credit_line(line: str) -> list[Credit]:
    """People and roles of a credit line (with or without its parentheses); [] when it is not one."""
    inner = line.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    if not inner or len(inner) > MAX_CREDIT_LINE or "(" in inner:
        return []
    vocab = vocabulary()
    matches = list(vocab.cues.finditer(inner))
    if not matches:
        return []
    credits: list[Credit] = []
    bad = 0
    lead = inner[: matches[0].start()]
    if lead.strip(" ,;."):
        # "(Sophie Louet, édité par ...)", "(Par Marc Lefort, avec ...)": an uncued byline
        found, wrong = _names(vocab.byline.sub("", lead), "author", vocab)
        credits += found
        bad += wrong
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(inner)
        found, wrong = _names(inner[m.end() : end], _role_of(m.group("cue"), vocab.roles), vocab)
        credits += found
        bad += wrong
    if not credits or bad > len(credits) // 2:
        return []
    return credits


def is_credit_paragraph(paragraph: str) -> bool:
    p = paragraph.strip()
    return p.startswith("(") and p.endswith(")") and bool(parse_credit_line(p))


def find_credit_paragraph(paragraphs: list[str]) -> int | None:
    """Index of the credit-line paragraph among the last few, or None."""
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - TAIL_PARAGRAPHS), -1):
        if is_credit_paragraph(paragraphs[index]):
            return index
    return None


def paragraph_span(paragraphs: list[str], index: int) -> tuple[int, int]:
    """Span of paragraph `index` in `"\\n\\n".join(paragraphs)`."""
    start = sum(len(p) + 2 for p in paragraphs[:index])
    return start, start + len(paragraphs[index])


def credit_span(article: Article) -> tuple[int, int] | None:
    """(start, end) of the credit line in `article.text`, or None when the article has none."""
    index = find_credit_paragraph(article.paragraphs)
    if index is None:
        return None
    return paragraph_span(article.paragraphs, index)
