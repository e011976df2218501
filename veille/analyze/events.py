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
(`event_actors`). An event never reaches outside its sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from veille.analyze import actors as actor_names
from veille.analyze.event_actors import (
    INDIRECT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Actor,
    Context,
    Voice,
    actors_of,
    agent_of,
    children,
    descriptive_participle,
    is_actor,
    is_passive,
    is_pronoun,
    lemmas,
    object_control_target,
    opening_participle,
    owner,
    passive_small_clause,
    person_actor,
    place_target,
    possessive,
    prep_target,
    preps,
    reporter,
    resolve_possessive,
    subject,
)
from veille.analyze.event_lexicon import PLOVER_TYPES, TABLES, Lexicon, lexicon
from veille.analyze.event_mode import HARD_CONFLICT, SOFT_CONFLICT, read_cues, settle
from veille.analyze.sentences import doc_sentence_spans
from veille.model import Analysis, Article, Event, Mention, Quote, Reference, TimeExpr

__all__ = ["PLOVER_TYPES", "code_events", "code_sentence", "event_sentences", "event_texts", "find_events",
           "primary_event"]

_VERB_POS = ("VERB", "AUX")
_COMPLEMENT_DEPS = ("xcomp", "ccomp")
_SEPARATE_DEPS = ("conj", "advcl", "parataxis", "relcl", "acl:relcl")
_ATTEMPT = {"try", "attempt", "seek", "tenter", "essayer", "chercher"}
_SPECULATE = {"pouvoir"}
# Noun events whose of-phrase is the patient ("the invasion of Ukraine"), not the doer.
_PATIENT_OF_TYPES = {"ASSAULT", "FIGHT", "COERCE", "SANCTION", "INVESTIGATE", "SUPPORT", "DISAPPROVE", "AID",
                     "CONCEDE"}
# Types whose plain object is the one who suffers the act, even when no table knows the noun.
_PATIENT_OBJECT_TYPES = {"ASSAULT", "COERCE", "FIGHT", "SANCTION", "DISAPPROVE", "INVESTIGATE", "CONCEDE"}
_PLACE_TARGET_TYPES = {"PROTEST", "ASSAULT", "FIGHT", "COERCE", "INVESTIGATE", "MOBILIZE", "SANCTION", "CONCEDE",
                       "THREATEN", "RETREAT", "DEMAND"}
_RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE", "FIGHT", "SUPPORT", "REJECT"}
_MAX_EVENTS_PER_FRAME = 6
_BETWEEN = ("between", "entre")
_WORDS = re.compile(r"[^\W\d_]+")
_LOCATIVE = {"in", "at", "near", "inside", "to", "à", "a", "en", "dans", "près", "au", "aux"}
# Types whose object is usually the means ("massed troops", "sent aid"), not the target.
_MEANS_TYPES = {"MOBILIZE", "RETREAT", "AID", "SANCTION", "COOPERATE", "CONCEDE", "AGREE", "PROTEST"}
_COOPERATIVE_NOUN_TYPES = {"CONSULT", "COOPERATE", "AID", "AGREE", "SUPPORT"}
_TARGET_CLASSES = {"PRISONERS", "PARTIES"}  # object classes that are also the target
_FR_MARKS = {"de", "d'", "à", "que", "qu'"}


@dataclass
class Frame:
    """One coded event before actors are attached: the trigger chain and what it decided."""

    type: str | None
    anchor: object  # outermost token: the source is its subject
    event: object  # innermost trigger (verb or noun): the target hangs from it
    cue: list = field(default_factory=list)
    verbs: list = field(default_factory=list)  # verb chain, outermost first (mode cues)
    used: set = field(default_factory=set)  # token indexes the frame consumed
    target: object = None  # an explicit target (addressee of "urge X to", subject of "that X must")
    source: object = None  # an explicit source (noun events: "Russian troop deployment")
    spent: object = None  # the object noun that decided the type: never the target
    noun: bool = False
    kind: str | None = None  # control kind of the anchor ("threaten", "refuse"...)
    inner_type: str | None = None  # type of the complement event, before composition
    future: bool = False
    denied: bool = False
    obligation: bool = False


# ---- triggers ----


def _keys(tok, lex: Lexicon) -> list[str]:
    """Lemma keys of a verb, phrasal ones first: "call_on", "pull_out", then "call"."""
    lemma = tok.lemma_.lower()
    keys = [lemma + "_" + c.lower_ for c in tok.children if c.dep_ in ("prt", "compound:prt")]
    keys += [lemma + "_" + c.lower_ for c in tok.children if c.dep_ == "prep" and c.pos_ == "ADP"]
    return keys + lemmas(tok, lex)


def _object(verb, ctx: Context):
    """The direct object, skipping counting heads ("10 days of war games" -> games)."""
    objs = [o for o in children(verb, OBJECT_DEPS) if o.lower_ not in ctx.lex.time_words]
    if not objs and ctx.lex.lang == "fr":
        # after a weekday the parser may hang the object on the weekday ("ont appelé vendredi la
        # Commission") or on the place ("ont ouvert lundi à Lisbonne des pourparlers")
        after = [c for c in verb.children if c.dep_.startswith(("obl", "obj")) and c.i > verb.i]
        objs = [n for c in after if c.lower_ in ctx.lex.time_words for n in c.children if n.dep_ in OBJECT_DEPS]
        objs = objs or [n for c in after for n in c.children
                        if n.dep_ == "nmod" and any(g.lower_ in ("des", "du") for g in n.children)]
    if not objs and ctx.lex.lang == "fr":  # "approuve des sanctions" parsed as an oblique with "des"
        objs = [c for c in verb.children if c.dep_ == "obl:arg" and c.i > verb.i
                and any(g.dep_ == "case" and g.lower_ in ("des", "du") for g in c.children)]
    if not objs and ctx.lex.lang == "fr":  # the French parser sometimes calls a post-verbal object nsubj
        subjects = children(verb, SUBJECT_DEPS)
        if len(subjects) > 1 or (subjects and subjects[0].i > verb.i and _left_subject(verb, ctx)):
            objs = [s for s in subjects if s.i > verb.i]
    if not objs:
        return None
    obj = objs[0]
    for _ in range(3):
        lemma = obj.lemma_.lower()
        if lemma not in ctx.lex.span_nouns and not obj.like_num:
            break
        nxt = [n for p, n in preps(obj, ctx.lex) if p in ("of", "de")]
        if not nxt:
            break
        obj = nxt[0]
    return obj


def _left_subject(verb, ctx: Context) -> bool:
    return any(t.dep_ in ("ROOT", "nsubj") and t.pos_ in ("PROPN", "NOUN") for t in ctx.doc[: verb.i])


def noun_type(noun, lex: Lexicon, depth: int = 0) -> str | None:
    """Type coded by an event noun, with its modifiers ("air strike", "hunger strike")."""
    lemma = noun.lemma_.lower()
    for c in noun.children:
        key = (lemma, c.lemma_.lower())
        if key in lex.noun_modifiers:
            return lex.noun_modifiers[key]
    if lemma in lex.nouns:
        return lex.nouns[lemma]
    if depth < 2 and (lemma in lex.event_heads or lemma in lex.span_nouns):
        for c in noun.children:  # "a mediation effort", "10 days of war games"
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                found = noun_type(c, lex, depth + 1)
                if found:
                    return found
        for prep, sub in preps(noun, lex):
            if prep in ("of", "de"):
                return noun_type(sub, lex, depth + 1)
    return None


def _reflexive(verb) -> bool:
    return any((c.lemma_.lower() == "se" or c.lower_ in ("s'", "s’"))
               and c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj") for c in verb.children)


def _verb_base(verb, ctx: Context) -> Frame | None:
    lex = ctx.lex
    if verb.lemma_.lower() in lex.question and opening_participle(verb) and agent_of(verb, ctx) is None:
        return None  # "Interrogé jeudi, Dmitri Peskov…": a reporter's question
    obj = _object(verb, ctx)
    keys = _keys(verb, lex)
    type_, spent = None, None
    if lex.lang == "fr" and _reflexive(verb):
        lemma = verb.lemma_.lower()
        with_place = place_target(verb, ctx) is not None  # "se rendre (mercredi) à Rabat"
        if with_place and lemma in lex.reflexive_with_place:
            type_ = lex.reflexive_with_place[lemma]
        elif lemma in lex.reflexive_with_place and any(
            p in _MOVE_PREPS and not actor_names.is_agent_noun(n.lemma_.lower(), lex.lang) for p, n in preps(verb, lex)
        ):
            return None  # "s'est rendue dans la région sinistrée": a trip; "aux forces", a surrender
        else:
            type_ = lex.reflexive.get(lemma)
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if not type_ and obj is None and patient is not None:  # "its demands were not met": a combination's noun
        type_ = next((t for key in keys if (t := lex.combo(key, patient.lemma_.lower()))), None)
        spent = patient if type_ else None
    for key in keys:
        if type_:
            break
        if obj is not None:
            type_ = lex.combo(key, obj.lemma_.lower())
            if not type_ and obj.lemma_.lower() in lex.event_heads:  # "ended mediation efforts"
                for c in obj.children:
                    if c.dep_ in ("compound", "amod", "nmod") and not type_:
                        type_ = lex.combo(key, c.lemma_.lower())
            means = lex.verbs.get(key) in _MEANS_TYPES
            if not type_ and means and lex.classes.get(obj.lemma_.lower(), set()) - _TARGET_CLASSES:
                type_, spent = lex.verbs[key], obj  # "massed troops": the troops are the means, not the target
                break
            if not type_:
                for prep, sub in preps(obj, lex):  # "a state of emergency"
                    if prep in ("of", "de"):
                        type_ = lex.combo(key, sub.lemma_.lower())
                        break
            if type_:
                spent = obj
                break
            if key in lex.light and not _small_clause(verb):
                type_ = noun_type(obj, lex)
                if type_:
                    spent = obj
                    break
            if key in lex.cancel and noun_type(obj, lex) in _COOPERATIVE_NOUN_TYPES:
                type_, spent = "SANCTION", obj  # "cancelled the meeting", "annule sa rencontre"
                break
        for prep, sub in preps(verb, lex):
            if (prep, sub.lemma_.lower()) in lex.prep_event_nouns:
                type_, spent = lex.prep_event_nouns[(prep, sub.lemma_.lower())], sub
                break
        if not type_ and not (key in lex.someone_verbs and obj is not None and not is_actor(obj, ctx)):
            type_ = lex.verbs.get(key)
    if not type_:
        return None
    type_ = _instrument_type(verb, type_, ctx)
    cue = [verb] + ([spent] if spent is not None else [])
    used = {t.i for t in cue}
    return Frame(type=type_, anchor=verb, event=verb, cue=cue, verbs=[verb], used=used, spent=spent)


_MOVE_PREPS = {"à", "au", "aux", "dans", "en", "chez", "sur", "vers", "jusqu'à"}


def _instrument_type(verb, type_: str, ctx: Context) -> str:
    """"A roadside bombing killed ..." / "Predator attacks have killed ...": the noun decides."""
    if type_ not in ("ASSAULT", "FIGHT", "COERCE"):
        return type_
    for subj in children(verb, SUBJECT_DEPS):
        found = noun_type(subj, ctx.lex)
        if found in ("ASSAULT", "FIGHT"):
            return found
    return type_


def _noun_base(noun, ctx: Context) -> Frame | None:
    type_ = noun_type(noun, ctx.lex)
    if not type_:
        return None
    frame = Frame(type=type_, anchor=noun, event=noun, cue=[noun], verbs=[], used={noun.i}, noun=True)
    if type_ in ("DEMAND", "THREATEN") and noun.dep_ in OBJECT_DEPS:
        for c in noun.head.children:  # "reiterated its demand that Israel ease ...": the clause is its content
            if c.dep_ == "ccomp" and c.i > noun.i:
                frame.used.add(c.i)
                subj = children(c, SUBJECT_DEPS)
                frame.target = subj[0] if subj else None
    return frame


def _control_kind(tok, lex: Lexicon) -> str | None:
    if tok.pos_ in _VERB_POS:
        for key in _keys(tok, lex):
            if key in lex.control:
                return lex.control[key]
    if tok.pos_ == "ADJ":
        return lex.control_adj.get(tok.lemma_.lower())
    return None


def _complement(tok, ctx: Context):
    for c in tok.children:
        if c.dep_ in _COMPLEMENT_DEPS and c.pos_ in _VERB_POS + ("ADJ", "NOUN"):
            return c
    if _control_kind(tok, ctx.lex) in ("refuse", "intent", "threaten", "deny"):
        obj = _object(tok, ctx)  # "ruled out military action", "pledged aid": the object is the event
        if obj is not None and noun_type(obj, ctx.lex):
            return obj
    if _control_kind(tok, ctx.lex) in ("intent", "threaten", "refuse"):
        for c in tok.children:  # "have sworn to fight": an infinitive the parser took for a purpose clause
            if c.dep_ == "advcl" and c.i > tok.i and any(g.lower_ == "to" and g.i < c.i for g in c.children):
                return c
    if ctx.lex.lang == "fr":
        for c in tok.children:
            marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
            if c.dep_ in ("acl", "advcl", "obl:arg", "ccomp") and c.pos_ in _VERB_POS and marks & _FR_MARKS:
                return c
        for c in tok.children:  # "exiger que X retire": the parser may lose the "que"
            marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
            if c.dep_ == "advcl" and c.i > tok.i and c.pos_ in _VERB_POS and not marks:
                return c
    return None


def _search_trigger(tok, ctx: Context, seen: set):
    """Nearest trigger in the words that follow a control verb ("menace la Russie de sanctions")."""
    best = None
    for t in tok.subtree:
        if t.i <= tok.i or t.i in seen or _inside(t, tok, ("advcl", "relcl", "acl:relcl", "nsubj", "parataxis")):
            continue
        if _in_description(t, tok):
            continue
        frame = _build(t, ctx, seen | {tok.i}, depth=1)
        if frame is not None:
            best = frame
            break
    return best


def _in_description(tok, top) -> bool:
    """Inside a past participle describing a noun: "un moratoire sur les missiles interdits par le
    traité" proposes no ban."""
    while tok != top and tok.head != tok:
        if descriptive_participle(tok):
            return True
        tok = tok.head
    return False


def _inside(tok, top, deps) -> bool:
    while tok != top and tok.head != tok:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


def _build(tok, ctx: Context, seen: set, depth: int = 0) -> Frame | None:
    """The event a token triggers, composing control verbs with the event in their complement."""
    if tok.i in seen or depth > 4:
        return None
    seen = seen | {tok.i}
    lex = ctx.lex
    kind = _control_kind(tok, lex)
    if kind:
        comp = _complement(tok, ctx)
        inner = _build(comp, ctx, seen, depth + 1) if comp is not None else None
        searching = kind in ("threaten", "deny") or (
            kind in ("refuse", "intent") and not children(tok, OBJECT_DEPS)
        )
        if inner is None and searching:
            base = _verb_base(tok, ctx)
            if base is None or base.spent is None:
                inner = _search_trigger(tok, ctx, seen)
        frame = _compose(tok, kind, inner, comp, ctx)
        if frame is not None:
            return frame
    if tok.pos_ in _VERB_POS:
        frame = _verb_base(tok, ctx)
        if frame is None and _obliged(tok, ctx):
            frame = Frame(type="DEMAND", anchor=tok, event=tok, cue=[tok], verbs=[tok], used={tok.i},
                          obligation=True)
        return frame
    if tok.pos_ == "NOUN":
        return _noun_base(tok, ctx)
    return None


def _obliged(verb, ctx: Context) -> bool:
    return any(c.dep_ in ("aux", "aux:tense") and c.lower_ in ctx.lex.obligation for c in verb.children)


def _compose(tok, kind: str, inner: Frame | None, comp, ctx: Context) -> Frame | None:
    lex = ctx.lex
    lemma = tok.lemma_.lower()
    inner_type = inner.type if inner else None
    frame_kw: dict = {}
    if kind == "threaten":
        type_ = "THREATEN"
    elif kind == "refuse":
        type_ = "REJECT" if inner or _verb_base(tok, ctx) is None else _verb_base(tok, ctx).type
    elif kind == "intent":
        if inner is None:
            return None
        conflict = inner_type in HARD_CONFLICT | SOFT_CONFLICT | {"THREATEN"}
        type_ = "THREATEN" if conflict else "AGREE"
    elif kind == "demand":
        if inner is None and comp is None:
            return None
        type_ = "COERCE" if lemma in ("order", "ordonner") and inner_type == "COERCE" else "DEMAND"
    elif kind == "must":
        if inner is None:
            return None  # "L'Arctique doit rester une zone de faible tension": no event is owed
        type_, frame_kw["obligation"] = (inner_type or "DEMAND"), True
    elif kind == "plan":
        if inner is None:
            return None
        type_ = inner_type
        if lemma not in _ATTEMPT and lemma not in _SPECULATE:
            frame_kw["future"] = True
    elif kind == "prepare":
        if inner is None:
            return None
        type_ = "MOBILIZE" if inner_type in ("ASSAULT", "FIGHT") else inner_type
        frame_kw["future"] = type_ != "MOBILIZE"
    elif kind == "pass":
        if inner is None:
            return None
        type_ = inner_type
    elif kind == "allow":
        if comp is not None and comp.lemma_.lower() in lex.hints:
            return None
        type_ = "CONCEDE"
    elif kind == "deny":
        if inner is None:
            return None
        type_, frame_kw["denied"] = inner_type, True
    else:
        return None
    if type_ is None:
        return None
    target = None
    if (kind in ("threaten", "allow") and lemma in lex.object_control) or kind == "demand":
        target = object_control_target(tok, ctx)
    if kind in ("demand", "must") and target is None and comp is not None and comp.dep_ != "xcomp":
        subj = children(comp, SUBJECT_DEPS)
        target = subj[0] if subj else None
    if inner is not None:
        frame_kw["future"] = frame_kw.get("future", False) or inner.future
        frame_kw["denied"] = frame_kw.get("denied", False) or inner.denied
        frame_kw["obligation"] = frame_kw.get("obligation", False) or inner.obligation
    return Frame(
        type=type_,
        anchor=tok,
        event=inner.event if inner else tok,
        cue=[tok] + (inner.cue if inner else []),
        verbs=[tok] + (inner.verbs if inner else []),
        used={tok.i} | (inner.used if inner else set()),
        target=target if target is not None else (inner.target if inner else None),
        spent=inner.spent if inner else None,
        noun=inner.noun if inner else False,
        kind=kind,
        inner_type=inner_type,
        **frame_kw,
    )


# ---- frames of a sentence ----


def _depth(tok) -> int:
    d = 0
    while tok.head != tok:
        tok, d = tok.head, d + 1
    return d


def _may_trigger(tok, lex: Lexicon) -> bool:
    """Cheap pre-test before building a frame: is any of the token's lemma keys in a table?"""
    if tok.pos_ not in _VERB_POS + ("NOUN", "ADJ"):
        return False
    keys = lemmas(tok, lex)
    if any(k in lex.trigger_lemmas for k in keys):
        return True
    if tok.pos_ in _VERB_POS:
        return any(c.dep_ in ("prt", "compound:prt", "prep", "aux", "aux:tense") for c in tok.children)
    return False


def _in_a_name(tok, ctx: Context) -> bool:
    """A noun inside the name of an organisation or a place is no event ("l'Organisation pour la
    sécurité et la coopération en Europe", "the Defence Ministry")."""
    if tok.pos_ in _VERB_POS:
        return False
    m = ctx.mention_at(tok)
    return m is not None and m.type != "PER" and " " in m.text.strip()


def _frames(ctx: Context) -> list[Frame]:
    lex = ctx.lex
    frames: list[Frame] = []
    used: set[int] = set()
    for tok in sorted((t for t in ctx.doc if _may_trigger(t, lex)), key=lambda t: (_depth(t), t.i)):
        if tok.i in used or _in_a_name(tok, ctx):
            continue
        if tok.lemma_.lower() in lex.reporting and not children(tok, OBJECT_DEPS):
            continue
        frame = _build(tok, ctx, set())
        if frame is None:
            continue
        used |= frame.used
        frames.append(frame)
    owners = {i: f for f in frames for i in frame_tokens(f)}
    return [f for f in frames if not _embedded(f, owners)]


def frame_tokens(frame: Frame) -> set[int]:
    return frame.used | {frame.anchor.i}


def _embedded(frame: Frame, owners: dict) -> bool:
    """True when the frame sits inside an argument of another event (content, not a new event)."""
    child, tok = frame.anchor, frame.anchor.head
    while tok != child:
        if tok.i in owners and owners[tok.i] is not frame:
            return child.dep_ not in _SEPARATE_DEPS
        if child.dep_ in _SEPARATE_DEPS:
            return False
        child, tok = tok, tok.head
    return False


# ---- actors ----


def _sources(frame: Frame, ctx: Context) -> tuple[list[Actor], object]:
    """Source actors, and the passive patient if any (it becomes the target)."""
    if frame.noun and frame.anchor == frame.event:
        return _noun_sources(frame, ctx), None
    src, patient = subject(frame.anchor, ctx)
    if src is not None and frame.event != frame.anchor and _passive_verb(frame.event):
        src2, patient = subject(frame.event, ctx)
        src = src2 or src
    if src is None and patient is not None and frame.type in _TROOP_MOVES:
        troops = _troops(patient, ctx)
        if troops is not None:  # "des troupes russes ont été déployées": the troops' side moves them
            src, patient = troops, None
    return actors_of(src, frame.anchor, ctx, frozenset(frame.used)), patient


_TROOP_MOVES = {"MOBILIZE", "RETREAT"}
_QUANTITY_NOUNS = {"nombre", "number", "total"}


def _troops(noun, ctx: Context):
    """The troops a noun names: itself, or what it counts ("le nombre de soldats russes")."""
    if noun.lemma_.lower() in _QUANTITY_NOUNS:
        noun = next((sub for prep, sub in preps(noun, ctx.lex) if prep in ("de", "of")), noun)
    return noun if "TROOPS" in ctx.lex.classes.get(noun.lemma_.lower(), set()) else None


def _passive_verb(tok) -> bool:
    return tok.pos_ in _VERB_POS and is_passive(tok)


def _noun_sources(frame: Frame, ctx: Context) -> list[Actor]:
    noun = frame.event
    lex = ctx.lex
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in _VERB_POS and _carries_out(noun.head, ctx):
        src, _ = subject(noun.head, ctx)  # "the union staged a strike", "a renouvelé son appel"
        if src is not None:
            return actors_of(src, noun.head, ctx, frozenset(frame.used))
    for c in noun.children:
        if c.dep_ == "poss" and is_actor(c, ctx):
            return actors_of(c, noun, ctx, frozenset(frame.used))
        if possessive(c, lex, lex.first_person_possessives):  # a quote's "our commitment"
            speaker = ctx.speaker_at(c)
            if speaker is not None:
                return [person_actor(speaker, c)]
            continue
        if possessive(c, lex):  # "would not give ground on its demand": whose demand
            verb = next((h for h in noun.ancestors if h.pos_ in _VERB_POS), None)
            antecedent = resolve_possessive(verb, ctx) if verb is not None else None
            if antecedent is not None and _agrees(c, antecedent):
                return actors_of(antecedent, verb, ctx, frozenset(frame.used))
        if c.dep_ in ("amod", "compound") and actor_names.country_of(c.text):
            return [_adjective_actor(c, ctx)]
    for prep, sub in preps(noun, lex):
        if prep in lex.agent_preps or (prep in ("of", "de") and frame.type not in _PATIENT_OF_TYPES):
            if is_actor(sub, ctx):
                return actors_of(sub, noun, ctx, frozenset(frame.used))
    for prep, sub in preps(noun, lex):  # "talks between Moscow and Washington": both take part
        if prep in _BETWEEN and is_actor(sub, ctx):
            return actors_of(sub, noun, ctx, frozenset(frame.used))
    return []


def _carries_out(verb, ctx: Context) -> bool:
    """Is the subject of `verb` the one who does the event its object names: a light verb ("staged
    a strike", "a lancé une offensive"), a verb of taking part ("will leave the summit early") or a
    control verb ("refused talks"); not a verb of judging or seeing ("jugé la grève disproportionnée",
    "called the strike disproportionate": a small clause)."""
    if _small_clause(verb):
        return False
    lex = ctx.lex
    return any(key in lex.light or key in lex.participant for key in _keys(verb, lex)) \
        or _control_kind(verb, lex) is not None


def _small_clause(verb) -> bool:
    """"called the strike disproportionate": the verb judges its object, it does not carry it out."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _hazard(tok, lex: Lexicon) -> bool:
    return tok is not None and tok.lemma_.lower() in lex.hazards


def _agrees(possessive, antecedent) -> bool:
    """English "its" stands for one thing, not for people ("Other witnesses … on its retreat")."""
    if possessive.lower_ != "its":
        return True
    return "Plur" not in antecedent.morph.get("Number") and antecedent.ent_type_ != "PERSON"


def _adjective_actor(adj, ctx: Context) -> Actor:
    """A demonym modifier as actor: "an Indian proposal" -> "Indian proposal" (IND)."""
    head = adj.head
    a, b = sorted((adj, head), key=lambda t: t.i)
    text = adj.doc[a.i : b.i + 1].text  # "Israeli military policies", "frontière ukrainienne"
    return Actor(text=text, code=actor_names.country_of(adj.text), start=a.idx, end=b.idx + len(b), head=adj)


def _targets(frame: Frame, patient, ctx: Context) -> list[Actor]:
    if patient is not None and (patient == frame.spent
                                or not is_actor(patient, ctx) and frame.type not in _PATIENT_OBJECT_TYPES):
        patient = None  # "aucune option n'était exclue": no one is the target; "sanctions were lifted": the means
    tok = frame.target if frame.target is not None else patient
    if frame.type == "THREATEN" and tok is not None and tok.head == frame.event and tok.dep_ in _SUBJECT_DEPS:
        # "a averti que l'UE riposterait si Washington…": the UE would carry the threat out, it is
        # not its target; the target is the response's object, or the condition's subject (below)
        tok = None
    if tok is not None:
        return _as_actors(tok, frame, ctx)
    event = frame.event
    if frame.noun and event == frame.anchor:
        found = _noun_target(event, frame, ctx)
    elif frame.noun:  # "rejected an Australian ultimatum": whose ultimatum; "pledged aid to Ukraine"
        found = _noun_target(event, frame, ctx) or owner(event, ctx) or _prep_target(frame.anchor, ctx, {event})
    else:
        found = _verb_target(event, frame, ctx)
    if found is None and frame.type in _PLACE_TARGET_TYPES:
        found = place_target(event, ctx) or place_target(frame.spent, ctx)
    if found is None and not frame.noun and frame.type in _PATIENT_OBJECT_TYPES:
        found = _plain_object(event, frame, ctx)
    if found is None and frame.type in _CONDITIONAL_TARGET_TYPES:
        found = _condition_subject(frame)
    return _as_actors(found, frame, ctx) if found is not None else []


# A threat names its target in its condition: "would impose sanctions if Russia invaded".
_CONDITIONAL_TARGET_TYPES = {"THREATEN", "SANCTION", "COERCE", "ASSAULT"}
_CONDITION_MARKS = {"si", "if", "unless", "sauf"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


def _own_side_threat(frame: Frame, sources: list[Actor], targets: list[Actor], ctx: Context) -> list[Actor]:
    """"Riabkov a averti que Moscou répondrait fermement à l'élargissement de l'Otan": Moscow, the
    warner's own side, would carry the threat out; the target is whom the response is aimed at
    (or the subject of its condition)."""
    if frame.type != "THREATEN" or not targets:
        return targets
    side = {s.code for s in sources if s.code}
    head = targets[0].head
    if not side or {t.code for t in targets} - side or head.dep_ not in _SUBJECT_DEPS:
        return targets
    action = head.head
    found = _verb_target(action, frame, ctx) or prep_target(action, ctx) if action.pos_ in _VERB_POS else None
    found = found or _condition_subject(frame)
    return _as_actors(found, frame, ctx) if found is not None else []


def _condition_subject(frame: Frame):
    """The subject of a condition clause ("si la Russie attaquait") hanging from the event's verb."""
    for tok in (frame.event, frame.anchor):
        if tok is None:
            continue
        for clause in tok.children:
            if not clause.dep_.startswith("advcl"):
                continue
            if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children):
                subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
                if subjects:
                    return subjects[0]
    return None


def _plain_object(verb, frame: Frame, ctx: Context):
    """Last resort: the object as written ("demolished houses"), unless it is the event's own means."""
    obj = _object(verb, ctx) if verb.pos_ in _VERB_POS else None
    if obj is None or obj == frame.spent or noun_type(obj, ctx.lex) or obj.i in frame.used:
        return None
    if obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in ctx.lex.time_words:
        return None
    if obj.pos_ == "NOUN" and "Plur" not in obj.morph.get("Number"):
        return None  # "sought refuge": an abstract object is no target; people usually come in plural
    return obj


def _as_actors(tok, frame: Frame, ctx: Context) -> list[Actor]:
    if tok.pos_ == "ADJ" and actor_names.country_of(tok.text):
        return [_adjective_actor(tok, ctx)]
    return actors_of(tok, frame.event, ctx, frozenset(frame.used))


def _verb_target(verb, frame: Frame, ctx: Context):
    lex = ctx.lex
    obj = _object(verb, ctx) if verb.pos_ in _VERB_POS else None
    skip = set()
    if obj is not None and obj != frame.spent and is_actor(obj, ctx) and not is_pronoun(obj, lex):
        return obj
    for ind in children(verb, INDIRECT_DEPS):
        if is_actor(ind, ctx):
            return ind
    if obj is not None:
        if obj == frame.spent or not is_actor(obj, ctx):
            inner = _noun_owner_target(obj, ctx)
            if inner is not None:
                return inner
        elif frame.type in _PATIENT_OBJECT_TYPES and is_pronoun(obj, lex):
            return obj  # "accusing them of moving crude to China": they are accused, not China
        skip.add(obj)
    found = _prep_target(verb, ctx, skip)
    if found is not None:
        return found
    for conj in (obj.children if obj is not None else []):  # "photographs and intelligence to Macedonia"
        if conj.dep_ == "conj":
            found = _prep_target(conj, ctx, skip)
            if found is not None:
                return found
    if obj is not None and is_pronoun(obj, lex):
        return obj
    return None


def _noun_owner_target(noun, ctx: Context):
    """For an object noun: whose proposal is rejected, on whom sanctions fall."""
    for prep, sub in preps(noun, ctx.lex):
        if prep in ctx.lex.target_preps and prep not in ("of", "de", "in", "en", "dans", "for", "pour"):
            if is_actor(sub, ctx):
                return sub
    return owner(noun, ctx)


def _prep_target(tok, ctx: Context, skip):
    found = preps(tok, ctx.lex)
    for want in ctx.lex.target_preps:
        if want in ("in", "en", "dans", "à"):
            continue  # places: only as the last resort (place_target)
        for prep, noun in found:
            if prep != want or noun in skip or noun.lemma_.lower() in ctx.lex.time_words:
                continue
            if is_actor(noun, ctx):
                return noun
            inner = owner(noun, ctx)
            if inner is not None:
                return inner
    for prep, noun in found:  # French "à": an addressee when it is an actor, not a city
        if prep == "à" and is_actor(noun, ctx) and not actor_names.is_state(noun.text) and noun.pos_ != "PROPN":
            return noun
    for prep, noun in found:
        if prep == "à" and noun.pos_ == "PROPN" and actor_names.is_state(noun.text):
            if not _where_not_whom(noun) or ctx.lex.lang != "fr":
                return noun
    return None


def _where_not_whom(noun) -> bool:
    """A proper name after "à"/"at" that says where, not to whom: a city, even a capital standing
    for its government ("des pourparlers à Mascate", "se rendre à Moscou"); a state is a party
    ("livrer des armes à l'Ukraine")."""
    return noun.pos_ == "PROPN" and (actor_names.is_metonym(noun.text) or not actor_names.is_state(noun.text))


def _noun_target(noun, frame: Frame, ctx: Context):
    lex = ctx.lex
    for c in noun.children:  # "its demand that Israel ease restrictions"
        if c.dep_ in ("acl", "ccomp") and c.pos_ in _VERB_POS and frame.type in ("DEMAND", "THREATEN"):
            subj = children(c, SUBJECT_DEPS)
            if subj and is_actor(subj[0], ctx):
                return subj[0]
    for want in lex.target_preps:
        for prep, sub in preps(noun, lex):
            if prep != want:
                continue
            if prep in ("of", "de") and frame.type not in _PATIENT_OF_TYPES:
                continue
            if prep in lex.agent_preps or prep in _BETWEEN:
                continue
            if prep in ("à", "at", "in", "en", "dans") and _where_not_whom(sub):
                continue  # "talks in Geneva", "pourparlers à Mascate": where, not with whom
            if is_actor(sub, ctx):
                return sub
            if prep not in ("of", "de", "in", "en", "dans"):
                inner = owner(sub, ctx)  # "riots against Israeli military policies"
                if inner is not None:
                    return inner
    return None


# ---- from frames to events ----


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
            sources, patient = _sources(frame, ctx)
            targets = _targets(frame, patient, ctx)
            type_, mode = frame.type, "hypothetical"
    else:
        sources, patient = _sources(frame, ctx)
        targets = _own_side_threat(frame, sources, _targets(frame, patient, ctx), ctx)
        type_, mode = settle(frame.type, cues)
    if any(_hazard(a.head, ctx.lex) for a in sources):
        return []  # "un séisme a frappé le sud du Pérou": nature is no party
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
    # "X and Y met" code each other; "l'Italie et l'Espagne soutenaient la démarche" does not
    reciprocal = frame.noun or frame.spent is not None or _object(frame.anchor, ctx) is None
    pairs = _pairs(sources, targets, type_ if reciprocal else None)
    date, precision = _event_date(frame.event, ctx)  # the innermost trigger: its clause and those above
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


def _code_parsed(
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
            local, when = _within(mentions or [], a, b), _within(times, a, b)
            for event in _code_one(sent.as_doc(), text[a:b], lex, local, _shift(voices, a, b), when):
                event.start, event.end = a, b
                out.append(event)
        return out
    return _code_one(doc, text, lex, mentions, voices, times)


def _code_one(
    doc, text: str, lex: Lexicon, mentions: list[Mention] | None, voices: list[Voice] = (),
    times: list[TimeExpr] = (),
) -> list[Event]:
    ctx = Context(doc, lex, mentions, voices, times)
    frames = sorted(_frames(ctx), key=lambda f: (_depth(f.anchor), f.noun, f.anchor.i))
    events: list[Event] = []
    for frame in frames:
        events.extend(_events(frame, ctx, text))
    return _dedupe(events)


# ---- public API ----


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
    return _code_parsed(doc, sentence, lex, mentions)


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
    entity_starts = sorted(e.start_char for e in getattr(doc, "ents", ()))
    return [(a, b) for a, b in spans
            if b > a and lex.is_candidate(text[a:b]) and _has_actor(text[a:b], a, b, entity_starts, lang)]


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
    dateline = _dateline_place(article, mentions)
    out: list[Event] = []
    for (a, b), pdoc in zip(spans, parsed, strict=True):
        local = _within(mentions, a, b)
        for event in _code_parsed(pdoc, text[a:b], lex, local, _shift(voices, a, b), _within(resolved, a, b)):
            event.article_id = article.id
            event.start, event.end = a + event.start, a + event.end
            if event.date is None and article.published:
                event.date, event.precision = article.published, article.date_precision
            event.place = _place(local, event) or dateline
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


def _within(items: list, a: int, b: int) -> list:
    """The spans (mentions, time expressions) inside [a, b), in its offsets."""
    return [dataclasses.replace(x, start=x.start - a, end=x.end - a) for x in items if a <= x.start and x.end <= b]


def _shift(voices: list[Voice], a: int, b: int) -> list[Voice]:
    """The voices overlapping [a, b) (a quote may run over sentences), in its offsets."""
    return [v._replace(start=v.start - a, end=v.end - a) for v in voices if v.start < b and a < v.end]


def _has_actor(sentence: str, a: int, b: int, entity_starts: list[int], lang: str) -> bool:
    """Someone to code: a named entity in the sentence, or an institution or group word."""
    i = bisect.bisect_left(entity_starts, a)
    if i < len(entity_starts) and entity_starts[i] < b:
        return True
    words = _WORDS.findall(sentence)
    return any(actor_names.is_agent_noun(w.lower(), lang) or (w[0].isupper() and actor_names.country_of(w))
               for w in words)


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


def _event_date(anchor, ctx: Context) -> tuple[str | None, str | None]:
    """The time expression of the sentence that dates the event at `anchor`: one in the event's own
    clause first, else one in a clause above it (the reporting verb's "on Monday"); never one in
    another clause ("salue le retour de soldats capturés en 2022", "will impose tariffs from next
    month, X said, rejecting…")."""
    best, best_rank = (None, None), None
    path = [anchor, *anchor.ancestors]
    for t in ctx.times:
        tok = next((x for x in ctx.doc if x.idx <= t.start < x.idx + len(x) + 1), None)
        rank = None if tok is None else _clause_distance(tok, path)
        if rank is not None and (best_rank is None or rank < best_rank):
            best, best_rank = (t.value, t.precision), rank
    return best


_CLAUSE_DEPS = ("ccomp", "advcl", "acl", "relcl", "xcomp", "conj", "parataxis", "csubj")


def _clause_distance(tok, path: list) -> int | None:
    """How many clauses up from the event the clause holding `tok` is (0: the event's own), or None
    when `tok` sits in a clause off that path."""
    for x in [tok, *tok.ancestors]:
        if x in path:
            return path.index(x)
        if x.dep_.startswith(_CLAUSE_DEPS) or _aside(x):
            return None
    return None


def _aside(x) -> bool:
    """x opens a phrase set off by the noun's own comma: "Les FSR, en guerre … depuis avril 2023, ont
    démenti", "The RSF, at war … since April 2023, denied" (the date describes the noun, not the event)."""
    head = x.head
    if not x.dep_.startswith(("nmod", "appos", "acl", "prep")) or head.pos_ not in ("NOUN", "PROPN") or x.i < head.i:
        return False
    return any(t.text == "," and t.head == head for t in x.doc[head.i + 1 : x.left_edge.i])


def is_setting(m: Mention, text: str) -> bool:
    """Does a mention (offsets in `text`) say where something happens: a place after a locative
    preposition, or one that is neither a state nor a seat of power ("selon Washington", "Moscow
    said": a government speaking, not a place)."""
    if m.type != "LOC":
        return False
    before = text[max(0, m.start - 30) : m.start].split()[-1:]
    if before and before[0].lower() in _LOCATIVE:
        return True
    return not (actor_names.is_state(m.text) or actor_names.is_metonym(m.text))


def _dateline_place(article: Article, mentions: list[Mention]) -> str | None:
    """The dateline's place as the article writes it in running text (GENEVE -> Genève)."""
    d = article.dateline
    if d is None:
        return None
    found = next((m for m in mentions if d.start <= m.start < d.end and m.type == "LOC"), None)
    place = found.canonical if found is not None and found.canonical else d.place
    return place.title() if place.isupper() else place  # LIMA, named nowhere else -> Lima


def _place(local: list[Mention], event: Event) -> str | None:
    actor_texts = {event.source, event.target}
    sentence = event.sentence
    for m in local:
        if not is_setting(m, sentence):
            continue
        if m.canonical in actor_texts or m.text in actor_texts:
            continue
        if any(x and (m.text in x or m.canonical in x) for x in actor_texts):
            continue
        return m.canonical or m.text
    return None
