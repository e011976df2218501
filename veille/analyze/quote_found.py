"""A quote under construction (`_Found`) and the constants shared by the quote modules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.analyze.quote_cues import Cue
from veille.analyze.speakers import SpeakerRef

_QUOTE_MARKS = "«»“”„\"‘’‹›'"
_BLANKS = " \t\n\u00a0\u202f" + _QUOTE_MARKS  # what may stand before a quote opening its sentence
_TERMINAL = frozenset(".!?;")
_DASHES = frozenset(",—–-―‒")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "été", "être"})
_LABEL = re.compile(r"[\"“«]?\s*([A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3})\s*:\s")
# a transcript turn: `"WALLACE: …` (a paragraph opening with an upper-case speaker label)
_TURN = re.compile(r"[ \t]*[\"“«]?[ \t]*([A-Z][A-Z.'’ -]{1,30}[A-Z.]):[ \t\u00a0]+")
_MIN_CONTENT_WORDS = 3
_MAX_PARTIAL_WORDS = 8


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    ref: SpeakerRef | None = None
    label: str | None = None  # cue text when not a verb (":" label)
    inherit_from: _Found | None = None
    speaker: str | None = None
    resolved: bool = False


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
