"""Who did it and to whom: actors of an event read off the dependency parse of one sentence.

Source = the subject of the event's outermost verb (the agent of a passive), climbing through
infinitive complements and coordinated verbs; a pronoun subject ("it will", "ils vont") points at the
subject of the reporting verb above it. Target = the object, else the indirect object, else a
prepositional object (against, on, with, to... / contre, sur, avec, à...). When the object is not an
actor ("Haiti's efforts", "an Indian proposal", "positions of the army") its owner is taken.

An actor phrase is the head noun's subtree without determiners, numbers, relative clauses and
appositions; counting heads are skipped ("thousands of students" -> "students"); a state's forces
act for the state ("its forces" after "Bosnian Serbs said" -> "Bosnian Serbs"). Coordinated heads
give one actor each. The country code comes from an NER mention (its `country`/`metonym_of`) when one
covers the phrase, else from `actors.country_in`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

from veille.analyze import actors
from veille.analyze.event_lexicon import Lexicon
from veille.analyze.known_names import organisation_id
from veille.model import Mention, TimeExpr

SUBJECT_DEPS = ("nsubj", "nsubjpass", "nsubj:pass", "csubj")
PASSIVE_MARKS = ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")
OBJECT_DEPS = ("dobj", "obj")
INDIRECT_DEPS = ("dative", "iobj")
FR_OBLIQUE_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj")
_FR_COMPLEX_PREPS = {"près", "loin", "autour", "auprès", "face", "lors"}
_FR_CONTRACTIONS = {"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à"}
_DROP_ANYWHERE = {"relcl", "acl:relcl", "appos", "parataxis"}
_DROP_DIRECT = {"det", "predet", "nummod", "quantmod", "punct", "cc", "conj", "case", "advmod", "mark",
                "aux", "aux:tense", "cop", "neg", "dep", "nsubj", "obj", "dobj", "expl:comp",
                "obl:mod"}  # "Selon lui, c'est la Norvège qui…": the clause's adjunct, not the actor's
_CLIMB_DEPS = ("xcomp", "conj", "advcl", "acl", "ccomp", "acomp", "pcomp", "dep")


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


# ---- small parse helpers, shared with events.py ----


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
    if tok.text[:1].isupper() and actors.country_of(tok.text):
        return True  # "Kiev" tagged as a pronoun is still Kiev
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in lex.pronouns or _the_speaker(tok, ctx)
    if tok.pos_ not in ("NOUN", "ADJ", "X"):
        return False
    if actors.is_agent_noun(tok.lemma_, lex.lang) or actors.is_agent_noun(tok.lower_, lex.lang):
        return not _bare_force(tok)
    if tok.pos_ != "NOUN" and actors.country_of(tok.text):
        return True  # a demonym ("russe"); a lower-case noun is no country ("réunion", "turkey")
    m = ctx.mention_at(tok) or _named_apposition(tok, ctx)  # "le secrétaire général de l'Otan, Mark Rutte"
    return m is not None and m.type in ("PER", "ORG", "LOC")


def _bare_force(tok) -> bool:
    """"by force", "par la force": force as a means, not armed forces ("the UN force" still acts)."""
    return (
        tok.lemma_.lower() == "force"
        and "Plur" not in tok.morph.get("Number")
        and not any(c.dep_ not in ("det", "case") for c in tok.children)
    )


def _the_speaker(tok, ctx: Context) -> bool:
    """"We"/"nous" inside a direct quote whose speaker is known."""
    return tok.lower_ in ctx.lex.first_person and ctx.speaker_at(tok) is not None


def is_pronoun(tok, lex: Lexicon) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in lex.pronouns


# ---- source ----


def subject(verb, ctx: Context, depth: int = 0):
    """(source token, patient token or None) of a verb: subject, or agent of a passive."""
    subj = _first(children(verb, SUBJECT_DEPS), verb)
    relative = subj is not None and ("Rel" in subj.morph.get("PronType") or subj.lower_ in ctx.lex.relatives)
    if relative and verb.dep_ in ("relcl", "acl:relcl", "acl"):
        subj = verb.head  # "Kadyrov, qui a envoyé ...": the relative pronoun stands for its noun
    if subj is not None and any(t.text in _BOUNDARIES for t in verb.doc[subj.i : verb.i]):
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
    lo, _ = _segment(verb)
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
        if tok.text in _BOUNDARIES:
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


# ---- target ----


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


_PLACE_PREPS = ("in", "inside", "at", "into", "en", "dans", "à")


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


# ---- actor phrases ----


def conjuncts(tok) -> list:
    """The heads coordinated with `tok`, itself first: its conjuncts, and those of a name in apposition
    right after it ("le président Vladimir Poutine et Volodymyr Zelensky": the conjunct hangs on the name)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _apposed_as_conj(c):
            out.extend(conjuncts(c))
        elif _name_of(tok, c):
            out.extend(x for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")
                       and not _apposed_as_conj(g) for x in conjuncts(g))
    return out


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


def _apposed_as_conj(c) -> bool:
    """A name the parser hung on a role noun as a conjunct, set off by commas without "et"/"and":
    "Le porte-parole du Kremlin, Dmitri Peskov, a rejeté" names one person, not two (so does "Le
    ministre, Mme Fatouma Diallo,", where the title heads the name)."""
    named = c.pos_ == "PROPN" or any(x.dep_ in ("flat:name", "flat") and x.pos_ == "PROPN" for x in c.children)
    return c.head.pos_ == "NOUN" and named and c.i > 0 and c.doc[c.i - 1].text == "," \
        and not any(x.dep_ == "cc" for x in c.children) and not any(x.dep_ == "conj" for x in c.children)


def _skip_quantity(tok, ctx: Context):
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


_BOUNDARIES = {":", "|", "–", "—"}


def _segment(head) -> tuple[int, int]:
    """Token range around `head` not crossing a headline boundary ("Guerre en Ukraine : ...")."""
    doc = head.doc
    cuts = doc.user_data.get("veille_segment_cuts")
    if cuts is None:  # once per sentence: where a segment ends on its left, and on its right
        texts = [t.text for t in doc]
        spaced = [bool(t.whitespace_) for t in doc]
        cuts = doc.user_data["veille_segment_cuts"] = (
            [k for k, x in enumerate(texts) if x in _BOUNDARIES or (x == "-" and spaced[k])],
            [k for k, x in enumerate(texts) if x in _BOUNDARIES],
        )
    left, right = cuts
    at = bisect.bisect_left(left, head.i)  # the last left cut before head
    lo = left[at - 1] + 1 if at else 0
    at = bisect.bisect_right(right, head.i)  # the first right cut after head
    hi = right[at] - 1 if at < len(right) else len(doc) - 1
    return lo, hi


def _phrase_tokens(head, exclude: frozenset = frozenset()) -> list:
    lo, hi = _segment(head)
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


def _name_run(head, ctx: Context) -> list:
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
    toks = _phrase_tokens(head, exclude)
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s", "'")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return _join(toks)


def _join(toks: list) -> str:
    parts = []
    for a, b in zip(toks, toks[1:] + [None], strict=False):
        parts.append(a.text)
        if b is not None:
            parts.append(a.whitespace_ if b.i == a.i + 1 else " ")
    return "".join(parts).strip()


def actor(tok, verb, ctx: Context, exclude: frozenset = frozenset()) -> Actor | None:
    """The actor a token stands for: pronouns resolved, counting heads skipped, forces -> their state."""
    known = None
    if tok is not None and tok.pos_ == "PRON":
        known = ctx.referent_at(tok) or (ctx.speaker_at(tok) if _the_speaker(tok, ctx) else None)
    elif tok is not None and tok.pos_ == "NOUN":
        known = ctx.referent_at(tok)  # a role phrase standing for a person named before
    if known is not None:
        return person_actor(known, tok)
    if tok is not None and tok.pos_ == "PRON" and tok.lower_ in ctx.lex.demonstratives:
        return None  # "…, ce qui permettrait à l'Unicef…": a demonstrative stands for no party
    tok = resolve(tok, verb, ctx)
    if tok is None:
        return None
    tok = _skip_quantity(tok, ctx)
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
    toks = _phrase_tokens(tok, exclude)
    run = _name_run(tok, ctx)
    if len(run) > 1 and not set(t.i for t in run) <= set(t.i for t in toks):
        toks = sorted({t.i: t for t in toks + run}.values(), key=lambda t: t.i)
        text = _join(toks)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    code = _code(tok, toks, text, ctx)
    m = ctx.mention_at(tok) or _named_apposition(tok, ctx)
    if m is not None and m.type in ("PER", "ORG") and m.canonical:
        text = m.canonical if len(m.canonical) >= len(tok.text) else text
    elif m is not None and m.type == "LOC" and m.canonical and text.startswith(m.text + " "):
        text = m.canonical  # "Tehran in Muscat": the place named, not the phrase hanging on it
    return Actor(text=text, code=code, start=start, end=end, head=tok)


def _named_apposition(tok, ctx: Context) -> Mention | None:
    """The person a role phrase names in apposition: "le vice-ministre russe, Sergueï Riabkov",
    "Kenya's President William Ruto" (parsed as President + apposition), "M. Grossi"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        # "M. Grossi" is parsed as M. + flat:name; "son homologue allemand Carsten Schneider" as nmod
        bare_nmod = c.dep_ == "nmod" and c.i > tok.i and not any(g.dep_ == "case" for g in c.children)
        if c.dep_ in ("appos", "flat:name", "flat") or bare_nmod or (c.dep_ == "conj" and _apposed_as_conj(c)):
            m = ctx.mention_at(c) or _named_apposition(c, ctx)  # "Le ministre, Mme Fatouma Diallo"
            if m is not None and m.type == "PER":
                return m
        if c.dep_ == "nmod" and c.i > tok.i:  # "le ministre des Infrastructures, X": X hung on the complement
            for g in c.children:
                m = ctx.mention_at(g) if g.dep_ == "appos" else None
                if m is not None and m.type == "PER":
                    return m
    return None


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
