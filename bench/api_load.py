"""Load on `veille serve`: many concurrent clients on loopback, latency per endpoint class.

    .venv/bin/python bench/api_load.py [--clients 200] [--seconds 60] [--workers 2] [--think 0]

Builds (once, cached under /tmp/veille-bench/) a store of --articles articles: the first
--analysed Guardian articles of ../shared/data/corpora/guardian_en.jsonl through the full
pipeline (analysis, entities, stories: real story pages), then copies of the whole corpus with a
unique id, a shifted date and a varied closing line, stored with `--no-analyze` (in the search
index and the article count, in no story). Then starts `veille serve --workers W` on 127.0.0.1
and runs --clients asyncio clients (keep-alive HTTP/1.1, one connection each) for --seconds. Each client loops: pick a class at
random, request it, wait --think seconds. Classes:

  story_html   GET /stories/{id}           (a random story)
  story_json   GET /api/stories/{id}
  list         GET /api/stories?limit=20&offset=K  (K random within the story count)

Prints requests/s, p50/p95/p99 latency and errors per class. Goal: 0 errors and p95 <= 100 ms for
story_html. The clients share the machine with the server (2 cores here): their CPU is not the
server's, so numbers are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "guardian_en.jsonl"
CACHE = Path("/tmp/veille-bench")
VEILLE = [sys.executable, "-m", "veille"]


def build_store(db: Path, articles: int, analysed: int) -> None:
    """The bench store; see the module docstring. Skipped when `db` exists."""
    if db.exists():
        return
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    work = db.parent / (db.stem + "-input")
    work.mkdir(parents=True, exist_ok=True)
    first, copies = work / "analysed.jsonl", work / "copies"
    copies.mkdir(exist_ok=True)
    # an interrupted build resumes: articles already stored come back as duplicates
    building = db.with_name(db.name + ".building")
    with first.open("w", encoding="utf-8") as out:
        for record in records[:analysed]:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    shard = None
    for n in range(max(0, articles - analysed)):
        if n % 1000 == 0:  # files of 1000 articles stay under ingest's 20 MB per input
            if shard:
                shard.close()
            shard = (copies / f"part-{n // 1000:03d}.jsonl").open("w", encoding="utf-8")
        record = dict(records[n % len(records)])
        copy = n // len(records) + 1
        record["id"] = f"{record['id']}-bench{copy}"
        if record.get("published"):
            year, rest = record["published"][:4], record["published"][4:]
            record["published"] = f"{int(year) - copy % 5}{rest}"
        record["text"] = f"{record['text']}\n\n(Bench copy {copy}: filed for the load test.)"
        shard.write(json.dumps(record, ensure_ascii=False) + "\n")
    if shard:
        shard.close()
    started = time.monotonic()
    subprocess.run([*VEILLE, "ingest", str(first), "--db", str(building)], check=True)
    print(f"analysed {analysed} articles in {time.monotonic() - started:.0f} s", file=sys.stderr)
    started = time.monotonic()
    subprocess.run([*VEILLE, "ingest", str(copies), "--db", str(building), "--no-analyze"], check=True)
    print(f"stored {articles - analysed} copies in {time.monotonic() - started:.0f} s", file=sys.stderr)
    for suffix in ("", "-wal", "-shm", ".stories"):
        source = Path(str(building) + suffix)
        if source.exists():
            source.rename(Path(str(db) + suffix))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "VEILLE_TOKEN"}
    proc = subprocess.Popen(
        [*VEILLE, "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)], env=env
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("veille serve did not come up")


def story_ids(base: str) -> tuple[list[str], int]:
    ids, offset, total = [], 0, 1
    while offset < total:
        page = httpx.get(f"{base}/api/stories", params={"limit": 100, "offset": offset}, timeout=30).json()
        total = page["total"]
        ids += [s["id"] for s in page["items"]]
        offset += 100
    return ids, total


class Connection:
    """A minimal keep-alive HTTP/1.1 GET client on one socket. httpx's pool costs more CPU per
    request than the server does on a 2-core machine; this keeps the load generator light."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length, close = 0, False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                raise RuntimeError("chunked responses are not expected from veille serve")
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        await self.reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client(
    host: str, port: int, ids: list[str], total: int, until: float, think: float, results: dict
) -> None:
    rng = random.Random()
    conn = Connection(host, port)
    while time.monotonic() < until:
        kind = rng.choice(("story_html", "story_json", "list"))
        if kind == "story_html":
            url = f"/stories/{rng.choice(ids)}"
        elif kind == "story_json":
            url = f"/api/stories/{rng.choice(ids)}"
        else:
            url = f"/api/stories?limit=20&offset={rng.randrange(max(total - 20, 1))}"
        started = time.perf_counter()
        try:
            ok = await asyncio.wait_for(conn.get(url), 30) == 200
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, RuntimeError):
            ok = False
            await conn.close()
        elapsed = time.perf_counter() - started
        results[kind]["latencies"].append(elapsed)
        if not ok:
            results[kind]["errors"] += 1
        if think:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
    await conn.close()


async def run_load(base: str, clients: int, seconds: float, think: float, ids: list[str], total: int) -> dict:
    results = {k: {"latencies": [], "errors": 0} for k in ("story_html", "story_json", "list")}
    url = httpx.URL(base)
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(client(url.host, url.port or 80, ids, total, until, think, results) for _ in range(clients))
    )
    return results


def warm_up(base: str, ids: list[str], rounds: int = 4) -> None:
    """Every story page and JSON a few times, so each server process has rendered them once."""

    async def run() -> None:
        url = httpx.URL(base)
        conns = [Connection(url.host, url.port or 80) for _ in range(8)]
        paths = [p for i in ids for p in (f"/stories/{i}", f"/api/stories/{i}")] * rounds
        for n in range(0, len(paths), len(conns)):
            await asyncio.gather(*(c.get(p) for c, p in zip(conns, paths[n : n + len(conns)], strict=False)))
        for c in conns:
            await c.close()

    asyncio.run(run())


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(results: dict, seconds: float) -> list[dict]:
    rows = []
    for kind, data in results.items():
        lat = data["latencies"]
        rows.append(
            {
                "class": kind,
                "requests": len(lat),
                "rps": round(len(lat) / seconds, 1),
                "p50_ms": round(1000 * percentile(lat, 0.50), 1),
                "p95_ms": round(1000 * percentile(lat, 0.95), 1),
                "p99_ms": round(1000 * percentile(lat, 0.99), 1),
                "mean_ms": round(1000 * statistics.fmean(lat), 1) if lat else None,
                "errors": data["errors"],
            }
        )
    print(f"{'class':<12}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for r in rows:
        print(
            f"{r['class']:<12}{r['requests']:>10}{r['rps']:>9}{r['p50_ms']:>9}{r['p95_ms']:>9}"
            f"{r['p99_ms']:>9}{r['errors']:>8}"
        )
    total = sum(r["requests"] for r in rows)
    print(f"{'all':<12}{total:>10}{round(total / seconds, 1):>9}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=60, help="how long the load lasts")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's requests (s)")
    parser.add_argument("--workers", type=int, default=2, help="`veille serve --workers`")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the bench store")
    parser.add_argument("--analysed", type=int, default=249, help="of which through the full pipeline")
    parser.add_argument("--db", type=Path, help="serve this store instead of building the bench store")
    parser.add_argument("--url", help="load this running server instead of starting one")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()

    server = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        db = args.db or CACHE / f"bench-{args.articles}-{args.analysed}.db"
        if args.db is None:
            if not CORPUS.is_file():
                print(f"missing {CORPUS}", file=sys.stderr)
                return 2
            db.parent.mkdir(parents=True, exist_ok=True)
            build_store(db, args.articles, args.analysed)
        port = free_port()
        server = start_server(db, port, args.workers)
        base = f"http://127.0.0.1:{port}"
    try:
        articles = httpx.get(f"{base}/api/search", params={"q": "the", "limit": 1}, timeout=60).json()[
            "total"
        ]
        ids, total = story_ids(base)
        print(
            f"server {base}: {total} stories, ~{articles} articles matching 'the'; "
            f"{args.clients} clients for {args.seconds:.0f} s, think {args.think} s, {args.workers} workers",
            file=sys.stderr,
        )
        warm_up(base, ids)
        results = asyncio.run(run_load(base, args.clients, args.seconds, args.think, ids, total))
        rows = report(results, args.seconds)
        if args.json:
            print(json.dumps(rows))
        return 0 if all(r["errors"] == 0 for r in rows) else 1
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
