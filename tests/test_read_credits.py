"""Credit lines and datelines of French and English wire reports."""

import pytest

from veille.ingest.credits import credit_span, parse_credit_line
from veille.ingest.dateline import find_dateline
from veille.ingest.wire import parse_wire


def triples(line: str) -> list[tuple[str, str, str | None]]:
    return [(c.name, c.role, c.place) for c in parse_credit_line(line)]


CREDIT_LINES = [
    (
        "(Par Marc Lefort, avec Sophie Bernard à Moscou)",
        [("Marc Lefort", "author", None), ("Sophie Bernard", "additional_reporting", "Moscou")],
    ),
    ("(By Jane Doe; Editing by Bob Roe)", [("Jane Doe", "author", None), ("Bob Roe", "editing", None)]),
    (
        "(Reportage Gabriela Baczynska et Mark Trevelyan, version française Jean Terzian, édité par Sophie Louet)",
        [
            ("Gabriela Baczynska", "reporting", None),
            ("Mark Trevelyan", "reporting", None),
            ("Jean Terzian", "translation", None),
            ("Sophie Louet", "editing", None),
        ],
    ),
    (
        "(Reporting by Tom Balmforth and Maria Tsvetkova in Moscow; Additional reporting by Pavel Polityuk "
        "in Kyiv; Writing by Mark Trevelyan; Editing by Alex Richardson and Frank Jack Daniel)",
        [
            ("Tom Balmforth", "reporting", "Moscow"),
            ("Maria Tsvetkova", "reporting", "Moscow"),
            ("Pavel Polityuk", "additional_reporting", "Kyiv"),
            ("Mark Trevelyan", "writing", None),
            ("Alex Richardson", "editing", None),
            ("Frank Jack Daniel", "editing", None),
        ],
    ),
    (
        "(Rédigé par Marine Pennetier, avec Elizabeth Pineau à Paris)",
        [("Marine Pennetier", "writing", None), ("Elizabeth Pineau", "additional_reporting", "Paris")],
    ),
    ("(Version française Blandine Hénault)", [("Blandine Hénault", "translation", None)]),
    ("(Traduction de Jean-Stéphane Brosse)", [("Jean-Stéphane Brosse", "translation", None)]),
    ("(Compiled by Lidia Kelly)", [("Lidia Kelly", "writing", None)]),
    (
        "(Reportage additionnel Dmitri Antonov à Moscou)",
        [("Dmitri Antonov", "additional_reporting", "Moscou")],
    ),
    (
        "(Sophie Louet, édité par Jean-Michel Bélot)",
        [("Sophie Louet", "author", None), ("Jean-Michel Bélot", "editing", None)],
    ),
    (
        "(Reporting by A. Smith in London, B. Jones and C. Brown in Paris; editing by D. Evans)",
        [
            ("A. Smith", "reporting", "London"),
            ("B. Jones", "reporting", "Paris"),
            ("C. Brown", "reporting", "Paris"),
            ("D. Evans", "editing", None),
        ],
    ),
    (
        "(Reporting by Jonathan Spicer in Istanbul and Michelle Nichols at the United Nations; Editing by Alex Richardson)",
        [
            ("Jonathan Spicer", "reporting", "Istanbul"),
            ("Michelle Nichols", "reporting", "United Nations"),
            ("Alex Richardson", "editing", None),
        ],
    ),
    ("(Version française d'Anne Dupont)", [("Anne Dupont", "translation", None)]),
    (
        "(Photos by Ana Lima; Written by Paul Grant)",
        [("Ana Lima", "photo", None), ("Paul Grant", "writing", None)],
    ),
    (
        "(Additional reporting by Ruth Okafor in Lagos and Dan Price in Palm Springs, California; Editing by Li Wei)",
        [
            ("Ruth Okafor", "additional_reporting", "Lagos"),
            ("Dan Price", "additional_reporting", "Palm Springs, California"),
            ("Li Wei", "editing", None),
        ],
    ),
    (
        "(Reportage de William Schomberg ; Edité par Kate Holton ; VERSION FRANCAISE Anne Dupont)",
        [("William Schomberg", "reporting", None), ("Kate Holton", "editing", None), ("Anne Dupont", "translation", None)],
    ),
    # a machine translation names only its reviewer
    ("(Traduction automatique, relue par Claire Lemaire)", [("Claire Lemaire", "editing", None)]),
    ("(Machine translation, reviewed by Anna Smith)", [("Anna Smith", "editing", None)]),
]


@pytest.mark.parametrize(("line", "expected"), CREDIT_LINES, ids=[c[0][:40] for c in CREDIT_LINES])
def test_credit_line_gives_every_name_with_its_role_and_place(line, expected):
    assert triples(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "(Updates with details from briefing)",
        "(Avec ses 120 000 soldats massés à la frontière, la Russie maintient la pression)",
        "(voir aussi le graphique)",
        "Reporting on the talks continued all day",
    ],
)
def test_parenthesised_prose_is_not_a_credit_line(line):
    assert parse_credit_line(line) == []


def test_credit_line_stays_in_text_and_credit_span_points_at_it():
    parts = parse_wire(
        "PARIS (Reuters) - Le gouvernement a présenté mercredi son projet.\n\n(Version française Blandine Hénault)"
    )
    assert "(Version française Blandine Hénault)" in parts.text
    from veille.ingest.build import make_article

    article = make_article(
        source="x", text=parts.text, fmt="wire", credits=parts.credits, dateline=parts.dateline
    )
    start, end = credit_span(article)
    assert article.text[start:end] == "(Version française Blandine Hénault)"


def test_credit_line_glued_to_the_last_paragraph_gets_its_own_paragraph():
    parts = parse_wire(
        "LAGOS (Reuters) - Fuel prices rose again on Friday. (Reporting by Ruth Okafor; Editing by Li Wei)"
    )
    assert parts.text.endswith("Friday.\n\n(Reporting by Ruth Okafor; Editing by Li Wei)")
    assert [c.name for c in parts.credits] == ["Ruth Okafor", "Li Wei"]


def test_article_without_credit_line_has_no_credit_span():
    from veille.ingest.build import make_article

    article = make_article(source="x", text="LONDON (Reuters) - Shares rose on Monday.", fmt="wire")
    assert credit_span(article) is None


@pytest.mark.parametrize(
    ("text", "place", "agency", "opening"),
    [
        ("GENEVE (Reuters) - Le vice-ministre", "GENEVE", "Reuters", "GENEVE (Reuters) -"),
        ("PARIS, 10 janvier (AFP) – Le président", "PARIS", "AFP", "PARIS, 10 janvier (AFP) –"),
        (
            "WASHINGTON, Jan 10 (Reuters) — The White House",
            "WASHINGTON",
            "Reuters",
            "WASHINGTON, Jan 10 (Reuters) —",
        ),
        ("MOSCOW/KYIV (Reuters) - Russia", "MOSCOW/KYIV", "Reuters", "MOSCOW/KYIV (Reuters) -"),
        ("SAINT-PETERSBOURG (Reuters) - La", "SAINT-PETERSBOURG", "Reuters", "SAINT-PETERSBOURG (Reuters) -"),
        ("Genève (AFP) - Les discussions", "Genève", "AFP", "Genève (AFP) -"),
        ("LOS ANGELES - A wildfire", "LOS ANGELES", None, "LOS ANGELES -"),
        ("KYIV – Les autorités", "KYIV", None, "KYIV –"),
    ],
)
def test_dateline_forms_give_place_agency_and_span(text, place, agency, opening):
    dateline = find_dateline(text)
    assert (dateline.place, dateline.agency) == (place, agency)
    assert text[dateline.start : dateline.end] == opening


@pytest.mark.parametrize(
    "text",
    [
        "Le président a dit - sans détour - non.",
        "UE - La Commission",
        "The talks (held in Geneva) - ended",
        "EXCLUSIVE - Bank weighs sale",
        "ANALYSE - La Bourse",
        "Sen. Jo Reed (D-Ore.): we will vote",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None
