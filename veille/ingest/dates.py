"""Metadata dates to (ISO value cut to its precision, precision).

Precision is what the source gave: "2022-01" stays a month, "10 janvier 2022" is a day, a
timestamp is a datetime. Nothing is padded: a month never becomes the 1st of the month.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")

DATEPARSER_LANGUAGES = ("fr", "en")
_parser = None

Parsed = tuple[str | None, str | None]
NONE: Parsed = (None, None)


def _iso_datetime(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _dateparser():  # noqa: ANN202 - dateparser has no public type for it
    global _parser
    if _parser is None:
        from dateparser.date import DateDataParser

        _parser = DateDataParser(
            languages=list(DATEPARSER_LANGUAGES),
            settings={"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
        )
    return _parser


def _free_text(value: str) -> Parsed:
    data = _dateparser().get_date_data(value)
    dt = data.date_obj if data else None
    if dt is None:
        return NONE
    period = data.period or "day"
    if period == "year":
        return f"{dt.year:04d}", "year"
    if period == "month":
        return f"{dt.year:04d}-{dt.month:02d}", "month"
    if period == "time" or (dt.hour, dt.minute, dt.second) != (0, 0, 0):
        return _iso_datetime(dt), "datetime"
    return dt.date().isoformat(), "day"


def parse_date(value: str | None) -> Parsed:
    """Parse ISO, RFC 2822 or free-text dates. Returns (None, None) when nothing sensible is found."""
    if not value:
        return NONE
    value = value.strip()
    if not value:
        return NONE
    try:
        if m := _YEAR.match(value):
            return m.group(1), "year"
        if m := _MONTH.match(value):
            year, month = int(m.group(1)), int(m.group(2))
            return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else NONE
        if _DAY.match(value):
            return date.fromisoformat(value).isoformat(), "day"
        if _ISO_DATETIME.match(value):
            return _iso_datetime(datetime.fromisoformat(value)), "datetime"
        if _RFC2822.match(value):
            return _iso_datetime(parsedate_to_datetime(value)), "datetime"
    except (ValueError, TypeError, IndexError, OverflowError):
        pass  # a malformed ISO/RFC value may still read as free text
    try:
        return _free_text(value)
    except (ValueError, TypeError, OverflowError):
        return NONE
