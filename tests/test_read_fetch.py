"""Fetching against a real HTTP server on 127.0.0.1: conditional GET, size cap, redirects, feeds."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from veille.ingest.fetch import Fetcher, FetchError, ValidatorCache
from veille.ingest.registry import read_input
from veille.ingest.sources import RawInput, iter_inputs
from veille.model import Article, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
ETAG = '"v1-osce"'
LAST_MODIFIED = "Thu, 13 Jan 2022 10:00:00 GMT"
BIG = 300_000


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local</title><link>{base}/</link>
<item><title>L'OSCE craint une guerre</title><link>{base}/page</link><guid>e1</guid>
<pubDate>Thu, 13 Jan 2022 11:02:00 +0100</pubDate><description>Résumé court de la dépêche sur la réunion de Vienne.</description></item>
<item><title>Lien mort</title><link>{base}/missing</link><guid>e2</guid>
<description>Ce résumé reste disponible même si la page a disparu du site.</description></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen.append({"path": self.path, **dict(self.headers.items())})
        base = f"http://{self.headers['Host']}"
        if self.path == "/article":
            if (
                self.headers.get("If-None-Match") == ETAG
                or self.headers.get("If-Modified-Since") == LAST_MODIFIED
            ):
                self._send(304)
            else:
                body = (FIXTURES / "page_fr.html").read_bytes()
                self._send(200, body, ETag=ETAG, Last_Modified=LAST_MODIFIED)
        elif self.path == "/page":
            self._send(200, (FIXTURES / "page_fr.html").read_bytes())
        elif self.path == "/feed":
            self._send(200, _feed(base), "application/rss+xml")
        elif self.path == "/moved":
            self._send(302, Location=f"{base}/page")
        elif self.path == "/big-declared":
            self._send(200, b"x" * 10, Content_Length=str(BIG * 10))
        elif self.path == "/big-streamed":  # no Content-Length: the cap must act while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(BIG // 1000 + 10):
                self.wfile.write(b"y" * 1000)
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=5, max_bytes=BIG) as f:
        yield f


def test_conditional_get_with_etag_and_last_modified_gives_304(server, fetcher):
    first = fetcher.fetch(f"{server}/article")
    assert first.status == 200 and first.etag == ETAG and first.last_modified == LAST_MODIFIED
    assert b"OSCE" in first.data and first.content_type.startswith("text/html")
    again = fetcher.fetch(f"{server}/article")  # validators come from the cache
    assert again.not_modified and again.data == b""
    assert Handler.seen[-1]["If-None-Match"] == ETAG
    assert Handler.seen[-1]["If-Modified-Since"] == LAST_MODIFIED
    by_date = Fetcher(timeout=5).fetch(f"{server}/article", last_modified=LAST_MODIFIED)
    assert by_date.status == 304


def test_validator_cache_survives_in_a_json_file(server, tmp_path):
    path = tmp_path / "validators.json"
    cache = ValidatorCache(path)
    with Fetcher(validators=cache) as f:
        f.fetch(f"{server}/article")
    cache.save()
    with Fetcher(validators=ValidatorCache(path)) as f:
        assert f.fetch(f"{server}/article").not_modified


def test_user_agent_names_veille_and_redirects_are_followed(server, fetcher):
    result = fetcher.fetch(f"{server}/moved")
    assert result.status == 200 and result.url == f"{server}/page"
    assert Handler.seen[-1]["User-Agent"].startswith("veille")


def test_size_cap_applies_to_declared_and_streamed_bodies(server, fetcher):
    for path in ("/big-declared", "/big-streamed"):
        with pytest.raises(FetchError) as err:
            fetcher.fetch(f"{server}{path}")
        assert err.value.reason == "too_large"


def test_connection_failure_is_a_fetch_error():
    with Fetcher(timeout=2) as f, pytest.raises(FetchError) as err:
        f.fetch("http://127.0.0.1:9/nothing")
    assert err.value.reason == "fetch_error"


def test_url_targets_are_fetched_read_and_404_or_304_handled(server, fetcher):
    fetcher.validators = ValidatorCache()
    items = list(
        iter_inputs([f"{server}/article", f"{server}/missing", f"{server}/article"], fetcher=fetcher)
    )
    raw, missing = items  # the second /article answers 304: nothing new to read
    assert isinstance(raw, RawInput) and raw.origin == f"{server}/article"
    assert missing.reason == "fetch_error" and "404" in missing.detail
    (article,) = read_input(raw)
    assert article.url == f"{server}/article" and article.source == f"{server}/article"
    assert article.title == "Vienne : l'OSCE craint une guerre en Europe"


def test_feed_follow_links_reads_linked_pages_and_keeps_summaries_of_dead_links(server, fetcher):
    (raw,) = iter_inputs([f"{server}/feed"], fetcher=fetcher)
    plain = list(read_input(raw))
    assert [a.text[:6] for a in plain] == ["Résumé", "Ce rés"]
    followed = list(read_input(raw, follow_links=True, fetcher=fetcher))
    page, dead, kept = followed
    assert isinstance(page, Article) and page.text.startswith("Le risque d'un conflit armé")
    assert page.title == "L'OSCE craint une guerre" and page.external_id == "e1"
    assert page.url == f"{server}/page" and page.source == f"{server}/feed"
    assert page.published == "2022-01-13T11:02:00+01:00"
    assert isinstance(dead, Reject) and dead.input == f"{server}/missing" and dead.reason == "fetch_error"
    assert isinstance(kept, Article) and kept.text.startswith("Ce résumé reste disponible")


def test_feed_entry_whose_page_is_not_modified_is_skipped(server, fetcher):
    feed = _feed(server).replace(b"/page</link>", b"/article</link>")
    raw = RawInput(origin=f"{server}/feed", data=feed, name="feed")
    first = list(read_input(raw, follow_links=True, fetcher=fetcher))
    assert first[0].url == f"{server}/article" and first[0].text.startswith("Le risque")
    again = list(read_input(raw, follow_links=True, fetcher=fetcher))
    assert [getattr(i, "url", None) for i in again if isinstance(i, Article)] == [f"{server}/missing"]
