"""The story timeline: each entry's kind is the event its date belongs to."""

from wire_reports import analyse_wire

from veille.views.timeline import build_timeline


def _timeline(text: str):
    article, analysis = analyse_wire(text)
    return build_timeline([article], {article.id: analysis})


def test_a_year_describing_a_noun_is_not_the_date_of_the_sentences_event():
    entries = _timeline(
        "date 2026-11-18\n\nKIEV (Reuters) - Le président Volodymyr Zelensky a salué mercredi le retour de "
        "soldats capturés à Marioupol en 2022.\n"
    )
    kinds = {e.date: e.kind for e in entries}
    assert kinds.get("2026-11-18") == "SUPPORT"
    assert kinds.get("2022") != "SUPPORT"


def test_meetings_on_weekdays_of_a_month_only_report_are_in_order_in_their_cities():
    entries = _timeline(
        "date 2022-01\n\nGENEVE (Reuters) - La Russie a exclu lundi tout recul sur ses exigences, à l'issue de "
        "discussions avec les Etats-Unis à Genève.\n\nLes discussions se poursuivront mercredi à Bruxelles, puis "
        "jeudi à Vienne.\n"
    )
    weekdays = [e for e in entries if e.date is None and e.earliest]
    # the acting state and the other party are not where it happened; the dateline is not an entry's text
    assert [e.place for e in weekdays] == ["Genève", "Bruxelles", "Vienne"], weekdays
    assert not any(e.text.startswith("GENEVE") for e in entries)
    # a dated event without a place of its own takes the dateline as written in running text
    assert all(e.place != "GENEVE" for e in entries), entries


def test_a_capital_reached_with_to_is_where_the_talks_move():
    entries = _timeline(
        "date 2022-01-10\n\nGENEVA (Reuters) - NATO and Russian envoys meet in Brussels on Wednesday and the talks "
        "move to Vienna on Thursday.\n"
    )
    assert [(e.date, e.place) for e in entries] == [("2022-01-12", "Brussels"), ("2022-01-13", "Vienna")], entries
