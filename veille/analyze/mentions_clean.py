"""Turn the model's raw entity spans into clean name mentions.

What news text needs fixing in raw NER output:
- determiners and elisions are not part of names (`l'OTAN` -> `OTAN`, `the United States` ->
  `United States`), unless the name owns its article (`La Haye`, `The Hague`, `Le Monde`): a capitalised
  determiner inside a sentence, or a name listed in the language's ARTICLE_NAMES;
- courtesy titles and functions are not names (`M. Riabkov` -> `Riabkov`, title `M.`); a span made
  only of a function (`vice-ministre russe des Affaires étrangères`) is no entity at all;
- possessive endings, scores after a name (`Somerset 83`), brackets and quotes are outside names;
- a comma or a line break inside a person or place span separates two names (`Paris, France`);
- a person's name holds no lower-case word but particles (`de`, `van`, `bin`...) and hyphenated parts
  (`Zia-ul-Haq`): other lower-case words split it (`Yorkshire at Headingley`);
- a lower-case description before a name is not part of it (`pavier de Californie`), unless French
  spells the name with that head (`mer Noire`, `canal de Suez`: NAME_HEADS, PLACE_HEADS, which also
  bring a head the model left out back in); compass points and place adjectives after a place are
  (`Asie du Sud`, `Asie centrale`);
- common upper-case abbreviations (`DVD`, `PIB`) and scientific names of living things are no entities;
- a one-word mention opening a sentence, capitalised only for that reason (`Tradition oblige`), is
  checked with the tagger on a few words of context (capitalised_words, drop_tagged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.analyze.countries import country_code, known_place
from veille.analyze.entity_tables import (
    QUOTES,
    DocTokens,
    Tables,
    at_sentence_start,
    doc_tokens,
    name_token_at,
    normalize_apostrophes,
)
from veille.model import Mention

_NUMERIC = re.compile(r"^[\d.,:/\-–+]+$|^\d+(st|nd|rd|th|e|er|ème)?$")
_SPLITTERS = {",", ";", "\n", "|", "(", ")", "/"}
_ELIDED_OF = {"d'"}  # (norms: straight apostrophes)
_PLACE_PREPOSITIONS = {"de", "d'", "à", "en"}  # "de Genève" tagged ORG: the model read a place complement
_TAGGER_WINDOW = 8  # tokens of context given to the tagger for a sentence-initial word
_ROMAN = re.compile(r"^[IVXL]+$")  # a regnal number: "Nicolas II de Russie"
# Scientific names of living things are not named entities: families ("Sapotaceae", "Lasiocampidae")
# and binomials ("Ficus aurea", "Gorilla beringei").
_TAXON_FAMILY = re.compile(r"^[A-Z][a-z]+(aceae|idae|inae|oidea|ales|phyta|mycetes)$")
_TAXON_EPITHET = re.compile(r"^[a-z][a-z\-]+(us|um|is|ae|ii|i|a|ensis|oides|ata|ana|ica|orum|alis|aria)$")


def clean_span(doc, i: int, j: int, kind: str, tables: Tables) -> list[Mention]:
    """Clean the model's span doc[i:j] of type `kind` into zero or more name mentions."""
    out: list[Mention] = []
    toks = doc_tokens(doc)  # token columns: no spaCy Token is built below
    for a, b in _split(toks, i, j, kind):
        _clean_piece(toks, a, b, kind, tables, out)
    return out


def widen_pronoun_surname(doc, i: int, j: int, label: str, tables: Tables) -> tuple[int, str]:
    """The start and label of a raw span doc[i:j] that a pronoun-like surname opens
    ("spokeswoman He Yongqian": the model gives `Yongqian` alone, or as a nationality). Inside a
    sentence the capital shows a name; at a sentence's start, only when the model read a person."""
    if not tables.pronoun_surnames or i == 0 or j - i > 2:
        return i, label
    toks = doc_tokens(doc)
    k = i - 1
    if toks.words[k] not in tables.pronoun_surnames or toks.spaces[k] or not toks.spaced[k] \
            or not toks.words[i][:1].isupper():
        return i, label
    if at_sentence_start(toks, k) and label not in ("PER", "PERSON"):
        return i, label
    return k, "PERSON"


def _split(toks: DocTokens, i: int, j: int, kind: str) -> list[tuple[int, int]]:
    """Split a span at commas/line breaks (persons, places) and brackets (all)."""
    pieces: list[tuple[int, int]] = []
    start = i
    words, spaced = toks.words, toks.spaced
    for k in range(i, j):
        text = words[k]
        breaks = text in ("(", ")", "\n", "|") or "\n" in text and toks.spaces[k]
        if kind in ("PER", "LOC"):
            breaks = breaks or text in _SPLITTERS or "\n" in text
        if kind == "PER" and (text in ("et", "and", "&") or text in ("-", "–", "—") and spaced[k]
                              and k > i and spaced[k - 1]):
            breaks = True  # "Joe Biden et Jill Biden", "Biden - Harris"; not "Jean-Pierre"
        if breaks:
            if k > start:
                pieces.append((start, k))
            start = k + 1
    if j > start:
        pieces.append((start, j))
    return pieces


def _clean_piece(toks: DocTokens, i: int, j: int, kind: str, tables: Tables, out: list[Mention]) -> None:
    words, lowers, norms, starts = toks.words, toks.lowers, toks.norms, toks.starts
    # Outer punctuation, quotes and spaces.
    while i < j and _outer_mark(toks, i) and words[i] != "-":
        i += 1
    while j > i and _outer_mark(toks, j - 1):
        last = words[j - 1]
        if last == "." and j - 1 > i and lowers[j - 2] in tables.abbreviations:
            break  # "Warner Bros .": the abbreviation keeps its stop
        if kind == "MISC" and last in ("!", "?"):
            break  # titles of works: "Let It Snow!"
        j -= 1
    if j < len(words) and words[j] == "." and not toks.spaced[j - 1] and lowers[j - 1] in tables.abbreviations:
        j += 1  # "Arthur Rankin Jr" + "."
    if i >= j:
        return
    text = toks.span_text(i, j)
    if not (text[:1].isupper() or any(c.isupper() for c in text)):  # (the first letter: most names)
        return  # "state", "run' n gun": names are written with capitals
    if _part_of_function(toks, i, j, tables):
        return
    if kind == "PER":  # "la secrétaire au Trésor Scott Bessent": the portfolio ends the role before the name
        k = i
        while k < j and lowers[k] in tables.portfolio:
            k += 1
        if i < k < j and _part_of_function(toks, i, k, tables):
            i = k
    start_char = starts[i]
    # Possessive ending ("Russia's") and trailing numbers ("Somerset 83").
    while j > i and (lowers[j - 1] in ("'s", "’s", "'", "’") or toks.spaces[j - 1]):
        j -= 1
    # Scores after a name ("Somerset 83", "Kent 108-3"), not numbers naming things ("France 3", "Apollo 11").
    while j > i + 1 and _NUMERIC.match(words[j - 1]) and (kind in ("PER", "LOC") or
                                                            kind == "ORG" and "-" in words[j - 1]):
        j -= 1
    if i >= j:
        return
    # Determiners and elisions.
    gender_from_det: str | None = None
    after_preposition = False
    while i < j:
        word = words[i]
        low = norms[i]
        determiner = low in tables.determiners or low in tables.elisions
        elided = next((e for e in tables.elisions if low.startswith(e) and len(low) > len(e)), None) \
            if not determiner and low.startswith(tables.elisions) else None  # one test first: most words have none
        if not determiner and not (elided and word[len(elided):][:1].isupper()):
            break  # nothing to take off
        if normalize_apostrophes(toks.span_text(i, j)) in tables.article_names:
            break
        if determiner:
            if word[:1].isupper() and i + 1 < j and (kind == "MISC" or not at_sentence_start(toks, i)):
                break  # "à La Haye", "at The Oval", "Le Seigneur des anneaux": the article belongs to the name
            gender_from_det = tables.determiner_gender.get(low, gender_from_det)
            after_preposition = low in _PLACE_PREPOSITIONS
            i += 1
            start_char = starts[i] if i < j else start_char
            continue
        start_char = starts[i] + len(elided)  # "l'OTAN" written as one token
        break
    if i >= j:
        return
    if j - i == 1 and lowers[i] in tables.common_acronyms:
        return  # "un DVD", "le PIB"
    if _is_taxon(toks, i, j, tables):
        return
    # A lower-case description before the name ("pavier de Californie"), unless it heads the name
    # ("océan Indien", "traité de Lisbonne"). Functions are handled below.
    if kind != "PER" and tables.name_heads and words[i][:1].islower() \
            and not _headed_name(toks, i, j, tables) and not tables.is_role_lower(lowers[i]):
        k = i
        while k < j and not words[k][:1].isupper():
            k += 1
        if k < j:
            i = k
            start_char = starts[i]
    # Titles and functions at the front. Outside person spans, only a courtesy title or a lower-case
    # function opens one ("bâtonnier Fourcade"): "General Motors" keeps its "General".
    if kind != "PER" and not _opens_with_title(toks, i, tables):
        if all(tables.is_role_lower(lowers[k]) or norms[k] in tables.role_connectors
               for k in range(i, j)) and any(tables.role_gender(words[k])[0] for k in range(i, j)):
            return  # "Secretary of State": a function, no name
        title_loop = False
    else:
        title_loop = True
    title_start: int | None = None
    title_end = i
    gender: str | None = None
    role_start: int | None = None
    k = i
    while title_loop and k < j:
        low = lowers[k]
        if tables.honorific_at(toks, k) and not _appellation(toks, k, j):
            title_start = k if title_start is None else title_start
            gender = gender or tables.honorifics.get(low)
            k += 2 if low in ("m", "mm") else 1
            title_end = k
            continue
        is_role, role_g = tables.role_gender(words[k])
        if is_role or (low in tables.role_modifiers and k + 1 < j and _role_ahead(toks, k + 1, j, tables)):
            role_start = k if role_start is None else role_start
            title_start = k if title_start is None else title_start
            gender = gender or role_g or gender_from_det
            k += 1
            # A function's complement: "des Affaires étrangères", "of State".
            while k < j and _in_role_complement(toks, k, tables):
                k += 1
            title_end = k
            continue
        if title_start is not None and norms[k] in tables.determiners and k + 1 < j \
                and (tables.role_gender(words[k + 1])[0] or tables.honorific_at(toks, k + 1)):
            k += 1  # "M. le bâtonnier"
            continue
        break
    if title_start is not None and title_end >= j and kind == "PER" and j - i == 1 and role_start is not None \
            and words[i][:1].isupper() and not (i > 0 and lowers[i - 1] in tables.determiners):
        title_start = role_start = None  # "King said": a surname, where "the King said" is a function
    if title_start is not None:
        if title_end >= j:
            return
        i = title_end
        start_char = starts[i]
        while i < j and not name_token_at(toks, i, tables, first=True):
            i += 1
            start_char = starts[i] if i < j else start_char
        if i >= j:
            return
        if known_place(toks.span_text(i, j), tables):
            kind, title_start, role_start = "LOC", None, None  # "ministre ... de l'Iran": the function's complement
        elif kind != "PER" and _looks_like_person(toks, i, j, tables):
            kind = "PER"
    title = toks.span_text(title_start, title_end) if title_start is not None and title_end == i else None
    role = None
    if role_start is not None and title_end == i:
        role = toks.span_text(role_start, title_end)
    if after_preposition and j - i == 1 and kind in ("ORG", "PER") and words[i][:1].isupper() \
            and title_start is None:
        kind = "LOC"  # the model put "de"/"à" in the span: "citoyen de Genève", "venant de Nairn"
    if kind == "PER" and i > 0 and lowers[i - 1] in tables.org_nouns_before and title_start is None:
        kind = "ORG"  # "l'alliance Gavi", "the charity Oxfam"
    if kind == "PER":
        runs = [(a, b) for a, b in _name_runs(toks, i, j, tables)
                if not (b - a <= 2 and len(words[a].rstrip(".")) == 1 and (b - a == 1 or words[a + 1] == "."))]
        for n, (a, b) in enumerate(runs):
            origin = origin_after_name(toks, a, b, tables)
            place = None
            if origin is not None:  # "Volodymyr Zelenskiy de l'Ukraine": the person, then where they are from
                b, at, place_end = origin
                where = toks.span_text(at, place_end)
                place = Mention(text=where, start=starts[at], end=toks.ends[place_end - 1], type="LOC",
                                canonical="", country=country_code(where, tables))
            s = start_char if a == i else starts[a]
            mention = Mention(text=toks.text[s:toks.ends[b - 1]], start=s, end=toks.ends[b - 1], type="PER",
                              canonical="")
            if n == 0 and a == i:
                mention.title, mention.role, mention.gender = title, role, gender
            if place is not None:
                mention.country = place.country
            out.append(mention)
            if place is not None:
                out.append(place)
        return
    end_char = toks.ends[j - 1]
    if not any(c.isalnum() for c in toks.text[start_char:end_char]):
        return
    if end_char - start_char == 2 and toks.text[end_char - 1] == "." and toks.text[end_char:end_char + 1] in ("", "\n"):
        end_char -= 1  # "… sur X." at a paragraph's end: the full stop ends the sentence, not an initial
    if kind == "LOC":
        j = _extend_place(toks, i, j, tables)
        end_char = toks.ends[j - 1]
        head = _place_head_before(toks, i, tables)
        if head is not None:
            i, start_char = head, starts[head]
    if kind == "LOC" and j - i >= 2 and (lowers[i] in tables.org_first or lowers[j - 1] in tables.org_last):
        kind = "ORG"  # "Parti socialiste", "Sri Lanka Freedom Party", "Rosslyn Park FC"
    out.append(Mention(text=toks.text[start_char:end_char], start=start_char, end=end_char, type=kind,
                                canonical="", title=title, role=role, gender=gender))


def _outer_mark(toks: DocTokens, k: int) -> bool:
    """Punctuation, a space or a quote mark: no part of a name at its edges."""
    return toks.marks[k] or toks.words[k] in QUOTES


def _headed_name(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    """Does a lower-case head word (or phrase: "département d'État") belong to the name?"""
    if toks.lowers[i] in tables.name_heads:
        return True
    text = normalize_apostrophes(toks.span_text(i, j)).lower()
    return any(" " in head and text.startswith(head) for head in tables.name_heads)


def _part_of_function(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    """A portfolio completing a function ("secrétaire d'État", "Secretary of State", "Agriculture Secretary",
    "le chef de l'Etat brésilien") or a common noun ("l'agence de presse d'État"): no name of its own."""
    words, lowers, norms = toks.words, toks.lowers, toks.norms
    if not all(lowers[k] in tables.portfolio or norms[k] in tables.role_connectors
               or (k > i and words[k].islower() and lowers[k] in tables.demonyms) for k in range(i, j)):
        return False
    before = i - 1
    while before >= 0 and norms[before] in tables.role_connectors and i - before <= 2:
        before -= 1
    if any(lowers[k] in tables.portfolio_leads for k in range(max(before, 0), i)):
        return True  # "chargée du Commerce", "in charge of Trade"
    if before > 0 and lowers[before] in tables.demonyms:
        before -= 1  # "la ministre britannique des Finances"
    if before >= 0 and tables.role_gender(words[before])[0]:
        return True
    if j - i == 1 and i >= 2 and norms[i - 1] in _ELIDED_OF and words[i - 2].isalpha() and words[i - 2].islower():
        return True  # "l'agence de presse d'État", "la raison d'Etat": a complement, not a place
    return j < len(words) and tables.role_gender(words[j])[0]


def _extend_place(toks: DocTokens, i: int, j: int, tables: Tables) -> int:
    """Take in what belongs to a place's name after it: "Asie" + "du Sud", "Asie" + "centrale"."""
    words, lowers, norms = toks.words, toks.lowers, toks.norms
    n = len(words)
    if j + 1 < n and norms[j] in ("du", "de") and lowers[j + 1] in tables.compass_points \
            and words[j + 1][:1].isupper():
        return j + 2
    if j + 2 < n and norms[j] == "de" and norms[j + 1] == "l'" \
            and lowers[j + 2] in tables.compass_points and words[j + 2][:1].isupper():
        return j + 3
    if j < n and words[j].islower() and (lowers[j] in tables.place_adjectives or (
            j - i == 1 and lowers[i] in tables.empire_words and lowers[j] in tables.demonyms)):
        return j + 1
    return j


def _is_taxon(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    words = toks.words
    while i < j - 1 and toks.norms[i] in tables.determiners:
        i += 1
    if j - i == 1:
        return bool(_TAXON_FAMILY.match(words[i]))
    return j - i <= 3 and words[i].isalpha() and words[i][:1].isupper() and words[i][1:].islower() \
        and all(_TAXON_EPITHET.match(words[k]) for k in range(i + 1, j))


def _place_head_before(toks: DocTokens, i: int, tables: Tables) -> int | None:
    """Index of a place head right before token i ("mer" + "Noire", "canal de" + "Suez"), if any."""
    words = toks.words
    k = i - 1
    links = 0
    while k >= 0 and links < 2 and toks.norms[k] in ("de", "du", "des", "d'", "la", "l'"):
        k -= 1
        links += 1
    if k >= 0 and words[k].islower() and toks.lowers[k] in tables.place_heads:
        return k
    return None


def _appellation(toks: DocTokens, k: int, j: int) -> bool:
    """"Madame de Maintenon", "Monsieur de Pourceaugnac": a spelled-out title with a particle is a name."""
    word = toks.words[k]
    return word[:1].isupper() and len(word) > 4 and k + 2 < j \
        and toks.norms[k + 1] in ("de", "d'", "du", "von", "van", "of")


def _opens_with_title(toks: DocTokens, k: int, tables: Tables) -> bool:
    word = toks.words[k]
    if tables.honorific_at(toks, k):
        return len(word.rstrip(".")) <= 4
    return word[:1].islower() and (tables.role_gender(word)[0] or toks.lowers[k] in tables.role_modifiers)


def _role_ahead(toks: DocTokens, k: int, j: int, tables: Tables) -> bool:
    """Does a role noun follow within the next two tokens ("Deputy Secretary", "ancien ministre")?"""
    for m in range(k, min(k + 2, j)):
        if tables.role_gender(toks.words[m])[0]:
            return True
        if toks.lowers[m] not in tables.role_modifiers:
            return False
    return False


def _in_role_complement(toks: DocTokens, k: int, tables: Tables) -> bool:
    low = toks.norms[k]
    return (low in tables.role_connectors or low in tables.portfolio or low in tables.role_modifiers
            or (toks.words[k].islower() and low in tables.demonyms) or tables.role_gender(low)[0])


def _looks_like_person(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    """After a title, 1-4 capitalised tokens that are not a portfolio or a nationality read as a name."""
    if j - i > 4:
        return False
    return all(name_token_at(toks, k, tables, first=k == i) and toks.lowers[k] not in tables.portfolio
               and toks.lowers[k] not in tables.demonyms for k in range(i, j))


def _glued(toks: DocTokens, k: int, j: int) -> bool:
    """Token k is attached by a hyphen or apostrophe, without spaces, to the tokens around it."""
    words, spaced = toks.words, toks.spaced
    before = k > 0 and words[k - 1][-1:] in ("-", "'", "’") and not spaced[k - 1]
    after = k + 1 < j and words[k + 1] in ("-", "'", "’") and not spaced[k]
    return before or after


def _name_runs(toks: DocTokens, i: int, j: int, tables: Tables) -> list[tuple[int, int]]:
    """Maximal runs of name tokens in a person span; role words and lower-case words cut them."""
    words = toks.words
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k in range(i, j):
        word = words[k]
        ok = name_token_at(toks, k, tables, first=start is None) \
            and (not tables.honorific_at(toks, k) or _appellation(toks, k, j) or start is not None) \
            and not (tables.role_gender(word)[0] and word[:1].isupper() and k + 1 < j)
        if word in ("-", "'", "’", ".") and start is not None and k + 1 < j:
            ok = True
        if not ok and start is not None and _glued(toks, k, j):
            ok = True  # "Zia-ul-Haq", "Kaï-chek", "ul-Qadri": lower-case parts joined by hyphens
        if ok:
            start = k if start is None else start
        else:
            if start is not None:
                runs.append((start, k))
            start = None
    if start is not None:
        runs.append((start, j))
    # A run must hold a capitalised word and end on a name, not a particle.
    cleaned = []
    for a, b in runs:
        while b > a and (toks.lowers[b - 1] in tables.particles or words[b - 1] in ("-", "'", "’")):
            b -= 1
        if b > a and any(words[k][:1].isupper() for k in range(a, b)):
            cleaned.append((a, b))
    return cleaned


def origin_after_name(toks: DocTokens, a: int, b: int, tables: Tables) -> tuple[int, int, int] | None:
    """Where a person's name run toks[a:b] ends on `de`/`d'` and the place the person is from
    ("Volodymyr Zelenskiy de l'Ukraine", "Volodymyr Zelenskiy d'Ukraine"): (end of the name, start and
    end of the place), else None. The place is no part of the name when two capitalised names come
    before it and an article opens it (`de l'Ukraine`, `du Maroc`: any known place), or when it is a
    country. A single name keeps it ("Philippe de Belgique", "l'Empereur du Japon"), and so does a
    particle before a word that is no place ("Charles de Gaulle")."""
    norms = toks.norms
    for k in range(b - 2, a, -1):
        if norms[k] not in tables.origin_links:
            continue
        at = k + 1
        article = tables.origin_links[norms[k]]
        while at < b - 1 and norms[at] in tables.origin_articles:
            at += 1
            article = True
        if at == k + 1 and any(norms[at].startswith(e) and len(norms[at]) > len(e) for e in tables.origin_articles):
            return None  # "l'Ukraine" as one token: left alone
        place = toks.span_text(at, b)
        names = [w for w in toks.words[a:k] if w[:1].isupper() and not _ROMAN.match(w)]
        if len(names) < 2 or not known_place(place, tables):
            return None  # "l'Empereur du Japon": a title more than a name
        if article or (len(names) == k - a and country_code(place, tables)):
            return k, at, b
        return None
    return None


def capitalised_inside(toks: DocTokens, word: str) -> bool:
    """Does the capitalised `word` occur as a token somewhere not at a sentence start?"""
    text = toks.text
    at = text.find(word)
    while at >= 0:
        span = toks.char_span(at, at + len(word))
        if span is not None and span[1] - span[0] == 1 and word[:1].isupper() \
                and not at_sentence_start(toks, span[0]):
            return True
        at = text.find(word, at + 1)
    return False


@dataclass
class CapitalisedWords:
    """One-word mentions that may owe their capital to a sentence start, waiting for the tagger:
    `windows` are the texts to tag (a few words from each such start), in order."""

    candidates: dict[int, list[Mention]]  # by start offset, in `windows` order
    windows: list[str]


def capitalised_words(doc, mentions: list[Mention], keep=None) -> CapitalisedWords:
    """One-word mentions that only the capital of a sentence start may have made look like names,
    and the windows of text the tagger reads to tell (`drop_tagged` drops those it calls common words).

    Persons are left alone: the tagger calls many a rare surname a noun or an adjective.
    ("Sélectionné au match...", "Tradition oblige"). The word is checked with the part-of-speech tagger,
    on those sentences only, unless it is capitalised elsewhere in the text (then it is a name) or
    `keep(mention)` says it is a known name (a country, a capital). Split in two so that many
    articles share one tagger batch (article.py)."""
    toks = doc_tokens(doc)
    candidates: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "PER" or m.text.isupper() or not m.text[:1].isupper():
            continue
        span = toks.char_span(m.start, m.end, expand=True)
        if span is None or span[1] - span[0] != 1:
            continue
        k = span[0]
        if not at_sentence_start(toks, k) or (keep is not None and keep(m)):
            continue
        if capitalised_inside(toks, toks.words[k]):
            continue
        candidates.setdefault(toks.starts[k], []).append(m)
    # The tagger needs only the opening words of the sentence: a short window keeps this cheap.
    windows = []
    for start in sorted(candidates):
        first = toks.char_span(start, start + len(candidates[start][0].text), expand=True)[0]
        last = min(toks.sent_end(first), first + _TAGGER_WINDOW) - 1
        windows.append(toks.text[start:toks.ends[last]])
    return CapitalisedWords({start: candidates[start] for start in sorted(candidates)}, windows)


def drop_tagged(mentions: list[Mention], words: CapitalisedWords, tagged) -> list[Mention]:
    """`mentions` without the capitalised words the tagger (`tagged`: docs of `words.windows`)
    reads as common words."""
    dropped: set[int] = set()
    for checked, parsed in zip(words.candidates.values(), tagged, strict=True):
        if not parsed.has_annotation("POS"):
            continue  # tagger unavailable: keep the mentions
        for m in checked:
            span = parsed.char_span(0, len(m.text))
            if span is not None and span[0].pos_ not in ("PROPN", "X", "NUM", "SYM", "INTJ"):
                dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]
