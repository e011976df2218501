"""Salience and antecedents: the person a pronoun or role stands for (sentence subjects walking
back, namesakes, nearest compatible person), and clause subjects NER may have missed."""

from __future__ import annotations

import bisect
import re

from veille.analyze.quote_cues import Token
from veille.analyze.speaker_names import is_verb_word
from veille.analyze.speaker_refs import (
    _LOOKBACK_PARAGRAPHS,
    _LOOKBACK_SENTENCES,
    _MARKS,
    PERSON_TYPES,
    SpeakerRef,
    Subject,
    _looks_like_name,
    _Person,
    fold,
    name_tokens,
    offices,
)
from veille.model import Mention

_INVERSION_WINDOW = 12  # tokens from a relative word to the name of its clause's inverted subject


class _Salience:
    """Salience and subject methods of `speakers.People`."""

    # ---- salience: the subject of the latest sentences ----
    def _salient_person(self, pos: int, gender: str | None, history: list[tuple[str, int]]) -> str | None:
        """The person a singular pronoun at `pos` stands for: walking back sentence by sentence,
        the speaker attributed in the sentence, then its subject; the first whose gender does not
        contradict the pronoun's wins. A pronoun subject of the same gender is the same person: the
        walk goes on from there. Only when no speaker or subject fits, the other persons named
        (latest sentence first, left to right)."""
        return self._walk(pos, gender, history, False) or self._walk(pos, gender, history, True)

    def _walk(self, pos: int, gender: str | None, history: list[tuple[str, int]], others: bool) -> str | None:
        """See `_salient_person`. A speaker or subject of the pronoun's own paragraph whose gender
        only a title gave (a translation's "la représentante … Jamieson Greer" then "a-t-il dit")
        still wins over a person of an earlier paragraph, once the other persons of the paragraph
        (the second walk, `others`) do not fit either."""
        spoken: dict[int, str] = {}
        fallback = None  # such a speaker, rejected on gender alone
        person_names = {p.canonical for p in self.persons}
        # places and many-word organisations never stand for he / she; a one-word "organisation"
        # that speaks is often a surname NER mistyped ("Fiorina said")
        things = {
            m.canonical
            for m in self.mentions
            if m.type not in PERSON_TYPES and (m.type != "ORG" or len(m.canonical.split()) > 1)
        } - person_names
        for name, at in history:
            if at < pos and (name in person_names or _looks_like_name(name) or self.office(name)) \
                    and name not in things:
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
            subject = self.sentence_subject(s)
            if subject is not None and subject.start < pos:
                candidates.append(
                    ("pronoun", subject.gender) if subject.kind == "pronoun" else ("name", subject.name)
                )
            main = subject.name if subject is not None else None
            candidates.extend(
                ("name", p.canonical)
                for p in reversed(self._clause_subjects(s))
                if p.start < pos and p.canonical != main
            )
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
                        if fallback is None and self.paragraph_of(start) == self.paragraph_of(pos) \
                                and self.gender_from_titles_only(value):
                            fallback = value
                        continue
                    value = other
                if fallback is not None and self.paragraph_of(start) != self.paragraph_of(pos):
                    return fallback if others else None  # the others of its paragraph come first
                return value
            s -= 1
        return fallback if others else None

    def office(self, name: str) -> bool:
        """Is this speaker an office nobody was named with ("le chef de l'Etat", "the president")?
        A pronoun after it stands for the office holder it describes."""
        words = fold(name).split()
        return bool(words) and words[0] not in self.lex.INDEFINITE and bool(offices(name, self.lex.lang))

    def _namesake(self, name: str, gender: str) -> str | None:
        """Another person of the article sharing `name`'s surname, of the given gender ("Clinton"
        typed as Bill when the pronoun says she)."""
        toks = name_tokens(name)
        if not toks:
            return None
        for p in self.persons:
            if (
                p.canonical != name
                and name_tokens(p.canonical)[-1:] == toks[-1:]
                and self.gender_of(p.canonical) == gender
            ):
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

    def _clause_subjects(self, s: int) -> list[_Person]:
        """Persons of sentence s after a coordinating conjunction and before a verb ("…, but
        Christie wasn't having it"): the subjects of its other main clauses, left to right."""
        cache = self.__dict__.setdefault("_clause_cache", {})
        if s in cache:
            return cache[s]
        lex = self.lex
        found = []
        for p in self._persons_in(s):
            i = bisect.bisect_left(self.token_starts, p.start)
            if self._inverted_subject(i):
                found.append(p)
                continue
            if self._possessive(p.mention) or i == 0 or self.tokens[i - 1].lower not in lex.CONJUNCTIONS:
                continue
            j = bisect.bisect_left(self.token_starts, p.end)
            while j < len(self.tokens) and self.tokens[j].lower in lex.ADVERBS:
                j += 1
            if j >= len(self.tokens):
                continue
            t = self.tokens[j]
            if t.text[:1].islower() and is_verb_word(t.text, lex):
                found.append(p)
        found.sort(key=lambda p: p.start)
        cache[s] = found
        return found

    def _inverted_subject(self, i: int) -> bool:
        """Is the person at token i the subject of a relative clause whose verb comes first ("où
        l'attendait la ministre des Affaires étrangères, Hélène Castel")? Its determiner follows the
        verb, which follows the relative word and its object clitics."""
        lex, toks = self.lex, self.tokens
        if not lex.RELATIVE_INVERSION:
            return False
        for j in range(i - 1, max(i - _INVERSION_WINDOW, 0) - 1, -1):
            if toks[j].lower in lex.RELATIVE_INVERSION:
                k = j + 1
                while k < i and toks[k].lower in lex.OBJECT_CLITICS:
                    k += 1
                verb = toks[k] if k < i else None
                return verb is not None and verb.text.isalpha() and verb.text.islower() \
                    and (k + 1 == i or toks[k + 1].lower in lex.NOUN_DETERMINERS)
            if toks[j].text in ".;:!?«»\"“”":
                return False
        return False

    def _possessive(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 2] in ("'s", "’s") or self.text[m.end - 2 : m.end] in ("'s", "’s")

    def sentence_subject(self, s: int) -> Subject | None:
        """`subject_between` the bounds of sentence s, computed once per sentence."""
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
        j = bisect.bisect_left(self.token_starts, end)
        every = self.tokens[i:j]
        quoted = self.quoted_tokens[i:j]
        toks = [t for t, q in zip(every, quoted, strict=True) if not q and t.text not in _MARKS]
        lex = self.lex
        k = 0
        for _ in range(2):  # "On Thursday, after remaining neutral, Warren…"
            while k < len(toks) and (
                toks[k].lower in lex.CONJUNCTIONS
                or toks[k].lower in lex.ADVERBS
                or not toks[k].text[:1].isalnum()
            ):
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
                after = self.text[m.end : m.end + 2].strip()[:1]
                if (
                    self._possessive(m)
                    or (k > 0 and toks[k - 1].lower in lex.PREPOSITIONS)
                    or after in ("?", "!")
                ):
                    # "The woman's enthusiasm for Trump…", "Harsh? He doesn't think so.": no subject
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
                    # "Florida developer Mel Sembler expressed…": modifiers before a person's name;
                    # "The Trump campaign did not…": the subject is no person
                    named = self._person_after_modifiers(toks, k)
                    if named is not None:
                        return Subject(
                            named.start, named.end, "person", self.canonical_of(named), None, named
                        )
                    return None
                continue
            w = t.lower
            if w in lex.PRONOUN_GENDER and w in lex.PRONOUNS:
                return Subject(t.start, t.end, "pronoun", None, lex.PRONOUN_GENDER[w], None)
            if (
                w in lex.AUXILIARIES
                or w in lex.forms
                or w in lex.CLAUSE_STARTS
                or w in lex.PRONOUNS
                or t.text in ".;:!?"
            ):
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
                if (
                    run > k
                    and prev not in lex.NOUN_DETERMINERS
                    and (nxt in lex.AUXILIARIES or lex.forms.get(nxt) or (nxt == "," and run - k >= 2))
                ):
                    # a name NER missed, as subject: "Tiegen was also troubled…"
                    a, b = t.start, toks[run - 1].end
                    return Subject(a, b, "person", self.text[a:b], None, None)
            k += 1
        return None

    def _person_after_modifiers(self, toks: list[Token], k: int) -> Mention | None:
        """The person named after up to three lower-case modifier words from toks[k] ("developer",
        "campaign manager"), none of them a verb or a clause word."""
        lex = self.lex
        for j in range(k, min(k + 4, len(toks))):
            t = toks[j]
            m = self._mention_starting(t.start)
            if m is not None:
                return m if j > k and m.type in PERSON_TYPES and not self._possessive(m) else None
            w = t.lower
            if (
                not t.text[:1].islower()
                or w in lex.AUXILIARIES
                or w in lex.forms
                or w in lex.CLAUSE_STARTS
                or w in lex.PREPOSITIONS
                or w in lex.NOUN_DETERMINERS
                or w.endswith(lex.VERB_ENDINGS)
            ):
                return None
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
        if (
            w in lex.TITLES
            or w in lex.ROLE_NOUNS
            or w in lex.PRONOUNS
            or w in lex.CLAUSE_STARTS
            or w in lex.forms
        ):
            return False
        if (
            w in lex.OPENING_WORDS
            or w in lex.ADVERBS
            or w in lex.CONJUNCTIONS
            or w.endswith(lex.VERB_ENDINGS)
        ):
            return False
        if not hasattr(self, "_lower_words"):
            self._lower_words = set(re.findall(r"\b[a-zà-ÿ][\w'’-]*", self.text))
            # capitalised inside a sentence somewhere (after a lower-case word or a comma), so not
            # just a sentence opener ("Afterward", "Things")
            self._inner_caps = set(re.findall(r"(?:[a-zà-ÿ,]\s+)([A-ZÀ-Ý][\w'’-]*)", self.text))
        return (
            w not in self._lower_words
            and len(w) > 1
            and t.text in self._inner_caps
            and w not in lex.WEEKDAYS
            and w not in lex.MONTHS
        )

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
            if (
                name not in person_names
                and not _looks_like_name(name)
                and self.sentence_of(ref.start) - self.sentence_of(pos) <= 2
            ):
                return name
        here = self.sentence_of(ref.start)
        for m in reversed(self.mentions):
            if m.end <= ref.start and m.type == "ORG" and not self.in_quote(m.start):
                if here - self.sentence_of(m.start) <= 1:
                    return m.canonical
                break
        return None
