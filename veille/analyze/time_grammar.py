"""Time grammar: regexes and trigger lookup built from the per-language tables, plus the context
helpers (sentence bounds, tense cues, next word) that candidate handlers consult."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from types import ModuleType

from veille.analyze.lang.en import figures as en_figures
from veille.analyze.lang.en import times as en_times
from veille.analyze.lang.fr import figures as fr_figures
from veille.analyze.lang.fr import times as fr_times

TABLES: dict[str, tuple[ModuleType, ModuleType]] = {
    "fr": (fr_times, fr_figures),
    "en": (en_times, en_figures),
}

_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_PUNCT = r"[,;:()«»\"“”—–]"


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
        # at equal distance, the cue before wins: a time phrase follows its verb ("signé le 3 mai ne sera")
        near = [(_distance(s, e, start, end), e > start, kind) for s, e, kind in outside if s >= lo and e <= hi]
        if near:
            return min(near)[2]
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
