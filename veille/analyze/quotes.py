"""Quotes and their speakers, in French and English.

`find_quotes(article, doc, mentions)` returns:
- direct quotes (`direct`): the outer quote between « », “ ”, „ “ or " " (nested quotes stay inside
  their outer quote; a quote running over paragraphs is one unit, see quote_spans.py);
- partial quotes (`partial`): a few quoted words inside a sentence;
- reported speech (`indirect`): the content clause of a reporting verb (`a prévenu que…`,
  `said that…`, `X said on Monday the talks…`) or of `selon X` / `according to X`.

Attribution is surface-based (no parse needed, so analysis stays near bare-NER speed): the
reporting cue is found next to the quote, after it (`« … », a déclaré X`, `“…,” X said`, inverted
`a-t-il déclaré`, `said X`, `said one party leader`, `“…,” Trump senior adviser Paul Manafort
conceded`, `“…,” Jane Doe, 67, a retired nurse, said`) or before it (`X a déclaré : « … »`,
`X told reporters: “…”`, `Sen. X (D-Ill.), noting…, said, “…”`), and the speaker expression next to
the cue is resolved by speakers.py. Before a cue, a verb group is skipped (`did not immediately
say`), and an infinitive cue goes to the noun phrase governing it (`was quick to say`, `forced
Sanders to admit`). A bare quote that follows an attributed quote (same paragraph, or opening the
next paragraph after any attribution closing the one before) keeps its speaker. A quote with no cue
gets a speaker only on evidence: a `Name:` label or a dash signature (`“…” - Bernie Sanders.`), the
subject of the sentence weaving it in (`X landed a dig at “…”`) or of the sentence right before a
bare quote, or the same words attributed elsewhere in the article. Credit-line people are never
speakers.

Offsets are into `article.text`; a direct quote's span is its words without the marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from veille.analyze.quote_cues import Cue, Lexicon, Token, find_cues, lexicon, tokenize
from veille.analyze.quote_spans import QuoteSpan, find_quote_spans, paragraph_spans
from veille.analyze.speakers import People, SpeakerRef
from veille.model import Article, Mention, Quote

_QUOTE_MARKS = "«»“”„\"‘’‹›'"
_TERMINAL = frozenset(".!?;")
_DASHES = frozenset(",—–-")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "été", "être"})
_LABEL = re.compile(r"[\"“«]?\s*([A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3})\s*:\s")
# a transcript turn: `"WALLACE: …` (a paragraph opening with an upper-case speaker label)
_TURN = re.compile(r"[ \t]*[\"“«]?[ \t]*([A-Z][A-Z.'’ -]{1,30}[A-Z.]):[ \t\u00a0]+")
_MIN_CONTENT_WORDS = 3
_MAX_PARTIAL_WORDS = 8


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    ref: SpeakerRef | None = None
    label: str | None = None  # cue text when not a verb (":" label)
    inherit_from: _Found | None = None
    speaker: str | None = None
    resolved: bool = False


def find_quotes(article: Article, doc, mentions: list[Mention]) -> list[Quote]:
    """Direct, partial and reported quotes of `article` with their speakers.

    `doc` is the article's `ner_doc` (used for sentence boundaries; None falls back to a regex
    splitter); `mentions` are the article's entity mentions (persons and organisations speak).
    """
    return _Finder(article, doc, mentions).run()


class _Finder:
    def __init__(self, article: Article, doc, mentions: list[Mention]) -> None:
        self.article = article
        self.text = text = article.text
        self.lex: Lexicon = lexicon((article.language or "en")[:2])
        self.tokens: list[Token] = tokenize(text, self.lex)
        self.tstarts = [t.start for t in self.tokens]
        self.paras = paragraph_spans(text)
        self.credit = _credit_span(text, self.paras)
        cut = self.credit[0] if self.credit else len(text) + 1
        self.inner_labels: dict[int, tuple[int, int]] = {}
        self.spans: list[QuoteSpan] = self._split_transcripts([s for s in find_quote_spans(text) if s.start < cut])
        self.sent_starts = _sentence_starts(doc, text, self.paras)
        blocked = [(s.start, s.end) for s in self.spans] + ([self.credit] if self.credit else [])
        self.cues = find_cues(self.tokens, text, self.lex, blocked)
        self.cue_at_token = {c.first: c for c in self.cues}
        self.mentions = sorted((m for m in mentions if not (self.credit and m.start >= self.credit[0])), key=lambda m: m.start)
        self.people = People(
            text, mentions, self.tokens, self.lex, self.sent_starts, [p[0] for p in self.paras],
            [(s.start, s.end) for s in self.spans], [c.name for c in article.credits], self.credit,
        )
        self.used_cues: set[int] = set()
        self._lower_words: set[str] | None = None

    def _split_transcripts(self, spans: list[QuoteSpan]) -> list[QuoteSpan]:
        """Transcripts quote each turn as a paragraph opened by `"NAME: `: one unit per turn."""
        out: list[QuoteSpan] = []
        for span in spans:
            turns = [
                (p_start, m)
                for p_start, p_end in self.paras
                if span.start <= p_start < span.end or p_start <= span.start < p_end
                for m in [_TURN.match(self.text, p_start, p_end)]
                if m is not None and m.start(1) >= span.start
            ]
            if not turns:
                out.append(span)
                continue
            if turns[0][0] > span.start and span.start not in [t[0] for t in turns]:
                first_end = self._para_end(span.start)
                out.append(QuoteSpan(span.start, first_end, span.inner_start, first_end, False, 1))
            for k, (p_start, m) in enumerate(turns):
                end = turns[k + 1][0] if k + 1 < len(turns) else span.end
                inner_end = end
                while inner_end > m.end() and (self.text[inner_end - 1].isspace() or self.text[inner_end - 1] in _QUOTE_MARKS):
                    inner_end -= 1
                piece = QuoteSpan(max(p_start, span.start), end, m.end(), inner_end, span.closed, 1)
                self.inner_labels[piece.start] = (m.start(1), m.end(1))
                out.append(piece)
        return out

    # ---------- driver ----------
    def run(self) -> list[Quote]:
        found: list[_Found] = []
        direct: list[_Found] = []
        for span in self.spans:
            kind = self._kind(span)
            if kind is None:
                continue
            f = _Found(span.inner_start, span.inner_end, kind)
            if kind == "direct":
                self._attribute_direct(f, span)
                direct.append(f)
            found.append(f)
        found.extend(self._reported())
        self._continuations(direct)
        self._attribute_partials(found)
        self._paragraph_continuations(found, direct)
        self._after_a_sentence_about(direct)
        found.sort(key=lambda f: f.start)
        self._resolve(found)
        return [self._to_quote(f) for f in found]

    # ---------- direct quotes ----------
    def _kind(self, span: QuoteSpan) -> str | None:
        inner = self.text[span.inner_start : span.inner_end]
        words = _words(inner)
        if not words:
            return None
        p_start = self._para_start(span.start)
        before = self.text[p_start : span.start].rstrip()
        at_start = not before or before[-1] in ".!?:;—–-(" or before[-1] in _QUOTE_MARKS or bool(_LABEL.fullmatch(before + " "))
        if at_start or (before.endswith(",") and len(words) >= 3):
            return "direct"
        if len(words) > _MAX_PARTIAL_WORDS and (inner.rstrip()[-1:] in ".!?," or self._ends_sentence(span.end)):
            return "direct"
        if len(words) <= 6 and all(w[:1].isupper() or len(w) <= 3 for w in words) and inner.rstrip()[-1:] not in ".!?,":
            return None  # a title of a work or a name in quotes, not speech
        return "partial"

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
            if k < len(self.paras) and self.tokens[i].text in _DASHES and len(_words(self.text[slice(*self.paras[k])])) <= 8:
                ref = self._signature(i + 1, self.paras[k][1])
                if ref is not None:
                    f.ref, f.label = ref, "-"
                    return True
        dash = i < len(self.tokens) and self.tokens[i].text in _DASHES
        if dash:
            i += 1
        if i >= len(self.tokens) or self.tokens[i].start >= p_end:
            return False
        if dash and self.tokens[i - 1].text != "," and self._opens_paragraph(span.start):
            ref = self._signature(i, p_end)
            if ref is not None:  # `“…” - Bernie Sanders.` (a quote signed with a dash)
                f.ref, f.label = ref, "-"
                return True
        inner_end = self.text[span.inner_start : span.inner_end].rstrip()[-1:]
        new_sentence = inner_end == "." and self.tokens[i].text[:1].isupper()
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
            elif cue.participle and self.tokens[cue.first - 1].text in _DASHES:
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
            if t.start >= pos or len(between) > 7:
                break
            between.append(t)
        if len(between) > 7:
            return False
        for t in between:
            w = t.lower
            if t.text[:1].isupper() or w in self.lex.SPEAKER_DETERMINERS or w in self.lex.ROLE_NOUNS or w in self.lex.TITLES:
                continue
            if not t.text[:1].isalnum():
                if t.text in ("-", "'", "’", "$"):
                    continue
                return False
            if w in self.lex.CLAUSE_STARTS or w in self.lex.PRONOUNS or self.lex.forms.get(w) or w in self.lex.AUXILIARIES:
                return False
        return True

    def _cue_ends_clause(self, cue: Cue, ref: SpeakerRef) -> bool:
        """After a quote ending its sentence, `He said.` belongs to it but `He said that…` does not."""
        j = self._skip_setting(bisect.bisect_left(self.tstarts, max(cue.end, ref.end)), len(self.text))
        if j >= len(self.tokens):
            return True
        w = self.tokens[j].lower
        if self.tokens[j].text in _TERMINAL or self.tokens[j].text in _DASHES:
            return True
        return w in self.lex.CLAUSE_STARTS and w not in self.lex.COMPLEMENTIZERS

    def _before(self, f: _Found, span: QuoteSpan) -> bool:
        """`X a déclaré : « … »`, `X told reporters: “…”`, `X said, “…”`, `WALLACE: …`."""
        lo = max(self._para_start(span.start), self._prev_quote_end(span.start))
        k = self._para_index(span.start)
        if self._opens_paragraph(span.start) and k > 0 and self.text[: self.paras[k - 1][1]].rstrip().endswith(":"):
            # "Dr. Ward stated:" closing the previous paragraph
            lo = max(self.paras[k - 1][0], self._prev_quote_end(span.start))
        head = self.text[lo : span.start].rstrip()
        label = _LABEL.fullmatch(self.text[self._para_start(span.start) : span.start].lstrip() + " ") if lo == self._para_start(span.start) else None
        i = bisect.bisect_left(self.tstarts, span.start)
        candidates = [c for c in self.cues if lo <= c.start and c.end <= span.start]
        for cue in reversed(candidates[-2:]):
            gap = [t for t in self.tokens[cue.last + 1 : i]]
            if len(gap) > 12 or any(t.text in _TERMINAL for t in gap):
                continue
            if gap and not (gap[-1].text in (":", ",") or gap[-1].lower in self.lex.COMPLEMENTIZERS):
                continue
            if cue.participle and cue.first > 0 and self.tokens[cue.first - 1].text in _DASHES:
                # "X told Newsmax that…, adding, “…”": the main clause subject speaks
                ref = self._sentence_subject(self._sentence_span(cue.start)[0], cue.start)
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
            f.cue, f.ref = cue, ref
            self.used_cues.add(cue.first)
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
            if ref is not None and (ref.kind in ("pronoun", "name") or (ref.mention and ref.mention.type in ("PER", "PERSON"))):
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

    def _starts_head(self, ref: SpeakerRef, lo: int) -> bool:
        """A `Name:` label is the whole head (a title or two may precede the name)."""
        return len(_words(self.text[lo : ref.start])) <= 2

    def _continuations(self, direct: list[_Found]) -> None:
        """A bare quote after an attributed one keeps its speaker (same or next paragraph)."""
        prev: _Found | None = None
        for f in direct:
            if f.ref is None and f.inherit_from is None and prev is not None:
                same_para = self._para_start(prev.start) == self._para_start(f.start)
                next_para = self._para_index(f.start) - self._para_index(prev.end) == 1 and self._opens_paragraph(f.start)
                since = max(prev.end, prev.ref.end if prev.ref else 0, prev.cue.end if prev.cue else 0)
                if (same_para or next_para) and not self._named_between(since, f.start):
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
            if not self._named_between(pos, f.start) and len(_words(rest)) <= 4 and not any(
                pos <= m.start < self.paras[k - 1][1] for m in self.mentions
            ):
                f.inherit_from = g

    def _after_a_sentence_about(self, direct: list[_Found]) -> None:
        """A bare quote right after a sentence whose subject is a person, with no quote of its own
        (`Mr. Hannity is unapologetic about his aim. ''I'm not hiding…''`), is that person's."""
        for f in direct:
            if f.ref is not None or f.inherit_from is not None:
                continue
            s = self.people.sentence_of(f.start)
            start = self.sent_starts[s] if s >= 0 else 0
            if self.text[start : f.start].strip(" \n" + _QUOTE_MARKS) or s <= 0:
                continue  # the quote does not open its sentence
            prev_start = self.sent_starts[s - 1]
            if self._para_index(prev_start) < self._para_index(f.start) - 1:
                continue
            if any(prev_start <= q.start and q.end < f.start for q in self.spans):
                continue
            subject = self.people._subject(s - 1)
            if subject is not None:
                f.ref = self._subject_ref(prev_start, start)

    def _named_between(self, a: int, b: int) -> bool:
        """Another reporting cue, or a sentence about another person, between two quotes breaks a continuation."""
        if any(a <= c.start < b and c.first in self.used_cues for c in self.cues):
            return True
        for m in self.mentions:
            if a <= m.start < b and m.type in ("PER", "PERSON") and not self.people.in_quote(m.start):
                s = self._sentence_span(m.start)[0]
                if not self.text[s : m.start].strip(" \n" + _QUOTE_MARKS) or len(_words(self.text[s : m.start])) <= 1:
                    return True
        return False

    # ---------- reported speech ----------
    def _reported(self) -> list[_Found]:
        out: list[_Found] = []
        for cue in self.cues:
            if cue.first in self.used_cues:
                continue
            f = self._according(cue) if cue.kind == "according" else self._reported_verb(cue)
            if f is not None:
                self.used_cues.add(cue.first)
                out.append(f)
        return out

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        s = self.sent_starts[k] if k >= 0 else 0
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
        weak = cue.lemma in self.lex.WEAK_LEMMAS
        ref = self._clitic_ref(cue)
        before = ref is None and not cue.participle
        if before:
            ref = self._speaker_before(cue, s)
            if ref is None and self._after_conjunction(cue):
                ref = self._sentence_subject(s, cue.start)
        content_start, marked = self._content_start(cue, e)
        after_words = _words(self.text[content_start:e]) if content_start < e else []
        preceded_by_comma = cue.first > 0 and self.tokens[cue.first - 1].text in _DASHES
        if ref is None and cue.participle and preceded_by_comma:
            ref = self._sentence_subject(s, cue.start)
            if ref is not None and len(after_words) >= _MIN_CONTENT_WORDS and (marked or not weak):
                return self._content(content_start, e, cue, ref)
            return None
        if ref is None and preceded_by_comma:
            # "…, said X." / "…, a déclaré X."
            ref = self._speaker_after(cue)
            if ref is not None and self._closes_sentence(ref.end, e):
                return self._content(s, self.tokens[cue.first - 1].start, cue, ref)
            return None
        if ref is None:
            return None
        if ref.start >= cue.end:  # clitic inside the cue
            if len(after_words) >= _MIN_CONTENT_WORDS and marked:
                return self._content(content_start, e, cue, ref)
            k = bisect.bisect_left(self.tstarts, cue.start) - 1
            if k >= 0 and self.tokens[k].text in _DASHES and self._closes_sentence(cue.end, e):
                return self._content(s, self.tokens[k].start, cue, ref)
            return None
        if len(after_words) >= _MIN_CONTENT_WORDS and (marked or not weak):
            if self._starts_clause(content_start, marked):
                return None
            return self._content(content_start, e, cue, ref)
        if self._closes_sentence(cue.end, e):
            k = bisect.bisect_left(self.tstarts, ref.start) - 1
            if k >= 0 and self.tokens[k].text in _DASHES and self.tokens[k].start > s:
                return self._content(s, self.tokens[k].start, cue, ref)
        return None

    def _according(self, cue: Cue) -> _Found | None:
        s, e = self._sentence_span(cue.start)
        ref = self._speaker_after(cue)
        if ref is None:
            return None
        ref = self._apposed_name(ref) or ref
        head = self.text[s : cue.start].strip(" ,—–\n")
        if len(_words(head)) >= _MIN_CONTENT_WORDS:
            return self._content(s, cue.start, cue, ref)
        j = bisect.bisect_left(self.tstarts, ref.end)
        while j < len(self.tokens) and self.tokens[j].start < e and self.tokens[j].text != ",":
            j += 1
        if j < len(self.tokens) and self.tokens[j].start < e:
            start = self.tokens[j].end
            if len(_words(self.text[start:e])) >= _MIN_CONTENT_WORDS:
                return self._content(start, e, cue, ref)
        return None

    def _skip_setting(self, j: int, e: int) -> int:
        """Index of the first token after time words and setting phrases ("on Monday", "lors d'un point de presse")."""
        toks = self.tokens
        while j < len(toks) and toks[j].start < e:
            w = toks[j].lower
            if w in self.lex.TIME_ADVERBS or w in self.lex.ADVERBS:
                j += 1
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
            k = j
            while k < len(toks) and toks[k].start < e and k - j < 6:
                w = toks[k].lower
                if w in self.lex.COMPLEMENTIZERS or w in (":", ","):
                    break
                k += 1
            if k < len(toks) and toks[k].start < e and k - j < 6 and (
                toks[k].lower in self.lex.COMPLEMENTIZERS or toks[k].text in (":", ",")
            ):
                j = k
            else:
                # an addressee without a marker: "told the Washington Examiner." has no content
                k = j
                while k < len(toks) and toks[k].start < e and (
                    toks[k].text[:1].isupper() or toks[k].lower in self.lex.ADDRESSEES
                    or toks[k].lower in self.lex.SPEAKER_DETERMINERS
                ):
                    k += 1
                if k >= len(toks) or toks[k].start >= e or toks[k].text in _TERMINAL:
                    return e, False
                if toks[j].lower in self.lex.ADDRESSEES:
                    j = k
            j = self._skip_setting(j, e)
        if j < len(toks) and toks[j].start < e:
            w = toks[j].lower
            if w in self.lex.COMPLEMENTIZERS or w in (":", ","):
                return toks[j].end, w != ","
            return toks[j].start, False
        return e, False

    def _content(self, start: int, end: int, cue: Cue, ref: SpeakerRef) -> _Found | None:
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".,;:—–-"):
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        if len(_words(self.text[start:end])) < _MIN_CONTENT_WORDS:
            return None
        return _Found(start, end, "indirect", cue, ref)

    def _starts_clause(self, pos: int, marked: bool) -> bool:
        """Unmarked content cannot open with a subordinator ("said as he left")."""
        if marked:
            return False
        j = bisect.bisect_left(self.tstarts, pos)
        return j < len(self.tokens) and self.tokens[j].lower in self.lex.CLAUSE_STARTS

    def _starts_with_quote(self, pos: int) -> bool:
        return any(abs(q.start - pos) <= 1 and q.end - q.start > 0 for q in self.spans)

    def _closes_sentence(self, pos: int, e: int) -> bool:
        """Only setting words (or nothing) between pos and the sentence end."""
        j = bisect.bisect_left(self.tstarts, pos)
        words = 0
        while j < len(self.tokens) and self.tokens[j].start < e:
            t = self.tokens[j]
            if t.text in _TERMINAL:
                return True
            if t.lower not in self.lex.TIME_ADVERBS and t.lower not in self.lex.SETTING_NOUNS and t.lower not in self.lex.ADVERBS:
                words += 1
            if words > 3 or t.text == ",":
                return t.text == "," and words <= 3
            j += 1
        return True

    # ---------- partial quotes ----------
    def _attribute_partials(self, found: list[_Found]) -> None:
        holders = [f for f in found if f.kind in ("indirect", "direct") and (f.ref is not None or f.inherit_from is not None)]
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
                    # "Moore thanked him for “stepping up…”": the person the sentence is about
                    ref = self._sentence_subject(s, f.start)
                    if ref is not None and (ref.kind == "pronoun" or (ref.mention and ref.mention.type in ("PER", "PERSON"))):
                        f.ref = ref

    # ---------- speaker expressions ----------
    def _clitic_ref(self, cue: Cue) -> SpeakerRef | None:
        if cue.clitic is None:
            return None
        gender, number = self.lex.INVERTED_CLITICS.get(cue.clitic.lower, (None, "sg"))
        return SpeakerRef(cue.clitic.start, cue.clitic.end, cue.clitic.text, "pronoun", gender=gender, number=number)

    def _skip_verb_group(self, j: int, lo: int, most: int, governing: bool = False) -> int:
        """Index of the first token at or before j that is not part of a verb group (auxiliaries,
        negations, adverbs, time words; with `governing`, also the participle or adjective ruling an
        infinitive: "was prompted", "are more likely", "refused")."""
        lex = self.lex
        skip = lex.ADVERBS | lex.AUXILIARIES | lex.NEGATIONS | lex.TIME_ADVERBS
        start = j
        while j >= 0 and self.tokens[j].start >= lo and start - j < most:
            t = self.tokens[j]
            w = t.lower
            lowercase = t.text[:1].islower()
            if w in skip or (lowercase and w.endswith("ly")):
                j -= 1
                continue
            if governing and lowercase and (w.endswith(lex.VERB_ENDINGS) or w in lex.CONTROL_WORDS):
                j -= 1
                continue
            break
        return j

    def _speaker_before(self, cue: Cue, lo: int) -> SpeakerRef | None:
        j = self._skip_verb_group(cue.first - 1, lo, 6)
        if j < 0 or self.tokens[j].start < lo:
            return None
        t = self.tokens[j]
        if t.lower in self.lex.INFINITIVE_MARKERS:
            # "refused to say", "was prompted to say", "led Republicans to say": the noun phrase
            # before the verb group governing the infinitive, else the clause's subject
            k = self._skip_verb_group(j - 1, lo, 5, governing=True)
            if k >= 0 and self.tokens[k].start >= lo:
                w = self.tokens[k].lower
                if k == j - 1 and w in self.lex.OBJECT_PRONOUNS:  # "allowed him to say"
                    gender, number = self.lex.OBJECT_PRONOUNS[w]
                    t = self.tokens[k]
                    return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
                ref = self._np_ending_at(k, lo)
                # right before "to" only a name or a role speaks ("force Sen. Sanders to admit"),
                # not "her call to admit"
                if ref is not None and (k < j - 1 or ref.kind != "nominal" or ref.text[:1].isupper()):
                    return ref
            a = max(lo, self._sentence_span(cue.start)[0])
            return self._subject_ref(a, t.start) or self._clause_np(a, t.start)
        if t.text in (",", ")"):
            opener = "," if t.text == "," else "("
            k = j - 1
            while k >= 0 and self.tokens[k].start >= lo and j - k < 25:
                w = self.tokens[k].text
                if w == opener or w in _TERMINAL or w in _QUOTE_MARKS:
                    break
                k -= 1
            if k > 0 and self.tokens[k].text == opener and self.tokens[k - 1].start >= lo:
                ref = self._np_ending_at(k - 1, lo)
                if ref is not None and ref.kind in ("mention", "pronoun", "name", "role"):
                    return ref
            return None
        return self._np_ending_at(j, lo)

    def _np_ending_at(self, j: int, lo: int) -> SpeakerRef | None:
        t = self.tokens[j]
        if not t.text[:1].isalnum():
            return None
        m = self._mention_at(t.start)
        if m is not None:
            return self._mention_ref(m)
        if t.lower in self.lex.PRONOUNS:
            gender, number = self.lex.PRONOUNS[t.lower]
            if t.lower in self.lex.UNRESOLVABLE_PRONOUNS and t.lower not in self.lex.THING_PRONOUNS:
                return None
            return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
        if t.lower in self.lex.CLAUSE_STARTS or (self.lex.forms.get(t.lower) and not self._after_determiner(j)):
            return None
        k = j
        while k - 1 >= 0 and self.tokens[k - 1].start >= lo and j - k < 7:
            w = self.tokens[k - 1]
            if not w.text[:1].isalnum() or w.lower in self.lex.CLAUSE_STARTS or (
                self.lex.forms.get(w.lower) and not self._after_determiner(k - 1)
            ) or w.lower in self.lex.AUXILIARIES or w.lower in self.lex.NEGATIONS:
                break
            if self.cue_at_token.get(k - 1) is not None:
                break
            k -= 1
        return self._nominal(k, j)

    def _clause_np(self, a: int, b: int) -> SpeakerRef | None:
        """The noun phrase opening the clause at a (before b), up to its verb: "Democratic voters"
        in "Democratic voters are more likely to say…"."""
        lex = self.lex
        i = bisect.bisect_left(self.tstarts, a)
        while i < len(self.tokens) and self.tokens[i].start < b and (
            not self.tokens[i].text[:1].isalnum() or self.tokens[i].lower in lex.CONJUNCTIONS or self.tokens[i].lower in lex.ADVERBS
        ):
            i += 1
        stop = (lex.AUXILIARIES | lex.NEGATIONS | lex.INFINITIVE_MARKERS | lex.CLAUSE_STARTS | lex.ADVERBS) - lex.SPEAKER_DETERMINERS
        k = i
        while k < len(self.tokens) and self.tokens[k].start < b and k - i < 8:
            t = self.tokens[k]
            if not t.text[:1].isalnum() or t.lower in stop or (lex.forms.get(t.lower) and not self._after_determiner(k)):
                break
            if k > i and t.text[:1].islower() and t.lower.endswith(lex.VERB_ENDINGS):
                break
            k += 1
        if k == i or (k < len(self.tokens) and self.tokens[k].text in (",", "(")):
            return None
        return self._nominal(i, k - 1)

    def _after_determiner(self, j: int) -> bool:
        """Token j follows a determiner: a noun even if it spells like a verb ("the note says")."""
        return j > 0 and self.tokens[j - 1].lower in self.lex.NOUN_DETERMINERS

    def _nominal(self, k: int, j: int) -> SpeakerRef | None:
        words = self.tokens[k : j + 1]
        if not words:
            return None
        start, end = words[0].start, words[-1].end
        inner = [m for m in self.mentions if start <= m.start < end]
        persons = [m for m in inner if m.type in ("PER", "PERSON")]
        if persons:
            return self._mention_ref(persons[-1])
        first = words[0].lower
        if first in self.lex.TITLES and len(words) >= 2 and words[1].text[:1].isupper():
            return SpeakerRef(start, end, self.text[start:end], "name", gender=self.lex.TITLES[first])
        head = words[-1].lower
        definite = self.lex.DEFINITE
        if head in self.lex.ROLE_NOUNS and first in definite and len(words) <= 5:
            gender = self.lex.ROLE_NOUNS[head] or (definite.get(first) if isinstance(definite, dict) else None)
            return SpeakerRef(start, end, self.text[start:end], "role", gender=gender, role=head)
        if inner and inner[-1].end >= end and len(words) <= 3 and first not in self.lex.SPEAKER_DETERMINERS:
            return self._mention_ref(inner[-1])
        if len(words) == 1 and not words[0].text[:1].isupper() and head not in self.lex.ROLE_NOUNS and not head.endswith("s"):
            return None
        if all(self._proper(w) for w in words) and len(words) <= 4:
            return SpeakerRef(start, end, self.text[start:end], "name")
        lex = self.lex
        verbal = lex.AUXILIARIES | lex.NEGATIONS
        if any(w.lower in verbal for w in words[1:]) or (first in verbal and not words[0].text[:1].isupper()):
            return None  # "has been", "did not": a verb group, no noun phrase
        return SpeakerRef(start, end, self.text[start:end], "nominal")

    def _proper(self, w: Token) -> bool:
        """A capitalised word never written in lower case in the article: a name NER missed."""
        if not w.text[:1].isupper() or w.lower in self.lex.ROLE_NOUNS or w.lower in self.lex.SPEAKER_DETERMINERS:
            return False
        if w.lower in self.lex.PRONOUNS or w.lower in self.lex.CLAUSE_STARTS or w.lower in self.lex.forms:
            return False
        if w.lower.endswith(self.lex.VERB_ENDINGS):
            return False
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-zà-ÿ][\w'’-]*", self.text))
        return w.lower not in self._lower_words

    def _speaker_after(self, cue: Cue) -> SpeakerRef | None:
        j = cue.last + 1
        while j < len(self.tokens) and self.tokens[j].lower in self.lex.WEEKDAYS:
            j += 1
        if j >= len(self.tokens):
            return None
        t = self.tokens[j]
        if not t.text[:1].isalnum():
            return None
        m = self._mention_at(t.start)
        if m is not None:
            return self._mention_ref(m)
        if t.lower in self.lex.PRONOUNS:
            gender, number = self.lex.PRONOUNS[t.lower]
            if (t.lower in self.lex.UNRESOLVABLE_PRONOUNS and t.lower not in self.lex.THING_PRONOUNS) or cue.kind == "according":
                return None
            return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
        if t.lower in self.lex.COMPLEMENTIZERS or t.lower in self.lex.CLAUSE_STARTS:
            return None
        k = j
        stops = set(getattr(self.lex, "SETTING_PREPOSITIONS", ())) | {"to", "à", "who", "qui"}
        while k + 1 < len(self.tokens) and k - j < 7:
            w = self.tokens[k + 1]
            if not w.text[:1].isalnum() or w.lower in self.lex.CLAUSE_STARTS or w.lower in stops:
                break
            k += 1
        ref = self._nominal(j, k)
        first = self.tokens[j].lower
        if ref is not None and ref.kind == "nominal" and not (
            first in self.lex.SPEAKER_DETERMINERS or first in self.lex.INDEFINITE or self.tokens[j].text[:1].isupper()
        ):
            return None
        return ref

    def _after_conjunction(self, cue: Cue) -> bool:
        """`X … but told his supporters`: a second verb sharing the sentence subject."""
        j = cue.first - 1
        while j >= 0 and self.tokens[j].lower in self.lex.ADVERBS:
            j -= 1
        return j >= 0 and self.tokens[j].lower in self.lex.CONJUNCTIONS

    def _clause_start(self, comma: int) -> int:
        """Start of the clause that ends at the comma at `comma` (after the previous comma or quote)."""
        j = bisect.bisect_left(self.tstarts, comma) - 1
        n = 0
        while j >= 0 and n < 6:
            t = self.tokens[j]
            if t.text in ",;:" or t.text in _QUOTE_MARKS or t.text in _TERMINAL:
                return t.end
            j -= 1
            n += 1
        return self.tokens[j + 1].start if n < 6 else comma

    def _subject_ref(self, a: int, b: int) -> SpeakerRef | None:
        """The person (or gendered pronoun) subject of the clause from a to b, see People.subject_between."""
        subj = self.people.subject_between(a, b)
        if subj is None:
            return None
        if subj.mention is not None:
            return self._mention_ref(subj.mention)
        kind = "pronoun" if subj.kind == "pronoun" else "name"
        return SpeakerRef(subj.start, subj.end, self.text[subj.start : subj.end], kind, gender=subj.gender)

    def _apposed_subject(self, a: int, cue: Cue) -> SpeakerRef | None:
        """`X, a former governor, said` / `X (D-Ill.), noting…, said`: the subject opening the clause
        at a, set off by a comma or parenthesis, with the cue right after the closing one."""
        j = cue.first - 1
        while j >= 0 and self.tokens[j].lower in self.lex.ADVERBS:
            j -= 1
        if j < 0 or self.tokens[j].text not in (",", ")"):
            return None
        ref = self._subject_ref(a, self.tokens[j].start)
        if ref is None:
            return None
        k = bisect.bisect_left(self.tstarts, ref.end)
        if k >= len(self.tokens) or self.tokens[k].text not in (",", "(") or k >= j:
            return None
        return ref

    def _sentence_subject(self, s: int, before: int) -> SpeakerRef | None:
        """The main-clause subject for a participle cue (`X tweeted, saying…`)."""
        ref = self._subject_ref(s, before)
        if ref is not None:
            return ref
        i = bisect.bisect_left(self.tstarts, s)
        if i < len(self.tokens) and (
            self.tokens[i].lower in self.lex.CLAUSE_STARTS or self.tokens[i].lower in self.lex.SETTING_PREPOSITIONS
        ):
            # "When Wallace died in 1998, President Clinton released…": skip the opening clause
            j = i
            while j < len(self.tokens) and self.tokens[j].start < before and self.tokens[j].text != ",":
                j += 1
            if j < len(self.tokens) and self.tokens[j].start < before:
                i = j + 1
        other: SpeakerRef | None = None
        for j in range(i, min(i + 7, len(self.tokens))):
            t = self.tokens[j]
            if t.start >= before:
                break
            m = self._mention_at(t.start)
            if m is not None:
                if m.type in ("PER", "PERSON"):
                    return self._mention_ref(m)
                if other is None and m.type == "ORG":
                    other = self._mention_ref(m)
                continue
            if t.lower in self.lex.PRONOUNS and t.lower not in self.lex.UNRESOLVABLE_PRONOUNS:
                gender, number = self.lex.PRONOUNS[t.lower]
                return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
        return other

    def _mention_at(self, pos: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= pos < m.end:
                return m
            if m.start > pos:
                break
        return None

    def _mention_ref(self, m: Mention) -> SpeakerRef:
        return SpeakerRef(m.start, m.end, m.text, "mention", mention=m)

    # ---------- resolution ----------
    def _resolve(self, found: list[_Found]) -> None:
        history: list[tuple[str, int]] = []
        for f in found:
            if f.ref is not None:
                f.speaker = self.people.resolve(f.ref, history)
                f.resolved = True
                if f.speaker and f.kind != "partial":
                    history.append((f.speaker, f.ref.start))
            elif f.inherit_from is not None and f.inherit_from.resolved:
                f.speaker = f.inherit_from.speaker
                f.resolved = True
        for f in found:  # second pass: inherited from a later quote (headline quotes)
            if not f.resolved and f.inherit_from is not None:
                src = f.inherit_from
                while src.inherit_from is not None and src.ref is None:
                    src = src.inherit_from
                f.speaker = src.speaker
                f.resolved = True

    def _to_quote(self, f: _Found) -> Quote:
        ref = f.ref
        src = f
        while ref is None and src.inherit_from is not None:
            src = src.inherit_from
            ref = src.ref
        cue_text = f.cue.text if f.cue else f.label
        return Quote(
            text=self.text[f.start : f.end],
            start=f.start,
            end=f.end,
            kind=f.kind,
            cue=cue_text,
            speaker=f.speaker,
            speaker_start=ref.start if ref is not None and f.speaker else None,
            speaker_end=ref.end if ref is not None and f.speaker else None,
        )

    # ---------- positions ----------
    def _para_index(self, pos: int) -> int:
        return bisect.bisect_right([p[0] for p in self.paras], pos) - 1

    def _para_start(self, pos: int) -> int:
        k = self._para_index(pos)
        return self.paras[k][0] if k >= 0 else 0

    def _para_end(self, pos: int) -> int:
        k = self._para_index(pos)
        return self.paras[k][1] if k >= 0 else len(self.text)

    def _opens_paragraph(self, pos: int) -> bool:
        return not self.text[self._para_start(pos) : pos].strip(" " + _QUOTE_MARKS)

    def _prev_quote_end(self, pos: int) -> int:
        ends = [q.end for q in self.spans if q.end <= pos]
        return ends[-1] if ends else 0

    def _next_quote_start(self, pos: int) -> int:
        for q in self.spans:
            if q.start >= pos:
                return q.start
        return len(self.text)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _credit_span(text: str, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The closing credit line, `(Reporting by …)` / `(Reportage …)`, if the last paragraphs hold one."""
    from veille.analyze.lang.en.quotes import CREDIT_MARKERS as EN
    from veille.analyze.lang.fr.quotes import CREDIT_MARKERS as FR

    for s, e in reversed(paras[-2:]):
        para = text[s:e].strip().lower()
        if para.startswith("(") and any(marker in para for marker in EN + FR):
            return s, e
    return None


def _sentence_starts(doc, text: str, paras: list[tuple[int, int]]) -> list[int]:
    starts = {p[0] for p in paras} | {0}
    if doc is not None and len(doc.text) == len(text):
        starts.update(sent.start_char for sent in doc.sents)
    else:
        starts.update(m.end() for m in re.finditer(r"[.!?][»”\"]?\s+(?=[«“\"A-ZÀ-Ý])", text))
    return sorted(starts)
