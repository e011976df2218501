"""Noun phrases of actors: how far a phrase reaches, what it coordinates, and the actor inside one.

An actor phrase is the head noun's subtree without determiners, numbers, relative clauses and
appositions, and without the event's own words; it stops at a headline boundary ("Guerre en Ukraine :
…") and at a comma before a complement. A name right after its role ("le président Vladimir Poutine")
belongs to it; adjacent capitalised words make one name ("Vladimir Poutine"). Counting heads are
skipped ("thousands of students" -> "students"). Coordinated heads are listed apart (`conjuncts`),
except a name the parser hung on a role as a conjunct. When a noun is no actor, the actor inside it is
its owner ("Haiti's efforts", "les exigences de Washington"); a named place is a last-resort target.
"""

from __future__ import annotations

from veille.analyze import actors
from veille.analyze.event_context import (
    Context,
    apposed_as_conj,
    is_actor,
    is_pronoun,
    preps,
    segment,
)

_DROP_ANYWHERE = {"relcl", "acl:relcl", "appos", "parataxis"}
_DROP_DIRECT = {"det", "predet", "nummod", "quantmod", "punct", "cc", "conj", "case", "advmod", "mark",
                "aux", "aux:tense", "cop", "neg", "dep", "nsubj", "obj", "dobj", "expl:comp",
                "obl:mod"}  # "Selon lui, c'est la Norvège qui…": the clause's adjunct, not the actor's
_PLACE_PREPS = ("in", "inside", "at", "into", "en", "dans", "à")


def conjuncts(tok) -> list:
    """The heads coordinated with `tok`, itself first: its conjuncts, and those of a name in apposition
    right after it ("le président Vladimir Poutine et Volodymyr Zelensky": the conjunct hangs on the name)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not apposed_as_conj(c):
            out.extend(conjuncts(c))
        elif _name_of(tok, c):
            out.extend(x for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")
                       and not apposed_as_conj(g) for x in conjuncts(g))
    return out


def skip_quantity(tok, ctx: Context):
    lex = ctx.lex
    for _ in range(4):
        lemma = tok.lemma_.lower()
        if not (actors.is_quantity_noun(lemma, lex.lang) or lemma in lex.span_nouns or tok.like_num):
            return tok
        nxt = None
        for prep, noun in preps(tok, lex):
            if prep in ("of", "de"):
                nxt = noun
                break
        if nxt is None:
            return tok
        tok = nxt
    return tok


def phrase_tokens(head, exclude: frozenset = frozenset()) -> list:
    lo, hi = segment(head)
    return [t for t in _phrase_tokens_all(head, exclude) if lo <= t.i <= hi]


def _phrase_tokens_all(head, exclude: frozenset) -> list:
    keep = [head]
    for c in head.children:
        if _name_of(head, c):
            # "the opposition newspaper La Prensa": a name, not an apposition (without its conjuncts)
            keep.extend(t for t in c.subtree if not _inside_conj(t, c))
            continue
        if c.dep_ in _DROP_DIRECT or c.dep_ in _DROP_ANYWHERE:
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue
        if c.pos_ in ("VERB", "AUX") and (c.dep_ not in ("acl", "compound") or "Inf" in c.morph.get("VerbForm")):
            continue  # a clause, or an infinitive after the noun ("accusé l'armée de bombarder les routes")
        if any(t.i in exclude for t in c.subtree):
            continue  # the event's own words ("la Russie de sanctions") are not part of the actor
        if c.dep_ in ("prep", "acl", "nmod") and c.i > head.i and _after_comma(head, c):
            continue
        keep.extend(t for t in c.subtree if not _dropped_inside(t, c))
    return sorted(set(keep), key=lambda t: t.i)


def _name_of(head, c) -> bool:
    """`c` is the name of `head` in apposition right after it, no comma between: "the opposition
    newspaper La Prensa", "le président Vladimir Poutine"."""
    return c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == head.i + 1 + sum(
        1 for t in head.doc[head.i + 1 : c.i] if t.dep_ in ("compound", "flat:name")
    ) and not _after_comma(head, c)


def _inside_conj(tok, top) -> bool:
    """`tok` is in a conjunct of `top` (or is its coordinating word)."""
    while tok != top:
        if tok.dep_ in ("conj", "cc") and tok.head == top:
            return True
        tok = tok.head
    return False


def name_run(head, ctx: Context) -> list:
    """Tokens of the name around a proper-noun head: the NER mention covering it, else the run of
    adjacent capitalised words ("Vladimir Poutine", "Emmanuel Macron" even when mis-tagged)."""
    m = ctx.mention_at(head)
    doc = head.doc
    if m is not None:
        return [t for t in doc if m.start <= t.idx < m.end]
    if head.pos_ != "PROPN":
        return [head]
    run = [head]

    def name_like(t) -> bool:
        return t.pos_ == "PROPN" or (t.is_title and t.i > 0 and not t.is_stop and t.pos_ not in ("VERB", "AUX"))

    i = head.i + 1
    while i < len(doc):
        if name_like(doc[i]) or (doc[i].text == "-" and i + 1 < len(doc) and not doc[i - 1].whitespace_):
            run.append(doc[i])
            i += 1
        elif doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and doc[i].is_alpha:
            run.append(doc[i])  # "Fazl-ur-Rehman"
            i += 1
        else:
            break
    while run[-1].text == "-":
        run.pop()
    i = head.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].whitespace_:
        run.insert(0, doc[i])
        i -= 1
    return run


def _after_comma(head, child) -> bool:
    return any(t.is_punct and t.text in ",;(" for t in head.doc[head.i : child.i])


def _dropped_inside(tok, top) -> bool:
    while tok != top:
        if tok.dep_ in _DROP_ANYWHERE or (tok.dep_ == "punct" and tok.text in ",;()"):
            return True
        tok = tok.head
    return False


def phrase_text(head, ctx: Context, exclude: frozenset = frozenset()) -> str:
    toks = phrase_tokens(head, exclude)
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s", "'")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return join_tokens(toks)


def join_tokens(toks: list) -> str:
    parts = []
    for a, b in zip(toks, toks[1:] + [None], strict=False):
        parts.append(a.text)
        if b is not None:
            parts.append(a.whitespace_ if b.i == a.i + 1 else " ")
    return "".join(parts).strip()


def owner(noun, ctx: Context, depth: int = 0):
    """Actor inside a non-actor noun phrase: possessor, demonym, name modifier or of/by-phrase."""
    if noun is None or depth > 3:
        return None
    lex = ctx.lex
    for c in noun.children:
        if c.dep_ == "poss" and is_actor(c, ctx) and not is_pronoun(c, lex):
            return c
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "flat:name") and c.i < noun.i and (
            c.pos_ == "PROPN" or actors.country_of(c.text)
        ):
            return c
        if c.dep_ == "amod" and actors.country_of(c.text):
            return c
    event_noun = noun.lemma_.lower() in lex.nouns
    for prep, sub in preps(noun, lex):
        if event_noun and prep in ("in", "en", "dans", "at"):
            continue  # "talks in Baghdad": where, not whose
        if prep in lex.owner_preps or prep in lex.target_preps:
            if is_actor(sub, ctx):
                return sub
            if sub.lemma_.lower() in lex.nouns and prep in ("of", "de"):
                continue  # "demands of withdrawal of troops": the content, not the owner
            deeper = owner(sub, ctx, depth + 1)
            if deeper is not None:
                return deeper
    for c in noun.children:  # "crimes committed by Croat forces"
        if c.dep_ == "acl" and c.pos_ == "VERB":
            for prep, sub in preps(c, lex):
                if prep in lex.agent_preps and is_actor(sub, ctx):
                    return sub
    return None


def _name_like(tok) -> bool:
    """A proper name, even when tagged as a common noun ("à Rabat" read as rabat, a flap)."""
    return tok.pos_ == "PROPN" or (tok.is_title and tok.i > 0) or bool(actors.country_of(tok.text))


def place_target(tok, ctx: Context, depth: int = 0):
    """The named place an event happens in, as a last resort: "demonstrated in Serbia", "a curfew in
    the town of Cizre", "rioted at this jail in northern Israel"."""
    if tok is None or depth > 2:
        return None
    for prep, noun in preps(tok, ctx.lex):
        if prep not in _PLACE_PREPS or noun.lower_ in ctx.lex.time_words:
            continue
        if _name_like(noun):
            return noun
        for p2, sub in preps(noun, ctx.lex):  # "the town of Cizre", "la ville de Kharkiv"
            if p2 in ("of", "de") and _name_like(sub):
                return sub
        deeper = place_target(noun, ctx, depth + 1)
        if deeper is not None:
            return deeper
    return None


def prep_target(tok, ctx: Context, skip=()):
    """First actor among a token's prepositional objects, by preference order of prepositions."""
    found = preps(tok, ctx.lex)
    for want in ctx.lex.target_preps:
        for prep, noun in found:
            if prep != want or noun in skip:
                continue
            if is_actor(noun, ctx):
                return noun
            inner = owner(noun, ctx)
            if inner is not None and want not in ("in", "en", "dans"):
                return inner
    return None
