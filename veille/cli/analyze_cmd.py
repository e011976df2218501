"""`veille analyze`: the analysis of one input as JSON, without a store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from veille.cli.app import app


def analysis_json(article, analysis) -> dict:
    """The public JSON shape of an analysed article (also used by `veille show --json`)."""
    from veille.model import to_dict

    def pick(items, keys):
        return [{k: getattr(x, k) for k in keys} for x in items]

    return {
        "id": article.id,
        "title": article.title,
        "language": analysis.language,
        "deep": analysis.deep,
        "published": article.published,
        "date_precision": article.date_precision,
        "dateline": to_dict(article.dateline),
        "credits": to_dict(article.credits),
        "entities": pick(
            analysis.entities, ("text", "start", "end", "type", "canonical", "role", "metonym_of", "country")
        ),
        "quotes": pick(analysis.quotes, ("text", "start", "end", "kind", "cue", "speaker")),
        "times": pick(analysis.times, ("text", "start", "end", "value", "precision", "earliest", "latest")),
        "figures": pick(
            analysis.figures, ("text", "start", "end", "value", "value_max", "unit", "counts", "approximate")
        ),
        "events": pick(
            analysis.events,
            (
                "type",
                "source",
                "target",
                "source_code",
                "target_code",
                "mode",
                "cue",
                "date",
                "precision",
                "place",
                "sentence",
            ),
        ),
    }


@app.command()
def analyze(
    path: str = typer.Argument(
        ..., help="A wire text, HTML page, feed or JSON Lines file, or '-' for stdin."
    ),
    indent: int = typer.Option(2, "--indent", help="JSON indentation; 0 prints one compact object per line."),
) -> None:
    """Analyse one input and print entities, quotes, times, figures and events as JSON. Nothing is stored.

    An input holding several articles (a feed, a JSONL file) prints one JSON object per article.
    """
    from veille.analyze.article import analyze_many
    from veille.ingest.registry import read_input
    from veille.ingest.sources import RawInput
    from veille.model import Article

    if path == "-":
        raw = RawInput(origin="-", data=sys.stdin.buffer.read(), name="stdin")
    else:
        p = Path(path)
        if not p.is_file():
            typer.echo(
                f"error: {path}: no such file. Give a file path, or '-' to read standard input.", err=True
            )
            raise typer.Exit(2)
        raw = RawInput(origin=path, data=p.read_bytes(), name=p.name)
    articles, rejects = [], []
    for item in read_input(raw):
        (articles if isinstance(item, Article) else rejects).append(item)
    for reject in rejects:
        typer.echo(f"rejected {reject.input}: {reject.reason} {reject.detail}".rstrip(), err=True)
    if not articles:
        raise typer.Exit(1)
    analyses = analyze_many(articles)
    several = len(articles) > 1
    for article, analysis in zip(articles, analyses, strict=True):
        data = analysis_json(article, analysis)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=None if (several or not indent) else indent))
