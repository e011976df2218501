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
from veille.analyze.entity_tables import DocTokens, Tables, doc_tokens, name_token_at
from veille.model import Mention

_END = {",", ".", ";", ":", ")", "(", "—", "–", '"', "«", "»", "“", "”", "!", "?", "\n"}
_ARTICLES = {"the", "a", "an", "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "his", "her", "its"}


def retype_apposed_people(doc, mentions: list[Mention], tables: Tables) -> None:
    """A name the model called a place or an organisation is a person when a function is set in
    apposition to it: "la directrice régionale du PAM pour l'Afrique de l'Est, Shaza Moghraby",
    "Leur porte-parole, Al-Fateh Qurashi,", "le ministre de la Défense norvégien Tone Skogen",
    "Shaza Moghraby, directrice régionale du PAM". Only names
    of two to four capitalised words that are no known place, acronym, portfolio or nationality."""
    toks = doc_tokens(doc)
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) \
                or known_place(m.text, tables):
            continue
        span = toks.char_span(m.start, m.end, expand=True)
        if span is None:
            continue
        i, j = span
        if not 2 <= sum(toks.words[k] not in ("-", "‑") for k in range(i, j)) <= 5:
            continue
        if not all(_personal_name_word(toks, k, tables) for k in range(i, j)):
            continue
        left = i > 0 and (toks.words[i - 1] == "," or tables.is_role_lower(toks.lowers[i - 1])) \
            and _role_left(toks, i, tables)
        if left or _role_right(toks, j, tables):
            m.type = "PER"


def _personal_name_word(toks: DocTokens, k: int, tables: Tables) -> bool:
    word, low = toks.words[k], toks.lowers[k]
    if word in ("-", "‑"):
        return True
    return name_token_at(toks, k, tables, first=False) and not word.isupper() and low not in tables.portfolio \
        and low not in tables.demonyms and low not in tables.org_first and low not in tables.org_last


def attach_titles_and_roles(doc, mentions: list[Mention], tables: Tables) -> None:
    """Titles and roles of the person mentions (see module doc). A role read before a name stops at
    another person's name and at a coordination: in "le président Vladimir Poutine et Volodymyr
    Zelensky", "président" is Poutine's only."""
    toks = doc_tokens(doc)
    people = [(m, toks.char_span(m.start, m.end, expand=True)) for m in mentions if m.type == "PER"]
    person_ends = {span[1] for _, span in people if span is not None}
    person_starts = {span[0] for _, span in people if span is not None}
    for m, span in people:
        if span is None:
            continue
        if m.title is None:
            found = _title_left(toks, span[0], tables)
            if found:
                m.title, gender = found
                m.gender = m.gender or gender
        if m.role is None:
            listed = _listed(toks, span[1], person_starts, tables)
            found = _role_left(toks, span[0], tables, person_ends, listed) or _role_right(toks, span[1], tables)
            if found:
                m.role, gender = found
                m.gender = m.gender or _role_phrase_gender(m.role, tables) or gender


def _title_left(toks: DocTokens, i: int, tables: Tables) -> tuple[str, str | None] | None:
    words, lowers = toks.words, toks.lowers
    k = i - 1
    start: int | None = None
    gender: str | None = None
    while k >= 0:
        word, low = words[k], lowers[k]
        if word == "." and k > 0 and lowers[k - 1] in ("m", "mm"):
            start, k = k - 1, k - 2
            gender = gender or "m"
            continue
        if tables.honorific_at(toks, k):
            start = k
            gender = gender or tables.honorifics.get(low)
            k -= 1
            continue
        is_role, role_g = tables.role_gender(word)
        if is_role and (start is None or start == k + 1):
            start = k
            gender = gender or role_g
            k -= 1
            continue
        if start is not None and low in tables.role_modifiers and low not in tables.demonyms:
            start = k
            k -= 1
            continue
        if start is not None and toks.norms[k] in tables.determiners and k > 0 and tables.honorific_at(toks, k - 1):
            k -= 1  # "M. le bâtonnier"
            continue
        break
    if start is None:
        return None
    if gender is None and start > 0:
        gender = tables.determiner_gender.get(toks.norms[start - 1])
    return toks.span_text(start, i), gender


def _allowed(toks: DocTokens, k: int, tables: Tables) -> bool:
    low = toks.norms[k]
    if low in tables.role_stops:
        return False
    return tables.is_role_lower(toks.lowers[k]) or low in tables.role_connectors \
        or bool(country_code(toks.words[k], tables))


def _listed(toks: DocTokens, j: int, person_starts: set[int], tables: Tables) -> bool:
    """Does a list of names go on after the name ending at token j ("Cory Booker and Chris Coons",
    "Robert Aderholt, Mo Brooks")?"""
    n = len(toks.words)
    return j < n and (toks.norms[j] in tables.coordinators or toks.words[j] == "," and j + 1 in person_starts)


def _role_left(toks: DocTokens, i: int, tables: Tables, person_ends: frozenset[int] | set[int] = frozenset(),
               listed: bool = False) -> tuple[str, str | None] | None:
    """The function phrase before the name at token i. It never reaches back over a coordination nor
    over another person's name inside it (`person_ends`: the token ends of the article's person
    mentions), unless a function word follows that name ("former Obama adviser Ben Rhodes"): in
    "President Trump and President Putin", Putin's is "President". A name closing an apposition is
    part of it ("le porte-parole de Vladimir Poutine, Dmitri Peskov"), unless the names are `listed`
    ("Senators Jeff Flake, Cory Booker and Chris Coons")."""
    words, lowers, norms = toks.words, toks.lowers, toks.norms
    j = i
    if j > 0 and words[j - 1] == ",":
        j -= 1
    if j > 0 and norms[j - 1] in tables.coordinators:
        return None  # "Poutine et Zelensky": what comes before belongs to the first name
    k = j - 1
    while k >= 0 and j - k <= 12:
        word = words[k]
        if word in _END or toks.spaces[k] or k + 1 in person_ends and (k + 1 < j or listed) \
                and not _role_word(toks, k + 1, tables):
            break  # another person's name, unless it qualifies the function ("former Obama adviser")
        if lowers[k] in ("'s", "’s") and k > 0 and country_code(words[k - 1], tables):
            k -= 2  # "Kenya's President William Ruto": the state is part of the role
            continue
        if word in ("-", "‑") and k > 0 and not toks.spaced[k - 1] and not toks.spaced[k]:
            k -= 1  # "UN Secretary-General Antonio Guterres"
            continue
        if not (_allowed(toks, k, tables) or (word[:1].isupper() and not toks.sent_starts[k])):
            head = _complemented_role(toks, k, tables)
            if head is None:
                break
            k = head
            continue
        if norms[k] in _ARTICLES and k + 1 < j and tables.is_role_lower(lowers[k + 1]) \
                and lowers[k + 1] not in tables.portfolio:
            break  # "à Genève la secrétaire d'État": the article opens the function phrase
        k -= 1
    a = k + 1
    return _trim_role(toks, a, j, tables)


def _role_word(toks: DocTokens, k: int, tables: Tables) -> bool:
    return k < len(toks.words) and (tables.role_gender(toks.words[k])[0] or tables.is_role_lower(toks.lowers[k]))


def _complemented_role(toks: DocTokens, k: int, tables: Tables) -> int | None:
    """When token k ends the complement of a function ("la directrice de la société", "le porte-parole
    du syndicat", "the chief executive of the company"), the index of the function's last word: a
    preposition among the role connectors, then at most two words (a common noun, its adjective, a
    name) and their articles after it."""
    words = 0
    m = k
    while m > 0 and k - m <= 4:
        low = toks.norms[m]
        if low in _ARTICLES:
            m -= 1
            continue
        if low in tables.role_connectors:
            return m - 1 if m < k and words and tables.is_role_lower(toks.lowers[m - 1]) else None
        if low in tables.role_stops or not toks.words[m].isalpha() or words == 2:  # spaCy's `is_alpha`
            return None
        words += 1
        m -= 1
    return None


def _role_right(toks: DocTokens, j: int, tables: Tables) -> tuple[str, str | None] | None:
    words, norms = toks.words, toks.norms
    n = len(words)
    if j >= n or words[j] != ",":
        return None
    k = j + 1
    while k < n and norms[k] in _ARTICLES:
        k += 1
    a = k
    seen_role = False
    while k < n and k - a < 14:
        word = words[k]
        if word in _END or toks.spaces[k] or norms[k] in tables.role_stops:
            break
        is_role = tables.role_gender(word)[0]
        if not seen_role:
            if k - a >= 4:
                return None
            if not (is_role or _allowed(toks, k, tables) or word.islower()):
                return None
        seen_role = seen_role or is_role
        k += 1
    if not seen_role:
        return None
    return _trim_role(toks, a, k, tables)


def _trim_role(toks: DocTokens, a: int, b: int, tables: Tables) -> tuple[str, str | None] | None:
    """The role phrase toks[a:b] without outer connectors, and the gender its determiner shows."""
    norms = toks.norms
    gender = tables.determiner_gender.get(norms[a - 1]) if a > 0 else None
    while a < b and (norms[a] in tables.role_connectors or norms[a] in _ARTICLES):
        gender = tables.determiner_gender.get(norms[a], gender)
        a += 1
    while b > a and (norms[b - 1] in tables.role_connectors or toks.lowers[b - 1] in ("'s", "’s")):
        b -= 1
    if not any(tables.role_gender(toks.words[k])[0] for k in range(a, b)):
        return None
    head = next(k for k in range(a, b) if tables.role_gender(toks.words[k])[0] or norms[k] in tables.kinship)
    if any(norms[k] in tables.role_connectors for k in range(a, head)):
        a = head  # "(l'arrivée à) Séoul du secrétaire d'Etat": what comes before belongs to another noun
    return toks.span_text(a, b), gender


def _role_phrase_gender(role: str, tables: Tables) -> str | None:
    """The gender the head of a role phrase shows: a kinship noun's ("soeur du dirigeant"), else that of
    a role word before any complement ("porte-parole de la présidence"), not the complement's."""
    for word in role.split():
        low = word.lower()
        if low in tables.kinship:
            return tables.kinship[low]
        if low in tables.role_connectors:
            return None
        is_role, gender = tables.role_gender(word)
        if is_role and gender:
            return gender
    return None
