"""Online story clustering: each new article joins an existing story or starts one, in arrival order.

The article's ANN neighbours (veille.resolve.ann) propose candidate stories, each scored by the join
model as log-odds (story_evidence). The article joins the best-scoring candidate when its log-odds
are positive; otherwise it starts a story. A story written in the article's own language must also
hold together with it (`join_cohesion`, story_merge). When the article also scores above
`bridge_logit` with another candidate (`bridge_logit_single` for a story of one article), it bridges
two stories, and they merge if the merge test says they are one (story_merge). The older story
survives and the other's id points to it (`merged_into`). A close join stays provisional and can be
undone by the articles that come next (`detaches`, story_provisional). A story that has grown, or
merged, is checked for two groups apart and can split in two (`splits`, story_split).

The modules of the clusterer:
- story_config: StoryItem (an article as the clusterer sees it) and StoryConfig;
- story_features: what is computed once per article (hashed term and entity bags, date spans);
- story_bags: adding and subtracting hashed bags;
- story_evidence: the join model, features -> log-odds, for an article or a whole story;
- story_merge: the join cohesion test and the merge test;
- story_provisional: the records and views behind provisional joins and detaches;
- story_split: the split check, over plain arrays;
- story_state: the state (arrays and lists) and the moves that change it;
- story_persistence: save and load of the state (the ANN index is one file in its directory);
- stories (here): StoryClusterer, which decides. Story ids are the id of the story's first article.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from veille.resolve import story_features as sf
from veille.resolve import story_persistence, story_split
from veille.resolve.ann import Neighbours
from veille.resolve.story_bags import Bag
from veille.resolve.story_config import DIM, StoryConfig, StoryItem
from veille.resolve.story_evidence import (
    Span,
    View,
    article_evidence,
    log_odds,
    nearest_members,
    sigmoid,
    story_evidence,
    weights,
)
from veille.resolve.story_merge import fits, should_merge
from veille.resolve.story_provisional import Provisional, alone, confirmed, doubtful, hold, without
from veille.resolve.story_state import StoryState

__all__ = ["DIM", "StoryClusterer", "StoryConfig", "StoryItem"]

Prepared = tuple[np.ndarray, Bag, Bag, Span, int]  # vector, term bag, entity bag, date span, language


class StoryClusterer(StoryState):
    """The online clusterer: its state (StoryState) and the decisions that change it."""

    def assign(self, item: StoryItem) -> str:
        """Put one new article in a story (joining, starting or bridging stories); return the story id."""
        if item.id in self._article_number:
            return self.story_of(item.id)
        vector, words, ents, span, language = self._prepare(item)
        found = self.index.search(vector, self.config.neighbours)
        if self.provisional:
            self._reexamine(found, vector, words, ents, span, language)
        scored = self._logits(vector, words, ents, span, language, found)
        scored = [szn for szn in scored if self._fits(szn[0], vector, language)]
        doubt = False
        if scored and scored[0][1] > 0:
            story = scored[0][0]
            doubt = doubtful(self.config, self._view(story), words, span)
        else:
            story = self._new_story(item.id)
        # document frequencies count the article once it has been compared
        self.n_docs += 1
        self.df[words[0]] += 1
        self.df[ents[0]] += 1
        self._absorb(story, vector, words, ents, span, {language: 1})
        number = len(self.article_ids)
        self.article_ids.append(item.id)
        self.article_story.append(story)
        self.article_language.append(language)
        self._article_number[item.id] = number
        self._keep_record(number, words, ents, span)
        self._link(story, number)
        self.index.add(number, vector)
        if not scored or story != scored[0][0]:
            return self.story_ids[story]
        if scored[0][1] < self.config.provisional_logit or doubt:
            hold(
                self.provisional,
                number,
                Provisional(vector, words, ents, span, int(self.size[story])),
                self.config,
            )
        merged = False
        for other, z, nearest in scored[1:]:
            bar = self.config.bridge_logit_single if self.size[other] == 1 else self.config.bridge_logit
            if z <= bar or self.parent[other] != other:
                continue
            evidence = self.story_features(story, other, nearest)
            if should_merge(self.config, self._view(story), self._view(other), evidence, language):
                keep, drop = min(story, other), max(story, other)  # the older story survives
                self._merge(keep, drop)
                story = keep
                merged = True
        if self.config.split_first and story_split.split_due(self.config, int(self.size[story]), merged):
            self._split_check(story)
        return self.story_ids[self.root(self.article_story[number])]

    def score(self, item: StoryItem) -> list[tuple[str, float]]:
        """Candidate stories for an item and the probability it belongs to each (no update)."""
        return [(self.story_ids[s], sigmoid(z)) for s, z, _ in self._logits(*self._prepare(item))]

    def candidates(
        self, vector: np.ndarray, language: int = 0, found: Neighbours | None = None
    ) -> dict[int, tuple[float, float]]:
        """Live stories near a vector -> similarity of their nearest member in the same language and
        in another one (0 when none is among the neighbours), best first. Language 0 is unknown,
        which counts as the same as any. `found`: the vector's ANN neighbours when already searched."""
        if found is None:
            found = self.index.search(vector, self.config.neighbours)
        best = nearest_members(found, self._live_story, self.article_language, language)
        ranked = sorted(best.items(), key=lambda kv: -max(kv[1]))[: self.config.max_candidates]
        return {story: (pair[0], pair[1]) for story, pair in ranked}

    def features(
        self,
        vector: np.ndarray,
        words: Bag,
        ents: Bag,
        span: Span,
        story: int | View,
        nearest: tuple[float, float],
        language: int = 0,
    ) -> np.ndarray:
        """Evidence that an article belongs to a (live) story, in StoryConfig weight order."""
        view = self._view(story) if isinstance(story, int) else story
        return article_evidence(vector, words, ents, span, view, nearest, language, self._idf)

    def story_features(self, a: int, b: int, nearest: tuple[float, float]) -> np.ndarray:
        """Evidence that live stories a and b tell one story, as if b's articles were one article
        joining a; `nearest` is what the bridging article found in b."""
        return story_evidence(self._view(a), self._view(b), nearest, self._idf)

    def _live_story(self, number: int) -> int:
        return self.root(self.article_story[number])

    def _prepare(self, item: StoryItem) -> Prepared:
        vector = item.vector
        if vector is None:
            from veille.resolve.embed import embed_one

            vector = embed_one(item.text)
        vector = np.asarray(vector, dtype=np.float32)
        words = sf.term_bag(item.body or item.text)
        ents = sf.entity_bag(item.entities)
        span = sf.day_span(item.date, item.precision)
        return vector, words, ents, span, self._language(item.language)

    def _logits(
        self, vector, words, ents, span, language, found=None
    ) -> list[tuple[int, float, tuple[float, float]]]:
        """Candidate stories, their log-odds and nearest-member similarities, best first."""
        w = weights(self.config)
        scored = []
        for story, nearest in self.candidates(vector, language, found).items():
            z = log_odds(self.config, self.features(vector, words, ents, span, story, nearest, language), w)
            scored.append((story, z, nearest))
        scored.sort(key=lambda szn: -szn[1])
        return scored

    def _logit(self, vector, words, ents, span, view: View, nearest, language: int) -> float:
        return log_odds(self.config, self.features(vector, words, ents, span, view, nearest, language))

    def _fits(self, story: int, vector: np.ndarray, language: int) -> bool:
        return fits(self._view(story), vector, language, self.config)

    # ---- deferred first-story decisions (story_provisional) ----

    def _reexamine(self, found: Neighbours, vector, words, ents, span, language) -> None:
        """Re-examine the provisional members among a new article's neighbours. One that the new
        article matches alone clearly better than it matches the rest of its story, and than any other
        story it could join, leaves that story."""
        c = self.config
        best: tuple[float, int] | None = None
        elsewhere: list[tuple[int, float]] | None = None
        for key, sim in zip(found.keys.tolist(), found.similarities.tolist(), strict=True):
            record = self.provisional.get(key)
            if record is None:
                continue
            story = self.root(self.article_story[key])
            if confirmed(record, int(self.size[story]), c):
                del self.provisional[key]  # its story has grown around it: confirmed
                continue
            other = self.article_language[key]
            nearest = (0.0, sim) if language and other and other != language else (sim, 0.0)
            article = (vector, words, ents, span)
            z_alone = self._logit(*article, alone(record, other), nearest, language)
            rest = without(self._view(story), record, other)
            pair = nearest_members(found, self._live_story, self.article_language, language, key)
            in_rest = pair.get(story, [0.0, 0.0])
            z_rest = self._logit(*article, rest, (in_rest[0], in_rest[1]), language)
            if z_alone <= max(0.0, z_rest + c.detach_margin) or (best is not None and z_alone <= best[0]):
                continue
            # The new article must also prefer it clearly to every other story it could join: an
            # article that has a home elsewhere is no sign of a new event, and would only carry the
            # provisional article over into that home
            if elsewhere is None:
                scored = self._logits(vector, words, ents, span, language, found)
                elsewhere = [(s, z) for s, z, _ in scored if self._fits(s, vector, language)]
            if all(s == story or z_alone > z + c.detach_margin for s, z in elsewhere):
                best = (z_alone, key)
        if best is not None:
            self._detach(best[1])

    # ---- split check (story_split) ----

    def _split_check(self, story: int) -> None:
        """Split a story when its members form two groups apart (`story_split.split_in_two`): the
        group with the story's first article keeps the id."""
        members = self.members(story)
        data = story_split.dense_members(
            self._stored_vectors(members),
            np.array([self.article_language[m] for m in members]),
            [self._record(m) for m in members],
            self._idf,
        )
        labels = story_split.split_in_two(data, self.config, weights(self.config))
        if labels is None:
            return
        sizes = np.bincount(labels, minlength=2)
        first = self._article_number.get(self.story_ids[story])
        keep = labels[members.index(first)] if first in members else int(np.argmax(sizes))
        self._apply_split(story, [m for m, g in zip(members, labels.tolist(), strict=True) if g != keep])

    # ---- persistence (story_persistence) ----

    def save(self, directory: str | Path) -> None:
        """Write the state to a directory: state.json, arrays.npz, bags.npz and the ANN index file."""
        story_persistence.save(self, directory)

    @classmethod
    def load(cls, directory: str | Path) -> StoryClusterer:
        return story_persistence.load(cls, directory)
