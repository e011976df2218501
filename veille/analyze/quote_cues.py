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
from functools import cache, lru_cache
from itertools import accumulate
from operator import add, sub
from types import ModuleType

# words (with inner apostrophes, hyphens and dots: "don't", "a-t-il", "U.S."), elided French
# articles ("l'", "qu'", but not the "didn'" of "didn't") and single punctuation marks. The elision's
# letters are possessive (`{1,6}+`): fewer letters could never meet the apostrophe, so the engine
# need not try them at every word (same tokens, faster).
_TOKEN = re.compile(
    r"(?:[A-Za-zÀ-ÖØ-öø-ÿ]{1,6}+['’](?=[A-Za-zÀ-ÖØ-öø-ÿ])(?!t\b))|\w+(?:[-.'’]\w+)*|[^\w\s]",
)
# Every character is a word character, a space or a mark: only white space lies between tokens.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = field(repr=False, compare=False)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Token:
        return cls(text, start, end, text.lower())


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
    # the lower-case words a cue can start with: verb forms, particle verb forms and the first
    # words of the `according to` phrases (straight apostrophes), in one set for `find_cues`
    openers: frozenset[str] = field(default_factory=frozenset)

    def __getattr__(self, name: str):  # table constants: lex.PRONOUNS, lex.TITLES...
        value = self.__dict__[name] = getattr(self.table, name)  # an attribute from now on
        return value


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
    according = tuple(table.ACCORDING_TO)
    openers = frozenset(forms) | frozenset(particles) | frozenset(_phrase_index(according)) \
        | frozenset(table.OPENING_ACCORDING)
    return Lexicon(lang, table, forms, according, abbreviations, particles, openers)


def tokenize(text: str, lex: Lexicon) -> list[Token]:
    pairs = _SPACED_TOKEN.findall(text)
    if not pairs:
        return []
    spaces = [space for space, _ in pairs]
    words = [word for _, word in pairs]
    # Tokens and the white space before them tile the text: offsets are running sums of lengths.
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, spaces), lengths)))
    starts = list(map(sub, ends, lengths))
    glued_dots = []  # a dot that belongs to the word before it ("Mr.", "U.S."), in text order
    k = 0
    while True:
        try:
            k = words.index(".", k + 1)
        except ValueError:
            break
        before = k - 1
        if starts[k] == ends[before] and (not glued_dots or glued_dots[-1] != before) \
                and _keeps_dot(words[before], text, ends[before], lex):
            words[before] += "."
            ends[before] += 1
            glued_dots.append(k)
    for k in reversed(glued_dots):
        del words[k], starts[k], ends[k]
    return list(map(Token, words, starts, ends, map(str.lower, words)))


def _keeps_dot(word: str, text: str, end: int, lex: Lexicon) -> bool:
    """Does the dot right after `word` belong to it: a title abbreviation ("Mr.", "M.", "Mme."), an
    initial, a dotted word ("U.S.")?"""
    return (
        (word + ".").lower() in lex.abbreviations or "." in word or (len(word) == 1 and word.isupper())
        or (word[:1].isupper() and len(word) <= 5 and text[end + 1 : end + 2] in (",", ")"))  # "Pa.,", "Jr.,"
    )


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
    openers, phrase_heads = lex.openers, _phrase_index(lex.according)
    openings = [  # the tokens a cue can start at: a verb form, a particle verb, a phrase head, or a
        # hyphenated word ("a-t-il"); only a word with a curly apostrophe needs straightening to be
        # looked up among the phrase heads
        i for i, low in enumerate([tok.lower for tok in tokens])
        if low in openers or "-" in low or "’" in low and low.replace("’", "'") in phrase_heads
    ]
    resume = 0
    for i in openings:
        if i < resume:
            continue
        tok = tokens[i]
        if inside(tok.start):
            continue
        according = _match_phrase(tokens, i, phrase_heads) or (
            tok.lower in lex.OPENING_ACCORDING and tok.text[:1].isupper() and _opens_sentence(text, tok.start))
        if according:
            last = i + according - 1
            cues.append(Cue(tok.start, tokens[last].end, text[tok.start : tokens[last].end], "according", "according", i, last))
            resume = last + 1
            continue
        if "-" not in tok.lower and tok.lower not in lex.forms and tok.lower not in lex.particles:
            continue  # only the head of an `according to` phrase ("de", "selon"): no verb
        word, clitic = _split_clitic(tok.text, lex)
        lemma = lex.forms.get(word.lower())
        last = i
        particle = lex.particles.get(word.lower())
        if particle and i + 1 < len(tokens) and tokens[i + 1].lower == particle[1]:
            lemma, last = particle[0], i + 1  # "shot back", "pointed out"
        if lemma is None:
            continue
        if _proper_noun(tokens, i, text):
            continue  # "the United States ambassador": a name, not "states"
        if i > 0 and tokens[i - 1].lower in lex.NOUN_DETERMINERS and not (
            tokens[i - 1].lower in lex.STANDALONE_QUANTIFIERS and word.lower().endswith(lex.PAST_ENDINGS)
        ):
            continue  # "the states", "his remarks": a noun, not a verb ("the three replied" is one)
        if i > 0 and tokens[i - 1].text in lex.PREPOSITIONS and (
            word.lower().endswith(lex.PARTICIPLE_ENDINGS) or lex.BARE_FORMS_AFTER_PREPOSITION_ARE_NOUNS
                and not word.lower().endswith(lex.PRESENT_PARTICIPLE)):
            continue  # "about alleged fraud": an adjective; "in protest at": a noun
        if i > 0 and tokens[i - 1].text[:1].isdigit() and word.lower().endswith(lex.PARTICIPLE_ENDINGS):
            continue  # "37 confirmed cases": an adjective
        first = i
        clitic_tok = Token.of(tok.text[-len(clitic) :], tok.end - len(clitic), tok.end) if clitic else None
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
                    clitic_tok = Token.of(t.text[-len(aux_clitic) :], t.end - len(aux_clitic), t.end)
        if first > 0 and tokens[first - 1].lower in lex.REFLEXIVE_CLITICS and not inside(tokens[first - 1].start):
            first -= 1  # "s'est félicitée", "se félicite"
        participle = word.lower().endswith(("ing", "ant")) and first == i
        start, end = tokens[first].start, tokens[last].end
        cues.append(Cue(start, end, text[start:end], lemma, "verb", first, last, participle, clitic_tok))
        resume = last + 1
    return cues


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing but a sentence end, a closing quote or a line break before `pos`."""
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n»”\""


def _proper_noun(tokens: list[Token], i: int, text: str) -> bool:
    """A capitalised word after another word, outside a title-case line, is part of a name."""
    tok = tokens[i]
    if i == 0 or not tok.text[:1].isupper() or not tokens[i - 1].text[:1].isalnum():
        return False
    start = text.rfind("\n", 0, tok.start) + 1
    end = text.find("\n", tok.end)
    return not _title_case(text[start : end if end >= 0 else len(text)])


@lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """Are most words of the line capitalised (a headline)? Asked once per line, not per word."""
    words = _LINE_WORD.findall(line)
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


_LINE_WORD = re.compile(r"[^\W\d]\w*")


@cache
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(w.lower().replace("’", "'") for w in _TOKEN.findall(phrase))
        index.setdefault(words[0], []).append(words)
    return index


def _match_phrase(tokens: list[Token], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Length in tokens of the phrase (of `_phrase_index(phrases)`) starting at token i, or 0."""
    candidates = index.get(tokens[i].lower.replace("’", "'"))
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
