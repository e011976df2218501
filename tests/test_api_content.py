"""Every JSON endpoint over a real store: examples/ plus a hostile article, through the full pipeline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from fixtures.web.webstore import HOSTILE_ID, built_store

from veille.store import open_store
from veille.web.app import create_app

pytestmark = pytest.mark.slow
TOKEN = "content-test-token"


@pytest.fixture(scope="module")
def db():
    return built_store()


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def fishing(client) -> dict:
    """The fishing-dispute story: the biggest one, told in French and English."""
    items = client.get("/api/stories").json()["items"]
    return max(items, key=lambda s: s["size"])


@pytest.fixture(scope="module")
def hostile(db):
    with open_store(db) as store:
        return next(a for a in store.iter_articles() if a.external_id == HOSTILE_ID)


def test_story_list_holds_the_examples_stories_newest_first(client, fishing):
    body = client.get("/api/stories").json()
    assert body["total"] == len(body["items"]) >= 3
    assert fishing["size"] >= 4 and {"en", "fr"} <= set(fishing["languages"])
    updated = [s["updated"] for s in body["items"]]
    assert updated == sorted(updated, reverse=True)
    assert all("articles" not in s for s in body["items"])  # summaries only


def test_story_list_pages_with_limit_and_offset(client):
    everything = [s["id"] for s in client.get("/api/stories?limit=100").json()["items"]]
    paged = []
    for offset in range(0, len(everything), 2):
        page = client.get(f"/api/stories?limit=2&offset={offset}").json()
        assert page["limit"] == 2 and page["offset"] == offset and page["total"] == len(everything)
        paged += [s["id"] for s in page["items"]]
    assert paged == everything
    assert client.get(f"/api/stories?offset={len(everything)}").json()["items"] == []


def test_story_list_filters_by_language_dates_and_entity(client, fishing):
    french = client.get("/api/stories?language=fr").json()["items"]
    assert fishing["id"] in [s["id"] for s in french]
    assert all("fr" in s["languages"] for s in french)
    assert client.get("/api/stories?language=de").json()["total"] == 0
    assert client.get("/api/stories?since=2030-01-01").json()["total"] == 0
    assert client.get("/api/stories?until=2000-01-01").json()["total"] == 0
    assert fishing["id"] in [
        s["id"] for s in client.get("/api/stories?since=2026-03&until=2026-03-31").json()["items"]
    ]
    story = client.get(f"/api/stories/{fishing['id']}").json()
    entity = story["entities"][0]["id"]
    with_entity = client.get(f"/api/stories?entity={entity}").json()["items"]
    assert fishing["id"] in [s["id"] for s in with_entity]


def test_story_object_holds_articles_relations_and_the_consolidated_view(client, fishing):
    story = client.get(f"/api/stories/{fishing['id']}").json()
    assert story["id"] == fishing["id"] and len(story["articles"]) == story["size"]
    assert {a["language"] for a in story["articles"]} >= {"en", "fr"}
    assert any(a["relations"] for a in story["articles"])  # translation / update / rewrite links
    for key in ["quotes", "facts", "events", "timeline", "entities", "additions", "contradictions"]:
        assert isinstance(story[key], list)
    assert story["quotes"] and story["timeline"] and story["entities"] and story["facts"]
    assert all(e["evidence"]["article"] for e in story["events"])


def test_article_endpoint_gives_text_analysis_and_story(client, fishing):
    story = client.get(f"/api/stories/{fishing['id']}").json()
    article_id = story["articles"][0]["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["text"] and article["story"] == fishing["id"]
    assert article["analysis"]["entities"]
    assert client.get(f"/api/articles/{article_id[:8]}").json()["id"] == article_id  # unique prefix


def test_entities_list_and_entity_detail(client):
    items = client.get("/api/entities?limit=5").json()["items"]
    assert 0 < len(items) <= 5
    top = items[0]
    detail = client.get(f"/api/entities/{top['id']}").json()
    assert detail["name"] == top["name"] and detail["stories"] and isinstance(detail["quotes"], list)
    places = client.get("/api/entities?type=LOC&limit=100").json()["items"]
    assert places and all(e["type"] == "LOC" for e in places)
    named = client.get("/api/entities?q=Lisbo").json()["items"]
    assert any("Lisbo" in e["name"] or any("Lisbo" in v for v in e["variants"]) for e in named)


def test_a_speaker_entity_lists_its_quotes(client, fishing):
    story = client.get(f"/api/stories/{fishing['id']}").json()
    speaker = next(q["speaker"] for q in story["quotes"] if q["speaker"])
    quotes = client.get(f"/api/entities/{speaker}").json()["quotes"]
    assert quotes and all(q["article"] for q in quotes)


def test_events_list_and_type_filter(client):
    events = client.get("/api/events?limit=100").json()["items"]
    assert events
    kind = events[0]["type"]
    same = client.get(f"/api/events?type={kind}&limit=100").json()["items"]
    assert same and all(e["type"] == kind for e in same)
    assert client.get("/api/events?limit=3&offset=1").json()["items"] == events[1:4]


def test_search_finds_articles_in_both_languages_and_names_their_story(client, fishing):
    body = client.get("/api/search?q=Lisbon OR Lisbonne").json()
    assert body["total"] >= 3 and {h["language"] for h in body["items"]} >= {"en", "fr"}
    assert all(h["story"] for h in body["items"])
    assert fishing["id"] in {h["story"] for h in body["items"]}
    english = client.get("/api/search?q=Lisbon&language=en").json()["items"]
    assert english and all(h["language"] == "en" for h in english)


@pytest.mark.parametrize(
    "q", ['"unclosed', "AND OR NOT", "*", "a:b", "(((", "NEAR(", "'; DROP TABLE articles; --"]
)
def test_search_never_fails_on_odd_queries(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_the_hostile_article_comes_back_verbatim_as_json_data(client, hostile):
    article = client.get(f"/api/articles/{hostile.id}").json()
    assert "<script>alert(1)</script>" in article["title"]
    assert "<img src=x onerror=alert(2)>" in article["text"]
    assert article["url"] == "javascript:alert(6)"


def test_posting_articles_with_the_token_ingests_them_through_the_full_pipeline(tmp_path):
    client = TestClient(create_app(tmp_path / "post.db", token=TOKEN))
    other_worker = TestClient(create_app(tmp_path / "post.db", token=TOKEN))  # its own cache
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = {
        "id": "post-1",
        "title": "Harbour cranes stand idle as Antwerp dockers strike",
        "published": "2026-04-02",
        "language": "en",
        "text": "ANTWERP (Wire) - Dockers at the port of Antwerp walked out on Thursday over new "
        'automated cranes, leaving 40 ships waiting at anchor.\n\n"We were never asked," said '
        "Jan Peeters, a union delegate.",
    }
    response = client.post("/api/articles", json=[first, {"title": "empty"}, first], headers=auth)
    assert response.status_code == 201
    body = response.json()
    assert body["read"] == 2 and body["stored"] == 1 and body["duplicates"] == 1 and body["rejected"] == 1
    stored, copy = body["articles"]
    assert stored["status"] == "stored" and stored["story"] and copy["status"] == "duplicate"
    assert body["rejects"] == [{"index": 1, "reason": "no_body", "detail": "neither text nor html"}]

    article = client.get(f"/api/articles/{stored['id']}").json()
    assert article["analysis"] and article["story"] == stored["story"]
    assert client.get("/api/search?q=Antwerp").json()["total"] == 1
    assert client.get(f"/api/stories/{stored['story']}").json()["size"] == 1
    assert other_worker.get(f"/api/stories/{stored['story']}").json()["size"] == 1  # now cached there

    again = client.post("/api/articles", json=first, headers=auth).json()
    assert again["stored"] == 0 and again["duplicates"] == 1
    update = dict(first, text=first["text"] + "\n\nThe strike ended on Friday evening.")
    revised = client.post("/api/articles", json=update, headers=auth).json()
    assert revised["versions"] == 1 and revised["articles"][0]["status"] == "version"
    new_id, story = revised["articles"][0]["id"], revised["articles"][0]["story"]
    assert story == stored["story"]  # an update joins the story of its first version
    for reader in (client, other_worker):  # the other process sees it too: its cache key moved on
        assert new_id in [a["id"] for a in reader.get(f"/api/stories/{story}").json()["articles"]]
        assert f"/articles/{new_id}" in reader.get(f"/stories/{story}").text
