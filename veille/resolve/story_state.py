"""The story clusterer's state and the moves that change it, whatever decided them: articles and
stories by number, each story's sums (size, centroid, capped term and entity bags, language counts,
date span), the merge forest, the online document frequencies behind IDF, each story's member list
and each article's compact record for the split check. Story ids are the id of the story's first
article; a merged story's number points to the story it went into (`parent`).

The decisions (join, bridge and merge, provisional joins and detaches, splits) are the clusterer's
(veille.resolve.stories); the state is plain data (arrays and lists) that
veille.resolve.story_persistence writes to a directory.
"""

from __future__ import annotations

import math

import numpy as np

from veille.model import Story
from veille.resolve import story_features as sf
from veille.resolve.ann import VectorIndex
from veille.resolve.story_bags import Bag, add_bags, empty_bag, subtract_bags
from veille.resolve.story_config import DIM, StoryConfig
from veille.resolve.story_evidence import Span, View
from veille.resolve.story_provisional import Provisional

NO_KEY = np.uint32(0xFFFFFFFF)  # an empty slot in the per-article records (hashes have 22 bits)


def resized(array: np.ndarray, rows: int, fill) -> np.ndarray:
    """An array cut or grown to `rows` rows, new rows filled with `fill`."""
    out = np.full((rows, *array.shape[1:]), fill, array.dtype)
    out[: len(array)] = array
    return out


class StoryState:
    """Articles, stories and what the clusterer keeps of them."""

    def __init__(self, config: StoryConfig | None = None, index: VectorIndex | None = None) -> None:
        self.config = config or StoryConfig()
        self.index = index if index is not None else VectorIndex(DIM)
        self.n_docs = 0
        self.df = np.zeros(sf.HASH_MASK + 1, dtype=np.int32)
        # articles, by insertion number (= ANN key)
        self.article_ids: list[str] = []
        self.article_story: list[int] = []
        self.article_language: list[int] = []  # index into self.languages
        self.languages: list[str | None] = [None]
        self._language_number: dict[str | None, int] = {None: 0}
        self._article_number: dict[str, int] = {}
        # stories, by creation number
        self.story_ids: list[str] = []
        self._story_number: dict[str, int] = {}
        self.parent: list[int] = []  # itself while alive, else the story it was merged into
        self.merges: list[tuple[str, str]] = []  # (merged story id, survivor id) in the order they happened
        self.detaches: list[tuple[str, str]] = []  # (article id, story it left); its new story has its id
        self.provisional: dict[int, Provisional] = {}  # article number -> record, oldest first
        self.size = np.zeros(0, np.int32)
        self.centroid = np.zeros((0, DIM), np.float32)  # sum of member unit vectors
        self.date_lo = np.zeros(0, np.float64)
        self.date_hi = np.zeros(0, np.float64)
        self.words: list[Bag] = []
        self.entities: list[Bag] = []
        self.story_languages: list[dict[int, int]] = []  # language number -> articles
        self.splits: list[tuple[str, str]] = []  # (new story, story it split from), in order
        # for the split check: each story's members as a linked list over article numbers, and what
        # each article brought (its heaviest terms, rarest entity features and date span)
        self.story_first = np.zeros(0, np.int32)
        self.story_last = np.zeros(0, np.int32)
        self.member_next = np.zeros(0, np.int32)
        self.record_words = np.zeros((0, self.config.split_terms), np.uint32)
        self.record_weights = np.zeros((0, self.config.split_terms), np.float16)
        self.record_entities = np.zeros((0, self.config.split_entities), np.uint32)
        self.record_span = np.zeros((0, 2), np.float32)

    # ---- queries ----

    def __len__(self) -> int:
        return len(self.article_ids)

    def root(self, number: int) -> int:
        while self.parent[number] != number:
            self.parent[number] = self.parent[self.parent[number]]
            number = self.parent[number]
        return number

    def resolve(self, story_id: str) -> str:
        """The live story an id now stands for (itself unless it was merged)."""
        return self.story_ids[self.root(self._story_number[story_id])]

    @property
    def merged_into(self) -> dict[str, str]:
        """Merged story id -> the story it was merged into directly."""
        return {self.story_ids[i]: self.story_ids[p] for i, p in enumerate(self.parent) if p != i}

    def story_of(self, article_id: str) -> str:
        return self.story_ids[self.root(self.article_story[self._article_number[article_id]])]

    def stories(self) -> list[Story]:
        """Live and merged stories as model.Story (articles listed on live stories only)."""
        members: dict[int, list[str]] = {}
        for number, story in enumerate(self.article_story):
            members.setdefault(self.root(story), []).append(self.article_ids[number])
        out = []
        for i, sid in enumerate(self.story_ids):
            alive = self.parent[i] == i
            out.append(
                Story(
                    id=sid,
                    title="",
                    articles=members.get(i, []) if alive else [],
                    merged_into=None if alive else self.story_ids[self.parent[i]],
                )
            )
        return out

    def articles_of(self, story_id: str) -> list[str]:
        """Article ids of a story (or of the story a merged id points to), in arrival order."""
        return [self.article_ids[n] for n in self.members(self._story_number[self.resolve(story_id)])]

    def members(self, story: int) -> list[int]:
        """Article numbers of a live story, in arrival order."""
        out, at = [], int(self.story_first[story])
        while at >= 0:
            out.append(at)
            at = int(self.member_next[at])
        return sorted(out)

    def _idf(self, hashes: np.ndarray) -> np.ndarray:
        # A young store counts as `idf_min_docs` documents: with one article before, every shared
        # word or entity would weigh log(1) = 0, and two reports of one event would look unrelated
        total = max(self.n_docs + 1.0, self.config.idf_min_docs)
        return np.log(total / (self.df[hashes] + 1.0)).astype(np.float32)

    def _view(self, story: int) -> View:
        return View(
            self.centroid[story],
            float(self.size[story]),
            self.story_languages[story],
            self.words[story],
            self.entities[story],
            self.date_lo[story],
            self.date_hi[story],
        )

    def _language(self, language: str | None) -> int:
        number = self._language_number.get(language)
        if number is None:
            number = self._language_number[language] = len(self.languages)
            self.languages.append(language)
        return number

    # ---- stories ----

    def _grow(self) -> None:
        n = len(self.story_ids)
        if n < len(self.size):
            return
        cap = max(64, 2 * n)
        self.size = np.resize(self.size, cap)
        self.centroid = np.concatenate([self.centroid, np.zeros((cap - len(self.centroid), DIM), np.float32)])
        self.date_lo = np.resize(self.date_lo, cap)
        self.date_hi = np.resize(self.date_hi, cap)
        self.story_first = np.resize(self.story_first, cap)
        self.story_last = np.resize(self.story_last, cap)

    def _new_story(self, story_id: str) -> int:
        self._grow()
        number = len(self.story_ids)
        self.story_ids.append(story_id)
        self._story_number[story_id] = number
        self.parent.append(number)
        self.size[number] = 0
        self.centroid[number] = 0.0
        self.date_lo[number] = math.nan
        self.date_hi[number] = math.nan
        self.words.append(empty_bag())
        self.entities.append(empty_bag())
        self.story_languages.append({})
        self.story_first[number] = self.story_last[number] = -1
        return number

    def _absorb(
        self, story: int, vector, words: Bag, ents: Bag, span: Span, languages: dict[int, int]
    ) -> None:
        """Add articles (one, or a whole story) to a story's sums."""
        c = self.config
        size = sum(languages.values())
        counts = self.story_languages[story]
        for language, n in languages.items():
            counts[language] = counts.get(language, 0) + n
        self.size[story] += size
        self.centroid[story] += vector
        self.words[story] = add_bags(self.words[story], words, c.max_story_terms)
        self.entities[story] = add_bags(self.entities[story], ents, c.max_story_entities)
        if span is not None:
            lo, hi = self.date_lo[story], self.date_hi[story]
            self.date_lo[story] = span[0] if math.isnan(lo) else min(lo, span[0])
            self.date_hi[story] = span[1] if math.isnan(hi) else max(hi, span[1])

    def _take_out(self, story: int, vector: np.ndarray, words: Bag, ents: Bag, language: int) -> None:
        """Take one article out of a story's sums (its date span stays as it is)."""
        self.size[story] -= 1
        self.centroid[story] -= vector
        self.words[story] = subtract_bags(self.words[story], words)
        self.entities[story] = subtract_bags(self.entities[story], ents)
        counts = self.story_languages[story]
        counts[language] -= 1
        if not counts[language]:
            del counts[language]

    def _merge(self, keep: int, drop: int) -> None:
        span = None if math.isnan(self.date_lo[drop]) else (self.date_lo[drop], self.date_hi[drop])
        self._absorb(
            keep, self.centroid[drop], self.words[drop], self.entities[drop], span, self.story_languages[drop]
        )
        self.parent[drop] = keep
        self.merges.append((self.story_ids[drop], self.story_ids[keep]))
        if self.story_first[drop] >= 0:
            if self.story_last[keep] < 0:
                self.story_first[keep] = self.story_first[drop]
            else:
                self.member_next[self.story_last[keep]] = self.story_first[drop]
            self.story_last[keep] = self.story_last[drop]
            self.story_first[drop] = self.story_last[drop] = -1
        self.size[drop] = 0
        self.centroid[drop] = 0.0
        self.words[drop] = empty_bag()
        self.entities[drop] = empty_bag()
        self.story_languages[drop] = {}

    def _detach(self, number: int) -> None:
        """Take a provisional member out of its story into a new story named after it."""
        record = self.provisional.pop(number)
        story = self.root(self.article_story[number])
        language = self.article_language[number]
        self._take_out(story, record.vector, record.words, record.entities, language)
        new = self._new_story(self.article_ids[number])
        self._absorb(new, record.vector, record.words, record.entities, record.span, {language: 1})
        self.article_story[number] = new
        self._unlink(story, number)
        self._link(new, number)
        self.detaches.append((self.article_ids[number], self.story_ids[story]))

    def _apply_split(self, story: int, moved: list[int]) -> None:
        """Move some members of a story into a new story named after the earliest of them."""
        new_id = self.article_ids[moved[0]]
        new = self._story_number.get(new_id)
        if new is None:
            new = self._new_story(new_id)
        else:  # it named a story before, merged into this one since: it comes back to life
            self.parent[new] = new
            self.story_first[new] = self.story_last[new] = -1
        for number, vector in zip(moved, self._stored_vectors(moved), strict=True):
            words, ents, span = self._record(number)
            language = self.article_language[number]
            self._absorb(new, vector, words, ents, span, {language: 1})
            self._take_out(story, vector, words, ents, language)
            self.article_story[number] = new
        kept = [m for m in self.members(story) if m not in set(moved)]
        self.story_first[story] = self.story_last[story] = -1
        for number in kept:
            self._link(story, number)
        for number in moved:
            self._link(new, number)
        spans = self.record_span[kept].astype(np.float64)
        self.date_lo[story] = np.fmin.reduce(spans[:, 0])
        self.date_hi[story] = np.fmax.reduce(spans[:, 1])
        self.splits.append((new_id, self.story_ids[story]))

    # ---- member lists and per-article records (for the split check) ----

    def _link(self, story: int, number: int) -> None:
        """Append an article to its story's member list (linked through `member_next`)."""
        self.member_next[number] = -1
        last = self.story_last[story]
        if last < 0:
            self.story_first[story] = number
        else:
            self.member_next[last] = number
        self.story_last[story] = number

    def _unlink(self, story: int, number: int) -> None:
        before, at = -1, int(self.story_first[story])
        while at != number:
            before, at = at, int(self.member_next[at])
        after = int(self.member_next[number])
        if before < 0:
            self.story_first[story] = after
        else:
            self.member_next[before] = after
        if after < 0:
            self.story_last[story] = before

    def _keep_record(self, number: int, words: Bag, ents: Bag, span: Span) -> None:
        """Keep what an article brought, for the split check: its `split_terms` heaviest terms (by
        weight x IDF) with float16 weights, its `split_entities` rarest entity features, its span."""
        c = self.config
        if number >= len(self.record_words):
            cap = max(1024, 2 * number)
            self.record_words = resized(self.record_words, cap, NO_KEY)
            self.record_weights = resized(self.record_weights, cap, 0)
            self.record_entities = resized(self.record_entities, cap, NO_KEY)
            self.record_span = resized(self.record_span, cap, math.nan)
            self.member_next = resized(self.member_next, cap, -1)
        hashes, weights = words
        if len(hashes) > c.split_terms:
            top = np.sort(np.argpartition(-(weights * self._idf(hashes)), c.split_terms)[: c.split_terms])
            hashes, weights = hashes[top], weights[top]
        self.record_words[number, : len(hashes)] = hashes
        self.record_weights[number, : len(hashes)] = weights
        keys = ents[0]
        if len(keys) > c.split_entities:
            keys = np.sort(keys[np.argsort(-self._idf(keys), kind="stable")[: c.split_entities]])
        self.record_entities[number, : len(keys)] = keys
        if span is not None:
            self.record_span[number] = span

    def _record(self, number: int) -> tuple[Bag, Bag, Span]:
        hashes = self.record_words[number]
        keep = hashes != NO_KEY
        words = (hashes[keep].astype(np.int64), self.record_weights[number][keep].astype(np.float32))
        keys = self.record_entities[number]
        keys = keys[keys != NO_KEY].astype(np.int64)
        lo, hi = self.record_span[number].tolist()
        return words, (keys, np.ones(len(keys), np.float32)), None if math.isnan(lo) else (lo, hi)

    def _stored_vectors(self, numbers: list[int]) -> np.ndarray:
        """Unit vectors of articles, read back from the ANN index (int8 there: cosine 0.997 to the
        original)."""
        vectors = self.index.get(np.asarray(numbers))
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
