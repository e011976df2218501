"""Metadata dates keep the precision the source gave, and no more."""

import pytest

from veille.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022", ("2022", "year")),
        ("2022-01", ("2022-01", "month")),
        ("2022-01-10", ("2022-01-10", "day")),
        ("2022-01-10T08:00:00Z", ("2022-01-10T08:00:00+00:00", "datetime")),
        ("2022-01-10 08:00", ("2022-01-10T08:00:00", "datetime")),
        ("Mon, 10 Jan 2022 08:30:00 +0100", ("2022-01-10T08:30:00+01:00", "datetime")),
        ("10 Jan 2022 08:30:00 GMT", ("2022-01-10T08:30:00+00:00", "datetime")),
        ("janvier 2022", ("2022-01", "month")),
        ("January 2022", ("2022-01", "month")),
        ("10 janvier 2022", ("2022-01-10", "day")),
        ("January 10, 2022", ("2022-01-10", "day")),
        ("10 janvier 2022 à 14h30", ("2022-01-10T14:30:00", "datetime")),
    ],
)
def test_dates_parse_to_iso_cut_at_their_precision(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "   ", None, "2022-13", "2022-02-30", "pas une date du tout"])
def test_impossible_or_missing_dates_give_nothing(value):
    assert parse_date(value) == (None, None)
