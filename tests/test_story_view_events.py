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
