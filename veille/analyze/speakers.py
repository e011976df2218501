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
- Credit-line people are never candidates; a first-person narrator ("I said", outside quotes) is
  the article's only byline when there is one, else stays "I".
- Descriptions that name nobody ("officials", "a spokesman for the ministry") keep their own text.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from veille.analyze.countries import country_in
from veille.analyze.quote_cues import Lexicon, Token
from veille.analyze.speaker_names import _PersonNames
from veille.analyze.speaker_refs import (
    PERSON_TYPES,
    SpeakerRef,
    Subject,
    _bare_titles,
    _Person,
    _strip_titles,
    fold,
    headship_at,
    name_tokens,
    offices,
)
from veille.analyze.speaker_salience import _Salience
from veille.model import Mention

# A closing quote mark, its comma and a cue of one or two words right before a name: "», a martelé X".
_AFTER_QUOTE_CUE = re.compile(r"[»\"”]\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+$")

__all__ = ["PERSON_TYPES", "People", "SpeakerRef", "Subject", "fold", "name_tokens"]


class People(_PersonNames, _Salience):
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
        self.credit_names = [n for n in credit_names if n.strip()]
        credit_keys = {tuple(name_tokens(n)) for n in credit_names if n.strip()}
        credit_surnames = {k[-1] for k in credit_keys if k}

        def is_credit(m: Mention) -> bool:
            if credit_span and credit_span[0] <= m.start < credit_span[1]:
                return True
            if not credit_keys:
                return False  # no byline: no need to read the name
            key = tuple(name_tokens(m.text))
            return key in credit_keys or (len(key) == 1 and key[0] in credit_surnames)

        self.mentions = sorted((m for m in mentions if not is_credit(m)), key=lambda m: m.start)
        self.credit_mentions = [m for m in mentions if is_credit(m)]
        self.canonical = self._unify_names()
        self.persons = [
            _Person(
                m.start,
                m.end,
                self.canonical_of(m),
                m,
                self.sentence_of(m.start),
                self.paragraph_of(m.start),
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

    @cached_property
    def quoted_tokens(self) -> list[bool]:
        """`in_quote(token.start)` for every token, all at once."""
        import numpy

        if not self.quote_spans or not self.token_starts:
            return [False] * len(self.token_starts)
        starts = numpy.array(self.token_starts)
        spans = numpy.array(self.quote_spans)
        k = numpy.searchsorted(spans[:, 0], starts, side="right") - 1  # the last span opening before
        return ((k >= 0) & (starts < spans[k, 1])).tolist()

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
        if ref.kind == "narrator":
            # the writer: the article's only byline when there is one, else the pronoun itself
            return self.credit_names[0] if len(self.credit_names) == 1 else ref.text
        if ref.kind in ("role", "nominal") and (holder := self._office_holder(ref)):
            return holder
        if ref.kind == "role":
            for name, _pos in reversed(history):
                if fold(name).endswith(ref.role or "\0"):  # "a senior official" ... "the official"
                    return name
            with_role = [
                p for p in self.persons if p.start < ref.start and ref.role in self.roles.get(p.canonical, ())
                and self._may_hold(p.canonical, ref)
            ]
            if with_role:
                return with_role[-1].canonical
            nearest = self._introduced_next(ref) or self._nearest_person(ref, history)
            if nearest is not None and not self._may_hold(nearest, ref):
                nearest = None
            return nearest or self._named_next(ref) or ref.text
        if ref.kind == "nominal" and ref.role:
            return self._introduced_next(ref) or ref.text
        return ref.text or None

    def _may_hold(self, name: str, ref: SpeakerRef) -> bool:
        """Can this person be the one a role description stands for? "Le chef de l'Etat" is not
        whoever was named last, unless an official. "Le Premier ministre japonais" is nobody of
        another country, nor the holder of another office (a foreign minister), nor someone whose
        known role names no office and who is not known to be Japanese (Kim Jong-un, "dirigeant"),
        unless that role is another's counterpart ("son homologue")."""
        wanted = offices(ref.text, self.lex.lang)
        roles = self.roles.get(name, set())
        if wanted and not roles & self.lex.ROLE_NOUNS.keys():
            return False
        country = country_in(ref.text)
        theirs = {p.mention.country for p in self.persons if p.canonical == name and p.mention.country}
        if country and theirs and country not in theirs:
            return False
        held = self.held_offices.get(name, frozenset())
        if wanted and held:
            return bool(wanted & held)
        if wanted and country and country not in theirs and roles and not roles & self.lex.RELATIONAL_ROLES:
            return False
        return True

    def _introduced_next(self, ref: SpeakerRef) -> str | None:
        """The person a description announces ("Son homologue polonais, lui, a jugé…", then "« … », a
        martelé Piotr Nowicki"): the first person named within the next two sentences of
        the paragraph who was not named before, when it is named as the speaker of the quote right
        before it and the gender does not contradict it."""
        before = {p.canonical for p in self.persons if p.start < ref.start}
        here_s, here_p = self.sentence_of(ref.start), self.paragraph_of(ref.start)
        for p in self.persons:
            if p.start <= ref.end or p.canonical in before:
                continue
            if p.paragraph != here_p or p.sentence - here_s > 2 \
                    or not _AFTER_QUOTE_CUE.search(self.text, max(0, p.start - 40), p.start):
                return None
            g = self.gender_of(p.canonical)
            return None if ref.gender and g and g != ref.gender else p.canonical
        return None

    def _office_holder(self, ref: SpeakerRef) -> str | None:
        """The person named before with the office a definite description names in other words ("le
        chef de la diplomatie iranienne" for "le ministre iranien des Affaires étrangères, X"): the
        latest one, of the description's country when it names one and of a compatible gender."""
        words = fold(ref.text).split()
        if not words or words[0] in self.lex.INDEFINITE:
            return None
        wanted = offices(ref.text, self.lex.lang) | headship_at(self.text, ref.start, ref.end, self.lex.lang)
        if not wanted:
            return None
        country = country_in(ref.text)
        for p in reversed([p for p in self.persons if p.start < ref.start]):
            if not wanted & self.held_offices.get(p.canonical, frozenset()) \
                    or (country and p.mention.country and p.mention.country != country):
                continue
            gender = self.gender_of(p.canonical)
            if not (ref.gender and gender and gender != ref.gender):
                return p.canonical
        return None

    @cached_property
    def held_offices(self) -> dict[str, frozenset[str]]:
        """The offices of each person, from the roles and titles of their mentions."""
        held: dict[str, frozenset[str]] = {}
        for p in self.persons:
            for attr in (p.mention.role, p.mention.title):
                if attr:
                    held[p.canonical] = held.get(p.canonical, frozenset()) | offices(attr, self.lex.lang)
        return held

    def _named_next(self, ref: SpeakerRef) -> str | None:
        """A lead that opens with a description names the person in the next paragraph ("Le président
        français a appelé…" … "a déclaré Emmanuel Macron"): the first person named after the role,
        within one paragraph, when nobody was named before it."""
        if any(p.start < ref.start for p in self.persons):
            return None
        here = self.paragraph_of(ref.start)
        for p in self.persons:
            if p.start > ref.start and p.paragraph - here <= 1:
                g = self.gender_of(p.canonical)
                if not (ref.gender and g and g != ref.gender):
                    return p.canonical
        return None
