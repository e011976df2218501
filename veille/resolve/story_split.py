"""The split check of the story clusterer (session 16), over plain data: whether a story's members
form two groups apart, and which.

The members are partitioned in two by average link, then each member moves to the group it scores
higher with by the join model; the partition holds when both groups hold `split_min_group` members,
are written in the same languages, and link to each other less than the merge test's cohesion
allows. When a story reaches `split_first` articles, each time it has grown `split_growth` times
since, and after each merge (up to `split_max` articles), it is due a check (`split_due`). The
clusterer (veille.resolve.stories) gathers the members' data and applies the split.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from veille.resolve.story_merge import mean_cosine, written_within

if TYPE_CHECKING:
    from veille.resolve.story_bags import Bag
    from veille.resolve.story_config import StoryConfig


@dataclass
class Members:
    """A story's members as the split check reads them, one row each."""

    vectors: np.ndarray  # unit vectors
    languages: np.ndarray  # language numbers (0: unknown)
    lo: np.ndarray  # date spans, nan when undated
    hi: np.ndarray
    words: np.ndarray  # IDF-weighted term weights over the terms the members name
    ents: np.ndarray  # 1 where a member names an entity feature of those they name
    ent_idf: np.ndarray  # the IDF of those entity features


def split_due(config: StoryConfig, size: int, merged: bool) -> bool:
    """Whether a story of `size` articles is due a split check: after a merge, or when its size
    reaches the next size of the series split_first, x split_growth, ... (at most `split_max`)."""
    c = config
    if size < max(c.split_first, 2 * c.split_min_group) or size > c.split_max:
        return False
    if merged:
        return True
    step = c.split_first
    while step < size:
        step = math.ceil(step * c.split_growth)
    return step == size


def dense_members(
    vectors: np.ndarray,
    languages: np.ndarray,
    records: list[tuple[Bag, Bag, tuple[float, float] | None]],
    idf: Callable[[np.ndarray], np.ndarray],
) -> Members:
    """The members' vectors, languages and spans, and dense IDF-weighted term and entity matrices
    over the features they name (`records`: each member's term bag, entity bag and date span)."""

    def dense(bags: list[Bag]) -> tuple[np.ndarray, np.ndarray]:
        keys = np.unique(np.concatenate([b[0] for b in bags]))
        matrix = np.zeros((len(bags), len(keys)), np.float32)
        for row, (h, w) in enumerate(bags):
            matrix[row, np.searchsorted(keys, h)] = w
        return matrix, idf(keys)

    words, word_idf = dense([r[0] for r in records])
    ents, ent_idf = dense([r[1] for r in records])
    return Members(
        vectors=vectors,
        languages=languages,
        lo=np.array([r[2][0] if r[2] else math.nan for r in records]),
        hi=np.array([r[2][1] if r[2] else math.nan for r in records]),
        words=words * word_idf,
        ents=ents,
        ent_idf=ent_idf,
    )


def split_in_two(members: Members, config: StoryConfig, weights: np.ndarray) -> np.ndarray | None:
    """Partition a story's members in two, and say whether the partition holds: each group has
    `split_min_group` members, each member scores higher with its own group (left out of it)
    than with the other, one group is written only in languages of the other, and the two are
    further apart than the merge test allows (their average link below `merge_cohesion` x the
    looser group's mean cosine). Cross-language stories are left alone: the embeddings link
    across languages lower, and merges hold those stories together. Labels 0 and 1 per member when
    it holds, else None; `weights` are the join model's, in StoryConfig weight order."""
    labels = first_partition(members, config)
    if labels is None:
        return None
    for _ in range(8):  # each member moves to the group it scores higher with, until stable
        z = group_logits(members, labels, config, weights)
        moved = (z[:, 1] > z[:, 0]).astype(int)
        if np.array_equal(moved, labels):
            break
        labels = moved
    else:
        return None
    sizes = np.bincount(labels, minlength=2)
    if sizes.min() < config.split_min_group or not groups_apart(members, labels, config):
        return None
    return labels


def group_logits(
    members: Members, labels: np.ndarray, config: StoryConfig, weights: np.ndarray
) -> np.ndarray:
    """Log-odds of each member against each of two groups (labels 0 and 1; other labels belong to
    neither) as n x 2, with the join model's evidence and each member left out of its own group;
    -inf against a group that holds no other member."""
    vectors, langs, words = members.vectors, members.languages, members.words
    ents, ent_idf = members.ents, members.ent_idf
    n = len(labels)
    cos = vectors @ vectors.T
    np.fill_diagonal(cos, -np.inf)
    same = (langs[:, None] == langs[None, :]) | (langs[:, None] == 0) | (langs[None, :] == 0)
    word_norm = np.linalg.norm(words, axis=1)
    ent_mass = ents @ ent_idf
    out = np.full((n, 2), -np.inf)
    for g in (0, 1):
        mask = labels == g
        own = mask.astype(np.float64)  # 1 where the member is in the group, and left out of it
        size = mask.sum() - own
        if not (size > 0).any():
            continue
        rest = np.maximum(size, 1)
        in_group = np.where(mask[None, :], cos, -np.inf)
        group_words = words[mask].sum(axis=0)[None, :] - own[:, None] * words
        norms = word_norm * np.linalg.norm(group_words, axis=1)
        counts = ents[mask].sum(axis=0)[None, :] - own[:, None] * ents
        mass = counts * ent_idf
        mass_total = mass.sum(axis=1)
        lo = np.where(mask[None, :] & ~np.eye(n, dtype=bool), members.lo[None, :], np.nan)
        hi = np.where(mask[None, :] & ~np.eye(n, dtype=bool), members.hi[None, :], np.nan)
        group_lo, group_hi = np.fmin.reduce(lo, axis=1), np.fmax.reduce(hi, axis=1)  # nan: undated
        gap = np.maximum(0.0, np.maximum(members.lo - group_hi, group_lo - members.hi))
        dated = ~np.isnan(gap)
        evidence = np.stack(
            [
                (vectors @ vectors[mask].sum(axis=0) - own) / rest,
                np.maximum(np.where(same, in_group, -np.inf).max(axis=1), 0.0),
                np.maximum(np.where(~same, in_group, -np.inf).max(axis=1), 0.0),
                np.where(norms > 0, (words * group_words).sum(axis=1) / np.maximum(norms, 1e-12), 0.0),
                np.where(ent_mass > 0, (ents * (counts > 0)) @ ent_idf / np.maximum(ent_mass, 1e-12), 0.0),
                np.where(mass_total > 0, (mass * ents).sum(axis=1) / np.maximum(mass_total, 1e-12), 0.0),
                np.where(langs == 0, 1.0, ((same & mask[None, :]).sum(axis=1) - own) / rest),
                dated.astype(np.float64),
                np.where(dated, np.log1p(np.nan_to_num(gap)), 0.0),
            ],
            axis=1,
        )
        out[:, g] = np.where(size > 0, config.bias + evidence @ weights, -np.inf)
    return out


def first_partition(members: Members, config: StoryConfig) -> np.ndarray | None:
    """Average-link clustering of the members on the join model's two main kinds of evidence
    (embedding and term cosines). Labels 0 and 1 mark the first two sub-trees, going down from
    the top along the larger side, that both hold `split_min_group` members; -1 the members
    left over. None when there are no such sub-trees."""
    words = members.words / np.maximum(np.linalg.norm(members.words, axis=1), 1e-12)[:, None]
    vectors = members.vectors
    sums = (config.w_centroid * (vectors @ vectors.T) + config.w_words * (words @ words.T)).astype(np.float64)
    n = len(sums)
    sizes = np.ones(n)
    alive = np.ones(n, bool)
    leaves: list[list[int]] = [[i] for i in range(n)]
    sides: dict[tuple[int, ...], tuple[list[int], list[int]]] = {}
    for _ in range(n - 1):
        link = sums / np.outer(sizes, sizes)
        link[~alive, :] = -np.inf
        link[:, ~alive] = -np.inf
        np.fill_diagonal(link, -np.inf)
        a, b = sorted(divmod(int(np.argmax(link)), n))
        sides[tuple(sorted(leaves[a] + leaves[b]))] = (leaves[a], leaves[b])
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sizes[a] += sizes[b]
        alive[b] = False
        leaves[a] = leaves[a] + leaves[b]
    node = tuple(range(n))
    while node in sides:
        x, y = sides[node]
        if min(len(x), len(y)) >= config.split_min_group:
            labels = np.full(n, -1)
            labels[x], labels[y] = 0, 1
            return labels
        node = tuple(sorted(max(x, y, key=len)))
    return None


def groups_apart(members: Members, labels: np.ndarray, config: StoryConfig) -> bool:
    """Whether two groups written in the same languages fail the merge test's cohesion."""
    langs = members.languages
    a, b = set(langs[labels == 0].tolist()), set(langs[labels == 1].tolist())
    if not (written_within(a, b) or written_within(b, a)):
        return False
    sums = [members.vectors[labels == g].sum(axis=0) for g in (0, 1)]
    sizes = [float((labels == g).sum()) for g in (0, 1)]
    link = float(sums[0] @ sums[1]) / (sizes[0] * sizes[1])
    looser = min(mean_cosine(s, k) for s, k in zip(sums, sizes, strict=True))
    return link < config.merge_cohesion * looser
