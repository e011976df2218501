"""Direct quotes: their kind and their attribution (cue after or before the quote, `Name:` labels,
dash signatures, continuations, the subject of the sentence weaving a quote in)."""

from __future__ import annotations

import bisect
import re

from veille.analyze.quote_cues import Cue
from veille.analyze.quote_found import (
    _BLANKS,
    _DASHES,
    _LABEL,
    _MAX_PARTIAL_WORDS,
    _QUOTE_MARKS,
    _TERMINAL,
    _Found,
    _words,
)
from veille.analyze.quote_spans import QuoteSpan
from veille.analyze.speakers import SpeakerRef

# An elided word before a quote ("d'« essai de routine »", "l'“accord”"): the apostrophe opens nothing.
_ELIDED = re.compile(r"\b\w['’]$")


class _DirectAttribution:
    """Direct-quote attribution methods of the quote finder (`quotes._Finder`)."""

    # ---------- direct quotes ----------
    def _inner_words(self, span: QuoteSpan) -> list[str]:
        """The words inside a quote span, found once per span (`_kind` and `_is_title` ask for them
        more than once, and a quote can be long). The memo lives as long as the finder."""
        memo = self.__dict__.setdefault("_inner_words_memo", {})  # made on first use, per finder
        key = (span.inner_start, span.inner_end)
        words = memo.get(key)
        if words is None:
            words = memo[key] = _words(self.text[span.inner_start : span.inner_end])
        return words

    def _kind(self, span: QuoteSpan) -> str | None:
        inner = self.text[span.inner_start : span.inner_end]
        words = self._inner_words(span)
        if not words:
            return None
        p_start = self._para_start(span.start)
        before = self.text[p_start : span.start].rstrip()
        at_start = (
            not before
            or before[-1] in ".!?:;—–-("
            or (before[-1] in _QUOTE_MARKS and not _ELIDED.search(before))  # "d'« essai »" is inside a sentence
            or bool(_LABEL.fullmatch(before + " "))
        )
        if at_start or (before.endswith(",") and len(words) >= 3):
            return "direct"
        if len(words) > _MAX_PARTIAL_WORDS and (
            inner.rstrip()[-1:] in ".!?," or self._ends_sentence(span.end)
        ):
            return "direct"
        if self._title_like(words, inner) and inner.rstrip()[-1:] != ",":
            return None  # a title of a work or a name in quotes, not speech
        return "partial"

    @staticmethod
    def _title_like(words: list[str], inner: str) -> bool:
        """A few capitalised words, no sentence end: a title or a name (`author of “Some Book,”`)."""
        return (
            len(words) <= 6
            and all(w[:1].isupper() or len(w) <= 3 for w in words)
            and inner.rstrip()[-1:] not in ".!?"
        )

    def _is_title(self, span: QuoteSpan) -> bool:
        """Quoted words that belong to their sentence (a title, a name) rather than speech: they
        neither end the phrase before a cue nor stop the search for one."""
        inner = self.text[span.inner_start : span.inner_end]
        words = self._inner_words(span)
        before = self.text[self._para_start(span.start) : span.start].rstrip()
        return bool(words) and self._title_like(words, inner) and before[-1:].isalnum()

    def _ends_sentence(self, pos: int) -> bool:
        rest = self.text[pos : pos + 3].lstrip(" ")
        return not rest or rest[0] in ".!?\n"

    def _attribute_direct(self, f: _Found, span: QuoteSpan) -> None:
        if span.start in self.inner_labels:
            a, b = self.inner_labels[span.start]
            j = bisect.bisect_left(self.tstarts, b) - 1
            ref = self._np_ending_at(j, a) if j >= 0 else None
            if ref is not None and (ref.start < a or ref.end > b):
                # NER ran the label into the speech: keep the label alone
                ref = SpeakerRef(a, b, self.text[a:b], "name")
            if ref is not None:
                f.ref, f.label = ref, ":"
                return
        if self._after(f, span):
            return
        self._before(f, span)

    def _after(self, f: _Found, span: QuoteSpan) -> bool:
        """`« … », a déclaré X`, `“…,” X said`, `“…,” said X`, `», a-t-il ajouté`."""
        i = bisect.bisect_left(self.tstarts, span.end)
        p_end = self._para_end(span.end - 1)
        if i < len(self.tokens) and self.tokens[i].start >= p_end and self._opens_paragraph(span.start):
            # the signature alone in the next paragraph: `“…”` / `- Sanders.`
            k = self._para_index(span.start) + 1
            if (
                k < len(self.paras)
                and self.tokens[i].text in _DASHES
                and len(_words(self.text[slice(*self.paras[k])])) <= 8
            ):
                ref = self._signature(i + 1, self.paras[k][1])
                if ref is not None:
                    f.ref, f.label = ref, "-"
                    return True
        dash = i < len(self.tokens) and self.tokens[i].text in _DASHES
        if dash:
            i += 1
        if i >= len(self.tokens) or self.tokens[i].start >= p_end:
            return False
        if dash and self.tokens[i - 1].text != "," and self._opens_line(span.start):
            ref = self._signature(i, self._line_end(span.end, p_end))
            if ref is not None:  # `“…” - Bernie Sanders.` (a quote signed with a dash)
                f.ref, f.label = ref, "-"
                return True
        inner_end = self.text[span.inner_start : span.inner_end].rstrip()[-1:]
        new_sentence = inner_end == "." and self.tokens[i].text[:1].isupper()
        unfinished = (
            inner_end in (",", "?", "!")
            or self.text[span.end - 2 : span.end - 1] in (",", "?", "!")
            or self.text[span.end : span.end + 3].lstrip()[:1] == ","  # French: `« … », sourit X`
        )
        if unfinished:
            ref = self._name_and_verb(i, p_end)
            if ref is not None:
                f.ref = ref
                return True
        next_quote = self._next_quote_start(span.end)
        for k in range(i, min(i + 30, len(self.tokens))):
            tok = self.tokens[k]
            if tok.start >= p_end or tok.start >= next_quote or tok.text in _TERMINAL:
                break
            cue = self.cue_at_token.get(k)
            if cue is None:
                continue
            if k == i:
                ref = self._clitic_ref(cue) or self._speaker_after(cue)
            elif self._adverbial_participle(cue):
                ref = self._sentence_subject(self._sentence_span(span.start)[0], span.start)
            else:
                ref = self._speaker_before(cue, self.tokens[i].start)
                if ref is None or not self._only_titles(i, ref.start):
                    # `“…,” Cecelia Purner, 67, a retired teacher, said`
                    ref = self._apposed_subject(self.tokens[i].start, cue)
                    if ref is None or not self._only_titles(i, ref.start):
                        return False
            if ref is None:
                return False
            if new_sentence and not self._cue_ends_clause(cue, ref):
                return False
            f.cue, f.ref = cue, ref
            self.used_cues.add(cue.first)
            return True
        return False

    def _name_and_verb(self, i: int, p_end: int) -> SpeakerRef | None:
        """`“…,” Blige sings to Clinton`, `“…?” Hannity pressed.`, `“…?” reacted Trump.`: a person
        with a verb right after an unfinished quote speaks it, whatever the verb."""
        toks = self.tokens
        m = self._mention_at(toks[i].start)
        if m is not None and m.type in ("PER", "PERSON") and m.start == toks[i].start:
            j = bisect.bisect_left(self.tstarts, m.end)
            if (
                j + 1 < len(toks)
                and toks[j].start < p_end
                and j not in self.cue_at_token  # a reporting verb: the cue rules decide
                and self._finite_verb(toks[j], toks[j + 1])
            ):
                return self._mention_ref(m)
            return None
        k = i
        while (
            k < len(toks) and k - i < 3 and self._mention_at(toks[k].start) is None and self._proper(toks[k])
        ):
            k += 1  # a name NER missed: "Hannity pressed."
        if i < k < len(toks) - 1 and k not in self.cue_at_token and self._finite_verb(toks[k], toks[k + 1]):
            return SpeakerRef(
                toks[i].start, toks[k - 1].end, self.text[toks[i].start : toks[k - 1].end], "name"
            )
        if i + 1 < len(toks) and i not in self.cue_at_token and self._finite_verb(toks[i], toks[i + 1]):
            m = self._mention_at(toks[i + 1].start)
            if m is not None and m.type in ("PER", "PERSON") and m.start == toks[i + 1].start:
                rest = self.text[m.end : m.end + 2].lstrip()
                if not rest or rest[0] in ".,;":
                    return self._mention_ref(m)
        return None

    def _finite_verb(self, t, nxt) -> bool:
        """A conjugated verb (not a plural noun: "Blige sings to", not "Trump supporters chanted")."""
        w = t.lower
        if not t.text[:1].islower() or not w.isalpha() or len(w) < 3:
            return False
        lex = self.lex
        if (
            w in lex.NOUN_DETERMINERS
            or w in lex.PREPOSITIONS
            or w in lex.CLAUSE_STARTS
            or w in lex.CONJUNCTIONS
            or w in lex.ADVERBS
            or w in lex.TIME_ADVERBS
            or w in lex.PRONOUNS
        ):
            return False
        if w in lex.forms or w in lex.AUXILIARIES or w in lex.IRREGULAR_PAST or w.endswith(lex.PAST_ENDINGS):
            return True
        n = nxt.lower
        return w.endswith(lex.FINITE_ENDINGS) and (
            not nxt.text[:1].isalnum()
            or n in lex.PREPOSITIONS
            or n in lex.SETTING_PREPOSITIONS
            or n in lex.INFINITIVE_MARKERS
            or n in lex.NOUN_DETERMINERS
            or n in lex.COMPLEMENTIZERS
        )

    def _apposed_name(self, ref: SpeakerRef) -> SpeakerRef | None:
        """`selon le porte-parole du Kremlin, Dmitri Peskov, …`: the person named in apposition
        right after a role or description (the name is the speaker, the role describes it)."""
        if ref.kind not in ("role", "nominal"):
            return None
        j = bisect.bisect_left(self.tstarts, ref.end)
        if j + 1 >= len(self.tokens) or self.tokens[j].text != ",":
            return None
        m = self._mention_at(self.tokens[j + 1].start)
        if m is None or m.type not in ("PER", "PERSON"):
            return None
        after = self.text[m.end : m.end + 2].lstrip()
        return self._mention_ref(m) if not after or after[0] in ",.;" else None

    def _signature(self, i: int, p_end: int) -> SpeakerRef | None:
        """A name (after optional titles) from token i that ends its sentence or is followed by a
        comma: `- Sanders.`, `-President Obama, tweeting after…`, `— Michelle Marks, Philadelphia.`"""
        j = i
        while j < len(self.tokens) and self.tokens[j].lower in self.lex.TITLES:
            j += 1
        if j >= len(self.tokens) or self.tokens[j].start >= p_end:
            return None
        m = self._mention_at(self.tokens[j].start)
        if m is not None and m.type in ("PER", "PERSON", "ORG"):
            end = m.end
            ref = self._mention_ref(m)
        else:
            k = j
            while k < len(self.tokens) and k - j < 4 and self._proper(self.tokens[k]):
                k += 1
            if k == j:
                return None
            end = self.tokens[k - 1].end
            ref = SpeakerRef(self.tokens[i].start, end, self.text[self.tokens[i].start : end], "name")
        rest = self.text[end:p_end].lstrip()
        return ref if not rest or rest[0] in ".,;(" else None

    def _only_titles(self, i: int, pos: int) -> bool:
        """Tokens from i up to pos are a few title words before the name ("Snyder spokesman",
        "Trump senior adviser", "CrowdStrike co-founder", "the Zionist Union Party's")."""
        between = []
        for t in self.tokens[i:]:
            if t.start >= pos or len(between) > 10:
                break
            between.append(t)
        if (
            between
            and between[-1].text == ","
            and between[0].lower not in self.lex.OPENING_WORDS
            and self._mention_at(pos) is not None
        ):
            # `“…,” the White House spokesman, Josh Earnest, said`: a role set off before the name
            between = between[:-1]
        elif len(between) > 7:
            return False
        if len(between) > 10:
            return False
        for t in between:
            w = t.lower
            if (
                t.text[:1].isupper()
                or w in self.lex.SPEAKER_DETERMINERS
                or w in self.lex.ROLE_NOUNS
                or w in self.lex.TITLES
            ):
                continue
            if not t.text[:1].isalnum():
                if t.text in ("-", "'", "’", "$"):
                    continue
                return False
            if (
                w in self.lex.CLAUSE_STARTS
                or w in self.lex.PRONOUNS
                or self.lex.forms.get(w)
                or w in self.lex.AUXILIARIES
            ):
                return False
        return True

    def _cue_ends_clause(self, cue: Cue, ref: SpeakerRef) -> bool:
        """After a quote ending its sentence, `He said.` belongs to it but `He said that…` does not."""
        j = self._skip_setting(bisect.bisect_left(self.tstarts, max(cue.end, ref.end)), len(self.text))
        if j >= len(self.tokens):
            return True
        w = self.tokens[j].lower
        if (
            self.tokens[j].text in (",", ":")
            and self._next_quote_start(self.tokens[j].end) <= self.tokens[j].end + 2
        ):
            return False  # `“….” At the same time, the person added, “…”`: the cue opens the next quote
        if cue.kind == "according" and self.tokens[j].text == ",":
            return False  # `« … » Pour le ministre X, la réforme…`: the cue opens its own content
        if self.tokens[j].text in _TERMINAL or self.tokens[j].text in _DASHES:
            return True
        return w in self.lex.CLAUSE_STARTS and w not in self.lex.COMPLEMENTIZERS

    def _before(self, f: _Found, span: QuoteSpan, cue_only: bool = False) -> bool:
        """`X a déclaré : « … »`, `X told reporters: “…”`, `X said, “…”`, `WALLACE: …`; with
        `cue_only`, only a reporting cue right before the quote (partial quotes)."""
        lo = max(self._para_start(span.start), self._prev_quote_end(span.start))
        k = self._para_index(span.start)
        if (
            self._opens_paragraph(span.start)
            and k > 0
            and self.text[: self.paras[k - 1][1]].rstrip().endswith(":")
        ):
            # "Dr. Ward stated:" closing the previous paragraph
            lo = max(self.paras[k - 1][0], self._prev_quote_end(span.start))
        head = self.text[lo : span.start].rstrip()
        label = (
            _LABEL.fullmatch(self.text[self._para_start(span.start) : span.start].lstrip() + " ")
            if lo == self._para_start(span.start)
            else None
        )
        i = bisect.bisect_left(self.tstarts, span.start)
        candidates = [c for c in self.cues if lo <= c.start and c.end <= span.start]
        for cue in reversed(candidates[-2:]):
            gap = [t for t in self.tokens[cue.last + 1 : i]]
            if len(gap) > 12 or any(t.text in _TERMINAL for t in gap):
                continue
            if gap and not (gap[-1].text in (":", ",") or gap[-1].lower in self.lex.COMPLEMENTIZERS):
                continue
            if self._adverbial_participle(cue):
                # "X told Newsmax that…, adding, “…”", "X explained it by saying: “…”": the main
                # clause subject speaks, even a group ("Protesters…, while chanting, “…”")
                s0 = self._sentence_span(cue.start)[0]
                ref = self._sentence_subject(s0, cue.start) or self._subject_np(s0, cue.start)
            elif cue.participle and self._opens_sentence(cue.start):
                # "X stated that… Adding, “…”": the speaker of the sentence before goes on
                ref = SpeakerRef(cue.start, cue.end, cue.text, "pronoun")
            else:
                ref = self._clitic_ref(cue) or self._speaker_before(cue, lo)
                if ref is None:
                    ref = self._apposed_subject(max(lo, self._sentence_span(cue.start)[0]), cue)
                if ref is None and self._after_conjunction(cue):
                    ref = self._sentence_subject(self._sentence_span(cue.start)[0], cue.start)
                if ref is None and cue.lemma not in self.lex.TELL_LEMMAS:
                    ref = self._speaker_after(cue)
            if ref is None or (ref.start >= cue.end and ref.start >= span.start):
                continue
            if ref.kind == "narrator" and cue.lemma in self.lex.QUOTING_LEMMAS:
                continue  # "Trump said, and I quote, “…”": the writer only passes the words on
            f.cue, f.ref = cue, ref
            self.used_cues.add(cue.first)
            return True
        if cue_only:
            return False
        if head[-1:] in "-—–" and self.text[span.end : span.end + 4].strip()[:1] in ("-", "—", "–"):
            # an aside set off by dashes: `the former candidate Mitt Romney -- ''…'' --`, `Mr. Trump
            # hardly clarified the matter, treating it as a compliment -- ''…'' --`
            j = bisect.bisect_left(self.tstarts, lo + len(head.rstrip("-—– ")))
            m = self._mention_at(self.tokens[j - 1].start) if j > 0 else None
            if m is not None and m.type in ("PER", "PERSON"):
                ref = self._mention_ref(m)
            else:
                ref = self._sentence_subject(max(lo, self._sentence_span(span.start)[0]), span.start)
            if ref is not None and (
                ref.kind in ("pronoun", "name") or (ref.mention and ref.mention.type in ("PER", "PERSON"))
            ):
                f.ref, f.label = ref, "-"
                return True
        if label is not None or (head.endswith(":") and len(_words(head)) <= 4):
            name_end = lo + len(head) - 1
            j = bisect.bisect_left(self.tstarts, name_end) - 1
            if j >= 0 and self.tokens[j].start >= lo:
                ref = self._np_ending_at(j, lo)
                if ref is not None and ref.kind in ("mention", "name", "role") and self._starts_head(ref, lo):
                    f.ref, f.label = ref, ":"
                    return True
        if head.endswith((":", ",")):
            # "X leaned in and boomed: “…”", "Hillary shot back, “…”": a person's clause just before
            clause_start = max(lo, self._sentence_span(lo + len(head) - 1)[0])
            if head.endswith(","):
                clause_start = max(clause_start, self._clause_start(lo + len(head) - 1))
            ref = self._sentence_subject(clause_start, span.start)
            if ref is not None and (
                ref.kind in ("pronoun", "name") or (ref.mention and ref.mention.type in ("PER", "PERSON"))
            ):
                f.ref, f.label = ref, ":"
                return True
        elif head[-1:].isalnum():
            # a quote the sentence weaves in without a reporting verb: `West landed a dig at “…”`,
            # `the FBI lists “…”`: whoever the sentence is about
            s0 = self._sentence_span(span.start)[0]
            if lo <= s0 < span.start:
                ref = self._sentence_subject(s0, span.start)
                if ref is not None:
                    f.ref = ref
                    return True
        return False

    def _adverbial_participle(self, cue: Cue) -> bool:
        """A participle cue after a comma or dash, or led by "by"/"while" ("en" in French)."""
        if not cue.participle or cue.first == 0:
            return False
        before = self.tokens[cue.first - 1]
        return before.text in _DASHES or before.lower in self.lex.PARTICIPLE_LEADS

    def _opens_sentence(self, pos: int) -> bool:
        start = self._sentence_span(pos)[0]
        return not self.text[start:pos].strip(_BLANKS)

    def _starts_head(self, ref: SpeakerRef, lo: int) -> bool:
        """A `Name:` label is the whole head (a title or two may precede the name)."""
        return len(_words(self.text[lo : ref.start])) <= 2

    def _continuations(self, direct: list[_Found]) -> None:
        """A bare quote after an attributed one keeps its speaker (same or next paragraph)."""
        prev: _Found | None = None
        for f in direct:
            if f.ref is None and f.inherit_from is None and prev is not None:
                same_para = self._para_start(prev.start) == self._para_start(f.start)
                next_para = self._para_index(f.start) - self._para_index(
                    prev.end
                ) == 1 and self._opens_paragraph(f.start)
                since = max(prev.end, prev.ref.end if prev.ref else 0, prev.cue.end if prev.cue else 0)
                if (same_para or next_para) and not self._named_between(since, f.start, prev.ref):
                    f.inherit_from = prev
            if f.ref is not None or f.inherit_from is not None:
                prev = f
        attributed = [f for f in direct if f.ref is not None]
        for f in direct:
            if f.ref is None and f.inherit_from is None:
                words = " ".join(_words(self.text[f.start : f.end])).lower()
                if len(words.split()) < 4:
                    continue
                for g in attributed:
                    other = " ".join(_words(self.text[g.start : g.end])).lower()
                    if words in other or other in words:
                        f.inherit_from = g
                        break

    def _paragraph_continuations(self, found: list[_Found], direct: list[_Found]) -> None:
        """A bare quote opening a paragraph goes on with the speaker attributed last in the
        paragraph before, whatever the kind of that attribution (`… a "welcome tack," he said.`)."""
        holders = sorted(
            ((max(g.end, g.ref.end, g.cue.end if g.cue else 0), g) for g in found if g.ref is not None),
            key=lambda pair: pair[0],
        )
        ends = [pos for pos, _ in holders]
        for f in direct:
            if f.ref is not None or f.inherit_from is not None or not self._opens_paragraph(f.start):
                continue
            k = self._para_index(f.start)
            if k <= 0:
                continue
            i = bisect.bisect_left(ends, self.paras[k][0]) - 1
            if i < 0 or ends[i] < self.paras[k - 1][0]:
                continue
            pos, g = holders[i]
            rest = self.text[pos : self.paras[k - 1][1]]
            if (
                not self._named_between(pos, f.start, g.ref)
                and len(_words(rest)) <= 4
                and not any(pos <= m.start < self.paras[k - 1][1] for m in self.mentions)
            ):
                f.inherit_from = g

    def _after_attributed_sentence(self, found: list[_Found], direct: list[_Found]) -> None:
        """A bare quote opening a sentence right after a sentence of the same paragraph that
        attributes speech (`X said the plan was "not meeting the demand." “We often…”`) goes on
        with that speaker."""
        for f in direct:
            if f.ref is not None or f.inherit_from is not None:
                continue
            s = self.people.sentence_of(f.start)
            start = self.sent_starts[s] if s >= 0 else 0
            if s <= 0 or self.text[start : f.start].strip(_BLANKS):
                continue
            prev_start = self.sent_starts[s - 1]
            if self._para_index(prev_start) != self._para_index(f.start):
                continue
            held = [
                g
                for g in found
                if g is not f
                and g.ref is not None
                and prev_start <= (g.cue.start if g.cue is not None else g.ref.start) < start
            ]
            if held:
                f.inherit_from = max(held, key=lambda g: g.cue.start if g.cue is not None else g.ref.start)

    def _after_a_sentence_about(self, direct: list[_Found]) -> None:
        """A bare quote right after a sentence whose subject is a person, with no quote of its own
        (`Mr. Hannity is unapologetic about his aim. ''I'm not hiding…''`), is that person's."""
        for f in direct:
            if f.ref is not None or f.inherit_from is not None:
                continue
            s = self.people.sentence_of(f.start)
            start = self.sent_starts[s] if s >= 0 else 0
            if self.text[start : f.start].strip(_BLANKS) or s <= 0:
                continue  # the quote does not open its sentence
            prev_start = self.sent_starts[s - 1]
            if self._para_index(prev_start) < self._para_index(f.start) - 1:
                continue
            if any(prev_start <= q.start and q.end < f.start for q in self.spans):
                continue
            subject = self.people.sentence_subject(s - 1)
            if subject is not None:
                f.ref = self._subject_ref(prev_start, start)

    def _named_between(self, a: int, b: int, ref: SpeakerRef | None = None) -> bool:
        """Another reporting cue, or a sentence about another person, between two quotes breaks a
        continuation; a cue whose speaker is `ref` itself does not ("said X, who noted that…")."""
        holders = getattr(self, "cue_holders", {})
        for c in self.cues:
            if a <= c.start < b and c.first in self.used_cues:
                held = holders.get(c.first)
                if (
                    ref is None
                    or held is None
                    or held.ref is None
                    or (held.ref.start, held.ref.end) != (ref.start, ref.end)
                ):
                    return True
        for m in self.mentions:
            if a <= m.start < b and m.type in ("PER", "PERSON") and not self.people.in_quote(m.start):
                s = self._sentence_span(m.start)[0]
                if not self.text[s : m.start].strip(_BLANKS) or len(_words(self.text[s : m.start])) <= 1:
                    return True
        return False
