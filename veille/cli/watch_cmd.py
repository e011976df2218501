"""`veille watch`: poll feeds, files and folders, store every new article. `veille sources`: their state."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from veille.cli.app import DbOption, app, db_path
from veille.cli.common import AnalyzeOption, FollowLinksOption, ingest_stages
from veille.ingest.pipeline import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from rich.console import Console

    from veille.watch.loop import CycleReport
    from veille.watch.sources import SourceState

DEFAULT_INTERVAL = 300.0  # the same values as veille.watch.loop (not imported: keeps --help fast)
DEFAULT_TIMEOUT = 15.0
DEFAULT_SETTLE = 1.0

JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


@app.command()
def watch(
    sources: list[str] | None = typer.Argument(
        None,
        metavar="SOURCE...",
        help="Feed URLs (http/https), local feed or article files, and folders (new files are read).",
        show_default=False,
    ),
    interval: float = typer.Option(
        DEFAULT_INTERVAL,
        "--interval",
        min=0,
        help="Seconds between two polls of a source. After failures it waits interval*2^failures (max 1 h).",
    ),
    once: bool = typer.Option(
        False, "--once", help="Poll every source once now (ignoring its schedule) and exit: 1 if one failed."
    ),
    cycles: int | None = typer.Option(
        None, "--cycles", min=1, help="Stop after this many cycles (each polls the sources then due)."
    ),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT,
        "--timeout",
        min=0.01,
        help="HTTP connect/read timeout in seconds; a feed taking over twice this is recorded as timeout.",
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Largest feed response or file read, in bytes."
    ),
    follow_links: bool = FollowLinksOption,
    settle: float = typer.Option(
        DEFAULT_SETTLE,
        "--settle",
        min=0,
        help="Leave files modified less than this many seconds ago for the next poll (still being written).",
    ),
    analyze: bool = AnalyzeOption,
    status: bool = typer.Option(
        False, "--status", help="Only list the saved state of every watched source (like `veille sources`)."
    ),
    json_out: bool = typer.Option(
        False, "--json", help="With --status: print JSON. Otherwise: one JSON line per poll on stdout."
    ),
    db: Path | None = DbOption,
) -> None:
    """Poll sources at an interval and store every new article (Ctrl-C stops cleanly after the current batch).

    Each source's state (validators, failures, next poll, counts) is kept in the store, so a restart
    resumes where it stopped. Status is shown on stderr: a table on a terminal, else one line per poll.
    """
    if status:
        _show_sources(db, json_out)
        return
    if not sources:
        raise typer.BadParameter("give at least one SOURCE (or --status)", param_hint="SOURCE...")
    from veille.store import open_store
    from veille.watch.loop import WatchConfig, Watcher, handle_signals

    config = WatchConfig(
        interval=interval, timeout=timeout, max_bytes=max_bytes, follow_links=follow_links, settle=settle
    )
    err = _console(stderr=True)
    display = _Display(err, json_out)
    with (
        open_store(db_path(db)) as store,
        Watcher(sources, store, config, stages=ingest_stages(analyze)) as watcher,
    ):
        display.start(watcher.states)

        def on_signal(_signum: int) -> None:
            display.note("stopping after the current batch (Ctrl-C again to abort)")

        try:
            with handle_signals(watcher, on_signal):
                if once:
                    report = watcher.cycle(force=True)
                    display.cycle(report)
                else:
                    watcher.run(cycles=cycles, on_cycle=display.cycle)
        except KeyboardInterrupt:
            display.stop()
            err.print("aborted: every finished batch is stored", markup=False)
            raise typer.Exit(130) from None
        finally:
            display.stop()
    if once and any(s.failing for s in report.polled):
        raise typer.Exit(1)




@app.command()
def sources(
    json_out: bool = JsonOption,
    forget: list[str] | None = typer.Option(
        None, "--forget", help="Stop remembering this watched source (its articles stay). Repeatable."
    ),
    db: Path | None = DbOption,
) -> None:
    """List watched sources and their saved state: status, failures, last and next poll, articles stored."""
    if forget:
        from veille.store import open_store
        from veille.watch.sources import normalise_source

        with open_store(db_path(db)) as store:
            for name in forget:
                if not store.forget_watched_source(normalise_source(name)):
                    _console(stderr=True).print(f"not watched: {name}", markup=False)
                    raise typer.Exit(1)
        return
    _show_sources(db, json_out)


def _show_sources(db: Path | None, json_out: bool) -> None:
    from veille.store import open_store
    from veille.watch.status import state_record, status_table

    path = db_path(db)
    if not path.exists():
        _console(stderr=True).print(f"no store at {path}: nothing is watched yet", markup=False)
        raise typer.Exit(1)
    with open_store(path) as store:
        states = store.watched_sources()
    if json_out:
        sys.stdout.write(json.dumps([state_record(s) for s in states], ensure_ascii=False, indent=2) + "\n")
    elif not states:
        _console().print("no watched sources", markup=False)
    else:
        _console().print(status_table(states))


class _Display:
    """Per-cycle status on stderr: a live rich table on a terminal, else one plain line per polled source."""

    def __init__(self, console: Console, json_lines: bool) -> None:
        self.console = console
        self.json_lines = json_lines
        self.live: Any = None

    def start(self, states: list[SourceState]) -> None:
        if self.console.is_terminal and not self.json_lines:
            from rich.live import Live

            from veille.watch.status import status_table

            self.live = Live(status_table(states, "veille watch"), console=self.console, auto_refresh=False)
            self.live.start(refresh=True)

    def cycle(self, report: CycleReport) -> None:
        from veille.watch.status import state_record, status_line, status_table

        if self.live is not None:
            title = f"veille watch: cycle {report.number} took {report.seconds:.1f}s"
            self.live.update(status_table(report.states, title), refresh=True)
        elif self.json_lines:
            for state in report.polled:
                sys.stdout.write(json.dumps({"cycle": report.number, **state_record(state)}) + "\n")
            sys.stdout.flush()
        else:
            for state in report.polled:
                sys.stderr.write(status_line(state) + "\n")
            sys.stderr.flush()

    def note(self, message: str) -> None:
        if self.live is not None:
            self.live.console.print(message, markup=False)
        else:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
