"""Whom a frame acts on: its target actors.

An explicit target (the addressee of "urge X to"), else the object, indirect object or prepositional
object of the event's verb, the owner of an object that is no actor ("Haiti's efforts"), the target
phrase of an event noun, a place for conflict types, a plain plural object, or the subject of a
threat's condition ("would impose sanctions if Russia invaded").
"""

from __future__ import annotations

from veille.analyze import actors as actor_names
from veille.analyze.event_actors import actors_of
from veille.analyze.event_context import (
    INDIRECT_DEPS,
    SUBJECT_DEPS,
    Actor,
    Context,
    children,
    is_actor,
    is_pronoun,
    preps,
)
from veille.analyze.event_phrases import owner, place_target, prep_target
from veille.analyze.event_sources import BETWEEN, PATIENT_OF_TYPES, adjective_actor
from veille.analyze.event_triggers import VERB_POS, Frame, direct_object, noun_type

# Types whose plain object is the one who suffers the act, even when no table knows the noun.
_PATIENT_OBJECT_TYPES = {"ASSAULT", "COERCE", "FIGHT", "SANCTION", "DISAPPROVE", "INVESTIGATE", "CONCEDE"}
_PLACE_TARGET_TYPES = {"PROTEST", "ASSAULT", "FIGHT", "COERCE", "INVESTIGATE", "MOBILIZE", "SANCTION", "CONCEDE",
                       "THREATEN", "RETREAT", "DEMAND"}
# A threat names its target in its condition: "would impose sanctions if Russia invaded".
_CONDITIONAL_TARGET_TYPES = {"THREATEN", "SANCTION", "COERCE", "ASSAULT"}
_CONDITION_MARKS = {"si", "if", "unless", "sauf"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


def find_targets(frame: Frame, patient, ctx: Context) -> list[Actor]:
    """Target actors of a frame; `patient` is the passive patient `find_sources` handed over."""
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


def own_side_threat(frame: Frame, sources: list[Actor], targets: list[Actor], ctx: Context) -> list[Actor]:
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
    found = _verb_target(action, frame, ctx) or prep_target(action, ctx) if action.pos_ in VERB_POS else None
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
    obj = direct_object(verb, ctx) if verb.pos_ in VERB_POS else None
    if obj is None or obj == frame.spent or noun_type(obj, ctx.lex) or obj.i in frame.used:
        return None
    if obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in ctx.lex.time_words:
        return None
    if obj.pos_ == "NOUN" and "Plur" not in obj.morph.get("Number"):
        return None  # "sought refuge": an abstract object is no target; people usually come in plural
    return obj


def _as_actors(tok, frame: Frame, ctx: Context) -> list[Actor]:
    if tok.pos_ == "ADJ" and actor_names.country_of(tok.text):
        return [adjective_actor(tok, ctx)]
    return actors_of(tok, frame.event, ctx, frozenset(frame.used))


def _verb_target(verb, frame: Frame, ctx: Context):
    lex = ctx.lex
    obj = direct_object(verb, ctx) if verb.pos_ in VERB_POS else None
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
            if prep in ctx.lex.locative_preps and _a_place(noun, ctx):
                continue  # "met at Dolmabahce Palace": where, not with whom
            if is_actor(noun, ctx):
                return noun
            inner = owner(noun, ctx)
            if inner is not None:
                return inner
    for prep, noun in found:  # French "à": an addressee when it is an actor, not a city nor a place
        if prep == "à" and is_actor(noun, ctx) and not actor_names.is_state(noun.text) and noun.pos_ != "PROPN" \
                and not _a_place(noun, ctx):
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


def _a_place(noun, ctx: Context) -> bool:
    """A place the NER found that is neither a state nor a seat of power: after a locative preposition
    ("au palais de Dolmabahçe", "at the Library of Congress") it says where the event happens, not to
    whom ("a appelé Moscou à…", "lashed out at Washington": governments, still parties)."""
    m = ctx.mention_at(noun)
    return m is not None and m.type == "LOC" and not actor_names.is_state(m.text) and not actor_names.is_metonym(m.text)


def _noun_target(noun, frame: Frame, ctx: Context):
    lex = ctx.lex
    for c in noun.children:  # "its demand that Israel ease restrictions"
        if c.dep_ in ("acl", "ccomp") and c.pos_ in VERB_POS and frame.type in ("DEMAND", "THREATEN"):
            subj = children(c, SUBJECT_DEPS)
            if subj and is_actor(subj[0], ctx):
                return subj[0]
    for want in lex.target_preps:
        for prep, sub in preps(noun, lex):
            if prep != want:
                continue
            if prep in ("of", "de") and frame.type not in PATIENT_OF_TYPES:
                continue
            if prep in lex.agent_preps or prep in BETWEEN:
                continue
            if prep in lex.locative_preps and (_where_not_whom(sub) or _a_place(sub, ctx)):
                continue  # "talks in Geneva", "pourparlers à Mascate", "au palais de…": where, not with whom
            if is_actor(sub, ctx):
                return sub
            if prep not in ("of", "de", "in", "en", "dans"):
                inner = owner(sub, ctx)  # "riots against Israeli military policies"
                if inner is not None:
                    return inner
    return None
