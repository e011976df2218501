"""Same-length repairs of what a language's parser is known to misread, applied to every text before
its dependency parse (`nlp.parse_docs`): homographs replaced (`PARSE_REPAIRS`) and misread phrases
blanked (group 1 of each `PARSE_BLANKS` pattern). Offsets into the original text stay valid.
The tables live in `veille/analyze/lang/<lang>/parsing.py`."""

from __future__ import annotations

import importlib
import re
from functools import cache


@cache
def _tables(lang: str) -> tuple[tuple[tuple[re.Pattern, str], ...], tuple[re.Pattern, ...]]:
    try:
        mod = importlib.import_module(f"veille.analyze.lang.{lang}.parsing")
    except ModuleNotFoundError:
        return (), ()
    words = tuple((re.compile(rf"\b{re.escape(bad)}\b"), good) for bad, good in mod.PARSE_REPAIRS.items())
    return words, tuple(re.compile(p) for p in mod.PARSE_BLANKS)


def repair(text: str, lang: str) -> str:
    """The text as the parser of `lang` should read it, of the same length."""
    words, blanks = _tables(lang)
    for bad, good in words:
        text = bad.sub(good, text)
    for pattern in blanks:
        for m in reversed(list(pattern.finditer(text))):
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    return text
