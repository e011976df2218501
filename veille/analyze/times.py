"""Time expressions: find them in an article and resolve them against its publication date.

`find_times(article)` returns `TimeExpr`s in text order. Every expression keeps its text and span;
resolution never claims more precision than the text and the anchor (the publication date) allow:

- **Absolute** dates resolve on their own, even without an anchor: `10 janvier 2022`, `2022-01-10`,
  `10/01/2022` (French: day first; English: month first unless a part exceeds 12 or the other order
  lands nearer the anchor), `août 2019`, `en 2019`.
- **Partial** dates (`le 10 janvier`, `en août`) and **relative** ones (`lundi`, `hier`, `le mois
  dernier`, `il y a trois ans`, `ce week-end`) need the anchor. Each is a function of the anchor
  day; with a coarse anchor (`date 2022-01`) it is evaluated at the first and the last possible
  anchor day. Same answer both times: that is the value. Otherwise `value`/`precision` stay None
  and `earliest`/`latest` give the candidate window (so `lundi` under a month-only date gets a
  window a few days wider than the month). Without any anchor, relative expressions stay None.
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

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from types import ModuleType

from veille.analyze.figures import words_value
from veille.analyze.lang.en import figures as en_figures
from veille.analyze.lang.en import times as en_times
from veille.analyze.lang.fr import figures as fr_figures
from veille.analyze.lang.fr import times as fr_times
from veille.model import Article, TimeExpr

TABLES: dict[str, tuple[ModuleType, ModuleType]] = {
    "fr": (fr_times, fr_figures),
    "en": (en_times, en_figures),
}

_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_PUNCT = r"[,;:()«»\"“”—–]"


@dataclass(frozen=True)
class _Val:
    value: str
    precision: str
    start: date
    end: date


Resolver = Callable[[date | None], "_Val | None"]


@dataclass
class _Cand:
    start: int
    end: int
    kind: str  # absolute | anchor (publication) | base (earlier date) | unresolvable | decade
    resolve: Resolver | None
    rank: int = 0  # pattern priority on equal spans
    earliest: str | None = None
    latest: str | None = None


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
    return None, None, a.start.isoformat(), b.end.isoformat()


# ---- grammar built from the tables ----


def _phrase(p: str) -> str:
    """Regex for a table phrase: either apostrophe, flexible spaces and hyphens."""
    out = re.sub("['’]", "['’]", re.escape(p)).replace(r"\ ", r"\s+")
    out = out.replace(r"week\-end", r"week[-\s]?end").replace("weekend", r"week[-\s]?end")
    return out.replace(r"\-", r"[-‑]")


def _alt(phrases, flags: str = "") -> str:
    body = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _names(words, capitalised: bool) -> str:
    variants = set()
    for w in words:
        variants |= {w.capitalize(), w.upper()} if capitalised else {w, w.capitalize()}
    return "(?:" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)) + ")"


def _by_first_letter(words) -> str:
    """Alternation grouped by first letter: `re` then tries only the words that can match."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(_phrase(w[1:]) if len(w) > 1 else "")
    parts = [
        re.escape(head) + "(?:" + "|".join(sorted(set(rests), key=len, reverse=True)) + ")"
        for head, rests in sorted(groups.items())
    ]
    return "(?:" + "|".join(parts) + ")"


def _variants(word: str, names: bool) -> set[str]:
    """Case forms a trigger word can take: names (English months) only capitalised."""
    if names:
        return {word.capitalize(), word.upper()}
    return {word, word[:1].upper() + word[1:], word.upper()}


class _Grammar:
    def __init__(self, lang: str) -> None:
        t, f = TABLES[lang]
        self.lang, self.t, self.f = lang, t, f
        months = {**t.MONTHS}
        self.month_of = {k.lower(): v for k, v in {**t.MONTHS, **t.MONTH_ABBREVIATIONS}.items()}
        self.weekday_of = {k.lower(): v for k, v in t.WEEKDAYS.items()}
        cap = t.CAPITALISED_NAMES
        M = _names(months, cap)
        ABBR = _names(t.MONTH_ABBREVIATIONS, cap)
        W = _names(t.WEEKDAYS, cap)
        D = r"(?<![\d,.])(?P<day>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?(?![\w])"
        D1 = D.replace("?P<day>", "?P<day1>")
        Y = r"(?<![\d,.])(?P<year>1[5-9]\d\d|2[01]\d\d)(?![\w]|[.,]\d)"
        MOD = _alt(t.PERIOD_MODIFIERS, "i")
        mod = rf"(?:(?P<mod>{MOD})\s*)?"
        # a full month name, or an abbreviation with its optional dot ("Jan.", "sept.")
        month = rf"(?P<month>{M}(?![\w])|{ABBR}(?:\.(?=\s)|(?![\w])))"
        wd_before = rf"(?:(?P<wd>{W}),?\s+)?"
        b = r"(?<![\w])"
        ordinal_of = r"(?:the\s+)?" if lang == "en" else ""
        of = r"(?:of\s+)?" if lang == "en" else ""
        pats: list[tuple[str, str]] = [
            ("date", rf"{b}{wd_before}{ordinal_of}{D}\s+{of}{month}(?:,?\s+{Y})?"),
            (
                "dayrange",
                rf"{b}{D1}\s*(?:-|–|au|et|à|and|to)\s*(?:le\s+|the\s+)?{D}\s+{of}{month}(?:,?\s+{Y})?",
            ),
            ("monthyear", rf"{b}{mod}{month},?\s+{of}{Y}"),
            ("bare_month", rf"{b}{mod}(?P<month>{M})(?![\w])"),
            ("iso", r"(?<![\w-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"),
            (
                "numeric",
                r"(?<![\w/.,])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/]|[.,]\d)",
            ),
            ("year", rf"{mod}{Y}(?:\s*[-–]\s*(?P<year2>1[5-9]\d\d|2[01]\d\d)(?![\w]))?"),
            ("weekday", self._weekday_pattern(W)),
            ("dayword", rf"{b}(?P<w>{_alt(t.DAY_WORDS, 'i')})(?![\w])"),
            ("relative", rf"{b}(?P<w>{_alt(t.RELATIVE_PHRASES, 'i')})(?![\w])"),
            ("base", rf"{b}(?P<w>{_alt(t.BASE_PHRASES, 'i')})(?![\w])"),
        ]
        if lang == "en":
            pats.insert(1, ("date", rf"{b}{wd_before}{month}\s+{D}(?:,?\s+{Y})?"))
            pats.insert(2, ("dayrange", rf"{b}{month}\s+{D1}\s*(?:-|–|and|to)\s*{D}(?:,?\s+{Y})?"))
            pats.append(
                ("decade", r"(?<![\w'’])(?:the\s+)?(?:(?P<dec>1[5-9]\d0|20\d0)|['’](?P<dec2>\d0))['’]?s\b")
            )
        if t.DECADE_WORDS:
            pats.append(("decade", rf"{b}{_alt(t.DECADE_WORDS, 'i')}\s+(?P<dec>1[5-9]\d0|20\d0|\d0)(?![\w])"))
        numbers = _alt(set(f.NUMBER_WORDS) | set(t.OFFSET_ONE), "i")
        n = rf"(?P<n>\d{{1,3}}|{numbers}(?:(?:-|\s+|\s+et\s+|\s+and\s+){numbers})*)"
        u = rf"(?P<u>{_alt(t.OFFSET_UNITS, 'i')})"
        for i, (frame, _sign, _base) in enumerate(t.OFFSET_FRAMES):
            parts = re.split(r"(\{n\}|\{u\})", frame)
            rx = "".join(n if p == "{n}" else u if p == "{u}" else _phrase(p) for p in parts if p)
            pats.append((f"offset{i}", rf"(?i:{b}{rx}(?![\w]))"))
        self.patterns = [(kind, re.compile(rx)) for kind, rx in pats]
        self._build_triggers(months, cap)
        self.offset_frames = t.OFFSET_FRAMES
        self.strong = re.compile(rf"(?:^|[\s(’'])(?:{_alt(t.STRONG_CUES, 'i')})\s*$")
        self.weak = re.compile(rf"(?:^|[\s(’'])(?:{_alt(t.WEAK_CUES, 'i')})\s*$")
        self.weekday_generic = re.compile(rf"(?:^|[\s(])(?:{_alt(t.WEEKDAY_GENERIC, 'i')})\s+$")
        self.year_block = re.compile(rf"(?:^|[\s(’'])(?:{_alt(t.YEAR_BLOCKERS, 'i')})\s*$")
        self.next_word = re.compile(r"\s+([^\W\d_][\w'’-]*)")
        self.clocks = [(re.compile(p), False) for p in t.CLOCK_PATTERNS]
        self.clocks += [(re.compile(p), True) for p in t.CLOCK_CUED_PATTERNS]
        self.clock_cue = (
            re.compile(rf"(?:^|[\s(])(?:{_alt(t.CLOCK_CUES, 'i')})\s+$") if t.CLOCK_CUES else None
        )
        self.clock_join = re.compile(rf"\s*(?:(?:,|{_alt(t.CLOCK_JOINERS, 'i')})\s*)?$")
        # Tense cues are lower-case patterns, case-sensitive (case-insensitive scanning is slow in `re`).
        self.future = re.compile("|".join(t.FUTURE_CUES))
        self.past = re.compile("|".join(t.PAST_CUES))
        self.clause = re.compile(rf"{_CLAUSE_PUNCT}|" + "|".join(t.CLAUSE_WORDS))
        self.month_rel = {**{k.lower(): v for k, v in t.MONTH_BEFORE.items()}}
        self.month_after = re.compile(rf"\s+(?P<rel>{_alt(t.MONTH_AFTER, 'i')})(?![\w])")
        self.month_before = (
            re.compile(rf"(?:^|\s)(?P<rel>{_alt(t.MONTH_BEFORE, 'i')})\s+$") if t.MONTH_BEFORE else None
        )

    def _weekday_pattern(self, W: str) -> str:
        t = self.t
        before = rf"(?:(?P<before>{_alt(t.WEEKDAY_BEFORE, 'i')})\s+)?" if t.WEEKDAY_BEFORE else ""
        part = rf"(?:\s+(?P<part>{_alt(t.PARTS_OF_DAY, 'i')}))?"
        after = rf"(?:\s+(?P<after>{_alt(t.WEEKDAY_AFTER, 'i')}))?" if t.WEEKDAY_AFTER else ""
        return rf"(?<![\w]){before}(?P<wd>{W}){part}{after}(?![\w])"

    def _build_triggers(self, months, cap: bool) -> None:
        """Scanning every pattern over a whole text is slow. Two fast scans find triggers (digit
        runs; a case-sensitive alternation of literal words, which `re` skips through quickly) and
        each trigger tries only its own patterns, anchored at itself or up to `back` words before."""
        t = self.t
        by_kind: dict[str, list[tuple[str, re.Pattern]]] = {}
        for kind, rx in self.patterns:
            by_kind.setdefault("offset" if kind.startswith("offset") else kind, []).append((kind, rx))

        def pick(*specs: tuple[str, int]) -> list[tuple[str, re.Pattern, int]]:
            return [(kind, rx, back) for k, back in specs for kind, rx in by_kind.get(k, [])]

        self.digit_patterns = pick(
            ("date", 3), ("dayrange", 0), ("iso", 0), ("numeric", 0), ("year", 3), ("decade", 1)
        )
        families: dict[str, list] = {}

        def add(words, patterns, names: bool = False) -> None:
            for w in words:
                for v in _variants(w, cap and names):
                    families.setdefault(v, []).extend(patterns)

        month_words = list(months) + list(t.MONTH_ABBREVIATIONS)
        add(month_words, pick(("date", 3), ("dayrange", 0), ("monthyear", 3), ("bare_month", 3)), names=True)
        add(t.WEEKDAYS, pick(("weekday", 2)), names=True)
        # Phrases trigger on their longest word (rarer than `the` or `le`), anchored words before it.
        for kind, table in (
            ("dayword", t.DAY_WORDS),
            ("relative", t.RELATIVE_PHRASES),
            ("base", t.BASE_PHRASES),
        ):
            for phrase in table:
                words = phrase.split()
                key = max(reversed(words), key=len)
                spellings = {key}
                if key.replace("-", "") == "weekend":
                    spellings |= {"week-end", "weekend", "week"}
                add(spellings, pick((kind, words.index(key))))
        add(t.OFFSET_UNITS, pick(("offset", 6)))
        add(getattr(t, "DECADE_WORDS", []), pick(("decade", 1)))
        # one entry per (pattern, back): the longest look-back wins
        for key, entries in families.items():
            best: dict[int, tuple[str, re.Pattern, int]] = {}
            for kind, rx, back in entries:
                if id(rx) not in best or best[id(rx)][2] < back:
                    best[id(rx)] = (kind, rx, back)
            families[key] = list(best.values())
        self.families = families
        self.word_trigger = re.compile(_by_first_letter(sorted(families, key=len, reverse=True)))


@cache
def _grammar(lang: str) -> _Grammar:
    return _Grammar(lang)


# ---- context helpers ----


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0«\"“'‘(")
    return not before or before[-1] in ".!?\n:"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return left, m.start() if m else len(text)


def _tense(text: str, start: int, end: int, g: _Grammar) -> str | None:
    """'future' or 'past' from the nearest tense cue of the clause (else sentence), or None."""
    s0, s1 = _sentence(text, start, end)
    bounds, cues = _sentence_cues(text[s0:s1], g.lang)
    start, end = start - s0, end - s0
    c0 = max((b1 for b0, b1 in bounds if b1 <= start), default=0)
    c1 = min((b0 for b0, b1 in bounds if b0 >= end), default=s1 - s0)
    outside = [(s, e, kind) for s, e, kind in cues if e <= start or s >= end]
    for lo, hi in ((c0, c1), (0, s1 - s0)):
        near = [(_distance(s, e, start, end), kind) for s, e, kind in outside if s >= lo and e <= hi]
        if near:
            return min(near)[1]
    return None


@lru_cache(maxsize=256)
def _sentence_cues(sentence: str, lang: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """Clause boundaries and tense cues of one sentence. The cue patterns are lower-case and run
    case-sensitively: capitalised names ("Pokhara") never look like verbs."""
    g = _grammar(lang)
    bounds = [m.span() for m in g.clause.finditer(sentence)]
    future = [m.span() for m in g.future.finditer(sentence) if m.group() not in g.t.NOT_FUTURE]
    past = [
        m.span()
        for m in g.past.finditer(sentence)
        if not any(m.start() < fe and fs < m.end() for fs, fe in future)
    ]
    return bounds, [(s, e, "future") for s, e in future] + [(s, e, "past") for s, e in past]


def _distance(s: int, e: int, start: int, end: int) -> int:
    return start - e if e <= start else s - end


def _next_word(text: str, pos: int, g: _Grammar) -> str | None:
    m = g.next_word.match(text, pos)
    return m.group(1) if m else None


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
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        attempt(m.start(), m.end(), g.families.get(m.group().replace("’", "'").replace("‑", "-"), ()))
    out.sort(key=lambda c: (c.start, -(c.end - c.start), c.rank))
    kept: list[_Cand] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


_DIGITS = re.compile(r"\d+")
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
            and bool(re.search(r"(?:\bthe|['’]s|\bits|\btheir)\s*$", before))
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
            which = words.get(re.sub(r"\s+", " ", word.lower()), 0) or which
    if not m.groupdict().get("before") and g.weekday_generic.search(text, max(0, m.start() - 12), m.start()):
        return []  # "un dimanche", "le lundi" (habitual), "every Monday"
    wd = g.weekday_of[m["wd"].lower()]
    tense = _tense_of(text, m, g)
    return [_Cand(m.start(), m.end(), "anchor", _weekday_resolver(wd, which, tense))]


def _table_value(table: dict, phrase: str):
    key = re.sub(r"\s+", " ", phrase.lower()).replace("’", "'").replace("week end", "week-end")
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
        nxt = re.match(r"\s*([\w'’])", text[m.end() : m.end() + 3])
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
            out.append(TimeExpr(text[c.start : c.end], c.start, c.end, None, None, c.earliest, c.latest))
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
