"""`veille serve` as a real process on 127.0.0.1: workers, token, concurrent writers."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fixtures.web.webstore import built_store, running_server

from veille.web.security import CSP

pytestmark = pytest.mark.slow
TOKEN = "server-test-token"


def test_two_workers_serve_the_store_with_headers_and_json_errors():
    """Reads only: the built store is shared by every web test."""
    with running_server(built_store(), "--workers", "2") as base:
        with httpx.Client(base_url=base) as http:
            for _ in range(6):  # several connections: both workers answer
                with httpx.Client(base_url=base) as fresh:
                    response = fresh.get("/api/stories")
                    assert response.status_code == 200 and response.json()["total"] >= 3
            page = http.get("/")
            assert page.headers["content-security-policy"] == CSP
            assert http.get("/api/stories?limit=1000").status_code == 422
            assert http.get("/api/stories/nope").json()["error"]["status"] == 404


def test_concurrent_posts_to_a_token_server_are_all_stored(tmp_path):
    def article(n: int) -> dict:
        return {
            "id": f"conc-{n}",
            "title": f"Ferry service {n} resumes after storm",
            "language": "en",
            "published": f"2026-05-0{n + 1}",
            "text": f"OSLO (Wire) - Ferry line {n} resumed service on Monday after a storm closed "
            f"the fjord for {n + 2} days, the operator said.",
        }

    with running_server(tmp_path / "conc.db", "--workers", "2", "--token", TOKEN) as base:
        assert httpx.post(f"{base}/api/articles", json=article(0)).status_code == 401

        def post(n: int) -> httpx.Response:
            return httpx.post(
                f"{base}/api/articles",
                json=article(n),
                headers={"Authorization": f"Bearer {TOKEN}"},
                timeout=120,
            )

        with ThreadPoolExecutor(4) as pool:
            responses = list(pool.map(post, range(4)))
        assert [r.status_code for r in responses] == [201] * 4, [r.text for r in responses]
        assert sum(r.json()["stored"] for r in responses) == 4
        found = httpx.get(f"{base}/api/search", params={"q": "ferry"}).json()
        assert found["total"] == 4 and all(h["story"] for h in found["items"])
