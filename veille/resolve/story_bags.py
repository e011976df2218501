"""Hashed bags as the story clusterer keeps them (sorted unique feature hashes and their weights):
a story's terms or entity features are the sum of its members' bags, capped to the heaviest."""

from __future__ import annotations

import numpy as np

Bag = tuple[np.ndarray, np.ndarray]


def empty_bag() -> Bag:
    return np.empty(0, np.int64), np.empty(0, np.float32)


def add_bags(a: Bag, b: Bag, cap: int) -> Bag:
    """The sum of two bags, keeping the `cap` heaviest features (in hash order)."""
    hashes = np.concatenate([a[0], b[0]])
    weights = np.concatenate([a[1], b[1]])
    unique, inverse = np.unique(hashes, return_inverse=True)
    summed = np.zeros(len(unique), np.float32)
    np.add.at(summed, inverse, weights)
    if len(unique) > cap:
        keep = np.sort(np.argpartition(-summed, cap)[:cap])
        unique, summed = unique[keep], summed[keep]
    return unique, summed


def subtract_bags(a: Bag, b: Bag) -> Bag:
    """What is left of bag a without bag b: a capped bag gives back only the weight it still holds."""
    _, ai, bi = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    weights = a[1].copy()
    weights[ai] -= b[1][bi]
    keep = weights > 1e-6
    return a[0][keep], weights[keep]
