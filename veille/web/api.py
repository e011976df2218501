"""The JSON API under /api. Page sizes are capped; unknown ids are 404 with a JSON error."""

from __future__ import annotations

import json

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Query, Request

from veille.model import to_dict
from veille.web.errors import NotFound
from veille.web.security import token_matches

MAX_PAGE = 100

router = APIRouter(prefix="/api")


def store(request: Request):
    return request.app.state.stores.get()


def page(
    limit: int = Query(20, ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}."),
    offset: int = Query(0, ge=0, le=1_000_000, description="Items to skip."),
) -> tuple[int, int]:
    return limit, offset


def _story_summary(story) -> dict:
    data = to_dict(story)
    data["size"] = story.size
    data.pop("articles", None)
    return data


@router.get("/stories", summary="Stories, latest first")
def list_stories(
    paging: tuple[int, int] = Depends(page),
    language: str | None = Query(
        None, description="Only stories with an article in this language (ISO 639-1)."
    ),
    since: str | None = Query(None, description="Only stories updated on or after this ISO date."),
    until: str | None = Query(None, description="Only stories that started on or before this ISO date."),
    entity: str | None = Query(None, description="Only stories mentioning this entity id."),
    db=Depends(store),
):
    limit, offset = paging
    stories = db.list_stories(
        limit=limit, offset=offset, language=language, since=since, until=until, entity=entity
    )
    total = db.count_stories(language=language, since=since, until=until, entity=entity)
    return {"total": total, "limit": limit, "offset": offset, "items": [_story_summary(s) for s in stories]}


@router.get(
    "/stories/{story_id}", summary="One story with its articles, relations, entities and consolidated view"
)
def get_story(story_id: str, db=Depends(store)):
    story = db.get_story(story_id)
    if story is None:
        raise NotFound("story", story_id)
    from veille.export.stories import story_object

    return story_object(db, story)


@router.get("/articles/{article_id}", summary="One article with its analysis")
def get_article(article_id: str, db=Depends(store)):
    article = db.find_article(article_id)
    if article is None:
        raise NotFound("article", article_id)
    analysis = db.get_analysis(article.id)
    data = to_dict(article)
    data["analysis"] = to_dict(analysis) if analysis else None
    data["story"] = db.story_of(article.id)
    return data


@router.get("/entities", summary="Entities, most mentioned first")
def list_entities(
    paging: tuple[int, int] = Depends(page),
    type: str | None = Query(None, description="PER, ORG, LOC or MISC."),
    q: str | None = Query(None, max_length=200, description="Name or variant contains this text."),
    db=Depends(store),
):
    limit, offset = paging
    items = db.list_entities(limit=limit, offset=offset, type=type, query=q)
    return {"limit": limit, "offset": offset, "items": [to_dict(e) for e in items]}


@router.get("/entities/{entity_id}", summary="One entity: variants, roles, articles, stories and quotes")
def get_entity(entity_id: str, db=Depends(store)):
    entity = db.get_entity(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)
    data = to_dict(entity)
    data["stories"] = [_story_summary(s) for s in db.entity_stories(entity_id)]
    data["quotes"] = [{"article": a, **to_dict(q)} for a, q in db.entity_quotes(entity_id)]
    return data


@router.get("/events", summary="Coded events (PLOVER types), newest first")
def list_events(
    paging: tuple[int, int] = Depends(page),
    type: str | None = Query(None, description="PLOVER type, e.g. THREATEN."),
    actor: str | None = Query(
        None, max_length=200, description="Source or target actor text or country code."
    ),
    since: str | None = Query(None, description="Only events dated on or after this ISO date."),
    db=Depends(store),
):
    limit, offset = paging
    items = db.list_events(type=type, actor=actor, since=since, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": [to_dict(e) for e in items]}


@router.get("/search", summary="Full-text search over titles and texts")
def search(
    q: str = Query(..., min_length=1, max_length=500, description='Words, "phrases", OR.'),
    paging: tuple[int, int] = Depends(page),
    language: str | None = Query(None, description="ISO 639-1 language."),
    since: str | None = Query(None, description="Published on or after (ISO date)."),
    until: str | None = Query(None, description="Published on or before (ISO date)."),
    db=Depends(store),
):
    limit, offset = paging
    hits = db.search(q, language=language, since=since, until=until, limit=limit, offset=offset)
    return {
        "total": db.count_search(q, language=language, since=since, until=until),
        "limit": limit,
        "offset": offset,
        "items": [
            {
                "id": h.article.id,
                "title": h.article.title,
                "language": h.article.language,
                "published": h.article.published,
                "snippet": h.snippet,
                "story": db.story_of(h.article.id),
            }
            for h in hits
        ],
    }


@router.post("/articles", status_code=201, summary="Ingest articles (needs the token when one is set)")
def post_articles(
    request: Request,
    payload: dict | list = Body(
        ...,
        description="One article or a list: {id?, url?, title?, text or html, published?, source?, language?}.",
    ),
    authorization: str | None = Header(None, description="Bearer TOKEN"),
):
    token = request.app.state.token
    if token is not None and not token_matches(token, authorization):
        raise HTTPException(
            401, "a valid bearer token is required to ingest", headers={"WWW-Authenticate": "Bearer"}
        )
    items = payload if isinstance(payload, list) else [payload]
    if not items or len(items) > 1000:
        raise HTTPException(422, "send between 1 and 1000 articles")
    if not all(isinstance(i, dict) for i in items):
        raise HTTPException(422, "each article must be a JSON object")
    from veille.ingest.pipeline import ingest_bytes

    data = "\n".join(json.dumps(i, ensure_ascii=False) for i in items).encode()
    with request.app.state.write_lock:
        summary = ingest_bytes(data, request.app.state.stores.get(), origin="api", name="api.jsonl")
    return to_dict(summary)
