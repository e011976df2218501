"""Crash safety with a real process: kill -9 in the middle of an ingest, then re-run to completion."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N_ARTICLES = 20_000


def write_corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = {
                "id": f"crash-{i}",
                "source": "crash-test",
                "title": f"Dépêche numéro {i}",
                "text": f"PARIS (Reuters) - Ceci est la dépêche {i}, courte et unique.\n\nSecond paragraphe {i}.",
                "published": "2026-03-11",
                "language": "fr",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def count_rows(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or schema not there yet
        return 0


def run_ingest(corpus: Path, db: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "veille",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--json",
            "--batch-size",
            "200",
            "--no-analyze",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def test_an_ingest_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "big.jsonl"
    db = tmp_path / "crash.db"
    write_corpus(corpus, N_ARTICLES)

    proc = run_ingest(corpus, db)
    deadline = time.monotonic() + 60
    while count_rows(db) == 0:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "no rows appeared within 60 s"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    partial = count_rows(db)
    assert 0 < partial < N_ARTICLES, "the kill should land mid-run"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts = conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        assert fts is not None  # raises if the full-text index is out of step with the table
    finally:
        conn.close()

    rerun = run_ingest(corpus, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    summary = json.loads(out)
    assert summary["read"] == N_ARTICLES
    assert summary["rejected"] == 0
    assert summary["stored"] + summary["duplicates"] == N_ARTICLES
    assert summary["duplicates"] >= partial  # everything committed before the kill was kept

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT COUNT(DISTINCT external_id) FROM articles").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
