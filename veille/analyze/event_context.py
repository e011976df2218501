"""One parsed sentence as the event coder sees it, and the reads of its parse that every step shares.

`Context` holds the parse with its language tables, the NER mentions inside it, its direct quotes and
the pronouns the quote attribution resolved (`Voice`), and its time expressions. `Actor` is a coded
party. The shared reads: the (preposition, noun) pairs hanging from a token in both languages'
annotation schemes, passives, lemma keys, and whether a token can head an actor at all (a name, a
pronoun, an institution or group word, a demonym; never a time word, a hazard or a disease). A role
phrase with a name in apposition acts as the named person (`named_apposition`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

from veille.analyze import actors
from veille.analyze.event_lexicon import Lexicon
from veille.model import Mention, TimeExpr

SUBJECT_DEPS = ("nsubj", "nsubjpass", "nsubj:pass", "csubj")
PASSIVE_MARKS = ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")
OBJECT_DEPS = ("dobj", "obj")
INDIRECT_DEPS = ("dative", "iobj")
FR_OBLIQUE_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj")
_FR_COMPLEX_PREPS = {"près", "loin", "autour", "auprès", "face", "lors"}
_FR_CONTRACTIONS = {"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à"}
BOUNDARIES = {":", "|", "–", "—"}  # headline separators: no phrase crosses one ("Guerre en Ukraine : …")


@dataclass
class Actor:
    text: str
    code: str | None
    start: int  # char offsets in the parsed sentence
    end: int
    head: object  # the spaCy token


class Voice(NamedTuple):
    """What the quote attribution knows about a span of the sentence: a direct quote and who
    speaks it (its "we" and "I" are that person), or a pronoun it resolved to a person."""

    start: int
    end: int
    speaker: Mention
    quote: bool  # True: a direct quote; False: the span is a pronoun standing for `speaker`


class Context:
    """One parsed sentence with its language tables, the NER mentions inside it, its direct quotes
    with their speakers (inside one, "we" and "I" are the speaker) and its time expressions."""

    def __init__(self, doc, lex: Lexicon, mentions: list[Mention] | None = None, voices: list[Voice] = (),
                 times: list[TimeExpr] = ()):
        self.doc = doc
        self.lex = lex
        self.mentions = mentions or []
        self.voices = voices
        self.times = times  # resolved time expressions of the sentence, in text order

    def speaker_at(self, tok) -> Mention | None:
        """The speaker of the direct quote holding `tok`."""
        return next((v.speaker for v in self.voices if v.quote and v.start <= tok.idx < v.end), None)

    def referent_at(self, tok) -> Mention | None:
        """The person a pronoun or role phrase holding `tok` stands for, when the speaker resolution
        resolved it ("He accused…", "Le secrétaire général a promis…")."""
        return next((v.speaker for v in self.voices if not v.quote and v.start <= tok.idx < v.end), None)

    def mention_at(self, tok) -> Mention | None:
        for m in self.mentions:
            if m.start <= tok.idx < m.end:
                return m
        return None


def preps(tok, lex: Lexicon) -> list[tuple[str, object]]:
    """(preposition, noun) pairs hanging from a token, in both languages' annotation schemes."""
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.pos_ == "ADP":
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.append((child.lower_, g))
        elif child.dep_ == "prt":  # "kidnapped up to 16 advisers": the parser hangs "to" off the particle
            out.extend(preps(child, lex))
        elif lex.lang == "fr" and (
            child.dep_ in FR_OBLIQUE_DEPS
            or (child.pos_ in ("NOUN", "PROPN") and child.dep_ in ("acl", "dep", "appos")
                and any(g.dep_ == "case" for g in child.children))
        ):
            cases = [g for g in child.children if g.dep_ == "case"]
            prep = cases[0].lower_ if cases else ""
            lead = [g.lower_ for g in child.children if g.dep_ == "advmod" and g.lower_ in _FR_COMPLEX_PREPS]
            prep = lead[0] if lead else prep  # "près de la frontière"
            out.append((_FR_CONTRACTIONS.get(prep, prep), child))
    return out


def is_passive(verb) -> bool:
    if any(c.lemma_.lower() == "se" or c.lower_ in ("s'", "s’") for c in verb.children):
        return False  # French pronominal verbs ("se sont retirées") are not passives
    return any(c.dep_ in PASSIVE_MARKS for c in verb.children)


def children(tok, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def lemmas(tok, lex: Lexicon) -> list[str]:
    """Lemma of a token, plus the infinitive when the French lemmatizer left a verb form as is
    ("estime" -> "estimer")."""
    lemma = tok.lemma_.lower()
    if lex.lang == "fr" and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and lemma.endswith("e"):
        return [lemma, lemma + "r"]
    if lex.lang == "en" and tok.pos_ in ("VERB", "AUX"):  # "staged" -> "stag": add de-inflected guesses
        form = tok.lower_
        guesses = [form[:-1] if form.endswith(("ed", "es")) else None,
                   form[:-2] if form.endswith("ed") else None,
                   form[:-3] + "e" if form.endswith("ing") else None]
        return [lemma] + [g for g in guesses if g and g != lemma]
    return [lemma]


def is_actor(tok, ctx: Context) -> bool:
    """Can this token head an actor: a name, a pronoun, an institution or group word, a demonym."""
    lex = ctx.lex
    if tok.lower_ in lex.time_words or tok.lemma_.lower() in lex.time_words or tok.like_num:
        return False
    if non_actor(tok, lex):
        return False  # "We have beaten Ebola": a disease, even when tagged as a name
    if tok.text[:1].isupper() and actors.country_of(tok.text):
        return True  # "Kiev" tagged as a pronoun is still Kiev
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in lex.pronouns or the_speaker(tok, ctx)
    if tok.pos_ not in ("NOUN", "ADJ", "X"):
        return False
    if actors.is_agent_noun(tok.lemma_, lex.lang) or actors.is_agent_noun(tok.lower_, lex.lang):
        return not _bare_force(tok)
    if tok.pos_ != "NOUN" and actors.country_of(tok.text):
        return True  # a demonym ("russe"); a lower-case noun is no country ("réunion", "turkey")
    m = ctx.mention_at(tok) or named_apposition(tok, ctx)  # "le secrétaire général de l'Otan, Mark Rutte"
    return m is not None and m.type in ("PER", "ORG", "LOC")


def non_actor(tok, lex: Lexicon) -> bool:
    """A natural hazard or a disease ("Ebola", "l'épidémie", "Hurricane Katrina"): never a party."""
    words = lex.non_actors
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    return tok.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "flat", "flat:name") and c.i < tok.i and c.lower_ in words for c in tok.children
    )


def _bare_force(tok) -> bool:
    """"by force", "par la force": force as a means, not armed forces ("the UN force" still acts)."""
    return (
        tok.lemma_.lower() == "force"
        and "Plur" not in tok.morph.get("Number")
        and not any(c.dep_ not in ("det", "case") for c in tok.children)
    )


def the_speaker(tok, ctx: Context) -> bool:
    """"We"/"nous" inside a direct quote whose speaker is known."""
    return tok.lower_ in ctx.lex.first_person and ctx.speaker_at(tok) is not None


def is_pronoun(tok, lex: Lexicon) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in lex.pronouns


def named_apposition(tok, ctx: Context) -> Mention | None:
    """The person a role phrase names in apposition: "le vice-ministre russe, Sergueï Riabkov",
    "Kenya's President William Ruto" (parsed as President + apposition), "M. Grossi"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        # "M. Grossi" is parsed as M. + flat:name; "son homologue allemand Carsten Schneider" as nmod
        bare_nmod = c.dep_ == "nmod" and c.i > tok.i and not any(g.dep_ == "case" for g in c.children)
        if c.dep_ in ("appos", "flat:name", "flat") or bare_nmod or (c.dep_ == "conj" and apposed_as_conj(c)):
            m = ctx.mention_at(c) or named_apposition(c, ctx)  # "Le ministre, Mme Fatouma Diallo"
            if m is not None and m.type == "PER":
                return m
        if c.dep_ == "nmod" and c.i > tok.i:  # "le ministre des Infrastructures, X": X hung on the complement
            for g in c.children:
                m = ctx.mention_at(g) if g.dep_ == "appos" else None
                if m is not None and m.type == "PER":
                    return m
    return None


def apposed_as_conj(c) -> bool:
    """A name the parser hung on a role noun as a conjunct, set off by commas without "et"/"and":
    "Le porte-parole du Kremlin, Dmitri Peskov, a rejeté" names one person, not two (so does "Le
    ministre, Mme Fatouma Diallo,", where the title heads the name)."""
    named = c.pos_ == "PROPN" or any(x.dep_ in ("flat:name", "flat") and x.pos_ == "PROPN" for x in c.children)
    return c.head.pos_ == "NOUN" and named and c.i > 0 and c.doc[c.i - 1].text == "," \
        and not any(x.dep_ == "cc" for x in c.children) and not any(x.dep_ == "conj" for x in c.children)


def segment(head) -> tuple[int, int]:
    """Token range around `head` not crossing a headline boundary ("Guerre en Ukraine : ...")."""
    doc = head.doc
    cuts = doc.user_data.get("veille_segment_cuts")
    if cuts is None:  # once per sentence: where a segment ends on its left, and on its right
        texts = [t.text for t in doc]
        spaced = [bool(t.whitespace_) for t in doc]
        cuts = doc.user_data["veille_segment_cuts"] = (
            [k for k, x in enumerate(texts) if x in BOUNDARIES or (x == "-" and spaced[k])],
            [k for k, x in enumerate(texts) if x in BOUNDARIES],
        )
    left, right = cuts
    at = bisect.bisect_left(left, head.i)  # the last left cut before head
    lo = left[at - 1] + 1 if at else 0
    at = bisect.bisect_right(right, head.i)  # the first right cut after head
    hi = right[at] - 1 if at < len(right) else len(doc) - 1
    return lo, hi
