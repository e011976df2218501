"""Time candidates: match the grammar's patterns at their triggers and turn each match into a
`_Cand` (span, kind and resolver), keeping the longest non-overlapping ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from veille.analyze.figures import words_value
from veille.analyze.time_arithmetic import (
    Resolver,
    _const,
    _day,
    _day_month_resolver,
    _month,
    _month_resolver,
    _offset,
    _safe_date,
    _weekday_resolver,
    _weekend_resolver,
    _year,
)
from veille.analyze.time_grammar import _Grammar, _next_word, _sentence_start, _tense


@dataclass
class _Cand:
    start: int
    end: int
    kind: str  # absolute | anchor (publication) | base (earlier date) | unresolvable | decade
    resolve: Resolver | None
    rank: int = 0  # pattern priority on equal spans
    earliest: str | None = None
    latest: str | None = None


# ---- candidate finding ----


def _candidates(text: str, g: _Grammar, rng: tuple[date, date] | None) -> list[_Cand]:
    out: list[_Cand] = []
    seen: set[tuple[int, int, str]] = set()
    rank_of = {id(rx): rank for rank, (_, rx) in enumerate(g.patterns)}

    def attempt(pos: int, trigger_end: int, patterns) -> None:
        before = _word_starts(text, pos, max((p[2] for p in patterns), default=0))
        for kind, rx, back in patterns:
            for s in (before[max(0, len(before) - back) :] if back else []) + [pos]:
                m = rx.match(text, s)
                if m is None or m.end() < trigger_end:
                    continue
                key = (m.start(), m.end(), kind)
                if key in seen:
                    break
                seen.add(key)
                handler = _HANDLERS.get(kind) or _offset_cand
                for c in handler(text, m, g, rng, kind) or []:
                    c.rank = rank_of[id(rx)]
                    out.append(c)
                break

    for m in _DIGITS.finditer(text):
        attempt(m.start(), m.end(), g.digit_patterns)
    for m in g.word_trigger.finditer(text):
        if m.start() and _word_char(text[m.start() - 1]) or _word_char(text[m.end() : m.end() + 1]):
            continue  # inside a longer word ("maire", "décision", "annonce"): every pattern ends the
            # trigger word with (?![\w]) (or a stop), so none can match here
        attempt(m.start(), m.end(), g.families.get(m.group().replace("’", "'").replace("‑", "-"), ()))
    out.sort(key=lambda c: (c.start, -(c.end - c.start), c.rank))
    kept: list[_Cand] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_DETERMINER_BEFORE = re.compile(r"(?:\bthe|['’]s|\bits|\btheir)\s*$")  # "the 2016 election"
_WORD_AFTER = re.compile(r"\s*([\w'’])")


def _word_char(char: str) -> bool:
    """Is `char` (one character, or '' at the text's end) a regex word character?"""
    return char.isalnum() or char == "_"


_TOKEN = re.compile(r"[^\W_][\w'’-]*")


def _word_starts(text: str, pos: int, back: int) -> list[int]:
    """Start offsets of up to `back` whitespace-separated tokens before `pos` (leftmost first)."""
    if not back:
        return []
    lo = max(0, pos - 12 * back)
    starts = [m.start() for m in _TOKEN.finditer(text, lo, pos)]
    return [s for s in starts[-back:] if s < pos]


def _tense_of(text: str, m: re.Match, g: _Grammar) -> str | None:
    return _tense(text, m.start(), m.end(), g)


def _date_cand(text, m, g, rng, kind):
    day, month = int(m["day"]), g.month_of[m["month"].lower().rstrip(".")]
    wd = g.weekday_of.get(m["wd"].lower()) if m["wd"] else None
    if m["year"]:
        d = _safe_date(int(m["year"]), month, day)
        return [_Cand(m.start(), m.end(), "absolute", _const(_day(d) if d else None))] if d else []
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 February passes
        return []
    return [_Cand(m.start(), m.end(), "anchor", _day_month_resolver(day, month, _tense_of(text, m, g), wd))]


def _dayrange_cand(text, m, g, rng, kind):
    """`du 10 au 12 janvier`, `January 10-12`: one expression per day, both in the month."""
    month = g.month_of[m["month"].lower().rstrip(".")]
    month_first = m.start("month") < m.start("day1")
    spans = [
        (int(m["day1"]), m.start() if month_first else m.start("day1"), m.end("day1")),
        (int(m["day"]), m.start("day"), m.end()),
    ]
    out = []
    tense = None if m["year"] else _tense_of(text, m, g)
    for day, s, e in spans:
        if m["year"]:
            d = _safe_date(int(m["year"]), month, day)
            if d:
                out.append(_Cand(s, e, "absolute", _const(_day(d))))
        elif _safe_date(2000, month, day):
            out.append(_Cand(s, e, "anchor", _day_month_resolver(day, month, tense, None)))
    return out if len(out) == 2 and spans[0][0] < spans[1][0] else []


def _monthyear_cand(text, m, g, rng, kind):
    name = m["month"].rstrip(".")
    if _rejected_capital(text, m, name, g, has_year=True):
        return []
    v = _month(int(m["year"]), g.month_of[name.lower()])
    return [_Cand(m.start(), m.end(), "absolute", _const(v))]


def _rejected_capital(text: str, m: re.Match, name: str, g: _Grammar, has_year: bool) -> bool:
    """A French month written with a capital in mid-sentence is a name (`Mars 2020`, `sur Mars`)."""
    if g.t.CAPITALISED_NAMES or not name[:1].isupper() or m["mod"]:
        return False
    return not _sentence_start(text, m.start("month"))


def _bare_month_cand(text, m, g, rng, kind):
    name = m["month"]
    if _rejected_capital(text, m, name, g, has_year=False):
        return []
    before = text[max(0, m.start() - 30) : m.start()]
    strong = bool(m["mod"]) or bool(g.strong.search(before))
    rel = None
    start, end = m.start(), m.end()
    if g.month_before:
        rb = g.month_before.search(before)
        if rb:
            rel, strong = g.month_rel[rb["rel"].lower()], True
            start = m.start() - (len(before) - rb.start("rel"))
    ra = g.month_after.match(text, m.end())
    if ra:
        rel, end = g.t.MONTH_AFTER.get(ra["rel"].lower(), rel), ra.end()
    if name.lower() in g.t.AMBIGUOUS_MONTHS and not strong:
        return []
    if g.t.CAPITALISED_NAMES and not strong and not g.weak.search(before):
        nxt = _next_word(text, m.end(), g)
        if nxt and nxt[0].isupper():  # "June Carter", "April Ryan"
            return []
    month = g.month_of[name.lower()]
    return [_Cand(start, end, "anchor", _month_resolver(month, _tense_of(text, m, g), rel))]


def _iso_cand(text, m, g, rng, kind):
    d = _safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
    return [_Cand(m.start(), m.end(), "absolute", _const(_day(d)))] if d else []


def _numeric_cand(text, m, g, rng, kind):
    a, b, y = int(m["a"]), int(m["b"]), m["year"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    dmy = _safe_date(year, b, a)
    mdy = _safe_date(year, a, b)
    order = g.t.DATE_ORDER
    if g.t.DATE_ORDER_STRICT:
        d = dmy if order == "DMY" else mdy
    elif dmy and mdy and dmy != mdy:
        default = mdy if order == "MDY" else dmy
        if rng is None:
            d = default
        else:
            mid = rng[0] + (rng[1] - rng[0]) / 2
            d = min((default, dmy if default is mdy else mdy), key=lambda c: abs((c - mid).days))
    else:
        d = dmy or mdy
    return [_Cand(m.start(), m.end(), "absolute", _const(_day(d)))] if d else []


def _year_cand(text, m, g, rng, kind):
    year = int(m["year"])
    out = []
    start = m.start()
    if m["year2"]:
        year2 = int(m["year2"])
        if not 0 < year2 - year < 50:
            return []
        out.append(_Cand(m.start(), m.end("year"), "absolute", _const(_year(year))))
        out.append(_Cand(m.start("year2"), m.end(), "absolute", _const(_year(year2))))
        return out
    if not m["mod"] and not _year_context_ok(text, start, m.end(), g):
        return []
    return [_Cand(start, m.end(), "absolute", _const(_year(year)))]


def _year_context_ok(text: str, start: int, end: int, g: _Grammar) -> bool:
    before = text[max(0, start - 30) : start]
    if g.year_block.search(before):
        return False
    nxt = _next_word(text, end, g)
    noun_follows = bool(nxt) and nxt[0].islower() and nxt.lower().strip("'’") not in g.f.STOPWORDS
    if noun_follows:
        # English uses a year as a modifier: "the 2016 election" (but "the 2000 troops" counts).
        return (
            g.lang == "en"
            and bool(_DETERMINER_BEFORE.search(before))
            and not nxt.endswith("s")
        )
    if g.strong.search(before) or g.weak.search(before):
        return True
    after = text[end : end + 2].lstrip(" ")
    return not after or after[0] in ',.;:)!?»”"\n'


def _weekday_cand(text, m, g, rng, kind):
    words = {**g.t.WEEKDAY_BEFORE, **g.t.WEEKDAY_AFTER}
    which = 0
    for key in ("before", "after"):
        word = m.groupdict().get(key)
        if word:
            which = words.get(_SPACES.sub(" ", word.lower()), 0) or which
    if not m.groupdict().get("before") and g.weekday_generic.search(text, max(0, m.start() - 12), m.start()):
        return []  # "un dimanche", "le lundi" (habitual), "every Monday"
    wd = g.weekday_of[m["wd"].lower()]
    tense = _tense_of(text, m, g)
    return [_Cand(m.start(), m.end(), "anchor", _weekday_resolver(wd, which, tense))]


def _table_value(table: dict, phrase: str):
    key = _SPACES.sub(" ", phrase.lower()).replace("’", "'").replace("week end", "week-end")
    if key in table:
        return table[key]
    return table.get(key.replace("week-end", "weekend"), table.get(key.replace("weekend", "week-end")))


def _dayword_cand(text, m, g, rng, kind):
    n = _table_value(g.t.DAY_WORDS, m["w"])
    if n is None:
        return []
    return [_Cand(m.start(), m.end(), "anchor", lambda d, n=n: _day(d + timedelta(days=n)) if d else None)]


def _relative_cand(text, m, g, rng, kind):
    spec = _table_value(g.t.RELATIVE_PHRASES, m["w"])
    if spec is None:
        return []
    unit, n = spec
    if unit == "weekend":
        return [_Cand(m.start(), m.end(), "anchor", _weekend_resolver(n, _tense_of(text, m, g)))]
    return [_Cand(m.start(), m.end(), "anchor", lambda d: _offset(d, unit, n) if d else None)]


def _base_cand(text, m, g, rng, kind):
    spec = _table_value(g.t.BASE_PHRASES, m["w"])
    if spec is None:
        return []
    unit, n = spec
    return [_Cand(m.start(), m.end(), "base", lambda d: _offset(d, unit, n) if d else None)]


def _offset_cand(text, m, g, rng, kind):
    _, sign, base = g.offset_frames[int(kind[len("offset") :])]
    raw = m["n"]
    n = int(raw) if raw.isdigit() else words_value(raw, g.lang)
    if n is None and raw.lower() in g.t.OFFSET_ONE:
        n = 1
    unit = g.t.OFFSET_UNITS[m["u"].lower()]
    if n is None:
        return []
    if base == "object":
        nxt = _WORD_AFTER.match(text[m.end() : m.end() + 3])
        base = "unresolvable" if nxt else "base"
    return [_Cand(m.start(), m.end(), base, lambda d: _offset(d, unit, sign * n) if d else None)]


def _decade_cand(text, m, g, rng, kind):
    raw = m["dec"] or m["dec2"]
    start_year = int(raw) if len(raw) == 4 else 1900 + int(raw)
    c = _Cand(m.start(), m.end(), "decade", None)
    c.earliest, c.latest = date(start_year, 1, 1).isoformat(), date(start_year + 9, 12, 31).isoformat()
    return [c]


_HANDLERS = {
    "date": _date_cand,
    "dayrange": _dayrange_cand,
    "monthyear": _monthyear_cand,
    "bare_month": _bare_month_cand,
    "iso": _iso_cand,
    "numeric": _numeric_cand,
    "year": _year_cand,
    "weekday": _weekday_cand,
    "dayword": _dayword_cand,
    "relative": _relative_cand,
    "base": _base_cand,
    "decade": _decade_cand,
}
