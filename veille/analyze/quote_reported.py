"""Reported speech (`a prévenu que…`, `said that…`, `selon X`) and partial-quote attribution."""

from __future__ import annotations

import bisect
import re

from veille.analyze.entities import lang_tables
from veille.analyze.quote_cues import Cue, Token
from veille.analyze.quote_found import (
    _DASHES,
    _MIN_CONTENT_WORDS,
    _PASSIVE,
    _TERMINAL,
    _Found,
    _words,
)
from veille.analyze.speakers import SpeakerRef

_COMPLEMENT_TOKENS = 6  # "a dit [aux journalistes], ajoutant que…": words between a cue and a chained one


class _ReportedSpeech:
    """Reported-speech and partial-quote methods of the quote finder (`quotes._Finder`)."""

    # ---------- reported speech ----------
    def _reported(self, attributed: list[_Found]) -> list[_Found]:
        """Reported speech of the cues the `attributed` quotes left unused."""
        out: list[_Found] = []
        clause_ends: dict[int, SpeakerRef] = {}  # last token of an attribution ("said", "a dit X") -> speaker
        for f in attributed:
            self._note_attribution(f, clause_ends)
        for cue in self.cues:
            if cue.first in self.used_cues:
                continue
            chained = self._chained_speaker(cue, clause_ends)
            f = self._chained(cue, chained) if chained is not None else None
            if f is not None and out and out[-1].start <= f.start < out[-1].end:
                continue  # the cue before already took this content
            if f is None:
                f = self._according(cue) if cue.kind == "according" else self._reported_verb(cue)
            if f is not None:
                self.used_cues.add(cue.first)
                self._note_attribution(f, clause_ends)
                out.append(f)
        return out

    def _note_attribution(self, f: _Found, clause_ends: dict[int, SpeakerRef]) -> None:
        if f.cue is None or f.ref is None or f.cue.kind == "according":
            return
        clause_ends[f.cue.last] = f.ref
        if f.ref.start > f.cue.start:  # "a indiqué le syndicat", "said Stam"
            clause_ends[bisect.bisect_left(self.tstarts, f.ref.end) - 1] = f.ref

    def _chained_speaker(self, cue: Cue, clause_ends: dict[int, SpeakerRef]) -> SpeakerRef | None:
        """The speaker of the attribution right before ", adding that…" ("…, the union said, adding
        that it…", "« … », a dit Stam, ajoutant que…"), or before a short complement of it ("said to
        reporters, adding…")."""
        k = cue.first - 2
        if not cue.participle or k < 0 or self.tokens[k + 1].text != ",":
            return None
        for j in range(k, max(k - _COMPLEMENT_TOKENS, -1), -1):  # "a-t-elle dit aux journalistes, précisant…"
            if j in clause_ends:
                return clause_ends[j]
            if not self.tokens[j].text[:1].isalnum():
                break
        before = next((c for c in self.cues if c.last == k and c.kind == "verb" and not c.participle), None)
        if before is None:
            return None
        return self._speaker_before(before, self._sentence_span(before.start)[0])  # "X a démenti, affirmant que…"

    def _chained(self, cue: Cue, ref: SpeakerRef) -> _Found | None:
        s, e = self._sentence_span(cue.start)
        content_start, marked = self._content_start(cue, e)
        weak = cue.lemma in self.lex.WEAK_LEMMAS or not self.lex.UNMARKED_CONTENT
        if (marked or not weak) and _enough(_words(self.text[content_start:e]), marked):
            return self._content(content_start, e, cue, ref, marked)
        return None

    def _goes_on_reporting(self, pos: int) -> bool:
        """After the cue comes ", adding that…": another cue, which takes the content after it."""
        j = bisect.bisect_left(self.tstarts, pos)
        nxt = self.cue_at_token.get(j)
        return nxt is not None and nxt.participle and 0 < j and self.tokens[j - 1].text == ","

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        s = self.sent_starts[k] if k >= 0 else 0
        dateline = self.article.dateline
        if dateline is not None and s <= dateline.end <= pos:
            s = dateline.end  # "GENEVE (Reuters) -" opens the sentence but says nothing
            while s < pos and self.text[s].isspace():
                s += 1
        e = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        e = min(e, self._para_end(pos))
        # a sentence break inside a quote does not end the clause
        for q in self.spans:
            if q.start < e <= q.end - 1 and q.start >= s:
                e = min(q.end, self._para_end(pos))
        return s, e

    def _reported_verb(self, cue: Cue) -> _Found | None:
        if cue.first > 0 and self.tokens[cue.first - 1].lower in _PASSIVE:
            return None
        s, e = self._sentence_span(cue.start)
        # a weak verb ("noted", "a jugé"), or any verb in a language whose reported content needs
        # a marker, takes content only after that/que/:
        weak = cue.lemma in self.lex.WEAK_LEMMAS or not self.lex.UNMARKED_CONTENT
        ref = self._clitic_ref(cue)
        before = ref is None and not cue.participle
        if before:
            genitive, ref = self._possessor_ref(cue, s)
            if not genitive:
                ref = self._speaker_before(cue, s)
            if ref is None and self._after_conjunction(cue):
                ref = self._sentence_subject(s, cue.start)
        content_start, marked = self._content_start(cue, e)
        after_words = _words(self.text[content_start:e]) if content_start < e else []
        preceded_by_comma = cue.first > 0 and self.tokens[cue.first - 1].text in _DASHES
        if ref is None and cue.participle:
            ref = self._absolute_subject(cue, s)
        if ref is None and self._adverbial_participle(cue):
            ref = self._sentence_subject(s, cue.start)
            if ref is not None and _enough(after_words, marked) and (marked or not weak):
                return self._content(content_start, e, cue, ref, marked)
            return None
        if ref is None and preceded_by_comma:
            # "…, said X." / "…, a déclaré X."
            ref = self._speaker_after(cue)
            if ref is not None and self._closes_sentence(ref.end, e):
                return self._content(s, self.tokens[cue.first - 1].start, cue, ref)
            return None
        if ref is None:
            return None
        if ref.start >= cue.start:  # clitic inside the cue ("a-t-elle ajouté") or after it
            if _enough(after_words, marked) and marked:
                return self._content(content_start, e, cue, ref, marked)
            k = bisect.bisect_left(self.tstarts, cue.start) - 1
            if k >= 0 and self.tokens[k].text in _DASHES and self._closes_sentence(cue.end, e):
                return self._content(s, self.tokens[k].start, cue, ref)
            return None
        if self._goes_on_reporting(content_start) and (found := self._content_before(cue, ref, s)):
            return found  # "…, the union said, adding that…": "adding" takes what follows
        if not marked and self.text[cue.end:content_start].strip() == "," \
                and re.match(self.lex.SETTING_AFTER_CUE, self.text[content_start:e].lstrip(), re.I) \
                and (found := self._content_before(cue, ref, s)):
            return found  # "North Korea fired…, the military said, hours before…": what follows is a setting
        if _enough(after_words, marked) and (marked or not weak) and not self._participle_after_comma(
            content_start, marked
        ):
            if self._starts_clause(content_start, marked):
                # "…, the negotiator said after two hours of talks": the content came before
                return self._content_before(cue, ref, s)
            return self._content(content_start, e, cue, ref, marked)
        if self._closes_sentence(cue.end, e):
            return self._content_before(cue, ref, s)
        return None

    def _content_before(self, cue: Cue, ref: SpeakerRef, s: int) -> _Found | None:
        """The sentence up to the comma or dash before the speaker ("…, the union said")."""
        k = self._past_role_words(bisect.bisect_left(self.tstarts, ref.start) - 1, s)
        if k >= 0 and self.tokens[k].text in _DASHES and self.tokens[k].start > s and not self._apposition(s, k):
            return self._content(s, self.tokens[k].start, cue, ref)
        return None

    def _absolute_subject(self, cue: Cue, s: int) -> SpeakerRef | None:
        """The person right before a participle cue that opens an absolute clause ("with Deputy
        Foreign Minister Sergei Ryabkov saying…", "…, le vice-ministre Sergueï Riabkov jugeant
        qu'…"): the clause starts at one of the language's ABSOLUTE_LEADS, before the person's role."""
        if cue.first == 0:
            return None
        m = self._mention_at(self.tokens[cue.first - 1].start)
        if m is None or m.type not in ("PER", "PERSON"):
            return None
        tables = lang_tables(self.lex.lang)
        k = bisect.bisect_left(self.tstarts, m.start) - 1
        while k >= 0 and self.tokens[k].start >= s and k > cue.first - 16 and (
            (w := self.tokens[k].lower) in self.lex.ROLE_NOUNS or self.tokens[k].text[:1].isupper()
            or w in self.lex.SPEAKER_DETERMINERS or w in tables.role_modifiers or w in tables.portfolio
            or w in tables.demonyms or w in tables.role_connectors
        ):
            k -= 1
        if k < 0 or self.tokens[k].start < s or self.tokens[k].lower not in self.lex.ABSOLUTE_LEADS:
            return None
        return self._mention_ref(m)

    def _participle_after_comma(self, start: int, marked: bool) -> bool:
        """"…, X said on Thursday, rejecting Beijing's offer": a participle clause after a comma is
        what the speaker did, not what they said (unless it reports more: "adding that…")."""
        j = bisect.bisect_left(self.tstarts, start)
        return (
            not marked
            and 0 < j < len(self.tokens)
            and self.tokens[j - 1].text == ","
            and self._present_participle(self.tokens[j])
            and self.tokens[j].lower not in self.lex.forms  # "…, adding that…" goes on reporting
            # a gerund subject of a clause is content: "…, he said, replacing Clinton would be harder"
            and not any(t.lower in self.lex.AUXILIARIES for t in self.tokens[j + 1 : j + 5])
        )

    def _past_role_words(self, k: int, s: int) -> int:
        """Back from token k over a role or title written before a name ("…, spokeswoman Laetitia
        Courtois said", "…, the ministry's spokesman Dmitry Peskov said", "…, Mr. Manafort said"): the
        token before the role, else k."""
        j, role = k, False
        while j >= 0 and self.tokens[j].start > s and k - j < 5:
            w = self.tokens[j]
            if w.lower in self.lex.ROLE_NOUNS or w.lower in self.lex.TITLES:
                role = True  # (a title too: "…, Mr. Manafort said")
            elif (owner := self._possessor(j)) is not None:
                j = owner  # "the ministry's spokeswoman": the possessor belongs to the role
            elif not (w.text[:1].isupper() or w.lower in self.lex.SPEAKER_DETERMINERS):
                break
            j -= 1
        return j if role else k

    def _apposition(self, s: int, k: int) -> bool:
        """Is the phrase from the sentence start to token k a description of the speaker after it
        ("La présidente de la Commission, Ursula von der Leyen, a répondu")?"""
        j = bisect.bisect_left(self.tstarts, s)
        words = [t.lower for t in self.tokens[j:k]]
        return (
            len(words) >= 2
            and words[0] in self.lex.SPEAKER_DETERMINERS
            and any(w in self.lex.ROLE_NOUNS for w in words[1:3])
        )

    def _according(self, cue: Cue) -> _Found | None:
        s, e = self._sentence_span(cue.start)
        after = cue.last + 1
        if after < len(self.tokens) and self.tokens[after].lower in self.lex.ACCORDING_RELATIVES:
            ref = self._antecedent(cue.first, s)  # "un rapport du BRGM selon lequel « … »"
            return self._content(self.tokens[after].end, e, cue, ref) if ref is not None else None
        ref = self._speaker_after(cue)
        if ref is None:
            return None
        if cue.text.lower() in self.lex.OPENING_ACCORDING:
            if "," in self.text[cue.end : ref.start] or not self.text[ref.end :].lstrip().startswith(","):
                return None  # "Pour réduire les coûts, Robert Stigwood…": a purpose clause; "Pour X," only
            if ref.kind not in ("mention", "name", "role"):
                inner = [m for m in self.mentions if ref.start <= m.start and m.end <= ref.end]
                if not inner:
                    return None  # "Pour la première fois, …" names nobody
                if inner[-1].type != "LOC":  # "Pour le citoyen de Genève" is the citizen
                    ref = self._mention_ref(inner[-1])  # "Pour l'ONG Climate Action Network, …"
        ref = self._apposed_name(ref) or ref
        if cue.first > 0 and self.tokens[cue.first - 1].lower in self.lex.RELATIVE_PRONOUNS:
            # "cette décision, qui selon lui « ignore la réalité »": the relative clause after it
            return self._content(ref.end, e, cue, ref)
        head = self.text[s : cue.start].strip(" ,—–\n")
        if len(_words(head)) >= _MIN_CONTENT_WORDS:
            return self._content(s, cue.start, cue, ref)
        j = self._next_comma(bisect.bisect_left(self.tstarts, ref.end), e)
        if j + 1 < len(self.tokens) and self.tokens[j + 1].lower in self.lex.RELATIVE_PRONOUNS:
            j = self._next_comma(j + 1, e)  # "Pour l'ONG X, qui rassemble 1 900 organisations, l'accord…"
        if j < len(self.tokens) and self.tokens[j].start < e:
            start = self.tokens[j].end
            if len(_words(self.text[start:e])) >= _MIN_CONTENT_WORDS:
                return self._content(start, e, cue, ref)
        return None

    def _antecedent(self, k: int, s: int) -> SpeakerRef | None:
        """The speaker a relative `selon lequel` at token k refers back to: the last organisation or
        person named in the noun phrase before it ("citant un rapport du BRGM"), within a few words."""
        start = self.tokens[max(k - _ANTECEDENT_WORDS, 0)].start
        for m in reversed(self.mentions):
            if m.end <= self.tokens[k].start and m.start >= max(s, start):
                if m.type in ("PER", "ORG") and "," not in self.text[m.end : self.tokens[k].start]:
                    return self._mention_ref(m)
                return None
        return None

    def _next_comma(self, j: int, e: int) -> int:
        """Index of the first comma from token j on, before offset e (or the first token past e)."""
        while j < len(self.tokens) and self.tokens[j].start < e and self.tokens[j].text != ",":
            j += 1
        return j

    def _skip_setting(self, j: int, e: int) -> int:
        """Index of the first token after time words and setting phrases ("on Monday", "lors d'un point de presse")."""
        toks = self.tokens
        while j < len(toks) and toks[j].start < e:
            w = toks[j].lower
            if w in self.lex.TIME_ADVERBS or w in self.lex.ADVERBS:
                j += 1
                continue
            if (k := self._past_place(j)) != j:  # "said in Brussels that"
                j = k
                continue
            if w in self.lex.SETTING_PREPOSITIONS:
                for k in range(j + 1, min(j + 7, len(toks))):
                    if not toks[k].text[:1].isalnum():
                        break
                    if toks[k].lower in self.lex.SETTING_NOUNS:
                        # "at a news conference in Geneva": a place may close the phrase
                        j = k + 1
                        break
                else:
                    return j
                if j <= k:
                    return j
                continue
            return j
        return j

    def _content_start(self, cue: Cue, e: int) -> tuple[int, bool]:
        """Where the reported content starts after the cue, and whether a marker (that/que/:) led to it."""
        toks = self.tokens
        j = self._skip_setting(cue.last + 1, e)
        if j < len(toks) and toks[j].start < e and cue.lemma in self.lex.TELL_LEMMAS:
            # addressee: "told reporters (that)", "a déclaré à la presse que", "a confié à l'AFP :"
            k = self._marker_after_addressee(j, e)
            if k is not None:
                j = k
            else:
                # an addressee without a marker: "told the Washington Examiner." has no content
                k = j
                while (
                    k < len(toks)
                    and toks[k].start < e
                    and (
                        toks[k].text[:1].isupper()
                        or toks[k].lower in self.lex.ADDRESSEES
                        or toks[k].lower in self.lex.OUTLET_WORDS
                        or toks[k].lower in self.lex.SPEAKER_DETERMINERS
                    )
                ):
                    k += 1
                if k >= len(toks) or toks[k].start >= e or toks[k].text in _TERMINAL:
                    return e, False
                while k > j and toks[k - 1].lower in self.lex.SPEAKER_DETERMINERS:
                    k -= 1  # "told Reuters the talks…": the determiner opens the content
                if toks[j].lower in self.lex.ADDRESSEES or any(toks[i].text[:1].isupper() for i in range(j, k)) \
                        or toks[j].lower in self.lex.OUTLET_WORDS:
                    j = k  # "told reporters", "told the United States on Monday it had…"
            j = self._skip_setting(j, e)
        if j < len(toks) and toks[j].start < e:
            w = toks[j].lower
            if w in self.lex.COMPLEMENTIZERS or w in (":", ","):
                return toks[j].end, w != ","
            if self._reported_infinitive(j):
                return toks[j].start, True  # "ont annoncé jeudi être prêts à…", "a affirmé avoir reçu…"
            return toks[j].start, False
        return e, False

    def _marker_after_addressee(self, j: int, e: int) -> int | None:
        """Index of the that/que/:/, within six tokens from token j (before offset e), never past a
        conjunction or another cue ("a confirmé l'accord mais a dit que…"); None when there is none."""
        toks = self.tokens
        for k in range(j, min(j + 6, len(toks))):
            w = toks[k].lower
            if toks[k].start >= e or w in self.lex.CONJUNCTIONS or (k > j and k in self.cue_at_token):
                return None
            if w in self.lex.COMPLEMENTIZERS or w in (":", ","):
                return k
        return None

    def _reported_infinitive(self, j: int) -> bool:
        """Token j, a French infinitive right after the cue, reports what its subject says of itself
        (after a determiner the word is a noun: "a lancé la procédure")."""
        tok = self.tokens[j]
        w = tok.lower
        return (
            bool(self.lex.INFINITIVE_ENDINGS)
            and not (j > 0 and self.tokens[j - 1].lower in self.lex.NOUN_DETERMINERS)
            and tok.text[:1].islower()
            and len(w) > 3
            and w.endswith(self.lex.INFINITIVE_ENDINGS)
            and w not in self.lex.TIME_ADVERBS
            and w not in self.lex.NOT_INFINITIVES
        )

    def _content(self, start: int, end: int, cue: Cue, ref: SpeakerRef, marked: bool = False) -> _Found | None:
        if start > cue.start:
            end = self._before_next_cue(start, self._before_adverbial_participle(start, end))
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".,;:—–-"):
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        if not _enough(_words(self.text[start:end]), marked):
            return None
        return _Found(start, end, "indirect", cue, ref)

    def _before_adverbial_participle(self, start: int, end: int) -> int:
        """Content after the cue ends before ", tout en réclamant…" / ", while insisting…": an
        adverbial participle clause tells what the speaker did, not what they said."""
        j = bisect.bisect_left(self.tstarts, start)
        toks = self.tokens
        while j + 2 < len(toks) and toks[j + 2].start < end:
            if toks[j].text == "," and not self.people.in_quote(toks[j].start):
                k = j + 1
                while k < len(toks) and toks[k].lower in self.lex.PARTICIPLE_LEADS and k - j <= 2:
                    k += 1
                if k > j + 1 and k < len(toks) and self._present_participle(toks[k]):
                    return toks[j].start
            j += 1
        return end

    def _before_next_cue(self, start: int, end: int) -> int:
        """Content after the cue ends before "et a laissé entendre que…" / "and added that…": a
        conjunction opening another cue, which reports the same speaker's next statement."""
        toks = self.tokens
        j = bisect.bisect_left(self.tstarts, start)
        while j + 1 < len(toks) and toks[j + 1].start < end:
            if toks[j].lower in self.lex.CONJUNCTIONS and j + 1 in self.cue_at_token \
                    and not self.people.in_quote(toks[j].start):
                return toks[j].start
            j += 1
        return end

    def _present_participle(self, tok: Token) -> bool:
        """"adding", "réclamant" (not "sing" or "tant")."""
        return tok.lower.endswith(self.lex.PRESENT_PARTICIPLE) and len(tok.lower) > len(self.lex.PRESENT_PARTICIPLE) + 2

    def _starts_clause(self, pos: int, marked: bool) -> bool:
        """Unmarked content cannot open with a subordinator ("said as he left")."""
        if marked:
            return False
        j = bisect.bisect_left(self.tstarts, pos)
        return j < len(self.tokens) and self.tokens[j].lower in self.lex.CLAUSE_STARTS

    def _starts_with_quote(self, pos: int) -> bool:
        return any(abs(q.start - pos) <= 1 and q.end - q.start > 0 for q in self.spans)

    def _closes_sentence(self, pos: int, e: int) -> bool:
        """Only setting words (or nothing) between pos and the sentence end; a setting preposition
        opens a setting to the end ("…, a annoncé le gouvernement dans un communiqué lu à la télévision")."""
        j = bisect.bisect_left(self.tstarts, pos)
        words = 0
        while j < len(self.tokens) and self.tokens[j].start < e:
            t = self.tokens[j]
            if t.text in _TERMINAL or t.lower in self.lex.SETTING_PREPOSITIONS:
                return True
            if (
                t.lower not in self.lex.TIME_ADVERBS
                and t.lower not in self.lex.SETTING_NOUNS
                and t.lower not in self.lex.ADVERBS
            ):
                words += 1
            if words > 3 or t.text == ",":
                return t.text == "," and words <= 3
            j += 1
        return True

    # ---------- partial quotes ----------
    def _attribute_partials(self, found: list[_Found]) -> None:
        holders = [
            f
            for f in found
            if f.kind in ("indirect", "direct") and (f.ref is not None or f.inherit_from is not None)
        ]
        for f in found:
            if f.kind != "partial" or f.ref is not None:
                continue
            for g in holders:
                if g.start <= f.start and f.end <= g.end + 2:
                    f.cue, f.ref, f.inherit_from = g.cue, g.ref, g.inherit_from
                    break
            else:
                s, e = self._sentence_span(f.start)
                for g in holders:
                    if g.cue is not None and s <= g.cue.start < e:
                        f.cue, f.ref, f.inherit_from = g.cue, g.ref, g.inherit_from
                        break
                else:
                    span = next((q for q in self.spans if q.inner_start == f.start), None)
                    if span is not None and self._after(f, span):
                        continue  # `a "very welcome tack," he said.`
                    if span is not None and self._before(f, span, cue_only=True):
                        continue  # `as The New Yorker put it, “the operator.”`
                    # "Moore thanked him for “stepping up…”": the person the sentence is about
                    ref = self._sentence_subject(s, f.start)
                    if ref is None:  # "Le président français a appelé … à « prendre… »"
                        ref = self._subject_np(s, f.start)
                        ref = ref if ref is not None and ref.role else None  # a role, or "son homologue"
                    if ref is not None and (
                        ref.kind == "pronoun" or ref.role
                        or (ref.mention and (ref.mention.type in ("PER", "PERSON", "ORG") or ref.mention.metonym_of))
                    ):
                        f.ref = ref


_ANTECEDENT_WORDS = 6  # how far back a relative's antecedent is looked for


def _enough(words: list[str], marked: bool) -> bool:
    """Content long enough to be a statement: a clause after que/that may be two words ("que
    Téhéran riposterait"); unmarked content needs more to be told from a mere object."""
    return len(words) >= (_MIN_CONTENT_WORDS - 1 if marked else _MIN_CONTENT_WORDS)
