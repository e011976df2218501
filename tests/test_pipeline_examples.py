"""The whole pipeline on the team's examples: one invented fishing dispute told as an English
original, its French translation, an updated English version, an independent AFP rewrite and an
explainer page, plus an unrelated dockers' strike in two languages."""

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def store(examples_db):
    with open_store(examples_db) as s:
        yield s


@pytest.fixture(scope="module")
def fishing(store):
    stories = store.list_stories(limit=10)
    return max(stories, key=lambda s: s.size)


def by_source(store, story, name):
    return next(a for a in store.story_articles(story.id) if a.source.endswith(name))


def test_reports_of_one_event_form_one_story_across_languages(store, fishing):
    assert store.count_stories() == 2
    assert fishing.size == 5 and set(fishing.languages) == {"en", "fr"}
    dockers = [s for s in store.list_stories() if s.id != fishing.id][0]
    assert dockers.size == 2 and "dockers" in dockers.title.lower()


def test_versions_are_typed_translation_update_and_rewrite(store, fishing):
    relations = {(r.a, r.b): r.kind for r in store.story_relations(fishing.id)}
    en = by_source(store, fishing, "lisbon-talks-en.txt").id
    fr = by_source(store, fishing, "lisbon-talks-fr.txt").id
    update = by_source(store, fishing, "lisbon-talks-en-update.txt").id
    afp = by_source(store, fishing, "lisbon-talks-fr-afp.txt").id
    assert relations.get((en, fr)) == "translation"
    assert relations.get((en, update)) == "update"
    assert "rewrite" in {kind for (a, b), kind in relations.items() if afp in (a, b)}


def test_transliterated_spellings_are_one_person(store):
    matches = [e for e in store.list_entities(limit=50, query="Amrani")]
    assert len(matches) == 1
    variants = {v.lower() for v in [matches[0].name, *matches[0].variants]}
    assert {"youssef el amrani", "youssef el-amrani"} <= variants
    assert len(matches[0].articles) >= 4


def test_a_quote_in_two_languages_is_merged_under_its_speaker(store, fishing):
    view = store.story_view(fishing.id)
    carvalho = [q for q in view.quotes if q.speaker_name and "Carvalho" in q.speaker_name]
    assert any(len(q.articles) >= 3 for q in carvalho)  # en, en update and fr carry the same words


def test_facts_count_independent_sources_and_contradictions_are_found(store, fishing):
    view = store.story_view(fishing.id)
    km40 = next(f for f in view.facts if f.value == 40 and f.unit == "km")
    assert len(km40.articles) >= 3
    assert km40.sources < len(km40.articles)  # Reuters versions count once
    assert any(c.kind == "figure" and {"40 km", "35 km"} <= {x.value for x in c.claims} for c in view.contradictions)


def test_the_afp_range_figure_is_credited_only_to_the_report_that_has_it(store, fishing):
    view = store.story_view(fishing.id)
    afp = by_source(store, fishing, "lisbon-talks-fr-afp.txt").id
    km35 = next(f for f in view.facts if f.value == 35 and f.unit == "km")
    assert km35.articles == [afp]
    assert any("35 km" in fig for a in view.additions if a.article == afp for fig in a.figures)


def test_timeline_orders_the_three_meeting_places(store, fishing):
    view = store.story_view(fishing.id)
    places = {}
    for entry in view.timeline:
        if entry.place and entry.date and entry.precision == "day":
            places.setdefault(entry.place.lower(), entry.date)
    lisbon = min(places[p] for p in places if p.startswith("lisbo"))
    assert lisbon == "2026-03-09" < places["rabat"] < min(places[p] for p in places if p.startswith("tang"))


def test_credit_names_are_never_entities(store):
    names = {e.name for e in store.list_entities(limit=500)}
    assert not names & {"Ana Ribeiro", "Samir Idrissi", "Claire Dumont", "Julien Marchetti", "Mark Halloway"}


def test_export_writes_one_object_per_story_with_its_articles_and_view(examples_db):
    result = runner.invoke(app, ["export", "--db", str(examples_db)])
    assert result.exit_code == 0
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(stories) == 2
    big = max(stories, key=lambda s: len(s["articles"]))
    for key in ("id", "title", "articles", "entities", "quotes", "facts", "events", "additions",
                "contradictions", "timeline"):
        assert key in big
    article = big["articles"][0]
    assert {"id", "source", "language", "published", "date_precision", "dateline", "credits", "relations"} <= set(article)
    assert all({"type", "evidence"} <= set(e) and e["evidence"]["sentence"] for e in big["events"])


def test_csv_and_plover_exports_stream_rows(examples_db):
    quotes = runner.invoke(app, ["export", "--format", "csv", "--table", "quotes", "--db", str(examples_db)])
    assert quotes.exit_code == 0 and quotes.stdout.splitlines()[0].startswith("story,article,speaker_id")
    plover = runner.invoke(app, ["export", "--format", "plover", "--db", str(examples_db)])
    records = json.loads(plover.stdout)
    assert records and all(r["event"] and r["text"] for r in records)


def test_story_commands_show_stories_entities_and_events(examples_db, fishing):
    db = ["--db", str(examples_db)]
    assert runner.invoke(app, ["stories", *db]).exit_code == 0
    shown = runner.invoke(app, ["story", fishing.id, "--json", *db])
    assert json.loads(shown.stdout)["id"] == fishing.id
    assert runner.invoke(app, ["story", "nope", *db]).exit_code == 1
    listed = json.loads(runner.invoke(app, ["entities", "--type", "PER", "--json", *db]).stdout)
    assert listed and all(e["type"] == "PER" for e in listed)
    events = json.loads(runner.invoke(app, ["events", "--json", *db]).stdout)
    assert events and all(e["evidence"]["sentence"] for e in events)


def test_a_resolved_speaker_has_one_name_in_every_language(store, fishing):
    view = store.story_view(fishing.id)
    amrani = {q.speaker_name for q in view.quotes if q.speaker_name and "amrani" in q.speaker_name.lower()}
    entity = next(iter(store.list_entities(limit=5, query="Amrani")))
    assert amrani == {entity.name}
