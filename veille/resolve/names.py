"""Name keys that survive transliteration, accents, particles and word order.

A personal name is folded to ASCII (anyascii: Рябков -> Ryabkov, Sergueï -> Serguei), split into
given names and a surname (particles, honorifics, suffixes and word order handled), and every token
is reduced to a phonetic spelling by the ordered rules of `data/transliteration.tsv`
(Riabkov, Ryabkov, Rjabkow -> riabkov). Two names are then compared part by part with a
normalised Levenshtein similarity (rapidfuzz): surnames may differ by a little, given names must
be equal, equivalent (`data/given_names.tsv`), an initial of each other, or missing on one side.

See docs/entities.md for the rules and their reasons.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

DATA = Path(__file__).with_name("data")

# Verdicts on given names.
SAME = "same"  # equal, or equivalent forms of one name
COMPATIBLE = "compatible"  # an initial, a close spelling, or a subset of middle names
UNKNOWN = "unknown"  # at least one side has no given name
DIFFERENT = "different"

GIVEN_FUZZY_MIN = 0.85  # Alexandre/Aleksandr pass, Marie/Mario do not
SURNAME_FUZZY_MIN = 0.8  # below this two surnames are never one


def _load_rules() -> list[tuple[re.Pattern[str], str]]:
    rules = []
    for line in (DATA / "transliteration.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, replacement, *_ = line.split("\t")
        rules.append((re.compile(pattern), replacement))
    return rules


_RULES = _load_rules()
_PARTS = json.loads((DATA / "name_parts.json").read_text(encoding="utf-8"))
DROPPABLE_PARTICLES = frozenset(_PARTS["particles"])
FILIATION = frozenset(_PARTS["filiation"])
PARTICLES = DROPPABLE_PARTICLES | FILIATION
GLUED_PARTICLES = tuple(_PARTS["glued_particles"])
HONORIFICS = frozenset(_PARTS["honorifics"])
SUFFIXES = frozenset(_PARTS["suffixes"])


def fold(text: str) -> str:
    """ASCII, lowercase, letters and single spaces only: `Sergueï el-Amrani` -> `serguei el amrani`."""
    ascii_text = anyascii(text).lower()
    ascii_text = re.sub(r"['’`ʼ]", "", ascii_text)  # soft signs and elisions join their word
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text))


@lru_cache(maxsize=1 << 16)
def phonetic(token: str) -> str:
    """Phonetic spelling of one folded token (see data/transliteration.tsv): `rjabkow` -> `riabkov`."""
    out = token
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement, out)
    return out


_SKELETON_CLASSES = str.maketrans({"z": "s", "d": "t", "g": "k", "b": "p", "f": "v"})


def skeleton(token: str) -> str:
    """Coarse blocking key of a phonetic token: first letter, then consonant classes without vowels."""
    if not token:
        return ""
    head, rest = token[0], token[1:].translate(_SKELETON_CLASSES)
    rest = re.sub(r"[aeiou]", "", rest)
    return head.translate(_SKELETON_CLASSES) + re.sub(r"(.)\1+", r"\1", rest)


@lru_cache(maxsize=1)
def _given_groups() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    lines = (DATA / "given_names.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        for form in line.split("|"):
            key = "".join(phonetic(t) for t in fold(form).split())
            groups.setdefault(key, set()).add(number)
    return {k: frozenset(v) for k, v in groups.items()}


@dataclass(frozen=True)
class PersonName:
    """A personal name split into parts; every part is folded, `given`/`surname` are phonetic."""

    given: tuple[str, ...]  # phonetic given names (initials kept as one letter)
    given_folded: tuple[str, ...]  # the same, only folded (for initials)
    surname: str  # phonetic surname with its particles glued: "elamrani"
    core: str  # phonetic surname without particles: "amrani"
    particles: tuple[str, ...] = ()
    suffix: str = ""  # generational suffix, folded: "jr", "iii"

    @property
    def has_given(self) -> bool:
        return bool(self.given)

    @property
    def key(self) -> str:
        return " ".join((*self.given, self.surname)).strip()


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")  # English possessive glued by NER: "Trump’s", "Assad's"


def strip_possessive(text: str) -> str:
    """`Donald Trump’s` -> `Donald Trump` (an English genitive is not part of a name)."""
    return _POSSESSIVE.sub("", text.strip())


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Raw tokens with a flag telling whether the token was written in capitals."""
    out = []
    for word in re.split(r"[\s\-‐‑–]+", text.strip()):
        word = word.strip(".,;:()[]\"'«»“”")
        if not word:
            continue
        # glued elision such as "d'Estaing" or "al'..." stays one surname token
        out.append((word, _is_caps(word)))
    return out


@lru_cache(maxsize=1 << 16)
def split_name(name: str) -> PersonName:
    """Parse a personal name written in any usual order.

    `Sergueï Riabkov`, `RIABKOV Sergueï`, `Riabkov, Sergueï`, `M. el-Amrani`, `J. Biden Jr.` are handled:
    honorifics and suffixes are dropped, a surname written in capitals or before a comma goes last,
    particles before the surname are glued to it.
    """
    if "," in name:
        head, _, tail = name.partition(",")
        tail_words = [w for w in fold(tail).split() if w not in SUFFIXES]
        if tail_words:  # "Riabkov, Sergueï" (but not "Biden, Jr.")
            name = f"{tail} {head}"
    raw = _tokens(strip_possessive(name))
    words = [(fold(w), caps) for w, caps in raw]
    words = [(w, caps) for w, caps in words if w]
    # "Jean-Pierre" split into two folded parts of one raw token is fine; multi-word folds are split again
    flat: list[tuple[str, bool]] = []
    for w, caps in words:
        flat.extend((part, caps) for part in w.split())
    while flat and flat[0][0] in HONORIFICS and len(flat) > 1:
        flat.pop(0)
    suffix = ""
    while flat and flat[-1][0] in SUFFIXES and len(flat) > 1:
        suffix = suffix or flat[-1][0]
        flat.pop()
    if not flat:
        return PersonName((), (), "", "")
    caps_flags = [caps and len(w) >= 3 or (caps and w in PARTICLES) for w, caps in flat]
    if any(caps and len(w) >= 3 for w, caps in flat) and not all(caps_flags):
        # "RIABKOV Sergueï", "EL AMRANI Youssef": the words in capitals are the surname
        surname_words = [w for (w, _), caps in zip(flat, caps_flags, strict=True) if caps]
        given_words = [w for (w, _), caps in zip(flat, caps_flags, strict=True) if not caps]
        lead = 0
        while lead < len(surname_words) - 1 and surname_words[lead] in PARTICLES:
            lead += 1
        particles, surname_words = tuple(surname_words[:lead]), surname_words[lead:]
    else:
        tokens = [w for w, _ in flat]
        surname_words = [tokens[-1]]
        i = len(tokens) - 2
        while i >= 1 and tokens[i] in PARTICLES:  # particles before the surname, a given name before them
            i -= 1
        particles = tuple(tokens[i + 1 : -1])
        given_words = tokens[: i + 1] if len(tokens) > 1 else []
        if given_words and all(w in PARTICLES for w in given_words):
            # "El Amrani", "Von der Leyen": leading particles belong to the surname, not a given name
            particles, given_words = (*given_words, *particles), []
    # the core drops articles and prepositions but keeps filiation: "bin Salman" stays "binsalman"
    kept = particles[next((i for i, p in enumerate(particles) if p in FILIATION), len(particles)) :]
    core = "".join(phonetic(w) for w in (*kept, *surname_words))
    surname = "".join(phonetic(w) for w in (*particles, *surname_words))
    if not particles:
        glued = _strip_glued(surname_words[0]) if len(surname_words) == 1 else None
        if glued:
            core = phonetic(glued)
    return PersonName(
        given=tuple(phonetic(w) for w in given_words),
        given_folded=tuple(given_words),
        surname=surname,
        core=core,
        particles=particles,
        suffix=suffix,
    )


def _strip_glued(word: str) -> str | None:
    """`elamrani` -> `amrani`: an Arabic article glued to a surname (remainder of 4+ letters)."""
    for particle in GLUED_PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= 4:
            return word[len(particle) :]
    return None


def name_key(name: str) -> str:
    """One key per person whatever the script, accents and order: `Сергей Рябков` -> `sergei riabkov`."""
    return split_name(name).key


def surname_key(name: str) -> str:
    """Phonetic surname with particles glued: `Youssef el-Amrani` -> `elamrani`."""
    return split_name(name).surname


def similarity(a: str, b: str) -> float:
    """Normalised Levenshtein similarity in [0, 1] of two phonetic strings."""
    if not a or not b:
        return 0.0
    return Levenshtein.normalized_similarity(a, b)


def _gendered_pair(a: str, b: str) -> bool:
    """Slavic/Romance feminine forms are other people: Ivanov/Ivanova, Aleksandr/Aleksandra."""
    return a != b and (a + "a" == b or b + "a" == a or (a[:-1] == b[:-1] and {a[-1:], b[-1:]} == {"i", "a"}))


def surname_similarity(a: PersonName, b: PersonName) -> float:
    """Similarity of two surnames, trying them with and without particles (El Amrani = Amrani = Elamrani)."""
    if not a.surname or not b.surname:
        return 0.0
    if a.surname == b.surname:
        return 1.0
    best = similarity(a.surname, b.surname)
    for x in {a.surname, a.core}:
        for y in {b.surname, b.core}:
            if x == y:
                return 1.0 if len(x) >= 4 else max(best, 0.9)
            if _gendered_pair(x, y):
                return 0.0
            best = max(best, similarity(x, y))
    if best < 1.0 and skeleton(a.core) != skeleton(b.core):
        best -= 0.05  # consonants differ, not only vowels or voicing
    return best


def is_known_given_name(token: str) -> bool:
    """A phonetic token listed in data/given_names.tsv (Mohammed, Sergei...): alone, it may be a given name."""
    return token in _given_groups()


@lru_cache(maxsize=1)
def _table_given_names() -> frozenset[str]:
    """The given names of every language's entity table (`veille/analyze/lang/<lang>/entities.py`), folded."""
    from veille.analyze.lang import table_modules

    names: set[str] = set()
    for table in table_modules("entities"):
        names.update(fold(n) for n in getattr(table, "GIVEN_NAMES", ()))
    return frozenset(names)


def opens_with_given_name(person: PersonName) -> bool:
    """Does the name open with a known given name (the languages' tables or data/given_names.tsv)?"""
    return bool(person.given_folded) and (
        person.given_folded[0] in _table_given_names() or is_known_given_name(person.given[0])
    )


def given_equivalent(a: str, b: str) -> bool:
    """Two phonetic given names are forms of one name (same key, or one group of given_names.tsv)."""
    if a == b:
        return True
    groups = _given_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


def _given_pair(a: str, a_folded: str, b: str, b_folded: str) -> str:
    if given_equivalent(a, b):
        return SAME
    if len(a_folded) == 1 or len(b_folded) == 1:
        return COMPATIBLE if a_folded[0] == b_folded[0] else DIFFERENT
    if _gendered_pair(a, b):
        return DIFFERENT
    if similarity(a, b) >= GIVEN_FUZZY_MIN and a[0] == b[0]:
        return COMPATIBLE
    return DIFFERENT


def _junior(suffix: str) -> bool:
    return suffix not in ("", "sr", "snr", "pere")


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(given_equivalent(s, x) for x in it) for s in short)


def given_verdict(a: PersonName, b: PersonName) -> str:
    """SAME, COMPATIBLE, UNKNOWN or DIFFERENT for the given names of two persons.

    A generational suffix is part of the given identity: Donald Trump Jr. is not Donald Trump.
    """
    if a.suffix != b.suffix and (_junior(a.suffix) or _junior(b.suffix)):
        return DIFFERENT
    if not a.given or not b.given:
        return UNKNOWN
    first = _given_pair(a.given[0], a.given_folded[0], b.given[0], b.given_folded[0])
    if first == DIFFERENT:
        # "Jean-Paul" against "John Paul" and similar multi-word equivalents
        if given_equivalent("".join(a.given), "".join(b.given)):
            return SAME
        # "Tayyip Erdoğan" against "Recep Tayyip Erdoğan": the name in use is a middle name
        short, long = sorted((a.given, b.given), key=len)
        if len(short) < len(long) and all(len(g) > 1 for g in short) and _subsequence(short, long[1:]):
            return COMPATIBLE
        return DIFFERENT
    rest_a = list(zip(a.given[1:], a.given_folded[1:], strict=True))
    rest_b = list(zip(b.given[1:], b.given_folded[1:], strict=True))
    if not rest_a or not rest_b:
        # "Jean-Pierre" against "Jean": the shorter form may drop a middle name
        return first if not (rest_a or rest_b) else COMPATIBLE
    verdicts = [_given_pair(x, xf, y, yf) for (x, xf), (y, yf) in zip(rest_a, rest_b, strict=False)]
    if DIFFERENT in verdicts:
        return DIFFERENT  # Jean-Pierre vs Jean-Marie, George H. W. vs George W. (same position)
    if first == SAME and all(v == SAME for v in verdicts) and len(rest_a) == len(rest_b):
        return SAME
    return COMPATIBLE


@dataclass(frozen=True)
class NameMatch:
    surname: float  # surname similarity in [0, 1]
    given: str  # SAME | COMPATIBLE | UNKNOWN | DIFFERENT

    @property
    def possible(self) -> bool:
        """Could be one person (context may still be needed)."""
        return self.given != DIFFERENT and self.surname >= SURNAME_FUZZY_MIN

    @property
    def certain(self) -> bool:
        """One person without needing context: same given name and the same (or near) surname."""
        return self.given == SAME and self.surname >= 0.85


def compare_names(a: str | PersonName, b: str | PersonName) -> NameMatch:
    """Compare two personal names: `Sergueï Riabkov` ~ `RIABKOV Sergei` is certain, `Wendy`/`Ned Sherman` not."""
    pa = a if isinstance(a, PersonName) else split_name(a)
    pb = b if isinstance(b, PersonName) else split_name(b)
    return NameMatch(surname_similarity(pa, pb), given_verdict(pa, pb))


def blocking_keys(person: PersonName) -> set[str]:
    """Keys under which a person is indexed and looked up: surname, surname without particles, skeleton."""
    if not person.surname:
        return set()
    keys = {f"s:{person.surname}", f"s:{person.core}", f"k:{skeleton(person.core)}"}
    return keys
