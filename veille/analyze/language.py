"""Language identification with py3langid.

Codes are ISO 639-1 where one exists: py3langid's few ISO 639-3 labels are folded into their
macrolanguage ("wuu", "yue" -> "zh", "sdh" -> "ku", "arz" -> "ar"); the rest (e.g. "kab", "vec") have no
two-letter code and are returned as they are. "zxx" (no linguistic content) gives None.

py3langid walks its byte automaton in Python, so its cost grows with the text: we classify a window
of at most `max_chars` characters (cut at a word boundary), plenty for news prose. Our identifier
keeps its weights in float32 (see `_get_identifier`): same answers, about twice as fast.
"""

from __future__ import annotations

import re
from typing import Any

MIN_LETTERS = 12
MIN_WORDS = 3
DEFAULT_WINDOW = 400

TO_ISO639_1 = {
    "wuu": "zh", "yue": "zh", "sdh": "ku", "ary": "ar", "arz": "ar", "uzs": "uz", "gug": "gn",
    "hbo": "he", "kik": "ki", "fuv": "ff", "ltg": "lv", "zxx": None,
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_identifier: Any = None


def _get_identifier() -> Any:
    global _identifier
    if _identifier is None:
        import numpy as np
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        # float16 weights make numpy convert on every call; float32 (about 57 MB) scores ~2x faster
        identifier.nb_ptc = np.asarray(identifier.nb_ptc, dtype=np.float32)
        _identifier = identifier
    return _identifier


def classify(text: str) -> str | None:
    """Language code for `text`, whatever its length (see module doc for codes)."""
    label, _score = _get_identifier().classify(text)
    return TO_ISO639_1.get(label, label) if label else None


def _window(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars]


def detect_language(text: str, max_chars: int = DEFAULT_WINDOW) -> str | None:
    """ISO 639-1 code of `text`, or None when it is empty or too short to tell."""
    if not text:
        return None
    sample = _window(text.strip(), max_chars)
    words = _WORD.findall(sample, 0, 200)
    letters = sum(map(len, words))
    # scripts written without spaces (Chinese, Japanese, Thai) give one long "word"
    if letters < MIN_LETTERS or (len(words) < MIN_WORDS and letters < 2 * MIN_LETTERS):
        return None
    return classify(sample)
