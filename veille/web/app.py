"""The FastAPI application: JSON API under /api, HTML pages elsewhere, static files, security headers."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from veille.web import api, errors, pages
from veille.web.cache import RenderCache
from veille.web.deps import StoreProvider
from veille.web.security import BodyLimit, SecurityHeaders

HERE = Path(__file__).resolve().parent


def create_app(db_path: str | Path, token: str | None = None, cache_entries: int = 256) -> FastAPI:
    """An app serving the store at `db_path`. With a `token`, POST /api/articles requires it.
    `cache_entries` rendered stories are kept per process (0: render every time)."""
    app = FastAPI(
        title="veille",
        summary="Stories, entities, quotes and events from news reports.",
        version="0.1.0",
        docs_url=None,  # Swagger UI needs a CDN and inline script; /api/docs is our own page
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    templates.env.auto_reload = False  # templates ship with the package: no stat() per render
    app.state.templates = templates
    app.state.stores = StoreProvider(db_path)
    app.state.token = token or None
    app.state.cache = RenderCache(cache_entries)
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    errors.install(app, templates)
    return app
