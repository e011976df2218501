"""The FastAPI application: JSON API under /api, HTML pages elsewhere, static files, security headers."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from veille.web import api, errors, pages
from veille.web.deps import StoreProvider
from veille.web.security import SecurityHeaders

HERE = Path(__file__).resolve().parent


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """An app serving the store at `db_path`. With a `token`, POST /api/articles requires it."""
    app = FastAPI(
        title="veille",
        summary="Stories, entities, quotes and events from news reports.",
        version="0.1.0",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    app.state.templates = templates
    app.state.stores = StoreProvider(db_path)
    app.state.token = token
    app.state.write_lock = threading.Lock()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    errors.install(app, templates)
    return app
