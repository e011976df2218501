"""Direct-quote detection: pair quotation marks into outer quote spans.

Marks handled: « », “ ”, „ “ (and „ ”), straight " " (and '' '' as in some archives), and single ‘ ’ ‹ › (as nested quotes, or as
outer quotes when they clearly pair inside one paragraph, as in British headlines). Nested quotes
never make a unit of their own: the outer quote is the unit.

Paragraph convention (French and English typography): a quote that is still open at the end of a
paragraph continues when the next paragraph opens with a quotation mark; otherwise it ends with its
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
# doubled apostrophes; of three, the last two close the outer quote after a nested one
_DOUBLED = re.compile(r"''(?!')")

# closing mark(s) accepted for each opening mark
_PAIRS = {
    "«": ("»",),
    "“": ("”", "“", '"'),  # some texts close with a second opening mark, or a straight one
    "„": ("“", "”"),
    '"': ('"', "”"),
    "‘": ("’",),
    "‹": ("›",),
    "'": ("'",),
}
_DOUBLE_OPENERS = frozenset("«“„\"")
_ALL_MARKS = frozenset("«»“”„\"‘’‹›'")
_MARK = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")  # one of _ALL_MARKS
_OPEN_CONTEXT = " \t\n([{—–-/:;,"  # characters after which a straight/ambiguous mark opens


@dataclass
class QuoteSpan:
    start: int  # position of the opening mark
    end: int  # just after the closing mark (or the end of the last paragraph when unclosed)
    inner_start: int  # the quoted words, without marks or edge spaces
    inner_end: int
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs the quote runs over


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blank-line separated)."""
    spans, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text.rstrip())))
    return spans


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, stack: list[tuple[str, int]]) -> str | None:
    """'open', 'close' or None (not a quotation mark here, e.g. an apostrophe)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_chars = [c for c, _ in stack]
    if ch in "«‹„":
        return "open"
    if ch in "»›":
        return "close" if any(c in ("«", "‹") for c in open_chars) else None
    if ch == "”":
        return "close" if any(c in ("“", "„", '"') for c in open_chars) else None
    if ch == "“":
        if "„" in open_chars:
            return "close"
        if open_chars and open_chars[-1] == "“" and not _is_letter(after) and after not in "‘'«":
            return "close"
        return "open"
    if ch == '"':
        if '"' in open_chars:
            # close unless this looks like the start of a nested quote
            if before in _OPEN_CONTEXT and _is_letter(after) and open_chars[-1] != '"':
                return "open"
            return "close"
        if open_chars and open_chars[-1] == "“" and not before.isspace() and not _is_letter(after):
            return "close"  # a curly quote closed by a straight mark: “…,"
        return "open" if (before in _OPEN_CONTEXT or before in "«“‘") and not after.isspace() else None
    if ch == "‘":
        return "open" if not _is_letter(before) else None
    if ch == "’":
        # apostrophe inside a word ("don’t") or after a plural ("voters’ ") is not a closing mark
        if "‘" not in open_chars or (_is_letter(before) and _is_letter(after)):
            return None
        return "close" if not _is_letter(after) else None
    if ch == "'":
        if _is_letter(before) and _is_letter(after):
            return None
        if "'" in open_chars and not _is_letter(after):
            return "close"
        return "open" if before in _OPEN_CONTEXT and _is_letter(after) else None
    return None


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _ALL_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace()):
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Outer quote spans of `text`, in order."""
    # two apostrophes stand for a double quote in some archives (''like this''); same length kept,
    # and an opening pair's span starts at its first apostrophe (below)
    original = text
    text = _DOUBLED.sub(' "', text)
    paras = paragraph_spans(text)
    spans: list[QuoteSpan] = []
    carried: QuoteSpan | None = None  # an outer quote running on from the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paras):
        stack: list[tuple[str, int]] = []
        outer_start: int | None = None
        if carried is not None:
            outer_start = carried.start
            stack = [(text[carried.start], carried.start)]
        for mark in _MARK.finditer(text, p_start, p_end):  # the marks only, not every character
            i, ch = mark.start(), mark.group()
            if carried is not None and i == _first_mark(text, p_start):
                continue  # the mark re-opening a continued quote
            role = _role(text, i, stack)
            if role == "open":
                if ch in "‘'" and not stack and not _pairs_in_paragraph(text, i, p_end):
                    continue
                stack.append((ch, i))
                if len(stack) == 1:
                    outer_start = i
            elif role == "close" and stack:
                # close the innermost opener this mark can close (drop unclosed inner ones)
                for depth in range(len(stack) - 1, -1, -1):
                    if ch in _PAIRS[stack[depth][0]]:
                        del stack[depth:]
                        break
                else:
                    continue
                if not stack and outer_start is not None:
                    s, e = _inner(text, outer_start + 1, i)
                    n_paras = 1 if carried is None else carried.paragraphs + 1
                    if e > s:
                        spans.append(QuoteSpan(outer_start, i + 1, s, e, True, n_paras))
                    outer_start, carried = None, None
        if stack and outer_start is not None:
            # open at paragraph end: continue if the next paragraph re-opens with a mark
            opener = stack[0][0]
            n_paras = 1 if carried is None else carried.paragraphs + 1
            nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
            if opener in _DOUBLE_OPENERS and nxt is not None and _first_mark(text, nxt[0]) is not None:
                carried = QuoteSpan(outer_start, p_end, 0, 0, False, n_paras)
                continue
            s, e = _inner(text, outer_start + 1, p_end)
            if opener in _DOUBLE_OPENERS and e > s:
                spans.append(QuoteSpan(outer_start, p_end, s, e, False, n_paras))
            carried = None
        else:
            carried = None
    for span in spans:
        if span.start > 0 and original[span.start - 1 : span.start + 1] == "''":
            span.start -= 1
    return spans


def _first_mark(text: str, p_start: int) -> int | None:
    """Offset of an opening quotation mark starting the paragraph at p_start, if any."""
    i = p_start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and text[i] in "«“„\"":
        return i
    return None


def _pairs_in_paragraph(text: str, i: int, p_end: int) -> bool:
    """A top-level single mark is a quote only if a closing mark follows within its paragraph."""
    closer = "’" if text[i] == "‘" else "'"
    for j in range(i + 2, min(p_end, i + 400)):
        if text[j] == closer and not _is_letter(text[j + 1] if j + 1 < len(text) else " "):
            if _is_letter(text[j - 1]) or text[j - 1] in ".,!?":
                return True
    return False
