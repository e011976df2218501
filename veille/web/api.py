"""The JSON API under /api. Page sizes are capped; unknown ids are 404 with a JSON error."""

from __future__ import annotations

import json

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from veille.model import to_dict
from veille.web.errors import NotFound
from veille.web.security import token_matches

MAX_PAGE = 100
MAX_POST = 1000  # articles per POST /api/articles
DATE = r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+Z-]*)?)?)?$"  # ISO date at any precision
LANG = r"^[a-z]{2,3}$"
ENTITY_TYPE = r"^(PER|ORG|LOC|MISC)$"

router = APIRouter(prefix="/api")


def generation(request: Request, db) -> tuple:
    """What changes whenever an analysed ingest lands: the most recently updated story."""

    def read() -> tuple:
        latest = db.list_stories(limit=1)
        return (latest[0].id, latest[0].updated, latest[0].size) if latest else ()

    return request.app.state.cache.generation(read)


def story_key(request: Request, db, kind: str, story) -> tuple:
    """Cache key of a rendered story: changes when the story or any analysed data changes."""
    return (kind, story.id, story.updated, story.size, generation(request, db))


def store(request: Request):
    """This thread's store handle. Call it inside the endpoint, never as a dependency: FastAPI
    runs sync dependencies on another pool thread than the endpoint, and a handle must not be
    shared by two threads at once."""
    return request.app.state.stores.get()


async def page(
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
    request: Request,
    paging: tuple[int, int] = Depends(page),
    language: str | None = Query(
        None, pattern=LANG, description="Only stories with an article in this language (ISO 639-1)."
    ),
    since: str | None = Query(
        None, pattern=DATE, description="Only stories whose latest article is on or after this ISO date."
    ),
    until: str | None = Query(
        None, pattern=DATE, description="Only stories that started on or before this ISO date."
    ),
    entity: str | None = Query(None, max_length=100, description="Only stories mentioning this entity id."),
):
    db = store(request)
    limit, offset = paging
    stories = db.list_stories(
        limit=limit, offset=offset, language=language, since=since, until=until, entity=entity
    )
    total = db.count_stories(language=language, since=since, until=until, entity=entity)
    items = [_story_summary(s) for s in stories]
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get(
    "/stories/{story_id}", summary="One story with its articles, relations, entities and consolidated view"
)
def get_story(request: Request, story_id: str):
    db = store(request)
    story = db.get_story(story_id)
    if story is None:
        raise NotFound("story", story_id)
    from veille.export.stories import story_object

    def make() -> bytes:
        return json.dumps(story_object(db, story), ensure_ascii=False, separators=(",", ":")).encode()

    body = request.app.state.cache.get_or_make(story_key(request, db, "json", story), make)
    return Response(body, media_type="application/json")


@router.get("/articles/{article_id}", summary="One article with its analysis")
def get_article(request: Request, article_id: str):
    db = store(request)
    article = db.find_article(article_id)
    if article is None:
        raise NotFound("article", article_id)
    analysis = db.get_analysis(article.id)
    data = to_dict(article)
    data["analysis"] = to_dict(analysis) if analysis else None
    data["story"] = db.story_of(article.id)
    return JSONResponse(data)


@router.get("/entities", summary="Entities, most mentioned first")
def list_entities(
    request: Request,
    paging: tuple[int, int] = Depends(page),
    type: str | None = Query(None, pattern=ENTITY_TYPE, description="PER, ORG, LOC or MISC."),
    q: str | None = Query(None, max_length=200, description="Name or variant contains this text."),
):
    db = store(request)
    limit, offset = paging
    items = db.list_entities(limit=limit, offset=offset, type=type, query=q)
    return JSONResponse({"limit": limit, "offset": offset, "items": [to_dict(e) for e in items]})


@router.get("/entities/{entity_id}", summary="One entity: variants, roles, articles, stories and quotes")
def get_entity(request: Request, entity_id: str):
    db = store(request)
    entity = db.get_entity(entity_id)
    if entity is None:
        raise NotFound("entity", entity_id)

    def make() -> bytes:
        data = to_dict(entity)
        data["stories"] = [_story_summary(s) for s in db.entity_stories(entity.id)]
        data["quotes"] = [{"article": a, **to_dict(q)} for a, q in db.entity_quotes(entity.id)]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    key = ("entity-json", entity.id, generation(request, db))
    return Response(request.app.state.cache.get_or_make(key, make), media_type="application/json")


@router.get("/events", summary="Coded events (PLOVER types), newest first")
def list_events(
    request: Request,
    paging: tuple[int, int] = Depends(page),
    type: str | None = Query(None, max_length=40, description="PLOVER type, e.g. THREATEN."),
    actor: str | None = Query(
        None, max_length=200, description="Source or target actor text or country code."
    ),
    since: str | None = Query(None, pattern=DATE, description="Only events dated on or after this ISO date."),
):
    db = store(request)
    limit, offset = paging
    items = db.list_events(type=type, actor=actor, since=since, limit=limit, offset=offset)
    return JSONResponse({"limit": limit, "offset": offset, "items": [to_dict(e) for e in items]})


@router.get("/search", summary="Full-text search over titles and texts")
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description='Words, "phrases", OR.'),
    paging: tuple[int, int] = Depends(page),
    language: str | None = Query(None, pattern=LANG, description="ISO 639-1 language."),
    since: str | None = Query(None, pattern=DATE, description="Published on or after (ISO date)."),
    until: str | None = Query(None, pattern=DATE, description="Published on or before (ISO date)."),
):
    db = store(request)
    limit, offset = paging
    hits = db.search(q, language=language, since=since, until=until, limit=limit, offset=offset)
    body = {
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
    return JSONResponse(body)


@router.post(
    "/articles",
    status_code=201,
    summary="Ingest articles (needs the bearer token when the server has one)",
    description=(
        "Each object is read like a JSON Lines record, then analysed and assigned to a story like "
        "`veille ingest` does. The answer counts what was stored and lists each object's id and "
        "status (stored, version, duplicate) or its reject reason."
    ),
)
def post_articles(
    request: Request,
    payload: dict | list = Body(
        ...,
        description=(
            f"One article or a list of at most {MAX_POST}: "
            "{id?, url?, title?, text or html, published?, source?, language?}."
        ),
    ),
    authorization: str | None = Header(None, description="Bearer TOKEN"),
):
    token = request.app.state.token
    if token is not None and not token_matches(token, authorization):
        raise HTTPException(
            401, "a valid bearer token is required to ingest", headers={"WWW-Authenticate": "Bearer"}
        )
    items = payload if isinstance(payload, list) else [payload]
    if not items or len(items) > MAX_POST:
        raise HTTPException(422, f"send between 1 and {MAX_POST} articles")
    from veille.web.ingest import ingest_objects

    result = ingest_objects(items, store(request))
    request.app.state.cache.clear()
    return JSONResponse(result, status_code=201)
