"""The one owner of country knowledge: names, capitals, seats of power and demonyms -> ISO3.

- `country_of("Moscou")` -> "RUS": any reference to a state as a whole name: a country (pycountry's
  English names and their French translations, plus `country_tables.ALIASES`), a capital or seat of power
  ("Washington", "le Kremlin"), or a demonym ("Russian", "russes"). `country_in`/`countries_in` find
  such references inside a longer phrase; `is_state` and `is_metonym` classify a name.
- `country_code("Russie")` -> "RUS": country names only (no capital, no demonym).
- A capital is a government only when it acts: subject of a verb of saying/deciding/acting
  (`Moscou a démenti`, `Washington said`), object of such a verb (`accuse Kiev`), after
  "selon"/"according to"/"between", or with a possessive (`Moscow's demands`). After a locative
  preposition (`à Moscou`, `in Washington`) it is a place. Cheap token rules decide most cases; the
  dependency parse is run only on the few remaining sentences holding a capital. Seats of power
  (Kremlin, White House) always stand for their state.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from veille.analyze import country_tables as T
from veille.analyze.entity_tables import DocTokens, Tables, doc_text, doc_tokens
from veille.model import Mention

_WINDOW_AFTER = 6  # tokens after a capital given to the parser
_DETERMINERS = {
    "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d",
}
_MAX_WORDS = 6


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Lowercase, accents folded, punctuation to spaces, leading determiners dropped."""
    text = re.sub(r"['’]s\b", "", anyascii(text).lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    words = text.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def parse_table(table: str) -> list[tuple[str, list[str], list[str]]]:
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


def _keys(table: str) -> dict[str, str]:
    return {normalise(n): code for code, en, fr in parse_table(table) for n in en + fr if normalise(n)}


def _pycountry_names(attrs: tuple[str, ...] = ("name", "common_name", "official_name")) -> Iterator[tuple[str, str]]:
    """(ISO3, name): pycountry's English names of the given kinds, each followed by its French translation."""
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for country in pycountry.countries:
        for attr in attrs:
            name = getattr(country, attr, None)
            if name:
                yield country.alpha_3, name
                yield country.alpha_3, fr.gettext(name)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Normalised country name -> ISO3 (pycountry en+fr, then the hand aliases); ambiguous keys dropped."""
    claims: dict[str, set[str]] = {}

    def claim(name: str, code: str) -> None:
        key = normalise(name)
        if key:
            claims.setdefault(key, set()).add(code)

    for code, name in _pycountry_names():
        claim(name, code)
        if "," in name:  # "Iran, Islamic Republic of" -> "Iran"
            claim(name.split(",")[0], code)
    names = {key: next(iter(codes)) for key, codes in claims.items() if len(codes) == 1}
    names.update(_keys_cached("ALIASES"))  # hand tables settle pycountry's ambiguities ("Corée", "Congo")
    return names


@lru_cache(maxsize=1)
def _ambiguous_names() -> dict[str, frozenset[str]]:
    """Normalised short names that several states share ("Congo", "Korea") -> their ISO3 codes."""
    claims: dict[str, set[str]] = {}
    for code, name in _pycountry_names():
        for form in (name, name.split(",")[0]):
            if key := normalise(form):
                claims.setdefault(key, set()).add(code)
    return {key: frozenset(codes) for key, codes in claims.items() if len(codes) > 1}


@lru_cache(maxsize=1)
def written_state_names() -> frozenset[str]:
    """Names of countries and capitals as written in English and French running text ("Russie",
    "United States", "Moscou"): pycountry's short names and their French translations (not the "X,
    Republic of" forms), the hand aliases and the capitals table."""
    forms = {name for _, name in _pycountry_names(("name", "common_name")) if not re.search(r"[,()]", name)}
    forms.update(n for _, en, fr_forms in parse_table(T.ALIASES) + parse_table(T.CAPITALS) for n in en + fr_forms)
    return frozenset(f for f in forms if _country_code(f) or _capital_code(f))


@lru_cache(maxsize=1)
def _state_keys() -> dict[str, str]:
    """Names of states and of their capitals and seats, without demonyms."""
    return {**_country_names(), **_keys_cached("PARTS_AND_FORMER"), **_keys_cached("CAPITALS"),
            **_keys_cached("SEATS")}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Normalised name -> ISO3, for every kind of reference (states, capitals, seats, demonyms)."""
    names = dict(_state_keys())
    for code, en, fr_forms in parse_table(T.DEMONYMS):
        for word in en:
            for form in _english_demonym_forms(word):
                names[normalise(form)] = code
        for word in fr_forms:
            for form in _french_demonym_forms(word):
                names[normalise(form)] = code
    return names


@lru_cache(maxsize=1)
def _capital_keys() -> dict[str, str]:
    """Capitals that are not also country names ("Mexico", "Kuwait" stay countries)."""
    countries = _country_names()
    return {k: c for k, c in _keys_cached("CAPITALS").items() if k not in countries}


def country_of(text: str) -> str | None:
    """ISO3 of a whole name: "Russie", "the United States", "U.S.", "Moscow", "Russian"."""
    stripped = text.strip()
    if stripped in T.ABBREVIATIONS:
        return T.ABBREVIATIONS[stripped]
    return _names().get(normalise(stripped))


def is_state(text: str) -> bool:
    """True for the name of a state or of its seat of power ("Russia", "Moscou"), not a demonym."""
    stripped = text.strip()
    return stripped in T.ABBREVIATIONS or normalise(stripped) in _state_keys()


def is_metonym(text: str) -> bool:
    """True for a capital or seat of power standing for its government ("Washington", "Kremlin")."""
    key = normalise(text)
    return key in _keys_cached("CAPITALS") or key in _keys_cached("SEATS")


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


_ARTICLE = re.compile(r"^(?:the|l['’]|la|le|les)\s*", re.IGNORECASE)
_NAME_CHARS = re.compile(r"^[^\W_][\w\s.'’-]*$")


@lru_cache(maxsize=1 << 16)
def _entity_key(text: str) -> str | None:
    """`text` as a whole name: no surrounding punctuation, no possessive ("Russia's" is not a name)."""
    text = " ".join(text.split())
    if not _NAME_CHARS.match(text) or re.search(r"['’]s$", text, re.IGNORECASE):
        return None
    if any(not any(c.isalnum() for c in word) for word in text.split()):
        return None  # a stray punctuation token ("France -", "Russia .")
    return text


def country_code(text: str, tables: Tables | None = None) -> str | None:
    """ISO 3166-1 alpha-3 of a country name in English or French ("Russie", "the U.S."), else None.

    Nations of a state and former states ("Scotland", "Yugoslavia") are not country names here.
    `tables` is accepted for older callers and not used: the knowledge is language-independent."""
    return _country_code(text)


@lru_cache(maxsize=1 << 16)
def _country_code(text: str) -> str | None:
    if text.strip() in T.ABBREVIATIONS:
        return T.ABBREVIATIONS[text.strip()]
    key = _entity_key(text)
    if key is None:
        return None
    bare = _ARTICLE.sub("", key)
    if bare in T.ABBREVIATIONS:
        return T.ABBREVIATIONS[bare]
    return _country_names().get(normalise(key))


def capital_code(text: str, tables: Tables | None = None) -> str | None:
    """ISO3 of a capital that may stand for its government ("Moscou", "Washington")."""
    return _capital_code(text)


@lru_cache(maxsize=1 << 16)
def _capital_code(text: str) -> str | None:
    key = _entity_key(text)
    return _capital_keys().get(normalise(key)) if key else None


def known_place(text: str, tables: Tables | None = None) -> bool:
    """A country, a capital or a listed place (`places.tsv`): a place whatever type the model gave it."""
    return _known_place(text)


@lru_cache(maxsize=1 << 16)
def _known_place(text: str) -> bool:
    from veille.analyze.places import place_id  # places.py builds on this module's normalise

    return bool(_country_code(text) or _capital_code(text) or place_id(text))


def seat_code(text: str, tables: Tables | None = None) -> str | None:
    """ISO3 of a seat of power ("Kremlin", "Maison-Blanche")."""
    key = _entity_key(text)
    return _keys_cached("SEATS").get(normalise(key)) if key else None


@lru_cache(maxsize=4)
def _keys_cached(table: str) -> dict[str, str]:
    return _keys(getattr(T, table))


def assign_countries(mentions: list[Mention], tables: Tables) -> None:
    """`country` for states (LOC/ORG named like a country) and seats of power."""
    for m in mentions:
        if m.type in ("LOC", "ORG") and m.country is None:
            m.country = country_code(m.text, tables) or (seat_code(m.text, tables) if m.type != "PER" else None)
    # a name several states share is the one of them the article names in full ("Democratic Republic
    # of Congo" ... "Congo's health minister")
    named = {m.country for m in mentions if m.country}
    for m in mentions:
        if m.type == "LOC" and m.country is None:
            candidates = _ambiguous_names().get(normalise(m.text), frozenset()) & named
            if len(candidates) == 1:
                m.country = next(iter(candidates))


# A role's own country comes before these words; after them it names a post, not a nationality
# ("envoyé de l'ONU pour la Syrie", "ambassador to Russia").
_ROLE_POST = re.compile(r"\b(?:pour|for|to|auprès|in|en|à|au|aux|chez|at)\b", re.IGNORECASE)


def person_countries(mentions: list[Mention]) -> None:
    """`country` for persons whose role names their state ("vice-ministre russe des Affaires
    étrangères", "U.S. Secretary of State"), on every mention of the same person in the article."""
    found: dict[str, str] = {}
    for m in mentions:
        if m.type == "PER" and m.role and m.canonical not in found:
            code = country_in(_ROLE_POST.split(m.role, maxsplit=1)[0])
            if code:
                found[m.canonical] = code
    for m in mentions:
        if m.type == "PER" and m.country is None and m.canonical in found:
            m.country = found[m.canonical]


def _stands_for(m: Mention, code: str) -> None:
    """A capital acting: for its state (`metonym_of` = `country` = ISO3), or for the organisation
    it is the seat of (Bruxelles: `metonym_of` = "EU", `country` stays the state it lies in)."""
    m.country = code
    m.metonym_of = _organisation_capitals().get(normalise(m.text), code)


@lru_cache(maxsize=1)
def _organisation_capitals() -> dict[str, str]:
    return _keys(T.ORGANISATION_CAPITALS)


@dataclass
class MetonymCheck:
    """Capitals of one article whose role only the parser can tell: the sentence openings to parse
    (up to a few words after the capital), and the mentions each opening decides."""

    lang: str
    tables: Tables
    starts: list[int]
    texts: list[str]
    pending: dict[int, list[tuple[Mention, str]]]


def flag_metonyms(doc, mentions: list[Mention], tables: Tables, lang: str, places: set[int],
                  deferred: list[MetonymCheck] | None = None) -> None:
    """Set `metonym_of` and `country` on capitals used for their government.

    `places` holds mention starts known to be places (the dateline). With `deferred`, the sentences
    that need the parser are added to it instead, for `settle_metonyms` to parse them with those of
    other articles in one batch."""
    pending: dict[int, list[tuple[Mention, str]]] = {}
    toks = doc_tokens(doc)
    for m in mentions:
        if m.type not in ("LOC", "ORG") or m.start in places:
            continue
        code = capital_code(m.text, tables)
        if code is None:
            continue
        i, j = toks.char_span(m.start, m.end, expand=True)
        verdict = _cheap_verdict(toks, i, j, tables)
        if verdict is True:
            _stands_for(m, code)
        elif verdict is None:
            sent = doc[i].sent
            pending.setdefault(sent.start_char, []).append((m, code))
    if not pending:
        return
    check = _metonym_check(doc, pending, tables, lang)
    if deferred is not None:
        deferred.append(check)
    else:
        settle_metonyms([check])


def _cheap_verdict(toks: DocTokens, i: int, j: int, tables: Tables) -> bool | None:
    """True: government; False: place; None: ask the parser (for the capital at tokens i to j)."""
    if i > 0:
        low = toks.norms[i - 1]
        if low in tables.locative:
            return False
        if low in tables.actor_prepositions:
            return True
        if low in ("to", "à") and i > 1 and toks.lowers[i - 2] in ("according", "appartient"):
            return True
    nxt = toks.lowers[j] if j < len(toks.words) else None
    if nxt in ("'s", "’s"):
        return True
    if nxt in ("said", "says", "denied", "warned", "accused", "insisted"):
        return True
    return None


def _metonym_check(doc, pending: dict[int, list[tuple[Mention, str]]], tables: Tables, lang: str) -> MetonymCheck:
    # The subject and its verb sit close to the capital: parse the sentence up to a few words after it.
    starts = sorted(pending)
    sents = {s.start_char: s for s in doc.sents if s.start_char in pending}
    texts = []
    for s in starts:
        sent = sents[s]
        last_end = max(m.end for m, _ in pending[s])
        last_tok = doc.char_span(last_end - 1, last_end, alignment_mode="expand")[-1]
        end_tok = doc[min(sent.end, last_tok.i + 1 + _WINDOW_AFTER) - 1]
        texts.append(doc_text(doc)[sent.start_char:end_tok.idx + len(end_tok.text)])
    return MetonymCheck(lang, tables, starts, texts, pending)


def settle_metonyms(checks: list[MetonymCheck]) -> None:
    """Parse the sentence openings of `checks`, one batch per language, and flag the capitals that act."""
    from veille.analyze.nlp import parse_docs

    by_lang: dict[str, list[MetonymCheck]] = {}
    for check in checks:
        by_lang.setdefault(check.lang, []).append(check)
    for lang, group in by_lang.items():
        parsed = iter(parse_docs([text for check in group for text in check.texts], lang, one_sentence=True))
        for check in group:
            _apply_verdicts(check, [next(parsed) for _ in check.texts])


def _apply_verdicts(check: MetonymCheck, parsed_docs: list) -> None:
    tables, pending = check.tables, check.pending
    for start, parsed in zip(check.starts, parsed_docs, strict=True):
        if not parsed.has_annotation("DEP"):
            continue  # parser unavailable: no verdict
        for m, code in pending[start]:
            span = parsed.char_span(m.start - start, m.end - start, alignment_mode="expand")
            if span is None:
                continue
            if _acts(span.root, tables):
                _stands_for(m, code)


def _acts(tok, tables: Tables) -> bool:
    """Subject or direct object of a political verb, or coordinated with such a subject."""
    seen = 0
    while tok.dep_ == "conj" and seen < 4:  # "Moscou et Pékin ont dénoncé"
        tok = tok.head
        seen += 1
    dep = tok.dep_
    head = tok.head
    if dep in ("nsubj", "obj", "dobj", "iobj") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in tables.political_verbs or head.lemma_.lower().removeprefix("s'") in \
            tables.political_verbs
    if dep in ("nsubj",) and head.pos_ in ("NOUN", "ADJ"):  # copula: "Moscou est prête à..."
        return any(child.dep_ == "cop" for child in head.children) and head.pos_ == "ADJ"
    return False
