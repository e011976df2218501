"""Full veille analysis against bare spaCy NER, on the same texts and the same number of processes.

    .venv/bin/python bench/analyze_speed.py --lang en --processes 1
    .venv/bin/python bench/analyze_speed.py --lang fr --processes 2

English texts: the first 150 Guardian articles in ../shared/data/corpora/guardian_en.jsonl. French
texts: the WikiNEuRal validation sentences (../shared/data/ner/wikineural_fr_val.conllu) joined into
paragraphs of 12 sentences, the first 480 of them (about as many words as the English set). Prints
words/s for both and their ratio (goal: veille >= 0.8x bare NER), and the peak resident memory of the
process and its workers (goal: <= 1.5 GB). Then the analysis runs again without event coding
(`analyze_many(..., events=False)`: language, entities, quotes, times and figures, the issue-3
annotations), to print that split: its words/s and ratio to bare NER, and the seconds event coding
(parsing the event sentences and coding them) adds. The timed runs take turns `--repeat` times (3)
and each keeps its fastest round, as this machine's noise only ever slows a run down.

Bare NER runs on veille's own loaded model (`nlp.pipe` with only `ner` enabled), so both sides use
the same kernels (veille routes thinc's matrix products through NumPy's BLAS, one thread per
process; see veille/analyze/nlp.py). Before timing, every text is tokenised once (so neither side
pays for new vocabulary entries) and both sides run on two texts. Afterwards, unless --no-stock,
a separate process times bare NER of the stock model (`spacy.load`, thinc's default kernels) on the
same texts, for reference; it is not part of the peak memory.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
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


def timed(run):
    """Wall-clock seconds of run(), and what it returned."""
    start = time.perf_counter()
    out = run()
    return time.perf_counter() - start, out


def ner_seconds(model, texts: list[str], processes: int) -> float:
    """Wall-clock seconds of bare NER (`nlp.pipe` with only `ner`) over the texts."""
    with model.select_pipes(enable=["ner"]):
        start = time.perf_counter()
        for _ in model.pipe(texts, batch_size=64, n_process=processes):
            pass
        return time.perf_counter() - start


def stock_ner_seconds(texts: list[str], lang: str, processes: int, repeat: int) -> float:
    """Bare NER of the stock spaCy model, as a user of spaCy alone would run it: its fastest round."""
    import spacy

    from veille.analyze.nlp import MODELS

    model = spacy.load(MODELS[lang])
    ner_seconds(model, texts[:2], 1)  # warm
    return min(ner_seconds(model, texts, processes) for _ in range(repeat))


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None,
                        help="number of texts (default: 150 English articles or 480 French paragraphs, ~145k words)")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock-spaCy reference run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the timed runs; each keeps its fastest round (default 3)")
    parser.add_argument("--stock-only", action="store_true", help=argparse.SUPPRESS)  # the reference run
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} is absent: this benchmark reads the shared corpora")
    if args.limit is None:
        args.limit = 150 if args.lang == "en" else 480
    if args.stock_only:
        texts = english_texts(args.limit) if args.lang == "en" else french_texts(args.limit)
        print(stock_ner_seconds(texts, args.lang, args.processes, args.repeat))
        return

    from veille.analyze import nlp
    from veille.analyze.article import analyze_many
    from veille.ingest.build import make_article

    texts = english_texts(args.limit) if args.lang == "en" else french_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    model = nlp._model(args.lang)  # load once, outside both timings
    for text in texts:
        model.make_doc(text)  # the vocabulary of the texts exists before either timing
    warm = [make_article(source="bench", text=t, language=args.lang, fmt="bench") for t in texts[:2]]
    analyze_many(warm, processes=1)
    ner_seconds(model, texts[:2], 1)

    def analysis(events: bool) -> list:
        articles = [make_article(source="bench", text=t, language=args.lang, fmt="bench") for t in texts]
        return analyze_many(articles, processes=args.processes, events=events)

    # The three runs take turns, `--repeat` times, and each keeps its fastest round: noise from
    # other jobs on the machine only ever slows a run down.
    bare = full = annotations = math.inf
    for _ in range(args.repeat):
        bare = min(bare, ner_seconds(model, texts, args.processes))
        seconds, analyses = timed(lambda: analysis(True))
        full = min(full, seconds)
        annotations = min(annotations, timed(lambda: analysis(False))[0])
    peak = peak_mb()

    found = {k: sum(len(getattr(a, k)) for a in analyses) for k in ("entities", "quotes", "times", "figures", "events")}
    print(f"texts: {len(texts)} ({args.lang}), words: {words}, processes: {args.processes}")
    print(f"bare spaCy NER   : {words / bare:8.0f} words/s ({bare:.1f} s, best of {args.repeat})")
    print(f"veille analysis  : {words / full:8.0f} words/s ({full:.1f} s, best of {args.repeat})  found {found}")
    print(f"ratio veille/NER : {bare / full:.2f}  (goal >= 0.80)")
    print(f"annotations without event coding: {words / annotations:8.0f} words/s ({annotations:.1f} s; language, "
          f"entities, quotes, times, figures), ratio to NER {bare / annotations:.2f}")
    print(f"event coding (parse): {max(0.0, full - annotations):.1f} s (full analysis minus the annotations)")
    print(f"peak memory      : {peak:.0f} MB (process + workers; goal <= 1536)")
    if not args.no_stock:
        cmd = [sys.executable, __file__, "--stock-only", "--lang", args.lang, "--processes", str(args.processes),
               "--limit", str(args.limit), "--repeat", str(args.repeat)]
        stock = float(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()[-1])
        print(f"stock spaCy NER  : {words / stock:8.0f} words/s ({stock:.1f} s; thinc's default kernels, "
              f"separate process); veille/stock {stock / full:.2f}")


if __name__ == "__main__":
    main()
