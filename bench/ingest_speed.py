"""Ingest speed: articles per second and peak memory, without analysis.

    .venv/bin/python bench/ingest_speed.py [--articles 10000] [--shards 10]

Repeats ../shared/data/corpora/guardian_en.jsonl (249 articles) up to --articles, giving each copy
a unique id and a slightly different text so that none is a duplicate, writes it as --shards
JSONL files in a temporary folder, and ingests that folder into a fresh store. The goal is
>= 500 articles/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from veille.ingest.pipeline import STAGES, ingest
from veille.store import open_store

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpora" / "guardian_en.jsonl"


def make_corpus(folder: Path, total: int, shards: int) -> int:
    """Write `total` distinct articles in `shards` files; return the bytes written."""
    base = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_shard = -(-total // shards)
    written = 0
    handles = [(folder / f"part-{i:03d}.jsonl").open("w", encoding="utf-8") for i in range(shards)]
    try:
        for n in range(total):
            record = dict(base[n % len(base)])
            copy = n // len(base)
            record["id"] = f"{record['id']}-copy{copy}"
            record["text"] = f"{record['text']}\n\n(Copy {copy} of this report for the benchmark.)"
            line = json.dumps(record, ensure_ascii=False) + "\n"
            handles[n // per_shard].write(line)
            written += len(line.encode("utf-8"))
    finally:
        for handle in handles:
            handle.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles to ingest")
    parser.add_argument("--shards", type=int, default=10, help="how many JSONL files to spread them over")
    parser.add_argument("--batch-size", type=int, default=500, help="articles per transaction")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"missing {CORPUS}", file=sys.stderr)
        return 2
    STAGES.clear()  # no analysis: this measures reading and storing
    with tempfile.TemporaryDirectory(prefix="veille-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        size = make_corpus(folder, args.articles, args.shards)
        with open_store(Path(tmp) / "bench.db") as store:
            start, cpu_start = time.perf_counter(), time.process_time()
            summary = ingest([str(folder)], store, batch_size=args.batch_size)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            assert store.count_articles() == summary.stored, "store and summary disagree"
            db_size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input: {args.articles} articles in {args.shards} JSONL files, {size / 1e6:.1f} MB")
    print(summary.line())
    print(f"time: {elapsed:.2f} s -> {summary.read / elapsed:.0f} articles/s")
    print(
        f"cpu: {cpu:.2f} s -> {summary.read / cpu:.0f} articles per CPU second (less sensitive to other load)"
    )
    print(f"peak RSS: {peak_mb:.0f} MB; store on disk: {db_size / 1e6:.1f} MB")
    ok = summary.stored == args.articles and summary.rejected == 0
    if not ok:
        print(f"unexpected: reasons {dict(summary.reasons)}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
