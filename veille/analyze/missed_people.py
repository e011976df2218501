"""Persons the model mistyped or missed: a personal name typed ORG or MISC, and the lone surname or
first name of a person the article names in full (see `named_people`)."""

from __future__ import annotations

from veille.analyze.canonical import overlap_test, standalone
from veille.analyze.countries import known_place
from veille.analyze.entity_tables import DocTokens, Tables, doc_tokens, inside
from veille.analyze.mentions_clean import capitalised_inside
from veille.model import Mention


def named_people(doc, mentions: list[Mention], blocked: list[tuple[int, int]], caps: list[tuple[int, int]],
                 tables: Tables) -> list[Mention]:
    """Persons the model typed as something else or missed when named by their surname alone.

    A name of two to four capitalised words that the model typed ORG or MISC is a person when it opens
    with a known given name (the language's GIVEN_NAMES) and the person shows elsewhere: its last word
    stands alone somewhere else in the text ("Ukraine's Volodymyr Zelenskiy. Zelenskiy urged...") or
    ends a person mention. Words of organisations ("Foundation", "Bank", portfolios, nationalities) and
    a lower-case organisation noun before it ("the charity Oxfam") keep it what it was.

    Then the surname of a person named in full becomes a person mention where it stands alone and the
    model missed it ("Zelenskiy urged"), unless the word is also written in lower case in the text (a
    common word: "Brown", "May"), is a place or is itself a given name. The first name of a full name
    does too where it stands alone before a verb ("Tedros called on donors"; also when the model typed
    it ORG or MISC there), when it opens one person's name only and is no one's surname."""
    toks = doc_tokens(doc)
    words, starts, ends, text = toks.words, toks.starts, toks.ends, toks.text
    covered = overlap_test(sorted((m.start, m.end) for m in mentions))
    alone: dict[str, list[int]] = {}

    def lone(word: str) -> list[int]:
        """Where `word` stands alone, in no mention and no blocked zone or capitals line."""
        if word not in alone:
            found = []
            at = text.find(word)
            while at >= 0:
                span = toks.char_span(at, at + len(word))
                k = span[0] if span is not None and span[1] - span[0] == 1 else None
                if k is not None and not covered(starts[k], ends[k]) \
                        and not (k > 0 and toks.norms[k - 1] in tables.articles) \
                        and standalone(toks, k, k + 1) and not _hyphenated(toks, k) \
                        and not inside(starts[k], ends[k], blocked) and not inside(starts[k], ends[k], caps):
                    found.append(k)
                at = text.find(word, at + 1)
            alone[word] = found
        return alone[word]

    def surname_like(word: str) -> bool:
        return len(word) > 2 and word[:1].isupper() and not word.isupper() \
            and not _written_lower(text, word.lower()) and not _not_personal(word, tables) \
            and not known_place(word, tables)

    spans = {id(m): toks.char_span(m.start, m.end, expand=True) for m in mentions}
    person_lasts = {words[span[1] - 1] for m in mentions if m.type == "PER" and (span := spans[id(m)])}
    for m in mentions:
        span = spans[id(m)]
        if m.type not in ("ORG", "MISC") or span is None or not 2 <= span[1] - span[0] <= 4:
            continue
        i, j = span
        if not _given_name_first(toks, i, j, tables) or known_place(m.text, tables):
            continue
        last = words[j - 1]
        if last in person_lasts or (lone(last) and surname_like(last)):
            m.type = "PER"
    added: list[Mention] = []
    seen: set[int] = set()
    fulls: list[tuple[int, int]] = []  # token spans of the full personal names
    for m in mentions:
        span = spans[id(m)]
        if m.type != "PER" or span is None or span[1] - span[0] < 2 or inside(m.start, m.end, caps) \
                or len(words[span[0]].rstrip(".")) < 2 or any(_not_personal(w, tables) for w in words[span[0]:span[1]]):
            continue  # "L. A. County Sheriff": no full personal name
        fulls.append(span)
        last = words[span[1] - 1]
        if not lone(last) or last.lower() in tables.given_names or not surname_like(last):
            continue
        for k in lone(last):
            if k not in seen:
                seen.add(k)
                added.append(Mention(text=last, start=starts[k], end=ends[k], type="PER", canonical=""))
    # The first name of one full name, alone before a verb, is the name the person goes by ("Tedros
    # Adhanom Ghebreyesus ... Tedros called on donors"): when no other person of the article shares it
    # nor has it for surname, and it is capitalised somewhere no sentence starts.
    surnames = {words[span[1] - 1] for m in mentions
                if m.type == "PER" and (span := spans[id(m)]) and span[1] - span[0] >= 2}
    opened: dict[str, set[str]] = {}
    for i, j in fulls:
        opened.setdefault(words[i], set()).add(words[j - 1])
    mistyped = {m.start: m for m in mentions if m.type in ("ORG", "MISC") and " " not in m.text}
    for first, lasts in opened.items():
        if len(lasts) != 1 or first in surnames or "-" in first or not surname_like(first) \
                or not capitalised_inside(toks, first):
            continue
        for k in lone(first):
            if k not in seen and tables.verb_after_name(toks, k + 1):
                seen.add(k)
                added.append(Mention(text=first, start=starts[k], end=ends[k], type="PER", canonical=""))
        for m in mistyped.values():  # the model read it as an organisation ("Kagiso called" typed ORG)
            span = spans[id(m)]
            if m.text == first and span is not None and tables.verb_after_name(toks, span[1]):
                m.type = "PER"
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _written_lower(text: str, low: str) -> bool:
    """Is the word `low` written in lower case somewhere in `text` (a common word: "brown", "may")?"""
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(low, at + 1)
    return False


def _hyphenated(toks: DocTokens, k: int) -> bool:
    """Token k is joined to a neighbour by a hyphen ("pre-Castro", "Castro-era")."""
    words, spaced = toks.words, toks.spaced
    return (k > 0 and words[k - 1] in ("-", "‑") and not spaced[k - 1]) \
        or (k + 1 < len(words) and words[k + 1] in ("-", "‑") and not spaced[k])


def _given_name_first(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    """toks[i:j] reads as a personal name: a known given name, then capitalised words that no
    organisation, portfolio or nationality uses, after no organisation noun."""
    words, lowers = toks.words, toks.lowers
    first = lowers[i]
    if first not in tables.given_names and first.split("-")[0] not in tables.given_names:
        return False
    if i > 0 and (lowers[i - 1] in tables.org_nouns_before or lowers[i - 1] in tables.name_heads):
        return False
    for k in range(i, j):
        word, low = words[k], lowers[k]
        if not word[:1].isupper() or word.isupper() or low in tables.portfolio or low in tables.demonyms \
                or _not_personal(word, tables):
            return False
    return True


def _not_personal(word: str, tables: Tables) -> bool:
    """A word of names of organisations, places or functions, never of a person's name."""
    low = word.lower()
    return low in tables.non_personal or low in tables.facility_heads or low in tables.org_first \
        or low in tables.org_last or tables.role_gender(word)[0]
