"""Story clustering at scale: ANN recall on real embeddings, then assignment latency and memory at
10k, 100k and 1M articles.

    .venv/bin/python bench/story_scale.py [--sizes 10000,100000,1000000] [--queries 400] [--no-real]

Part 1 (needs ../shared/data): embeds real news texts (ITN blurbs, ECB+ leads, French headlines),
measures top-10 recall of the int8 usearch index against exact cosine search, and times `assign`
on real ITN items (term bags, entity keys and dates included; embedding excluded).
Part 2 (synthetic): stories of a few articles each, vectors scattered around a story direction,
300-word bodies and a handful of entity keys. The index is prefilled in batches (HNSW insertion runs
at 1-2k vectors/s on 2 cores, so 1M single adds would take too long), then `assign` is timed for new
articles, half of them joining an existing story. Runs in about 12 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import resource
import time
from pathlib import Path

import numpy as np

from veille.resolve import story_features as sf
from veille.resolve.ann import VectorIndex
from veille.resolve.stories import DIM, StoryClusterer, StoryItem

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
PREFILL_EXPANSION_ADD = 16  # cheaper HNSW insertion for the bulk prefill only


def percentiles(seconds: list[float]) -> str:
    ms = np.array(seconds) * 1000
    return f"p50 {np.percentile(ms, 50):.2f} ms, p95 {np.percentile(ms, 95):.2f} ms, max {ms.max():.1f} ms"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- part 1: real embeddings ----


def real_texts() -> list[str]:
    texts = []
    for name in ("itn_dev.jsonl", "ecbplus_dev.jsonl"):
        with open(SHARED / name, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                texts.append("\n".join([x for x in text.splitlines() if x.strip()][:3]))
    corpora = SHARED / "corpora"
    if (corpora / "headlines_fr_2022.csv").exists():  # Date;Journal;Article
        with open(corpora / "headlines_fr_2022.csv", encoding="utf-8") as handle:
            texts.extend(row[2] for row in list(csv.reader(handle, delimiter=";"))[1:] if len(row) > 2)
    if (corpora / "headlines_fr_2020-01-10.csv").exists():  # headline,timestamp,...
        with open(corpora / "headlines_fr_2020-01-10.csv", encoding="utf-8") as handle:
            texts.extend(row[0] for row in list(csv.reader(handle))[:3000] if row)
    return [t for t in dict.fromkeys(texts) if t.strip()]


def recall_on_real(vectors: np.ndarray, queries: int = 1000, k: int = 10) -> None:
    exact = vectors @ vectors[:queries].T  # (n, q)
    truth = np.argsort(-exact, axis=0)[:k].T
    for dtype in ("i8", "f16"):
        index = VectorIndex(DIM, dtype=dtype)
        index.add(np.arange(len(vectors)), vectors)
        hits, sim_error = 0, []
        for q in range(queries):
            found = index.search(vectors[q], k)
            hits += len(set(found.keys.tolist()) & set(truth[q].tolist()))
            sim_error.extend(np.abs(found.similarities - vectors[found.keys] @ vectors[q]).tolist())
        print(
            f"  usearch {dtype}: recall@{k} {hits / (queries * k):.4f} over {queries} queries in "
            f"{len(vectors)} real vectors; |similarity error| mean {np.mean(sim_error):.4f}; "
            f"{index.memory_bytes() / len(vectors):.0f} B/vector"
        )


def real_assign_latency() -> None:
    from veille.eval.stories import capitalised_keys, lead
    from veille.resolve.embed import embed

    rows = [json.loads(line) for line in open(SHARED / "itn_dev.jsonl", encoding="utf-8")]
    vectors = embed([lead(r["text"]) for r in rows])
    clusterer = StoryClusterer()
    times = []
    for row, vector in zip(rows, vectors, strict=True):
        item = StoryItem(
            id=row["id"], text=row["text"], language=row["language"], date=row["timestamp"],
            precision="datetime", entities=capitalised_keys(row["text"]), vector=vector,
        )  # fmt: skip
        start = time.perf_counter()
        clusterer.assign(item)
        times.append(time.perf_counter() - start)
    print(f"  assign on {len(rows)} real ITN items: {percentiles(times)}")


# ---- part 2: synthetic scale ----


class Synthetic:
    """A stream of synthetic articles grouped in stories (mean size 4)."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocabulary = [f"w{i}" for i in range(50_000)]

    def story_sizes(self, articles: int) -> np.ndarray:
        sizes = self.rng.geometric(0.25, size=articles)
        sizes = sizes[np.cumsum(sizes) <= articles]
        return np.append(sizes, articles - sizes.sum()).astype(int) if sizes.sum() < articles else sizes

    def vectors(self, centres: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        base = np.repeat(centres, sizes, axis=0)
        noisy = base + 0.03 * self.rng.standard_normal(base.shape).astype(np.float32)
        return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)

    def centres(self, n: int) -> np.ndarray:
        c = self.rng.standard_normal((n, DIM)).astype(np.float32)
        return c / np.linalg.norm(c, axis=1, keepdims=True)

    def story_words(self, story: int) -> list[str]:
        r = np.random.default_rng(story)
        return [self.vocabulary[i] for i in r.zipf(1.3, 40) % len(self.vocabulary)]

    def story_entities(self, story: int) -> list[str]:
        return [f"person {story} {i}" for i in range(3)] + [f"place {story % 5000}"]

    def body(self, story: int) -> str:
        words = self.story_words(story) + [self.vocabulary[i] for i in self.rng.zipf(1.2, 260) % 50_000]
        return " ".join(words)


def prefill(clusterer: StoryClusterer, synthetic: Synthetic, articles: int, chunk: int = 50_000) -> float:
    """Add `articles` synthetic articles in bulk (batch index adds, story state filled directly)."""
    start = time.perf_counter()
    while articles > 0:
        _prefill_chunk(clusterer, synthetic, min(chunk, articles))
        articles -= chunk
    return time.perf_counter() - start


def _prefill_chunk(clusterer: StoryClusterer, synthetic: Synthetic, articles: int) -> None:
    sizes = synthetic.story_sizes(articles)
    centres = synthetic.centres(len(sizes))
    vectors = synthetic.vectors(centres, sizes)
    first_key = len(clusterer.article_ids)
    clusterer.index.add(np.arange(first_key, first_key + articles), vectors)
    position = 0
    for size, centre_vectors in zip(sizes.tolist(), np.split(vectors, np.cumsum(sizes)[:-1]), strict=True):
        ids = [f"a{first_key + position + i}" for i in range(size)]
        story = clusterer._new_story(ids[0])
        story_number = story
        words = sf.bag(synthetic.story_words(story_number), "t")
        ents = sf.entity_bag(synthetic.story_entities(story_number))
        day = 19000.0 + story_number / 200.0
        clusterer._absorb(story, centre_vectors.sum(axis=0), words, ents, (day, day + 1), {1: size})
        clusterer.df[words[0]] += size
        clusterer.df[ents[0]] += size
        for i, article_id in enumerate(ids):
            clusterer._article_number[article_id] = first_key + position + i
        clusterer.article_ids.extend(ids)
        clusterer.article_story.extend([story] * size)
        clusterer.article_language.extend([1] * size)
        position += size
    clusterer.n_docs += articles


def measure(clusterer: StoryClusterer, synthetic: Synthetic, queries: int) -> tuple[list[float], int]:
    """Time `assign` for new articles: half follow a random existing story, half start one."""
    times, joined = [], 0
    live = [s for s in range(len(clusterer.story_ids)) if clusterer.parent[s] == s]
    for q in range(queries):
        if q % 2 == 0:
            story = int(synthetic.rng.choice(live))
            centre = clusterer.centroid[story] / np.linalg.norm(clusterer.centroid[story])
            story_number = story
        else:
            centre = synthetic.centres(1)[0]
            story_number = 10**9 + len(clusterer.article_ids)
        vector = synthetic.vectors(centre[None, :], np.array([1]))[0]
        item = StoryItem(
            id=f"q{len(clusterer.article_ids)}", text="", body=synthetic.body(story_number), language="xx",
            date=(19000.0 + story_number / 200.0) * 86400, entities=dict.fromkeys(synthetic.story_entities(story_number), "X"),
            vector=vector,
        )  # fmt: skip
        start = time.perf_counter()
        got = clusterer.assign(item)
        times.append(time.perf_counter() - start)
        joined += q % 2 == 0 and got == clusterer.story_ids[clusterer.root(story)]
    return times, joined


def state_bytes(clusterer: StoryClusterer) -> int:
    n = len(clusterer.story_ids)
    arrays = clusterer.centroid[:n].nbytes + clusterer.size[:n].nbytes + 2 * clusterer.date_lo[:n].nbytes
    bags = sum(h.nbytes + w.nbytes + 200 for h, w in clusterer.words) + sum(
        h.nbytes + w.nbytes + 200 for h, w in clusterer.entities
    )
    return arrays + bags + clusterer.df.nbytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="index sizes to measure at")
    parser.add_argument("--queries", type=int, default=400, help="timed assignments per size")
    parser.add_argument("--no-real", action="store_true", help="skip the real-embedding part")
    args = parser.parse_args()
    started = time.perf_counter()

    if not args.no_real and SHARED.is_dir():
        from veille.resolve.embed import embed

        print("Part 1: real embeddings")
        texts = real_texts()
        t0 = time.perf_counter()
        vectors = embed(texts)
        print(f"  embedded {len(texts)} real texts in {time.perf_counter() - t0:.0f} s")
        recall_on_real(vectors)
        real_assign_latency()

    print("Part 2: synthetic stream (assign latency excludes the embedding, ~10 ms per article)")
    index = VectorIndex(DIM, expansion_add=PREFILL_EXPANSION_ADD)
    clusterer = StoryClusterer(index=index)
    synthetic = Synthetic()
    done = 0
    for size in [int(s) for s in args.sizes.split(",")]:
        took = prefill(clusterer, synthetic, size - done)
        done = size
        times, joined = measure(clusterer, synthetic, args.queries)
        done += args.queries
        n = len(clusterer.article_ids)
        print(
            f"  {n:>9,} articles, {len(clusterer.story_ids):,} stories (prefill {took:.0f} s): assign "
            f"{percentiles(times)}; joined {joined}/{math.ceil(args.queries / 2)}; index "
            f"{index.memory_bytes() / n:.0f} B/article; other state {state_bytes(clusterer) / n:.0f} "
            f"B/article; peak RSS {rss_mb():.0f} MB"
        )
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
