"""Aliases: countries to ISO3 in several languages, organisations by name and acronym, learned acronyms."""

import pytest

from veille.model import Mention
from veille.resolve.aliases import Aliases, acronym_aligns, country_name, facility_key


@pytest.fixture(scope="module")
def aliases():
    return Aliases()


@pytest.mark.parametrize(
    "name",
    ["États-Unis", "Etats-Unis", "les États-Unis", "USA", "US", "U.S.", "United States", "the United States"],
)
def test_names_of_the_united_states_map_to_usa(aliases, name):
    assert aliases.country_code(name) == "USA"


@pytest.mark.parametrize(
    "name", ["Russie", "la Russie", "Russia", "Fédération de Russie", "Russland", "Rusia"]
)
def test_names_of_russia_map_to_rus(aliases, name):
    assert aliases.country_code(name) == "RUS"


def test_pycountry_names_in_german_and_spanish_are_known(aliases):
    assert aliases.country_code("Deutschland") == "DEU"
    assert aliases.country_code("Alemania") == "DEU"
    assert aliases.country_code("Südkorea") == "KOR"


def test_short_acronyms_do_not_match_ordinary_words(aliases):
    assert aliases.lookup("us") is None
    assert aliases.lookup("un") is None
    assert aliases.lookup("UN").code == "UN"


def test_an_ambiguous_short_name_maps_to_no_country(aliases):
    assert aliases.country_code("Corée") is None  # North or South


@pytest.mark.parametrize(
    "name",
    [
        "Otan",
        "OTAN",
        "NATO",
        "Nato",
        "Organisation du traité de l'Atlantique Nord",
        "North Atlantic Treaty Organization",
        "l'Alliance atlantique",
    ],
)
def test_names_of_nato_map_to_one_organisation(aliases, name):
    assert aliases.lookup(name).code == "NATO"


@pytest.mark.parametrize("name", ["UE", "EU", "Union européenne", "European Union"])
def test_names_of_the_european_union_map_to_one_organisation(aliases, name):
    assert aliases.lookup(name).code == "EU"


def test_city_exonyms_are_one_place(aliases):
    assert aliases.lookup("Lisbonne") == aliases.lookup("Lisbon")
    assert aliases.lookup("Lisbonne").country == "PRT"


def test_a_country_named_like_a_city_stays_the_country(aliases):
    assert aliases.country_code("Mexico") == "MEX"


def test_country_names_come_localised():
    assert country_name("USA", "fr") == "États-Unis"
    assert country_name("RUS", "en") == "Russian Federation"
    assert country_name("COD", "en") == "The Democratic Republic of the Congo"  # an inverted name turned round


def test_a_short_name_two_states_share_may_name_either(aliases):
    assert aliases.country_code("Congo") == "COG"  # the table's choice when nothing else is known
    assert aliases.may_name_country("Congo", "COD") and aliases.may_name_country("Congo", "COG")
    assert not aliases.may_name_country("Mexico", "MEX")  # one state only: nothing to choose
    assert not aliases.may_name_country("Congo", "GAB")


def test_acronyms_align_with_their_expansions_only():
    assert acronym_aligns("OMS", "Organisation mondiale de la santé")
    assert acronym_aligns("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest")
    assert acronym_aligns("Medef", "Mouvement des entreprises de France")
    assert not acronym_aligns("RN", "Parti socialiste")


def test_an_acronym_pair_seen_in_one_article_is_learned_and_survives_serialisation():
    aliases = Aliases()
    mentions = [
        Mention("Haut Conseil pour le climat", 0, 27, "ORG", "Haut Conseil pour le climat"),
        Mention("HCC", 40, 43, "ORG", "Haut Conseil pour le climat"),
    ]
    assert aliases.learn_from_mentions(mentions) == [("HCC", "Haut Conseil pour le climat")]
    restored = Aliases.from_dict(aliases.to_dict())
    assert restored.expansion("HCC") == "Haut Conseil pour le climat"


def test_acronym_pairs_are_learned_from_bracketed_text():
    aliases = Aliases()
    learned = aliases.learn_from_text("Selon l'Agence nationale de la recherche (ANR), les crédits baissent.")
    assert learned == [("ANR", "Agence nationale de la recherche")]


def test_a_learned_acronym_with_two_expansions_is_not_used():
    aliases = Aliases()
    aliases.learn_pair("PS", "Parti socialiste")
    aliases.learn_pair("PS", "Partido Socialista")
    assert aliases.expansion("PS") is None


@pytest.mark.parametrize(
    "name", ["State Department", "the U.S. State Department", "département d'État", "département d'Etat", "Departamento de Estado"]
)
def test_names_of_the_us_state_department_map_to_one_organisation(aliases, name):
    found = aliases.lookup(name)
    assert found is not None and found.code == "USDOS"


@pytest.mark.parametrize(
    "names", [("mer Noire", "Black Sea", "Schwarzes Meer"), ("Bosphore", "Bosphorus"), ("Odessa", "Odesa"),
              ("Cisjordanie", "West Bank"), ("Kiev", "Kyiv")]
)
def test_names_of_one_listed_place_are_one_place(aliases, names):
    hits = {aliases.lookup(name) for name in names}
    assert len(hits) == 1 and None not in hits and next(iter(hits)).kind == "place"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("palais de dolmabahce", "dolmabahce palace"),
        ("place tiananmen", "tiananmen square"),
        ("place de la concorde", "concorde square"),
        ("university of oxford", "universite d oxford"),
        ("aeroport de roissy", "roissy airport"),
    ],
)
def test_a_generic_head_first_or_last_gives_one_key(a, b):
    assert facility_key(a) == facility_key(b)


def test_names_without_a_generic_head_keep_their_key():
    assert facility_key("goldman sachs") == "goldman sachs"
    assert facility_key("park avenue") == "park avenue"  # a head at both ends: left alone
    assert facility_key("palace") == "palace"
