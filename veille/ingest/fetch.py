"""HTTP fetching behind one small boundary: `Fetcher.fetch(url) -> FetchResult`.

httpx does the work; tests and callers may pass any httpx transport. Responses are streamed and
cut off past `max_bytes`. Conditional GET: validators (ETag, Last-Modified) seen on a 200 are kept
in a `ValidatorCache` and sent back next time; a 304 comes back as `FetchResult.not_modified`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import httpx

from veille.model import Reject

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 20_000_000


def _user_agent() -> str:
    try:
        from importlib.metadata import version

        return f"veille/{version('veille')} (news monitoring)"
    except Exception:  # noqa: BLE001 - not installed as a distribution
        return "veille (news monitoring)"


USER_AGENT = _user_agent()


class FetchError(Exception):
    """A fetch that produced no usable response; `reason` is a Reject reason (fetch_error | too_large)."""

    def __init__(self, url: str, reason: str, detail: str) -> None:
        super().__init__(f"{url}: {detail}")
        self.url = url
        self.reason = reason
        self.detail = detail


@dataclass
class FetchResult:
    url: str  # final URL, after redirects
    status: int
    data: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class ValidatorCache:
    """url -> (etag, last_modified). In memory, saved as JSON when given a path."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._entries: dict[str, tuple[str | None, str | None]] = {}
        if path is not None and path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            self._entries = {url: (v[0], v[1]) for url, v in data.items()}

    def get(self, url: str) -> tuple[str | None, str | None]:
        return self._entries.get(url, (None, None))

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if etag or last_modified:
            self._entries[url] = (etag, last_modified)

    def save(self) -> None:
        if self.path is not None:
            self.path.write_text(json.dumps(self._entries, indent=1), encoding="utf-8")


class Fetcher:
    """GET with a timeout, a size cap, redirects, a veille User-Agent and conditional requests."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
        validators: ValidatorCache | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.validators = validators if validators is not None else ValidatorCache()
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": user_agent},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET `url`. Validators default to the cache's. Raises FetchError (fetch_error | too_large)."""
        if etag is None and last_modified is None:
            etag, last_modified = self.validators.get(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                data = self._read_capped(url, response)
        except httpx.HTTPError as exc:
            raise FetchError(url, "fetch_error", f"{type(exc).__name__}: {exc}") from exc
        result = FetchResult(
            url=str(response.url),
            status=response.status_code,
            data=data,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            content_type=response.headers.get("Content-Type"),
        )
        if result.ok:
            self.validators.put(url, result.etag, result.last_modified)
        return result

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, "too_large", f"Content-Length {declared} > {self.max_bytes} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, "too_large", f"body exceeds {self.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def fetch_or_reject(fetcher: Fetcher, url: str) -> FetchResult | Reject | None:
    """Fetch `url`: the result when it is 2xx, None when not modified, else a Reject saying why."""
    try:
        result = fetcher.fetch(url)
    except FetchError as exc:
        return Reject(url, exc.reason, exc.detail)
    if result.not_modified:
        return None
    if not result.ok:
        return Reject(url, "fetch_error", f"HTTP {result.status}")
    return result
