"""Link acronyms and their expansions within an article.

`Organisation pour la sécurité et la coopération en Europe (OSCE)`, `North Atlantic Treaty Organization
(NATO)` and the reverse `OSCE (Organisation pour ...)` give both forms the acronym as canonical name, and
every other mention of either form in the article follows. The acronym is the canonical form because it
is what later paragraphs and other reports repeat. The letters of the acronym must be the initials of
the expansion, in order (`OSCE`, `FOMC`), or the initials of its capitalised words in any order
(`BNR` for `National Bank of Romania`, `OTAN` for `North Atlantic Treaty Organization`).
"""

from __future__ import annotations

import re
import unicodedata

from veille.analyze.countries import known_place
from veille.analyze.entity_tables import doc_text
from veille.model import Mention

_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9&.\-]{1,9}$")


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def initials_match(acronym: str, expansion: str) -> bool:
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s\-’']+", expansion) if w and w[0].isalnum()]
    if not letters or len(words) < 2:
        return False
    initials = [_bare(w[0]).upper() for w in words]  # "énergie", "États": the acronym says E
    capitals = [_bare(w[0]) for w in words if w[0].isupper()]
    if initials[0] == letters[0] and _subsequence(letters, initials):
        return True
    return sorted(letters) == sorted(capitals)


def _bare(letter: str) -> str:
    """The letter without its accent."""
    return unicodedata.normalize("NFD", letter)[0]


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(c == h for h in it) for c in needle)


def link_acronyms(doc, mentions: list[Mention]) -> list[Mention]:
    """Give linked acronyms and expansions the same canonical; add the forms the model missed.

    An expansion before `(ACR)` is the shortest run of words, opening on a capital within the sentence,
    whose initials fit the acronym: it may join spans the model cut (`Organisation ... en` + `Europe`)."""
    text = doc_text(doc)
    links: dict[str, tuple[str, str]] = {}  # form -> (acronym, type)
    added: list[Mention] = []
    removed: set[int] = set()
    for paren in re.finditer(r"\(\s*([^()\s]{2,10})\s*\)", text):
        acr = paren.group(1)
        if not is_acronym(acr):
            continue
        span = doc.char_span(paren.start(), paren.end(), alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        expansion = _expansion_before(doc, span.start, acr)
        if expansion is None:
            continue
        start, end = expansion
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.type == "PER" for m in inside) or (inside and not any(m.start == start for m in inside)
                                                      and not any(m.end == end for m in inside)):
            continue
        kind = next((t for t in ("ORG", "MISC") if any(m.type == t for m in inside)), "ORG")
        long_text = text[start:end]
        links[long_text] = links[acr] = (acr, kind)
        if not any(m.start == start and m.end == end for m in inside):
            removed.update(id(m) for m in inside)
            added.append(Mention(text=long_text, start=start, end=end, type=kind, canonical=acr))
        a_start = paren.start(1)
        if not any(m.start == a_start for m in mentions):
            added.append(Mention(text=acr, start=a_start, end=a_start + len(acr), type=kind, canonical=acr))
    short_names = _short_names(text, mentions, links)
    for m in mentions:
        # "ACR (Long Name)"
        if m.type == "PER" or not is_acronym(m.text):
            continue
        inner = re.match(r"\s*\(([^()]{4,120})\)", text[m.end:m.end + 124])
        if inner and initials_match(m.text, inner.group(1)):
            long_text = inner.group(1).strip()
            long_start = m.end + inner.start(1) + len(inner.group(1)) - len(inner.group(1).lstrip())
            links[m.text] = links[long_text] = (m.text, m.type)
            if not any(x.start == long_start for x in mentions):
                removed.update(id(x) for x in mentions if x.start < long_start + len(long_text) and long_start < x.end)
                added.append(Mention(text=long_text, start=long_start, end=long_start + len(long_text),
                                     type=m.type, canonical=m.text))
    if not links:
        return mentions
    result = [m for m in mentions if id(m) not in removed] + added
    for m in result:
        if m.text in links:
            acr, kind = links[m.text]
            m.canonical = acr
            if m.type != "PER" or m.text in short_names:
                m.type = kind
    return sorted(result, key=lambda m: m.start)


def _short_names(text: str, mentions: list[Mention], links: dict[str, tuple[str, str]]) -> set[str]:
    """An organisation's short name in parentheses right after it, whose letters need not match
    (a name from another language): "Institut national de défense civile (Indeci)", and an acronym
    of the name in its own language after a translated name of three words or more: "Fédération de
    l'industrie allemande (BDI)", "Federal Security Service (FSB)". The short name is the canonical
    form, as for an acronym, and every mention of it is an organisation whatever the model said.
    Returns the short names."""
    by_end = {m.end: m for m in mentions if m.type == "ORG"}
    found = set()
    for paren in re.finditer(r"\(([A-ZÀ-Ý][\w-]{1,15})\)", text):
        org = by_end.get(len(text[: paren.start()].rstrip()))
        short = paren.group(1)
        if org is None or short in links or known_place(short):
            continue
        too_short = len(_WORD.findall(org.text)) < 3 if is_acronym(short) else len(short) < 3
        if too_short:  # an acronym needs a long name before it; a short name, three letters
            continue
        links[org.text] = links[short] = (short, "ORG")
        found.add(short)
    return found


def _expansion_before(doc, paren: int, acr: str) -> tuple[int, int] | None:
    """Character span of the words before doc[paren] ("(") that `acr` abbreviates, if any."""
    end_tok = paren
    while end_tok > 0 and doc[end_tok - 1].is_space:
        end_tok -= 1
    if end_tok == 0 or not doc[end_tok - 1].text[:1].isalnum():
        return None
    letters = sum(c.isalpha() for c in acr)
    lowest = max(0, end_tok - max(12, 3 * letters))
    sent_start = doc[end_tok - 1].sent.start
    end = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
    for k in range(end_tok - 1, max(lowest, sent_start) - 1, -1):
        tok = doc[k]
        if tok.text in (",", ";", ":", ".", "(", ")") or "\n" in tok.text:
            break
        if tok.text[:1].isupper() and end_tok - k >= 2 and initials_match(acr, doc_text(doc)[tok.idx:end]):
            return tok.idx, end
    return None
