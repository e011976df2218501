"""Commands over the store: ingest, articles, show, search, rejects, export.

Article text comes from outside and may contain anything, including rich markup such as
`[bold]`: every value shown in a table goes through `Text` (never parsed as markup).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from veille.cli.app import DbOption, app, db_path
from veille.cli.common import (
    AnalyzeOption,
    FollowLinksOption,
    JsonOption,
    OutputOption,
    check_date,
    console,
    ingest_stages,
    open_existing,
    print_json,
    print_table,
)
from veille.ingest.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from veille.model import Article

PROGRESS_AFTER_INPUTS = 5  # show the progress bar once this many inputs have been opened
PROGRESS_AFTER_ARTICLES = 1000  # ...or this many articles read (one big JSONL file)

LangOption = typer.Option(
    None, "--lang", help="Only articles in this language (ISO 639-1 code, e.g. fr, en)."
)
SinceOption = typer.Option(
    None, "--since", help="Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."
)
UntilOption = typer.Option(
    None, "--until", help="Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)."
)
TargetsArgument = typer.Argument(
    ...,
    metavar="PATH|URL|-",
    help="Files, folders (read recursively), http(s) URLs of pages or feeds, or - for standard input.",
    show_default=False,
)


def _date_cell(article: Article) -> str:
    return article.published or ""


def _row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "published": article.published,
        "date_precision": article.date_precision,
        "language": article.language,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "version_of": article.version_of,
    }


# ---- ingest ----


@app.command()
def ingest(
    targets: list[str] = TargetsArgument,
    db: Path | None = DbOption,
    follow_links: bool = FollowLinksOption,
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES,
        "--max-bytes",
        min=1,
        help="Reject any single input (file, page, feed) larger than this many bytes.",
    ),
    batch_size: int = typer.Option(
        DEFAULT_BATCH_SIZE,
        "--batch-size",
        min=1,
        help="Articles per transaction (a crash loses at most one batch; re-run to finish).",
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    analyze: bool = AnalyzeOption,
) -> None:
    """Read articles into the store, analyse them and group them into stories.

    Exit code 0: all inputs read; 1: some were rejected (see `veille rejects`).
    """
    from veille.ingest.pipeline import ingest as run_ingest
    from veille.store import open_store

    path = db_path(db)
    progress = _LazyProgress()
    with open_store(path) as store:
        try:
            summary = run_ingest(
                targets,
                store,
                follow_links=follow_links,
                max_bytes=max_bytes,
                batch_size=batch_size,
                on_progress=progress.update,
                stdin=sys.stdin.buffer if "-" in targets else None,
                stages=ingest_stages(analyze),
            )
        except KeyboardInterrupt:
            progress.stop()
            console(stderr=True).print(
                "interrupted: every finished batch is stored; run the same command again to finish.",
                markup=False,
            )
            raise typer.Exit(130) from None
        finally:
            progress.stop()
    if json_out:
        print_json({**summary.to_dict(), "db": str(path)})
    else:
        out = console()
        out.print(summary.line(), markup=False)
        for reason, n in summary.reasons.most_common():
            out.print(f"  {reason}: {n}", markup=False)
        if summary.rejected:
            out.print(f"details: veille rejects --db {path}", markup=False)
    raise typer.Exit(1 if summary.rejected else 0)


class _LazyProgress:
    """A rich progress display on stderr that appears only for runs with more than a few inputs."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None

    def update(self, summary: Any) -> None:
        if self._progress is None:
            if summary.inputs < PROGRESS_AFTER_INPUTS and summary.read < PROGRESS_AFTER_ARTICLES:
                return
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=None)
        from rich.markup import escape

        self._progress.update(
            self._task,
            description=escape(
                f"inputs {summary.inputs} · read {summary.read} · stored {summary.stored} · "
                f"rejected {summary.rejected}"
            ),
        )

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


# ---- reading ----


@app.command("articles")
def list_articles(
    db: Path | None = DbOption,
    limit: int = typer.Option(20, "--limit", min=1, help="How many articles to list."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many articles first (paging)."),
    lang: str | None = LangOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    json_out: bool = JsonOption,
) -> None:
    """List stored articles, newest first: id, date, language, source, title."""
    check_date(since, "--since")
    check_date(until, "--until")
    with open_existing(db) as store:
        items = store.list_articles(limit=limit, offset=offset, language=lang, since=since, until=until)
        total = store.count_articles(language=lang, since=since, until=until)
    if json_out:
        print_json({"total": total, "offset": offset, "articles": [_row(a) for a in items]})
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not items:
        out.print(f"no articles (of {total} matching)" if offset else "no articles", markup=False)
        return
    sources = [_short_source(a.source) for a in items]
    # one line per article: the title gets what the other columns leave
    widths = [16, 10, 4, max((len(x) for x in sources), default=6)]
    title_width = out.width - sum(widths) - 2 * len(widths)  # 2 spaces between columns
    if title_width < 30:  # narrow terminal: drop the source
        title_width += widths.pop() + 2
    table = Table(
        title=Text(f"{len(items)} of {total} articles (offset {offset})"),
        title_justify="left",
        box=None,
        pad_edge=False,
        header_style="bold",
    )
    for column in ("id", "date", "lang", "source")[: len(widths)]:
        table.add_column(column, no_wrap=True)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=max(title_width, 10))
    for a, source in zip(items, sources, strict=True):
        cells = [Text(a.id), Text(_date_cell(a)), Text(a.language or ""), Text(source)][: len(widths)]
        table.add_row(*cells, Text(a.title))
    out.print(table)


def _short_source(source: str, width: int = 20) -> str:
    """Paths and URLs are shown by their last part: that is what tells them apart."""
    if "/" in source and len(source) > width:
        source = source.rstrip("/").rsplit("/", 1)[-1] or source
    return source if len(source) <= width else source[: width - 1] + "…"


@app.command()
def show(
    article_id: str = typer.Argument(
        ..., metavar="ID", help="Article id (or a unique prefix of 4+ characters)."
    ),
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Show one article: metadata, dateline, credits, versions, analysis when there is one, and text."""
    from veille.model import to_dict

    with open_existing(db) as store:
        article = store.find_article(article_id)
        if article is None:
            console(stderr=True).print(f"no article with id {article_id!r} in {store.path}", markup=False)
            raise typer.Exit(1)
        versions = store.versions_of(article.id)
        analysis = store.get_analysis(article.id)
    if json_out:
        print_json(
            {
                "article": to_dict(article),
                "versions": [v.id for v in versions],
                "analysis": to_dict(analysis) if analysis else None,
            }
        )
        return
    _print_article(article, [v.id for v in versions], analysis)


def _print_article(article: Article, versions: list[str], analysis: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    out.print(Text(article.title, style="bold"))
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()

    def add(label: str, value: str | None) -> None:
        if value:
            meta.add_row(Text(label), Text(value))

    add("id", article.id)
    add("source", article.source)
    add("url", article.url)
    add("external id", article.external_id)
    add(
        "published",
        f"{article.published} ({article.date_precision})" if article.date_precision else article.published,
    )
    add("language", article.language)
    add("format", article.format)
    if article.dateline:
        agency = f" ({article.dateline.agency})" if article.dateline.agency else ""
        add("dateline", f"{article.dateline.place}{agency}")
    for credit in article.credits:
        add("credit", f"{credit.name}, {credit.role}" + (f", in {credit.place}" if credit.place else ""))
    if article.subheads:
        add("subheads", " | ".join(article.subheads))
    add("ingested", article.ingested_at)
    add("version of", article.version_of)
    if len(versions) > 1:
        add("versions", " → ".join(f"[{v}]" if v == article.id else v for v in versions))
    if analysis is not None:
        add(
            "analysis",
            f"{len(analysis.entities)} mentions, {len(analysis.quotes)} quotes, {len(analysis.times)} times, "
            f"{len(analysis.figures)} figures, {len(analysis.events)} events",
        )
    out.print(meta)
    out.print()
    out.print(Text(article.text))
    if analysis is not None:
        _print_analysis(analysis)


def _print_analysis(analysis: Any) -> None:
    print_table(
        "Entities",
        ["mention", "type", "canonical", "role", "country"],
        [[m.text, m.type, m.canonical, m.role, m.metonym_of or m.country] for m in analysis.entities],
    )
    print_table(
        "Quotes",
        ["kind", "speaker", "cue", "quote"],
        [[q.kind, q.speaker, q.cue, q.text[:160]] for q in analysis.quotes],
    )
    print_table(
        "Times",
        ["text", "value", "precision", "window"],
        [
            [t.text, t.value, t.precision, f"{t.earliest} … {t.latest}" if t.earliest else ""]
            for t in analysis.times
        ],
    )
    print_table(
        "Figures",
        ["text", "value", "unit", "counts"],
        [
            [f.text, f.value if f.value_max is None else f"{f.value}–{f.value_max}", f.unit, f.counts]
            for f in analysis.figures
        ],
    )
    print_table(
        "Events",
        ["type", "source", "target", "mode", "date", "evidence"],
        [
            [e.type, e.source_code or e.source, e.target_code or e.target, e.mode, e.date, e.sentence[:120]]
            for e in analysis.events
        ],
    )


@app.command("search")
def search_cmd(
    query: str = typer.Argument(
        ...,
        help='Words (all must match), OR between alternatives, "quoted phrases", prefix*. Accents optional.',
    ),
    db: Path | None = DbOption,
    lang: str | None = LangOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    limit: int = typer.Option(20, "--limit", min=1, help="How many results to show."),
    json_out: bool = JsonOption,
) -> None:
    """Full-text search over titles and texts, best matches first."""
    check_date(since, "--since")
    check_date(until, "--until")
    with open_existing(db) as store:
        hits = store.search(query, language=lang, since=since, until=until, limit=limit)
        total = store.count_search(query, language=lang, since=since, until=until)
    if json_out:
        print_json(
            {
                "query": query,
                "total": total,
                "results": [{**_row(h.article), "snippet": h.snippet, "rank": h.rank} for h in hits],
            }
        )
        return
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not hits:
        out.print(Text(f"no matches for {query}"))
        return
    table = Table(
        title=Text(f"{len(hits)} of {total} matches for {query}"), title_justify="left", show_lines=True
    )
    table.add_column("id", no_wrap=True, width=16)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("lang", no_wrap=True, width=4)
    table.add_column("title / snippet", min_width=20)
    for hit in hits:
        snippet = Text()
        if out.is_terminal:  # matches in reverse video; elsewhere (pipes, logs) as ⟦marked⟧ text
            for part, is_match in hit.parts:
                snippet.append(" ".join(part.split()), style="reverse" if is_match else None)
        else:
            snippet.append(" ".join(hit.snippet.split()))
        cell = Group(Text(hit.article.title, style="bold", overflow="ellipsis", no_wrap=True), snippet)
        table.add_row(
            Text(hit.article.id), Text(_date_cell(hit.article)), Text(hit.article.language or ""), cell
        )
    out.print(table)


@app.command("rejects")
def list_rejects(
    db: Path | None = DbOption,
    limit: int = typer.Option(50, "--limit", min=1, help="How many rejects to list, most recent first."),
    reason: str | None = typer.Option(None, "--reason", help="Only rejects with this reason."),
    json_out: bool = JsonOption,
) -> None:
    """List inputs that could not become articles, with the reason."""
    with open_existing(db) as store:
        items = store.list_rejects(limit=limit, reason=reason)
        reasons = store.reject_reasons()
    if json_out:
        print_json({"reasons": dict(reasons.most_common()), "rejects": [r.__dict__ for r in items]})
        return
    from rich.table import Table
    from rich.text import Text

    if not items:
        console().print("no rejects", markup=False)
        return
    summary = ", ".join(f"{r} {n}" for r, n in reasons.most_common())
    table = Table(title=Text(f"rejects by reason: {summary}"), title_justify="left")
    for column in ("at", "reason", "input", "detail"):
        table.add_column(column, overflow="fold")
    for r in items:
        table.add_row(Text(r.at or ""), Text(r.reason), Text(r.input), Text(r.detail))
    console().print(table)


@app.command("export")
def export_cmd(
    db: Path | None = DbOption,
    format: str = typer.Option(
        "jsonl",
        "--format",
        help="jsonl: one JSON object per story (or per article with --articles); "
        "csv: one table (--table); plover: events as a PLOVER-style JSON array.",
    ),
    table: str = typer.Option("quotes", "--table", help="With --format csv: quotes, events or entities."),
    articles: bool = typer.Option(
        False, "--articles", help="With --format jsonl: one object per article instead of per story."
    ),
    output: Path | None = OutputOption,
) -> None:
    """Export stories, articles, quotes, events or entities, streamed (memory stays flat on large stores)."""
    from veille.export import write_export

    if format not in ("jsonl", "csv", "plover"):
        raise typer.BadParameter(
            f"unknown format {format!r} (available: jsonl, csv, plover)", param_hint="--format"
        )
    if format == "csv" and table not in ("quotes", "events", "entities"):
        raise typer.BadParameter(
            f"unknown table {table!r} (available: quotes, events, entities)", param_hint="--table"
        )
    what = "articles" if articles and format == "jsonl" else table if format == "csv" else format
    with open_existing(db) as store:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = write_export(store, format, what, stream)
        finally:
            if output:
                stream.close()
    if output:
        console(stderr=True).print(f"exported {n} records to {output}", markup=False)
