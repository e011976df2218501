"""Showing watched sources: a rich table (terminals, `veille sources`) or one plain line per source (logs)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from veille.watch.sources import NOT_MODIFIED, OK, PENDING, TIMEOUT, SourceState, iso_time

if TYPE_CHECKING:
    from rich.table import Table

_STYLES = {OK: "green", NOT_MODIFIED: "cyan", PENDING: "dim", TIMEOUT: "yellow"}


def status_line(state: SourceState) -> str:
    """`source status new=N total=N next=ISO` (plus failures when failing)."""
    line = (
        f"{state.source} {state.last_status} new={state.last_new} total={state.articles} "
        f"next={iso_time(state.next_poll)}"
    )
    if state.failures:
        line += f" failures={state.failures}"
    return line


def state_record(state: SourceState) -> dict[str, Any]:
    """The JSON form of a source's state (times as ISO UTC)."""
    return {
        "source": state.source,
        "kind": state.kind,
        "status": state.last_status,
        "failures": state.failures,
        "last_poll": iso_time(state.last_poll) or None,
        "next_poll": iso_time(state.next_poll) or None,
        "new": state.last_new,
        "articles": state.articles,
        "etag": state.etag,
        "last_modified": state.last_modified,
    }


def _clock(epoch: float | None) -> str:
    if not epoch:
        return ""
    moment = datetime.fromtimestamp(epoch)
    return moment.strftime("%H:%M:%S" if moment.date() == datetime.now().date() else "%Y-%m-%d %H:%M")


def status_table(states: list[SourceState], title: str | None = None) -> Table:
    """A rich table of sources; values are plain Text (never parsed as markup)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", expand=False)
    for name, justify in (
        ("source", "left"),
        ("kind", "left"),
        ("status", "left"),
        ("new", "right"),
        ("total", "right"),
        ("fails", "right"),
        ("last poll", "left"),
        ("next poll", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")
    for s in states:
        style = _STYLES.get(s.last_status, "red")
        table.add_row(
            Text(s.source),
            Text(s.kind),
            Text(s.last_status, style=style),
            Text(str(s.last_new)),
            Text(str(s.articles)),
            Text(str(s.failures) if s.failures else ""),
            Text(_clock(s.last_poll)),
            Text(_clock(s.next_poll)),
        )
    return table
