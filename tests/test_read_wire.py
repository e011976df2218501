"""The wire-text reader on French and English reports written for these tests."""

from pathlib import Path

import pytest

from veille.ingest.context import ReadContext
from veille.ingest.credits import credit_span
from veille.ingest.sources import RawInput
from veille.ingest.wire import parse_wire, read_wire
from veille.model import Article, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def read(name: str) -> list[Article | Reject]:
    path = FIXTURES / name
    return list(read_wire(RawInput(origin=str(path), data=path.read_bytes(), name=name), ReadContext()))


@pytest.fixture(scope="module")
def geneve() -> Article:
    (article,) = read("wire_fr_geneve.txt")
    return article


def test_month_date_header_gives_month_precision_and_leaves_the_text(geneve):
    assert (geneve.published, geneve.date_precision) == ("2022-01", "month")
    assert "date 2022" not in geneve.text
    assert geneve.text.startswith("GENEVE (Reuters) - Le vice-ministre")


def test_geneva_dateline_has_place_agency_and_offsets_into_text(geneve):
    d = geneve.dateline
    assert d.place in ("GENEVE", "Genève") and d.agency == "Reuters"
    assert geneve.text[d.start : d.end] == "GENEVE (Reuters) -"


def test_every_credited_name_is_under_credits_with_a_role(geneve):
    names = {(c.name, c.role) for c in geneve.credits}
    assert names == {
        ("Gabriela Baczynska", "reporting"),
        ("Mark Trevelyan", "reporting"),
        ("Jean Terzian", "translation"),
        ("Sophie Louet", "editing"),
    }
    start, end = credit_span(geneve)
    assert geneve.text[start:end].startswith("(Reportage Gabriela")
    assert end == len(geneve.text)


def test_all_caps_subheads_are_listed_and_kept_in_text(geneve):
    assert geneve.subheads == ["LIGNES ROUGES"]
    assert "\n\nLIGNES ROUGES\n\n" in geneve.text


def test_wire_article_fields_are_consistent(geneve):
    assert geneve.text == "\n\n".join(geneve.paragraphs)
    assert len(geneve.paragraphs) == 6
    assert geneve.language == "fr" and geneve.format == "wire"
    assert geneve.id == geneve.content_hash[:16] and len(geneve.content_hash) == 64
    assert geneve.title.startswith("Le vice-ministre russe")  # first sentence after the dateline
    assert geneve.source.endswith("wire_fr_geneve.txt")


def test_english_report_with_headline_subhead_and_credit_line_without_blank_lines():
    (article,) = read("wire_en_moscow.txt")
    assert article.title == "Russia says no concessions on NATO after Geneva talks"
    assert not article.text.startswith("Russia says")
    assert (article.published, article.date_precision) == ("2022-01-10", "day")
    assert (article.dateline.place, article.dateline.agency) == ("MOSCOW", "Reuters")
    assert article.subheads == ["TROOP BUILD-UP"]
    assert article.language == "en"
    assert ("Pavel Polityuk", "additional_reporting", "Kyiv") in [
        (c.name, c.role, c.place) for c in article.credits
    ]
    assert ("Maria Tsvetkova", "reporting", "Moscow") in [(c.name, c.role, c.place) for c in article.credits]
    assert article.paragraphs[-1].startswith("(Reporting by")


def test_dateline_without_agency_and_french_writing_credit():
    (article,) = read("wire_fr_plain.txt")
    assert (article.dateline.place, article.dateline.agency) == ("KYIV", None)
    assert article.published is None and article.date_precision is None
    assert [(c.name, c.role, c.place) for c in article.credits] == [
        ("Marine Pennetier", "writing", None),
        ("Elizabeth Pineau", "additional_reporting", "Paris"),
    ]


def test_same_text_gives_same_id_and_whitespace_does_not_change_it():
    from veille.ingest.build import make_article

    texts = ("LONDON (Reuters) - Shares  rose on Monday.\n\nThey fell later.",
             "LONDON (Reuters) - Shares rose on Monday.\n   \nThey fell\nlater.\n")  # fmt: skip
    a, b = (make_article(source=str(i), text=parse_wire(t).text, fmt="wire") for i, t in enumerate(texts))
    assert a.text == b.text and a.id == b.id
    c = make_article(source="c", text=parse_wire(texts[0]).text + " Then recovered.", fmt="wire")
    assert c.id != a.id


def test_dateline_alone_on_its_line_still_opens_the_first_paragraph():
    parts = parse_wire("GENEVE -\nLe vice-ministre russe a déclaré lundi que les discussions continueraient.")
    assert parts.text.startswith("GENEVE - Le vice-ministre") and parts.subheads == []
    assert parts.dateline.place == "GENEVE"


def test_empty_and_blank_wire_files_are_rejected():
    for name in ("empty.txt", "blank.txt"):
        (reject,) = read(name)
        assert isinstance(reject, Reject) and reject.reason == "empty"


def test_latin1_and_cp1252_wire_files_decode_their_accents():
    (cp1252,) = read("wire_fr_cp1252.txt")
    assert "L’Otan" in cp1252.text and "mise en œuvre" in cp1252.text and "“première étape”" in cp1252.text
    assert (cp1252.dateline.place, cp1252.dateline.agency) == ("BRUXELLES", "AFP")
    assert cp1252.published == "2022-01-12" and "\r" not in cp1252.text
    (latin1,) = read("wire_fr_latin1.txt")
    assert "représentants" in latin1.text and "« plus élevé qu'à aucun moment" in latin1.text
    assert latin1.credits[0].name == "Jean-Stéphane Brosse"
