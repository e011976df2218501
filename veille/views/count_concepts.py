"""What a counted noun counts, across languages: "morts", "tués" and "dead" count the same people.

Counted nouns of one language are compared by stem; across languages they can be compared only
through this table. A noun missing from it keeps its own stem (and across languages the sentences
decide, see facts.py).
"""

from __future__ import annotations

from veille.views.similarity import normalise

_CONCEPTS = {
    "dead": "dead deaths killed fatalities morts tués décès",
    "injured": "injured wounded blessés",
    "troops": "troops soldiers soldats militaires troupes",
    "people": "people persons personnes",
    "civilians": "civilians civils",
    "children": "children enfants",
    "refugees": "refugees réfugiés",
    "displaced": "displaced déplacés",
    "prisoners": "prisoners detainees prisonniers détenus",
    "hostages": "hostages otages",
    "homes": "homes houses maisons logements habitations",
    "migrants": "migrants",
    "arrests": "arrests arrestations interpellations",
    "cases": "cases cas infections contaminations",
    "victims": "victims victimes",
    "missing": "missing disparus",
    "evacuated": "evacuated évacués",
    "jobs": "jobs emplois",
    "votes": "votes voix suffrages",
}
_BY_NOUN = {normalise(noun): concept for concept, nouns in _CONCEPTS.items() for noun in nouns.split()}


def concept(counts: str | None) -> str | None:
    """The language-neutral concept of a counted noun, or None when the table does not know it."""
    return _BY_NOUN.get(normalise(counts)) if counts else None
