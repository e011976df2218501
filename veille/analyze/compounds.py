"""Names the model cuts in two at a linking word: `Banque centrale` + `de` + `Russie`.

French names an institution, an event or a treaty by the place it belongs to (`traité de Lisbonne`,
`Six jours de Gand`, `Banque centrale de Russie`) and North American clubs by their nickname and city
(`Canadiens de Montréal`, `Lakers de Los Angeles`). The model often tags the place alone, or the two
parts apart. Joined when:
- an ORG or MISC mention (not an acronym: `OSCE d'Astana` is two names), the linking word, then a LOC
  mention: one ORG mention (`Heat de Miami`), or MISC when it opens on an event word (`Tour de Berlin`);
- a capitalised plural nickname (not a place such as `Alpes`, see PLURAL_PLACES), the linking word and
  a place: one ORG mention, whatever the model tagged (it also fixes `Cardinals de Saint-Louis` tagged LOC).
- a person's name, then `de`/`d'`, then a place or a one-word person: one person (`Gadifer de La Salle`),
  the nobiliary particle joining the name (`La Walkyrie de Richard Wagner` stays two).
Languages whose table has no NAME_LINKS (English puts the place first) are left alone there.

`join_particle_names` works in every language: a person's given name, lower-case name particles and
a capitalised word the model tagged apart (`Ursula` + `von der` + `Leyen` tagged LOC) are one person.
"""

from __future__ import annotations

from veille.analyze.entity_tables import Tables, at_sentence_start, doc_text, normalize_apostrophes
from veille.model import Mention


def join_linked_names(doc, mentions: list[Mention], tables: Tables) -> list[Mention]:
    if not tables.name_links or not mentions:
        return mentions
    joined = _join_next(mentions, lambda m, by_start: _linked(doc, m, by_start, tables))
    return _nicknames_before_places(doc, joined, tables)


def _linked(doc, m: Mention, by_start: dict[int, Mention], tables: Tables) -> tuple[Mention, Mention] | None:
    """The mention m forms with the one after a linking word ("de", "d'"), and that one; or None."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    # A nickname and its city inside one span ("Cardinals de Saint-Louis" tagged LOC).
    if m.type == "LOC" and _nickname_city(span, tables):
        m.type = "ORG"
    link = span.end
    if link + 1 >= len(doc) or normalize_apostrophes(doc[link].text) not in tables.name_links:
        return None
    nxt = by_start.get(doc[link + 1].idx)
    if nxt is None:
        return None
    nickname = _plural_nickname(doc, span.start, span.end, tables) and not (m.type == "MISC" and len(span) > 1)
    if nxt.type == "LOC" and not m.text.isupper() and (m.type in ("ORG", "MISC") or nickname):
        kind = "ORG" if nickname or span[0].lower_ not in tables.event_words else m.type
        return _joined(doc, m.start, nxt.end, kind), nxt
    # A nobiliary particle the model read as a place: "Gadifer" + "de" + "La Salle".
    if m.type == "PER" and doc[link].lower_ != "du" and not nxt.title \
            and (nxt.type == "LOC" or nxt.type == "PER" and " " not in nxt.text) \
            and all(c.isalpha() or c in " -'’" for c in m.text):
        return _joined_person(doc, m, nxt), nxt
    return None


def _join_next(mentions: list[Mention], join) -> list[Mention]:
    """Mentions in order, each replaced by what `join(m, by_start)` makes of it and the mention after
    it, (joined, absorbed), when it returns one; the absorbed mention then drops out."""
    by_start = {m.start: m for m in mentions}
    out: list[Mention] = []
    skip: set[int] = set()
    for m in mentions:
        if id(m) in skip:
            continue
        found = join(m, by_start)
        if found is None:
            out.append(m)
            continue
        joined, absorbed = found
        out.append(joined)
        skip.add(id(absorbed))
    return out


def _nicknames_before_places(doc, mentions: list[Mention], tables: Tables) -> list[Mention]:
    """`Lakers de Los Angeles` where only the city was tagged."""
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.type != "LOC":
            out.append(m)
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        link = span.start - 1 if span is not None else 0
        if link < 1 or normalize_apostrophes(doc[link].text) not in tables.name_links:
            out.append(m)
            continue
        end = link
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() \
                and normalize_apostrophes(doc[start - 1].text) not in tables.determiners \
                and not any(a <= doc[start - 1].idx < b for a, b in covered):
            start -= 1
        if start < end and _plural_nickname(doc, start, end, tables):
            out.append(_joined(doc, doc[start].idx, m.end, "ORG"))
        else:
            out.append(m)
    return out


def _plural_nickname(doc, start: int, end: int, tables: Tables) -> bool:
    """Capitalised words ending in a plural, not opening a sentence, not a place nor a function."""
    if end <= start or end - start > 3:
        return False
    words = doc[start:end]
    last = words[-1].text
    if not (last.endswith("s") and last[:1].isupper() and len(last) > 3 and not last.isupper()):
        return False
    if at_sentence_start(doc[start]):
        return False
    for tok in words:
        low = tok.lower_
        if not tok.text[:1].isupper() or low in tables.plural_places or tables.is_role_word(tok) \
                or low in tables.determiners:
            return False
    return True


def _nickname_city(span, tables: Tables) -> bool:
    for k in range(span.start + 1, span.end - 1):
        if normalize_apostrophes(span.doc[k].text) in tables.name_links:
            return _plural_nickname(span.doc, span.start, k, tables) and span.doc[k + 1].text[:1].isupper()
    return False


def join_particle_names(doc, mentions: list[Mention], tables: Tables) -> list[Mention]:
    def join(m: Mention, by_start: dict[int, Mention]) -> tuple[Mention, Mention] | None:
        nxt = _after_particles(doc, m, by_start, tables) if m.type == "PER" else None
        if nxt is not None and nxt.text[:1].isupper() and " " not in nxt.text and not nxt.title:
            return _joined_person(doc, m, nxt), nxt
        return None

    return _join_next(mentions, join)


def _after_particles(doc, m: Mention, by_start: dict[int, Mention], tables: Tables) -> Mention | None:
    """The mention right after a person's name and one to three particles written in lower case
    ("von der", "van", "bin"; never "Der")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    while k < len(doc) and doc[k].text in tables.particles and k - span.end < 3:
        k += 1
    return by_start.get(doc[k].idx) if span.end < k < len(doc) else None


def _joined_person(doc, m: Mention, nxt: Mention) -> Mention:
    joined = _joined(doc, m.start, nxt.end, "PER")
    joined.title, joined.gender, joined.role = m.title, m.gender, m.role
    return joined


def _joined(doc, start: int, end: int, kind: str) -> Mention:
    return Mention(text=doc_text(doc)[start:end], start=start, end=end, type=kind, canonical="")
