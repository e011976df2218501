"""The rendered-story cache, merged stories, a story without a view, and server errors (fast)."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from veille.ingest.jsonl import article_from_object
from veille.store import open_store
from veille.web import cache as cache_module
from veille.web.app import create_app
from veille.web.cache import RenderCache
from veille.web.security import CSP


def test_cache_returns_the_stored_bytes_until_the_key_changes():
    cache, calls = RenderCache(entries=4), []

    def make(value: bytes):
        return lambda: calls.append(value) or value

    assert cache.get_or_make(("s", 1), make(b"one")) == b"one"
    assert cache.get_or_make(("s", 1), make(b"other")) == b"one"
    assert cache.get_or_make(("s", 2), make(b"two")) == b"two"
    assert calls == [b"one", b"two"] and (cache.hits, cache.misses) == (1, 2)


def test_cache_forgets_the_least_recently_used_entry_beyond_its_size():
    cache = RenderCache(entries=2)
    for key in "abc":
        cache.get_or_make(key, lambda k=key: k.encode())
    assert cache.get_or_make("a", lambda: b"again") == b"again"  # "a" was evicted
    assert cache.get_or_make("c", lambda: b"never") == b"c"


def test_cache_entries_expire_and_a_size_of_zero_turns_it_off(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: now[0])
    cache = RenderCache(entries=8, ttl=10)
    cache.get_or_make("k", lambda: b"old")
    now[0] += 11
    assert cache.get_or_make("k", lambda: b"new") == b"new"
    off = RenderCache(entries=0)
    assert off.get_or_make("k", lambda: b"1") == b"1" and off.get_or_make("k", lambda: b"2") == b"2"


def test_generation_is_read_at_most_once_a_second(monkeypatch):
    now = [50.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: now[0])
    cache, reads = RenderCache(), []
    read = lambda: reads.append(1) or len(reads)  # noqa: E731
    assert cache.generation(read) == 1 and cache.generation(read) == 1
    now[0] += 1.5
    assert cache.generation(read) == 2


def _store_with_two_stories(path):
    store = open_store(path)
    articles = [
        article_from_object(
            {"title": f"Report {n}", "text": f"PARIS (Wire) - Report number {n} on the strike."}, f"t:{n}"
        )
        for n in (1, 2)
    ]
    store.add_articles(articles)
    for n, article in enumerate(articles, 1):
        store.create_story(f"story{n}", article.title)
        store.add_to_story(f"story{n}", article.id)
        store.refresh_story(f"story{n}")
    return store, articles


def test_a_merged_story_redirects_to_the_story_it_joined(tmp_path):
    store, _ = _store_with_two_stories(tmp_path / "m.db")
    client = TestClient(create_app(tmp_path / "m.db"))
    assert client.get("/stories/story1").status_code == 200
    store.merge_stories("story1", "story2")
    response = client.get("/stories/story1", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/stories/story2"
    assert client.get("/api/stories/story1").json()["id"] == "story2"
    store.close()


def test_a_story_page_follows_its_story_as_articles_join(tmp_path):
    store, articles = _store_with_two_stories(tmp_path / "j.db")
    client = TestClient(create_app(tmp_path / "j.db"))
    before = client.get("/stories/story2").text
    assert "Report 1" not in before and "No dated statements" not in before  # no view yet
    store.add_to_story("story2", articles[0].id)  # written by another process: no cache clear here
    store.refresh_story("story2")
    assert "Report 1" in client.get("/stories/story2").text
    assert client.get("/api/stories/story2").json()["size"] == 2
    store.close()


@pytest.fixture
def broken(tmp_path) -> TestClient:
    path = tmp_path / "broken.db"
    client = TestClient(create_app(path), raise_server_exceptions=False)
    with sqlite3.connect(path) as conn:  # a damaged store: the stories table is gone
        conn.execute("DROP TABLE stories")
    return client


def test_a_server_error_is_a_json_500_under_api_without_details(broken):
    response = broken.get("/api/stories")
    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "message": "internal error (see the server log)"}}
    assert response.headers["content-security-policy"] == CSP


def test_a_server_error_is_an_error_page_elsewhere(broken):
    response = broken.get("/")
    assert response.status_code == 500 and "Error 500" in response.text
    assert "sqlite" not in response.text.lower() and "Traceback" not in response.text
    assert response.headers["content-security-policy"] == CSP
