"""Aliases of countries, international organisations and major cities, and acronyms learned from text.

Three built-in sources, all data:
- countries: pycountry names (common, short and official) in English and their fr/de/es translations,
  plus the short forms pycountry lacks (US, U.S., Amérique, Russie...): English and French ones from
  `veille/analyze/country_tables.py`, which the analysis also reads, other languages' from
  `data/country_aliases.tsv`;
  every name maps to the ISO 3166-1 alpha-3 code;
- organisations: `veille/analyze/organisations.json` (names per language and acronyms: NATO, OTAN, Otan...);
- places: `veille/analyze/places.tsv`, names of cities, seas and regions in the news (Lisbonne =
  Lisbon = Lissabon, mer Noire = Black Sea), and the
  English and French names of the capitals in `analyze/country_tables.py` (Muscat = Mascate).

On top of them, an `Aliases` object learns acronym <-> expansion pairs seen in articles
(`Organisation mondiale de la santé (OMS)`), checked by letter alignment, and serialises them.
"""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycountry
from anyascii import anyascii

from veille.analyze import country_tables
from veille.analyze.countries import parse_table
from veille.analyze.known_names import ORGANISATIONS
from veille.analyze.places import listed_places
from veille.model import Mention

DATA = Path(__file__).with_name("data")
LANGUAGES = ("fr", "de", "es")  # translated from pycountry's English names

COUNTRY = "country"
ORGANISATION = "organisation"
PLACE = "place"


@dataclass(frozen=True)
class AliasHit:
    """What a name stands for: a country (ISO3 code), an organisation (its table id) or a city."""

    code: str  # "USA", "NATO", "place:Lisbon"
    kind: str  # country | organisation | place
    type: str  # entity type: LOC for countries and places, ORG for organisations
    country: str | None = None  # ISO3 of a country, or of the country a city is in


_LEADING = frozenset(
    w
    for lang, words in json.loads((DATA / "leading_articles.json").read_text("utf-8")).items()
    if lang != "_doc"
    for w in words
)


@lru_cache(maxsize=1 << 16)
def alias_key(text: str) -> str:
    """Folded lookup key: ASCII, lowercase, words only: `l'Alliance atlantique` -> `l alliance atlantique`;
    dotted initials are one word (`U.N. Security Council` -> `un security council`)."""
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    return " ".join(re.findall(r"[a-z0-9]+", anyascii(text).lower()))


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


@cache
def _facility_words() -> tuple[dict[str, str], frozenset[str]]:
    """Generic heads of names of sites (folded like alias keys) -> their shared key, and the linking
    words between such a head and the name, from every language's entity table
    (`veille/analyze/lang/<lang>/entities.py`: FACILITY_HEADS, FACILITY_LINKS)."""
    from veille.analyze.lang import table_modules

    heads: dict[str, str] = {}
    links: set[str] = set()
    for table in table_modules("entities"):
        for word, shared in getattr(table, "FACILITY_HEADS", {}).items():
            heads[alias_key(word)] = alias_key(shared)
        links.update(alias_key(w) for w in getattr(table, "FACILITY_LINKS", ()))
    return heads, frozenset(links)


@lru_cache(maxsize=1 << 16)
def facility_key(key: str) -> str:
    """An alias key whose generic head (palace, airport, bridge...) is put last in its shared form, so
    that the languages' word orders meet: `palais de dolmabahce`, `dolmabahce palace` and `palace of
    dolmabahce` all give `dolmabahce palace`; `place tiananmen` and `tiananmen square` give
    `tiananmen square`. A key with no such head, or with one at both ends (`park avenue`), is kept."""
    words = key.split()
    if len(words) < 2:
        return key
    heads, links = _facility_words()
    last = heads.get(words[-1])
    if last is not None:
        return " ".join([*words[:-1], last])
    first = heads.get(words[0])
    if first is None:
        return key
    rest = words[1:]
    while len(rest) > 1 and rest[0] in links:
        rest.pop(0)
    return " ".join([*rest, first])


def strip_article(key: str) -> str:
    """Drop opening articles from an alias key: `l alliance atlantique` -> `alliance atlantique`."""
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def acronym_form(text: str) -> str | None:
    """`U.S.` -> `US`, `G-7` -> `G7`, `NATO` -> `NATO`: a single token without dots, else None."""
    compact = re.sub(r"[.\-\s]", "", text.strip())
    if not compact or not re.fullmatch(r"[A-Za-z0-9]{2,10}", anyascii(compact)) or " " in text.strip(" ."):
        return None
    return anyascii(compact)


def is_acronym(text: str) -> bool:
    """A short token written mostly in capitals: NATO, U.S., G7, IStGH (not Otan, not Paris)."""
    form = acronym_form(text)
    if form is None:
        return False
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


class _Entries:
    """key -> {code: (hit, strong)}; a key claimed by two codes of the same strength is ambiguous.

    A weak entry (derived, such as the head of an inverted name, or a city exonym) never beats a
    strong one: `Mexico` stays the country.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, tuple[AliasHit, bool]]] = {}

    def put(self, key: str, hit: AliasHit, strong: bool = True) -> None:
        codes = self._by_key.setdefault(key, {})
        old = codes.get(hit.code)
        codes[hit.code] = (hit, strong or (old is not None and old[1]))

    def get(self, key: str) -> AliasHit | None:
        codes = self._by_key.get(key)
        if not codes:
            return None
        strong = [hit for hit, is_strong in codes.values() if is_strong]
        pool = strong or [hit for hit, _ in codes.values()]
        return pool[0] if len(pool) == 1 else None

    def codes(self, key: str) -> frozenset[str]:
        """Every code that claims `key`, weak or strong."""
        return frozenset(self._by_key.get(key, ()))

    def __len__(self) -> int:
        return len(self._by_key)


class _Table:
    def __init__(self) -> None:
        self.names = _Entries()  # alias_key -> hit
        self.acronyms = _Entries()  # exact acronym form -> hit
        self.loose_acronyms = _Entries()  # uppercase form of 4+ letter acronyms -> hit

    def add_name(self, text: str, hit: AliasHit, weak: bool = False) -> None:
        key = alias_key(text)
        if not key:
            return
        self.names.put(key, hit, not weak)
        stripped = strip_article(key)
        if stripped != key and len(stripped.split()) >= 2:
            self.names.put(stripped, hit, not weak)

    def add_acronym(self, text: str, hit: AliasHit) -> None:
        form = acronym_form(text)
        if form is None:
            self.add_name(text, hit)
            return
        self.acronyms.put(form, hit)
        if len(form) >= 4:
            self.loose_acronyms.put(form.upper(), hit)


@lru_cache(maxsize=4)
def _translator(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str, language: str = "en") -> str | None:
    """Short country name in a language: `country_name("USA", "fr")` -> `États-Unis`. An inverted name
    is turned round: `COD` -> `The Democratic Republic of the Congo`."""
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return _pycountry_forms(_translator(language).gettext(name))[0][0]


def _pycountry_forms(text: str) -> tuple[list[str], list[str]]:
    """A pycountry name and its derived forms: `Russie, Fédération de` -> (["Fédération de Russie"], ["Russie"])."""
    strong, weak = [text], []
    bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
    if bracket:
        strong = [bracket.group(1), bracket.group(2)]
    out_strong, out_weak = [], []
    for form in strong:
        if ", " in form:
            head, tail = form.split(", ", 1)
            glue = "" if tail.endswith("'") else " "
            out_strong.append(f"{tail}{glue}{head}")
            out_weak.append(head)  # "Russie": kept only if no other country claims it
        else:
            out_strong.append(form)
    return out_strong, weak + out_weak


def _country_short_names() -> Iterable[tuple[str, list[str]]]:
    """ISO3 code and short names: the English and French ones the analysis uses
    (`analyze/country_tables.py`), then other languages' from `data/country_aliases.tsv`."""
    for code, english, french in parse_table(country_tables.ALIASES):
        yield code, english + french
    for abbreviation, code in country_tables.ABBREVIATIONS.items():
        yield code, [abbreviation]
    for line in (DATA / "country_aliases.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, names = line.split("\t")
            yield code, names.split("|")


@lru_cache(maxsize=1)
def builtin_table() -> _Table:
    """The built-in alias table (countries, organisations, places), built once per process."""
    table = _Table()
    for country in pycountry.countries:
        hit = AliasHit(country.alpha_3, COUNTRY, "LOC", country.alpha_3)
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for language in ("en", *LANGUAGES):
                strong, weak = _pycountry_forms(_translator(language).gettext(english))
                for form in strong:
                    table.add_name(form, hit)
                for form in weak:
                    table.add_name(form, hit, weak=True)
    for code, names in _country_short_names():
        hit = AliasHit(code, COUNTRY, "LOC", code)
        for name in names:
            form = acronym_form(name)
            if form and form.isupper() and len(form) <= 4 and form.isalpha():
                table.add_acronym(name, hit)
            else:
                table.add_name(name, hit)
    for org in ORGANISATIONS:
        hit = AliasHit(org["id"], ORGANISATION, "ORG")
        for names in org["names"].values():
            for name in names:
                table.add_name(name, hit)
        for acronym in org["acronyms"]:
            table.add_acronym(acronym, hit)
    listed: set[str] = set()
    for place in listed_places():
        hit = AliasHit(f"place:{place.id}", PLACE, "LOC", place.country)
        for name in place.names:
            table.add_name(name, hit, weak=True)  # a country of the same name wins (Mexico, Luxembourg)
            listed.add(name)
    for code, english, french in parse_table(country_tables.CAPITALS):  # the other capitals: Muscat = Mascate
        if english and not listed & {*english, *french}:
            hit = AliasHit(f"place:{english[0]}", PLACE, "LOC", code)
            for name in {*english, *french}:
                table.add_name(name, hit, weak=True)
    return table


# ---- acronym <-> expansion alignment ----


def acronym_aligns(acronym: str, expansion: str) -> bool:
    """Do the letters of `acronym` spell `expansion` by word initials (and letters after them)?

    `OMS` / `Organisation mondiale de la santé`, `CEDEAO` / `Communauté économique des États de
    l'Afrique de l'Ouest`, `Medef` / `Mouvement des entreprises de France` align. Short words (3 letters
    or fewer) may be skipped; at most one longer word may be skipped; the first letter must be the
    initial of the first word that is not an article.
    """
    letters = alias_key(acronym).replace(" ", "")
    words = strip_article(alias_key(expansion)).split()
    if len(letters) < 2 or len(words) < 2 or not letters.isalnum():
        return False
    if letters[0] != words[0][0]:
        return False

    @cache
    def match(i: int, j: int, skipped: int) -> bool:
        if i == len(letters):
            rest = [w for w in words[j:] if len(w) > 3]
            return skipped + len(rest) <= 1
        if j == len(words):
            return False
        word = words[j]
        # skip this word
        if len(word) <= 3 and match(i, j + 1, skipped):
            return True
        if len(word) > 3 and skipped < 1 and match(i, j + 1, skipped + 1):
            return True
        if word[0] != letters[i]:
            return False
        # take the initial, then possibly more letters of the same word, in order
        k, pos = i + 1, 1
        if match(k, j + 1, skipped):
            return True
        while k < len(letters):
            found = word.find(letters[k], pos)
            if found < 0:
                break
            k, pos = k + 1, found + 1
            if match(k, j + 1, skipped):
                return True
        return False

    return match(0, 0, 0)


_PAREN_ACRONYM = re.compile(
    r"((?:[A-ZÀ-Ý][\w'’\-]*|[a-zà-ÿ]{1,3}['’]?)(?:[\s\-]+(?:[\w'’]+))*?)\s*\(\s*([A-Z][A-Za-z0-9.\-]{1,9})\s*\)"
)


class Aliases:
    """Alias lookup (built-in tables) plus acronym pairs learned from articles (serialisable)."""

    def __init__(self, learned: dict[str, list[str]] | None = None) -> None:
        self.table = builtin_table()
        # acronym form -> expansion texts seen with it (several distinct: ambiguous, unused)
        self.learned: dict[str, list[str]] = {k: list(v) for k, v in (learned or {}).items()}

    # -- lookup --

    def lookup(self, text: str) -> AliasHit | None:
        """Country, organisation or place that `text` names, if any: `Etats-Unis` -> USA, `Otan` -> NATO."""
        form = acronym_form(text)
        if form is not None:
            hit = self.table.acronyms.get(form)
            if hit is None and len(form) >= 4:
                hit = self.table.loose_acronyms.get(form.upper())
            if hit is not None:
                return hit
            expansion = self.expansion(text)
            if expansion is not None:
                return self._lookup_name(expansion)
            if is_acronym(text) and len(form) <= 3:
                return None  # "US" must not fall back to the word "us"
        return self._lookup_name(text)

    def _lookup_name(self, text: str) -> AliasHit | None:
        key = alias_key(text)
        if not key:
            return None
        hit = self.table.names.get(key)
        if hit is None:
            stripped = strip_article(key)
            if stripped != key:
                hit = self.table.names.get(stripped)
        return hit

    def country_code(self, text: str) -> str | None:
        """ISO3 code when `text` names a country: `Russie` -> `RUS`, `U.S.` -> `USA`."""
        hit = self.lookup(text)
        return hit.code if hit is not None and hit.kind == COUNTRY else None

    def may_name_country(self, text: str, code: str) -> bool:
        """Can `text` stand for the country `code` among others? A short name several states share
        ("Congo": the Republic of the Congo by name, the Democratic Republic of the Congo by the head of
        its inverted name), whichever of them `lookup` gives."""
        key = alias_key(text)
        if not key:
            return False
        codes = self.table.names.codes(key) or self.table.names.codes(strip_article(key))
        return code in codes and len(codes) > 1

    def expansion(self, acronym: str) -> str | None:
        """The learned expansion of an acronym, when one (and only one) was seen."""
        form = acronym_form(acronym)
        if form is None:
            return None
        expansions = self.learned.get(form, [])
        keys = {strip_article(alias_key(e)) for e in expansions}
        return expansions[0] if len(keys) == 1 else None

    # -- learning --

    def learn_pair(self, acronym: str, expansion: str) -> bool:
        """Register that `acronym` stands for `expansion` (if its letters align). True when new."""
        form = acronym_form(acronym)
        if form is None or acronym_form(strip_article_text(expansion)) is not None:
            return False  # the "expansion" is one word or an acronym itself (the U.S.)
        if len(expansion.split()) < 2 or not acronym_aligns(form, expansion):
            return False
        known = self.learned.setdefault(form, [])
        key = strip_article(alias_key(expansion))
        if any(strip_article(alias_key(e)) == key for e in known):
            return False
        known.append(strip_article_text(expansion))
        return True

    def learn_from_mentions(self, mentions: Iterable[Mention]) -> list[tuple[str, str]]:
        """Learn pairs from mentions sharing a canonical form: an acronym and a multi-word name."""
        groups: dict[tuple[str, str], set[str]] = {}
        for m in mentions:
            if m.type == "PER":
                continue
            groups.setdefault((m.type, m.canonical), set()).update({m.text, m.canonical})
        learned = []
        for texts in groups.values():
            acronyms = [t for t in texts if is_acronym(t) or len(acronym_form(t) or "x" * 7) <= 6]
            expansions = [t for t in texts if len(t.split()) >= 2]
            for a in acronyms:
                for e in expansions:
                    if self.learn_pair(a, e):
                        learned.append((acronym_form(a) or a, strip_article_text(e)))
        return learned

    def learn_from_text(self, text: str) -> list[tuple[str, str]]:
        """Learn pairs written `Expansion (ACRONYM)` in a text."""
        learned = []
        for match in _PAREN_ACRONYM.finditer(text):
            words, acronym = match.group(1).split(), match.group(2)
            if not is_acronym(acronym):
                continue
            form = acronym_form(acronym) or acronym
            # try the shortest tail of the words before the bracket that aligns
            for start in range(len(words) - 2, -1, -1):
                candidate = " ".join(words[start:])
                if acronym_aligns(form, candidate):
                    if self.learn_pair(form, candidate):
                        learned.append((form, strip_article_text(candidate)))
                    break
        return learned

    # -- serialisation --

    def to_dict(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.learned.items()}

    @classmethod
    def from_dict(cls, data: dict[str, list[str]] | None) -> Aliases:
        return cls(learned=data)


def strip_article_text(text: str) -> str:
    """`l'Organisation mondiale de la santé` -> `Organisation mondiale de la santé` (display text kept)."""
    words = text.strip().split()
    while len(words) > 1:
        head = alias_key(words[0])
        first = head.split()[0] if head else ""
        if first in _LEADING and len(head.split()) == 1:
            words.pop(0)
        elif first in _LEADING and "'" in anyascii(words[0]):
            words[0] = re.split(r"['’]", words[0], maxsplit=1)[1]
            break
        else:
            break
    return " ".join(words)
