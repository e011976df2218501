"""Mode of a coded event: asserted, negated, hypothetical, denied or future.

`read_cues` reads the grammatical cues around an event's verbs (negation, future and conditional
auxiliaries or tenses, obligation, an `unless` clause, a governing denial verb); `settle` turns the
event's base type and those cues into its final type and mode, following PLOVER practice:

- a conditional or announced future coercive act is a threat: "would impose sanctions",
  "imposeraient des sanctions", "will impose sanctions" -> THREATEN; so is an announced protest,
  while a deployment is a threat only under a condition;
- after a reporting verb in the past, "would" and the French conditional are the future of the
  past ("said it would deploy police"), not a condition;
- a conditional or future cooperative act is an expressed intent: "will meet", "would provide aid"
  -> AGREE (PLOVER codes intents to cooperate as AGREE);
- a negated intent to cooperate is a refusal: "will not accept refugees" -> REJECT;
- a past act that did not happen keeps its type with mode `negated`;
- "could/might/pourrait" only speculate: type kept, mode `hypothetical`;
- `X will ... unless Y` is an ultimatum -> THREATEN;
- an act under a denial verb ("Moscou dément ...", "denied that ...") keeps its type, mode `denied`;
- an act that is only the condition of another ("if Russia invades") keeps its type, mode `hypothetical`;
- an act put off as too early ("it was premature to talk about a meeting", "a jugé prématuré de
  parler d'une rencontre") or only talked of ("talks of recalling US forces") has not happened: type
  kept, mode `hypothetical`;
- an act that is only the purpose of another ("réclame 25 millions de dollars pour financer la riposte",
  "sent troops to attack the town") has not happened either: type kept, mode `hypothetical`; unless the
  other act voices it ("ont manifesté pour réclamer leur libération", "met to discuss trade").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.analyze.event_lexicon import Lexicon

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HARD_CONFLICT = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT"})
SOFT_CONFLICT = frozenset({"PROTEST", "MOBILIZE"})
NO_CHANGE = frozenset({"DEMAND", "REJECT", "DISAPPROVE", "THREATEN", "INVESTIGATE"})

_NEG_DEPS = {"neg"}
_AUX_DEPS = {"aux", "aux:tense", "aux:pass", "auxpass"}
_FR_COND_ENDINGS = ("aient", "ions", "iez", "ais", "ait")
_FR_FUT_ENDINGS = ("ront", "rons", "rez", "rai", "ras", "ra")
_PUT_OFF_DEPTH = 6  # heads climbed from an event to the word that puts it off
_CLAUSE_BREAKS = {"conj", "parataxis", "relcl", "acl:relcl"}  # another clause: not put off with it
_PREDICATE_DEPS = {"acomp", "attr", "xcomp", "advmod", "oprd", "ccomp"}  # "was premature", "too early"
_PURPOSE_DEPS = {"advcl", "acl", "relcl", "obl:arg", "obl:mod"}  # an infinitive hanging on a clause or a noun
# Acts that voice what they are for ("marched to demand", "met to discuss"), and what they can voice.
_VOICING_TYPES = {"PROTEST", "CONSULT"}
_VOICED_TYPES = {"DEMAND", "DISAPPROVE", "SUPPORT", "REJECT", "CONSULT", "PROTEST"}


@dataclass
class Cues:
    negated: bool = False
    future: bool = False
    conditional: bool = False  # would / French conditional: a commitment under a condition
    speculative: bool = False  # could / might / pourrait: somebody else's guess
    obligation: bool = False  # must / should / doit
    unless: bool = False  # "unless", "à moins que": an ultimatum
    denied: bool = False
    condition: bool = False  # the event is itself the condition: "if Russia invades", "si la Russie envahit"
    conditioned: bool = False  # the event hangs on a condition: "could suspend the deal if the crew is not freed"
    premature: bool = False  # the event is put off as too early: "premature to talk about a meeting"
    spoken_of: bool = False  # an act somebody only talks of doing: "talks of recalling US forces"
    purpose: bool = False  # the event is what another act is for: "seeks $25 million to fund the response"
    voiced: bool = False  # ... and that act voices it: "marched to demand reforms"


def _french_tense(tok) -> str | None:
    """"cond", "fut" or None, from spaCy morphology, else from the form against the infinitive."""
    form, lemma = tok.lower_, tok.lemma_.lower()
    imperfect_stem = lemma[:-2]
    for ending in _FR_COND_ENDINGS:  # the form first: the tagger calls "imposeraient" a future
        if form.endswith(ending):
            stem = form[: -len(ending)]
            if stem.endswith("r") and stem != imperfect_stem and len(stem) >= 3:
                return "cond"
    mood, tense = tok.morph.get("Mood"), tok.morph.get("Tense")
    if "Cnd" in mood:
        return "cond"
    if "Fut" in tense and form.endswith(_FR_FUT_ENDINGS):  # the tagger also calls "accueille" a future
        return "fut"
    for ending in _FR_FUT_ENDINGS:
        if form.endswith(ending):
            stem = form[: -len(ending)] + "r"  # "impose" + "r": the infinitive the future is built on
            if stem != imperfect_stem and len(stem) > 3:
                return "fut"
    return None


def _verb_cues(verb, lex: Lexicon, cues: Cues) -> None:
    if verb.dep_ == "pcomp" and verb.head.lower_ in lex.without:
        cues.negated = True  # "without giving details"
    for child in verb.children:
        low = child.lower_
        if child.dep_ in ("mark", "case") and low in lex.without:
            cues.negated = True  # "sans donner de détails"
        if child.dep_ in _NEG_DEPS or (low in lex.negation and child.dep_ in ("advmod", "neg", "dep")):
            cues.negated = True
        if child.dep_ in _AUX_DEPS or (child.pos_ == "AUX" and child.i < verb.i):
            if low in lex.future_aux:
                cues.future = True
            elif low in ("would", "'d"):
                cues.conditional = True
            elif low in lex.hypothetical_aux:
                cues.speculative = True
            elif child.lemma_.lower() in lex.obligation or low in lex.obligation:
                cues.obligation = True
            if lex.lang == "fr":
                _french_cues(child, cues)
    if lex.lang == "fr" and verb.pos_ in ("VERB", "AUX"):
        _french_cues(verb, cues)


def _french_cues(tok, cues: Cues) -> None:
    tense = _french_tense(tok)
    if tense == "cond":
        if tok.lemma_ == "pouvoir":
            cues.speculative = True
        elif tok.lemma_ == "devoir":
            cues.obligation = True
        else:
            cues.conditional = True
    elif tense == "fut":
        cues.future = True


def read_cues(verbs: list, anchor, lex: Lexicon, text: str | None = None) -> Cues:
    """Cues of the event whose verb chain (outermost first) is `verbs` and outermost token `anchor`
    (`text`: the sentence text, to avoid rebuilding it from the doc)."""
    cues = Cues()
    for verb in verbs:
        _verb_cues(verb, lex, cues)
    sent = anchor.doc
    after = (text if text is not None else sent.text)[anchor.idx :].lower()
    if any(re.search(rf"\b{re.escape(cue)}\b", after) for cue in lex.unless_cues):
        cues.unless = True
    cues.denied = _under_denial(anchor, lex)
    cues.premature = _put_off(anchor, lex)
    cues.spoken_of = _spoken_of(verbs[0] if verbs else anchor, lex)
    outer = verbs[0] if verbs else anchor
    cues.purpose = is_purpose(outer, lex)
    cues.voiced = cues.purpose and _voicing(outer.head, lex)
    tok = anchor.head  # "no plans to send troops", "aucune intention d'attaquer"
    while tok != anchor and tok.pos_ in ("NOUN", "ADJ") and tok.head != tok:
        if any(c.lower_ in lex.negation for c in tok.children if c.dep_ in ("det", "neg", "advmod")):
            cues.negated = True
        tok = tok.head
    if tok.pos_ in ("NOUN", "ADJ") and any(c.lower_ in lex.negation for c in tok.children if c.dep_ in ("det", "neg")):
        cues.negated = True
    marks = {c.lower_ for v in verbs[:1] or [anchor] for c in v.children if c.dep_ == "mark"}
    left = anchor.left_edge.i
    marks |= {t.lower_ for t in sent[max(0, left - 2) : left]}  # a mark the parser attached elsewhere
    cues.condition = bool(marks & (lex.condition_marks | {"unless"}))
    verb = verbs[0] if verbs else anchor
    cues.conditioned = _has_condition(verb, lex)
    if cues.conditional and not cues.conditioned and _reported_future(verb, lex):
        cues.conditional, cues.future = False, True
    if cues.conditional and not cues.conditioned and not cues.condition and _hearsay(verbs, anchor, lex, text):
        cues.conditional = False  # "selon Kiev, 8.000 Ukrainiens seraient détenus": reported as a fact
    if lex.lang == "fr" and any(c.dep_ == "mark" for c in anchor.children):
        before = sent.text[: anchor.idx].lower()
        cues.condition = cues.condition or any(before.rstrip().endswith(m) for m in ("à moins que", "sauf si"))
    return cues


def _hearsay(verbs: list, anchor, lex: Lexicon, text: str | None) -> bool:
    """The French conditional of a claim passed on: a compound form ("auraient été tués", "seraient
    détenus") or a sentence that names its source ("selon…", "d'après…"), and no reporting verb above."""
    verb = verbs[0] if verbs else anchor
    if not lex.hearsay_cues or verb.dep_ == "ccomp":
        return False
    sentence = (text if text is not None else anchor.doc.text).lower()
    if any(re.search(rf"(?<!\w){re.escape(cue)}\b", sentence) for cue in lex.hearsay_cues):
        return True
    return any(c.dep_.startswith("aux") and c.lemma_.lower() in ("avoir", "être") and _french_tense(c) == "cond"
               for v in verbs or [anchor] for c in v.children)


def _reported_future(verb, lex: Lexicon) -> bool:
    """"Ruto said his government would deploy police", "a annoncé qu'il déploierait": after a
    reporting verb in the past, would / the French conditional is the future of the past (unless a
    condition hangs from the verb: see `_has_condition`)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head == verb or head.lemma_.lower() not in lex.reporting:
        return False
    return "Past" in head.morph.get("Tense") or any(
        c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() in ("avoir", "être") for c in head.children
    )


def _has_condition(verb, lex: Lexicon) -> bool:
    """A condition clause hangs from the verb ("would impose sanctions if Russia invaded")."""
    return any(
        c.dep_.startswith("advcl") and any(m.dep_ == "mark" and m.lower_ in lex.condition_marks for m in c.children)
        for c in verb.children
    )


def _under_denial(anchor, lex: Lexicon) -> bool:
    child, tok = anchor, anchor.head
    while tok != child:
        if child.dep_ in ("conj", "parataxis", "advcl"):
            return False  # a new clause: "dément ... et accuse ..." accuses for real
        lemma = tok.lemma_.lower()
        if lemma in lex.denial_always and tok.pos_ in ("VERB", "AUX"):
            return True
        if lemma in lex.denial and child.dep_ == "ccomp":
            return True
        child, tok = tok, tok.head
    return False


def _put_off(anchor, lex: Lexicon) -> bool:
    """The event hangs, in its own clause, below a word that says it is too early for it: "it was
    premature to talk about a meeting" (the adjective is the copula's predicate), "a jugé « prématuré »
    de parler d'une rencontre", "too early to say whether talks will resume"."""
    if not lex.premature:
        return False
    child, tok = anchor, anchor.head
    for _ in range(_PUT_OFF_DEPTH):
        if tok == child or child.dep_ in _CLAUSE_BREAKS:
            return False
        if _premature(tok, lex) or any(
            c != child and c.pos_ in ("ADJ", "ADV") and c.dep_ in _PREDICATE_DEPS and _premature(c, lex)
            for c in tok.children
        ):
            return True
        if tok.lemma_.lower() in lex.reporting:
            return False  # the report's own clause: "said it was premature" was checked below it
        child, tok = tok, tok.head
    return False


def _spoken_of(verb, lex: Lexicon) -> bool:
    """An act that is the topic of a verb of talk ("he talks of recalling US forces", "parle de retirer
    ses troupes"): considered, not done."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head == verb:
        return False
    head = verb.head
    if head.pos_ == "ADP" and head.lower_ in lex.topic_preps:
        head = head.head
    elif not any(c.dep_ in ("mark", "case") and c.lower_ in lex.topic_preps for c in verb.children):
        return False
    return head.lemma_.lower() in lex.topic_verbs


def is_purpose(verb, lex: Lexicon) -> bool:
    """An infinitive of purpose: "pour financer la riposte", "afin d'attaquer", "(is seeking $25
    million) to fund the response", "in order to attack". Not a complement of a control word ("agreed
    to meet", which `event_frames` composes), nor a past infinitive ("pour avoir attaqué": a cause)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head == verb or "Inf" not in verb.morph.get("VerbForm"):
        return False
    if verb.dep_ not in _PURPOSE_DEPS:
        return False
    head = verb.head
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "case", "aux")}
    if head.pos_ == "ADV" and head.lower_ in lex.purpose_marks:  # "afin d'attaquer": hung on "afin"
        marks.add(head.lower_)
        head = head.head
    if not marks & lex.purpose_marks:
        return False
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX", "ADJ") and (lemma in lex.control or lemma in lex.control_adj):
        return False  # "have sworn to fight", read as a purpose clause
    return not any(c.lower_ in lex.not_purpose_heads for c in head.children)  # "the first (country) to…"


def _voicing(head, lex: Lexicon) -> bool:
    """The act a purpose hangs on voices it: a protest or a meeting ("ont manifesté pour réclamer",
    "staged a rally to demand", "met to discuss")."""
    while head.pos_ == "ADV" and head.head != head:
        head = head.head
    lemma = head.lemma_.lower()
    keys = [lemma, lemma + "r"] if lex.lang == "fr" else [lemma]
    types = {lex.verbs.get(k) for k in keys} | {lex.nouns.get(lemma)}
    types |= {lex.nouns.get(c.lemma_.lower()) for c in head.children if c.dep_ in ("obj", "dobj")}
    return bool(types & _VOICING_TYPES)


def _premature(tok, lex: Lexicon) -> bool:
    if tok.lower_ in lex.premature or tok.lemma_.lower() in lex.premature:
        return True
    return tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in lex.premature  # "too early", "trop tôt"


def settle(type_: str, cues: Cues) -> tuple[str, str | None]:
    """Final (type, mode) of an event of base type `type_` under `cues`."""
    if cues.denied:
        return type_, "denied"
    if cues.premature or cues.spoken_of:
        return type_, "hypothetical"
    if cues.purpose and not (cues.voiced and type_ in _VOICED_TYPES):
        return type_, "hypothetical"
    if cues.condition:
        return type_, "hypothetical"
    ahead = cues.future or cues.conditional
    if cues.unless and ahead and type_ not in NO_CHANGE:
        return "THREATEN", "hypothetical"
    if cues.conditioned and cues.speculative and type_ in HARD_CONFLICT and not cues.negated:
        return "THREATEN", "hypothetical"  # "could suspend the agreement if the crew is not released"
    if cues.negated:
        if (ahead or cues.speculative) and type_ in COOPERATIVE:
            return "REJECT", None
        return type_, "negated"
    mode = "hypothetical" if cues.conditional else "future" if cues.future else None
    if ahead:
        # an announced protest is a threat ("farmers said they would blockade Paris"); an announced
        # deployment only when it hangs on a condition
        if type_ in HARD_CONFLICT or (type_ in SOFT_CONFLICT and (cues.conditional or type_ == "PROTEST")):
            return "THREATEN", mode
        if type_ in COOPERATIVE:
            return "AGREE", mode
        return type_, mode
    if cues.speculative:
        return type_, "hypothetical"
    return type_, None
