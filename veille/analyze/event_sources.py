"""Who acts in a frame: its source actors (`event_subjects` reads subjects, `event_actors` names them).

For a verb, its subject (the agent of a passive; troops deployed are moved by their own side). For an
event noun: the subject of a verb that carries it out ("staged a strike"), a possessive ("our
commitment" in a quote is its speaker's), a demonym ("an Indian proposal") or an agent or of-phrase.
"""

from __future__ import annotations

from veille.analyze import actors as actor_names
from veille.analyze.event_actors import actor, actors_of, person_actor, possessive, resolve_possessive
from veille.analyze.event_context import OBJECT_DEPS, Actor, Context, is_actor, is_passive, preps
from veille.analyze.event_subjects import subject
from veille.analyze.event_triggers import VERB_POS, Frame, control_kind, small_clause, verb_keys

# Noun events whose of-phrase is the patient ("the invasion of Ukraine"), not the doer.
PATIENT_OF_TYPES = {"ASSAULT", "FIGHT", "COERCE", "SANCTION", "INVESTIGATE", "SUPPORT", "DISAPPROVE", "AID",
                     "CONCEDE"}
BETWEEN = ("between", "entre")
_TROOP_MOVES = {"MOBILIZE", "RETREAT"}
_QUANTITY_NOUNS = {"nombre", "number", "total"}


def find_sources(frame: Frame, ctx: Context) -> tuple[list[Actor], object]:
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


def _troops(noun, ctx: Context):
    """The troops a noun names: itself, or what it counts ("le nombre de soldats russes")."""
    if noun.lemma_.lower() in _QUANTITY_NOUNS:
        noun = next((sub for prep, sub in preps(noun, ctx.lex) if prep in ("de", "of")), noun)
    return noun if "TROOPS" in ctx.lex.classes.get(noun.lemma_.lower(), set()) else None


def _passive_verb(tok) -> bool:
    return tok.pos_ in VERB_POS and is_passive(tok)


def _noun_sources(frame: Frame, ctx: Context) -> list[Actor]:
    noun = frame.event
    lex = ctx.lex
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERB_POS and _carries_out(noun.head, ctx):
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
            verb = next((h for h in noun.ancestors if h.pos_ in VERB_POS), None)
            antecedent = resolve_possessive(verb, ctx) if verb is not None else None
            if antecedent is not None and _agrees(c, antecedent):
                return actors_of(antecedent, verb, ctx, frozenset(frame.used))
        if c.dep_ in ("amod", "compound") and actor_names.country_of(c.text):
            return [adjective_actor(c, ctx)]
    for prep, sub in preps(noun, lex):
        if prep in lex.agent_preps or (prep in ("of", "de") and frame.type not in PATIENT_OF_TYPES):
            if is_actor(sub, ctx):
                return actors_of(sub, noun, ctx, frozenset(frame.used))
    for prep, sub in preps(noun, lex):  # "talks between Moscow and Washington": both take part
        if prep in BETWEEN and is_actor(sub, ctx):
            found = actors_of(sub, noun, ctx, frozenset(frame.used))
            if len(found) == 1:
                found = _split_parties(sub, noun, frame, ctx) or found
            return found
    return []


def _split_parties(sub, noun, frame: Frame, ctx: Context) -> list[Actor]:
    """The two sides of "between A and B's C" when the parser read "A and B" as the possessors of C:
    "between President Vladimir Putin and Ukraine's Volodymyr Zelenskiy".
    Each side of the one coordinating word gives its last actor word heading a phrase (head-final
    English noun phrases; the French parse coordinates such names itself)."""
    toks = sorted(sub.subtree, key=lambda t: t.i)
    ccs = [t for t in toks if t.dep_ == "cc"]
    if len(ccs) != 1 or ccs[0].head.dep_ != "poss":
        return []  # "between US and Turkish forces": one phrase, two sides' forces
    cut = ccs[0].i
    sides = ([t for t in toks if t.i < cut], [t for t in toks if t.i > cut])
    heads = []
    for side in sides:
        inside = {t.i for t in side}
        tops = [t for t in side if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN") and is_actor(t, ctx)]
        tops = [t for t in tops if not any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in t.children)]
        if not tops:
            return []
        heads.append(tops[-1])
    out = []
    for head, other in zip(heads, reversed(sides), strict=True):  # a side's phrase stops at the other side
        a = actor(head, noun, ctx, frozenset(frame.used) | {t.i for t in other})
        if a is None:
            return []
        out.append(a)
    return out


def _carries_out(verb, ctx: Context) -> bool:
    """Is the subject of `verb` the one who does the event its object names: a light verb ("staged
    a strike", "a lancé une offensive"), a verb of taking part ("will leave the summit early") or a
    control verb ("refused talks"); not a verb of judging or seeing ("jugé la grève disproportionnée",
    "called the strike disproportionate": a small clause)."""
    if small_clause(verb):
        return False
    lex = ctx.lex
    return any(key in lex.light or key in lex.participant for key in verb_keys(verb, lex)) \
        or control_kind(verb, lex) is not None


def _agrees(possessive, antecedent) -> bool:
    """English "its" stands for one thing, not for people ("Other witnesses … on its retreat")."""
    if possessive.lower_ != "its":
        return True
    return "Plur" not in antecedent.morph.get("Number") and antecedent.ent_type_ != "PERSON"


def adjective_actor(adj, ctx: Context) -> Actor:
    """A demonym modifier as actor: "an Indian proposal" -> "Indian proposal" (IND)."""
    head = adj.head
    a, b = sorted((adj, head), key=lambda t: t.i)
    text = adj.doc[a.i : b.i + 1].text  # "Israeli military policies", "frontière ukrainienne"
    return Actor(text=text, code=actor_names.country_of(adj.text), start=a.idx, end=b.idx + len(b), head=adj)
