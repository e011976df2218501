"""Clustering scores against gold groups: BCubed precision/recall/F1 and pairwise F1.

Both take two mappings from item id to cluster label (gold, predicted) over the same items.
BCubed averages per item: precision is the share of the item's predicted cluster that shares
its gold label, recall the share of its gold group that shares its predicted cluster.
Pairwise scores count item pairs put together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _common_items(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> list[str]:
    missing = [k for k in gold if k not in predicted]
    if missing:
        raise ValueError(f"{len(missing)} gold items have no prediction, e.g. {missing[0]!r}")
    return list(gold)


def bcubed(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> Scores:
    """BCubed precision, recall and F1 over the gold items (each must have a prediction)."""
    items = _common_items(gold, predicted)
    if not items:
        return Scores(0.0, 0.0, 0.0)
    gold_size = Counter(gold[i] for i in items)
    pred_size = Counter(predicted[i] for i in items)
    joint = Counter((gold[i], predicted[i]) for i in items)
    precision = sum(joint[gold[i], predicted[i]] / pred_size[predicted[i]] for i in items) / len(items)
    recall = sum(joint[gold[i], predicted[i]] / gold_size[gold[i]] for i in items) / len(items)
    return Scores(precision, recall, _f1(precision, recall))


def _pairs(sizes: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> Scores:
    """Pairwise precision, recall and F1: item pairs clustered together vs. gold pairs."""
    items = _common_items(gold, predicted)
    both = _pairs(Counter((gold[i], predicted[i]) for i in items))
    in_pred = _pairs(Counter(predicted[i] for i in items))
    in_gold = _pairs(Counter(gold[i] for i in items))
    precision = both / in_pred if in_pred else 1.0
    recall = both / in_gold if in_gold else 1.0
    return Scores(precision, recall, _f1(precision, recall))
