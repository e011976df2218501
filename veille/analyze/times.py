"""Time expressions: find them in an article and resolve them against its publication date.

`find_times(article)` returns `TimeExpr`s in text order. Every expression keeps its text and span;
resolution never claims more precision than the text and the anchor (the publication date) allow:

- **Absolute** dates resolve on their own, even without an anchor: `10 janvier 2022`, `2022-01-10`,
  `10/01/2022` (French: day first; English: month first unless a part exceeds 12 or the other order
  lands nearer the anchor), `août 2019`, `en 2019`.
- **Partial** dates (`le 10 janvier`, `en août`) and **relative** ones (`lundi`, `hier`, `le mois
  dernier`, `il y a trois ans`, `ce week-end`) need the anchor. Each is a function of the anchor
  day; with a coarse anchor (`date 2022-01`) it is evaluated at the first and the last possible
  anchor day. Same answer both times: that is the value. Otherwise `value` stays None, `precision`
  is "range", and `earliest`/`latest` give the candidate window (so `lundi` under a month-only date
  gets a window a few days wider than the month). Without any anchor, relative expressions stay
  unresolved: `value`, `precision` and the window are all None.
- `earliest`/`latest` are always day-level ISO dates bounding what the expression can cover:
  2019-01-01..2019-12-31 for `2019`, Monday..Sunday for a week, Saturday..Sunday for a weekend.
- Weeks and weekends take ISO week values (`2022-W02`, precision "week").
- Counted offsets from another event (`huit ans après la guerre`, `eight years after the war`) stay
  unresolved. Without an object (`huit ans plus tard`, `two days later`, `la veille`) they count
  from the last dated expression of the same paragraph, through the same range logic.

Occurrence rules for words that repeat (news conventions):

- Bare weekday: the occurrence within the 7 days ending on the anchor day (a report's `lundi` is
  the past Monday, or today), unless a future cue is the nearest tense cue in its clause (`se
  rendra`, `se rendrait`, `will`, `va`, `prévu`): then within the 7 days starting on it.
  `ce dimanche` / `this Sunday` follow the tense too, but with no cue take the nearest one (-3..+3
  days). `mardi prochain` / `next Tuesday` is the first Tuesday after the anchor day (1-7 days
  later), `jeudi dernier` / `last Thursday` the last one before it (1-7 days earlier). Generic or
  habitual weekdays (`un dimanche`, `le lundi`, `every Monday`) are no dates and are skipped.
- Tense cues come from the language table (future and past verb forms, auxiliaries); the nearest
  cue inside the clause wins, else the nearest in the sentence, else there is no cue.
- Day and month without year (`le 10 janvier`): past tense: the last occurrence up to 3 days after
  the anchor; future: the first from 3 days before it; no cue: the one between 7 months before
  and 5 months after. A weekday in the same expression picks the year whose calendar agrees.
- Bare month (`en août`): the same by month (past: up to the anchor's month; future: from it;
  otherwise between 7 months before and 4 after); `en août dernier` / `last August` excludes the
  anchor's month.
- `ce week-end` / `this weekend`: the weekend whose Saturday is within the 6 days before the
  anchor (past or no cue) or the coming one (future cue).

Clock times (`14h30`, `2:30 pm`) are not expressions on their own; right after a resolved day
(`lundi à 14h30`) they extend it to precision "datetime". `clock_spans` lists them for figures.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from veille.analyze.time_arithmetic import _day, _month, _settle, _year, anchor_range
from veille.analyze.time_candidates import _DIGITS, _candidates
from veille.analyze.time_grammar import TABLES, _Grammar, _grammar
from veille.model import Article, TimeExpr

__all__ = ["anchor_range", "clock_spans", "find_times", "find_times_in", "resolve_time"]


# ---- public API ----


def clock_spans(text: str, lang: str | None) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time (`14h30`, `à 8 heures`, `2:30 pm`, `1430 GMT`)."""
    if lang not in TABLES:
        return []
    return list(_clock_spans(text, lang))


@lru_cache(maxsize=16)
def _clock_spans(text: str, lang: str) -> tuple[tuple[int, int, int, int], ...]:
    g = _grammar(lang)
    out: list[tuple[int, int, int, int]] = []
    for d in _DIGITS.finditer(text):
        pos = d.start()
        if (out and pos < out[-1][1]) or (pos and text[pos - 1] in ",."):
            continue
        for rx, cued in g.clocks:
            m = rx.match(text, pos)
            if not m:
                continue
            groups = m.groupdict()
            hour, minute = int(groups["h"]), int(groups.get("min") or 0)
            ampm = (groups.get("ampm") or "").lower()
            if hour > (12 if ampm else 23):
                continue
            if cued and not (g.clock_cue and g.clock_cue.search(text, max(0, pos - 12), pos)):
                continue
            if ampm == "p" and hour < 12:
                hour += 12
            elif ampm == "a" and hour == 12:
                hour = 0
            out.append((m.start(), m.end(), hour, minute))
            break
    return tuple(out)


def find_times_in(
    text: str, lang: str | None, anchor: str | None = None, anchor_precision: str | None = None
) -> list[TimeExpr]:
    """Time expressions of a text in a supported language, resolved against `anchor`."""
    if lang not in TABLES or not text:
        return []
    g = _grammar(lang)
    rng = anchor_range(anchor, anchor_precision)
    cands = _candidates(text, g, rng)
    clocks = clock_spans(text, lang)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    out: list[TimeExpr] = []
    for c in cands:
        if c.kind == "decade":
            out.append(TimeExpr(text[c.start : c.end], c.start, c.end, None, "range", c.earliest, c.latest))
            continue
        crng = rng
        if c.kind == "base":
            crng = _base_range(out, c.start, paragraphs)
        if c.kind == "unresolvable":
            value, precision, earliest, latest = (None,) * 4
        else:
            value, precision, earliest, latest = _settle(c.resolve, crng, c.kind == "absolute")
        expr = TimeExpr(text[c.start : c.end], c.start, c.end, value, precision, earliest, latest)
        _attach_clock(expr, text, clocks, g)
        out.append(expr)
    return out


def _base_range(done: list[TimeExpr], pos: int, paragraphs: list[int]) -> tuple[date, date] | None:
    para_start = max(p for p in paragraphs if p <= pos)
    for e in reversed(done):
        if e.start < para_start:
            break
        if e.earliest and e.latest:
            return date.fromisoformat(e.earliest), date.fromisoformat(e.latest)
    return None


def _attach_clock(expr: TimeExpr, text: str, clocks, g: _Grammar) -> None:
    for start, end, hour, minute in clocks:
        if start < expr.end:
            continue
        if start - expr.end > 12 or not g.clock_join.match(text[expr.end : start]):
            return
        expr.end = end
        expr.text = text[expr.start : end]
        if expr.precision == "day":
            expr.value = f"{expr.value}T{hour:02d}:{minute:02d}"
            expr.precision = "datetime"
        return


def find_times(article: Article) -> list[TimeExpr]:
    """Time expressions of an article, resolved against its publication date and precision."""
    return find_times_in(article.text, article.language, article.published, article.date_precision)


def resolve_time(
    text: str, lang: str | None, anchor: str | None = None, anchor_precision: str | None = None
) -> TimeExpr | None:
    """Resolve one short time phrase (`lundi`, `10/01/2022`, `le 3 mars 2020 à 14h30`).

    The longest expression our grammar finds wins (offsets are into `text`). Failing that,
    dateparser reads the phrase, and its answer counts only when it does not depend on the
    relative base (so only absolute dates come from dateparser; relative logic stays ours).
    """
    found = find_times_in(text, lang, anchor, anchor_precision)
    if found:
        return max(found, key=lambda e: e.end - e.start)
    return _dateparser_absolute(text, lang)


def _dateparser_absolute(text: str, lang: str | None) -> TimeExpr | None:
    if not lang or not text.strip():
        return None
    from dateparser.date import DateDataParser

    values = []
    for base in (datetime(2001, 6, 15), datetime(2013, 2, 20)):
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        if lang in TABLES:
            settings["DATE_ORDER"] = TABLES[lang][0].DATE_ORDER
        try:
            data = DateDataParser(languages=[lang], settings=settings).get_date_data(text)
        except (ValueError, KeyError):
            return None
        if data.date_obj is None:
            return None
        d, period = data.date_obj, data.period
        if period == "year":
            v = _year(d.year)
        elif period == "month":
            v = _month(d.year, d.month)
        elif period == "day":
            v = _day(d.date())
        else:
            return None
        values.append(v)
    if values[0] != values[1]:
        return None
    v = values[0]
    return TimeExpr(text, 0, len(text), v.value, v.precision, v.start.isoformat(), v.end.isoformat())
