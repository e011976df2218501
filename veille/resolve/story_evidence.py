"""The join model of the story clusterer: the evidence that an article (or a whole story) belongs to
a story, as features in StoryConfig weight order, and its log-odds (a logistic model):
- meaning: multilingual embedding of title + lead, against the story's centroid (average link)
  and against its nearest member (found through the ANN index over articles);
- words: cosine of the article's term bag and the story's, both weighted by IDF computed online
  over every article seen so far (a name or a number shared by few articles weighs most);
- entities: the IDF-weighted share of the article's entity keys that the story already holds, and
  the share of the story's entity mass (member counts x IDF) that the article names;
- language mix: the share of the story's articles written in the article's language;
- time: distance in days between the article's date span and the story's (unknown dates: neutral).

Plain functions over a View of a story (what the evidence reads of it) and the clusterer's online
IDF, passed in as a function of feature hashes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from veille.resolve.ann import Neighbours
from veille.resolve.story_bags import Bag
from veille.resolve.story_config import StoryConfig

Idf = Callable[[np.ndarray], np.ndarray]
Span = tuple[float, float] | None


@dataclass
class View:
    """What the evidence reads of a story, or of part of one."""

    centroid: np.ndarray  # sum of member vectors
    size: float
    languages: dict[int, int]  # language number -> articles
    words: Bag
    entities: Bag
    lo: float  # date span, nan when undated
    hi: float


def weights(config: StoryConfig) -> np.ndarray:
    """The join model's weights, in the order of the evidence below."""
    c = config
    return np.array(
        [
            c.w_centroid,
            c.w_nearest_same,
            c.w_nearest_other,
            c.w_words,
            c.w_entities,
            c.w_story_entities,
            c.w_same_language,
            c.w_dated,
            c.w_gap,
        ]
    )


def log_odds(config: StoryConfig, evidence: np.ndarray, w: np.ndarray | None = None) -> float:
    """Log-odds of the evidence (`w`: the config's weights when already built)."""
    return config.bias + float((weights(config) if w is None else w) @ evidence)


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def article_evidence(
    vector: np.ndarray,
    words: Bag,
    ents: Bag,
    span: Span,
    view: View,
    nearest: tuple[float, float],
    language: int,
    idf: Idf,
) -> np.ndarray:
    """Evidence that an article belongs to a story; `nearest`: its similarity to the story's nearest
    member in its language and in another one."""
    centroid = float(vector @ view.centroid) / view.size
    same = same_language(language, view.languages, view.size)
    dated, gap = time_evidence(span, view.lo, view.hi)
    return np.array(
        [
            centroid,
            nearest[0],
            nearest[1],
            words_cosine(words, view.words, idf),
            entity_share(ents, view.entities, idf),
            core_share(view.entities, ents, idf),
            same,
            dated,
            gap,
        ],
        dtype=np.float64,
    )


def story_evidence(a: View, b: View, nearest: tuple[float, float], idf: Idf) -> np.ndarray:
    """Evidence that stories a and b tell one story, as if b's articles were one article joining a;
    `nearest` is what the bridging article found in b. The entity share of a story's mass takes the
    smaller of the two directions."""
    centroid = float(a.centroid @ b.centroid) / (a.size * b.size)
    span = None if math.isnan(b.lo) else (b.lo, b.hi)
    dated, gap = time_evidence(span, a.lo, a.hi)
    return np.array(
        [
            centroid,
            nearest[0],
            nearest[1],
            words_cosine(b.words, a.words, idf),
            entity_share(b.entities, a.entities, idf),
            min(core_share(a.entities, b.entities, idf), core_share(b.entities, a.entities, idf)),
            pair_same_language(a, b),
            dated,
            gap,
        ],
        dtype=np.float64,
    )


def nearest_members(
    found: Neighbours,
    story_of: Callable[[int], int],
    language_of: list[int],
    language: int,
    skip: int = -1,
) -> dict[int, list[float]]:
    """Stories of an article's ANN neighbours (`story_of` an article number, leaving out `skip`) ->
    similarity of their nearest member in the article's language and in another one (0 when none
    is among the neighbours), in the order the neighbours first name them. Language 0 is unknown,
    which counts as the same as any."""
    best: dict[int, list[float]] = {}
    for key, sim in zip(found.keys.tolist(), found.similarities.tolist(), strict=True):
        if key == skip:
            continue
        story = story_of(key)
        other = language_of[key]
        slot = 1 if language and other and other != language else 0
        pair = best.setdefault(story, [0.0, 0.0])
        pair[slot] = max(pair[slot], sim)
    return best


def words_cosine(item: Bag, story: Bag, idf: Idf) -> float:
    """IDF-weighted cosine of two term bags."""
    (qh, qw), (sh, sw) = item, story
    if not len(qh) or not len(sh):
        return 0.0
    common, qi, si = np.intersect1d(qh, sh, assume_unique=True, return_indices=True)
    if not len(common):
        return 0.0
    qv = qw * idf(qh)
    sv = sw * idf(sh)
    denominator = float(np.linalg.norm(qv) * np.linalg.norm(sv))
    return float(np.dot(qv[qi], sv[si]) / denominator) if denominator else 0.0


def entity_share(item: Bag, story: Bag, idf: Idf) -> float:
    """IDF-weighted share of an article's entity features that a story holds."""
    qh, sh = item[0], story[0]
    if not len(qh) or not len(sh):
        return 0.0
    weight = idf(qh)
    total = float(weight.sum())
    if total <= 0:
        return 0.0
    return float(weight[np.isin(qh, sh, assume_unique=True)].sum() / total)


def core_share(story: Bag, item: Bag, idf: Idf) -> float:
    """Share of a story's entity mass (member counts x IDF) that an article also names."""
    sh, sw = story
    if not len(sh) or not len(item[0]):
        return 0.0
    mass = sw * idf(sh)
    total = float(mass.sum())
    if total <= 0:
        return 0.0
    return float(mass[np.isin(sh, item[0], assume_unique=True)].sum() / total)


def time_evidence(span: Span, lo: float, hi: float) -> tuple[float, float]:
    """(both dated, log(1 + gap in days)) between an article's span and a story's [lo, hi]."""
    if span is None or math.isnan(lo):
        return 0.0, 0.0
    gap = max(0.0, span[0] - hi, lo - span[1])
    return 1.0, math.log1p(gap)


def same_language(language: int, counts: dict[int, int], size: float) -> float:
    """Share of a story's articles written in the article's language (unknown languages match any)."""
    if not language:
        return 1.0
    return (counts.get(language, 0) + counts.get(0, 0)) / size


def pair_same_language(a: View, b: View) -> float:
    """Share of b's articles whose language is also in a (unknown languages match any)."""
    mine = a.languages
    if 0 in mine:
        return 1.0
    return sum(n for lang, n in b.languages.items() if lang == 0 or lang in mine) / b.size
