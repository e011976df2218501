"""States named in an article: a short name several states share is the one the article names in full."""

from wire_reports import analyse_wire


def _countries(text: str) -> dict[str, str | None]:
    _, analysis = analyse_wire(text, "wire.txt")
    return {m.text: m.country for m in analysis.entities if m.type == "LOC"}


def test_a_shared_short_name_is_the_state_the_article_names_in_full():
    found = _countries(
        "date 2026-11-21\n\nKINSHASA (Reuters) - An Ebola outbreak in Democratic Republic of Congo's Kasai "
        "province was declared a regional emergency on Friday.\n\nCongo's health minister said the situation "
        "was under control.\n")
    assert found["Democratic Republic of Congo"] == "COD"
    assert found["Congo"] == "COD"


def test_a_shared_short_name_stays_open_when_the_article_names_neither_state():
    found = _countries("date 2026-11-21\n\nThe river Congo rose by two metres on Friday, officials said.\n")
    assert found.get("Congo") is None
