"""Text matching for views: lexical within a language, embeddings across languages.

Matrices are computed in one go (rapidfuzz `cdist`, a matrix product for embeddings), so a story
with a thousand quotes costs about a second, not minutes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

Embedder = Callable[[list[str]], "np.ndarray"]  # texts -> L2-normalised matrix

_WORD = re.compile(r"\w+")
CONTAINED_MIN_WORDS = 4  # a shorter text "contained" in a longer one is too common to mean anything


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(anyascii(text).lower()))


def similarity_matrix(
    texts: Sequence[str], languages: Sequence[str | None], embed: Embedder | None
) -> np.ndarray:
    """Pairwise similarity in 0..1: lexical for same-language pairs (edit-distance ratio, or 1.0 when
    a text of 4+ words is wholly contained in the other: a partial quote), embedding cosine for
    cross-language pairs when an embedder is given."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    norms = [normalise(t) for t in texts]
    sims = cdist(norms, norms, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
    subset = cdist(norms, norms, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1) / 100.0
    words = np.array([len(t.split()) for t in norms])
    long_enough = np.minimum.outer(words, words) >= CONTAINED_MIN_WORDS
    sims = np.where(long_enough & (subset >= 0.999), 1.0, sims)
    langs = np.array([lang or "" for lang in languages], dtype=object)
    cross = langs[:, None] != langs[None, :]
    if embed is not None and cross.any():
        vectors = np.asarray(embed(list(texts)), dtype=np.float32)
        sims = np.where(cross, vectors @ vectors.T, sims)
    np.fill_diagonal(sims, 1.0)
    return sims
