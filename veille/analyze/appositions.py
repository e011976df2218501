"""Titles and roles read around a person's name, with word tables only (no parser).

- Title: courtesy titles and function nouns right before the name (`M.`, `Mrs`, `président`,
  `M. le bâtonnier`); a weak gender hint comes from the title, the function's form (`présidente`) or
  its determiner (`la ministre`).
- Role: a function phrase in apposition, before the name (`le vice-ministre russe des Affaires
  étrangères, Sergueï Riabkov`, `Deputy Secretary of State Wendy Sherman`) or after it (`Sergueï
  Riabkov, vice-ministre russe ...,`, `Wendy Sherman, the deputy secretary of state,`). A phrase counts
  when it holds a role noun of the language table; it ends at punctuation or at a verb-like stop word.
"""

from __future__ import annotations

from veille.analyze.countries import country_code, known_place
from veille.analyze.entity_tables import Tables, is_name_token, normalize_apostrophes
from veille.model import Mention

_END = {",", ".", ";", ":", ")", "(", "—", "–", '"', "«", "»", "“", "”", "!", "?", "\n"}
_ARTICLES = {"the", "a", "an", "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "his", "her", "its"}


def retype_apposed_people(doc, mentions: list[Mention], tables: Tables) -> None:
    """A name the model called a place or an organisation is a person when a function is set in
    apposition to it: "la directrice régionale du PAM pour l'Afrique de l'Est, Shaza Moghraby",
    "Leur porte-parole, Al-Fateh Qurashi,", "le ministre de la Défense norvégien Tone Skogen",
    "Shaza Moghraby, directrice régionale du PAM". Only names
    of two to four capitalised words that are no known place, acronym, portfolio or nationality."""
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) \
                or known_place(m.text, tables):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not 2 <= len([t for t in span if t.text not in ("-", "‑")]) <= 5:
            continue
        if not all(_personal_name_word(t, tables) for t in span):
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        left = before is not None and (before.text == "," or tables.is_role_word(before)) \
            and _role_left(doc, span.start, tables)
        if left or _role_right(doc, span.end, tables):
            m.type = "PER"


def _personal_name_word(tok, tables: Tables) -> bool:
    low = tok.lower_
    if tok.text in ("-", "‑"):
        return True
    return is_name_token(tok, tables, first=False) and not tok.text.isupper() and low not in tables.portfolio \
        and low not in tables.demonyms and low not in tables.org_first and low not in tables.org_last


def attach_titles_and_roles(doc, mentions: list[Mention], tables: Tables) -> None:
    for m in mentions:
        if m.type != "PER":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if m.title is None:
            found = _title_left(doc, span.start, tables)
            if found:
                m.title, gender = found
                m.gender = m.gender or gender
        if m.role is None:
            found = _role_left(doc, span.start, tables) or _role_right(doc, span.end, tables)
            if found:
                m.role, gender = found
                m.gender = m.gender or _role_phrase_gender(m.role, tables) or gender


def _title_left(doc, i: int, tables: Tables) -> tuple[str, str | None] | None:
    k = i - 1
    start: int | None = None
    gender: str | None = None
    while k >= 0:
        tok = doc[k]
        if tok.text == "." and k > 0 and doc[k - 1].lower_ in ("m", "mm"):
            start, k = k - 1, k - 2
            gender = gender or "m"
            continue
        if tables.is_honorific(tok):
            start = k
            gender = gender or tables.honorifics.get(tok.lower_)
            k -= 1
            continue
        is_role, role_g = tables.role_gender(tok.text)
        if is_role and (start is None or start == k + 1):
            start = k
            gender = gender or role_g
            k -= 1
            continue
        if start is not None and tok.lower_ in tables.role_modifiers and tok.lower_ not in tables.demonyms:
            start = k
            k -= 1
            continue
        low = normalize_apostrophes(tok.text)
        if start is not None and low in tables.determiners and k > 0 and tables.is_honorific(doc[k - 1]):
            k -= 1  # "M. le bâtonnier"
            continue
        break
    if start is None:
        return None
    if gender is None and start > 0:
        gender = tables.determiner_gender.get(normalize_apostrophes(doc[start - 1].text))
    return doc[start:i].text, gender


def _allowed(tok, tables: Tables) -> bool:
    low = normalize_apostrophes(tok.text)
    if low in tables.role_stops:
        return False
    return tables.is_role_word(tok) or low in tables.role_connectors or bool(country_code(tok.text, tables))


def _role_left(doc, i: int, tables: Tables) -> tuple[str, str | None] | None:
    j = i
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    k = j - 1
    while k >= 0 and j - k <= 12:
        tok = doc[k]
        if tok.text in _END or tok.is_space:
            break
        if tok.lower_ in ("'s", "’s") and k > 0 and country_code(doc[k - 1].text, tables):
            k -= 2  # "Kenya's President William Ruto": the state is part of the role
            continue
        if tok.text in ("-", "‑") and k > 0 and not doc[k - 1].whitespace_ and not tok.whitespace_:
            k -= 1  # "UN Secretary-General Antonio Guterres"
            continue
        if not (_allowed(tok, tables) or (tok.text[:1].isupper() and not tok.is_sent_start)):
            head = _complemented_role(doc, k, tables)
            if head is None:
                break
            k = head
            continue
        if normalize_apostrophes(tok.text) in _ARTICLES and k + 1 < j and tables.is_role_word(doc[k + 1]) \
                and doc[k + 1].lower_ not in tables.portfolio:
            break  # "à Genève la secrétaire d'État": the article opens the function phrase
        k -= 1
    a = k + 1
    return _trim_role(doc, a, j, tables)


def _complemented_role(doc, k: int, tables: Tables) -> int | None:
    """When doc[k] ends the complement of a function ("la directrice de la société", "le porte-parole
    du syndicat", "the chief executive of the company"), the index of the function's last word: a
    preposition among the role connectors, then at most two words (a common noun, its adjective, a
    name) and their articles after it."""
    words = 0
    m = k
    while m > 0 and k - m <= 4:
        tok = doc[m]
        low = normalize_apostrophes(tok.text)
        if low in _ARTICLES:
            m -= 1
            continue
        if low in tables.role_connectors:
            return m - 1 if m < k and words and tables.is_role_word(doc[m - 1]) else None
        if low in tables.role_stops or not tok.is_alpha or words == 2:
            return None
        words += 1
        m -= 1
    return None


def _role_right(doc, j: int, tables: Tables) -> tuple[str, str | None] | None:
    if j >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    while k < len(doc) and normalize_apostrophes(doc[k].text) in _ARTICLES:
        k += 1
    a = k
    seen_role = False
    while k < len(doc) and k - a < 14:
        tok = doc[k]
        if tok.text in _END or tok.is_space or normalize_apostrophes(tok.text) in tables.role_stops:
            break
        is_role = tables.role_gender(tok.text)[0]
        if not seen_role:
            if k - a >= 4:
                return None
            if not (is_role or _allowed(tok, tables) or tok.text.islower()):
                return None
        seen_role = seen_role or is_role
        k += 1
    if not seen_role:
        return None
    return _trim_role(doc, a, k, tables)


def _trim_role(doc, a: int, b: int, tables: Tables) -> tuple[str, str | None] | None:
    """The role phrase doc[a:b] without outer connectors, and the gender its determiner shows."""
    gender = tables.determiner_gender.get(normalize_apostrophes(doc[a - 1].text)) if a > 0 else None
    while a < b and (normalize_apostrophes(doc[a].text) in tables.role_connectors
                     or normalize_apostrophes(doc[a].text) in _ARTICLES):
        gender = tables.determiner_gender.get(normalize_apostrophes(doc[a].text), gender)
        a += 1
    while b > a and (normalize_apostrophes(doc[b - 1].text) in tables.role_connectors
                     or doc[b - 1].lower_ in ("'s", "’s")):
        b -= 1
    if b <= a or not any(tables.role_gender(doc[k].text)[0] for k in range(a, b)):
        return None
    return doc[a:b].text, gender


def _role_phrase_gender(role: str, tables: Tables) -> str | None:
    for word in role.split():
        is_role, gender = tables.role_gender(word)
        if is_role and gender:
            return gender
    return None
