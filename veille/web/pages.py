"""Server-rendered pages: story list, story, entities, entity, article, search, API reference.

Readable without JavaScript. Every value reaches the page through an autoescaping template; long
lists are capped (the JSON API pages through everything).
"""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from veille.web.api import ENTITY_TYPE, LANG, generation, store, story_key
from veille.web.errors import NotFound
from veille.web.highlight import segments
from veille.web.security import safe_link

router = APIRouter(include_in_schema=False)

STORIES_PER_PAGE = 30
HITS_PER_PAGE = 20
ENTITIES_PER_PAGE = 50
STORY_ARTICLES_SHOWN = 100  # the story page lists at most this many articles (newest kept)
STORY_RELATIONS_SHOWN = 30
STORY_ENTITIES_SHOWN = 40
# the story page lists at most this many of each part of the view (the JSON has them all);
# "open" items show at once, the rest up to "max" sit in a <details> that opens without script
STORY_CAPS = {
    "timeline_open": 12,
    "timeline_max": 60,
    "events_open": 15,
    "events_max": 60,
    "speakers_open": 8,
    "speakers": 30,
    "quotes_per_speaker": 5,
    "facts": 40,
    "contradictions": 20,
    "additions": 20,
    "per_addition": 3,
}
ENTITY_ARTICLES_SHOWN = 50
CHART_WIDTH = 720  # SVG user units; bars share it when there are many
CHART_HEIGHT = 100  # tallest bar
CHART_TOP = 16  # room above the tallest bar for its count


# which header link a template belongs under (aria-current)
SECTIONS = {
    "stories.html": "stories",
    "story.html": "stories",
    "entities.html": "entities",
    "entity.html": "entities",
    "api_docs.html": "api",
}


def render(request: Request, template: str, /, **context) -> HTMLResponse:
    context.setdefault("section", SECTIONS.get(template))
    return request.app.state.templates.TemplateResponse(request, template, context)


def volume(articles) -> dict:
    """Bars of articles per day (per month when the days span more than 45 buckets or only the
    month is known) as SVG geometry for the story's chart; no client-side drawing."""
    days = Counter((a.published or "undated")[:10] for a in articles)
    counts = days if len(days) <= 45 else Counter(k[:7] for k in days.elements())
    keys = sorted(counts)
    n = max(len(keys), 1)
    step = min(60, CHART_WIDTH / n)
    label_every = max(1, round(36 / step))  # ~36 units per label keeps them from overlapping
    peak = max(counts.values(), default=1)
    bars = []
    for i, key in enumerate(keys):
        height = round(CHART_HEIGHT * counts[key] / peak)
        label = key[5:] if len(key) == 10 else key  # 03-09 for a day, 2026-03 for a month
        bars.append(
            {
                "title": f"{key}: {counts[key]} article{'s' if counts[key] != 1 else ''}",
                "count": counts[key],
                "x": round(i * step + step * 0.15, 1),
                "cx": round(i * step + step / 2, 1),
                "width": round(step * 0.7, 1),
                "y": CHART_TOP + CHART_HEIGHT - height,
                "height": height,
                "label": label if i % label_every == 0 else "",
                "show_count": step >= 24,
            }
        )
    return {"width": round(max(step * n, 120)), "height": CHART_TOP + CHART_HEIGHT + 28, "bars": bars}


def speakers_by_weight(groups: dict) -> list[tuple[str, list]]:
    """(speaker, quotes) with the most quoted first and the unattributed last."""
    named = sorted(
        ((k, v) for k, v in groups.items() if k),
        key=lambda kv: (-sum(len(q.articles) for q in kv[1]), -len(kv[1]), kv[0]),
    )
    return named + [(k, v) for k, v in groups.items() if not k]


@router.get("/", response_class=HTMLResponse)
def story_list(
    request: Request,
    page: int = Query(1, ge=1, le=10_000),
    language: str | None = Query(None, pattern=LANG),
):
    db = store(request)
    size = STORIES_PER_PAGE
    stories = db.list_stories(limit=size, offset=(page - 1) * size, language=language or None)
    total = db.count_stories(language=language or None)
    return render(
        request, "stories.html", stories=stories, page=page, total=total, size=size, language=language
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    db = store(request)
    story = db.get_story(story_id)
    if story is None:
        raise NotFound("story", story_id)
    if story.id != story_id:  # merged into another story: send the reader to the live one
        return RedirectResponse(f"/stories/{story.id}", status_code=301)

    def make() -> bytes:
        from veille.views.quotes import quotes_by_speaker

        articles = db.story_articles(story.id)
        view = db.story_view(story.id)
        entities = db.story_entities(story.id)
        template = request.app.state.templates.get_template("story.html")
        html = template.render(
            section="stories",
            story=story,
            articles=articles[-STORY_ARTICLES_SHOWN:],
            hidden_articles=max(0, len(articles) - STORY_ARTICLES_SHOWN),
            titles={a.id: a.title for a in articles},
            relations=db.story_relations(story.id)[:STORY_RELATIONS_SHOWN],
            entities=entities[:STORY_ENTITIES_SHOWN],
            more_entities=max(0, len(entities) - STORY_ENTITIES_SHOWN),
            view=view,
            speakers=speakers_by_weight(quotes_by_speaker(view.quotes)) if view else [],
            cap=STORY_CAPS,
            chart=volume(articles),
        )
        return html.encode()

    body = request.app.state.cache.get_or_make(story_key(request, db, "html", story), make)
    return HTMLResponse(body)


@router.get("/entities", response_class=HTMLResponse)
def entity_list(
    request: Request,
    page: int = Query(1, ge=1, le=10_000),
    type: str | None = Query(None, pattern=ENTITY_TYPE),
    q: str = Query("", max_length=200),
):
    db = store(request)
    size = ENTITIES_PER_PAGE
    items = db.list_entities(limit=size + 1, offset=(page - 1) * size, type=type, query=q.strip() or None)
    return render(
        request,
        "entities.html",
        entities=items[:size],
        more=len(items) > size,
        page=page,
        type=type,
        name=q,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    db = store(request)
    entity = db.get_entity(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)

    def make() -> bytes:
        shown = [a for a in (db.get_article(i) for i in entity.articles[:ENTITY_ARTICLES_SHOWN]) if a]
        template = request.app.state.templates.get_template("entity.html")
        return template.render(
            section="entities",
            entity=entity,
            stories=db.entity_stories(entity.id),
            quotes=db.entity_quotes(entity.id),
            articles=shown,
        ).encode()

    key = ("entity-html", entity.id, generation(request, db))
    return HTMLResponse(request.app.state.cache.get_or_make(key, make))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    db = store(request)
    article = db.find_article(article_id)
    if article is None:
        raise NotFound("article", article_id)
    analysis = db.get_analysis(article.id)
    return render(
        request,
        "article.html",
        article=article,
        analysis=analysis,
        paragraphs=segments(article.text, analysis),
        story=db.story_of(article.id),
        link=safe_link(article.url),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = Query("", max_length=500),
    page: int = Query(1, ge=1, le=10_000),
    language: str | None = Query(None, pattern=LANG),
):
    db = store(request)
    size = HITS_PER_PAGE
    hits, total = [], 0
    if q.strip():
        hits = db.search(q, language=language or None, limit=size, offset=(page - 1) * size)
        total = db.count_search(q, language=language or None)
    return render(
        request, "search.html", q=q, hits=hits, total=total, page=page, size=size, language=language
    )


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """A plain reference of the JSON API, made from its OpenAPI schema (no third-party assets)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                    "constraints": _constraints(p.get("schema", {})),
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "body": op.get("requestBody", {}).get("description")
                    or (op.get("requestBody") and "JSON"),
                }
            )
    return render(request, "api_docs.html", endpoints=endpoints, info=schema.get("info", {}))


def _constraints(schema: dict) -> str:
    """A short human reading of a parameter's JSON schema: type, bounds, pattern, default."""
    options = schema.get("anyOf") or [schema]
    parts = []
    for option in options:
        if option.get("type") == "null":
            continue
        kind = option.get("type", "")
        bounds = [
            f"{word} {option[key]}"
            for key, word in (
                ("minimum", "≥"),
                ("maximum", "≤"),
                ("minLength", "length ≥"),
                ("maxLength", "length ≤"),
            )
            if key in option
        ]
        if "pattern" in option:
            bounds.append(f"matching {option['pattern']}")
        parts.append(" ".join([kind, *bounds]).strip())
    if "default" in schema and schema["default"] is not None:
        parts.append(f"default {schema['default']}")
    return ", ".join(p for p in parts if p)
