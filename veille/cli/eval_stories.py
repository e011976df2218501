"""`veille eval stories`: score online story clustering on gold JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from veille.cli.app import eval_app


@eval_app.command("stories")
def eval_stories(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="Gold JSON Lines: {id, text, story?, language?, timestamp?}."
    ),
    shuffle: list[int] = typer.Option(
        None,
        "--shuffle",
        help="Feed the articles in a random order from this seed (repeat for several runs).",
    ),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Write {id, story} lines here (from the first run)."
    ),
    languages: str | None = typer.Option(
        None, "--languages", help="Keep only these languages, comma-separated (e.g. fr,en,de,es)."
    ),
    limit: int | None = typer.Option(None, "--limit", help="Use only the first N lines (after --languages)."),
    per_language: int = typer.Option(
        10, "--per-language", help="Show per-language scores for languages with at least this many articles."
    ),
) -> None:
    """Cluster the file's articles online, one at a time, and print BCubed and pairwise scores."""
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from veille.eval import stories as ev

    console = Console()
    wanted = [x.strip() for x in languages.split(",") if x.strip()] if languages else None
    rows = ev.read_rows(file, wanted, limit)
    if not rows:
        raise typer.BadParameter(f"no article in {file} matches")
    seeds: list[int | None] = list(shuffle) if shuffle else [None]
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("embedding and NER", total=2 * len(rows))
        items = ev.prepare(rows, progress=lambda n: bar.advance(task, n))
        outcomes = []
        for run, seed in enumerate(seeds):
            task = bar.add_task(
                f"clustering (order: {'file' if seed is None else f'seed {seed}'})", total=len(rows)
            )
            predicted, clusterer = ev.cluster(items, seed, progress=lambda n, t=task: bar.advance(t, n))
            outcomes.append((seed, ev.score(rows, predicted, clusterer)))
            if run == 0 and predictions is not None:
                with open(predictions, "w", encoding="utf-8") as out:
                    for row in rows:
                        out.write(json.dumps({"id": row["id"], "story": predicted[row["id"]]}) + "\n")

    table = Table(
        title=f"{file.name}: {len(rows)} articles, {len({r.get('story') for r in rows})} gold stories"
    )
    for column in ("order", "scope", "n", "B3 P", "B3 R", "B3 F1", "pair F1", "stories", "merges"):
        table.add_column(column, justify="left" if column in ("order", "scope") else "right")
    for seed, outcome in outcomes:
        order = "file" if seed is None else f"seed {seed}"
        b, p = outcome.bcubed, outcome.pairwise
        table.add_row(
            order,
            "all",
            str(len(rows)),
            f"{b.precision:.3f}",
            f"{b.recall:.3f}",
            f"{b.f1:.3f}",
            f"{p.f1:.3f}",
            str(outcome.stories),
            str(outcome.merged),
        )
        for language, (n, lb, lp) in outcome.by_language.items():
            if n >= per_language and len(outcome.by_language) > 1:
                table.add_row(
                    "",
                    language,
                    str(n),
                    f"{lb.precision:.3f}",
                    f"{lb.recall:.3f}",
                    f"{lb.f1:.3f}",
                    f"{lp.f1:.3f}",
                    "",
                    "",
                )
    console.print(table)
    if len(outcomes) > 1:
        f1s = [o.bcubed.f1 for _, o in outcomes]
        console.print(f"B3 F1 over {len(f1s)} orders: mean {sum(f1s) / len(f1s):.3f}, min {min(f1s):.3f}")
