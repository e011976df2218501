"""Who did it and to whom, named: the `Actor` a token of the parse stands for.

A pronoun is resolved (a quote's "we" is its speaker, a pronoun the quote attribution resolved is that
person, others point at the subject of the reporting verb above them); a state's forces with a
possessive act for the state ("its forces" after "Bosnian Serbs said" -> "Bosnian Serbs"); the phrase
is trimmed (`event_phrases`) and named by the NER mention covering its head. Coordinated heads, and
French co-subjects, give one actor each. The country code comes from an NER mention (its
`country`/`metonym_of`) when one covers the phrase, else from `actors.country_in`; a listed
organisation gets its id (NATO, IAEA).

Subjects are read by `event_subjects`, phrases by `event_phrases`, over `event_context`.
"""

from __future__ import annotations

from veille.analyze import actors
from veille.analyze.event_context import Actor, Context, named_apposition, the_speaker
from veille.analyze.event_lexicon import Lexicon
from veille.analyze.event_phrases import (
    conjuncts,
    join_tokens,
    name_run,
    phrase_text,
    phrase_tokens,
    skip_quantity,
)
from veille.analyze.event_subjects import co_subjects, reporter, resolve, subject
from veille.analyze.known_names import organisation_id
from veille.model import Mention


def actor(tok, verb, ctx: Context, exclude: frozenset = frozenset()) -> Actor | None:
    """The actor a token stands for: pronouns resolved, counting heads skipped, forces -> their state."""
    known = None
    if tok is not None and tok.pos_ == "PRON":
        known = ctx.referent_at(tok) or (ctx.speaker_at(tok) if the_speaker(tok, ctx) else None)
    elif tok is not None and tok.pos_ == "NOUN":
        known = ctx.referent_at(tok)  # a role phrase standing for a person named before
    if known is not None:
        return person_actor(known, tok)
    if tok is not None and tok.pos_ == "PRON" and tok.lower_ in ctx.lex.demonstratives:
        return None  # "…, ce qui permettrait à l'Unicef…": a demonstrative stands for no party
    tok = resolve(tok, verb, ctx)
    if tok is None:
        return None
    tok = skip_quantity(tok, ctx)
    lex = ctx.lex
    if actors.is_force_noun(tok.lemma_, lex.lang):
        for c in tok.children:
            if possessive(c, lex):
                antecedent = resolve_possessive(verb, ctx)
                if antecedent is not None:
                    tok = antecedent
                break
    text = phrase_text(tok, ctx, exclude)
    if not text:
        return None
    toks = phrase_tokens(tok, exclude)
    run = name_run(tok, ctx)
    if len(run) > 1 and not set(t.i for t in run) <= set(t.i for t in toks):
        toks = sorted({t.i: t for t in toks + run}.values(), key=lambda t: t.i)
        text = join_tokens(toks)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    code = _code(tok, toks, text, ctx)
    m = ctx.mention_at(tok) or named_apposition(tok, ctx)
    if m is not None and m.type in ("PER", "ORG") and m.canonical:
        text = m.canonical if len(m.canonical) >= len(tok.text) else text
    elif m is not None and m.type == "LOC" and m.canonical and text.startswith(m.text + " "):
        text = m.canonical  # "Tehran in Muscat": the place named, not the phrase hanging on it
    return Actor(text=text, code=code, start=start, end=end, head=tok)


def person_actor(m: Mention, tok) -> Actor:
    """A known person (a resolved pronoun, a quote's speaker) acting through the word `tok`."""
    return Actor(m.canonical, m.country, tok.idx, tok.idx + len(tok), tok)


def possessive(tok, lex: Lexicon, words: frozenset[str] | None = None) -> bool:
    """A possessive determiner ("its", "leurs"; or one of `words`)."""
    is_poss = tok.dep_ == "poss" or (tok.dep_ == "det" and "Yes" in tok.morph.get("Poss"))
    return is_poss and tok.lower_ in (lex.possessive_pronouns if words is None else words)


def resolve_possessive(verb, ctx: Context):
    """Antecedent of "its/their/ses/leurs": the reporter's subject, else the clause subject."""
    found = reporter(verb, ctx)
    if found is not None:
        return found
    subj, _ = subject(verb, ctx)
    if subj is not None and not actors.is_force_noun(subj.lemma_, ctx.lex.lang):
        return resolve(subj, verb, ctx)
    return None


def _code(head, toks, text: str, ctx: Context) -> str | None:
    """ISO 3166 alpha-3 of a state or its government; an organisation's id (NATO, IAEA) when listed."""
    for tok in [head] + toks:
        m = ctx.mention_at(tok)
        if m is not None and (m.country or m.metonym_of):
            return m.metonym_of or m.country
    code = actors.country_in(text)
    if code is None:
        m = ctx.mention_at(head)
        code = organisation_id(m.canonical if m is not None else head.text) or organisation_id(text)
    return code


def actors_of(tok, verb, ctx: Context, exclude: frozenset = frozenset()) -> list[Actor]:
    """One Actor per conjunct of the phrase headed by `tok` (`exclude`: the event's own tokens)."""
    if tok is None:
        return []
    out = []
    co = co_subjects(tok)
    # a co-subject's phrase ends at the coordinating word: what the parser hung on it after that
    # ("La Russie et l'Ukraine se sont entendues jeudi à Istanbul") belongs to the clause
    before = exclude | frozenset(range(tok.left_edge.i - 1, len(tok.doc))) if co else exclude
    for conj in co + conjuncts(tok):
        a = actor(conj, verb, ctx, before if conj in co else exclude)
        if a is not None:
            out.append(a)
    return out
