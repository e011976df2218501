"""The JSON API's contract on an empty store: schema, errors, limits, headers and the token.

Fast: no analysis runs here (tests/test_api_content.py covers the endpoints over real stories).
"""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openapi_spec_validator import validate
from typer.testing import CliRunner

from veille.cli import app as cli
from veille.web.app import create_app
from veille.web.security import CSP, BodyLimit, is_loopback, safe_link, token_matches

TOKEN = "s3cret-token-for-tests"
LISTS = ["/api/stories", "/api/entities", "/api/events", "/api/search?q=fishing"]


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    return TestClient(create_app(tmp_path_factory.mktemp("api") / "empty.db"))


@pytest.fixture(scope="module")
def guarded(tmp_path_factory) -> TestClient:
    return TestClient(create_app(tmp_path_factory.mktemp("api") / "guarded.db", token=TOKEN))


def assert_json_error(response, status: int) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == status and error["message"]
    return error


def test_openapi_schema_is_a_valid_openapi_document(client):
    schema = client.get("/api/openapi.json").json()
    validate(schema)
    assert {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/events",
        "/api/search",
    } <= set(schema["paths"])
    assert all(not p.startswith(("/stories", "/search")) for p in schema["paths"])  # pages stay out


def test_every_parameter_of_the_api_is_documented(client):
    schema = client.get("/api/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), (method, path)
            for param in op.get("parameters", []):
                if param["in"] == "query":
                    assert param.get("description"), (path, param["name"])


@pytest.mark.parametrize("path", LISTS)
def test_lists_answer_pages_even_on_an_empty_store(client, path):
    response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    assert body["items"] == [] and body["limit"] == 20 and body["offset"] == 0


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("query", ["limit=101", "limit=500", "limit=0", "limit=-1", "offset=-1", "limit=ten"])
def test_page_size_above_a_hundred_or_below_one_is_a_json_422(client, path, query):
    sep = "&" if "?" in path else "?"
    error = assert_json_error(client.get(f"{path}{sep}{query}"), 422)
    assert query.split("=")[0] in error["message"]


def test_a_page_of_exactly_a_hundred_is_allowed(client):
    assert client.get("/api/stories?limit=100&offset=300").json()["limit"] == 100


@pytest.mark.parametrize(
    "query",
    ["since=yesterday", "until=2026-3-1", "language=english", "language=<b>", "since=2026-03-01'%20OR%201=1"],
)
def test_malformed_filters_are_refused_not_guessed(client, query):
    assert_json_error(client.get(f"/api/stories?{query}"), 422)


def test_well_formed_filters_are_accepted(client):
    response = client.get("/api/stories?language=fr&since=2026-03&until=2026-03-10&entity=abc")
    assert response.status_code == 200 and response.json()["total"] == 0


def test_search_needs_a_query(client):
    assert_json_error(client.get("/api/search"), 422)
    assert_json_error(client.get("/api/search?q="), 422)


@pytest.mark.parametrize("kind", ["stories", "articles", "entities"])
def test_unknown_ids_are_404_with_a_json_error(client, kind):
    error = assert_json_error(client.get(f"/api/{kind}/does-not-exist"), 404)
    assert "does-not-exist" in error["message"]


def test_unknown_api_paths_are_json_404_and_unknown_pages_are_html_404(client):
    assert_json_error(client.get("/api/nothing-here"), 404)
    page = client.get("/nothing-here")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Error 404" in page.text


def test_an_unknown_story_page_is_an_html_404_that_escapes_the_id(client):
    page = client.get("/stories/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert page.status_code == 404
    assert "<img src=x" not in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text


@pytest.mark.parametrize("path", ["/", "/search?q=x", "/entities", "/api/docs", "/nothing", "/api/stories"])
def test_every_response_carries_the_strict_content_security_policy(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "unsafe-inline" not in CSP and "script-src 'self'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_pages_hold_no_inline_script_or_style(client):
    for path in ["/", "/search?q=x", "/entities", "/api/docs"]:
        html = client.get(path).text
        assert "<script" not in html and "style=" not in html and "<style" not in html
        assert " on" not in html.replace(" onerror", "!").split("<body", 1)[1].split(">", 1)[0]


def test_the_api_reference_page_lists_every_endpoint_from_the_schema(client):
    html = client.get("/api/docs").text
    for path in ["/api/stories/{story_id}", "/api/search", "/api/articles"]:
        assert path in html
    assert "cdn" not in html.lower()


# ---- ingestion and its token ----


def test_post_without_a_token_is_401_when_the_server_has_one(guarded):
    error = assert_json_error(guarded.post("/api/articles", json={"text": "x"}), 401)
    assert "token" in error["message"]


@pytest.mark.parametrize(
    "header", [f"Bearer {TOKEN}x", "Bearer ", f"Basic {TOKEN}", TOKEN, f"Bearer {TOKEN[:-1]}"]
)
def test_post_with_a_wrong_token_is_401(guarded, header):
    response = guarded.post("/api/articles", json={"text": "x"}, headers={"Authorization": header})
    assert_json_error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_post_with_the_right_token_is_accepted_and_reports_rejects(guarded):
    response = guarded.post(
        "/api/articles",
        json=[{"title": "no body"}, "not an object", {"text": "   "}],
        headers={"Authorization": f"bearer {TOKEN}"},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["read"] == 0 and body["stored"] == 0 and body["rejected"] == 3
    assert body["reasons"] == {"no_body": 2, "malformed_json": 1}
    assert [r["index"] for r in body["rejects"]] == [0, 1, 2]
    assert body["rejects"][1]["reason"] == "malformed_json"


def test_post_needs_between_one_and_a_thousand_articles(guarded):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_json_error(guarded.post("/api/articles", json=[], headers=auth), 422)
    assert_json_error(guarded.post("/api/articles", json=[{"text": "x"}] * 1001, headers=auth), 422)
    assert_json_error(guarded.post("/api/articles", content=b"{not json", headers=auth), 422)


def test_without_a_configured_token_posting_is_open(client):
    response = client.post("/api/articles", json={"title": "no body"})
    assert response.status_code == 201 and response.json()["rejected"] == 1


def test_reads_need_no_token(guarded):
    assert guarded.get("/api/stories").status_code == 200


def test_bodies_without_length_or_too_large_are_refused_before_being_read():
    inner = FastAPI()

    @inner.post("/echo")
    async def echo(payload: dict):
        return payload

    client = TestClient(BodyLimit(inner, max_bytes=100))
    assert client.post("/echo", json={"a": 1}).json() == {"a": 1}
    assert_json_error(client.post("/echo", json={"a": "x" * 200}), 413)

    def chunks():
        yield b'{"a": 1}'

    assert_json_error(client.post("/echo", content=chunks()), 411)  # chunked: no Content-Length


def test_token_comparison_wants_a_bearer_header():
    assert token_matches("abc", "Bearer abc") and token_matches("abc", "bearer  abc ")
    assert not token_matches("abc", None) and not token_matches("abc", "abc")
    assert not token_matches("abc", "Bearer abcd") and not token_matches("abc", "Token abc")


def test_only_loopback_addresses_count_as_local():
    assert all(is_loopback(h) for h in ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
    assert not any(is_loopback(h) for h in ["0.0.0.0", "", "::", "192.168.1.4", "example.org"])


def test_only_http_links_from_articles_become_clickable():
    assert safe_link("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for url in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "/relative",
        None,
        "http://x.org/\njavascript:alert(1)",
    ]:
        assert safe_link(url) is None


# ---- veille serve ----


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", ""])
def test_serve_beyond_loopback_without_a_token_refuses_to_start(tmp_path, host, monkeypatch):
    monkeypatch.delenv("VEILLE_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--host", host])
    assert result.exit_code == 2
    assert "token" in result.output.lower()


def test_serve_help_documents_every_option():
    result = CliRunner().invoke(cli, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ["--db", "--host", "--port", "--token", "--workers"]:
        assert option in result.output
