"""Deferred first-story decisions of the story clusterer: provisional joins and what they keep.

A join with log-odds below `provisional_logit` stays provisional: each later article that has it
among its neighbours re-examines it, and if the later article matches it alone clearly better
(`detach_margin`) than the rest of its story and than any other story, the provisional article leaves
that story and starts its own, named after it, which the later article can then join (`detaches`).
The decision is deferred to the evidence that arrives next, never re-run in a batch: the story it
left keeps its id. It is confirmed once its story has grown by `provisional_confirm` articles. A join
into a small story (`doubt_size`) is provisional whatever its log-odds when the article's date lies
more than `doubt_gap_days` from the story's, or when it names years and the story names only others.

This module holds the record of a provisional member and the views the re-examination compares; the
clusterer (veille.resolve.stories) decides and moves the article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from veille.resolve import story_features as sf
from veille.resolve.story_bags import Bag, subtract_bags
from veille.resolve.story_config import StoryConfig
from veille.resolve.story_evidence import Span, View, time_evidence


@dataclass
class Provisional:
    """A provisional member: what it brought to its story, so that it can take it back."""

    vector: np.ndarray
    words: Bag
    entities: Bag
    span: tuple[float, float] | None
    joined_size: int  # its story's size right after it joined


def hold(provisional: dict[int, Provisional], number: int, record: Provisional, config: StoryConfig) -> None:
    """Keep a provisional join (article number -> record, oldest first); the oldest beyond
    `max_provisional` are confirmed."""
    provisional[number] = record
    while len(provisional) > config.max_provisional:
        del provisional[next(iter(provisional))]


def confirmed(record: Provisional, size: int, config: StoryConfig) -> bool:
    """Whether a provisional join is settled: its story (now of `size`) has grown around it, or
    holds it alone."""
    return size < 2 or size >= record.joined_size + config.provisional_confirm


def without(story: View, record: Provisional, language: int) -> View:
    """A story as it would be without one of its members (in `language`). Its date span stays as it
    is, and its capped bags give back only the weight they still hold."""
    languages = dict(story.languages)
    languages[language] -= 1
    return View(
        story.centroid - record.vector,
        story.size - 1,
        languages,
        subtract_bags(story.words, record.words),
        subtract_bags(story.entities, record.entities),
        story.lo,
        story.hi,
    )


def alone(record: Provisional, language: int) -> View:
    """A provisional member as a story of its own."""
    lo, hi = record.span if record.span is not None else (math.nan, math.nan)
    return View(record.vector, 1.0, {language: 1}, record.words, record.entities, lo, hi)


def doubtful(config: StoryConfig, story: View, words: Bag, span: Span) -> bool:
    """Whether a join into a small story (at most `doubt_size` articles) shows a sign of another
    event: the article's date lies more than `doubt_gap_days` from the story's span, or it names
    years and the story names only others. The join then stays provisional whatever its log-odds."""
    if story.size > config.doubt_size:
        return False
    dated, gap = time_evidence(span, story.lo, story.hi)
    if dated and gap > math.log1p(config.doubt_gap_days):
        return True
    mine, theirs = sf.years(words), sf.years(story.words)
    return bool(len(mine) and len(theirs) and not np.intersect1d(mine, theirs, assume_unique=True).size)
