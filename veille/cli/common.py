"""Helpers shared by command modules: consoles, opening an existing store, JSON output, options."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from veille.cli.app import db_path

if TYPE_CHECKING:
    from rich.console import Console

    from veille.store import Store

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")

JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
AnalyzeOption = typer.Option(
    True,
    "--analyze/--no-analyze",
    help="Analyse articles and assign them to stories as they are stored (default), or only store them.",
)
FollowLinksOption = typer.Option(
    False, "--follow-links", help="For feeds, also fetch each (new) entry's page and read the full article."
)
OutputOption = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def check_date(value: str | None, option: str) -> str | None:
    if value is not None and not _DATE.match(value):
        raise typer.BadParameter(
            f"{value!r} is not a date like 2022, 2022-03 or 2022-03-14", param_hint=option
        )
    return value


def open_existing(db: Path | None) -> Store:
    """Open the store for reading; a missing file is an error, not a new empty store."""
    from veille.store import open_store

    path = db_path(db)
    if not path.exists():
        console(stderr=True).print(
            f"no store at {path}: run `veille ingest PATH --db {path}` first", markup=False
        )
        raise typer.Exit(1)
    return open_store(path)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def ingest_stages(analyze: bool) -> list:
    """The stages `veille ingest` and `veille watch` run on each stored batch: analysis and
    story assignment, or none with --no-analyze (the heavy modules are then never imported)."""
    if not analyze:
        return []
    from veille.resolve import stage

    return stage.ingest_stages(analyze)


def print_table(title: str, columns: list[str], rows: list[list]) -> None:
    """A rich table whose cells are plain text (article content is never parsed as markup)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[Text("" if v is None else str(v)) for v in row])
    console().print(table)
