"""Who acts in a clause: the subject of a verb read off the dependency parse.

The subject of a verb, or the agent of a passive, climbing through infinitive complements, coordinated
verbs and relative clauses; the addressee of an object-control verb ("urged Kiev to…") acts its
complement. A participle describing a noun ("les soldats déployés") or opening the sentence
("Interrogé par la police, le suspect…") takes its own agent; the subject of a reporting verb set after
its content is read back from the object the parser made of it. A pronoun points at the subject of the
reporting verb above it (`reporter`, `resolve`). Subjects the French parser did not coordinate ("La
Russie et l'Ukraine se sont entendues") are found as co-subjects.
"""

from __future__ import annotations

from veille.analyze.event_context import (
    BOUNDARIES,
    INDIRECT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Context,
    children,
    is_actor,
    is_passive,
    is_pronoun,
    lemmas,
    preps,
    segment,
)
from veille.analyze.event_phrases import conjuncts

_CLIMB_DEPS = ("xcomp", "conj", "advcl", "acl", "ccomp", "acomp", "pcomp", "dep")


def subject(verb, ctx: Context, depth: int = 0):
    """(source token, patient token or None) of a verb: subject, or agent of a passive."""
    subj = _first(children(verb, SUBJECT_DEPS), verb)
    relative = subj is not None and ("Rel" in subj.morph.get("PronType") or subj.lower_ in ctx.lex.relatives)
    if relative and verb.dep_ in ("relcl", "acl:relcl", "acl"):
        subj = verb.head  # "Kadyrov, qui a envoyé ...": the relative pronoun stands for its noun
    if subj is not None and any(t.text in BOUNDARIES for t in verb.doc[subj.i : verb.i]):
        subj = _segment_subject(verb, ctx) or subj  # "Guerre en Ukraine : le Royaume-Uni va geler ..."
    if subj is not None and passive_small_clause(verb):
        return agent_of(verb, ctx), subj  # "with more than 160 people injured": they undergo it
    if is_passive(verb):
        agent = agent_of(verb, ctx)
        lemma = verb.lemma_.lower()
        controls = lemma in ctx.lex.control or lemma in ctx.lex.control_adj
        if agent is None and controls and _governs_clause(verb):
            return subj, None  # "is committed to", "is prepared to": a state, not a passive act
        return agent, subj
    if subj is None and opening_participle(verb) and (agent := agent_of(verb, ctx)) is not None:
        # "Interrogé par la police, le suspect…", "Questioned by police, he…": the main subject undergoes it
        return agent, subject(verb.head, ctx, depth + 1)[0]
    if subj is not None:
        return subj, None
    inverted = _inverted_subject(verb, ctx)
    if inverted is not None:
        return inverted, None
    if verb.dep_ == "advcl" and "Fin" in verb.morph.get("VerbForm"):
        return _left_fallback(verb, ctx), None  # a finite adverbial clause has its own subject
    if descriptive_participle(verb):
        return agent_of(verb, ctx), verb.head  # "les soldats déployés…": the noun undergoes it
    if depth < 4 and verb.head != verb and verb.dep_ in _CLIMB_DEPS + ("relcl", "acl:relcl"):
        head = verb.head
        if head.lower_ in ctx.lex.topic_preps and head.head.lemma_.lower() in ctx.lex.topic_verbs:
            head = head.head  # "has talked of withdrawing the troops": who talks of it would do it
        if verb.dep_ in ("relcl", "acl:relcl") and head.pos_ in ("NOUN", "PROPN"):
            return head, None
        if verb.dep_ == "xcomp" and head.lemma_.lower() in ctx.lex.object_control:
            obj = object_control_target(head, ctx)
            if obj is not None:
                return obj, None
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.head != head:
            head = head.head  # "issued a declaration demanding ..." -> subject of "issued"
        return subject(head, ctx, depth + 1)[0], None
    return _left_fallback(verb, ctx), None


def _inverted_subject(verb, ctx: Context):
    """The subject of a reporting verb set after its content, which the parser reads as an object:
    "…, a annoncé jeudi le commissaire européen, Maros Sefcovic, rejetant…"."""
    if verb.lemma_.lower() not in ctx.lex.reporting or verb.i == 0:
        return None
    before = verb.doc[max(0, verb.left_edge.i - 1) : verb.i]
    if not any(t.text == "," for t in before):
        return None
    return next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i and is_actor(c, ctx)), None)


def past_participle(verb) -> bool:
    return "Part" in verb.morph.get("VerbForm") and ("Past" in verb.morph.get("Tense") or verb.tag_ == "VBN")


def passive_small_clause(verb) -> bool:
    """An English past participle after "with", with a subject and no auxiliary: "with 160 people
    injured" (they undergo it)."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children)
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


def descriptive_participle(verb) -> bool:
    """A past participle describing a noun, without auxiliary or subject: "les soldats déployés",
    "Assad, supported by Moscow" (the noun undergoes the act)."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.dep_ != "ROOT"  # a noun heading the sentence: the participle is its verb, misread
        and past_participle(verb)
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
    )


def opening_participle(verb) -> bool:
    """A past participle opening the sentence as an adverbial clause, without auxiliary or subject:
    "Interrogé jeudi, …", "Asked about the talks, …" (for a transitive verb, the main subject is
    its patient)."""
    return (
        verb.dep_ == "advcl"
        and verb.head != verb
        and verb.i < verb.head.i
        and past_participle(verb)
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
    )


def _governs_clause(verb) -> bool:
    """A verb with a verb below it ("prepared to fight", "committed to defending"); a passive
    without one is a real passive ("aucune option n'était exclue")."""
    return any(
        t.pos_ == "VERB" for c in verb.children if not c.dep_.startswith(("aux", "cop")) for t in (c, *c.children)
    )


def _segment_subject(verb, ctx: Context):
    lo, _ = segment(verb)
    for tok in verb.doc[lo : verb.i]:
        if is_actor(tok, ctx) and not is_pronoun(tok, ctx.lex):
            return tok
    return None


def _first(tokens: list, verb):
    """The subject closest before the verb ("Conflit Russie-Ukraine : l'UE approuve": l'UE)."""
    before = [t for t in tokens if t.i < verb.i]
    return before[-1] if before else (tokens or [None])[0]


def agent_of(verb, ctx: Context):
    for prep, noun in preps(verb, ctx.lex):
        if prep in ctx.lex.agent_preps and is_actor(noun, ctx):  # not a means: "transportés par avion"
            return noun
    return None


def _left_fallback(verb, ctx: Context):
    """When the parse gives no subject: the nearest unattached actor on the left of the clause."""
    for tok in reversed(list(ctx.doc[: verb.i])):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
            break
        if tok.text in BOUNDARIES:
            break
        if tok.dep_ in ("ROOT", "nsubj", "dep") and is_actor(tok, ctx) and not is_pronoun(tok, ctx.lex):
            return tok
        if tok.i == verb.i - 1 and tok.pos_ == "PROPN" and tok.lower_ not in ctx.lex.time_words:
            return tok  # "si Moscou attaquait": misattached subject (not "on Tuesday for breaching")
    return None


def reporter(tok, ctx: Context):
    """Subject of the reporting (or controlling) verb that governs `tok`, for pronoun resolution."""
    child, head = tok, tok.head
    lex = ctx.lex
    while head != child:
        keys = lemmas(head, lex)
        if any(k in lex.object_control for k in keys) and child.dep_ != "xcomp":
            obj = object_control_target(head, ctx)  # "warned Russia ... if it invades": the one warned
            if obj is not None and not is_pronoun(obj, lex):
                return obj
        if any(k in lex.reporting or k in lex.control or k in lex.decision_reporting for k in keys):
            subj, _ = subject(head, ctx)
            if subj is not None and not is_pronoun(subj, ctx.lex):
                return subj
        child, head = head, head.head
    return None


def resolve(tok, verb, ctx: Context):
    """A pronoun actor -> its antecedent: the reporter's subject, else the first earlier subject."""
    if tok is None or not is_pronoun(tok, ctx.lex):
        return tok
    found = reporter(verb, ctx)
    if found is not None:
        return found
    for cand in ctx.doc[: tok.i]:
        if cand.dep_ in SUBJECT_DEPS and not is_pronoun(cand, ctx.lex) and is_actor(cand, ctx):
            return cand
    return None


def object_control_target(verb, ctx: Context):
    """The addressee of "urge X to", "appeler X à", "demander à X de", "accuse X of"."""
    objs = children(verb, OBJECT_DEPS + INDIRECT_DEPS)
    for o in objs:
        if is_actor(o, ctx):
            return o
    for c in verb.children:  # "allow X to participate" parsed as a clause with X as its subject
        if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i:
            for s in children(c, SUBJECT_DEPS):
                if is_actor(s, ctx) and not is_pronoun(s, ctx.lex):
                    return s
    for prep, noun in preps(verb, ctx.lex):
        if prep in ("on", "upon", "à", "de") and is_actor(noun, ctx):
            return noun
    for c in verb.children:  # French parses sometimes hang the addressee as xcomp/dep
        if c.dep_ in ("xcomp", "dep") and c.pos_ == "PROPN":
            return c
    return None


def co_subjects(tok) -> list:
    """Subjects coordinated with the subject `tok` that the parser did not hang on it as conjuncts,
    in text order: "La Russie et l'Ukraine ont accepté" read as two subjects of the verb, or "La
    Russie et l'Ukraine se sont entendues" read with the verb as a conjunct of "Russie". The other
    phrase ends right before a coordinating word that opens `tok`'s phrase; a phrase of another role
    ("a rencontré l'Allemagne et l'Ukraine a signé") is no co-subject."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head == tok or tok.pos_ not in ("NOUN", "PROPN"):
        return []  # "qui … et qui …": relative pronouns stand for their own nouns
    verb, doc, left = tok.head, tok.doc, tok.left_edge.i
    if left < 2 or doc[left - 1].dep_ != "cc" or doc[left - 2].text in (",", ";"):
        return []  # ", et": rather two clauses
    other = doc[left - 2]
    while other.head != other and other.head.i < left - 1 and other.head.pos_ in ("NOUN", "PROPN"):
        other = other.head  # "les États-Unis d'Amérique et la Chine": the head of the phrase
    if other.pos_ not in ("NOUN", "PROPN") or other.i >= tok.i or other.dep_ not in SUBJECT_DEPS + ("ROOT",):
        return []
    same_verb = other.dep_ != "ROOT" and other.head == verb
    verb_on_it = verb.dep_ == "conj" and verb.head == other
    return conjuncts(other) if same_verb or verb_on_it else []
