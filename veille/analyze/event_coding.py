"""From a parsed sentence to `Event` records: its frames (`event_frames`), their source and target
(`event_sources`, `event_targets`), mode (`event_mode.settle`) and date (`event_dates`).

Each sentence of the parse is coded on its own. A reported obligation ("X said Y must ...") is a
demand from the reporter; several sources of a reciprocal type with no target code each other;
repeated events are dropped.
"""

from __future__ import annotations

import dataclasses

from veille.analyze import actors as actor_names
from veille.analyze.event_actors import actors_of
from veille.analyze.event_context import Actor, Context, Voice, is_pronoun, non_actor
from veille.analyze.event_dates import event_date
from veille.analyze.event_frames import sentence_frames, tree_depth
from veille.analyze.event_lexicon import Lexicon
from veille.analyze.event_mode import HARD_CONFLICT, SOFT_CONFLICT, read_cues, settle
from veille.analyze.event_sources import find_sources
from veille.analyze.event_subjects import descriptive_participle, passive_small_clause, reporter, subject
from veille.analyze.event_targets import find_targets, own_side_threat
from veille.analyze.event_triggers import Frame, direct_object, reflexive
from veille.model import Event, Mention, TimeExpr

_RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE", "FIGHT", "SUPPORT", "REJECT"}
_MAX_EVENTS_PER_FRAME = 6


def code_parsed(
    doc, text: str, lex: Lexicon, mentions: list[Mention] | None, voices: list[Voice] = (),
    times: list[TimeExpr] = (),
) -> list[Event]:
    """Events of a parsed text, sentence by sentence as the parser splits it: an event never takes
    an actor or a cue from another sentence. Offsets are relative to `text`."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    if len(sents) > 1:
        out: list[Event] = []
        for sent in sents:
            a, b = sent.start_char, sent.end_char
            local, when = within(mentions or [], a, b), within(times, a, b)
            for event in _code_one(sent.as_doc(), text[a:b], lex, local, shift(voices, a, b), when):
                event.start, event.end = a, b
                out.append(event)
        return out
    return _code_one(doc, text, lex, mentions, voices, times)


def _code_one(
    doc, text: str, lex: Lexicon, mentions: list[Mention] | None, voices: list[Voice] = (),
    times: list[TimeExpr] = (),
) -> list[Event]:
    ctx = Context(doc, lex, mentions, voices, times)
    frames = sorted(sentence_frames(ctx), key=lambda f: (tree_depth(f.anchor), f.noun, f.anchor.i))
    events: list[Event] = []
    for frame in frames:
        events.extend(_events(frame, ctx, text))
    return _dedupe(events)


def _events(frame: Frame, ctx: Context, text: str) -> list[Event]:
    cues = read_cues(frame.verbs or [frame.anchor], frame.anchor, ctx.lex, text)
    cues.future = cues.future or frame.future
    cues.denied = cues.denied or frame.denied
    obliged = frame.obligation or cues.obligation
    cues.obligation = False
    if obliged:
        demand = _reported_obligation(frame, ctx)
        if demand is not None:
            sources, targets = demand
            type_, mode = "DEMAND", ("denied" if cues.denied else "negated" if cues.negated else None)
        elif frame.type == "DEMAND" and frame.obligation and frame.anchor.lemma_.lower() not in ctx.lex.control:
            return []  # "X must do Y" nobody reports: not a coded demand
        else:
            sources, patient = find_sources(frame, ctx)
            targets = find_targets(frame, patient, ctx)
            type_, mode = frame.type, "hypothetical"
    else:
        sources, patient = find_sources(frame, ctx)
        targets = own_side_threat(frame, sources, find_targets(frame, patient, ctx), ctx)
        type_, mode = settle(frame.type, cues)
    if any(a.head is not None and non_actor(a.head, ctx.lex) for a in sources):
        return []  # "un séisme a frappé le sud du Pérou", "Ebola has killed…": nature is no party
    if frame.kind == "refuse" and mode == "negated" and frame.inner_type in HARD_CONFLICT | SOFT_CONFLICT:
        type_, mode = "THREATEN", "hypothetical"  # "does not rule out deploying missiles"
    type_ = _adjust(type_, frame, sources)
    bare = (frame.noun and frame.anchor == frame.event) or frame.anchor.dep_ in ("amod", "acl")
    described = descriptive_participle(frame.anchor) or passive_small_clause(frame.anchor)
    if not sources and (described or (bare and not targets)):
        return []  # a bare event noun or participle with nobody acting
    cue = " ".join(text[t.idx : t.idx + len(t)] for t in sorted(frame.cue, key=lambda t: t.i))
    # an inverted subject read as object, or a quote's "we" and "them" both read as its speaker
    targets = [t for t in targets if all(t.head != s.head and t.text != s.text for s in sources)]
    # "X and Y met" code each other, as do "X et Y se sont entendus"; "l'Italie et l'Espagne
    # soutenaient la démarche" does not
    reciprocal = frame.noun or frame.spent is not None or direct_object(frame.anchor, ctx) is None \
        or (ctx.lex.lang == "fr" and reflexive(frame.anchor))
    pairs = _pairs(sources, targets, type_ if reciprocal else None)
    date, precision = event_date(frame.event, ctx)  # the innermost trigger: its clause and those above
    return [
        Event(type=type_, sentence=text, start=0, end=len(text), source=s.text if s else None,
              target=t.text if t else None, source_code=s.code if s else None,
              target_code=t.code if t else None, mode=mode, cue=cue, date=date, precision=precision)
        for s, t in pairs[:_MAX_EVENTS_PER_FRAME]
    ]


def _reported_obligation(frame: Frame, ctx: Context):
    """"Russia said Sudan must return the helicopter": a demand from the reporter to the subject."""
    rep = reporter(frame.anchor, ctx)
    subj, _ = subject(frame.anchor, ctx)
    if rep is None or subj is None or is_pronoun(subj, ctx.lex) or subj == rep:
        return None
    used = frozenset(frame.used)
    sources, targets = actors_of(rep, frame.anchor, ctx, used), actors_of(subj, frame.anchor, ctx, used)
    return (sources, targets) if sources and targets else None


def _adjust(type_: str, frame: Frame, sources: list[Actor]) -> str:
    # States lodge protests, they do not march: a state's "protest" is verbal disapproval.
    if type_ == "PROTEST" and sources and all(actor_names.is_state(s.text) for s in sources):
        return "DISAPPROVE"
    # Exercises held by several states together are cooperation.
    joint = len(sources) > 1 or (sources and len(actor_names.countries_in(sources[0].text)) > 1)
    if type_ == "MOBILIZE" and joint and any(
        t.lemma_.lower() in ("exercise", "game", "drill", "exercice", "manœuvre") for t in frame.cue
    ):
        return "COOPERATE"
    return type_


def _pairs(sources: list[Actor], targets: list[Actor], type_: str | None) -> list[tuple]:
    if len(sources) > 1 and not targets and type_ in _RECIPROCAL_TYPES:
        return [(a, b) for a in sources for b in sources if a is not b]
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]


def _dedupe(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.type, e.source, e.target, e.mode)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def within(items: list, a: int, b: int) -> list:
    """The spans (mentions, time expressions) inside [a, b), in its offsets."""
    return [dataclasses.replace(x, start=x.start - a, end=x.end - a) for x in items if a <= x.start and x.end <= b]


def shift(voices: list[Voice], a: int, b: int) -> list[Voice]:
    """The voices overlapping [a, b) (a quote may run over sentences), in its offsets."""
    return [v._replace(start=v.start - a, end=v.end - a) for v in voices if v.start < b and a < v.end]
