"""Types the words around a name decide, whatever the model said: diseases are MISC, a name headed by
an administrative noun is a place (see `context_kinds`)."""

from __future__ import annotations

from veille.analyze.countries import known_place
from veille.analyze.entity_tables import DocTokens, Tables, doc_tokens, normalize_apostrophes
from veille.analyze.known_names import organisation_id
from veille.model import Mention


def context_kinds(doc, mentions: list[Mention], tables: Tables) -> set[int]:
    """Types the words around a name decide, whatever the model said. Returns the starts of the
    mentions so typed: they weigh like a dateline place in the article's type vote (harmonize_types).

    - A disease or its agent (the language's DISEASE_NAMES: "Ebola", "choléra", "H5N1") is MISC, and so
      is a name next to a DISEASE_HEADS word ("the Nipah virus", "la fièvre de Lassa") that is no known
      place ("the Wuhan virus"); every mention of that name follows ("vaincu Ebola").
    - A name (not a nationality) before an administrative head ("Congo's central Kasai province",
      English: ADMIN_HEAD_AFTER) or after one and its link ("la province du Kasaï", "the province of
      Kasai") is a place. Not an acronym nor a listed organisation ("a NATO state")."""
    toks = doc_tokens(doc)
    diseases: set[str] = set()
    decided: set[int] = set()
    expanded = set()  # an acronym standing for an expansion ("Budapest Stock Exchange (BSE)") is no disease
    for m in mentions:
        key = normalize_apostrophes(" ".join(m.text.split()))
        if m.canonical and normalize_apostrophes(m.canonical) != key:
            expanded.add(normalize_apostrophes(m.canonical))
        if key in tables.diseases:
            diseases.add(key)
            continue
        span = toks.char_span(m.start, m.end, expand=True)
        if span is None or m.title or m.role or span[1] - span[0] > 4:
            continue
        i, j = span
        if m.type != "MISC" and _next_to_head(toks, i, j, tables.disease_heads, tables, phrase_end=False) \
                and not known_place(m.text, tables):
            diseases.add(key)
        elif m.type in ("PER", "ORG", "MISC") and not m.text.isupper() and organisation_id(m.text) is None \
                and not _demonym(m.text, tables) and _next_to_head(toks, i, j, tables.admin_heads, tables):
            m.type = "LOC"
            decided.add(m.start)
    diseases -= expanded
    for m in mentions:
        if diseases and normalize_apostrophes(" ".join(m.text.split())) in diseases:
            m.type = "MISC"
            decided.add(m.start)
    return decided


def _demonym(text: str, tables: Tables) -> bool:
    """A nationality or people, by the table or by its ending ("Kurdish", "Congolese"): "the Kurdish
    region" is no place named Kurdish."""
    low = text.lower()
    return low in tables.demonyms or low.endswith(tables.demonym_endings)


def _next_to_head(toks: DocTokens, i: int, j: int, heads: set[str], tables: Tables, phrase_end: bool = True) -> bool:
    """Is the name toks[i:j] headed by a lower-case word of `heads`: after it, its link and maybe an
    article ("province du Kasaï", "région de l'Ituri", "province of Kasai"), or, where the language puts
    the head last, right before it, the head ending the noun phrase when `phrase_end` ("Kasai province,
    …", "Sinaloa state's", not "EU state aid")?"""
    words, norms = toks.words, toks.norms
    k = i - 1
    if k >= 0 and norms[k] in tables.articles and k > 0 and norms[k - 1] in tables.admin_links:
        k -= 1  # "région de l'Ituri"
    if k >= 0 and norms[k] in tables.admin_links:
        k -= 1
    if k >= 0 and words[k].islower() and norms[k] in heads:
        return True
    if not tables.admin_head_after or j >= len(words) or not words[j].islower() or norms[j] not in heads:
        return False
    after = j + 1
    return not phrase_end or after >= len(words) or toks.marks[after] or norms[after] in ("'s", "’s") \
        or words[after].islower() and (norms[after] in tables.determiners or norms[after] in tables.role_stops
                                       or norms[after] in tables.finite_verbs)
