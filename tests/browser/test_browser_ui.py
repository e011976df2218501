"""A reader's path through the web UI in Chromium, and proof that hostile articles stay inert.

Set VEILLE_SCREENSHOTS=1 to (re)write docs/screenshots/story-desktop.png and story-phone.png.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import httpx
import pytest
from fixtures.web.webstore import HOSTILE_ID, built_store
from playwright.sync_api import Page, expect

from veille.store import open_store

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def fishing(server) -> dict:
    items = httpx.get(f"{server}/api/stories").json()["items"]
    return max(items, key=lambda s: s["size"])


@pytest.fixture(scope="module")
def hostile_id() -> str:
    with open_store(built_store()) as store:
        return next(a.id for a in store.iter_articles() if a.external_id == HOSTILE_ID)


def test_the_dialog_listener_does_catch_a_real_alert(page: Page):
    """Proves the listener used by every other test would see a script that runs."""
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content("<script>alert(1)</script>")
    assert dialogs == ["1"]


def test_story_list_opens_a_story_with_timeline_speakers_and_facts(watched: Page, fishing):
    watched.goto("/")
    expect(watched.get_by_role("heading", level=1)).to_contain_text("Stories")
    watched.get_by_role("link", name=fishing["title"]).click()
    expect(watched).to_have_url(f"/stories/{fishing['id']}")
    expect(watched.get_by_role("heading", level=1)).to_have_text(fishing["title"])
    timeline = watched.locator("ol.timeline").first.locator("li")
    expect(timeline.first).to_be_visible()
    assert timeline.count() >= 3
    expect(watched.get_by_role("heading", name="Who said what")).to_be_visible()
    speaker = watched.locator(".speaker h3 a").first
    expect(speaker).to_be_visible()
    assert speaker.inner_text().strip()
    expect(watched.locator("#facts-h + table tbody tr").first).to_be_visible()
    expect(watched.get_by_role("img", name="Articles per date")).to_be_visible()


def test_long_sections_fold_and_unfold_without_javascript(watched: Page, fishing):
    watched.goto(f"/stories/{fishing['id']}")
    more = watched.locator("#timeline-h ~ details").first
    if more.count() == 0:
        pytest.skip("timeline too short to fold")
    hidden = more.locator("li").first
    expect(hidden).to_be_hidden()
    more.locator("summary").click()
    expect(hidden).to_be_visible()


def test_an_entity_link_leads_to_the_entity_page(watched: Page, fishing):
    watched.goto(f"/stories/{fishing['id']}")
    link = watched.locator("ul.entities a").first
    name = link.inner_text().strip()
    link.click()
    expect(watched).to_have_url(re.compile(r"/entities/[^/]+$"))
    expect(watched.get_by_role("heading", level=1)).to_contain_text(name)
    expect(watched.get_by_role("heading", name="Stories")).to_be_visible()
    expect(watched.locator(f"a[href='/stories/{fishing['id']}']").first).to_be_visible()


def test_the_header_search_form_finds_articles(watched: Page):
    watched.goto("/")
    box = watched.get_by_role("searchbox", name="Search articles")
    box.fill("Lisbon")
    box.press("Enter")
    expect(watched).to_have_url(re.compile(r"/search\?q=Lisbon$"))
    expect(watched.locator(".result-count")).to_contain_text("for")
    hits = watched.locator("ol.hits > li")
    expect(hits.first).to_be_visible()
    expect(hits.first.locator("mark").first).to_be_visible()
    hits.first.locator("a").first.click()
    expect(watched.locator(".text")).to_contain_text("Lisbo")


def test_the_hostile_article_is_shown_as_text_and_nothing_runs(watched: Page, hostile_id):
    watched.goto(f"/articles/{hostile_id}")
    heading = watched.get_by_role("heading", level=1)
    expect(heading).to_contain_text("<script>alert(1)</script>")
    expect(heading).to_contain_text("<img src=x onerror=alert(2)>")
    body = watched.locator(".text")
    expect(body).to_contain_text("<img src=x onerror=alert(2)>")
    expect(body).to_contain_text('<a href="javascript:alert(3)">click here</a>')
    assert watched.locator("main script, main img, main iframe").count() == 0
    assert watched.locator("a[href^='javascript' i]").count() == 0
    expect(watched.locator(".url")).to_have_text("javascript:alert(6)")
    # what a curious reader would do: click every link the article's own text produced
    for link in watched.locator(".text a").all():
        link.click()
        watched.go_back()
    watched.wait_for_timeout(300)  # give a delayed payload its chance to fire


@pytest.mark.parametrize("where", ["story", "search", "list"])
def test_the_hostile_title_stays_inert_everywhere_it_is_listed(watched: Page, server, hostile_id, where):
    story = httpx.get(f"{server}/api/articles/{hostile_id}").json()["story"]
    path = {"story": f"/stories/{story}", "search": "/search?q=alert", "list": "/"}[where]
    watched.goto(path)
    expect(watched.locator("main")).to_contain_text("<script>alert(1)</script>")
    assert watched.locator("main script, main img[src='x']").count() == 0
    watched.wait_for_timeout(200)


def test_a_keyboard_user_can_skip_to_the_content(watched: Page):
    watched.goto("/")
    watched.keyboard.press("Tab")
    skip = watched.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()


@pytest.mark.parametrize("width, name", [(1280, "desktop"), (390, "phone")])
def test_story_page_fits_the_screen_and_is_photographed(browser, base_url, fishing, tmp_path, width, name):
    context = browser.new_context(
        base_url=base_url, viewport={"width": width, "height": 900}, device_scale_factor=1
    )
    page = context.new_page()
    page.goto(f"/stories/{fishing['id']}")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scroll at {width}px"
    font = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.said')).fontSize)")
    assert font >= 14
    target = SCREENSHOTS if os.environ.get("VEILLE_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"story-{name}.png"), full_page=False)
    context.close()
