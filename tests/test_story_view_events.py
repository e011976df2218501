"""Events in the story view: the same event reported in two languages is no contradiction."""

from wire_reports import analyse_wire

from veille.resolve.identity import EntityIndex, resolve_mentions
from veille.views.events import collect_events, event_contradictions, place_ids


def test_one_place_written_in_two_languages_is_no_contradiction():
    fr, fr_analysis = analyse_wire(
        "date 2022-01-10\n\nGENEVE (Reuters) - La Russie a rejeté lundi à Genève les exigences des Etats-Unis.\n",
        "fr.txt")
    en, en_analysis = analyse_wire(
        "date 2022-01-10\n\nGENEVA (Reuters) - Russia rejected the demands of the United States in Geneva on Monday.\n",
        "en.txt")
    index = EntityIndex()
    for article, analysis in ((fr, fr_analysis), (en, en_analysis)):
        resolve_mentions(index, article.id, analysis.entities, {"text": article.text, "language": article.language})
    analyses = {fr.id: fr_analysis, en.id: en_analysis}
    events = collect_events([fr, en], analyses)
    places = {e.place for e in events if e.type == "REJECT"}
    assert places == {"Genève", "Geneva"}, events  # the test is about these two spellings
    groups = {fr.id: fr.id, en.id: en.id}
    assert not event_contradictions(events, groups, place_ids(analyses))
    assert event_contradictions(events, groups)  # compared as strings, they would differ


def test_the_dateline_place_an_event_falls_back_on_claims_no_place():
    fr, fr_analysis = analyse_wire(
        "date 2026-03-04\n\nLIMA (AFP) - \"Nous avons mobilisé toutes les équipes de secours\", a déclaré la présidente "
        "Dina Boluarte.\n", "fr.txt")
    en, en_analysis = analyse_wire(
        "date 2026-03-04\n\nLIMA (Reuters) - \"We have mobilized every available rescue team,\" President Dina Boluarte "
        "told reporters in Arequipa.\n", "en.txt")
    analyses = {fr.id: fr_analysis, en.id: en_analysis}
    events = collect_events([fr, en], analyses)
    assert {e.place for e in events} == {"Lima", "Arequipa"}, events  # the French one falls back on the dateline
    groups = {fr.id: fr.id, en.id: en.id}
    filed_in = {a.id: a.dateline.place for a in (fr, en)}
    def place_conflicts(filed):
        return [c for c in event_contradictions(events, groups, place_ids(analyses), filed) if c.kind == "event_place"]

    assert place_conflicts({}) and not place_conflicts(filed_in)
