"""Sentence spans from plain text, cheap and model-free: used where a spaCy doc is not at hand."""

from __future__ import annotations

import re
from itertools import compress

from veille.analyze.entity_tables import doc_tokens

# A sentence ends at . ! ? or … (optionally followed by closing quotes/brackets) before whitespace and an
# opening capital, digit or quote; paragraph breaks always end one. Titles ("M.", "Mr.") and
# initials ("J.", "U.S.") do not end a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…])((?:\s?[»”\"')\]])*)\s+(?=[«“\"(A-ZÀ-ÖØ-Þ0-9])|\n\s*\n")
_ABBREV = re.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr|Me|St|No|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Mgr|av|J\.-C)\.|\b(?:[A-Z]\.){1,3})\s*$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) is None:  # paragraph break
            end = match.start()
        else:
            end = match.end(1)
            if _ABBREV.search(text[start : match.start()]):
                continue
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = match.end()
    if text[start:].strip():
        piece = text[start:]
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing `offset` (spans sorted, as sentence_spans returns them)."""
    for start, end in spans:
        if start <= offset < end:
            return start, end
        if start > offset:
            break
    return None


def doc_sentence_spans(doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of a spaCy doc with sentence boundaries, the same as
    `[(s.start_char, s.end_char) for s in doc.sents]`, read from the token columns (no Span objects)
    once per doc."""
    spans = doc.user_data.get("veille_sentence_spans")
    if spans is None:
        spans = doc.user_data["veille_sentence_spans"] = _sentence_spans_of(doc)
    return list(spans)


def _sentence_spans_of(doc) -> tuple[tuple[int, int], ...]:
    toks = doc_tokens(doc)
    n = len(toks.words)
    if n == 0:
        return ()
    bounds = [0, *compress(range(1, n), toks.sent_starts[1:]), n]
    return tuple((toks.starts[a], toks.ends[b - 1]) for a, b in zip(bounds, bounds[1:], strict=False))
