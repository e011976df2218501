"""Places the wire names most besides countries: cities, seas, straits and regions (`places.tsv`).

Each row gives a place's names in English, French, German and Spanish, and the country it lies in
("-" for a sea or a region shared by several). The analysis types a listed name LOC whatever the
model said ("Bosphorus" is not a person) and adds the ones the model missed (`known_names.py`); the
resolver makes the names of one row one entity (`veille/resolve/aliases.py`), so that mer Noire and
Black Sea, or Odessa and Odesa, are one place across reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from veille.analyze.countries import normalise, written_state_names


@dataclass(frozen=True)
class Place:
    id: str  # the English name: "Black Sea"
    country: str | None  # ISO3, None for a place in no single country
    names: tuple[str, ...]


@cache
def listed_places() -> tuple[Place, ...]:
    rows = []
    for line in Path(__file__).with_name("places.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            place, code, names = line.split("\t")
            rows.append(Place(place, None if code == "-" else code, tuple(names.split("|"))))
    return tuple(rows)


@cache
def _ids() -> dict[str, str]:
    return {normalise(name): place.id for place in listed_places() for name in place.names}


def place_id(text: str) -> str | None:
    """The row id of a listed place name ("mer Noire" -> "Black Sea"), else None."""
    return _ids().get(normalise(text))


@cache
def _written() -> dict[str, str]:
    """Normalised name -> how running text writes it: the first of the table's names that spells it
    ("GENEVE" -> "Genève", which the row lists before the unaccented "Geneve"; "KYIV" -> "Kyiv")."""
    names = [name for place in listed_places() for name in place.names] + sorted(written_state_names())
    out: dict[str, str] = {}
    for name in names:
        out.setdefault(normalise(name), name)
    return out


def written_place_name(text: str) -> str | None:
    """How running text writes a listed place or a state named in capitals ("PEKIN" -> "Pékin",
    "GENEVE" -> "Genève"), else None."""
    return _written().get(normalise(text))
