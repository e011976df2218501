"""`veille eval events`: PLOVER event type and source/target actors on gold sentences."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from veille.cli.app import eval_app


@eval_app.command("events")
def eval_events(
    file: Path = typer.Argument(
        ...,
        exists=True,
        dir_okay=False,
        help="PLOVER gold file: a JSON list (or JSON Lines) of records with text, event, source, target.",
    ),
    predictions: Path | None = typer.Option(
        None,
        "--predictions",
        help="Write one JSON line per record: {id, type, source, target, source_code, target_code, mode, "
        "cue}; type is null when no event was coded.",
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Use only the first N records."),
) -> None:
    """Code each sentence and score its main event against the gold.

    Prints event-type accuracy and macro-F1 over records with a gold event (records with an empty
    gold event are predicted but not scored), then source and target actor accuracy: text match
    (normalised; criterion in veille/eval/events.py) and country code where gold gives one."""
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from veille.eval.events import load, predict, score

    records = load(file)
    if limit:
        records = records[:limit]
    err = Console(stderr=True)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("coding events", total=len(records))
        preds = predict(records, on_record=lambda: progress.advance(task))
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = score(records, preds)
    out = Console()
    out.print(
        f"{file.name}: {result['records']} records, {result['scored']} scored, "
        f"{result['no_event']} without a coded event",
        highlight=False,
    )
    out.print(
        f"event type  accuracy {result['type_accuracy']:.3f}  macro-F1 {result['type_macro_f1']:.3f}",
        highlight=False,
    )
    counts = result["counts"]
    out.print(f"actors      {result['actors']:.3f} (mean of source and target text match)", highlight=False)
    out.print(
        f"  source    text {result['source_text']:.3f} (n={counts['source']})  "
        f"code {result['source_code']:.3f} (n={counts['source_code']})  "
        f"strict {result['source_strict']:.3f}",
        highlight=False,
    )
    out.print(
        f"  target    text {result['target_text']:.3f} (n={counts['target']})  "
        f"code {result['target_code']:.3f} (n={counts['target_code']})  "
        f"strict {result['target_strict']:.3f}",
        highlight=False,
    )
    table = Table("type", "gold", "pred", "P", "R", "F1")
    for label, row in result["per_type"].items():
        table.add_row(
            label,
            str(row["gold"]),
            str(row["predicted"]),
            f"{row['precision']:.2f}",
            f"{row['recall']:.2f}",
            f"{row['f1']:.2f}",
        )
    out.print(table)
