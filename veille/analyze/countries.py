"""Countries and capitals standing for governments.

- `country_code("Russie")` -> "RUS": pycountry's English names and their French translations (gettext),
  plus each language table's COUNTRY_ALIASES (short forms such as "U.S.", "Russie", "Britain").
- A capital (or seat of power: Kremlin, White House) is a government when it acts: subject of a verb
  of saying/deciding/acting (`Moscou a démenti`, `Washington said`), object of such a verb
  (`accuse Kiev`), after "selon"/"according to"/"between", or with a possessive (`Moscow's demands`).
  After a locative preposition (`à Moscou`, `in Washington`) it is a place. Cheap token rules decide
  most cases; the dependency parse is run only on the few remaining sentences holding a capital.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

from veille.analyze.entity_tables import Tables, doc_text, normalize_apostrophes
from veille.model import Mention

_WINDOW_AFTER = 6  # tokens after a capital given to the parser


def _norm(text: str) -> str:
    text = normalize_apostrophes(" ".join(text.split()))
    for article in ("the ", "l'", "la ", "le ", "les "):
        if text.startswith(article) and len(text) > len(article) + 2:
            text = text[len(article):]
            break
    return text


@lru_cache(maxsize=1)
def _pycountry_index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        translate = french.gettext
    except OSError:  # locale files missing: English names only
        def translate(name: str) -> str:
            return name
    for country in pycountry.countries:
        names = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        for name in filter(None, names):
            for variant in {name, translate(name)}:
                index.setdefault(_norm(variant), country.alpha_3)
                if "," in variant:  # "Russie, Fédération de" -> "Russie" when no other country shares it
                    heads.setdefault(_norm(variant.split(",")[0]), set()).add(country.alpha_3)
    for head, codes in heads.items():
        if len(codes) == 1:
            index.setdefault(head, next(iter(codes)))
    return index


def country_code(text: str, tables: Tables | None = None) -> str | None:
    """ISO 3166-1 alpha-3 of a country name in English or French, else None."""
    key = _norm(text).rstrip(".") if not text.endswith(".") or len(text) > 5 else _norm(text)
    if tables is not None:
        code = tables.country_aliases.get(_norm(text)) or tables.country_aliases.get(key)
        if code:
            return code
    index = _pycountry_index()
    return index.get(_norm(text)) or index.get(key)


def capital_code(text: str, tables: Tables) -> str | None:
    key = _norm(text)
    return tables.capitals.get(key) or tables.capitals.get(normalize_apostrophes(" ".join(text.split())))


def seat_code(text: str, tables: Tables) -> str | None:
    key = normalize_apostrophes(" ".join(text.split()))
    return tables.seats.get(key) or tables.seats.get(_norm(text))


def assign_countries(mentions: list[Mention], tables: Tables) -> None:
    """`country` for states (LOC/ORG named like a country) and seats of power."""
    for m in mentions:
        if m.type in ("LOC", "ORG") and m.country is None:
            m.country = country_code(m.text, tables) or (seat_code(m.text, tables) if m.type != "PER" else None)


def flag_metonyms(doc, mentions: list[Mention], tables: Tables, lang: str, places: set[int]) -> None:
    """Set `metonym_of` and `country` on capitals used for their government.

    `places` holds mention starts known to be places (the dateline)."""
    pending: dict[int, list[tuple[Mention, str]]] = {}
    for m in mentions:
        if m.type not in ("LOC", "ORG") or m.start in places:
            continue
        code = capital_code(m.text, tables)
        if code is None:
            continue
        verdict = _cheap_verdict(doc, m, tables)
        if verdict is True:
            m.metonym_of = m.country = code
        elif verdict is None:
            sent = doc.char_span(m.start, m.end, alignment_mode="expand")[0].sent
            pending.setdefault(sent.start_char, []).append((m, code))
    if pending:
        _parse_verdicts(doc, pending, tables, lang)


def _tokens_around(doc, m: Mention):
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span, (doc[span.start - 1] if span.start > 0 else None), (doc[span.end] if span.end < len(doc) else None)


def _cheap_verdict(doc, m: Mention, tables: Tables) -> bool | None:
    """True: government; False: place; None: ask the parser."""
    span, prev, nxt = _tokens_around(doc, m)
    if prev is not None:
        low = normalize_apostrophes(prev.text)
        if low in tables.locative:
            return False
        if low in tables.actor_prepositions:
            return True
        if low in ("to", "à") and span.start > 1 and doc[span.start - 2].lower_ in ("according", "appartient"):
            return True
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        return True
    if nxt is not None and nxt.lower_ in ("said", "says", "denied", "warned", "accused", "insisted"):
        return True
    return None


def _parse_verdicts(doc, pending: dict[int, list[tuple[Mention, str]]], tables: Tables, lang: str) -> None:
    from veille.analyze.nlp import parse_docs

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
    for start, parsed in zip(starts, parse_docs(texts, lang), strict=True):
        if not parsed.has_annotation("DEP"):
            continue  # parser unavailable: no verdict
        for m, code in pending[start]:
            span = parsed.char_span(m.start - start, m.end - start, alignment_mode="expand")
            if span is None:
                continue
            if _acts(span.root, tables):
                m.metonym_of = m.country = code


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
