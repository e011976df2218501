"""Date arithmetic for time expressions: values at a precision, anchor ranges and resolvers.

A resolver maps an anchor day (or None) to a `_Val`: an ISO value, its precision and the first and
last day it covers. `_settle` evaluates one over an anchor range (see `veille.analyze.times`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class _Val:
    value: str
    precision: str
    start: date
    end: date


Resolver = Callable[[date | None], "_Val | None"]


# ---- values at a precision ----


def _day(d: date) -> _Val:
    return _Val(d.isoformat(), "day", d, d)


def _week(d: date) -> _Val:
    monday = d - timedelta(days=d.weekday())
    year, week, _ = d.isocalendar()
    return _Val(f"{year:04d}-W{week:02d}", "week", monday, monday + timedelta(days=6))


def _weekend(saturday: date) -> _Val:
    return _Val(_week(saturday).value, "week", saturday, saturday + timedelta(days=1))


def _month(year: int, month: int) -> _Val:
    last = calendar.monthrange(year, month)[1]
    return _Val(f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last))


def _year(year: int) -> _Val:
    return _Val(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _offset(d: date, unit: str, n: int) -> _Val | None:
    try:
        if unit == "day":
            return _day(d + timedelta(days=n))
        if unit == "week":
            return _week(d + timedelta(days=7 * n))
        if unit == "month":
            return _month(*_shift_month(d, n))
        if unit == "year":
            return _year(d.year + n)
    except (OverflowError, ValueError):
        return None
    return None


def _in_window(d: date, weekday: int, lo: int, hi: int) -> date:
    """The day with `weekday` among d+lo..d+hi (a 7-day window)."""
    first = d + timedelta(days=lo)
    return first + timedelta(days=(weekday - first.weekday()) % 7 if hi - lo >= 6 else 0)


# ---- anchors ----


def anchor_range(anchor: str | None, precision: str | None = None) -> tuple[date, date] | None:
    """The first and last day an anchor (`2022`, `2022-01`, `2022-01-10`, ISO datetime) can be."""
    if not anchor:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", anchor.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if precision == "year":
        month = day = None
    elif precision == "month":
        day = None
    try:
        if month and day:
            d = date(year, month, day)
            return d, d
        if month:
            v = _month(year, month)
            return v.start, v.end
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _settle(resolve: Resolver, rng: tuple[date, date] | None, absolute: bool):
    """(value, precision, earliest, latest) of a resolver over an anchor range."""
    if absolute:
        v = resolve(None)
        return (v.value, v.precision, v.start.isoformat(), v.end.isoformat()) if v else (None,) * 4
    if rng is None:
        return (None,) * 4
    a, b = resolve(rng[0]), resolve(rng[1])
    if a is None or b is None:
        return (None,) * 4
    if a.value == b.value:
        return a.value, a.precision, a.start.isoformat(), a.end.isoformat()
    return None, "range", a.start.isoformat(), b.end.isoformat()


# ---- resolvers ----


def _weekday_resolver(weekday: int, which: int, tense: str | None) -> Resolver:
    if which in (1, -1):
        lo, hi = (1, 7) if which == 1 else (-7, -1)
    elif tense == "future":
        lo, hi = 0, 6
    elif tense is None and which == 2:
        lo, hi = -3, 3
    else:
        lo, hi = -6, 0
    return lambda d: _day(_in_window(d, weekday, lo, hi)) if d else None


def _weekend_resolver(which: int | None, tense: str | None) -> Resolver:
    def resolve(d: date | None) -> _Val | None:
        if d is None:
            return None
        if which == 1:
            return _weekend(_in_window(d, 5, 1, 7))
        if which == -1:
            return _weekend(_in_window(d, 6, -7, -1) - timedelta(days=1))
        if tense == "future":
            return _weekend(_in_window(d, 5, -1, 5))
        return _weekend(_in_window(d, 5, -6, 0))

    return resolve


def _day_month_resolver(day: int, month: int, tense: str | None, weekday: int | None) -> Resolver:
    def candidates(d: date) -> list[date]:
        out = []
        for year in (d.year - 1, d.year, d.year + 1):
            try:
                out.append(date(year, month, day))
            except ValueError:
                continue
        return out

    def resolve(d: date | None) -> _Val | None:
        if d is None:
            return None
        cands = candidates(d)
        if weekday is not None:
            fitting = [c for c in cands if c.weekday() == weekday]
            if fitting:
                return _day(min(fitting, key=lambda c: abs((c - d).days)))
        if tense == "past":
            pick = [c for c in cands if c <= d + timedelta(days=3)][-1:]
        elif tense == "future":
            pick = [c for c in cands if c >= d - timedelta(days=3)][:1]
        else:
            pick = [c for c in cands if -214 <= (c - d).days < 153]
        return _day(pick[0]) if pick else None

    return resolve


def _month_resolver(month: int, tense: str | None, rel: int | None) -> Resolver:
    def resolve(d: date | None) -> _Val | None:
        if d is None:
            return None
        here = d.year * 12 + d.month - 1
        if rel == 0:
            return _month(d.year, month)
        lo, hi = {-1: (-12, -1), 1: (1, 12)}.get(
            rel, {"past": (-11, 0), "future": (0, 11)}.get(tense, (-7, 4))
        )
        for index in range(here + lo, here + hi + 1):
            if index % 12 == month - 1:
                return _month(index // 12, month)
        return None

    return resolve


def _const(v: _Val | None) -> Resolver:
    return lambda d: v


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
