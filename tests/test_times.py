"""French time expressions, resolved against the publication date (and the rules shared by all languages)."""

import pytest

from veille.analyze.times import anchor_range, clock_spans, find_times, find_times_in, resolve_time
from veille.model import Article, TimeExpr

MONDAY = "2022-01-10"  # a Monday


def times(text: str, anchor: str | None = MONDAY, precision: str | None = None) -> dict[str, TimeExpr]:
    return {t.text: t for t in find_times_in(text, "fr", anchor, precision)}


def one(text: str, anchor: str | None = MONDAY, precision: str | None = None) -> TimeExpr:
    found = find_times_in(text, "fr", anchor, precision)
    assert len(found) == 1, found
    return found[0]


# ---- absolute dates ----


def test_full_french_date_resolves_to_its_day():
    t = one("Le 10 janvier 2022, les négociations ont repris.")
    assert (t.text, t.value, t.precision) == ("10 janvier 2022", "2022-01-10", "day")
    assert (t.earliest, t.latest) == ("2022-01-10", "2022-01-10")


def test_absolute_dates_resolve_without_any_publication_date():
    found = times("Il a parlé lundi, le 10 janvier 2022.", anchor=None)
    assert found["10 janvier 2022"].value == "2022-01-10"
    assert found["lundi"].value is None and found["lundi"].precision is None
    assert found["lundi"].earliest is None and found["lundi"].latest is None


def test_numeric_french_dates_are_day_first():
    found = times("Le 10/01/2022 et le 01.02.2022, puis le 2022-03-04.")
    assert found["10/01/2022"].value == "2022-01-10"
    assert found["01.02.2022"].value == "2022-02-01"
    assert found["2022-03-04"].value == "2022-03-04"


def test_first_of_the_month_is_written_1er():
    assert one("Le 1er mai, fête du travail.").value == "2022-05-01"


def test_month_and_year_give_month_precision():
    t = one("La crise a commencé en août 2019.")
    assert (t.text, t.value, t.precision) == ("août 2019", "2019-08", "month")
    assert (t.earliest, t.latest) == ("2019-08-01", "2019-08-31")


def test_year_after_a_cue_gives_year_precision():
    t = one("La Crimée a été annexée en 2014.")
    assert (t.value, t.precision) == ("2014", "year")


def test_period_modifiers_stay_in_the_span_without_adding_precision():
    found = times("Fin 2021, début janvier et mi-mars.")
    assert found["Fin 2021"].value == "2021"
    assert found["début janvier"].precision == "month"
    assert "mi-mars" in found


def test_year_ranges_give_two_years():
    found = times("Le conflit de 2014-2016 et entre 2017 et 2019.")
    assert [t.value for t in found.values()] == ["2014", "2016", "2017", "2019"]


def test_decades_keep_a_range_without_a_value():
    t = one("Dans les années 1990, le pays s'est ouvert.")
    assert (t.value, t.precision, t.earliest, t.latest) == (None, "range", "1990-01-01", "1999-12-31")


def test_a_day_range_gives_one_expression_per_day():
    found = find_times_in("Le sommet se tient du 3 au 5 mars 2022.", "fr", MONDAY)
    assert [(t.text, t.value) for t in found] == [("3", "2022-03-03"), ("5 mars 2022", "2022-03-05")]


def test_impossible_dates_are_not_resolved():
    assert "30 février 2021" not in times("Le 30 février 2021, rien.")


# ---- false positives ----


def test_numbers_that_count_things_are_not_years():
    found = times("L'armée a déployé 2022 soldats. Plus de 2000. Les 1500 blessés.")
    assert found == {}


def test_mars_the_planet_is_not_a_month():
    assert times("La sonde a atterri sur Mars. La mission Mars 2020 a coûté cher.") == {}


def test_month_names_inside_words_are_not_months():
    assert times("Le maire de la mairie a parlé de maisons à Marseille.") == {}


def test_lower_case_mars_after_a_cue_is_the_month():
    t = one("Les combats ont repris en mars.")
    assert (t.value, t.precision) == ("2021-03", "month")


def test_clock_times_are_found_but_are_not_time_expressions_alone():
    text = "La réunion a débuté à 14h30 et s'est achevée vers 18 heures, après 48 heures de crise."
    assert find_times_in(text, "fr", MONDAY) == []
    spans = [(text[s:e], h, m) for s, e, h, m in clock_spans(text, "fr")]
    assert spans == [("14h30", 14, 30), ("18 heures", 18, 0)]  # "48 heures" is a duration


# ---- weekdays under a day-precise date (Monday 2022-01-10) ----


def test_bare_weekday_in_a_report_is_the_past_one_or_today():
    found = times("Le président a déclaré lundi que l'armée avait tiré mercredi et dimanche.")
    assert found["lundi"].value == "2022-01-10"  # the publication day itself
    assert found["mercredi"].value == "2022-01-05"  # past tense: the Wednesday before
    assert found["dimanche"].value == "2022-01-09"
    assert found["lundi"].precision == "day"


def test_weekday_with_a_future_verb_is_the_coming_one():
    found = times("Les pourparlers reprendront mercredi à Genève, a annoncé lundi le ministère.")
    assert found["mercredi"].value == "2022-01-12"
    assert found["lundi"].value == "2022-01-10"


def test_a_scheduling_verb_in_the_present_points_to_the_coming_weekday():
    assert times("Les ministres se réunissent mercredi à Bruxelles.")["mercredi"].value == "2022-01-12"
    assert times("Les discussions reprennent jeudi à Vienne.")["jeudi"].value == "2022-01-13"
    assert times("Les ministres se sont réunis mercredi à Bruxelles.")["mercredi"].value == "2022-01-05"


def test_reported_plans_in_the_conditional_point_forward():
    found = times("Le ministre a dit lundi qu'il se rendrait à Paris mercredi.")
    assert found["mercredi"].value == "2022-01-12"


def test_a_past_participle_before_a_month_or_a_day_dates_a_past_event():
    anchor = "2026-03-12"
    assert one("Ils ne suspendront pas la procédure engagée en août.", anchor).value == "2025-08"
    assert one("L'accord signé le 3 mai ne sera pas renouvelé.", anchor).value == "2025-05-03"
    assert one("La réunion prévue en août aura lieu à Genève.", anchor).value == "2026-08"


def test_prochain_and_dernier_pick_the_next_and_previous_weekday():
    found = times("Il reviendra mardi prochain ; il était venu jeudi dernier et lundi dernier.")
    assert found["mardi prochain"].value == "2022-01-11"  # first Tuesday after the anchor day
    assert found["jeudi dernier"].value == "2022-01-06"
    assert found["lundi dernier"].value == "2022-01-03"  # strictly before the anchor day


def test_part_of_day_and_ce_stay_in_the_weekday_span():
    found = times("Ce lundi, puis mardi soir.", anchor="2022-01-12")
    assert found["Ce lundi"].value == "2022-01-10"
    assert found["mardi soir"].value == "2022-01-11"


def test_ce_dimanche_without_tense_is_the_nearest_sunday():
    assert one("La fête foraine se termine ce dimanche.", anchor="2020-01-10").value == "2020-01-12"
    assert one("Ce dimanche, les électeurs ont voté.").value == "2022-01-09"


def test_generic_and_habitual_weekdays_are_not_dates():
    assert (
        times("Un dimanche après-midi au musée. Le lundi, les magasins ferment. Du lundi au vendredi.") == {}
    )


def test_weekday_and_clock_time_make_a_datetime():
    t = one("L'attaque a eu lieu lundi à 14h30.")
    assert (t.text, t.value, t.precision) == ("lundi à 14h30", "2022-01-10T14:30", "datetime")


# ---- coarse or missing publication dates ----


def test_weekday_under_a_month_only_date_is_a_window_not_a_day():
    t = one("Il a parlé lundi.", anchor="2022-01", precision="month")
    assert t.value is None and t.precision == "range"
    # every Monday that a report published in January 2022 can mean: from the last days of
    # December (reports of 1-2 January) to the last Monday of January
    assert (t.earliest, t.latest) == ("2021-12-27", "2022-01-31")


def test_relative_words_under_no_date_stay_unresolved_with_their_text():
    found = times("Hier, le mois dernier et ce week-end.", anchor=None)
    assert set(found) == {"Hier", "le mois dernier", "ce week-end"}
    assert all(t.value is None and t.earliest is None for t in found.values())


def test_month_only_date_still_resolves_what_does_not_depend_on_the_day():
    found = times("L'an dernier et le mois dernier, cette semaine.", anchor="2022-01", precision="month")
    assert found["L'an dernier"].value == "2021"
    assert found["le mois dernier"].value == "2021-12"
    assert found["cette semaine"].value is None
    assert found["cette semaine"].earliest == "2021-12-27"


def test_weekday_in_a_date_picks_the_year_when_the_anchor_is_coarse():
    t = one("Le lundi 10 janvier, tout a changé.", anchor="2022", precision="year")
    assert t.value == "2022-01-10"


def test_day_and_month_without_year_take_the_year_near_the_anchor():
    assert one("Le 12 janvier, il a parlé.").value == "2022-01-12"
    assert one("Le 20 décembre, il a parlé.").value == "2021-12-20"
    assert one("Le 10 janvier", anchor=None).value is None


def test_datetime_and_precision_fields_of_the_anchor_are_honoured():
    assert anchor_range("2022-01-10T08:00:00Z") == anchor_range("2022-01-10")
    lo, hi = anchor_range("2022-01-10", "month")
    assert (lo.isoformat(), hi.isoformat()) == ("2022-01-01", "2022-01-31")
    assert anchor_range(None) is None


# ---- relative expressions ----


def test_deictic_days_resolve_against_the_publication_day():
    found = times("Aujourd'hui, hier, demain et avant-hier.")
    assert [t.value for t in found.values()] == ["2022-01-10", "2022-01-09", "2022-01-11", "2022-01-08"]


def test_curly_apostrophes_read_like_straight_ones():
    assert one("Aujourd’hui, la ville est calme.").value == "2022-01-10"


def test_le_mois_dernier_is_the_previous_month():
    t = one("Le mois dernier, les prix ont augmenté.")
    assert (t.value, t.precision, t.earliest, t.latest) == ("2021-12", "month", "2021-12-01", "2021-12-31")


def test_weeks_take_iso_week_values_with_their_days():
    found = times("La semaine prochaine et la semaine dernière.")
    assert found["La semaine prochaine"].value == "2022-W03"
    assert found["La semaine prochaine"].precision == "week"
    assert (found["La semaine prochaine"].earliest, found["La semaine prochaine"].latest) == (
        "2022-01-17",
        "2022-01-23",
    )
    assert found["la semaine dernière"].value == "2022-W01"


def test_l_an_dernier_is_the_previous_year():
    found = times("L'an dernier et l’année prochaine.")
    assert found["L'an dernier"].value == "2021"
    assert found["l’année prochaine"].value == "2023"


def test_ce_week_end_in_a_monday_report_is_the_weekend_just_past():
    t = one("Ce week-end, des milliers de personnes ont manifesté.")
    assert (t.value, t.precision, t.earliest, t.latest) == ("2022-W01", "week", "2022-01-08", "2022-01-09")


def test_ce_week_end_with_a_future_verb_is_the_coming_one():
    t = one("Des manifestations auront lieu ce week-end.", anchor="2022-01-12")
    assert (t.earliest, t.latest) == ("2022-01-15", "2022-01-16")


def test_counted_offsets_from_the_publication_date():
    found = times("Il y a trois jours, il y a un an, dans deux semaines, il y a vingt-cinq ans.")
    assert found["Il y a trois jours"].value == "2022-01-07"
    assert found["il y a un an"].value == "2021"
    assert found["dans deux semaines"].value == "2022-W04"
    assert found["il y a vingt-cinq ans"].value == "1997"


def test_huit_ans_apres_an_event_stays_unresolved_with_its_text():
    t = one("Huit ans après l'annexion de la Crimée, la guerre continue.")
    assert (t.text, t.value, t.precision, t.earliest) == ("Huit ans après", None, None, None)


def test_offsets_without_an_object_count_from_the_last_date_of_the_paragraph():
    found = times(
        "En 2014, la Crimée a été annexée. Huit ans plus tard, la guerre. Huit ans après, la paix ?"
    )
    assert found["Huit ans plus tard"].value == "2022"
    assert found["Huit ans plus tard"].precision == "year"


def test_la_veille_and_le_lendemain_need_a_date_in_the_same_paragraph():
    text = "Il a été arrêté lundi. Le lendemain, il a été libéré.\n\nLa veille, rien."
    found = times(text, anchor="2022-01-12")
    assert found["Le lendemain"].value == "2022-01-11"
    assert found["La veille"].value is None  # new paragraph: no base


def test_an_offset_from_a_coarse_base_keeps_a_window():
    found = times("En 2014, l'armée est entrée. Deux jours plus tard, la ville est tombée.")
    assert found["Deux jours plus tard"].value is None
    assert (found["Deux jours plus tard"].earliest, found["Deux jours plus tard"].latest) == (
        "2014-01-03",
        "2015-01-02",
    )


# ---- public API ----


def test_find_times_reads_the_article_fields():
    article = Article(
        id="x", source="t", title="", text="Lundi, il a parlé.", paragraphs=["Lundi, il a parlé."],
        content_hash="x", language="fr", published="2022-01", date_precision="month",
    )  # fmt: skip
    (t,) = find_times(article)
    assert t.value is None and t.earliest == "2021-12-27"


def test_unsupported_languages_give_no_expressions():
    assert find_times_in("El lunes 10 de enero", "es", MONDAY) == []


@pytest.mark.parametrize(
    ("phrase", "value", "precision"),
    [
        ("lundi", "2022-01-10", "day"),
        ("10/01/2022", "2022-01-10", "day"),
        ("le 3 mars 2020 à 14h30", "2020-03-03T14:30", "datetime"),
        ("l'an dernier", "2021", "year"),
    ],
)
def test_resolve_time_reads_one_phrase(phrase, value, precision):
    t = resolve_time(phrase, "fr", MONDAY)
    assert (t.value, t.precision) == (value, precision)


def test_resolve_time_takes_only_absolute_answers_from_dateparser():
    t = resolve_time("3 de marzo de 2020", "es")
    assert (t.value, t.precision) == ("2020-03-03", "day")
    assert resolve_time("el lunes", "es", MONDAY) is None  # relative: dateparser's answer depends on its base
