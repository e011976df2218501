"""Speaker references and the name helpers shared by the speaker modules: `SpeakerRef` (an
expression next to a cue), `Subject`, name folding and tokens, per-language title and given-name sets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from veille.analyze.quote_cues import Lexicon, lexicon
from veille.model import Mention

PERSON_TYPES = frozenset({"PER", "PERSON"})
# how many paragraphs (and sentences) back a pronoun or role may look for its antecedent
_LOOKBACK_PARAGRAPHS = 3
_LOOKBACK_SENTENCES = 8
_MARKS = frozenset("«»“”„\"‘’‹›'")


@dataclass
class SpeakerRef:
    start: int
    end: int
    text: str
    kind: str  # mention | pronoun | role | name | nominal | narrator
    mention: Mention | None = None
    gender: str | None = None  # hint: m | f
    number: str = "sg"
    role: str | None = None  # role noun for kind "role", and for a "nominal" one after a possessive ("son homologue")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase without accents, for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in fold(name).replace(".", " ").replace("-", " ").split() if t)


@dataclass
class Subject:
    """A clause subject that may speak: a person (canonical name) or a gendered pronoun."""

    start: int
    end: int
    kind: str  # person | pronoun
    name: str | None
    gender: str | None
    mention: Mention | None


@dataclass
class _Person:
    start: int
    end: int
    canonical: str
    mention: Mention
    sentence: int
    paragraph: int
    sentence_initial: bool


@cache
def _bare_titles(lang: str) -> frozenset[str]:
    return frozenset(t.rstrip(".") for t in lexicon(lang).TITLES)


@cache
def _given_names(lang: str) -> dict[str, frozenset[str]]:
    """Given names with a gender hint, from the article's language table."""
    lex = lexicon(lang)
    return {
        "m": frozenset(fold(n) for n in lex.GIVEN_NAMES_M),
        "f": frozenset(fold(n) for n in lex.GIVEN_NAMES_F),
    }


# A weak hint for given names missing from the tables: in most European languages these endings
# are women's names (Olena, Laetitia, Justine, Gabrielle), save for a few men's names.
FEMININE_ENDINGS = ("a", "ine", "elle", "ette")
MEN_ENDING_IN_A = frozenset(
    "andrea attila costa ezra issa isa joshua juma khalifa kostya luca misha moussa musa mustafa "
    "moustafa nikita ilya ilia sasha yasha".split()
)


def ending_gender(given: str) -> str | None:
    """"f" when an unknown given name has a feminine ending, else None (no hint)."""
    if len(given) > 2 and given.endswith(FEMININE_ENDINGS) and given not in MEN_ENDING_IN_A:
        return "f"
    return None


# Words that make an office another one: "deputy foreign minister", "ancien premier ministre",
# "ministre délégué", "Secretary of State for Health".
_OTHER_OFFICE_BEFORE = frozenset("deputy vice former ex acting assistant junior under shadow ancien ancienne".split())
_OTHER_OFFICE_AFTER = frozenset("adjoint adjointe delegue deleguee for".split())
_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "of"})


@cache
def _role_phrases(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = lexicon(lang).ROLE_SYNONYMS
    return tuple((office, tuple(p.split())) for office, phrases in table.items() for p in phrases)


def offices(text: str, lang: str) -> frozenset[str]:
    """The offices of ROLE_SYNONYMS a phrase names, whatever its wording ("chef de la diplomatie",
    "ministre iranien des Affaires étrangères" and "Iran's top diplomat" all give "foreign minister"),
    and the headship of a named body ("le chef de l'OMS", "le directeur général de l'OMS": "head of oms")."""
    words = [w.strip(".,;:()\"«»“”") for w in fold(text).replace("’", "'").split()]
    found = set()
    for office, phrase in _role_phrases(lang):
        if office not in found and _phrase_at(words, phrase):
            found.add(office)
    found.update("head of " + fold(m.group(1)) for m in _head_of(lang).finditer(text)
                 if fold(m.group(1)) not in _NO_BODY)
    return frozenset(found)


# "Secretary of State", "secrétaire d'Etat": an office, not the head of a body called State
_NO_BODY = frozenset({"state", "etat"})


def headship_at(text: str, start: int, end: int, lang: str) -> frozenset[str]:
    """The headship a description from `start` to `end` names when the body follows it in the text
    ("Le chef" of "Le chef de l'OMS a appelé…")."""
    m = _head_of(lang).search(text, start, end + 60)
    return frozenset({"head of " + fold(m.group(1))}) if m and m.start() < end else frozenset()


@cache
def _head_of(lang: str) -> re.Pattern[str]:
    table = lexicon(lang)
    return re.compile(rf"(?i:\b{table.ORGANISATION_HEADS}\s+{table.ORGANISATION_OF})([A-Z][\w.-]*\w)")


def _phrase_at(words: list[str], phrase: tuple[str, ...]) -> bool:
    """The phrase's words in order, at most one other word between two of them, and no word that
    makes it another office around it; a one-word phrase ("president") takes no complement."""
    for i, w in enumerate(words):
        if w != phrase[0] or (i > 0 and words[i - 1] in _OTHER_OFFICE_BEFORE):
            continue
        k = i
        for part in phrase[1:]:
            if k + 1 < len(words) and words[k + 1] == part:
                k += 1
            elif k + 2 < len(words) and words[k + 2] == part:
                k += 2
            else:
                break
        else:
            after = words[k + 1] if k + 1 < len(words) else ""
            if after not in _OTHER_OFFICE_AFTER and not (len(phrase) == 1 and after in _COMPLEMENTS):
                return True
    return False


def _find_word(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(word, i + 1)
    return out


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _strip_titles(name: str, lex: Lexicon) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in lex.TITLES:
        words = words[1:]
    return " ".join(words)
