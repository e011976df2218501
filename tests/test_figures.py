"""Figures in French and English: value, unit, what is counted, ranges and estimates."""

import pytest

from veille.analyze.figures import find_figures, find_figures_in, words_value
from veille.analyze.times import find_times_in
from veille.model import Article, Figure


def figures(text: str, lang: str = "fr") -> list[Figure]:
    return find_figures_in(text, lang)


def one(text: str, lang: str = "fr") -> Figure:
    found = figures(text, lang)
    assert len(found) == 1, found
    return found[0]


# ---- number formats ----


@pytest.mark.parametrize(
    "text",
    ["100.000 soldats", "100 000 soldats", "100\u00a0000 soldats", "100\u202f000 soldats"],
    ids=["dot", "space", "no-break space", "narrow no-break space"],
)
def test_french_thousands_separators_all_read_the_same(text):
    f = one(f"Moscou a massé {text} à la frontière.")
    assert (f.text, f.value, f.counts, f.unit) == (text, 100000, "soldats", None)


def test_le_nombre_de_after_the_number_gives_what_is_counted():
    f = one("Les Occidentaux estiment à 100 000 le nombre de soldats russes déployés.")
    assert (f.text, f.value, f.counts) == ("100 000 le nombre de soldats", 100000, "soldats")
    assert one("Ils évaluent à 3.000 le nombre total d'enfants tués.").counts == "enfants"


def test_kilometres_are_a_unit_not_what_is_counted():
    f = one("Une frontière de 5 500 km.")
    assert (f.value, f.unit, f.counts) == (5500, "km", None)


def test_entre_x_et_y_is_a_range_sharing_its_unit():
    f = one("Des missiles d'une portée comprise entre 500 et 5 500 km.")
    assert (f.text, f.value, f.value_max, f.unit) == ("entre 500 et 5 500 km", 500, 5500, "km")
    assert not f.approximate


def test_french_decimal_comma_with_a_scale_word():
    f = one("Le pays compte 1,5 million de réfugiés.")
    assert (f.value, f.counts) == (1_500_000, "réfugiés")


def test_decimal_point_with_a_scale_word():
    assert one("Some 1.5 million people fled.", "en").value == 1_500_000
    assert one("Il y a 1.5 million de personnes.").value == 1_500_000


def test_pres_de_huit_heures_is_an_approximate_duration():
    f = one("Les négociations ont duré près de huit heures.")
    assert (f.text, f.value, f.unit, f.counts, f.approximate) == ("près de huit heures", 8, "h", None, True)


def test_plus_de_makes_a_bare_number_a_figure():
    f = one("Les manifestants étaient plus de 100 000, selon la police.")
    assert (f.text, f.value, f.approximate, f.counts) == ("plus de 100 000", 100000, True, None)


def test_about_100000_troops():
    f = one("Russia has massed about 100,000 troops near the border.", "en")
    assert (f.text, f.value, f.counts, f.approximate) == ("about 100,000 troops", 100000, "troops", True)


def test_english_head_noun_skips_adjectives_before_it():
    assert one("It sent 100,000 Russian troops.", "en").counts == "troops"
    assert one("Ten more people died.", "en").counts == "people"


# ---- percentages and money ----


@pytest.mark.parametrize("text", ["30%", "30 %", "30 pour cent"])
def test_french_percentages(text):
    f = one(f"Les prix ont augmenté de {text} en un an.")
    assert (f.value, f.unit) == (30, "%")


def test_english_per_cent_and_percentage_points():
    assert (one("Turnout was 30 per cent.", "en").unit) == "%"
    assert one("Rates rose by 0.5 percentage points.", "en").unit == "pp"


def test_milliards_de_dollars_are_usd():
    f = one("Une aide de 2,5 milliards de dollars.")
    assert (f.text, f.value, f.unit, f.counts) == ("2,5 milliards de dollars", 2.5e9, "USD", None)


def test_dollar_sign_with_billion():
    f = one("A $2.5 billion package.", "en")
    assert (f.text, f.value, f.unit) == ("$2.5 billion", 2.5e9, "USD")


def test_euro_sign_with_m_means_millions():
    f = one("A €3m grant.", "en")
    assert (f.value, f.unit) == (3e6, "EUR")


def test_bn_and_pounds():
    found = figures("Baghdad asked for a $10bn (£7.6bn) fee.", "en")
    assert [(f.value, f.unit) for f in found] == [(1e10, "USD"), (7.6e9, "GBP")]


def test_french_money_abbreviations():
    found = figures("Un budget de 10 M€ et de 5 Md€, soit 300 millions d'euros.")
    assert [(f.value, f.unit) for f in found] == [(1e7, "EUR"), (5e9, "EUR"), (3e8, "EUR")]


def test_m_without_money_is_metres():
    assert one("Un mur de 3m de haut.").unit == "m"


# ---- written numbers and vague quantities ----


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("deux soldats", 2, "soldats"),
        ("huit otages", 8, "otages"),
        ("dix blessés", 10, "blessés"),
        ("cent manifestants", 100, "manifestants"),
        ("mille personnes", 1000, "personnes"),
        ("deux cents soldats", 200, "soldats"),
        ("quatre-vingt-dix morts", 90, "morts"),
        ("soixante et onze blessés", 71, "blessés"),
    ],
)
def test_french_number_words_with_a_noun(text, value, counts):
    f = one(f"Selon l'armée, {text} ont été recensés.")
    assert (f.value, f.counts) == (value, counts)


def test_english_number_words_with_a_noun():
    found = figures("Two soldiers and eight civilians died; twenty-five people were hurt.", "en")
    assert [(f.value, f.counts) for f in found] == [(2, "soldiers"), (8, "civilians"), (25, "people")]


def test_number_words_without_a_noun_or_the_article_un_are_not_figures():
    assert figures("Les deux ont parlé. Un soldat est mort. L'un des blessés.") == []


def test_un_million_is_a_figure():
    f = one("Près d'un million de personnes ont fui.")
    assert (f.value, f.counts, f.approximate) == (1e6, "personnes", True)


def test_approximate_nouns_and_vague_plurals():
    found = figures("Une centaine de blessés et des milliers de manifestants.")
    assert (found[0].value, found[0].counts, found[0].approximate) == (100, "blessés", True)
    assert (found[1].value, found[1].value_max, found[1].counts) == (2000, 10000, "manifestants")


def test_dozens_and_thousands_of_in_english():
    found = figures("Dozens of people were hurt and thousands fled.", "en")
    assert (found[0].value, found[0].value_max, found[0].counts) == (24, 120, "people")
    assert (found[1].value, found[1].counts) == (2000, None)  # no "of": nothing counted


def test_words_value_reads_compound_numbers():
    assert words_value("vingt-cinq", "fr") == 25
    assert words_value("quatre-vingt-dix-neuf", "fr") == 99
    assert words_value("deux mille trois cents", "fr") == 2300
    assert words_value("two hundred and five", "en") == 205
    assert words_value("deux trois", "fr") is None


# ---- what is not a figure ----


def test_dates_times_and_years_are_not_figures():
    text = "Le 10 janvier 2022 à 14h30, en 2022, huit ans après la guerre, 100 soldats sont arrivés."
    found = find_figures_in(text, "fr", find_times_in(text, "fr"))
    assert [(f.text, f.value) for f in found] == [("100 soldats", 100)]


def test_a_number_right_after_a_date_keeps_its_own_value():
    f = one("On March 3 100 people died.", "en")
    assert (f.value, f.counts) == (100, "people")


def test_french_counted_nouns_are_plural():
    assert figures("Béziers citoyen 2020 élabore sa liste.") == []
    assert one("Un bilan de 1,5 million de personnes.").counts == "personnes"


def test_a_year_like_number_with_a_noun_is_a_count():
    f = one("L'armée a déployé 2022 soldats.")
    assert (f.value, f.counts) == (2022, "soldats")


def test_ordinals_identifiers_names_and_list_numbers_are_not_figures():
    text = (
        "1. Premier point\n2) Second point\nL'article 5 de l'Otan, la résolution 2231, le G7, le COVID-19, "
        "le 21e siècle, le 1er ministre, le Boeing 737 et l'Airbus A320."
    )
    assert figures(text) == []


def test_bare_numbers_say_nothing_and_are_dropped():
    assert figures("Le bilan est passé à 153. Le score était de 3-1.") == []


def test_multipliers_are_not_counts():
    assert figures("Ten times more, deux fois plus.", "fr") == [] and figures("Ten times more.", "en") == []


def test_english_hyphenated_units():
    found = figures("A 45-year-old man crossed the 1,000-km border.", "en")
    assert [(f.value, f.unit) for f in found] == [(45, "year"), (1000, "km")]


def test_ranges_with_a_shared_scale():
    f = one("Between 5 and 10 million people.", "en")
    assert (f.value, f.value_max, f.counts) == (5e6, 1e7, "people")


def test_ranges_repeating_the_percent_or_currency_sign():
    assert (one("Entre 10 % et 20 % des voix.").value_max, one("Entre 10 % et 20 % des voix.").unit) == (
        20,
        "%",
    )
    f = one("Un loyer de 5 000 € à 10 000 € par mois.")
    assert (f.value, f.value_max, f.unit) == (5000, 10000, "EUR")


def test_find_figures_reads_the_article():
    text = "Plus de 2 000 personnes ont été évacuées lundi."
    article = Article(
        id="x", source="t", title="", text=text, paragraphs=[text], content_hash="x", language="fr",
        published="2022-01-10", date_precision="day",
    )  # fmt: skip
    (f,) = find_figures(article)
    assert (f.value, f.counts, f.approximate) == (2000, "personnes", True)
    assert text[f.start : f.end] == f.text


def test_magnitude_is_a_unit_before_or_after_the_number():
    f = one("Un séisme de magnitude 6,8 a frappé le sud du Pérou.")
    assert (f.text, f.value, f.unit) == ("magnitude 6,8", 6.8, "magnitude")
    assert [(f.value, f.unit) for f in figures("A 6.8-magnitude quake struck.", "en")] == [(6.8, "magnitude")]


def test_a_bare_number_after_a_death_toll_counts_the_dead():
    found = figures("The death toll from a magnitude 6.8 earthquake that struck southern Peru on Tuesday night "
                    "rose to 31 on Wednesday.", "en")
    assert [(f.value, f.unit, f.counts) for f in found] == [(6.8, "magnitude", None), (31, None, "dead")]
    assert one("Le bilan humain du séisme s'est alourdi à 31.").counts == "morts"
