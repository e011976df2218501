"""Frames of a parsed sentence: control verbs composed with the event in their complement.

"threatened to impose sanctions" THREATEN, "refused to deploy" REJECT, "promised to continue aid"
AGREE, "urged X to ..." DEMAND, "Moscou dément ..." denied, "X must ..." an obligation. `sentence_frames`
builds a frame from each trigger, highest in the tree first, and drops those that sit inside an
argument of another event (its content, not a new event).
"""

from __future__ import annotations

from veille.analyze.event_context import OBJECT_DEPS, SUBJECT_DEPS, Context, children, lemmas
from veille.analyze.event_lexicon import Lexicon
from veille.analyze.event_mode import HARD_CONFLICT, SOFT_CONFLICT, is_purpose
from veille.analyze.event_subjects import descriptive_participle, object_control_target
from veille.analyze.event_triggers import (
    VERB_POS,
    Frame,
    control_kind,
    direct_object,
    noun_base,
    noun_type,
    verb_base,
)

_COMPLEMENT_DEPS = ("xcomp", "ccomp")
_SEPARATE_DEPS = ("conj", "advcl", "parataxis", "relcl", "acl:relcl")
_ATTEMPT = {"try", "attempt", "seek", "tenter", "essayer", "chercher"}
_SPECULATE = {"pouvoir"}
_FR_MARKS = {"de", "d'", "à", "que", "qu'"}


def sentence_frames(ctx: Context) -> list[Frame]:
    """The frames of a sentence, highest trigger first, without those inside another event's argument."""
    lex = ctx.lex
    frames: list[Frame] = []
    used: set[int] = set()
    for tok in sorted((t for t in ctx.doc if _may_trigger(t, lex)), key=lambda t: (tree_depth(t), t.i)):
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
    return [f for f in frames if not _embedded(f, owners, lex)]


def frame_tokens(frame: Frame) -> set[int]:
    """The token indexes a frame takes up: those it consumed and its anchor."""
    return frame.used | {frame.anchor.i}


def _embedded(frame: Frame, owners: dict, lex: Lexicon) -> bool:
    """True when the frame sits inside an argument of another event (content, not a new event). What
    another act is for is an event of its own ("a massé des blindés afin d'attaquer"), not yet done,
    unless it is that act again ("met in Doha to discuss the border": one consultation)."""
    child, tok = frame.anchor, frame.anchor.head
    if is_purpose(child, lex):
        while tok.pos_ not in VERB_POS and tok.head != tok:  # "afin d'attaquer", "in order to attack"
            tok = tok.head
        act = owners.get(tok.i)
        return act is not None and act is not frame and act.type == frame.type
    while tok != child:
        if tok.i in owners and owners[tok.i] is not frame:
            return child.dep_ not in _SEPARATE_DEPS
        if child.dep_ in _SEPARATE_DEPS:
            return False
        child, tok = tok, tok.head
    return False


def tree_depth(tok) -> int:
    """How many heads up to the root of its sentence."""
    d = 0
    while tok.head != tok:
        tok, d = tok.head, d + 1
    return d


def _may_trigger(tok, lex: Lexicon) -> bool:
    """Cheap pre-test before building a frame: is any of the token's lemma keys in a table?"""
    if tok.pos_ not in VERB_POS + ("NOUN", "ADJ"):
        return False
    keys = lemmas(tok, lex)
    if any(k in lex.trigger_lemmas for k in keys):
        return True
    if tok.pos_ in VERB_POS:
        return any(c.dep_ in ("prt", "compound:prt", "prep", "aux", "aux:tense") for c in tok.children)
    return False


def _in_a_name(tok, ctx: Context) -> bool:
    """A noun inside the name of an organisation or a place is no event ("l'Organisation pour la
    sécurité et la coopération en Europe", "the Defence Ministry")."""
    if tok.pos_ in VERB_POS:
        return False
    m = ctx.mention_at(tok)
    return m is not None and m.type != "PER" and " " in m.text.strip()


def _build(tok, ctx: Context, seen: set, depth: int = 0) -> Frame | None:
    """The event a token triggers, composing control verbs with the event in their complement."""
    if tok.i in seen or depth > 4:
        return None
    seen = seen | {tok.i}
    lex = ctx.lex
    kind = control_kind(tok, lex)
    if kind:
        comp = _complement(tok, ctx)
        inner = _build(comp, ctx, seen, depth + 1) if comp is not None else None
        searching = kind in ("threaten", "deny") or (
            kind in ("refuse", "intent") and not children(tok, OBJECT_DEPS)
        )
        if inner is None and searching:
            base = verb_base(tok, ctx)
            if base is None or base.spent is None:
                inner = _search_trigger(tok, ctx, seen)
        frame = _compose(tok, kind, inner, comp, ctx)
        if frame is not None:
            return frame
    if tok.pos_ in VERB_POS:
        frame = verb_base(tok, ctx)
        if frame is None and _obliged(tok, ctx):
            frame = Frame(type="DEMAND", anchor=tok, event=tok, cue=[tok], verbs=[tok], used={tok.i},
                          obligation=True)
        return frame
    if tok.pos_ == "NOUN":
        return noun_base(tok, ctx)
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
        type_ = "REJECT" if inner or verb_base(tok, ctx) is None else verb_base(tok, ctx).type
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


def _complement(tok, ctx: Context):
    for c in tok.children:
        if c.dep_ in _COMPLEMENT_DEPS and c.pos_ in VERB_POS + ("ADJ", "NOUN"):
            return c
    if control_kind(tok, ctx.lex) in ("refuse", "intent", "threaten", "deny"):
        obj = direct_object(tok, ctx)  # "ruled out military action", "pledged aid": the object is the event
        if obj is not None and noun_type(obj, ctx.lex):
            return obj
    if control_kind(tok, ctx.lex) in ("intent", "threaten", "refuse"):
        for c in tok.children:  # "have sworn to fight": an infinitive the parser took for a purpose clause
            if c.dep_ == "advcl" and c.i > tok.i and any(g.lower_ == "to" and g.i < c.i for g in c.children):
                return c
    if ctx.lex.lang == "fr":
        for c in tok.children:
            marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
            if c.dep_ in ("acl", "advcl", "obl:arg", "ccomp") and c.pos_ in VERB_POS and marks & _FR_MARKS:
                return c
        for c in tok.children:  # "exiger que X retire": the parser may lose the "que"
            marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
            if c.dep_ == "advcl" and c.i > tok.i and c.pos_ in VERB_POS and not marks:
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
