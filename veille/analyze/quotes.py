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
import itertools
import re
from functools import cached_property

from veille.analyze.entity_tables import doc_text
from veille.analyze.quote_attribution import _DirectAttribution
from veille.analyze.quote_cues import Lexicon, Token, find_cues, lexicon, tokenize
from veille.analyze.quote_found import _BLANKS, _QUOTE_MARKS, _TURN, _Found
from veille.analyze.quote_reported import _ReportedSpeech
from veille.analyze.quote_spans import QuoteSpan, find_quote_spans, paragraph_spans
from veille.analyze.quote_subjects import _SpeakerExpressions
from veille.analyze.sentences import doc_sentence_spans
from veille.analyze.speaker_names import with_named_persons
from veille.analyze.speakers import People, SpeakerRef
from veille.model import Article, Mention, Quote, Reference

__all__ = ["find_quotes", "find_quotes_and_references"]


def find_quotes(article: Article, doc, mentions: list[Mention]) -> list[Quote]:
    """Direct, partial and reported quotes of `article` with their speakers.

    `doc` is the article's `ner_doc` (used for sentence boundaries; None falls back to a regex
    splitter); `mentions` are the article's entity mentions (persons and organisations speak).
    """
    return _Finder(article, doc, mentions).run()


def find_quotes_and_references(
    article: Article, doc, mentions: list[Mention], sentences: list[tuple[int, int]]
) -> tuple[list[Quote], list[Reference]]:
    """`find_quotes`, and the person each subject pronoun of `sentences` stands for, read the way
    speakers are ("Il a accusé la Russie…" after "Volodymyr Zelensky a rencontré…")."""
    finder = _Finder(article, doc, mentions)
    quotes = finder.run()
    return quotes, finder.references(sentences, quotes)


class _Finder(_DirectAttribution, _ReportedSpeech, _SpeakerExpressions):
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
        self.spans: list[QuoteSpan] = self._split_transcripts(
            [s for s in find_quote_spans(text) if s.start < cut]
        )
        self.sent_starts = _sentence_starts(doc, text, self.paras)
        blocked = [(s.start, s.end) for s in self.spans] + ([self.credit] if self.credit else [])
        self.cues = find_cues(self.tokens, text, self.lex, blocked)
        self.cue_at_token = {c.first: c for c in self.cues}
        self.all_mentions = with_named_persons(mentions, self.lex, text)  # the credit line's too
        self.mentions = sorted(
            (m for m in self.all_mentions if not (self.credit and m.start >= self.credit[0])), key=lambda m: m.start
        )
        self.used_cues: set[int] = set()
        self._lower_words: set[str] | None = None
        # quoted titles and names ("author of “Some Book,”"): part of their sentence, not speech
        self.titles = {span.start for span in self.spans if self._is_title(span) or self._kind(span) is None}

    @cached_property
    def people(self) -> People:
        """The article's persons, indexed for speaker resolution: built when a quote or a reference needs them."""
        return People(
            self.text,
            self.all_mentions,
            self.tokens,
            self.lex,
            self.sent_starts,
            [p[0] for p in self.paras],
            [(s.start, s.end) for s in self.spans],
            [c.name for c in self.article.credits],
            self.credit,
        )

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
                while inner_end > m.end() and (
                    self.text[inner_end - 1].isspace() or self.text[inner_end - 1] in _QUOTE_MARKS
                ):
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
        found.extend(self._reported(direct))
        self.cue_holders = {f.cue.first: f for f in found if f.cue is not None}
        self._continuations(direct)
        self._attribute_partials(found)
        self._paragraph_continuations(found, direct)
        self._after_attributed_sentence(found, direct)
        self._after_a_sentence_about(direct)
        found.sort(key=lambda f: f.start)
        self._resolve(found)
        return [self._to_quote(f) for f in found]

    # ---------- resolution ----------
    def references(self, sentences: list[tuple[int, int]], quotes: list[Quote]) -> list[Reference]:
        """The persons that the subject pronouns and role phrases opening `sentences` stand for (a
        pronoun a quote's attribution already resolved is left to the quote)."""
        persons = {m.canonical for m in self.mentions if m.type in ("PER", "PERSON")}
        history = sorted(
            ((q.speaker, q.speaker_start) for q in quotes if q.speaker and q.speaker_start is not None),
            key=lambda h: h[1],
        )
        attributed = {q.speaker_start for q in quotes}
        out: list[Reference] = []
        for a, b in sentences:
            ref = self._subject_ref(a, b) or self._clause_np(a, b)
            if ref is None or ref.kind not in ("pronoun", "role") or ref.start in attributed or ref.number == "pl":
                continue
            earlier = [h for h in history if h[1] < ref.start]
            name = self.people.resolve(ref, earlier)
            if name in persons:
                out.append(Reference(ref.start, ref.end, ref.text, name))
                if ref.kind == "role":  # "Le secrétaire général a promis… Il a aussi condamné…"
                    bisect.insort(history, (name, ref.start), key=lambda h: h[1])
        return out

    def _resolve(self, found: list[_Found]) -> None:
        history: list[tuple[str, int]] = []
        offices = self._office_subjects() if any(f.ref is not None and f.ref.kind == "pronoun" for f in found) else []
        for f in found:
            if f.ref is not None:
                if f.ref.kind == "pronoun":
                    history = sorted(history + [o for o in offices if o[1] < f.ref.start], key=lambda h: h[1])
                    offices = [o for o in offices if o[1] >= f.ref.start]
                f.speaker = self.people.resolve(f.ref, history)
                f.resolved = True
                if f.speaker and (f.kind != "partial" or f.cue is not None):
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

    def _office_subjects(self) -> list[tuple[str, int]]:
        """Sentences whose subject is a description of an office ("A Tokyo, le Premier ministre
        japonais a dénoncé…"): (who it stands for, its position). That is the office's holder when
        one is named, else the description itself, so that a pronoun after it ("…, a-t-il dit")
        does not go to someone named earlier."""
        out = []
        bounds = self.sent_starts + [len(self.text)]
        for s, (a, b) in enumerate(itertools.pairwise(bounds)):
            if self.people.sentence_subject(s) is not None:
                continue
            ref = self._clause_np(a, b)
            comma = self.text.find(",", a, min(b, a + 40))
            if not self._names_office(ref) and comma > 0:
                ref = self._clause_np(comma + 1, b)  # after an opening phrase: "A Tokyo, le Premier…"
            if ref is not None and self._names_office(ref):
                out.append((self.people.resolve(ref, []), ref.start))
        return out

    def _names_office(self, ref: SpeakerRef | None) -> bool:
        """A definite description of an office: "le Premier ministre japonais", "Japan's prime minister"."""
        return ref is not None and ref.kind in ("role", "nominal") and not self.people.in_quote(ref.start) \
            and self.people.office(ref.text)

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
        return not self.text[self._para_start(pos) : pos].strip(_BLANKS)

    def _opens_line(self, pos: int) -> bool:
        """Only blanks and quotation marks between the start of the line (or paragraph) and pos."""
        start = max(self._para_start(pos), self.text.rfind("\n", 0, pos) + 1)
        return not self.text[start:pos].strip(_BLANKS)

    def _line_end(self, pos: int, limit: int) -> int:
        end = self.text.find("\n", pos)
        return limit if end < 0 else min(end, limit)

    def _prev_quote_end(self, pos: int) -> int:
        """End of the last quote before pos, titles and names in quotes aside (they belong to the
        sentence: `As X, author of “Some Book,” put it, “…”`)."""
        ends = [q.end for q in self.spans if q.end <= pos and q.start not in self.titles]
        return ends[-1] if ends else 0

    def _next_quote_start(self, pos: int) -> int:
        for q in self.spans:
            if q.start >= pos and q.start not in self.titles:
                return q.start
        return len(self.text)


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
    if doc is not None and len(doc_text(doc)) == len(text):
        starts.update(start for start, _ in doc_sentence_spans(doc))
    else:
        starts.update(m.end() for m in re.finditer(r"[.!?][»”\"]?\s+(?=[«“\"A-ZÀ-Ý])", text))
    return sorted(starts)
