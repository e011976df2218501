"""What keeps the web interface safe to point at untrusted articles.

- Every response carries a strict Content-Security-Policy: no inline script, no third-party
  anything, no framing. Templates autoescape; article text is never marked safe.
- Writes (POST /api/articles) need a bearer token whenever one is configured, and one must be
  configured when the server listens beyond loopback.
"""

from __future__ import annotations

import hmac
import ipaddress

from fastapi import Request
from starlette.middleware.base import BaseHTTPMiddleware

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
# The OpenAPI docs page loads its own assets; it gets a policy that allows exactly those.
DOCS_CSP = "default-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if request.url.path in ("/api/docs", "/api/redoc"):
            response.headers["Content-Security-Policy"] = DOCS_CSP
        return response


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_matches(expected: str, header: str | None) -> bool:
    if not header or not header.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), expected.encode())
