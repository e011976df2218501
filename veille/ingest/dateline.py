"""The dateline opening a wire report: `GENEVE (Reuters) -`, `PARIS, 10 janvier (AFP) -`, `KYIV -`.

`find_dateline(text)` looks only at the very start of `text` (the first paragraph) and returns a
`Dateline` whose span covers the place, optional date, optional agency and the dash.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from veille.model import Dateline

_UPPER = "A-ZÀ-ÖØ-Þ"
_DASH = r"(?:--|[-–—‒―])"
# PLACE[, date] (Agency) -   : the place may be mixed case ("Genève (AFP) -").
_WITH_AGENCY = re.compile(
    rf"^(?P<place>[{_UPPER}][^\W\d_]*(?:[ '’./\-]+[^\W\d_]+){{0,4}}\.?)"
    rf"(?:,\s*(?P<when>[^()\n,]{{1,40}}?))?"
    rf"\s*\((?P<agency>[{_UPPER}][^()\n]{{0,39}})\)\s*(?P<dash>{_DASH})"
)
# PLACE[, date] -   : without an agency the place must be written in capitals.
_WITHOUT_AGENCY = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’.\-]+(?:[ /][{_UPPER}][{_UPPER}'’.\-]*){{0,4}})"
    rf"(?:,\s*(?P<when>[^\n,–—]{{1,40}}?))?"
    rf"\s+(?P<dash>{_DASH})(?:\s|$)"
)


@cache
def kickers() -> frozenset[str]:
    """Words like EXCLUSIVE or ANALYSE that open a story as a dateline would (data/kickers.tsv)."""
    table = resources.files("veille.ingest").joinpath("data/kickers.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return frozenset(row[1].strip().upper() for row in rows if len(row) > 1)


def find_dateline(text: str) -> Dateline | None:
    """Dateline at the start of `text`, with offsets into `text`; None when there is none."""
    m = _WITH_AGENCY.match(text)
    agency = None
    if m:
        agency = re.sub(r"\s+", " ", m.group("agency")).strip()
    else:
        m = _WITHOUT_AGENCY.match(text)
        if not m or len(m.group("place")) < 3:
            return None
    place = m.group("place").strip()
    if place.upper() in kickers():
        return None
    return Dateline(place=place, agency=agency, start=0, end=m.end("dash"))
