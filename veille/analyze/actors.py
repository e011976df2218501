"""Actor text -> country code (ISO 3166-1 alpha-3), for event actors and state metonyms.

`country_of`, `country_in`, `countries_in`, `is_state`, `is_metonym` and `normalise` come from
`veille/analyze/countries.py`, the one owner of country, capital and demonym knowledge.
`is_agent_noun` tells institution and group words ("government", "police", "manifestants") that
stand as actors without a name.
"""

from __future__ import annotations

from functools import cache

from veille.analyze import actor_tables as T
from veille.analyze.countries import (  # noqa: F401  (re-exported: the country knowledge lives there)
    countries_in,
    country_in,
    country_of,
    is_metonym,
    is_state,
    normalise,
)


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
