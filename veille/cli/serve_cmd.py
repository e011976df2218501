"""`veille serve`: the web UI and JSON API."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from veille.cli.app import DbOption, app, db_path


@app.command()
def serve(
    db: Path | None = DbOption,
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on. Beyond loopback a token is required."
    ),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    token: str | None = typer.Option(
        None,
        "--token",
        help="Bearer token for POST /api/articles. Default: $VEILLE_TOKEN.",
        show_default=False,
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, max=16, help="Server processes (2 suits a 2-core machine under load)."
    ),
) -> None:
    """Serve the web UI (stories, entities, articles, search) and the JSON API (/api, docs at /api/docs).

    Listens on 127.0.0.1 by default. Any other address needs a token (exit code 2 without one):
    reading stays open, ingesting through POST /api/articles needs `Authorization: Bearer TOKEN`.
    """
    import uvicorn

    from veille.web.security import is_loopback

    token = token or os.environ.get("VEILLE_TOKEN") or None
    if not is_loopback(host) and not token:
        typer.echo(
            f"error: listening on {host} exposes ingestion beyond this machine. "
            "Set --token or $VEILLE_TOKEN, or bind to 127.0.0.1.",
            err=True,
        )
        raise typer.Exit(2)
    path = db_path(db)
    # the worker processes build the app from these (see veille/web/asgi.py)
    os.environ["VEILLE_SERVE_DB"] = str(path)
    if token:
        os.environ["VEILLE_SERVE_TOKEN"] = token
    else:
        os.environ.pop("VEILLE_SERVE_TOKEN", None)
    typer.echo(
        f"veille is serving {path} at http://{host}:{port}/  (API docs: http://{host}:{port}/api/docs)"
    )
    uvicorn.run(
        "veille.web.asgi:app", host=host, port=port, workers=workers, log_level="warning", access_log=False
    )
