"""What keeps the web interface safe to point at untrusted articles.

- Every response carries a strict Content-Security-Policy: no inline script or style, no
  third-party anything, no framing. Templates autoescape; article text is never marked safe, and
  links taken from articles are only made clickable for http(s) URLs.
- Writes (POST /api/articles) need a bearer token whenever one is configured, and one must be
  configured when the server listens beyond loopback (`veille serve` refuses otherwise).
- Request bodies must declare their length and stay under a cap (413 beyond it, 411 without it).
"""

from __future__ import annotations

import hmac
import ipaddress
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
_RAW_HEADERS = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]
MAX_BODY_BYTES = 20_000_000  # one POST /api/articles; the same cap `veille ingest` puts on one input


class SecurityHeaders:
    """Pure ASGI middleware: adds the security headers to every HTTP response (cheaper than
    Starlette's BaseHTTPMiddleware, which costs a task and a queue per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _RAW_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies without a Content-Length (411) or above `max_bytes` (413), before
    anything reads them, and stops reading a body that outgrows what it declared."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is None or not length.strip().isdigit():
            await _refuse(send, 411, "send the body with a Content-Length header")
            return
        if int(length) > self.max_bytes:
            await _refuse(send, 413, f"request body larger than {self.max_bytes} bytes")
            return
        declared, seen = int(length), 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > declared:
                    raise ValueError("request body longer than its Content-Length")
            return message

        await self.app(scope, counted, send)


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *_RAW_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def is_loopback(host: str) -> bool:
    """Whether `host` (an address or "localhost") only accepts connections from this machine.

    An empty host is not loopback: servers read it as "every interface"."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_matches(expected: str, header: str | None) -> bool:
    """Constant-time check of an `Authorization: Bearer TOKEN` header."""
    if not header or not header[:7].lower() == "bearer ":
        return False
    return hmac.compare_digest(header[7:].strip().encode(), expected.encode())


def safe_link(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (javascript:, data:, relative...)."""
    if not url:
        return None
    candidate = url.strip()
    if candidate.lower().startswith(("http://", "https://")) and not any(
        c in candidate for c in "\x00\n\r\t "
    ):
        return candidate
    return None
