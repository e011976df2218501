"""Triggers: the event one verb or noun codes, before control verbs wrap it.

A verb is looked up by its lemma keys, phrasal ones first; its object can decide the type (a verb +
object combination, a light verb's event noun, a cancelled meeting), as can a preposition + noun after
it or a French pronominal sense. An event noun is typed with its modifiers ("air strike"). The result
is a `Frame`, the trigger chain and what it decided, which `event_frames` composes with control verbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.analyze import actors as actor_names
from veille.analyze.event_context import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Context,
    children,
    is_actor,
    lemmas,
    non_actor,
    preps,
)
from veille.analyze.event_lexicon import Lexicon
from veille.analyze.event_phrases import conjuncts, place_target
from veille.analyze.event_subjects import agent_of, co_subjects, opening_participle, subject

VERB_POS = ("VERB", "AUX")
# Types whose object is usually the means ("massed troops", "sent aid"), not the target.
_MEANS_TYPES = {"MOBILIZE", "RETREAT", "AID", "SANCTION", "COOPERATE", "CONCEDE", "AGREE", "PROTEST"}
_COOPERATIVE_NOUN_TYPES = {"CONSULT", "COOPERATE", "AID", "AGREE", "SUPPORT"}
_TARGET_CLASSES = {"PRISONERS", "PARTIES"}  # object classes that are also the target
_MOVE_PREPS = {"à", "au", "aux", "dans", "en", "chez", "sur", "vers", "jusqu'à"}
_HARM_TYPES = {"ASSAULT", "FIGHT", "COERCE"}  # aimed at a disease or a hazard, a figure of speech
_AGAINST = {"against", "contre"}


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


def verb_keys(tok, lex: Lexicon) -> list[str]:
    """Lemma keys of a verb, phrasal ones first: "call_on", "pull_out", then "call"."""
    lemma = tok.lemma_.lower()
    keys = [lemma + "_" + c.lower_ for c in tok.children if c.dep_ in ("prt", "compound:prt")]
    keys += [lemma + "_" + c.lower_ for c in tok.children if c.dep_ == "prep" and c.pos_ == "ADP"]
    return keys + lemmas(tok, lex)


def direct_object(verb, ctx: Context):
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


def reflexive(verb) -> bool:
    """A French pronominal verb: "se sont entendues", "s'accordent" (with several subjects, they act on
    each other)."""
    return any((c.lemma_.lower() == "se" or c.lower_ in ("s'", "s’"))
               and c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj") for c in verb.children)


def verb_base(verb, ctx: Context) -> Frame | None:
    """The frame a verb codes on its own (with its object or preposition), or None."""
    lex = ctx.lex
    if verb.lemma_.lower() in lex.question and opening_participle(verb) and agent_of(verb, ctx) is None:
        return None  # "Interrogé jeudi, Dmitri Peskov…": a reporter's question
    obj = direct_object(verb, ctx)
    keys = verb_keys(verb, lex)
    type_, spent = None, None
    if lex.lang == "fr" and reflexive(verb):
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
            if key in lex.light and not small_clause(verb):
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
    if not type_ or (verb.lemma_.lower() in lex.topic_verbs and _speech_about(verb, obj, ctx)):
        return None
    if _against_nature(verb, obj, type_, spent, ctx):
        return None
    type_ = _instrument_type(verb, type_, ctx)
    cue = [verb] + ([spent] if spent is not None else [])
    used = {t.i for t in cue}
    return Frame(type=type_, anchor=verb, event=verb, cue=cue, verbs=[verb], used=used, spent=spent)


def _against_nature(verb, obj, type_: str, spent, ctx: Context) -> bool:
    """An act on a disease or a hazard is no event between parties: "We have beaten Ebola", "lutter
    contre l'épidémie" (a harm verb aimed at it), "declared the outbreak a health emergency" (a
    combination whose object classifies it)."""
    lex = ctx.lex
    if spent is not None:
        return any(c.dep_ in SUBJECT_DEPS and non_actor(c, lex) for c in spent.children)
    if type_ not in _HARM_TYPES:
        return False
    if obj is not None:
        return non_actor(obj, lex)
    return any(p in _AGAINST and non_actor(n, lex) for p, n in preps(verb, lex))


def _speech_about(verb, obj, ctx: Context) -> bool:
    """"premature to talk about a meeting", "parler d'une rencontre": talk about a topic with nobody
    to talk with (no actor after "with"/"avec" or as object, a single speaker) is speech, not a
    consultation; "Russia and Ukraine talked about prisoners" is one."""
    lex = ctx.lex
    found = preps(verb, lex)
    if not any(p in lex.topic_preps for p, _ in found):
        return False
    if any(p not in lex.topic_preps and is_actor(n, ctx) for p, n in found):
        return False
    if obj is not None and is_actor(obj, ctx):
        return False
    subj, _ = subject(verb, ctx)
    if subj is None:
        return True
    several = len(co_subjects(subj)) + len(conjuncts(subj)) > 1 or "Plur" in subj.morph.get("Number")
    return not several


def _instrument_type(verb, type_: str, ctx: Context) -> str:
    """"A roadside bombing killed ..." / "Predator attacks have killed ...": the noun decides."""
    if type_ not in ("ASSAULT", "FIGHT", "COERCE"):
        return type_
    for subj in children(verb, SUBJECT_DEPS):
        found = noun_type(subj, ctx.lex)
        if found in ("ASSAULT", "FIGHT"):
            return found
    return type_


def noun_base(noun, ctx: Context) -> Frame | None:
    """The frame an event noun codes on its own, or None."""
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


def control_kind(tok, lex: Lexicon) -> str | None:
    """The control kind of a verb or adjective ("threaten", "refuse", "intent", "demand"...), or None."""
    if tok.pos_ in VERB_POS:
        for key in verb_keys(tok, lex):
            if key in lex.control:
                return lex.control[key]
    if tok.pos_ == "ADJ":
        return lex.control_adj.get(tok.lemma_.lower())
    return None


def small_clause(verb) -> bool:
    """"called the strike disproportionate": the verb judges its object, it does not carry it out."""
    return any(c.dep_ == "oprd" for c in verb.children)
