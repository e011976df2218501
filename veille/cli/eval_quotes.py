"""`veille eval quotes`: quote detection and speaker attribution on PolNeAR."""

from __future__ import annotations

from pathlib import Path

import typer

from veille.cli.app import eval_app


@eval_app.command("quotes")
def eval_quotes(
    directory: Path = typer.Argument(
        ..., help="PolNeAR folder holding train/ and dev/ (each with text/ and attributions/).", exists=True
    ),
    split: str = typer.Option(
        "dev", "--split", help="Which split to score: dev (report) or train (develop)."
    ),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N articles."),
    mentions: str = typer.Option(
        "auto",
        "--mentions",
        help="Where speaker names come from: auto (the entity stage, analyze/entities.py, when present) "
        "or ner (raw spaCy NER spans).",
    ),
    errors: Path | None = typer.Option(
        None, "--errors", help="Also write every mismatch, with its context, as JSON lines to this file."
    ),
) -> None:
    """Score quote detection and speaker attribution against PolNeAR gold attributions.

    Prints, for direct quotes (gold content inside quotation marks), reported speech and overall:
    how many gold contents were found (word overlap >= 50% both ways) and how often the predicted
    speaker matches the gold Source (a pronoun Source counts through the nearest preceding named
    gold Source). Criteria are documented in veille/eval/quotes.py.
    """
    from rich.console import Console
    from rich.progress import Progress

    from veille.eval.quotes import count_docs, evaluate, write_errors

    if split not in ("dev", "train"):
        raise typer.BadParameter("--split must be dev or train")
    if mentions not in ("auto", "ner"):
        raise typer.BadParameter("--mentions must be auto or ner")
    total = count_docs(directory, split)
    if limit:
        total = min(total, limit)
    err = Console(stderr=True)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(f"PolNeAR {split}", total=total)
        report = evaluate(
            directory, split, limit, on_doc=lambda: progress.advance(task), mentions=mentions, errors=errors is not None
        )
    out = Console()
    out.print(f"PolNeAR {split}: {report.docs} articles, {report.words} words, {report.seconds:.1f}s")
    out.print(report.direct.line("direct"), highlight=False)
    out.print(report.reported.line("reported"), highlight=False)
    out.print(report.overall.line("overall"), highlight=False)
    prec = report.predicted_matching / report.predicted if report.predicted else 0.0
    out.print(
        f"predictions {report.predicted}, mostly inside a gold content: {report.predicted_matching} ({prec:.3f})",
        highlight=False,
    )
    if errors is not None:
        write_errors(report, errors)
        out.print(f"mismatches written to {errors}", highlight=False)
