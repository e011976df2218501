"""Commands over stories, entities and events: stories, story, entities, entity, events.

Values from articles are untrusted: they are printed as rich `Text`, never parsed as markup.
"""

from __future__ import annotations

from pathlib import Path

import typer

from veille.cli.app import DbOption, app
from veille.cli.common import JsonOption, check_date, console, open_existing, print_json, print_table

LimitOption = typer.Option(30, "--limit", min=1, max=10_000, help="How many to list.")
OffsetOption = typer.Option(0, "--offset", min=0, help="How many to skip.")


def _missing(what: str, ident: str, hint: str) -> typer.Exit:
    console(stderr=True).print(f"no {what} with id {ident!r}: {hint}", markup=False)
    return typer.Exit(1)


@app.command()
def stories(
    db: Path | None = DbOption,
    limit: int = LimitOption,
    offset: int = OffsetOption,
    lang: str | None = typer.Option(None, "--lang", help="Only stories with an article in this language."),
    since: str | None = typer.Option(None, "--since", help="Only stories with news on or after this date."),
    until: str | None = typer.Option(None, "--until", help="Only stories that began on or before this date."),
    entity: str | None = typer.Option(None, "--entity", help="Only stories mentioning this entity id."),
    json_out: bool = JsonOption,
) -> None:
    """List stories, latest first: title, size, languages, sources, first and last date."""
    from veille.model import to_dict

    check_date(since, "--since")
    check_date(until, "--until")
    with open_existing(db) as store:
        items = store.list_stories(limit, offset, lang, since, until, entity)
        total = store.count_stories(lang, since, until, entity)
    if json_out:
        print_json({"total": total, "items": [to_dict(s) for s in items]})
        return
    rows = [
        [s.id, s.title[:90], s.size, ",".join(s.languages), ", ".join(s.sources)[:40], s.first, s.last]
        for s in items
    ]
    print_table(f"{total} stories", ["id", "title", "size", "lang", "sources", "first", "last"], rows)


@app.command()
def story(
    story_id: str = typer.Argument(..., help="Story id (a merged story's id leads to the story it joined)."),
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Show one story: articles and version relations, who said what, facts, events, additions,
    contradictions, timeline and entities."""
    from veille.export.stories import story_object

    with open_existing(db) as store:
        found = store.get_story(story_id)
        if found is None:
            raise _missing("story", story_id, "list them with `veille stories`")
        data = story_object(store, found)
    if json_out:
        print_json(data)
        return
    from rich.text import Text

    out = console()
    out.print(Text(f"{data['title']}", style="bold"))
    out.print(
        Text(
            f"story {data['id']} · {data['size']} articles · {', '.join(data['languages'])} · "
            f"{data['first'] or '?'} → {data['last'] or '?'}"
        )
    )
    titles = {a["id"]: a["title"] for a in data["articles"]}
    print_table(
        "Articles",
        ["id", "lang", "published", "source", "title", "relations"],
        [
            [
                a["id"],
                a["language"],
                a["published"],
                a["source"][-30:],
                a["title"][:60],
                "; ".join(f"{r['kind']} of {r['of']}" for r in a["relations"] if "of" in r),
            ]
            for a in data["articles"]
        ],
    )
    print_table(
        "Timeline",
        ["when", "precision", "place", "kind", "sentence"],
        [
            [
                t["date"] or f"{t['earliest']}…{t['latest']}",
                t["precision"] or "range",
                t["place"],
                t["kind"],
                t["text"][:110],
            ]
            for t in data["timeline"]
        ],
    )
    print_table(
        "Who said what",
        ["speaker", "kind", "quote", "articles"],
        [[q["speaker_name"] or "?", q["kind"], q["text"][:120], len(q["articles"])] for q in data["quotes"]],
    )
    print_table(
        "Facts",
        ["figure", "counts", "independent sources", "articles"],
        [
            [
                f["text"],
                f["counts"] or f["unit"],
                f["sources"],
                ", ".join(titles.get(a, a)[:25] for a in f["articles"]),
            ]
            for f in data["facts"]
        ],
    )
    print_table(
        "Events",
        ["type", "source", "target", "mode", "date", "evidence"],
        [
            [
                e["type"],
                e["source_code"] or e["source"],
                e["target_code"] or e["target"],
                e["mode"],
                e["date"],
                e["evidence"]["sentence"][:100],
            ]
            for e in data["events"]
        ],
    )
    print_table(
        "What each report adds",
        ["article", "quotes", "figures", "names", "events"],
        [
            [
                titles.get(a["article"], a["article"])[:40],
                len(a["quotes"]),
                ", ".join(a["figures"])[:40],
                ", ".join(a["entities"])[:50],
                len(a["events"]),
            ]
            for a in data["additions"]
        ],
    )
    print_table(
        "Contradictions",
        ["kind", "subject", "claims"],
        [
            [
                c["kind"],
                c["subject"][:50],
                " | ".join(f"{x['value']} ({len(x['articles'])})" for x in c["claims"]),
            ]
            for c in data["contradictions"]
        ],
    )
    print_table(
        "Entities",
        ["id", "name", "type", "variants", "articles"],
        [
            [e["id"], e["name"], e["type"], ", ".join(e["variants"])[:60], len(e["articles"])]
            for e in data["entities"][:30]
        ],
    )


@app.command()
def entities(
    db: Path | None = DbOption,
    limit: int = LimitOption,
    offset: int = OffsetOption,
    type: str | None = typer.Option(None, "--type", help="PER, ORG, LOC or MISC."),
    query: str | None = typer.Option(None, "--query", "-q", help="Name or variant contains this text."),
    json_out: bool = JsonOption,
) -> None:
    """List entities resolved across articles and languages, most mentioned first."""
    from veille.model import to_dict

    with open_existing(db) as store:
        items = store.list_entities(limit, offset, type, query)
    if json_out:
        print_json([to_dict(e) for e in items])
        return
    print_table(
        "Entities",
        ["id", "name", "type", "country", "variants", "articles"],
        [[e.id, e.name, e.type, e.country, ", ".join(e.variants)[:70], len(e.articles)] for e in items],
    )


@app.command()
def entity(
    entity_id: str = typer.Argument(..., help="Entity id, as listed by `veille entities`."),
    db: Path | None = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Show one entity: its variants, roles, articles, stories and quotes."""
    from veille.model import to_dict

    with open_existing(db) as store:
        found = store.get_entity(entity_id)
        if found is None:
            raise _missing("entity", entity_id, "list them with `veille entities`")
        in_stories = store.entity_stories(entity_id)
        quotes = store.entity_quotes(entity_id)
    if json_out:
        print_json(
            {
                **to_dict(found),
                "stories": [to_dict(s) for s in in_stories],
                "quotes": [{"article": a, **to_dict(q)} for a, q in quotes],
            }
        )
        return
    from rich.text import Text

    out = console()
    out.print(
        Text(f"{found.name} ({found.type}{', ' + found.country if found.country else ''})", style="bold")
    )
    out.print(Text("variants: " + "; ".join(found.variants)))
    out.print(Text("roles: " + "; ".join(found.roles)))
    out.print(Text(f"articles: {len(found.articles)}"))
    print_table("Stories", ["id", "title", "size"], [[s.id, s.title[:80], s.size] for s in in_stories])
    print_table("Quotes", ["article", "kind", "quote"], [[a, q.kind, q.text[:120]] for a, q in quotes])


@app.command()
def events(
    db: Path | None = DbOption,
    type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. THREATEN."),
    actor: str | None = typer.Option(
        None, "--actor", help="Source or target: actor text or country code (RUS)."
    ),
    since: str | None = typer.Option(None, "--since", help="Only events dated on or after this date."),
    limit: int = LimitOption,
    offset: int = OffsetOption,
    json_out: bool = JsonOption,
) -> None:
    """List coded events (who did what to whom, when), each with its evidence sentence."""
    from veille.export.stories import event_object

    check_date(since, "--since")
    with open_existing(db) as store:
        items = store.list_events(type, actor, since, limit, offset)
    if json_out:
        print_json([event_object(e) for e in items])
        return
    print_table(
        "Events",
        ["type", "source", "target", "mode", "date", "place", "evidence"],
        [
            [
                e.type,
                e.source_code or e.source,
                e.target_code or e.target,
                e.mode,
                e.date,
                e.place,
                e.sentence[:100],
            ]
            for e in items
        ],
    )
