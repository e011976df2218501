"""The story clusterer's cohesion tests: whether an article holds together with a story in its own
language (the join cohesion), and whether two stories that an article bridges are one (the merge
test).

An article that scores above `bridge_logit` with a second candidate (above `bridge_logit_single`
for a story of one article) bridges the two stories, and they merge if the two stories compared as
wholes score above `merge_logit`. Two stories of which one is written only in languages of the other
need `merge_logit_same`, lowered for a small story to `merge_logit_step` per article of the smaller
story beyond the first (0, like a join, for a single article; 2 for two), and must be about as close
to each other as the looser of the two is within itself (`merge_cohesion`). A story's own cohesion,
the mean cosine between two of its members, comes from its centroid sum alone.
"""

from __future__ import annotations

import numpy as np

from veille.resolve.story_config import StoryConfig
from veille.resolve.story_evidence import View, log_odds


def mean_cosine(total: np.ndarray, size: float) -> float:
    """Mean cosine between two distinct members of a group of `size` (at least two) unit vectors,
    from their sum alone: |sum|^2 counts each member with itself once."""
    return (float(total @ total) - size) / (size * (size - 1.0))


def written_within(inner: set[int], outer: set[int]) -> bool:
    """Whether every language of `inner` is in `outer` (0, unknown, matches any)."""
    return 0 in outer or inner - {0} <= outer


def cohesion(story: View) -> float | None:
    """Mean cosine between two distinct members of a story (None below two members)."""
    if story.size < 2:
        return None
    return mean_cosine(story.centroid, story.size)


def fits(story: View, vector: np.ndarray, language: int, config: StoryConfig) -> bool:
    """Whether an article is about as close to a story's members as they are to each other
    (`join_cohesion`). Only a story of two or more articles, all in the article's language, is
    asked: other languages link lower. A story of near-identical reports otherwise takes in a
    sibling event's report that shares its wording but not its subject."""
    own = cohesion(story)
    if own is None or set(story.languages) != {language}:
        return True
    link = float(vector @ story.centroid) / story.size
    return link >= config.join_cohesion * own


def same_languages(a: dict[int, int], b: dict[int, int], language: int) -> bool:
    """Whether one story is written only in languages of the other (`a`, `b`: their language
    counts), leaving out the article that joined a (in `language`) and now bridges b. Each article
    of that story was then compared with members in its own language when it came, as between two
    stories in one language (a French story beside a French and English one; session 13, round 3)."""
    mine = {lang for lang, n in a.items() if n > (lang == language)}
    theirs = set(b)
    return written_within(theirs, mine) or written_within(mine, theirs)


def same_language_bar(config: StoryConfig, smaller: float) -> float:
    """The merge bar of two same-language stories, the smaller holding `smaller` articles."""
    return min(config.merge_logit_same, config.merge_logit_step * (smaller - 1))


def should_merge(config: StoryConfig, a: View, b: View, evidence: np.ndarray, language: int) -> bool:
    """Whether two bridged stories merge (`evidence`: story_evidence of the pair). Same-language
    stories were kept apart article by article, so besides a higher bar, their average link
    (evidence[0]) must come close to the mean cosine within the looser of the two. Bag cosines grow
    as stories grow, which lets two large look-alike stories pass the bar; the average link does not
    grow with size. A story of one article is compared as that article would be, at the join bar
    (log-odds 0): it started alone because the story it now matches was not yet there or not yet
    like it. A story of two articles is nearly as raw, and its bar lies between the two
    (`merge_logit_step`)."""
    pair = log_odds(config, evidence)
    if not same_languages(a.languages, b.languages, language):
        return pair > config.merge_logit
    if pair <= same_language_bar(config, min(a.size, b.size)):
        return False
    own = [c for c in (cohesion(a), cohesion(b)) if c is not None]
    return not own or evidence[0] >= config.merge_cohesion * min(own)
