"""Who is speaking: turn a speaker expression (a name, a pronoun, a title or role, a description)
into the canonical name of a person named in the article.

- Names resolve to their mention's canonical form; a bare surname ("Riabkov", "Mme Riabkov") joins
  the fuller name it ends ("Sergueï Riabkov"), whatever the title's gender says.
- Pronouns (il/elle/he/she) go to the latest salient person: walking back sentence by sentence, the
  speaker attributed in a sentence, then its subject (a person, or a same-gender pronoun that
  continues the chain), the first whose gender does not contradict the pronoun; only when none
  fits, the other persons named. Gender comes from given names (per language), titles, role words
  and the pronouns that follow a person's sentences. Subjects may be names NER missed: a known
  surname, or capitalised words never written in lower case followed by a verb.
- `it said` / `it reads` goes to the document or organisation that spoke just before.
- Definite roles (`le vice-ministre`, `the diplomat`) go to the person holding that role, else the
  nearest compatible person (recency, previous speaker and sentence-initial bonuses, gender hint).
- Credit-line people are never candidates.
- Descriptions that name nobody ("officials", "a spokesman for the ministry") keep their own text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from veille.analyze.quote_cues import Lexicon, Token
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
    kind: str  # mention | pronoun | role | name | nominal
    mention: Mention | None = None
    gender: str | None = None  # hint: m | f
    number: str = "sg"
    role: str | None = None  # role noun for kind "role"


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
        titles = _bare_titles(self.lex.lang)
        words = [w for w in head.split()[-3:] if w.lower().rstrip(".") not in titles]
        return len(words) <= 1 and len(head.split()) <= 3

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
        names = _given_names(self.lex.lang)
        if given in names["m"]:
            votes["m"] += 3
        elif given in names["f"]:
            votes["f"] += 3
        for g, n in self._chain_votes().get(name, {}).items():
            votes[g] += 2 * n
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

    def _chain_votes(self) -> dict[str, dict[str, int]]:
        """Per person, how often a sentence they are the subject of is followed by one whose
        subject is he / she (il / elle)."""
        if not hasattr(self, "_chains"):
            self._chains: dict[str, dict[str, int]] = {}
            for s in range(len(self.sentence_starts) - 1):
                subj, nxt = self._subject(s), self._subject(s + 1)
                if subj and nxt and subj.kind == "person" and subj.name and nxt.kind == "pronoun" and nxt.gender in ("m", "f"):
                    found = self._chains.setdefault(subj.name, {})
                    found[nxt.gender] = found.get(nxt.gender, 0) + 1
        return self._chains

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
            if ref.gender == "n":
                return self._resolve_thing(ref, history)
            if ref.number == "pl":
                return self._resolve_plural(ref, history)
            return self._salient_person(ref.start, ref.gender, history) or self._nearest_person(ref, history)
        if ref.kind == "role":
            for name, _pos in reversed(history):
                if fold(name).endswith(ref.role or "\0"):  # "a senior official" ... "the official"
                    return name
            with_role = [p for p in self.persons if p.start < ref.start and ref.role in self.roles.get(p.canonical, ())]
            if with_role:
                return with_role[-1].canonical
            return self._nearest_person(ref, history) or ref.text
        return ref.text or None

    # ---- salience: the subject of the latest sentences ----
    def _salient_person(self, pos: int, gender: str | None, history: list[tuple[str, int]]) -> str | None:
        """The person a singular pronoun at `pos` stands for: walking back sentence by sentence,
        the speaker attributed in the sentence, then its subject; the first whose gender does not
        contradict the pronoun's wins. A pronoun subject of the same gender is the same person: the
        walk goes on from there. Only when no speaker or subject fits, the other persons named
        (latest sentence first, left to right)."""
        return self._walk(pos, gender, history, False) or self._walk(pos, gender, history, True)

    def _walk(self, pos: int, gender: str | None, history: list[tuple[str, int]], others: bool) -> str | None:
        spoken: dict[int, str] = {}
        person_names = {p.canonical for p in self.persons}
        # places and many-word organisations never stand for he / she; a one-word "organisation"
        # that speaks is often a surname NER mistyped ("Fiorina said")
        things = {
            m.canonical for m in self.mentions
            if m.type not in PERSON_TYPES and (m.type != "ORG" or len(m.canonical.split()) > 1)
        } - person_names
        for name, at in history:
            if at < pos and (name in person_names or _looks_like_name(name)) and name not in things:
                spoken[self.sentence_of(at)] = name
        here_s = s = self.sentence_of(pos)
        anchor_p, floor = self.paragraph_of(pos), s - _LOOKBACK_SENTENCES
        while s >= 0 and s > floor:
            start = self.sentence_starts[s]
            if anchor_p - self.paragraph_of(start) > _LOOKBACK_PARAGRAPHS:
                break
            candidates: list[tuple[str, str | None]] = []
            if s in spoken:
                candidates.append(("name", spoken[s]))
            subject = self._subject(s)
            if subject is not None and subject.start < pos:
                candidates.append(("pronoun", subject.gender) if subject.kind == "pronoun" else ("name", subject.name))
            if others and s < here_s:
                candidates.extend(("name", p.canonical) for p in self._persons_in(s))
            for kind, value in candidates:
                if kind == "pronoun":
                    if value and gender and value != gender:
                        continue
                    gender = gender or value  # the same person: go on from its sentence
                    anchor_p, floor = self.paragraph_of(start), s - _LOOKBACK_SENTENCES
                    break
                if value is None:
                    continue
                g = self.gender_of(value)
                if gender and g and g != gender:
                    other = self._namesake(value, gender)
                    if other is None:
                        continue
                    value = other
                return value
            s -= 1
        return None

    def _namesake(self, name: str, gender: str) -> str | None:
        """Another person of the article sharing `name`'s surname, of the given gender ("Clinton"
        typed as Bill when the pronoun says she)."""
        toks = name_tokens(name)
        if not toks:
            return None
        for p in self.persons:
            if p.canonical != name and name_tokens(p.canonical)[-1:] == toks[-1:] and self.gender_of(p.canonical) == gender:
                return p.canonical
        return None

    def _persons_in(self, s: int) -> list[_Person]:
        """Persons named in sentence s, left to right, possessives ("Carson's mangling") last."""
        if not hasattr(self, "_by_sentence"):
            self._by_sentence: dict[int, list[_Person]] = {}
            for p in self.persons:
                self._by_sentence.setdefault(p.sentence, []).append(p)
            for found in self._by_sentence.values():
                found.sort(key=lambda p: self._possessive(p.mention))
        return self._by_sentence.get(s, [])

    def _possessive(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 2] in ("'s", "’s") or self.text[m.end - 2 : m.end] in ("'s", "’s")

    def _subject(self, s: int) -> Subject | None:
        cache = self.__dict__.setdefault("_subject_cache", {})
        if s not in cache:
            start = self.sentence_starts[s] if s >= 0 else 0
            end = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self.text)
            cache[s] = self.subject_between(start, end)
        return cache[s]

    def subject_between(self, start: int, end: int) -> Subject | None:
        """The subject of the clause opening at `start` (before `end`) when it is a person or a
        gendered pronoun: after opening conjunctions and adverbs, and past an opening phrase up to
        its comma ("On Tuesday, X…", "Informed of…, X…"), the first person named that is not a
        possessive ("Trump's chairman, Rex Early"), within ten words and before any verb we know."""
        i = bisect.bisect_left(self.token_starts, start)
        every = self.tokens[i : bisect.bisect_left(self.token_starts, end)]
        toks = [t for t in every if not self.in_quote(t.start) and t.text not in _MARKS]
        lex = self.lex
        k = 0
        for _ in range(2):  # "On Thursday, after remaining neutral, Warren…"
            while k < len(toks) and (toks[k].lower in lex.CONJUNCTIONS or toks[k].lower in lex.ADVERBS or not toks[k].text[:1].isalnum()):
                k += 1
            if k >= len(toks):
                return None
            w = toks[k].lower
            if not (w in lex.OPENING_WORDS or w.endswith(lex.VERB_ENDINGS)):
                break
            # the comma may sit inside a closing quote: `As for “Hamas,” Levine found…`
            first = every.index(toks[k])
            for t in every[first + 1 : first + 30]:
                if t.text == ",":
                    k = bisect.bisect_right([x.start for x in toks], t.start)
                    break
            else:
                break
        stop = min(len(toks), k + 10)
        while k < stop:
            t = toks[k]
            m = self._mention_starting(t.start)
            if m is not None:
                if self._possessive(m):
                    while k < stop and toks[k].start < m.end:
                        k += 1
                    continue
                if m.type in PERSON_TYPES and not self.in_quote(m.start):
                    return Subject(m.start, m.end, "person", self.canonical_of(m), None, m)
                name = self._known_surname(m.text) if " " not in m.text.strip() else None
                if name is not None:  # a surname typed as an organisation here
                    return Subject(m.start, m.end, "person", name, None, None)
                while k < stop and toks[k].start < m.end:
                    k += 1
                if k < len(toks) and toks[k].text[:1].islower() and toks[k].lower not in lex.ROLE_NOUNS:
                    return None  # "The Trump campaign did not…": the subject is no person
                continue
            w = t.lower
            if w in lex.PRONOUN_GENDER and w in lex.PRONOUNS:
                return Subject(t.start, t.end, "pronoun", None, lex.PRONOUN_GENDER[w], None)
            if w in lex.AUXILIARIES or w in lex.forms or w in lex.CLAUSE_STARTS or w in lex.PRONOUNS or t.text in ".;:!?":
                return None
            if t.text[:1].isupper() and w not in lex.TITLES and not t.text.isupper():
                name = self._known_surname(t.text)
                if name is not None:
                    return Subject(t.start, t.end, "person", name, None, None)
                run = k
                while run < len(toks) and run - k < 3 and self._unknown_name(toks[run]):
                    run += 1
                nxt = toks[run].lower if run < len(toks) else ""
                prev = toks[k - 1].lower if k > 0 else ""
                if run > k and prev not in lex.NOUN_DETERMINERS and (
                    nxt in lex.AUXILIARIES or lex.forms.get(nxt) or (nxt == "," and run - k >= 2)
                ):
                    # a name NER missed, as subject: "Tiegen was also troubled…"
                    a, b = t.start, toks[run - 1].end
                    return Subject(a, b, "person", self.text[a:b], None, None)
            k += 1
        return None

    def _mention_starting(self, pos: int) -> Mention | None:
        if not hasattr(self, "_mention_starts"):
            self._mention_starts = [m.start for m in self.mentions]
        k = bisect.bisect_right(self._mention_starts, pos) - 1
        if k >= 0 and self.mentions[k].start <= pos < self.mentions[k].end:
            return self.mentions[k]
        return None

    def _unknown_name(self, t: Token) -> bool:
        """A capitalised word no mention covers and never written in lower case in the article."""
        if not t.text[:1].isupper() or t.text.isupper() or self._mention_starting(t.start) is not None:
            return False
        w = t.lower
        lex = self.lex
        if w in lex.TITLES or w in lex.ROLE_NOUNS or w in lex.PRONOUNS or w in lex.CLAUSE_STARTS or w in lex.forms:
            return False
        if w in lex.OPENING_WORDS or w in lex.ADVERBS or w in lex.CONJUNCTIONS or w.endswith(lex.VERB_ENDINGS):
            return False
        if not hasattr(self, "_lower_words"):
            self._lower_words = set(re.findall(r"\b[a-zà-ÿ][\w'’-]*", self.text))
            # capitalised inside a sentence somewhere (after a lower-case word or a comma), so not
            # just a sentence opener ("Afterward", "Things")
            self._inner_caps = {m.group(1) for m in re.finditer(r"(?:[a-zà-ÿ,]\s+)([A-ZÀ-Ý][\w'’-]*)", self.text)}
        return w not in self._lower_words and len(w) > 1 and t.text in self._inner_caps and w not in lex.WEEKDAYS and w not in lex.MONTHS

    def _known_surname(self, word: str) -> str | None:
        """The person whose name ends with `word` (a surname NER missed here), if only one does."""
        if not hasattr(self, "_surnames"):
            self._surnames: dict[str, set[str]] = {}
            for p in self.persons:
                toks = name_tokens(p.canonical)
                if toks:
                    self._surnames.setdefault(toks[-1], set()).add(p.canonical)
        found = self._surnames.get(fold(word), ())
        return next(iter(found)) if len(found) == 1 else None

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

    def _resolve_thing(self, ref: SpeakerRef, history: list[tuple[str, int]]) -> str | None:
        """`it said`, `it reads`: the document or organisation that spoke just before (a report, a
        letter, a newspaper), or an organisation named in the sentence before."""
        person_names = {p.canonical for p in self.persons}
        here = self.sentence_of(ref.start)
        for name, pos in reversed(history):
            if here - self.sentence_of(pos) > 2:
                break
            if name not in person_names and pos < ref.start:
                return name
        for m in reversed(self.mentions):
            if m.end <= ref.start and not self.in_quote(m.start):
                if m.type == "ORG" and here - self.sentence_of(m.start) <= 1:
                    return m.canonical
                if here - self.sentence_of(m.start) > 1:
                    break
        return None

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


@cache
def _bare_titles(lang: str) -> frozenset[str]:
    from veille.analyze.quote_cues import lexicon

    return frozenset(t.rstrip(".") for t in lexicon(lang).TITLES)


@cache
def _given_names(lang: str) -> dict[str, frozenset[str]]:
    """Given names with a gender hint, from the article's language table."""
    from veille.analyze.quote_cues import lexicon

    lex = lexicon(lang)
    return {"m": frozenset(fold(n) for n in lex.GIVEN_NAMES_M), "f": frozenset(fold(n) for n in lex.GIVEN_NAMES_F)}


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
