"""English time expressions resolved against the publication date."""

from veille.analyze.times import find_times_in, resolve_time
from veille.model import TimeExpr

MONDAY = "2022-01-10"


def times(text: str, anchor: str | None = MONDAY, precision: str | None = None) -> dict[str, TimeExpr]:
    return {t.text: t for t in find_times_in(text, "en", anchor, precision)}


def test_english_date_forms_resolve_to_the_day():
    found = times(
        "On January 10, 2022, on 10 January 2022, on Jan. 10, 2022 and on the 10th of January 2022."
    )
    assert set(found) == {"January 10, 2022", "10 January 2022", "Jan. 10, 2022", "the 10th of January 2022"}
    assert {t.value for t in found.values()} == {"2022-01-10"}


def test_month_day_without_year_takes_the_year_near_the_anchor():
    assert times("The vote on March 5 was delayed.")["March 5"].value == "2021-03-05"
    assert times("The summit will take place on Jan. 20.")["Jan. 20"].value == "2022-01-20"


def test_in_august_2019_is_month_precise():
    t = times("Protests began in August 2019.")["August 2019"]
    assert (t.value, t.precision) == ("2019-08", "month")


def test_modal_may_and_verb_march_are_not_months():
    assert times("They may march on the capital, said Theresa May.") == {}


def test_capitalised_may_is_a_month_after_a_cue_or_with_a_day_or_year():
    found = times("Theresa May resigned in May 2019; the vote is due on May 10. In May, nothing.")
    assert found["May 2019"].value == "2019-05"
    assert found["May 10"].precision == "day"
    assert "May" in found and found["May"].precision == "month"


def test_numeric_dates_prefer_month_first_unless_impossible():
    found = times("On 1/10/2022 and on 25/12/2021.")
    assert found["1/10/2022"].value == "2022-01-10"
    assert found["25/12/2021"].value == "2021-12-25"


def test_weekdays_follow_tense_in_english():
    found = times(
        "The talks will resume on Wednesday, the ministry said on Monday. On Sunday, thousands protested."
    )
    assert found["Wednesday"].value == "2022-01-12"
    assert found["Monday"].value == "2022-01-10"
    assert found["Sunday"].value == "2022-01-09"


def test_next_and_last_weekday():
    found = times("He left last Thursday and returns next Tuesday.")
    assert found["last Thursday"].value == "2022-01-06"
    assert found["next Tuesday"].value == "2022-01-11"


def test_weekday_night_and_clock_time():
    t = times("The blast came on Wednesday night at 9 pm.")["Wednesday night at 9 pm"]
    assert (t.value, t.precision) == ("2022-01-05T21:00", "datetime")


def test_deictic_and_relative_english_phrases():
    found = times("Today, yesterday, tomorrow, last month, next week, last year, this weekend.")
    assert found["Today"].value == "2022-01-10"
    assert found["yesterday"].value == "2022-01-09"
    assert found["tomorrow"].value == "2022-01-11"
    assert found["last month"].value == "2021-12"
    assert found["next week"].value == "2022-W03"
    assert found["last year"].value == "2021"
    assert (found["this weekend"].earliest, found["this weekend"].latest) == ("2022-01-08", "2022-01-09")


def test_counted_offsets_in_english():
    found = times("Two years ago, in three days, eight years after the war began.")
    assert found["Two years ago"].value == "2020"
    assert found["in three days"].value == "2022-01-13"
    assert found["eight years after"].value is None


def test_later_counts_from_the_last_date_of_the_paragraph():
    found = times("The war began in 2014. Eight years later, it spread.")
    assert found["Eight years later"].value == "2022"


def test_year_as_a_modifier_and_decades():
    found = times("Since the 2016 election, in the 1990s and late 2021.")
    assert found["2016"].value == "2016"
    assert found["the 1990s"].earliest == "1990-01-01"
    assert found["late 2021"].value == "2021"


def test_weekday_under_a_month_only_date_is_unresolved_in_english_too():
    t = times("He spoke on Monday.", anchor="2022-01", precision="month")["Monday"]
    assert t.value is None and (t.earliest, t.latest) == ("2021-12-27", "2022-01-31")


def test_resolve_time_in_english():
    assert resolve_time("yesterday", "en", MONDAY).value == "2022-01-09"
    assert resolve_time("next week", "en", None).value is None


def test_a_scheduling_verb_in_the_present_points_to_the_coming_weekday():
    found = times("NATO and Russian envoys meet in Brussels on Wednesday and the talks move to Vienna on Thursday.")
    assert (found["Wednesday"].value, found["Thursday"].value) == ("2022-01-12", "2022-01-13")
    assert times("The envoys met in Brussels on Wednesday.")["Wednesday"].value == "2022-01-05"
