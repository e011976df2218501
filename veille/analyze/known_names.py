"""Names wire reports use most, found where the NER model missed them: organisations, seats of power
and places.

`organisations.json` lists major international bodies (and a few national ones) with their names
per language and their acronyms. The small English model often leaves "IAEA" or "International
Atomic Energy Agency" untagged; a name or acronym from the table, written as listed, becomes an ORG
mention wherever no other mention covers it. Acronyms match in capitals (dots removed: "U.N." is
listed as such); an acronym of four letters or more also matches in title case ("Otan"), as the
resolver's alias table does (veille/resolve/aliases.py reads the same file). The seats of power of
`country_tables.SEATS` (Matignon, the Kremlin, the White House) are added the same way, as places,
and so are countries, capitals and the places of `places.tsv` ("In Kyiv, …", "la mer Noire"), except
the few names that are as often a person's (`_ALSO_GIVEN_NAMES`: Chad, Jordan, Sofia…).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from veille.analyze import country_tables
from veille.analyze.countries import parse_table, written_state_names
from veille.analyze.places import listed_places
from veille.model import Mention

ORGANISATIONS: list[dict] = json.loads(
    Path(__file__).with_name("organisations.json").read_text("utf-8")
)["organisations"]


def _matchable(acronym: str) -> bool:
    letters = acronym.replace(".", "").replace("-", "")
    return letters.isupper() or len(letters) >= 4


@cache
def _pattern() -> re.Pattern[str]:
    """Every listed form (see `_forms_pattern`)."""
    forms = {name for org in ORGANISATIONS for names in org["names"].values() for name in names}
    forms |= {a for org in ORGANISATIONS for a in org["acronyms"] if _matchable(a)}
    return _forms_pattern(forms)


@cache
def _seats_pattern() -> re.Pattern[str]:
    """The seats of power of `country_tables.SEATS` ("Matignon", "Kremlin", "White House")."""
    return _forms_pattern({name for _, en, fr in parse_table(country_tables.SEATS) for name in en + fr})


_ALSO_GIVEN_NAMES = frozenset(
    {"Chad", "Jordan", "Georgia", "Maurice", "Dominique", "Sofia", "Victoria", "Salvador", "Lima", "Kingston",
     "Florence", "Santiago", "America", "Jersey"}
)


@cache
def _places_pattern() -> re.Pattern[str]:
    """Countries, capitals and listed places, as written (see `_forms_pattern`)."""
    forms = set(written_state_names()) | {name for place in listed_places() for name in place.names}
    return _forms_pattern({f for f in forms if (f not in _ALSO_GIVEN_NAMES and len(f) > 3) or f.isupper()})


def _forms_pattern(forms: set[str]) -> re.Pattern[str]:
    """The forms, where no word character (or dot or hyphen) touches them. Of the forms that
    match at one place, the longest wins.

    The forms are compiled as a trie (`Banque (?:centrale européenne|mondiale)`) rather than a list
    of some 300 alternatives, and a lookahead on their first letters comes first: Python's regex
    engine then skips most positions of the text at once instead of trying every alternative at
    each of them (about ten times faster, same matches)."""
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?=[{firsts}])(?<![\w.-])(?:{_trie_pattern(forms)})(?![\w-])")


def _trie_pattern(forms: set[str]) -> str:
    """A regex matching the same strings as the alternation of `forms`, written as a trie. Where a
    form is a prefix of another, the longer is tried first (a greedy optional group), so the
    longest form that fits wins, as it did in an alternation sorted longest first."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _ids() -> dict[str, str]:
    ids = {}
    for org in ORGANISATIONS:
        for names in org["names"].values():
            ids.update((name.casefold(), org["id"]) for name in names)
        ids.update((a, org["id"]) for a in org["acronyms"] if _matchable(a))
    return ids


def organisation_id(name: str) -> str | None:
    """The table's id of a listed organisation ("Otan", "OTAN", "Alliance atlantique" -> "NATO")."""
    ids = _ids()
    return ids.get(name) or ids.get(name.casefold())


def known_names(text: str, mentions: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
    """The mentions with listed names added. Organisations: a full name that no mention crosses and no
    blocked zone overlaps becomes an ORG mention, and replaces the mentions inside it (the model's
    "Organization for Security and Cooperation" without "in Europe", or that name and "Europe").
    Seats of power the model missed ("Matignon a fait savoir…") are added the same way, as places
    (LOC, like capitals: their standing for a government is `metonym_of`, set later), and so are
    countries, capitals and listed places."""
    mentions = _add_listed(text, mentions, blocked, _pattern(), "ORG")
    mentions = _add_listed(text, mentions, blocked, _seats_pattern(), "LOC")
    return _add_listed(text, mentions, blocked, _places_pattern(), "LOC")


def _add_listed(text: str, mentions: list[Mention], blocked: list[tuple[int, int]], pattern: re.Pattern[str],
                kind: str) -> list[Mention]:
    found, inside = [], set()
    spans = {(m.start, m.end) for m in mentions}
    for match in pattern.finditer(text):
        start, end = match.span()
        if (start, end) in spans:
            continue  # the model found it already (most matches)
        if any(a < end and start < b for a, b in blocked):
            continue
        overlapping = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
        if any(mentions[i].start < start or mentions[i].end > end for i in overlapping):
            continue  # a mention crosses the name's edge: the model read something else here
        inside.update(overlapping)
        found.append(Mention(match.group(), start, end, kind, match.group()))
    return [m for i, m in enumerate(mentions) if i not in inside] + found
