"""Text matching for views: lexical within a language, embeddings across languages."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

Embedder = Callable[[list[str]], "object"]  # texts -> L2-normalised matrix (numpy)

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(anyascii(text).lower()))


def lexical(a: str, b: str) -> float:
    """0..1 similarity of two same-language texts; a short text contained in a longer one scores high."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 3 and short in long_:
        return 1.0
    return (
        max(fuzz.ratio(na, nb), 0.95 * fuzz.partial_ratio(short, long_) if len(short.split()) >= 4 else 0)
        / 100
    )


def similarity_matrix(texts: Sequence[str], languages: Sequence[str | None], embed: Embedder | None):
    """Pairwise similarity: lexical for same-language pairs, embedding cosine for cross-language pairs."""
    n = len(texts)
    sims = [[0.0] * n for _ in range(n)]
    vectors = None
    if embed is not None and n and len(set(languages)) > 1:
        vectors = embed(list(texts))
    for i in range(n):
        for j in range(i + 1, n):
            if languages[i] == languages[j] or vectors is None:
                s = lexical(texts[i], texts[j])
            else:
                s = float(vectors[i] @ vectors[j])
            sims[i][j] = sims[j][i] = s
    return sims
