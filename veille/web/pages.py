"""Server-rendered pages: story list, story, entity, article, search. Readable without JavaScript."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from veille.web.api import MAX_PAGE, store
from veille.web.errors import NotFound
from veille.web.highlight import segments

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def volume(articles) -> list[dict]:
    """Articles per day (or month when only the month is known), for the story's bar chart."""
    counts = Counter((a.published or "undated")[:10] for a in articles)
    peak = max(counts.values(), default=1)
    return [{"label": k, "count": v, "height": round(100 * v / peak)} for k, v in sorted(counts.items())]


@router.get("/", response_class=HTMLResponse)
def story_list(
    request: Request,
    page: int = Query(1, ge=1, le=10_000),
    language: str | None = Query(None, max_length=8),
):
    db = store(request)
    size = 30
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
    articles = db.story_articles(story.id)
    view = db.story_view(story.id)
    from veille.views.quotes import quotes_by_speaker

    return render(
        request,
        "story.html",
        story=story,
        articles=articles,
        titles={a.id: a.title for a in articles},
        relations=db.story_relations(story.id),
        entities=db.story_entities(story.id)[:40],
        view=view,
        speakers=quotes_by_speaker(view.quotes) if view else {},
        volume=volume(articles),
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    db = store(request)
    entity = db.get_entity(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)
    return render(
        request,
        "entity.html",
        entity=entity,
        stories=db.entity_stories(entity_id),
        quotes=db.entity_quotes(entity_id),
    )


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
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = Query("", max_length=500),
    page: int = Query(1, ge=1, le=10_000),
    language: str | None = Query(None, max_length=8),
):
    db = store(request)
    size = min(20, MAX_PAGE)
    hits, total = [], 0
    if q.strip():
        hits = db.search(q, language=language or None, limit=size, offset=(page - 1) * size)
        total = db.count_search(q, language=language or None)
    return render(
        request, "search.html", q=q, hits=hits, total=total, page=page, size=size, language=language
    )
