"""`veille watch` against a real HTTP server on 127.0.0.1 and real folders: new entries only, 304,
errors, hangs, backoff, restarts, and a real `veille watch` subprocess going through every phase."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import (
    app,
    watch_cmd,  # noqa: F401  (registers watch and sources until veille.cli imports it)
)
from veille.store import open_store
from veille.watch.loop import WatchConfig, Watcher
from veille.watch.sources import MAX_BACKOFF, backoff_delay

# Invented dispatches: entry n of the test feed.
DISPATCHES = {
    1: (
        "Le port de Brest rouvre après la tempête",
        "Les ferries ont repris leurs rotations vers l'Irlande mardi matin, a indiqué la capitainerie.",
    ),
    2: (
        "Grève des contrôleurs aériens à Marseille",
        "Une centaine de vols ont été annulés lundi à l'aéroport de Marignane, selon la direction.",
    ),
    3: (
        "Heavy snow closes Alpine passes",
        "Three mountain passes between Switzerland and Italy were closed on Wednesday after heavy snow.",
    ),
    4: (
        "Vote sur le budget régional reporté",
        "Le conseil régional a décidé jeudi de reporter d'une semaine l'examen du budget des transports.",
    ),
    5: (
        "Wheat harvest beats forecasts",
        "Farmers in the plains reported yields well above the spring estimates, the ministry said on Friday.",
    ),
}

WIRE = """OSLO (Reuters) - Norway's fishing fleet returned to port on {day} after a week of storms in the
North Sea, the coastguard said.

"Every boat is accounted for," a coastguard spokeswoman said in a statement.

(Reporting by Ingrid Solberg; Editing by Tom Hale)
"""

FAST = dict(interval=0, timeout=0.3, settle=0)


def rss(numbers: list[int], base: str = "http://news.invalid") -> bytes:
    items = "".join(
        f"<item><title>{DISPATCHES[n][0]}</title><link>{base}/page/{n}</link><guid>urn:test:{n}</guid>"
        f"<description>{DISPATCHES[n][1]}</description></item>"
        for n in numbers
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>'
    return f"{head}{items}</channel></rss>".encode()


class FeedServer:
    """The test's feed, served for real. `mode`: feed | 500 | hang | trickle | empty | big, or a `script`."""

    def __init__(self) -> None:
        self.entries: list[int] = [1, 2]
        self.mode = "feed"
        self.hang = 3.0
        self.trickle = 30
        self.requests: list[dict[str, str]] = []  # headers of each feed request
        self.pages: list[str] = []  # paths of the entry pages asked for
        self.script: Callable[[int, BaseHTTPRequestHandler], str] | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.startswith("/page/"):
                    server.pages.append(self.path)
                    return server.page(self, int(self.path.rsplit("/", 1)[1]))
                server.requests.append(dict(self.headers.items()))
                mode = server.script(len(server.requests), self) if server.script else server.mode
                try:
                    server.answer(self, mode)
                except OSError:  # the client gave up (timeout): nothing to answer
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = f"{self.base}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def body(self) -> bytes:
        return rss(self.entries, self.base)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:12] + '"'

    def page(self, handler: BaseHTTPRequestHandler, n: int) -> None:
        """The full article behind entry n: its summary plus three paragraphs of its own."""
        title, summary = DISPATCHES[n]
        more = "".join(
            f"<p>{summary} Paragraph {k} adds detail number {k} on item {n}.</p>" for k in (1, 2, 3)
        )
        body = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{summary}</p>"
        body = (body + more + "</article></body></html>").encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def answer(self, handler: BaseHTTPRequestHandler, mode: str) -> None:
        if mode == "hang":
            time.sleep(self.hang)
            return
        if mode == "500":
            handler.send_response(500)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if mode == "trickle":  # headers at once, then one byte every 0.1 s: no read ever times out
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            handler.end_headers()
            for byte in self.body[: self.trickle]:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.1)
            return
        if mode == "feed" and handler.headers.get("If-None-Match") == self.etag:
            handler.send_response(304)
            handler.end_headers()
            return
        bodies = {
            "feed": self.body,
            "empty": b"<rss><channel><title>Nothing yet</title></channel></rss>",
            "big": b"<rss>" + b" " * 5000,
        }
        body = bodies[mode]
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("ETag", '"' + hashlib.sha256(body).hexdigest()[:12] + '"')
        handler.send_header("Last-Modified", "Mon, 02 Mar 2026 08:00:00 GMT")
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "watch.db") as s:
        yield s


def count_from(store, prefix: str) -> int:
    return sum(1 for a in store.iter_articles() if a.source.startswith(prefix))


def drop(folder: Path, name: str, text: str) -> Path:
    """Write a file the safe way: a hidden temporary name, then an atomic rename."""
    tmp = folder / f".{name}.tmp"
    tmp.write_text(text, encoding="utf-8")
    return tmp.replace(folder / name)


# ---- scheduling ----


def test_backoff_doubles_per_failure_and_is_capped_at_an_hour():
    assert [backoff_delay(300, n) for n in range(5)] == [300, 600, 1200, 2400, MAX_BACKOFF]
    assert backoff_delay(300, 500) == MAX_BACKOFF
    assert backoff_delay(7200, 3) == 7200  # an interval longer than the cap is never shortened


# ---- feeds ----


def test_a_feed_gives_its_entries_then_only_new_ones_then_nothing_on_304(feed, store):
    with Watcher([feed.url], store, WatchConfig(**FAST)) as watcher:
        first = watcher.cycle().polled[0]
        assert (first.last_status, first.last_new, count_from(store, feed.url)) == ("ok", 2, 2)
        feed.entries = [1, 2, 3]
        second = watcher.cycle().polled[0]
        assert (second.last_new, second.articles, count_from(store, feed.url)) == (1, 3, 3)
        third = watcher.cycle().polled[0]
    assert third.last_status == "not-modified" and third.last_new == 0
    assert feed.requests[-1]["If-None-Match"] == feed.etag
    assert count_from(store, feed.url) == 3


def test_follow_links_fetches_the_pages_of_new_entries_only(feed, store):
    with Watcher([feed.url], store, WatchConfig(**FAST, follow_links=True)) as watcher:
        assert watcher.cycle().polled[0].last_new == 2
        feed.entries = [1, 2, 3]
        state = watcher.cycle().polled[0]
    assert (state.last_new, state.articles) == (1, 3)
    assert feed.pages == ["/page/1", "/page/2", "/page/3"]
    assert all("Paragraph 3 adds detail" in a.text for a in store.iter_articles())  # the pages, not summaries


def test_a_failing_then_hanging_feed_never_holds_up_a_folder(feed, store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with Watcher([feed.url, str(inbox)], store, WatchConfig(**FAST)) as watcher:
        watcher.cycle()
        feed.mode = "500"
        drop(inbox, "monday.txt", WIRE.format(day="Monday"))
        failing = {s.kind: s for s in watcher.cycle().polled}
        assert failing["feed"].last_status == "error: HTTP 500" and failing["folder"].last_new == 1
        feed.mode = "hang"
        drop(inbox, "tuesday.txt", WIRE.format(day="Tuesday"))
        report = watcher.cycle()
    hanging = {s.kind: s for s in report.polled}
    assert hanging["feed"].last_status == "timeout" and hanging["feed"].failures == 2
    assert hanging["folder"].last_new == 1 and hanging["folder"].last_status == "ok"
    assert report.seconds < 2  # bounded by the timeout, not by the 3 s the server sleeps
    assert count_from(store, feed.url) == 2 and count_from(store, str(inbox)) == 2


def test_a_feed_trickling_bytes_is_cut_off_after_twice_the_timeout(feed, store):
    feed.mode, feed.trickle = "trickle", 12  # 1.2 s of body, no read ever waits 0.3 s
    with Watcher([feed.url], store, WatchConfig(**FAST)) as watcher:
        report = watcher.cycle()
        assert report.polled[0].last_status == "timeout" and report.seconds < 1.1
        again = watcher.cycle()  # the abandoned fetch still runs: no second request piles up
        assert again.polled[0].last_status == "timeout" and len(feed.requests) == 1
        time.sleep(1.0)  # the trickle ends; its late answer is dropped
        feed.mode = "feed"
        healed = watcher.cycle().polled[0]
    assert (healed.last_status, healed.last_new, len(feed.requests)) == ("ok", 2, 2)


def test_unreadable_and_oversized_responses_are_errors_of_that_source(feed, store):
    with Watcher([feed.url], store, WatchConfig(**FAST, max_bytes=1000)) as watcher:
        feed.mode = "empty"
        assert watcher.cycle().polled[0].last_status == "error: empty: feed has no entries"
        assert store.watched_source(feed.url).etag is None  # an unreadable answer's validators are not kept
        feed.mode = "big"
        assert watcher.cycle().polled[0].last_status.startswith("error: too_large")
        feed.mode = "feed"
        healed = watcher.cycle().polled[0]
    assert (healed.last_status, healed.failures, healed.last_new) == ("ok", 0, 2)


def test_backoff_grows_on_consecutive_failures_and_resets_on_success(feed, store):
    now = [1_000_000.0]
    feed.mode = "500"
    config = WatchConfig(interval=10, timeout=0.5, max_backoff=60)
    with Watcher([feed.url], store, config, clock=lambda: now[0]) as watcher:
        waits = []
        for _ in range(4):
            state = watcher.cycle().polled[0]
            waits.append(state.next_poll - now[0])
            assert watcher.cycle().polled == []  # not due yet
            now[0] = state.next_poll
        assert waits == [20, 40, 60, 60] and state.failures == 4
        feed.mode = "feed"
        healed = watcher.cycle().polled[0]
    assert (healed.failures, healed.next_poll - now[0], healed.last_status) == (0, 10, "ok")
    assert store.watched_source(feed.url).failures == 0


def test_validators_and_schedule_persist_across_restarts(feed, tmp_path):
    db = tmp_path / "restart.db"
    with open_store(db) as store, Watcher([feed.url], store, WatchConfig(interval=300, timeout=1)) as w:
        assert w.cycle().polled[0].last_new == 2
    with open_store(db) as store, Watcher([feed.url], store, WatchConfig(interval=300, timeout=1)) as w:
        saved = store.watched_source(feed.url)
        assert saved.etag == feed.etag and saved.last_modified == "Mon, 02 Mar 2026 08:00:00 GMT"
        assert w.cycle().polled == []  # next poll is 300 s away: a restart does not poll early
        forced = w.cycle(force=True).polled[0]
    assert forced.last_status == "not-modified" and forced.articles == 2
    assert feed.requests[-1]["If-None-Match"] == feed.etag
    assert feed.requests[-1]["If-Modified-Since"] == "Mon, 02 Mar 2026 08:00:00 GMT"


def test_a_failing_stage_rolls_back_that_source_only_and_keeps_its_validators(feed, store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    drop(inbox, "oslo.txt", WIRE.format(day="Sunday"))
    seen: list[str] = []

    def stage(_store, articles) -> None:
        if any(a.source == feed.url for a in articles):
            raise RuntimeError("analysis crashed")
        seen.extend(a.source for a in articles)

    with Watcher([feed.url, str(inbox)], store, WatchConfig(**FAST), stages=[stage]) as watcher:
        states = {s.kind: s for s in watcher.cycle().polled}
    assert states["feed"].last_status == "error: RuntimeError: analysis crashed"
    assert states["feed"].etag is None and count_from(store, feed.url) == 0  # all or nothing
    assert states["folder"].last_new == 1 and seen == [str(inbox / "oslo.txt")]


# ---- folders and files ----


def test_a_folder_gives_only_new_or_changed_files(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = drop(inbox, "a.txt", WIRE.format(day="Monday"))
    drop(inbox, "b.txt", WIRE.format(day="Tuesday"))
    (inbox / ".half-written.txt").write_text(WIRE.format(day="Friday"), encoding="utf-8")
    with Watcher([str(inbox)], store, WatchConfig(**FAST)) as watcher:
        assert watcher.cycle().polled[0].last_new == 2
        assert watcher.cycle().polled[0].last_new == 0
        drop(inbox, "c.txt", WIRE.format(day="Wednesday"))
        assert watcher.cycle().polled[0].last_new == 1
        os.utime(first, (time.time() + 5, time.time() + 5))  # touched, same bytes
        assert watcher.cycle().polled[0].last_new == 0
        first.write_text(WIRE.format(day="Thursday"), encoding="utf-8")
        assert watcher.cycle().polled[0].last_new == 1
        (inbox / "b.txt").unlink()
        state = watcher.cycle().polled[0]
    assert state.articles == 4 and store.count_articles() == 4
    assert sorted(Path(p).name for p in store.seen_files(str(inbox))) == ["a.txt", "c.txt"]


def test_a_store_inside_the_watched_folder_is_not_read_as_input(tmp_path):
    drop(tmp_path, "note.txt", WIRE.format(day="Friday"))
    with open_store(tmp_path / "here.db") as store, Watcher([str(tmp_path)], store, WatchConfig(**FAST)) as w:
        assert [w.cycle().polled[0].last_new for _ in range(2)] == [1, 0]
        assert store.count_rejects() == 0 and list(store.seen_files(str(tmp_path))) == [
            str(tmp_path / "note.txt")
        ]


def test_files_still_being_written_wait_for_the_next_poll(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "fresh.txt").write_text(WIRE.format(day="Monday"), encoding="utf-8")
    with Watcher([str(inbox)], store, WatchConfig(interval=0, settle=30)) as watcher:
        assert watcher.cycle().polled[0].last_new == 0
        old = time.time() - 60
        os.utime(inbox / "fresh.txt", (old, old))
        assert watcher.cycle().polled[0].last_new == 1


def test_a_local_feed_file_is_read_again_only_when_it_changes(store, tmp_path):
    path = tmp_path / "saved.xml"
    path.write_bytes(rss([1, 2]))
    with Watcher([str(path)], store, WatchConfig(**FAST)) as watcher:
        assert [watcher.cycle().polled[0].last_status for _ in range(2)] == ["ok", "not-modified"]
        path.write_bytes(rss([1, 2, 4]))
        grown = watcher.cycle().polled[0]
        path.unlink()
        missing = watcher.cycle().polled[0]
    assert (grown.kind, grown.last_new, grown.articles) == ("file", 1, 3)
    assert missing.last_status == "error: no such file or directory" and missing.failures == 1


def test_stop_ends_a_sleeping_run_at_once(store, tmp_path):
    with Watcher([str(tmp_path / "nothing")], store, WatchConfig(interval=60)) as watcher:
        threading.Timer(0.2, watcher.stop).start()
        started = time.monotonic()
        assert watcher.run() == 1
    assert time.monotonic() - started < 2


# ---- command line ----

runner = CliRunner()


def test_sources_lists_the_saved_state_and_once_exits_1_when_a_source_fails(feed, tmp_path):
    db, inbox = str(tmp_path / "cli.db"), tmp_path / "inbox"
    inbox.mkdir()
    feed.mode = "500"
    args = ["watch", feed.url, str(inbox), "--once", "--no-analyze", "--db", db, "--timeout", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert f"{feed.url} error: HTTP 500 new=0 total=0" in result.output
    listed = json.loads(runner.invoke(app, ["sources", "--json", "--db", db]).stdout)
    assert {(s["source"], s["status"], s["failures"]) for s in listed} == {
        (feed.url, "error: HTTP 500", 1),
        (str(inbox), "ok", 0),
    }
    assert json.loads(runner.invoke(app, ["watch", "--status", "--json", "--db", db]).stdout) == listed
    assert runner.invoke(app, ["sources", "--forget", feed.url, "--db", db]).exit_code == 0
    remaining = json.loads(runner.invoke(app, ["sources", "--json", "--db", db]).stdout)
    assert [s["source"] for s in remaining] == [str(inbox)]


VEILLE = [sys.executable, "-c", "import veille.cli.watch_cmd; from veille.cli import main; main()"]


def test_veille_watch_subprocess_ingests_exactly_the_new_entries_through_every_failure(feed, tmp_path):
    """Phases by request: entries 1-2, then 3 appears, 304, 500, a hang past the timeout, entry 4.

    Before answering, the server counts the feed's articles in the store (WAL lets it read while
    the watcher writes) and, during the 500 and the hang, drops a new file in the watched folder.
    """
    db, inbox = tmp_path / "sub.db", tmp_path / "inbox"
    inbox.mkdir()
    drop(inbox, "before.txt", WIRE.format(day="Saturday"))
    counts: list[int] = []
    phases = {  # request number -> (entries, answer)
        1: ([1, 2], "feed"),
        2: ([1, 2, 3], "feed"),
        3: ([1, 2, 3], "feed"),
        4: ([], "500"),
        5: ([], "hang"),
        6: ([1, 2, 3, 5], "feed"),
    }

    def script(n: int, _handler: BaseHTTPRequestHandler) -> str:
        with closing(sqlite3.connect(db)) as conn:
            query = "SELECT COUNT(*) FROM articles WHERE source = ?"
            counts.append(conn.execute(query, (feed.url,)).fetchone()[0])
        entries, mode = phases.get(n, ([1, 2, 3, 5], "feed"))
        if entries:
            feed.entries = entries
        if mode in ("500", "hang"):
            drop(inbox, f"during-{mode}.txt", WIRE.format(day=f"day {n}"))
        return mode

    feed.script, feed.hang = script, 1.5
    options = "--cycles 6 --interval 0 --timeout 0.5 --settle 0 --no-analyze"
    args = ["watch", feed.url, str(inbox), *options.split(), "--db", str(db)]
    done = subprocess.run(VEILLE + args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert counts == [0, 2, 3, 3, 3, 3]  # what the store held when each request came in
    tags = ['"' + hashlib.sha256(rss(e, feed.base)).hexdigest()[:12] + '"' for e in ([1, 2], [1, 2, 3])]
    assert [r.get("If-None-Match") for r in feed.requests[:3]] == [None, *tags]  # conditional GETs
    lines = [line for line in done.stderr.splitlines() if line.startswith(feed.url)]
    statuses = [line.split(" new=")[0].removeprefix(feed.url + " ") for line in lines]
    assert statuses == ["ok", "ok", "not-modified", "error: HTTP 500", "timeout", "ok"]
    assert [int(line.split(" new=")[1].split()[0]) for line in lines] == [2, 1, 0, 0, 0, 1]
    with open_store(db) as store:
        assert count_from(store, feed.url) == 4
        names = sorted(Path(a.source).name for a in store.iter_articles() if a.source.startswith(str(inbox)))
        assert names == ["before.txt", "during-500.txt", "during-hang.txt"]
        state = store.watched_source(feed.url)
        assert (state.last_status, state.failures, state.articles) == ("ok", 0, 4)


def test_veille_watch_exits_0_on_sigint_and_sigterm(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    procs = {
        signum: subprocess.Popen(
            VEILLE
            + [
                "watch",
                str(inbox),
                "--interval",
                "60",
                "--no-analyze",
                "--db",
                str(tmp_path / f"{signum}.db"),
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    for signum, proc in procs.items():
        first = proc.stderr.readline()  # the first cycle is done; the watcher sleeps for 60 s
        assert first.startswith(f"{inbox} ok new=0")
        proc.send_signal(signum)
    for proc in procs.values():
        assert proc.wait(timeout=10) == 0
        assert "stopping after the current batch" in proc.stderr.read()
