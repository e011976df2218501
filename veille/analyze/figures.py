"""Figures: numbers with what they count and their unit, in French and English text.

`find_figures(article)` returns `Figure`s in text order:

- digits in the language's format (`100 000` with normal, no-break or narrow spaces and `100.000`
  in French, `100,000` in English; decimal comma or point), written numbers (`huit`, `vingt-cinq`,
  `two hundred`), scales (`1,5 million`, `$2.5 billion`, `€3m`, `10 M€`), approximate nouns
  (`une centaine de`, `a dozen`) and vague plurals (`des milliers de`, `tens of thousands of`,
  given as a range: value 2000, value_max 10000, approximate);
- ranges (`entre 500 et 5 500 km`, `500-600`, `from 5 to 10%`, `entre 10 % et 20 %`): value,
  value_max (a scale on the second number covers the first: `entre 1 et 2 millions`);
- after the number: percent (`30%`, `30 pour cent`: unit "%"), percentage points ("pp"), currency
  (`2,5 milliards de dollars`: "USD"), a measurement unit (canonical: "km", "h", "year"...) or else
  the counted noun (`counts`, without `de`/`d'`/`of`: `soldats`, `troops`; French: the first noun,
  plural for 2 or more; English: the first plural within a few words, past adjectives);
- before it: an estimate or bound (`près de`, `plus de`, `about`, `more than`): approximate=True.

Not figures: anything inside a time expression (`10 janvier`, `2022`, `huit ans après`), clock
times (`14h30`), ordinals (`1er`, `21st`), numbers glued to letters (`G7`, `COVID-19`), list
numbering at a line start, identifiers after a noun such as `article 5` or `résolution 2231`, or
a name (`Boeing 737`). A bare number with nothing counted, no unit and no cue is dropped too:
it says nothing on its own. Written numbers need a noun or unit (`les deux` is not a figure), and
`un`/`one` count only before a scale (`un million`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from veille.analyze.lang.en import figures as en_figures
from veille.analyze.lang.fr import figures as fr_figures
from veille.model import Article, Figure, TimeExpr

TABLES: dict[str, ModuleType] = {"fr": fr_figures, "en": en_figures}

_MASK = "\x00"
_NON_SPACE = re.compile(r"\S")
_WORD = r"[^\W\d_][\w'’-]*"
_WORD_RX = re.compile(_WORD)
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")
_DIGIT_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # French "1.500.000"
_COUNT_LINK = re.compile(r"\s+(?P<of>de\s+|d['’]\s*|of\s+)?")
_VIA_DE = re.compile(r"[ \u00a0\u202f]?(?:de\s|d['’]|of\s)")
_LIST_MARK = re.compile(r"[.)]\s")
_APOSTROPHE = re.compile("['’]")
_MULTIPLIERS = (100, 1000)


def _phrase(p: str) -> str:
    return re.sub("['’]", "['’]", re.escape(p)).replace(r"\ ", r"\s+")


def _case_forms(words) -> list[str]:
    return sorted({v for w in words for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)


def _by_first_letter(phrases) -> str:
    """Alternation grouped by first letter (`d(?:eux|ix)|t(?:rois|...)`): `re` then tries only the
    alternatives that can match at a position, which makes scanning several times faster."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0], []).append(_phrase(p[1:]) if len(p) > 1 else "")
    parts = []
    for head, rests in sorted(groups.items()):
        rests = sorted(set(rests), key=len, reverse=True)
        parts.append(re.escape(head) + "(?:" + "|".join(rests) + ")")
    return "(?:" + "|".join(parts) + ")"


def _alt(phrases, flags: str = "") -> str:
    body = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# ---- written numbers ----


def _words_prefix(tokens: list[str], table: ModuleType) -> tuple[int | None, int]:
    """Value of the longest well-formed prefix of number-word tokens, and how many it used."""
    words = table.NUMBER_WORDS
    total = current = 0
    last: int | None = None  # value of the previous word
    best: tuple[int | None, int] = (None, 0)
    for i, raw in enumerate(tokens):
        tok = raw.lower()
        if tok in ("et", "and"):
            continue
        v = words.get(tok)
        if v is None:
            break
        tens = current % 100
        if v in _MULTIPLIERS:
            if last is not None and last >= v:
                break
            if v == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current = (current - tens) + max(tens, 1) * 100
        elif v == 20 and last == 4 and tok.startswith("vingt"):
            current += 76  # quatre-vingt(s): 4 becomes 80
        elif last is None or last in _MULTIPLIERS:
            current += v
        elif tens >= 20 and tens % 10 == 0 and v < 10:
            current += v  # vingt-cinq, quatre-vingt-dix-neuf
        elif tens in (60, 80) and 10 <= v < 20:
            current += v  # soixante-dix, quatre-vingt-onze
        else:
            break
        last = v
        best = (total + current, i + 1)
    return best


def words_value(text: str, lang: str | None) -> int | None:
    """Value of a written number (`vingt-cinq`, `quatre-vingt-dix`, `two hundred and five`), or None."""
    table = TABLES.get(lang or "")
    if table is None:
        return None
    tokens = _LETTERS.findall(text)
    value, used = _words_prefix(tokens, table)
    return value if used and used == len(tokens) else None


# ---- grammar ----


@dataclass
class _Grammar:
    lang: str
    f: ModuleType
    digits: re.Pattern
    words: re.Pattern
    words_scan: re.Pattern
    scale: re.Pattern
    currency_before: re.Pattern
    currency_after: re.Pattern
    percent: re.Pattern
    unit: re.Pattern
    cue: re.Pattern
    opener: re.Pattern
    connector: re.Pattern
    symbol_after: re.Pattern
    currency_symbol: re.Pattern
    prev_word: re.Pattern
    count_lead: re.Pattern | None
    unit_before: re.Pattern
    toll: re.Pattern  # a toll noun and its verb right before a bare number
    vague: dict[str, tuple[float, float]]
    approx: dict[str, float]


@cache
def _grammar(lang: str) -> _Grammar:
    f = TABLES[lang]
    if lang == "fr":
        digits = (
            r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+|\d{1,3}(?:\.\d{3}(?!\d))+|\d+\.\d{1,2}(?!\d)|\d+)"
            r"(?:,\d+)?"
        )
    else:
        digits = r"(?:\d{1,3}(?:,\d{3}(?!\d))+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?!\d))+|\d+)(?:\.\d+)?"
    # Scanning with IGNORECASE or a leading look-behind is slow in `re`; these two patterns start
    # with a digit / a literal word (case forms spelt out), and boundaries are checked in code.
    word = _alt(_case_forms(f.NUMBER_WORDS))
    if lang == "fr":
        joiners = r"(?:-|\s+|\s+et\s+(?=(?:un|une|onze)\b))"
    else:
        joiners = r"(?:-|\s+|(?:(?<=hundred)|(?<=thousand))\s+and\s+)"
    first = _by_first_letter(_case_forms([*f.VAGUE, *f.APPROX_NOUNS, *f.NUMBER_WORDS]))
    words_rx = re.compile(rf"{first}(?:{joiners}{word})*(?![\w'’-])")
    # Scanning for a word start: a separator, then the word (the separator makes scanning fast).
    words_scan = re.compile(rf"[\s(\[“\"'‘’«/–—-]{first}")
    digits_rx = re.compile(rf"{digits}(?!\d)")
    symbols = _alt(f.CURRENCY_SYMBOLS)
    leads = getattr(f, "COUNT_LEADS", [])
    return _Grammar(
        lang=lang,
        f=f,
        digits=digits_rx,
        words=words_rx,
        words_scan=words_scan,
        scale=re.compile(rf"[ \u00a0\u202f]?(?P<scale>{_alt(f.SCALES)})(?![\w])"),
        currency_before=re.compile(rf"(?:^|(?<=[\s(\[]))(?P<cur>{symbols})[ \u00a0\u202f]?$"),
        currency_after=re.compile(
            rf"(?:[ \u00a0\u202f]?(?P<sym>[€$£¥])(?![\w])|\s+(?:(?:de\s+|d['’]|of\s+))?(?P<word>{_alt(f.CURRENCY_WORDS)})(?![\w]))"
        ),
        percent=re.compile(
            rf"[ \u00a0\u202f]?(?:(?P<pp>{_alt(f.PERCENTAGE_POINTS, 'i')})|(?P<pc>{_alt(f.PERCENT, 'i')}))(?![\w])"
        ),
        unit=re.compile(
            rf"(?:[ \u00a0\u202f]?|-)(?:(?:de\s+|d['’]|of\s+))?(?P<unit>{_alt(f.UNITS)})(?![\w'’])"
        ),
        cue=re.compile(rf"(?:^|(?<=[\s(]))(?P<cue>{_alt(f.APPROX_CUES, 'i')})\s*$"),
        opener=re.compile(rf"(?:^|(?<=[\s(]))(?P<op>{_alt(f.RANGE_OPENERS, 'i')})\s*$"),
        connector=re.compile(rf"\s*(?P<conn>{_alt(f.RANGE_CONNECTORS)})\s*"),
        symbol_after=re.compile(r"[ \u00a0\u202f]?[€$£¥](?![\w])"),
        currency_symbol=re.compile(rf"{symbols}[ \u00a0]?"),
        prev_word=re.compile(r"(?P<w>[^\s(\[]+)[ \u00a0]$"),
        unit_before=re.compile(rf"(?:^|(?<=[\s(]))(?P<unit>{_alt(f.UNITS_BEFORE, 'i')})(?: de| of)?[ \u00a0]?$"),
        toll=re.compile(
            rf"\b(?:{_alt(f.TOLL_NOUNS, 'i')})\b(?:[^.;!?]|\.(?=\d)){{0,100}}?\b(?:{_alt(f.TOLL_VERBS, 'i')})(?:\s+(?:to|at|à|de))?\s+$"
        ),
        count_lead=re.compile(rf"\s+{_alt(leads, 'i')}(?=\s+(?:de\s|d['’]))") if leads else None,
        vague={_norm_key(k): v for k, v in f.VAGUE.items()},
        approx={_norm_key(k): v for k, v in f.APPROX_NOUNS.items()},
    )


# ---- parsing ----


def _digits_value(raw: str, lang: str) -> float:
    s = _DIGIT_SPACES.sub("", raw)
    if lang == "fr":
        if _DOTTED_THOUSANDS.fullmatch(s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)


@dataclass
class _Num:
    start: int
    end: int
    value: float
    kind: str  # digits | words | approx | vague
    value_max: float | None = None
    factor: float = 1.0  # the scale applied, if any

    @property
    def scaled(self) -> bool:
        return self.factor != 1.0


@dataclass
class _Core:
    kind: str  # digits | words | vague | approx
    start: int
    end: int
    raw: str


def _norm_key(raw: str) -> str:
    return _SPACES.sub(" ", raw.lower()).replace("’", "'")


def _core_at(mt: str, pos: int, g: _Grammar) -> _Core | None:
    """The number-like token starting exactly at `pos`, if any."""
    prev = mt[pos - 1] if pos else " "
    if mt[pos : pos + 1].isdigit():
        if prev.isalnum() or prev in "_.,/" or (prev == "-" and pos > 1 and mt[pos - 2].isalpha()):
            return None
        m = g.digits.match(mt, pos)
        return _Core("digits", pos, m.end(), m.group()) if m else None
    if prev.isalnum() or prev in "_-":
        return None
    if prev in "'’" and not (pos > 1 and mt[pos - 2] in "dD" and (pos < 3 or not mt[pos - 3].isalnum())):
        return None  # l'un, qu'un: pronouns, not numbers; d'un million is one
    m = g.words.match(mt, pos)
    if not m:
        return None
    key = _norm_key(m.group())
    kind = "vague" if key in g.vague else "approx" if key in g.approx else "words"
    return _Core(kind, pos, m.end(), m.group())


_DIGIT_RUN = re.compile(r"\d+")


def _cores(mt: str, g: _Grammar):
    hits = [m.start() for m in _DIGIT_RUN.finditer(mt)] + [m.start() + 1 for m in g.words_scan.finditer(mt)]
    hits = sorted(hits + [0])
    for pos in hits:
        core = _core_at(mt, pos, g)
        if core is not None:
            yield core


def _number_at(mt: str, c: _Core, g: _Grammar) -> _Num | None:
    """The number of a core token (before its scale), or None when it is no number here."""
    f = g.f
    if c.kind == "vague":
        lo, hi = g.vague[_norm_key(c.raw)]
        return _Num(c.start, c.end, float(lo), "vague", float(hi))
    if c.kind == "approx":
        return _Num(c.start, c.end, float(g.approx[_norm_key(c.raw)]), "approx")
    if c.kind == "digits":
        nxt = mt[c.end : c.end + 1]
        if nxt.isalpha() and not _glued_suffix_ok(mt, c.end, g):
            return None  # 1er, 2e, 21st, 10e
        return _Num(c.start, c.end, _digits_value(c.raw, g.lang), "digits")
    tokens = [(t.group(), t.start(), t.end()) for t in _LETTERS.finditer(c.raw)]
    value, used = _words_prefix([t[0] for t in tokens], f)
    if not used:
        return None
    if (
        g.lang == "fr"
        and mt[max(0, c.start - 5) : c.start].lower() == "pour "
        and tokens[0][0].lower() == "cent"
    ):
        return None
    return _Num(c.start, c.start + tokens[used - 1][2], float(value), "words")


def _glued_suffix_ok(mt: str, pos: int, g: _Grammar) -> bool:
    for rx in (g.scale, g.unit, g.percent):
        m = rx.match(mt, pos)
        if m and m.start() == pos:
            return True
    return False


def _scale(mt: str, num: _Num, g: _Grammar, money: bool) -> None:
    if num.kind not in ("digits", "words"):
        return
    m = g.scale.match(mt, num.end)
    if not m:
        return
    name = m["scale"]
    if name in g.f.CURRENCY_ONLY_SCALES and not money and not re.match(r"[ \u00a0]?[€$£]", mt[m.end() :]):
        return
    if num.kind == "words" and name.lower() in g.f.NUMBER_WORDS:
        return  # already read as part of the written number
    num.factor = g.f.SCALES[name]
    num.value *= num.factor
    num.end = m.end()


def _counts(
    mt: str, pos: int, g: _Grammar, value: float, need_of: bool = False
) -> tuple[str | None, int, bool]:
    """(counted noun, end, drop) after `pos`, skipping de/d'/of and adjectives that go first.

    French: the first noun ("100 000 soldats russes"). English puts adjectives first, so the
    first plural within three words wins ("100,000 Russian troops", "three alleged chemical
    weapons"), else the first candidate. A capitalised plural (a demonym: "Ukrainiens",
    "Britons") counts, unless a lower-case plural follows it ("800 Isis fighters").
    Vague plurals count only through de/of: "des milliers de manifestants", not "thousands fled".
    `drop` says the number is a multiplier or fraction ("deux fois", "two thirds"), no figure.
    """
    f = g.f
    lead = g.count_lead.match(mt, pos) if g.count_lead else None
    if lead:  # "100 000 le nombre de soldats"
        pos, need_of = lead.end(), True
    m = _COUNT_LINK.match(mt, pos)
    if not m or (need_of and not m["of"]):
        return None, pos, False
    i = m.end()
    plurals = getattr(f, "IRREGULAR_PLURALS", set())
    candidate: tuple[str, int] | None = None
    for _ in range(4):
        w = _WORD_RX.match(mt, i)
        if not w:
            break
        word = w.group().rstrip("'’-")
        low = word.lower()
        end = i + len(word)
        if low in f.NOT_COUNTS:
            return None, pos, candidate is None
        if low in f.PREMODIFIERS:
            i = _skip_space(mt, end)
            continue
        if low in f.STOPWORDS:
            break
        plural = low.endswith("s") or low in plurals
        if word[0].isupper():
            if plural and len(low) > 3 and candidate is None:
                candidate = (word, end)  # a demonym, unless a common noun follows
            elif g.lang != "en" or candidate is not None:
                break
            i = _skip_space(mt, end)
            continue
        if g.lang == "fr":
            # French plurals end in s/x/z: "2020 élabore" counts nothing, "2022 soldats" does
            if value < 2 or low[-1] in f.PLURAL_ENDINGS:
                return word, end, False
            break
        if plural or value == 1:
            return word, end, False
        if candidate is None:
            candidate = (word, end)
        i = _skip_space(mt, end)
    if candidate:
        return candidate[0], candidate[1], False
    return None, pos, False


def _skip_space(mt: str, pos: int) -> int:
    while pos < len(mt) and mt[pos] in " \u00a0\u202f":
        pos += 1
    return pos


def _line_number(mt: str, num: _Num) -> bool:
    line_start = mt.rfind("\n", 0, num.start) + 1
    return not mt[line_start : num.start].strip() and bool(_LIST_MARK.match(mt[num.end : num.end + 2]))


def _is_identifier(mt: str, start: int, g: _Grammar) -> bool:
    m = g.prev_word.search(mt[max(0, start - 40) : start])
    if not m:
        return False
    word = m["w"].strip("'’\"«»:,;")
    low = word.lower()
    if _APOSTROPHE.split(low)[-1] in g.f.IDENTIFIER_NOUNS or low in g.f.IDENTIFIER_NOUNS:
        return True
    if word[:1].isupper() and not low.endswith(("'s", "’s")):
        if low in g.f.STOPWORDS or g.cue.search(word) or _sentence_start(mt, start - len(m.group())):
            return False
        return True  # a name: Boeing 737, Apollo 11, Windows 10
    return False


def _sentence_start(mt: str, pos: int) -> bool:
    before = mt[:pos].rstrip(' \u00a0«"“(')
    return not before or before[-1] in ".!?\n:"


def _range(mt: str, num: _Num, g: _Grammar, money: bool, opener: str | None) -> _Num | None:
    """A second number after `num` (`500 à 600`, `500-5 500`, `10 % et 20 %`), checked against the opener."""
    repeated = g.percent.match(mt, num.end) or g.symbol_after.match(mt, num.end)
    c = g.connector.match(mt, repeated.end() if repeated else num.end)
    if not c:
        return None
    conn = c["conn"].lower()
    need = {k.lower().replace("’", "'"): v for k, v in g.f.RANGE_OPENERS.items()}
    if opener is not None:
        if conn != need.get(opener.lower().replace("’", "'")):
            return None
    elif conn in ("et", "and"):
        return None
    pos = c.end()
    cur = g.currency_symbol.match(mt, pos)
    if cur:
        pos = cur.end()
        money = True
    c = _core_at(mt, pos, g)
    if c is None or c.kind not in ("digits", "words") or (conn in "-–—" and c.kind != "digits"):
        return None
    second = _number_at(mt, c, g)
    if second is None:
        return None
    _scale(mt, second, g, money)
    if repeated:  # the first number's % or currency sign must follow the second too
        again = g.percent.match(mt, second.end) or g.symbol_after.match(mt, second.end)
        if not again or again.group().strip() != repeated.group().strip():
            return None
    return second


def _parse(mt: str, core: _Core, g: _Grammar) -> Figure | None:
    f = g.f
    num = _number_at(mt, core, g)
    if num is None or _one_word(num, core, f) and not g.scale.match(mt, num.end):
        return None  # (the commonest case, "un"/"une", answered before the searches below)
    start = num.start
    window = mt[max(0, start - 40) : start]
    cur = g.currency_before.search(window)
    currency = f.CURRENCY_SYMBOLS[cur["cur"]] if cur else None
    if cur:
        start -= len(window) - cur.start("cur")
    before = None if cur else g.unit_before.search(window)
    if before:  # "magnitude 6,8"
        start -= len(window) - before.start("unit")
    _scale(mt, num, g, currency is not None)
    if not num.scaled and _one_word(num, core, f):
        return None
    opener_m = g.opener.search(mt[max(0, start - 20) : start])
    opener = opener_m["op"] if opener_m else None
    value_max = num.value_max
    end = num.end
    second = _range(mt, num, g, currency is not None, opener)
    ranged = False
    if second is not None and second.value > num.value:
        if second.factor > 1 and num.factor == 1 and num.value * second.factor <= second.value:
            num.value *= second.factor  # "entre 1 et 2 millions": the scale covers both
        value_max, end, ranged = second.value, second.end, True
        if opener:
            start -= len(mt[max(0, start - 20) : start]) - opener_m.start("op")
    unit = f.UNITS_BEFORE[before["unit"].lower()] if before else None
    counts = None
    pc = None if unit else g.percent.match(mt, end)
    if pc:
        unit, end = ("pp" if pc["pp"] else "%"), pc.end()
    if unit is None:
        ca = g.currency_after.match(mt, end)
        if ca:
            word = ca["word"]
            code = f.CURRENCY_SYMBOLS.get(ca["sym"]) if ca["sym"] else _lookup(f.CURRENCY_WORDS, word)
            if code:
                currency, end = code, ca.end()
    if unit is None and currency is None:
        un = g.unit.match(mt, end)
        if un and (un.group().lstrip(" \u00a0\u202f")[:1] not in "-" or g.lang == "en"):
            via_de = bool(_VIA_DE.match(un.group()))
            if not via_de or num.scaled or num.kind in ("vague", "approx"):
                unit, end = f.UNITS[un["unit"]], un.end()
    if unit is None and currency is None:
        counts, c_end, drop = _counts(mt, end, g, num.value, need_of=num.kind == "vague")
        if drop:
            return None
        if counts:
            end = c_end
        elif g.toll.search(mt[max(0, start - 140) : start]):
            counts = f.TOLL_COUNTS  # "the death toll … rose to 31", "le bilan s'élève à 31"
    if currency:
        unit = currency
    approx = num.kind in ("vague", "approx")
    cue = g.cue.search(mt[max(0, start - 40) : start])
    if cue and not ranged:
        approx = True
        start -= len(mt[max(0, start - 40) : start]) - cue.start("cue")
    # filters
    if _line_number(mt, num) or (not currency and unit != "%" and _is_identifier(mt, num.start, g)):
        return None
    if num.kind == "words" and not (unit or counts or num.scaled):
        return None
    if not (unit or counts or approx or num.scaled or ranged):
        return None
    return Figure(
        text="",
        start=start,
        end=end,
        value=num.value,
        unit=unit,
        counts=counts.strip("'’") if counts else None,
        value_max=value_max if (ranged or num.kind == "vague") else None,
        approximate=approx,
    )


def _one_word(num: _Num, core: _Core, f: ModuleType) -> bool:
    """A written "un", "une", "one" before any scale: an article or a pronoun, no figure ("un million" is one)."""
    return num.kind == "words" and num.value == 1 and core.raw.split()[0].split("-")[0].lower() in f.ONE_WORDS


def _lookup(table: dict, key: str | None):
    if key is None:
        return None
    norm = _SPACES.sub(" ", key)
    return table.get(norm) or table.get(norm.lower())


# ---- public API ----


def _masked(text: str, lang: str, times: list[TimeExpr] | None) -> str:
    from veille.analyze.times import clock_spans, find_times_in

    if times is None:
        times = find_times_in(text, lang)
    spans = [(t.start, t.end) for t in times] + [(s, e) for s, e, _, _ in clock_spans(text, lang)]
    masked = text
    for s, e in spans:
        e = min(e, len(text))
        if s < e:  # every character of the span but white space
            masked = masked[:s] + _NON_SPACE.sub(_MASK, masked[s:e]) + masked[e:]
    return masked


def find_figures_in(text: str, lang: str | None, times: list[TimeExpr] | None = None) -> list[Figure]:
    """Figures of a text; `times` (from `find_times_in`) saves finding them again for masking."""
    if lang not in TABLES or not text:
        return []
    g = _grammar(lang)
    mt = _masked(text, lang, times)
    out: list[Figure] = []
    pos = 0
    for core in _cores(mt, g):
        if core.start < pos:
            continue
        fig = _parse(mt, core, g)
        if fig is None:
            continue
        if out and fig.start < out[-1].end:
            fig.start = out[-1].end
        fig.text = text[fig.start : fig.end]
        out.append(fig)
        pos = fig.end
    return out


def find_figures(article: Article, times: list[TimeExpr] | None = None) -> list[Figure]:
    """Figures of an article. Pass the article's `find_times` result as `times` to avoid recomputing it."""
    return find_figures_in(article.text, article.language, times)
