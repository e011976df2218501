"""The Typer apps every command module attaches to. Command modules import heavy libraries lazily."""

import os
from pathlib import Path

import typer

app = typer.Typer(
    help="veille: news monitoring. Ingest wire reports, pages, feeds and JSON Lines; "
    "follow stories, entities, quotes and events across languages.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score veille on gold data (see docs/accuracy.md).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DEFAULT_DB = "veille.db"

DbOption = typer.Option(
    None,
    "--db",
    help="SQLite store to use. Default: $VEILLE_DB, else ./veille.db.",
    show_default=False,
)


def db_path(db: Path | None) -> Path:
    """Resolve --db, then $VEILLE_DB, then ./veille.db."""
    if db is not None:
        return db
    return Path(os.environ.get("VEILLE_DB", DEFAULT_DB))
