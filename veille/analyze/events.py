"""Event coding: who did what to whom, in PLOVER types, one sentence at a time.

`code_sentence(sentence, lang)` codes a bare sentence; `find_events(article, doc, mentions, times)`
runs it on the sentences of an article that hold a candidate event word (the others are never
parsed), and adds the article id, sentence span, date and place.

Method (see docs/events.md): the sentence is parsed (`nlp.parse`, no NER). Each verb or noun found
in the language's tables (`veille/analyze/lang/<lang>/events.py`) is a trigger; a verb's object can
refine its type ("impose sanctions" SANCTION, "impose a curfew" COERCE) and a light verb takes its
type from its object noun ("held talks" CONSULT). Control verbs wrap the event in their complement:
"threatened to impose sanctions" THREATEN, "refused to deploy" REJECT, "promised to continue aid"
AGREE, "urged X to ..." DEMAND, "Moscou dément ..." mode denied. Mode cues (negation, future,
conditional, `unless`) then settle the type (`event_mode.settle`). Actors come from the same parse
(`event_subjects`, `event_phrases`, `event_actors`). An event never reaches outside its sentence.

This module is the entry point: it picks the sentences to parse and fills in the article's fields
(id, span, date, place). The coding is split into `event_triggers` (one trigger), `event_frames`
(control verbs, the frames of a sentence), `event_sources` and `event_targets` (who did it to whom,
over `event_actors`, `event_subjects`, `event_phrases` and `event_context`), `event_mode`, `event_dates` and `event_places`, run by `event_coding`.
"""

from __future__ import annotations

import bisect
import re

from veille.analyze import actors as actor_names
from veille.analyze.event_coding import code_parsed, shift, within
from veille.analyze.event_context import Voice
from veille.analyze.event_lexicon import PLOVER_TYPES, TABLES, lexicon
from veille.analyze.event_places import dateline_place, event_place
from veille.analyze.sentences import doc_sentence_spans
from veille.model import Analysis, Article, Event, Mention, Quote, Reference, TimeExpr

__all__ = ["PLOVER_TYPES", "code_events", "code_sentence", "event_sentences", "event_texts", "find_events",
           "primary_event"]

_WORDS = re.compile(r"[^\W\d_]+")
_PERSON_LABELS = {"PER", "PERSON"}


def code_sentence(sentence: str, lang: str, mentions: list[Mention] | None = None) -> list[Event]:
    """Events of one sentence, main event first. `mentions` offsets are relative to the sentence.

    Given several sentences, each is coded on its own (events keep their own sentence and span).

    Returns [] for a sentence without a candidate event word (it is then not parsed at all) and for a
    language without event tables.
    """
    if lang not in TABLES:
        return []
    lex = lexicon(lang)
    if not sentence.strip() or not lex.is_candidate(sentence):
        return []
    from veille.analyze import nlp

    doc = nlp.parse(sentence, lang)
    return code_parsed(doc, sentence, lex, mentions)


def primary_event(events: list[Event]) -> Event | None:
    """The main event of a sentence: `code_sentence` lists it first."""
    return events[0] if events else None


def find_events(article: Article, doc, mentions: list[Mention], times: list[TimeExpr]) -> list[Event]:
    """Events of an article, sentence by sentence (`doc` = `nlp.ner_doc(article.text, lang)`).

    Only sentences holding a candidate event word and someone to code are parsed, in one batch. Each
    event gets the article id, its sentence span, the date of a resolved time expression in the same
    sentence (else the article's date at the article's own precision) and a place: a LOC mention of the
    sentence that is not one of the actors, else the dateline.

    The three steps are public so that a batch of articles can share one parse (article.py):
    `event_sentences`, then `nlp.parse_docs(event_texts(...))`, then `code_events`.
    """
    spans = event_sentences(article, doc)
    if not spans:
        return []
    from veille.analyze import nlp

    parsed = nlp.parse_docs(event_texts(article, spans), article.language or "", one_sentence=True)
    analysis = Analysis(article.id, article.language, deep=True, entities=mentions, times=times)
    return code_events(article, spans, parsed, analysis)


def event_sentences(article: Article, doc) -> list[tuple[int, int]]:
    """Spans of the sentences worth parsing: a candidate event word and an actor-like word."""
    lang = article.language or ""
    if lang not in TABLES:
        return []
    lex = lexicon(lang)
    text = article.text
    spans = [_trim(a, b, text, article) for a, b in _sentence_spans(doc, text)]
    ents = getattr(doc, "ents", ())
    entity_starts = sorted(e.start_char for e in ents)
    names = _name_words(ents)
    return [(a, b) for a, b in spans
            if b > a and lex.is_candidate(text[a:b]) and _has_actor(text[a:b], a, b, entity_starts, lang, names)]


def event_texts(article: Article, spans: list[tuple[int, int]]) -> list[str]:
    """The texts to parse for `spans`: the sentences."""
    return [article.text[a:b] for a, b in spans]


def code_events(article: Article, spans: list[tuple[int, int]], parsed, analysis: Analysis) -> list[Event]:
    """Events of the parsed sentences `spans` (`parsed`: their parse docs, in order), with the
    analysis' mentions and times. Inside a direct quote, "we"/"nous" is the quote's speaker; a
    pronoun the quotes or `analysis.references` resolved is that person."""
    lex = lexicon(article.language or "")
    text = article.text
    mentions = analysis.entities
    voices = _voices(analysis.quotes, analysis.references, mentions)
    resolved = [t for t in analysis.times if t.value]
    dateline = dateline_place(article, mentions)
    out: list[Event] = []
    for (a, b), pdoc in zip(spans, parsed, strict=True):
        local = within(mentions, a, b)
        for event in code_parsed(pdoc, text[a:b], lex, local, shift(voices, a, b), within(resolved, a, b)):
            event.article_id = article.id
            event.start, event.end = a + event.start, a + event.end
            if event.date is None and article.published:
                event.date, event.precision = article.published, article.date_precision
            event.place = event_place(local, event) or dateline
            out.append(event)
    return out


def _person(name: str, mentions: list[Mention], start: int | None = None) -> Mention:
    """A mention standing for the person `name`: the one at `start`, else one of theirs, else the bare name."""
    found = next((m for m in mentions if m.start == start), None) if start is not None else None
    found = found or next((m for m in mentions if m.type == "PER" and m.canonical == name), None)
    return found or Mention(name, 0, 0, "PER", name)


def _voices(quotes: list[Quote], references: list[Reference], mentions: list[Mention]) -> list[Voice]:
    """What the quotes and references tell the event coder, in article offsets: each direct quote
    with its speaker, and each pronoun resolved to a person ("He accused Reeves…" after Mel Stride
    spoke; "Il a accusé la Russie…" after Zelensky was named)."""
    out = []
    for q in quotes:
        if not q.speaker:
            continue
        speaker = _person(q.speaker, mentions, q.speaker_start)
        if q.kind == "direct":
            out.append(Voice(q.start, q.end, speaker, True))
        if q.speaker_start is not None and speaker.start != q.speaker_start:
            out.append(Voice(q.speaker_start, q.speaker_end, speaker, False))
    out.extend(Voice(r.start, r.end, _person(r.canonical, mentions), False) for r in references)
    return out


def _has_actor(sentence: str, a: int, b: int, entity_starts: list[int], lang: str,
               names: frozenset[str] = frozenset()) -> bool:
    """Someone to code: a named entity in the sentence, a word of a person's name the article gives
    in full elsewhere ("Tedros called on donors…" after "Tedros Adhanom Ghebreyesus"), or an
    institution or group word."""
    i = bisect.bisect_left(entity_starts, a)
    if i < len(entity_starts) and entity_starts[i] < b:
        return True
    words = _WORDS.findall(sentence)
    return any(w in names or actor_names.is_agent_noun(w.lower(), lang) or (w[0].isupper() and actor_names.country_of(w))
               for w in words)


def _name_words(ents) -> frozenset[str]:
    """The capitalised words of the people the NER found in the article: a later sentence may name one
    by a single one of them, which the NER does not always find again."""
    return frozenset(w for e in ents if e.label_ in _PERSON_LABELS for w in _WORDS.findall(e.text)
                     if w[:1].isupper() and len(w) > 2)


def _trim(a: int, b: int, text: str, article: Article) -> tuple[int, int]:
    """A sentence span without surrounding whitespace nor the dateline ("GENEVE (Reuters) -")."""
    d = article.dateline
    if d is not None and a <= d.start < b and d.end < b:
        a = d.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _sentence_spans(doc, text: str) -> list[tuple[int, int]]:
    if doc.user_data.get("veille_text", None) is text or doc.text == text:  # doc.text is rebuilt at each call
        return doc_sentence_spans(doc)
    spans, pos = [], 0
    for s in doc.sents:
        start = text.find(s.text, pos)
        if start >= 0:
            spans.append((start, start + len(s.text)))
            pos = start + len(s.text)
    return spans
