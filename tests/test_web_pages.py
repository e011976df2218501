"""The HTML pages over a real store, read as HTML: content, links, escaping, caps."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from fixtures.web.webstore import HOSTILE_ID, built_store

from veille.model import Analysis, Article, Mention, Quote
from veille.store import open_store
from veille.web.app import create_app
from veille.web.highlight import segments
from veille.web.pages import volume


class Tags(HTMLParser):
    """Every start tag with its attributes, and the page's visible text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def links(self) -> list[str]:
        return [a.get("href") or "" for t, a in self.tags if t == "a"]


def assert_inert(html: str) -> None:
    """No script element, no event-handler attribute, no javascript: URL anywhere in the markup."""
    page = Tags(html)
    for tag, attrs in page.tags:
        assert tag not in ("script", "iframe", "object", "embed", "style"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "style" != name, tag
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)


# ---- pure helpers (fast) ----


def _article(published: str) -> Article:
    return Article(
        id=published, source="s", title="t", text="x", paragraphs=["x"], content_hash="h", published=published
    )


def test_volume_counts_articles_per_day_with_the_tallest_bar_full_height():
    chart = volume([_article("2026-03-09"), _article("2026-03-09"), _article("2026-03-10")])
    assert [b["count"] for b in chart["bars"]] == [2, 1]
    assert [b["label"] for b in chart["bars"]] == ["03-09", "03-10"]
    assert chart["bars"][0]["height"] == 2 * chart["bars"][1]["height"]


def test_volume_switches_to_months_when_days_are_too_many_and_thins_labels():
    days = [_article(f"2026-{m:02d}-{d:02d}") for m in range(1, 4) for d in range(1, 29)]
    assert len(volume(days)["bars"]) == 3  # 84 days -> 3 months
    many = [_article(f"2026-01-{d:02d}") for d in range(1, 32)] + [_article("2026-02-01")] * 5
    chart = volume(many)
    labels = [b["label"] for b in chart["bars"]]
    assert len(labels) == 32 and 0 < sum(1 for x in labels if x) < 32
    assert all(b["x"] + b["width"] <= chart["width"] for b in chart["bars"])


def test_volume_of_undated_articles_is_one_bar():
    assert [b["title"] for b in volume([_article(None)])["bars"]] == ["undated: 1 article"]


def test_highlight_segments_mark_entities_inside_quotes_and_keep_paragraphs():
    text = 'Lead line.\n\n"Lisbon will sign," said Ana.'
    lisbon = text.index("Lisbon")
    quote_end = text.index(",", lisbon) + 1
    analysis = Analysis(
        article_id="a",
        language="en",
        deep=True,
        entities=[Mention("Lisbon", lisbon, lisbon + 6, "LOC", "Lisbon", entity_id="e1")],
        quotes=[Quote("Lisbon will sign,", lisbon, quote_end, "direct", speaker="Ana")],
    )
    paragraphs = segments(text, analysis)
    assert ["".join(s.text for s in p) for p in paragraphs] == ["Lead line.", text.split("\n\n")[1]]
    marked = {s.text: (s.kind, s.entity_id) for s in paragraphs[1] if s.kind}
    assert marked["Lisbon"] == ("entity in-quote", "e1")
    assert marked[" will sign,"][0] == "quote"


def test_highlight_segments_without_analysis_are_plain_text():
    assert [[s.kind for s in p] for p in segments("a\n\nb", None)] == [[None], [None]]


# ---- pages over the built store ----


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(built_store()))


@pytest.fixture(scope="module")
def stories(client):
    return client.get("/api/stories").json()["items"]


@pytest.fixture(scope="module")
def hostile():
    with open_store(built_store()) as store:
        return next(a for a in store.iter_articles() if a.external_id == HOSTILE_ID)


@pytest.mark.slow
def test_story_list_links_every_story(client, stories):
    page = Tags(client.get("/").text)
    for story in stories:
        assert f"/stories/{story['id']}" in page.links()
    assert any("Explainer" in t or "Lisbon" in t or "pêche" in t for t in page.text)


@pytest.mark.slow
def test_story_page_shows_timeline_speakers_facts_articles_and_entities(client, stories):
    story = max(stories, key=lambda s: s["size"])
    html = client.get(f"/stories/{story['id']}").text
    page = Tags(html)
    text = " ".join(page.text)
    for heading in [
        "Timeline",
        "Who said what",
        "Facts and figures",
        "Contradictions",
        "Events",
        "Articles",
        "Who is who",
    ]:
        assert heading in text
    assert len(re.findall(r'<ol class="timeline"', html)) >= 1 and 'class="when"' in html
    assert any(link.startswith("/entities/") for link in page.links())
    assert sum(link.startswith("/articles/") for link in page.links()) >= story["size"]
    assert "<svg" in html and "<rect" in html
    assert_inert(html)


@pytest.mark.slow
def test_an_unknown_story_id_is_a_404_page(client):
    assert client.get("/stories/0000000000000000").status_code == 404


@pytest.mark.slow
def test_entity_page_lists_its_stories_and_articles(client):
    entity = client.get("/api/entities?limit=1").json()["items"][0]
    html = client.get(f"/entities/{entity['id']}").text
    assert entity["name"].replace("'", "&#39;") in html
    assert "/stories/" in html and "/articles/" in html


@pytest.mark.slow
def test_entities_page_filters_by_type_and_name(client):
    html = client.get("/entities?type=LOC&q=Lisbo").text
    assert "Lisbo" in html and 'value="LOC" selected' in html
    assert client.get("/entities?type=BAD").status_code == 422


@pytest.mark.slow
def test_search_page_highlights_hits_and_keeps_the_query_in_the_pager(client):
    html = client.get("/search?q=Lisbon").text
    assert "<mark>" in html and 'value="Lisbon"' in html and "result" in html


@pytest.mark.slow
def test_hostile_article_page_shows_the_payload_as_text_and_links_nothing_dangerous(client, hostile):
    html = client.get(f"/articles/{hostile.id}").text
    assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:alert(6)" in html  # the url is shown as text...
    assert 'href="javascript' not in html.lower()  # ...and never as a link
    text = "".join(Tags(html).text)
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/", "/search?q=alert", "/search?q=script", "/entities?q=Hostile"])
def test_hostile_text_in_lists_and_snippets_stays_inert(client, path):
    html = client.get(path).text
    assert_inert(html)
    assert "<script>alert" not in html and "<img src=x" not in html


@pytest.mark.slow
def test_hostile_story_page_stays_inert(client, hostile):
    story = client.get(f"/api/articles/{hostile.id}").json()["story"]
    html = client.get(f"/stories/{story}").text
    assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.slow
def test_bad_page_parameters_give_an_html_422(client):
    response = client.get("/?page=0")
    assert response.status_code == 422 and "Error 422" in response.text
    assert client.get("/?language=%3Cb%3E").status_code == 422


@pytest.mark.slow
def test_a_page_past_the_end_is_empty_not_an_error(client):
    html = client.get("/?page=999").text
    assert "story-item" not in html
