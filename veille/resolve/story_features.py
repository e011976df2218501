"""What the story clusterer compares, computed once per article: hashed term bags and date spans.

Terms are words folded to ASCII (anyascii) and lowercased, so that names written in Cyrillic,
Greek or Latin script meet; scripts written without spaces (Chinese, Japanese, Thai...) give
character bigrams instead. Terms and entity keys are hashed (crc32) into a fixed space so the
online document frequencies fit one integer array whatever the vocabulary grows to.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import numpy as np
from anyascii import anyascii

HASH_BITS = 22
HASH_MASK = (1 << HASH_BITS) - 1

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words: a run of them is cut into character bigrams.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)
_EPOCH = date(1970, 1, 1)


def fold(text: str) -> str:
    """ASCII-folded, lowercased text (accents dropped, other scripts transliterated)."""
    return anyascii(text).lower()


def key_hash(key: str, namespace: str) -> int:
    """Stable (process-independent) hash of a term or entity key into the shared feature space."""
    return zlib.crc32(f"{namespace}:{key}".encode()) & HASH_MASK


def terms(text: str) -> list[str]:
    """Lexical terms of a text: folded words, and character bigrams for unspaced scripts."""
    out: list[str] = []
    for run in _UNSPACED.findall(text):
        out.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    for word in _WORD.findall(fold(_UNSPACED.sub(" ", text))):
        if len(word) > 1 or word.isdigit():
            out.append(word)
    return out


def bag(keys: Iterable[str], namespace: str, sublinear: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Hashed bag: sorted unique hashes and L2-normalised (1 + log tf) weights."""
    counts: Counter[int] = Counter(key_hash(k, namespace) for k in keys)
    if not counts:
        return np.empty(0, np.int64), np.empty(0, np.float32)
    hashes = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
    weights = np.array(
        [(1.0 + math.log(counts[h])) if sublinear else float(counts[h]) for h in hashes.tolist()],
        dtype=np.float32,
    )
    weights /= np.linalg.norm(weights)
    return hashes, weights


def term_bag(text: str) -> tuple[np.ndarray, np.ndarray]:
    return bag(terms(text), "t")


_SKELETON_RULES = (
    ("ph", "f"),
    ("kh", "k"),
    ("ch", "k"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("w", "v"),
)
_NOT_SKELETON = re.compile(r"[aeiouyh\W\d_]+")
_REPEATS = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """Consonant skeleton of a folded word, so that one name written in several languages and
    scripts meets: "Finlande", "Finland", "Finlyandiya" and Persian "fnlnd" all give "fnlnd"."""
    word = fold(word)
    for a, b in _SKELETON_RULES:
        word = word.replace(a, b)
    return _REPEATS.sub(r"\1", _NOT_SKELETON.sub("", word))


def entity_keys(keys: Iterable[str]) -> list[str]:
    """Namespaced features of canonical entity keys: the key itself, and each word's skeleton."""
    out: list[str] = []
    for key in keys:
        out.append(f"e:{key}")
        for word in _WORD.findall(fold(key)):
            bones = skeleton(word)
            if len(bones) >= 3:
                out.append(f"k:{bones}")
    return out


def entity_bag(keys: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """Entity features as a hashed set (weight 1 each; IDF weighs them when compared)."""
    hashes = np.unique(np.fromiter((key_hash(k, "e") for k in entity_keys(keys)), dtype=np.int64))
    return hashes, np.ones(len(hashes), np.float32)


def day_span(value: str | float | None, precision: str | None = None) -> tuple[float, float] | None:
    """An ISO date cut to its precision (or a Unix timestamp) as [first, last] day numbers."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        day = float(value) / 86400.0
        return day, day
    text = str(value).strip()
    try:
        if len(text) == 4 and precision in (None, "year"):
            start, end = date(int(text), 1, 1), date(int(text), 12, 31)
        elif len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            start = date(year, month, 1)
            end = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
        elif len(text) == 10:
            start = end = date.fromisoformat(text)
            if precision == "week":
                end = start + timedelta(days=6)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            day = (
                moment.timestamp() / 86400.0
                if moment.tzinfo
                else ((moment - datetime(1970, 1, 1)).total_seconds() / 86400.0)
            )
            return day, day
    except ValueError:
        return None
    return float((start - _EPOCH).days), float((end - _EPOCH).days) + 1.0


# The four-digit years a text may name, hashed as terms: a term bag's years are its hashes among these
YEAR_TERMS = np.unique(np.array([key_hash(str(year), "t") for year in range(1900, 2100)], np.int64))


def years(terms_bag: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The years (as term hashes) that a term bag names."""
    return np.intersect1d(terms_bag[0], YEAR_TERMS, assume_unique=True)
