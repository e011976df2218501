"""Errors as JSON for the API and as a page for the browser, with the right status code."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from veille.web.security import HEADERS

log = logging.getLogger(__name__)


class NotFound(HTTPException):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(404, f"no {what} with id {ident!r}")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def install(app, templates) -> None:
    """JSON errors `{"error": {"status", "message"}}` under /api/, the error page elsewhere."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if _wants_json(request):
            return JSONResponse(
                {"error": {"status": exc.status_code, "message": str(exc.detail)}},
                status_code=exc.status_code,
                headers=getattr(exc, "headers", None),
            )
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "message": str(exc.detail)},
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = [
            f"{'.'.join(str(p) for p in err.get('loc', ()) if p not in ('query', 'body', 'path'))}: {err.get('msg')}"
            for err in exc.errors()
        ]
        message = "invalid request: " + "; ".join(problems)
        if _wants_json(request):
            return JSONResponse({"error": {"status": 422, "message": message}}, status_code=422)
        return templates.TemplateResponse(
            request, "error.html", {"status": 422, "message": message}, status_code=422
        )

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # Runs outside the middleware stack: the security headers are added here.
        log.exception("error serving %s", request.url.path)
        message = "internal error (see the server log)"
        if _wants_json(request):
            return JSONResponse(
                {"error": {"status": 500, "message": message}}, status_code=500, headers=HEADERS
            )
        response = templates.TemplateResponse(
            request, "error.html", {"status": 500, "message": message}, status_code=500
        )
        response.headers.update(HEADERS)
        return response
