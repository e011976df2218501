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
a capitalised word the model tagged apart (`Ursula` + `von der` + `Leyen` tagged LOC) are one person;
but a person's name, `de l'` and a country are a person and where they are from (`origin_countries`).
"""

from __future__ import annotations

from veille.analyze.countries import country_code
from veille.analyze.entity_tables import DocTokens, Tables, at_sentence_start, doc_tokens
from veille.analyze.mentions_clean import origin_after_name
from veille.model import Mention


def join_linked_names(doc, mentions: list[Mention], tables: Tables) -> list[Mention]:
    if not tables.name_links or not mentions:
        return mentions
    toks = doc_tokens(doc)
    joined = _join_next(mentions, lambda m, by_start: _linked(toks, m, by_start, tables))
    return _nicknames_before_places(toks, joined, tables)


def _linked(toks: DocTokens, m: Mention, by_start: dict[int, Mention], tables: Tables) -> tuple[Mention, Mention] | None:
    """The mention m forms with the one after a linking word ("de", "d'"), and that one; or None."""
    span = toks.char_span(m.start, m.end, expand=True)
    if span is None:
        return None
    start, link = span
    # A nickname and its city inside one span ("Cardinals de Saint-Louis" tagged LOC).
    if m.type == "LOC" and _nickname_city(toks, start, link, tables):
        m.type = "ORG"
    if link + 1 >= len(toks.words) or toks.norms[link] not in tables.name_links:
        return None
    nxt = by_start.get(toks.starts[link + 1])
    if nxt is None:
        return None
    nickname = _plural_nickname(toks, start, link, tables) and not (m.type == "MISC" and link - start > 1)
    if nxt.type == "LOC" and not m.text.isupper() and (m.type in ("ORG", "MISC") or nickname):
        kind = "ORG" if nickname or toks.lowers[start] not in tables.event_words else m.type
        return _joined(toks, m.start, nxt.end, kind), nxt
    # A nobiliary particle the model read as a place: "Gadifer" + "de" + "La Salle" (not where a
    # person is from: "Volodymyr Zelenskiy d'Ukraine").
    if m.type == "PER" and toks.lowers[link] != "du" and not nxt.title \
            and not _origin(toks, m, nxt, tables) \
            and (nxt.type == "LOC" or nxt.type == "PER" and " " not in nxt.text) \
            and all(c.isalpha() or c in " -'’" for c in m.text):
        return _joined_person(toks, m, nxt), nxt
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


def _nicknames_before_places(toks: DocTokens, mentions: list[Mention], tables: Tables) -> list[Mention]:
    """`Lakers de Los Angeles` where only the city was tagged."""
    words, starts = toks.words, toks.starts
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.type != "LOC":
            out.append(m)
            continue
        span = toks.char_span(m.start, m.end, expand=True)
        link = span[0] - 1 if span is not None else 0
        if link < 1 or toks.norms[link] not in tables.name_links:
            out.append(m)
            continue
        end = link
        start = end
        while start > 0 and end - start < 3 and words[start - 1][:1].isupper() \
                and toks.norms[start - 1] not in tables.determiners \
                and not any(a <= starts[start - 1] < b for a, b in covered):
            start -= 1
        if start < end and _plural_nickname(toks, start, end, tables):
            out.append(_joined(toks, starts[start], m.end, "ORG"))
        else:
            out.append(m)
    return out


def _plural_nickname(toks: DocTokens, start: int, end: int, tables: Tables) -> bool:
    """Capitalised words ending in a plural, not opening a sentence, not a place nor a function."""
    if end <= start or end - start > 3:
        return False
    last = toks.words[end - 1]
    if not (last.endswith("s") and last[:1].isupper() and len(last) > 3 and not last.isupper()):
        return False
    if at_sentence_start(toks, start):
        return False
    for k in range(start, end):
        low = toks.lowers[k]
        if not toks.words[k][:1].isupper() or low in tables.plural_places or tables.is_role_lower(low) \
                or low in tables.determiners:
            return False
    return True


def _nickname_city(toks: DocTokens, start: int, end: int, tables: Tables) -> bool:
    """Is toks[start:end] a plural nickname, a linking word and a capitalised word ("Cardinals de Saint-Louis")?"""
    for k in range(start + 1, end - 1):
        if toks.norms[k] in tables.name_links:
            return _plural_nickname(toks, start, k, tables) and toks.words[k + 1][:1].isupper()
    return False


def join_particle_names(doc, mentions: list[Mention], tables: Tables) -> list[Mention]:
    toks = doc_tokens(doc)

    def join(m: Mention, by_start: dict[int, Mention]) -> tuple[Mention, Mention] | None:
        nxt = _after_particles(toks, m, by_start, tables) if m.type == "PER" else None
        if nxt is not None and nxt.text[:1].isupper() and " " not in nxt.text and not nxt.title \
                and not _origin(toks, m, nxt, tables):
            return _joined_person(toks, m, nxt), nxt
        return None

    return _join_next(mentions, join)


def _after_particles(toks: DocTokens, m: Mention, by_start: dict[int, Mention], tables: Tables) -> Mention | None:
    """The mention right after a person's name and one to three particles written in lower case
    ("von der", "van", "bin"; never "Der")."""
    span = toks.char_span(m.start, m.end, expand=True)
    if span is None:
        return None
    n = len(toks.words)
    end = span[1]
    k = end
    while k < n and toks.words[k] in tables.particles and k - end < 3:
        k += 1
    return by_start.get(toks.starts[k]) if end < k < n else None


def origin_countries(doc, mentions: list[Mention], tables: Tables) -> None:
    """A person named right before where they are from ("Ilmar Vaskeran" + "de l'" + "Estonie", tagged
    apart) takes that country."""
    toks = doc_tokens(doc)
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if m.type == "PER" and m.country is None and nxt.type == "LOC" and _origin(toks, m, nxt, tables):
            m.country = country_code(nxt.text, tables)


def _origin(toks: DocTokens, m: Mention, nxt: Mention, tables: Tables) -> bool:
    """Is `nxt`, after `de`/`d'` and maybe an article, where the person `m` is from ("Volodymyr Zelenskiy"
    + "de l'" + "Ukraine")?"""
    first, last = toks.char_span(m.start, m.end, expand=True), toks.char_span(nxt.start, nxt.end, expand=True)
    if first is None or last is None:
        return False
    origin = origin_after_name(toks, first[0], last[1], tables)
    return origin is not None and origin[0] == first[1] and origin[1:] == last


def _joined_person(toks: DocTokens, m: Mention, nxt: Mention) -> Mention:
    joined = _joined(toks, m.start, nxt.end, "PER")
    joined.title, joined.gender, joined.role = m.title, m.gender, m.role
    return joined


def _joined(toks: DocTokens, start: int, end: int, kind: str) -> Mention:
    return Mention(text=toks.text[start:end], start=start, end=end, type=kind, canonical="")
