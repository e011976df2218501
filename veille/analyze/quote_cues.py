"""Reporting cues in running text: reporting verbs (with auxiliaries and inverted clitics),
`according to`/`selon` phrases, and the word tokens the attribution rules walk over.

Language knowledge comes from `veille/analyze/lang/<lang>/quotes.py`, compiled once per language
into a `Lexicon`.
"""

from __future__ import annotations

import bisect
import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

# words (with inner apostrophes, hyphens and dots: "don't", "a-t-il", "U.S."), elided French
# articles ("l'", "qu'", but not the "didn'" of "didn't") and single punctuation marks
_TOKEN = re.compile(
    r"(?:[A-Za-zÀ-ÖØ-öø-ÿ]{1,6}['’](?=[A-Za-zÀ-ÖØ-öø-ÿ])(?!t\b))|\w+(?:[-.'’]\w+)*|[^\w\s]",
)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()


@dataclass
class Cue:
    start: int
    end: int
    text: str
    lemma: str
    kind: str  # verb | according
    first: int  # token index range of the cue
    last: int  # inclusive
    participle: bool = False  # -ing / -ant form ("saying", "ajoutant")
    clitic: Token | None = None  # inverted subject inside the cue ("a-t-il dit")


@dataclass
class Lexicon:
    lang: str
    table: ModuleType
    forms: dict[str, str]  # inflected form -> lemma
    according: tuple[str, ...]
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    particles: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (lemma, particle)

    def __getattr__(self, name: str):  # table constants: lex.PRONOUNS, lex.TITLES...
        return getattr(self.table, name)


@cache
def lexicon(lang: str) -> Lexicon:
    lang = lang if lang in ("fr", "en") else "en"
    table = importlib.import_module(f"veille.analyze.lang.{lang}.quotes")
    forms: dict[str, str] = {}
    for lemma, inflected in table.REPORTING_VERBS.items():
        for form in inflected:
            forms.setdefault(form.lower(), lemma)
    abbreviations = frozenset(t for t in table.TITLES if t.endswith("."))
    particles = {
        form.lower(): (lemma, particle)
        for lemma, (inflected, particle) in getattr(table, "PARTICLE_VERBS", {}).items()
        for form in inflected
    }
    return Lexicon(lang, table, forms, tuple(table.ACCORDING_TO), abbreviations, particles)


def tokenize(text: str, lex: Lexicon) -> list[Token]:
    tokens: list[Token] = []
    size = len(text)
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        # keep the dot of a title abbreviation ("Mr.", "M.", "Mme.") on the word
        word = m.group()
        if end < size and text[end] == "." and (
            (word + ".").lower() in lex.abbreviations or "." in word or (len(word) == 1 and word.isupper())
            or (word[:1].isupper() and len(word) <= 5 and text[end + 1 : end + 2] in (",", ")"))  # "Pa.,", "Jr.,"
        ):
            end += 1
        if tokens and tokens[-1].end > start:
            continue
        tokens.append(Token(word if end == m.end() else text[start:end], start, end))
    return tokens


def _split_clitic(word: str, lex: Lexicon) -> tuple[str, str | None]:
    """'a-t-il' -> ('a', 'il'); 'ajoute-t-elle' -> ('ajoute', 'elle'); 'dit' -> ('dit', None)."""
    clitics = getattr(lex.table, "INVERTED_CLITICS", None)
    if not clitics or "-" not in word:
        return word, None
    for sep in ("-t-", "-"):
        head, _, tail = word.lower().rpartition(sep)
        if head and tail in clitics:
            return word[: len(head)], tail
    return word, None


def find_cues(tokens: list[Token], text: str, lex: Lexicon, blocked: list[tuple[int, int]]) -> list[Cue]:
    """Reporting cues outside the `blocked` spans (quotes, credit line), in text order."""
    cues: list[Cue] = []
    inside = _span_test(blocked)
    aux = lex.AUXILIARIES
    adverbs = lex.ADVERBS
    phrase_heads = _phrase_index(lex.according)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower
        if low not in lex.forms and low not in lex.particles and "-" not in low \
                and low.replace("’", "'") not in phrase_heads:
            i += 1  # no cue can start here
            continue
        if inside(tok.start):
            i += 1
            continue
        according = _match_phrase(tokens, i, lex.according)
        if according:
            last = i + according - 1
            cues.append(Cue(tok.start, tokens[last].end, text[tok.start : tokens[last].end], "according", "according", i, last))
            i = last + 1
            continue
        word, clitic = _split_clitic(tok.text, lex)
        lemma = lex.forms.get(word.lower())
        last = i
        particle = lex.particles.get(word.lower())
        if particle and i + 1 < len(tokens) and tokens[i + 1].lower == particle[1]:
            lemma, last = particle[0], i + 1  # "shot back", "pointed out"
        if lemma is None:
            i += 1
            continue
        if _proper_noun(tokens, i, text):
            i += 1  # "the United States ambassador": a name, not "states"
            continue
        if i > 0 and tokens[i - 1].lower in lex.NOUN_DETERMINERS and not (
            tokens[i - 1].lower in lex.STANDALONE_QUANTIFIERS and word.lower().endswith(lex.PAST_ENDINGS)
        ):
            i += 1  # "the states", "his remarks": a noun, not a verb ("the three replied" is one)
            continue
        if i > 0 and tokens[i - 1].lower in lex.PREPOSITIONS and word.lower().endswith(lex.PARTICIPLE_ENDINGS):
            i += 1  # "about alleged fraud": an adjective
            continue
        first = i
        clitic_tok = Token(tok.text[-len(clitic) :], tok.end - len(clitic), tok.end) if clitic else None
        # compound tense: auxiliary (maybe inverted: "a-t-il") and adverbs before the participle
        j = i - 1
        while j >= 0 and tokens[j].lower in adverbs and i - j <= 4 and not inside(tokens[j].start):
            j -= 1
        if j >= 0 and not inside(tokens[j].start):
            aux_word, aux_clitic = _split_clitic(tokens[j].text, lex)
            if aux_word.lower() in aux and (lex.lang == "fr" or aux_word.lower() in ("has", "had", "have")):
                first = j
                if aux_clitic:
                    clitic = aux_clitic
                    t = tokens[j]
                    clitic_tok = Token(t.text[-len(aux_clitic) :], t.end - len(aux_clitic), t.end)
        participle = word.lower().endswith(("ing", "ant")) and first == i
        start, end = tokens[first].start, tokens[last].end
        cues.append(Cue(start, end, text[start:end], lemma, "verb", first, last, participle, clitic_tok))
        i = last + 1
    return cues


def _proper_noun(tokens: list[Token], i: int, text: str) -> bool:
    """A capitalised word after another word, outside a title-case line, is part of a name."""
    tok = tokens[i]
    if i == 0 or not tok.text[:1].isupper() or not tokens[i - 1].text[:1].isalnum():
        return False
    start = text.rfind("\n", 0, tok.start) + 1
    end = text.find("\n", tok.end)
    words = re.findall(r"[^\W\d]\w*", text[start : end if end >= 0 else len(text)])
    return sum(w[:1].isupper() for w in words) < 0.6 * len(words)


@cache
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(w.lower().replace("’", "'") for w in _TOKEN.findall(phrase))
        index.setdefault(words[0], []).append(words)
    return index


def _match_phrase(tokens: list[Token], i: int, phrases: tuple[str, ...]) -> int:
    """Length in tokens of the phrase starting at token i, or 0."""
    candidates = _phrase_index(phrases).get(tokens[i].lower.replace("’", "'"))
    if not candidates:
        return 0
    for words in candidates:
        if i + len(words) <= len(tokens) and all(
            tokens[i + k].lower.replace("’", "'") == w for k, w in enumerate(words)
        ):
            return len(words)
    return 0


def _span_test(spans: list[tuple[int, int]]):
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    # the furthest end reached by any span starting at or before each one (spans may nest)
    reach, furthest = [], -1
    for _, e in ordered:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < reach[k]

    return inside
