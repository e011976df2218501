"""`veille eval ner`: entity mentions against gold NER files, raw model vs veille side by side."""

from __future__ import annotations

from pathlib import Path

import typer

from veille.cli.app import eval_app


@eval_app.command("ner")
def eval_ner(
    file: Path = typer.Argument(
        ...,
        exists=True,
        dir_okay=False,
        help="Gold file: CoNLL-U with BIO tags in the last column, or HIPE-2022 TSV.",
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N sentences."),
    lang: str | None = typer.Option(
        None,
        "--lang",
        help="Language of the file (fr, en). Default: from the "
        "HIPE language comment or a _fr/_en part of the file name.",
    ),
    raw: bool = typer.Option(
        False, "--raw", help="Print only the raw model's scores (skip veille's columns)."
    ),
) -> None:
    """Precision, recall and F1 per type and micro-averaged, exact span and type match.

    The model runs once per text; its raw entities (labels mapped to PER/ORG/LOC/MISC) and veille's cleaned mentions (find_entities) are scored on the same documents. Only types present in the gold are scored (HIPE has no MISC)."""
    from rich.console import Console
    from rich.table import Table

    from veille.eval.common import progress_bar
    from veille.eval.ner import evaluate, read_gold

    gold = read_gold(file, lang=lang, limit=limit)
    with progress_bar(f"NER {file.name}", gold.sentences) as advance:
        report = evaluate(gold, advance=advance, with_veille=not raw)

    table = Table(title=f"{file.name}: {report.sentences} sentences, {report.texts} texts, lang={gold.lang}")
    table.add_column("type")
    for name in ("raw P", "raw R", "raw F1") + (() if raw else ("veille P", "veille R", "veille F1", "ΔF1")):
        table.add_column(name, justify="right")
    rows = [(t, report.raw.by_type[t], report.veille.by_type.get(t)) for t in report.types]
    rows.append(("micro", report.raw.micro, report.veille.micro))
    for label, r, v in rows:
        cells = [label, f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}"]
        if not raw and v is not None:
            cells += [f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}", f"{100 * (v.f1 - r.f1):+.1f}"]
        table.add_row(*cells, style="bold" if label == "micro" else None)
    console = Console()
    console.print(table)
    speed = f"model {report.words / max(report.ner_seconds, 1e-9):,.0f} words/s"
    if not raw:
        ratio = report.ner_seconds / max(report.ner_seconds + report.veille_seconds, 1e-9)
        speed += (
            f"; with veille's cleaning {report.words / max(report.ner_seconds + report.veille_seconds, 1e-9):,.0f}"
            f" words/s ({ratio:.2f}x bare NER)"
        )
    console.print(speed)
