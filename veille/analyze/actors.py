"""Actor text -> country code (ISO 3166-1 alpha-3), for event actors and state metonyms.

`country_of(text)` says which state a name stands for: a country name (English or French, from
pycountry plus usual short names), a capital or seat of power used as a metonym ("Washington",
"Moscou", "le Kremlin"), or a demonym ("Russian", "russe", "Russes"). `country_in(text)` finds the
first such reference inside a longer actor phrase ("Senior Hungarian officials" -> HUN).
`is_agent_noun` tells institution and group words ("government", "police", "manifestants") that
stand as actors without a name.
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache

from anyascii import anyascii

from veille.analyze import actor_tables as T

_DETERMINERS = {
    "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d",
}
_MAX_WORDS = 6


def normalise(text: str) -> str:
    """Lowercase, accents folded, punctuation to spaces, leading determiners dropped."""
    text = re.sub(r"['’]s\b", "", anyascii(text).lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    words = text.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _parse_table(table: str) -> list[tuple[str, list[str], list[str]]]:
    rows = []
    for line in table.strip().splitlines():
        code, _, rest = line.partition(":")
        en, _, fr = rest.partition("|")
        rows.append((code.strip(), _split(en), _split(fr)))
    return rows


def _split(forms: str) -> list[str]:
    return [f.strip() for f in forms.split(",") if f.strip()]


def _english_demonym_forms(word: str) -> list[str]:
    forms = [word]
    if not re.search(r"(ese|sh|ch|ss|i)$", word) or word.endswith("i"):
        forms.append(word + "s")  # Russians, Israelis, Iraqis
    return forms


def _french_demonym_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith("ien") or word.endswith("éen"):
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith("s"):
        return [word, word + "e", word + "es"]
    if word.endswith("c"):  # grec/turc: irregular feminines are listed in the table
        return [word, word + "s"]
    return [word, word + "e", word + "s", word + "es"]


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Normalised name -> ISO3, for every kind of reference; ambiguous keys are dropped."""
    import pycountry

    claims: dict[str, set[str]] = {}

    def claim(name: str, code: str) -> None:
        key = normalise(name)
        if key:
            claims.setdefault(key, set()).add(code)

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            for variant in (name, fr.gettext(name)):
                claim(variant, code)
                if "," in variant:  # "Iran, Islamic Republic of" -> "Iran"
                    claim(variant.split(",")[0], code)
    names = {key: next(iter(codes)) for key, codes in claims.items() if len(codes) == 1}
    # Hand tables win over pycountry and settle its ambiguities ("Corée", "Congo").
    for code, en, fr_forms in _parse_table(T.ALIASES) + _parse_table(T.CAPITALS):
        for name in en + fr_forms:
            names[normalise(name)] = code
    _STATE_KEYS.update(names)
    for code, en, fr_forms in _parse_table(T.DEMONYMS):
        for word in en:
            for form in _english_demonym_forms(word):
                names[normalise(form)] = code
        for word in fr_forms:
            for form in _french_demonym_forms(word):
                names[normalise(form)] = code
    return names


_STATE_KEYS: dict[str, str] = {}  # names of states and their seats, without demonyms (filled by _names)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(
        normalise(n) for _, en, fr_forms in _parse_table(T.CAPITALS) for n in en + fr_forms
    )


def country_of(text: str) -> str | None:
    """ISO3 of a whole name: "Russie", "the United States", "U.S.", "Moscow", "Russian"."""
    stripped = text.strip()
    if stripped in T.ABBREVIATIONS:
        return T.ABBREVIATIONS[stripped]
    return _names().get(normalise(stripped))


def is_state(text: str) -> bool:
    """True for the name of a state or of its seat of power ("Russia", "Moscou"), not a demonym."""
    _names()
    stripped = text.strip()
    return stripped in T.ABBREVIATIONS or normalise(stripped) in _STATE_KEYS


def is_metonym(text: str) -> bool:
    """True for a capital or seat of power standing for its government ("Washington", "Kremlin")."""
    return normalise(text) in _capitals()


_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[^\W_]+(?:['’-][^\W_]+)*")


def country_in(text: str) -> str | None:
    """ISO3 of the first state named inside a phrase (longest name wins at each position)."""
    words = _WORD.findall(text)
    names = _names()
    for i, word in enumerate(words):
        if word in T.ABBREVIATIONS:
            return T.ABBREVIATIONS[word]
        if not normalise(word):
            continue
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            key = normalise(" ".join(words[i : i + n]))
            if key in names:
                return names[key]
        if "-" in word:  # "Greek-Cypriot", "Vietnamese-led"
            for part in word.split("-"):
                if normalise(part) in names:
                    return names[normalise(part)]
    return None


def countries_in(text: str) -> list[str]:
    """Every state named in a phrase, in order, once each ("French and Egyptian warships")."""
    out: list[str] = []
    for word in _WORD.findall(text):
        code = T.ABBREVIATIONS.get(word) or _names().get(normalise(word))
        if code and code not in out:
            out.append(code)
    first = country_in(text)
    if first and first not in out:
        out.insert(0, first)
    return out


@cache
def _word_set(table: str, lang: str) -> frozenset[str]:
    source = getattr(T, table)
    return frozenset(source.get(lang, source["en"]).split())


def is_agent_noun(lemma: str, lang: str) -> bool:
    """Institution or group word that acts in the news: "government", "police", "manifestant"."""
    word = lemma.lower()
    return word in _word_set("AGENT_NOUNS", lang) or word.rstrip("s") in _word_set("AGENT_NOUNS", lang)


def is_force_noun(lemma: str, lang: str) -> bool:
    """A state's forces or government: "X's forces", "ses troupes" act for X."""
    return lemma.lower() in _word_set("FORCE_NOUNS", lang)


def is_quantity_noun(lemma: str, lang: str) -> bool:
    """Counting or grouping head: "thousands of students", "un groupe de diplomates"."""
    return lemma.lower() in _word_set("QUANTITY_NOUNS", lang)
