"""BCubed and pairwise scores on clusterings small enough to count by hand."""

import pytest

from veille.eval.clustering_metrics import bcubed, pairwise

GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}


def test_a_perfect_clustering_scores_one_whatever_its_labels():
    predicted = {"a": 7, "b": 7, "c": 7, "d": 9, "e": 9}
    assert bcubed(GOLD, predicted).f1 == pytest.approx(1.0)
    assert pairwise(GOLD, predicted).f1 == pytest.approx(1.0)


def test_one_big_cluster_keeps_recall_and_loses_precision():
    scores = bcubed(GOLD, dict.fromkeys(GOLD, "all"))
    assert scores.recall == pytest.approx(1.0)
    # a, b, c see 3/5 of their cluster right; d, e see 2/5
    assert scores.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)


def test_singletons_keep_precision_and_lose_recall():
    scores = bcubed(GOLD, {k: k for k in GOLD})
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx((3 * 1 / 3 + 2 * 1 / 2) / 5)
    assert pairwise(GOLD, {k: k for k in GOLD}).recall == 0.0


def test_one_misplaced_item_costs_bcubed_on_both_sides():
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    scores = bcubed(GOLD, predicted)
    assert scores.precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert scores.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    pairs = pairwise(GOLD, predicted)
    # gold pairs: ab ac bc de (4); predicted: ab cd ce de (4); shared: ab de
    assert (pairs.precision, pairs.recall) == (pytest.approx(0.5), pytest.approx(0.5))


def test_a_gold_item_without_prediction_is_an_error():
    with pytest.raises(ValueError):
        bcubed(GOLD, {"a": 1})
