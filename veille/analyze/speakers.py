"""Who is speaking: turn a speaker expression (a name, a pronoun, a title or role, a description)
into the canonical name of a person named in the article.

- Names resolve to their mention's canonical form; a bare surname ("Riabkov", "Mme Riabkov") joins
  the fuller name it ends ("Sergueï Riabkov"), whatever the title's gender says.
- Pronouns (il/elle/he/she) and definite roles (`le vice-ministre`, `the diplomat`) go to the nearest
  compatible person named before them, outside quotes: recency first, the previous speaker and a
  sentence-initial subject get a bonus, and gender (from titles, role words, pronoun) is a weak hint
  that only breaks ties and demotes clear mismatches.
- Credit-line people are never candidates.
- Descriptions that name nobody ("officials", "a spokesman for the ministry") keep their own text.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from veille.analyze.quote_cues import Lexicon, Token
from veille.model import Mention

PERSON_TYPES = frozenset({"PER", "PERSON"})
# how many paragraphs back a pronoun or role may look for its antecedent
_LOOKBACK_PARAGRAPHS = 3


@dataclass
class SpeakerRef:
    start: int
    end: int
    text: str
    kind: str  # mention | pronoun | role | name | nominal
    mention: Mention | None = None
    gender: str | None = None  # hint: m | f
    number: str = "sg"
    role: str | None = None  # role noun for kind "role"


def fold(s: str) -> str:
    """Lowercase without accents, for name comparisons."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace(".", " ").replace("-", " ").split() if t]


@dataclass
class _Person:
    start: int
    end: int
    canonical: str
    mention: Mention
    sentence: int
    paragraph: int
    sentence_initial: bool


class People:
    """The persons (and organisations) of one article, indexed for speaker resolution."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        tokens: list[Token],
        lex: Lexicon,
        sentence_starts: list[int],
        paragraph_starts: list[int],
        quote_spans: list[tuple[int, int]],
        credit_names: list[str],
        credit_span: tuple[int, int] | None,
    ) -> None:
        self.text = text
        self.lex = lex
        self.tokens = tokens
        self.token_starts = [t.start for t in tokens]
        self.sentence_starts = sentence_starts
        self.paragraph_starts = paragraph_starts
        self.quote_spans = sorted(quote_spans)
        credit_keys = {tuple(name_tokens(n)) for n in credit_names if n.strip()}
        credit_surnames = {k[-1] for k in credit_keys if k}

        def is_credit(m: Mention) -> bool:
            if credit_span and credit_span[0] <= m.start < credit_span[1]:
                return True
            key = tuple(name_tokens(m.text))
            return key in credit_keys or (len(key) == 1 and key[0] in credit_surnames)

        self.mentions = sorted((m for m in mentions if not is_credit(m)), key=lambda m: m.start)
        self.credit_mentions = [m for m in mentions if is_credit(m)]
        self.canonical = self._unify_names()
        self.persons = [
            _Person(
                m.start, m.end, self.canonical_of(m), m, self.sentence_of(m.start), self.paragraph_of(m.start),
                self._sentence_initial(m.start),
            )
            for m in self.mentions
            if m.type in PERSON_TYPES and not self.in_quote(m.start)
        ]
        self._gender_cache: dict[str, str | None] = {}
        self._role_cache: dict[str, set[str]] | None = None

    # ---- positions ----
    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_spans, (pos, 1 << 60)) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def _sentence_initial(self, pos: int) -> bool:
        s = self.sentence_of(pos)
        start = self.sentence_starts[s] if s >= 0 else 0
        head = self.text[start:pos].strip(" \n\"“«„'")
        words = [w for w in head.split() if w.lower().rstrip(".") not in {t.rstrip(".") for t in self.lex.TITLES}]
        return len(words) <= 1

    # ---- names ----
    def _unify_names(self) -> dict[str, str]:
        """Map each person canonical to the fullest name in the article that ends with it."""
        titles = {fold(t).rstrip(".") for t in self.lex.TITLES}
        full: dict[str, str] = {}
        names = []
        for m in self.mentions:
            if m.type in PERSON_TYPES:
                toks = [t for t in name_tokens(m.canonical) if t not in titles]
                names.append((m.canonical, toks))
        for canonical, toks in names:
            if not toks:
                continue
            best = canonical
            best_len = len(toks)
            for other, otoks in names:
                if len(otoks) > best_len and otoks[-len(toks) :] == toks:
                    best, best_len = other, len(otoks)
            full[canonical] = best if best_len > len(toks) else self._strip_title(canonical, titles)
        return full

    @staticmethod
    def _strip_title(name: str, titles: set[str]) -> str:
        words = name.split()
        while len(words) > 1 and fold(words[0]).rstrip(".") in titles:
            words = words[1:]
        return " ".join(words)

    def canonical_of(self, m: Mention) -> str:
        full = self.canonical.get(m.canonical, m.canonical)
        if full == m.canonical or len(self._fulls_for(m.canonical)) < 2:
            return full
        # several people share the surname ("Bill Clinton", "Hillary Clinton"): the latest named before
        best = None
        for other in self.mentions:
            if other.start >= m.start:
                break
            if other.type in PERSON_TYPES and other.canonical in self._fulls_for(m.canonical):
                best = other.canonical
        return best or full

    def _fulls_for(self, canonical: str) -> set[str]:
        cache = self.__dict__.setdefault("_fulls_cache", {})
        if canonical not in cache:
            cache[canonical] = self._compute_fulls(canonical)
        return cache[canonical]

    def _compute_fulls(self, canonical: str) -> set[str]:
        toks = name_tokens(canonical)
        return {
            o.canonical for o in self.mentions
            if o.type in PERSON_TYPES and len(name_tokens(o.canonical)) > len(toks) and name_tokens(o.canonical)[-len(toks):] == toks
        } if toks else set()

    def match_name(self, name: str, before: int | None = None) -> str | None:
        """Canonical person whose name ends with (or equals) `name`, nearest before `before`."""
        titles = {fold(t).rstrip(".") for t in self.lex.TITLES}
        toks = [t for t in name_tokens(name) if t not in titles]
        if not toks:
            return None
        found = None
        for p in self.persons:
            ptoks = name_tokens(p.canonical)
            if ptoks[-len(toks) :] == toks or (len(toks) == 1 and toks[0] in ptoks):
                found = p.canonical
                if before is not None and p.start > before and found:
                    break
        return found

    # ---- attributes of persons ----
    def gender_of(self, name: str) -> str | None:
        if name in self._gender_cache:
            return self._gender_cache[name]
        votes = {"m": 0, "f": 0}
        given = fold(name.split()[0]) if len(name.split()) > 1 else ""
        if given in _GIVEN_NAMES["m"]:
            votes["m"] += 3
        elif given in _GIVEN_NAMES["f"]:
            votes["f"] += 3
        positions = [p.start for p in self.persons if p.canonical == name]
        for p in self.persons:
            if p.canonical == name:
                g = p.mention.gender or self._gender_before(p.start)
                if g in votes:
                    votes[g] += 2
        if not positions:
            head = name.split()[-1] if name.split() else ""
            if head[:1].isupper():
                positions = [i for i in _find_word(self.text, head) if not self.in_quote(i)]
        pronoun_gender = self.lex.PRONOUN_GENDER
        person_starts = [p.start for p in self.persons]
        for pos in positions:
            s = self.sentence_of(pos)
            end = self.sentence_starts[s + 2] if s + 2 < len(self.sentence_starts) else len(self.text)
            if not self._sentence_initial(pos):
                continue
            k = bisect.bisect_right(person_starts, pos)
            if k < len(person_starts) and person_starts[k] < end and self.persons[k].canonical != name:
                end = person_starts[k]
            i = bisect.bisect_right(self.token_starts, pos)
            while i < len(self.tokens) and self.tokens[i].start < end:
                g = pronoun_gender.get(self.tokens[i].lower)
                if g and not self.in_quote(self.tokens[i].start):
                    votes[g] += 1
                i += 1
        g = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None
        self._gender_cache[name] = g
        return g

    def _gender_before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.token_starts, pos)
        for j in range(i - 1, max(i - 4, -1), -1):
            w = self.tokens[j].lower
            if w in self.lex.TITLES and self.lex.TITLES[w]:
                return self.lex.TITLES[w]
            if w in self.lex.ROLE_NOUNS and self.lex.ROLE_NOUNS[w]:
                return self.lex.ROLE_NOUNS[w]
            definite = self.lex.DEFINITE
            if isinstance(definite, dict) and w in definite and definite[w] and j < i - 1:
                return definite[w]
            if not w[:1].isalpha():
                break
        return None

    @property
    def roles(self) -> dict[str, set[str]]:
        if self._role_cache is None:
            self._role_cache = self._roles()
        return self._role_cache

    def _roles(self) -> dict[str, set[str]]:
        roles: dict[str, set[str]] = {}
        for p in self.persons:
            found = roles.setdefault(p.canonical, set())
            for attr in (p.mention.role, p.mention.title):
                if attr:
                    found.update(t for t in fold(attr).split() if t)
            # role words next to the name, in the same sentence: "le vice-ministre X", "X, the diplomat,"
            lo = max(self.sentence_starts[p.sentence] if p.sentence >= 0 else 0, p.start - 80)
            hi = min(len(self.text), p.end + 80)
            window = self.text[lo:p.start] + " " + self.text[p.end:hi]
            for w in name_tokens(window.replace("-", "_")):
                w = w.replace("_", "-")
                if w in self.lex.ROLE_NOUNS or w in self.lex.TITLES:
                    found.add(w)
        return roles

    # ---- resolution ----
    def resolve(self, ref: SpeakerRef, history: list[tuple[str, int]] | None = None) -> str | None:
        """Canonical speaker for `ref`; `history` lists earlier (speaker, position), oldest first."""
        history = history or []
        if ref.kind == "mention" and ref.mention is not None:
            m = ref.mention
            if m.type in PERSON_TYPES:
                return self.canonical_of(m)
            return m.canonical
        if ref.kind == "name":
            return self.match_name(ref.text, ref.start) or _strip_titles(ref.text, self.lex)
        if ref.kind == "pronoun":
            if ref.number == "pl":
                return self._resolve_plural(ref, history)
            return self._nearest_person(ref, history)
        if ref.kind == "role":
            for name, _pos in reversed(history):
                if fold(name).endswith(ref.role or "\0"):  # "a senior official" ... "the official"
                    return name
            with_role = [p for p in self.persons if p.start < ref.start and ref.role in self.roles.get(p.canonical, ())]
            if with_role:
                return with_role[-1].canonical
            return self._nearest_person(ref, history) or ref.text
        return ref.text or None

    def _nearest_person(self, ref: SpeakerRef, history: list[tuple[str, int]]) -> str | None:
        here_s = self.sentence_of(ref.start)
        here_p = self.paragraph_of(ref.start)
        latest: dict[str, tuple[int, bool]] = {}
        for p in self.persons:
            if p.end > ref.start:
                break
            if here_p - p.paragraph <= _LOOKBACK_PARAGRAPHS:
                latest[p.canonical] = (p.start, p.sentence_initial)
        person_names = {p.canonical for p in self.persons}
        for name, pos in history:
            if pos < ref.start and here_p - self.paragraph_of(pos) <= _LOOKBACK_PARAGRAPHS:
                if name in person_names or _looks_like_name(name):
                    prev = latest.get(name)
                    if prev is None or prev[0] < pos:
                        latest[name] = (pos, True)
        if not latest:
            return None
        last = history[-1] if history else None
        best, best_key = None, None
        for name, (pos, initial) in latest.items():
            score = -1.0 * (here_s - self.sentence_of(pos))
            if last and last[0] == name and here_p - self.paragraph_of(last[1]) <= 2:
                score += 2.0
            if initial:
                score += 0.5
            g = self.gender_of(name)
            if ref.gender and g:
                score += 1.5 if g == ref.gender else -4.0
            key = (score, pos)
            if best_key is None or key > best_key:
                best, best_key = name, key
        return best

    def _resolve_plural(self, ref: SpeakerRef, history: list[tuple[str, int]]) -> str | None:
        person_names = {p.canonical for p in self.persons}
        if history:
            name, pos = history[-1]
            if name not in person_names and not _looks_like_name(name) and self.sentence_of(ref.start) - self.sentence_of(pos) <= 2:
                return name
        here = self.sentence_of(ref.start)
        for m in reversed(self.mentions):
            if m.end <= ref.start and m.type == "ORG" and not self.in_quote(m.start):
                if here - self.sentence_of(m.start) <= 1:
                    return m.canonical
                break
        return None


def _given_names() -> dict[str, frozenset[str]]:
    from veille.analyze.lang.en import quotes as en
    from veille.analyze.lang.fr import quotes as fr

    return {
        "m": frozenset(fold(n) for n in en.GIVEN_NAMES_M | fr.GIVEN_NAMES_M),
        "f": frozenset(fold(n) for n in en.GIVEN_NAMES_F | fr.GIVEN_NAMES_F),
    }


_GIVEN_NAMES = _given_names()


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
