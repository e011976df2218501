"""Full veille analysis against bare spaCy NER, on the same texts and the same number of processes.

    .venv/bin/python bench/analyze_speed.py --lang en --processes 1
    .venv/bin/python bench/analyze_speed.py --lang fr --processes 2

English texts: the Guardian articles in ../shared/data/corpora/guardian_en.jsonl. French texts: the
WikiNEuRal validation sentences (../shared/data/ner/wikineural_fr_val.conllu) joined into
paragraphs of 12 sentences. Prints words/s for both and their ratio (goal: veille >= 0.8x bare
NER), and the peak resident memory of the process and its workers (goal: <= 1.5 GB).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def english_texts(limit: int) -> list[str]:
    texts = []
    with open(DATA / "corpora" / "guardian_en.jsonl", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def french_texts(limit: int) -> list[str]:
    sentences, words = [], []
    for line in open(DATA / "ner" / "wikineural_fr_val.conllu", encoding="utf-8"):
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append(" ".join(words))
                words = []
            continue
        cols = line.split("\t")
        if len(cols) > 1 and cols[0].isdigit():
            words.append(cols[1])
    texts = [" ".join(sentences[i : i + 12]) for i in range(0, len(sentences), 12)]
    return texts[:limit]


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=150, help="number of texts")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} is absent: this benchmark reads the shared corpora")

    from veille.analyze import nlp
    from veille.analyze.article import analyze_many
    from veille.ingest.build import make_article

    texts = english_texts(args.limit) if args.lang == "en" else french_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    model = nlp._model(args.lang)  # load once, outside both timings

    start = time.perf_counter()
    with model.select_pipes(enable=["ner"]):
        for _ in model.pipe(texts, batch_size=64, n_process=args.processes):
            pass
    bare = time.perf_counter() - start

    articles = [make_article(source="bench", text=t, language=args.lang, fmt="bench") for t in texts]
    start = time.perf_counter()
    analyses = analyze_many(articles, processes=args.processes)
    full = time.perf_counter() - start

    found = {k: sum(len(getattr(a, k)) for a in analyses) for k in ("entities", "quotes", "times", "figures", "events")}
    print(f"texts: {len(texts)} ({args.lang}), words: {words}, processes: {args.processes}")
    print(f"bare spaCy NER   : {words / bare:8.0f} words/s ({bare:.1f} s)")
    print(f"veille analysis  : {words / full:8.0f} words/s ({full:.1f} s)  found {found}")
    print(f"ratio veille/NER : {bare / full:.2f}  (goal >= 0.80)")
    print(f"peak memory      : {peak_mb():.0f} MB (process + workers; goal <= 1536)")


if __name__ == "__main__":
    main()
