"""Saving and loading the story clusterer's state: a directory holding state.json (configuration,
ids, languages, detaches and splits), arrays.npz (document frequencies, the articles' stories and
languages, the merge forest, the stories' sums and spans, the per-article records and the
provisional joins), bags.npz (each story's term, entity and language bags and the provisional
joins' bags, concatenated with their lengths) and articles.usearch (the ANN index).

States saved before provisional joins or per-article records existed still load: those start empty.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, fields
from pathlib import Path
from typing import TypeVar

import numpy as np

from veille.resolve.ann import VectorIndex
from veille.resolve.story_bags import Bag
from veille.resolve.story_config import DIM, StoryConfig
from veille.resolve.story_provisional import Provisional
from veille.resolve.story_state import NO_KEY, StoryState, resized

State = TypeVar("State", bound=StoryState)


def save(state: StoryState, directory: str | Path) -> None:
    """Write the state to a directory: state.json, arrays.npz, bags.npz and the ANN index file."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    n = len(state.story_ids)
    meta = {
        "config": asdict(state.config),
        "n_docs": state.n_docs,
        "article_ids": state.article_ids,
        "story_ids": state.story_ids,
        "languages": state.languages,
        "detaches": state.detaches,
        "splits": state.splits,
    }
    (path / "state.json").write_text(json.dumps(meta))
    np.savez(
        path / "arrays.npz",
        df=state.df,
        article_story=np.asarray(state.article_story, np.int64),
        article_language=np.asarray(state.article_language, np.int32),
        parent=np.asarray(state.parent, np.int64),
        size=state.size[:n],
        centroid=state.centroid[:n],
        date_lo=state.date_lo[:n],
        date_hi=state.date_hi[:n],
        record_words=state.record_words[: len(state)],
        record_weights=state.record_weights[: len(state)],
        record_entities=state.record_entities[: len(state)],
        record_span=state.record_span[: len(state)],
        **pack_provisional(state.provisional),
    )
    languages = [
        (np.fromiter(c.keys(), np.int64, len(c)), np.fromiter(c.values(), np.float32, len(c)))
        for c in state.story_languages
    ]
    np.savez(
        path / "bags.npz",
        **pack_bags("words", state.words),
        **pack_bags("entities", state.entities),
        **pack_bags("languages", languages),
        **pack_bags("provisional_words", [r.words for r in state.provisional.values()]),
        **pack_bags("provisional_entities", [r.entities for r in state.provisional.values()]),
    )
    state.index.save(path / "articles.usearch")


def load(cls: type[State], directory: str | Path) -> State:
    """A state (of class `cls`) read back from a directory written by `save`."""
    path = Path(directory)
    meta = json.loads((path / "state.json").read_text())
    known = {f.name for f in fields(StoryConfig)}
    config = StoryConfig(**{k: v for k, v in meta["config"].items() if k in known})
    state = cls(config, VectorIndex.load(path / "articles.usearch"))
    arrays = np.load(path / "arrays.npz")
    bags = np.load(path / "bags.npz")
    state.n_docs = meta["n_docs"]
    state.df = arrays["df"].astype(np.int32)
    state.article_ids = meta["article_ids"]
    state.article_story = arrays["article_story"].tolist()
    state.article_language = arrays["article_language"].tolist()
    state.languages = meta["languages"]
    state._language_number = {lang: i for i, lang in enumerate(state.languages)}
    state._article_number = {a: i for i, a in enumerate(state.article_ids)}
    state.story_ids = meta["story_ids"]
    state._story_number = {s: i for i, s in enumerate(state.story_ids)}
    state.parent = arrays["parent"].tolist()
    state.size = arrays["size"].astype(np.int32)
    state.centroid = arrays["centroid"].astype(np.float32)
    state.date_lo = arrays["date_lo"]
    state.date_hi = arrays["date_hi"]
    state.words = unpack_bags("words", bags)
    state.entities = unpack_bags("entities", bags)
    state.story_languages = [
        {int(k): int(v) for k, v in zip(keys.tolist(), counts.tolist(), strict=True)}
        for keys, counts in unpack_bags("languages", bags)
    ]
    state.detaches = [tuple(pair) for pair in meta.get("detaches", [])]
    state.splits = [tuple(pair) for pair in meta.get("splits", [])]
    state.provisional = unpack_provisional(arrays, bags)
    unpack_records(state, arrays)
    return state


def pack_provisional(provisional: dict[int, Provisional]) -> dict[str, np.ndarray]:
    records = list(provisional.values())
    spans = [r.span if r.span is not None else (math.nan, math.nan) for r in records]
    return {
        "provisional_numbers": np.fromiter(provisional, np.int64, len(records)),
        "provisional_vectors": np.array([r.vector for r in records], np.float32).reshape(-1, DIM),
        "provisional_spans": np.array(spans, np.float64).reshape(-1, 2),
        "provisional_joined": np.array([r.joined_size for r in records], np.int64),
    }


def unpack_provisional(arrays, bags) -> dict[int, Provisional]:
    """The provisional joins, oldest first (none for a state saved before they existed)."""
    provisional: dict[int, Provisional] = {}
    if "provisional_numbers" not in arrays.files:
        return provisional
    words = unpack_bags("provisional_words", bags)
    entities = unpack_bags("provisional_entities", bags)
    for i, number in enumerate(arrays["provisional_numbers"].tolist()):
        lo, hi = arrays["provisional_spans"][i].tolist()
        provisional[number] = Provisional(
            arrays["provisional_vectors"][i],
            words[i],
            entities[i],
            None if math.isnan(lo) else (lo, hi),
            int(arrays["provisional_joined"][i]),
        )
    return provisional


def unpack_records(state: StoryState, arrays) -> None:
    """The per-article records (empty for a state saved before they existed), and each live story's
    member list, rebuilt from the articles' stories."""
    n = len(state)
    for name in ("record_words", "record_weights", "record_entities", "record_span"):
        empty = getattr(state, name)
        saved = arrays[name] if name in arrays.files else empty[:0]
        fill = math.nan if name == "record_span" else 0 if name == "record_weights" else NO_KEY
        setattr(state, name, resized(saved.astype(empty.dtype), n, fill))
    state.member_next = np.full(n, -1, np.int32)
    state.story_first = np.full(len(state.size), -1, np.int32)
    state.story_last = np.full(len(state.size), -1, np.int32)
    for number, story in enumerate(state.article_story):
        state._link(state.root(story), number)


def pack_bags(name: str, bags: list[Bag]) -> dict[str, np.ndarray]:
    lengths = np.array([len(h) for h, _ in bags], np.int64)
    hashes = np.concatenate([h for h, _ in bags]) if bags else np.empty(0, np.int64)
    weights = np.concatenate([w for _, w in bags]) if bags else np.empty(0, np.float32)
    return {f"{name}_lengths": lengths, f"{name}_hashes": hashes, f"{name}_weights": weights}


def unpack_bags(name: str, data) -> list[Bag]:
    ends = np.cumsum(data[f"{name}_lengths"])
    starts = ends - data[f"{name}_lengths"]
    hashes, weights = data[f"{name}_hashes"], data[f"{name}_weights"]
    return [(hashes[a:b], weights[a:b]) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
