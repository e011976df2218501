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
