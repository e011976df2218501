"""Cross-article identity: the incremental resolver links mentions to entities without false merges."""

import pytest

from veille.model import Entity, Mention
from veille.resolve.identity import EntityIndex, resolve_mentions


def mention(text, type_="PER", canonical=None, **kw):
    return Mention(text, 0, len(text), type_, canonical or text, **kw)


def ids(resolution):
    return {m.text: eid for m, eid in resolution}


@pytest.fixture
def index():
    """Three articles: Sherman and Riabkov in Geneva; Ned Sherman at the State Department; NATO news."""
    index = EntityIndex()
    resolve_mentions(
        index,
        "geneva-1",
        [
            mention("Wendy Sherman"),
            mention("Sergueï Riabkov", role="vice-ministre russe des Affaires étrangères"),
            mention("Genève", "LOC"),
            mention("États-Unis", "LOC"),
            mention("Russie", "LOC"),
        ],
    )
    resolve_mentions(
        index,
        "state-dept",
        [mention("Ned Sherman"), mention("Ned Price"), mention("State Department", "ORG")],
    )
    resolve_mentions(index, "nato-1", [mention("Otan", "ORG"), mention("Jens Stoltenberg")])
    return index


def entity_named(index, name):
    return next(e for e in index.entities.values() if e.name == name)


def test_transliterations_of_one_person_are_one_entity(index):
    links = ids(resolve_mentions(index, "geneva-en", [mention("Sergei Ryabkov"), mention("Сергей Рябков")]))
    riabkov = entity_named(index, "Sergueï Riabkov")
    assert links["Sergei Ryabkov"] == links["Сергей Рябков"] == riabkov.id
    assert "Sergei Ryabkov" in riabkov.variants


def test_same_surname_with_another_given_name_is_another_person(index):
    wendy, ned = entity_named(index, "Wendy Sherman"), entity_named(index, "Ned Sherman")
    assert wendy.id != ned.id
    links = ids(resolve_mentions(index, "x", [mention("Andreï Riabkov")]))
    assert links["Andreï Riabkov"] != entity_named(index, "Sergueï Riabkov").id


def test_wendy_sherman_is_not_ned_price(index):
    links = ids(resolve_mentions(index, "x", [mention("Wendy Sherman"), mention("Ned Price")]))
    assert links["Wendy Sherman"] != links["Ned Price"]


def test_a_lone_surname_links_to_the_full_name_that_shares_its_context(index):
    links = ids(
        resolve_mentions(
            index, "geneva-2", [mention("Sherman"), mention("Riabkov"), mention("Genève", "LOC")]
        )
    )
    assert links["Sherman"] == entity_named(index, "Wendy Sherman").id
    assert links["Riabkov"] == entity_named(index, "Sergueï Riabkov").id


def test_a_lone_surname_links_through_the_story_alone(index):
    resolution = resolve_mentions(index, "geneva-3", [mention("Sherman")], {"story_articles": ["geneva-1"]})
    assert ids(resolution)["Sherman"] == entity_named(index, "Wendy Sherman").id


def test_a_lone_surname_without_context_becomes_its_own_entity(index):
    resolution = resolve_mentions(index, "elsewhere", [mention("Sherman"), mention("Paris", "LOC")])
    sherman = ids(resolution)["Sherman"]
    assert sherman in resolution.new
    assert sherman not in {entity_named(index, "Wendy Sherman").id, entity_named(index, "Ned Sherman").id}


def test_a_lone_surname_that_fits_two_people_is_not_guessed(index):
    context = {"story_articles": ["geneva-1", "state-dept"]}
    links = ids(resolve_mentions(index, "both", [mention("Sherman")], context))
    assert links["Sherman"] not in {
        entity_named(index, "Wendy Sherman").id,
        entity_named(index, "Ned Sherman").id,
    }


def test_a_surname_named_in_full_earlier_in_the_same_article_links_to_it():
    index = EntityIndex()
    links = ids(resolve_mentions(index, "a", [mention("Inês Carvalho"), mention("Carvalho")]))
    assert links["Carvalho"] == links["Inês Carvalho"]


def test_all_names_of_nato_are_one_entity(index):
    nato = entity_named(index, "Otan").id
    for n, name in enumerate(["OTAN", "NATO", "l'Alliance atlantique", "North Atlantic Treaty Organization"]):
        assert ids(resolve_mentions(index, f"nato-{n + 2}", [mention(name, "ORG")]))[name] == nato


def test_countries_resolve_by_iso_code_whatever_the_language(index):
    links = ids(resolve_mentions(index, "en", [mention("United States", "LOC"), mention("Russia", "ORG")]))
    usa, rus = entity_named(index, "États-Unis"), entity_named(index, "Russie")
    assert (links["United States"], links["Russia"]) == (usa.id, rus.id)
    assert (usa.country, rus.country) == ("USA", "RUS")


def test_a_metonym_links_to_its_country_without_becoming_one_of_its_names(index):
    links = ids(resolve_mentions(index, "m", [mention("Washington", "LOC", metonym_of="USA")]))
    usa = entity_named(index, "États-Unis")
    assert links["Washington"] == usa.id
    assert "Washington" not in usa.variants


def test_an_acronym_learned_in_one_article_links_in_the_next():
    index = EntityIndex()
    first = resolve_mentions(
        index,
        "a",
        [mention("Haut Conseil pour le climat", "ORG")],
        {"text": "Le Haut Conseil pour le climat (HCC) a rendu son avis."},
    )
    second = resolve_mentions(index, "b", [mention("HCC", "ORG")])
    assert ids(second)["HCC"] == ids(first)["Haut Conseil pour le climat"]


def test_a_person_never_merges_with_an_organisation_or_a_place():
    index = EntityIndex()
    links = ids(resolve_mentions(index, "a", [mention("Sherman", "ORG"), mention("Washington", "LOC")]))
    people = ids(resolve_mentions(index, "b", [mention("Sherman"), mention("Washington", "PER")]))
    assert people["Sherman"] != links["Sherman"]
    assert people["Washington"] != links["Washington"]


def test_the_resolution_reports_new_and_changed_entities(index):
    resolution = resolve_mentions(index, "new", [mention("Wendy Sherman"), mention("Antony Blinken")])
    blinken, sherman = ids(resolution)["Antony Blinken"], ids(resolution)["Wendy Sherman"]
    assert resolution.new == {blinken}
    assert resolution.changed == {blinken, sherman}


def test_resolving_an_article_again_gives_the_same_links(index):
    mentions = [mention("Sherman"), mention("Sergueï Riabkov")]
    first = ids(resolve_mentions(index, "again", mentions))
    second = resolve_mentions(index, "again", mentions)
    assert ids(second) == first
    assert second.new == set()
    assert entity_named(index, "Sergueï Riabkov").articles.count("again") == 1


def test_the_index_rebuilt_from_entity_rows_resolves_like_the_original(index):
    rows = [Entity(**vars(e)) for e in index.entities.values()]
    rebuilt = EntityIndex.from_entities(rows)

    def mentions():
        return [mention("Sherman"), mention("Riabkov"), mention("NATO", "ORG"), mention("USA", "LOC")]

    assert ids(resolve_mentions(rebuilt, "r", mentions())) == ids(resolve_mentions(index, "r", mentions()))
    assert EntityIndex.from_dict(index.to_dict()).blocks == index.blocks


def test_ids_are_short_and_stable_across_runs():
    a, b = EntityIndex(), EntityIndex()
    ia = ids(resolve_mentions(a, "x", [mention("Inês Carvalho"), mention("Maroc", "LOC")]))
    ib = ids(resolve_mentions(b, "y", [mention("Ines Carvalho"), mention("Morocco", "LOC")]))
    assert ia["Inês Carvalho"] == ib["Ines Carvalho"] and ia["Maroc"] == ib["Morocco"]
    assert all(len(eid) <= 12 and eid.startswith("e") for eid in ia.values())


def test_the_lisbon_reports_in_three_versions_share_their_actors():
    """Mentions as the analyzer gives them for the example reports (English, French, AFP French)."""
    index = EntityIndex()
    en = resolve_mentions(
        index,
        "en",
        [
            mention("Inês Carvalho", role="Portuguese Foreign Minister"),
            mention("Carvalho", canonical="Inês Carvalho"),
            mention("Youssef El Amrani", role="Morocco's fisheries minister"),
            mention("El Amrani", canonical="Youssef El Amrani"),
            mention("European Union", "ORG"),
            mention("EU", "ORG"),
            mention("Lisbon", "LOC"),
            mention("Tangier", "LOC"),
            mention("Morocco", "LOC"),
        ],
    )
    fr = resolve_mentions(
        index,
        "fr",
        [
            mention("Inês Carvalho", role="ministre portugaise des Affaires étrangères"),
            mention("Youssef el-Amrani", role="ministre marocain de la Pêche"),
            mention("M. el-Amrani", canonical="Youssef el-Amrani"),
            mention("L'Union européenne", "ORG"),
            mention("UE", "ORG"),
            mention("Lisbonne", "LOC"),
            mention("Tanger", "LOC"),
            mention("Maroc", "LOC"),
        ],
    )
    afp = resolve_mentions(index, "afp", [mention("Youssef Elamrani"), mention("Inês Carvalho")])
    e, f, a = ids(en), ids(fr), ids(afp)
    assert e["Youssef El Amrani"] == f["Youssef el-Amrani"] == f["M. el-Amrani"] == a["Youssef Elamrani"]
    assert e["Inês Carvalho"] == f["Inês Carvalho"] == a["Inês Carvalho"] == e["Carvalho"]
    assert e["European Union"] == e["EU"] == f["L'Union européenne"] == f["UE"]
    assert (e["Lisbon"], e["Tangier"], e["Morocco"]) == (f["Lisbonne"], f["Tanger"], f["Maroc"])
    amrani = index.entities[e["El Amrani"]]
    assert set(amrani.roles) == {"Morocco's fisheries minister", "ministre marocain de la Pêche"}
    assert len({eid for eid in e.values()} | set(f.values()) | set(a.values())) == 6


def test_a_lone_surname_goes_to_the_person_whose_context_dominates():
    index = EntityIndex()
    places = ["Damas", "Hezbollah", "Idlib", "Alep", "Homs"]
    syria = [mention(p, "ORG" if p == "Hezbollah" else "LOC") for p in places]
    for n in range(3):
        resolve_mentions(index, f"war-{n}", [mention("Bashar al-Assad"), *syria])
    resolve_mentions(
        index, "poet", [mention("Shayma Assaad"), mention("Damas", "LOC"), mention("Homs", "LOC")]
    )
    links = ids(resolve_mentions(index, "new", [mention("Assad"), *syria]))
    assert links["Assad"] == entity_named(index, "Bashar al-Assad").id


def test_a_lone_common_given_name_is_not_tied_by_co_occurrence_alone():
    index = EntityIndex()
    resolve_mentions(
        index, "a", [mention("Salah Mohammed"), mention("Raqqa", "LOC"), mention("Kobani", "LOC")]
    )
    links = ids(
        resolve_mentions(index, "b", [mention("Mohammed"), mention("Raqqa", "LOC"), mention("Kobani", "LOC")])
    )
    assert links["Mohammed"] != entity_named(index, "Salah Mohammed").id


def test_a_dateline_place_in_capitals_takes_the_name_written_in_running_text():
    index = EntityIndex()
    first = ids(resolve_mentions(index, "a", [mention("LISBONNE", "LOC")]))
    second = ids(resolve_mentions(index, "b", [mention("Lisbonne", "LOC"), mention("NATO", "ORG"), mention("Nato", "ORG")]))
    place = index.entities[first["LISBONNE"]]
    assert second["Lisbonne"] == place.id
    assert place.name == "Lisbonne" and "LISBONNE" in place.variants
    assert index.entities[second["Nato"]].name == "NATO"  # an acronym keeps its capitals


def test_a_dateline_place_in_capitals_takes_the_accented_running_text_name():
    index = EntityIndex()
    links = ids(resolve_mentions(index, "geneve-1", [mention("GENEVE", "LOC"), mention("Genève", "LOC")]))
    assert links["GENEVE"] == links["Genève"]
    assert index.entities[links["GENEVE"]].name == "Genève"


def test_a_country_written_as_an_abbreviation_is_named_in_full():
    index = EntityIndex()
    links = ids(resolve_mentions(index, "us-1", [mention("U.S.", "LOC")]))
    assert index.entities[links["U.S."]].name == "United States"
    assert index.entities[links["U.S."]].country == "USA"


def test_a_place_in_two_transliterations_is_one_place_even_when_mislabelled_an_organisation():
    index = EntityIndex()
    first = ids(resolve_mentions(index, "fr", [mention("Marioupol", "LOC"), mention("Odessa", "LOC")]))
    second = ids(resolve_mentions(index, "en", [mention("Mariupol", "ORG"), mention("Odesa", "LOC")]))
    assert second["Mariupol"] == first["Marioupol"] and second["Odesa"] == first["Odessa"]
    third = ids(resolve_mentions(index, "other", [mention("Malawi", "LOC"), mention("Hamas", "ORG")]))
    assert third["Malawi"] != first["Marioupol"] and third["Hamas"] not in first.values()


def test_capitals_in_two_languages_are_one_place_and_a_dateline_in_capitals_is_named_normally():
    index = EntityIndex()
    first = ids(resolve_mentions(index, "fr", [mention("Mascate", "LOC"), mention("WASHINGTON", "LOC")]))
    second = ids(resolve_mentions(index, "en", [mention("Muscat", "LOC")]))
    assert second["Muscat"] == first["Mascate"]
    assert index.entities[first["WASHINGTON"]].name == "Washington"
    resolve_mentions(index, "de", [mention("GENEVE", "LOC")])
    geneva = ids(resolve_mentions(index, "fr2", [mention("Genève", "LOC")]))["Genève"]
    assert index.entities[geneva].name == "Genève" and "Geneve" not in index.entities[geneva].variants


def test_a_site_named_with_its_head_first_or_last_is_one_entity_across_languages():
    index = EntityIndex()
    fr = ids(resolve_mentions(index, "fr-1", [mention("palais de Dolmabahçe", "LOC"),
                                              mention("université d'Arkelby", "ORG")]))
    en = ids(resolve_mentions(index, "en-1", [mention("Dolmabahce Palace", "LOC"),
                                              mention("Arkelby University", "ORG"),
                                              mention("Dolmabahce Mosque", "LOC")]))
    assert fr["palais de Dolmabahçe"] == en["Dolmabahce Palace"]
    assert fr["université d'Arkelby"] == en["Arkelby University"]
    assert en["Dolmabahce Mosque"] != en["Dolmabahce Palace"]


def test_a_person_the_model_typed_as_an_organisation_links_to_that_person():
    index = EntityIndex()
    fr = ids(resolve_mentions(index, "fr-1", [mention("Volodymyr Zelensky"),
                                              mention("Zelensky", canonical="Volodymyr Zelensky"),
                                              mention("Fondation Jean Jaurès", "ORG"), mention("Jean Jaurès")]))
    en = ids(resolve_mentions(index, "en-1", [mention("Volodymyr Zelensky", "ORG"),
                                              mention("Fondation Jean Jaurès", "ORG")]))
    assert en["Volodymyr Zelensky"] == fr["Volodymyr Zelensky"]
    assert index.entities[fr["Volodymyr Zelensky"]].type == "PER"
    # an organisation named after a person stays an organisation
    assert en["Fondation Jean Jaurès"] == fr["Fondation Jean Jaurès"] != fr["Jean Jaurès"]
    assert index.entities[fr["Fondation Jean Jaurès"]].type == "ORG"


def test_an_organisation_entity_known_only_by_a_persons_name_becomes_that_person():
    index = EntityIndex()
    en = ids(resolve_mentions(index, "en-1", [mention("Volodymyr Zelenskiy", "ORG"), mention("Goldman Sachs", "ORG")]))
    later = resolve_mentions(index, "en-2", [mention("Volodymyr Zelenskiy", role="president"),
                                             mention("Zelenskiy", canonical="Volodymyr Zelenskiy"),
                                             mention("Goldman Sachs")])
    assert ids(later)["Volodymyr Zelenskiy"] == en["Volodymyr Zelenskiy"]
    assert index.entities[en["Volodymyr Zelenskiy"]].type == "PER"
    assert en["Volodymyr Zelenskiy"] in later.changed
    # a name that opens with no given name keeps its organisation, whatever one report typed it
    assert ids(later)["Goldman Sachs"] != en["Goldman Sachs"]
    assert index.entities[en["Goldman Sachs"]].type == "ORG"


def test_a_shared_country_name_follows_the_state_its_mention_carries():
    """The analysis gives "Congo" the state the article names in full; the store keeps it."""
    index = EntityIndex()
    resolve_mentions(index, "fr-1", [mention("République démocratique du Congo", "LOC", country="COD"),
                                     mention("RDC", "LOC", country="COD")])
    res = ids(resolve_mentions(index, "en-1", [mention("Democratic Republic of Congo", "LOC", country="COD"),
                                                mention("Congo", "LOC", country="COD")]))
    assert res["Congo"] == res["Democratic Republic of Congo"]
    drc = index.entities[res["Congo"]]
    assert drc.country == "COD" and "Congo" in drc.variants
    # rebuilt from its rows, the entity keeps its code, and a bare "Congo" is still the table's state
    rebuilt = EntityIndex.from_entities(index.entities.values())
    again = ids(resolve_mentions(rebuilt, "fr-2", [mention("RDC", "LOC", country="COD")]))
    assert again["RDC"] == drc.id
    bare = ids(resolve_mentions(rebuilt, "other", [mention("Congo", "LOC")]))
    assert bare["Congo"] != drc.id and rebuilt.entities[bare["Congo"]].country == "COG"


def test_one_place_spelled_with_and_without_diaeresis_is_one_entity():
    index = EntityIndex()
    first = ids(resolve_mentions(index, "fr-1", [mention("Kasaï", "LOC")]))
    second = ids(resolve_mentions(index, "en-1", [mention("Kasai", "LOC")]))
    assert first["Kasaï"] == second["Kasai"]
