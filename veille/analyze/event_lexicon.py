"""Per-language event vocabulary, loaded from `veille/analyze/lang/<lang>/events.py` into lookups.

A registry maps a language code to its table module, so adding a language is adding a table.
`Lexicon.is_candidate(sentence)` is the cheap surface test that decides which sentences get parsed.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

TABLES = {"en": "veille.analyze.lang.en.events", "fr": "veille.analyze.lang.fr.events"}

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE",
)
_MEMO_SIZE = 1 << 16  # words whose requirements are remembered


def _memoised(memo: dict, key: str, compute):
    """`compute(key)`, remembered in `memo` (emptied when it grows past _MEMO_SIZE)."""
    value = memo.get(key)
    if value is None:
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        value = memo[key] = compute(key)
    return value
# Control kinds whose verb codes an event on its own when no complement event is found.
_SELF_CODING_KINDS = {"threaten", "refuse", "intent", "demand", "allow", "deny"}


@dataclass
class Lexicon:
    lang: str
    verbs: dict[str, str]
    nouns: dict[str, str]
    noun_modifiers: dict[tuple[str, str], str | None]
    classes: dict[str, set[str]]
    combos: dict[tuple[str, str], str]
    light: frozenset[str]
    participant: frozenset[str]  # "attended the summit": the subject takes part in the event its object names
    control: dict[str, str]
    control_adj: dict[str, str]
    object_control: frozenset[str]
    reporting: frozenset[str]
    decision_reporting: frozenset[str]
    denial: frozenset[str]
    denial_always: frozenset[str]
    negation: frozenset[str]
    without: frozenset[str]  # "without", "sans" + verb: the act does not happen
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    obligation: frozenset[str]
    demonstratives: frozenset[str]  # "ce qui permettrait…", "this": they stand for no party
    hints: frozenset[str]  # "laisser entendre": after an "allow" verb, a hint, not a permission
    condition_marks: frozenset[str]
    premature: frozenset[str]  # "premature", "trop tôt": what they govern has not happened
    unless_cues: tuple[str, ...]
    hearsay_cues: tuple[str, ...]  # "selon": the French conditional then reports a claim
    pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    first_person: frozenset[str]  # "we", "nous": the speaker, inside a direct quote
    first_person_possessives: frozenset[str]  # "our", "notre": the speaker's, inside a direct quote
    target_preps: tuple[str, ...]
    agent_preps: tuple[str, ...]
    owner_preps: tuple[str, ...]
    locative_preps: frozenset[str]  # "à", "at", "in": a place after them says where, not to whom
    prep_event_nouns: dict[tuple[str, str], str]
    span_nouns: frozenset[str]
    event_heads: frozenset[str]
    reflexive: dict[str, str]
    reflexive_with_place: dict[str, str]
    time_words: frozenset[str]
    non_actors: frozenset[str]  # hazards and diseases: never a party ("an earthquake struck Peru", "beaten Ebola")
    purpose_marks: frozenset[str]  # "to", "pour": an infinitive of purpose has not happened
    not_purpose_heads: frozenset[str]  # "the first (country) to recognize": done, not aimed at
    cancel: frozenset[str]  # verbs that call off a cooperative event: "cancel the talks" is SANCTION
    someone_verbs: frozenset[str]  # events only with someone (or nothing) as object: recevoir, host, tirer
    topic_verbs: frozenset[str]  # talk, parler: with a topic and no partner, speech, not a consultation
    topic_preps: frozenset[str]  # "about", "de": what the talk is about
    question: frozenset[str]  # interroger, ask: a reporter's question when an agentless opening participle
    relatives: frozenset[str]  # relative pronouns: "which negotiates" -> the noun they stand for
    trigger_lemmas: frozenset[str]  # every lemma a table knows (verbs, nouns, control, combos, light verbs)
    _forms: dict[str, list[frozenset[str]]]  # surface form -> companion words it needs (any of)
    _stems: dict[str, list[frozenset[str]]]  # French: stem -> companion stems
    _weak: frozenset[str]
    _endings: dict[str, frozenset[str]] | None = None  # French: stem -> what may follow it in a form
    _known: dict[str, list[frozenset[str]]] = field(default_factory=dict, repr=False)  # _requirements, memoised
    _word_stems: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # _stems_of, memoised

    def combo(self, verb: str, noun: str) -> str | None:
        """Type of `verb` + object `noun` (lemmas), by the noun itself or one of its classes."""
        if (verb, noun) in self.combos:
            return self.combos[(verb, noun)]
        for cls in sorted(self.classes.get(noun, ())):
            if (verb, cls) in self.combos:
                return self.combos[(verb, cls)]
        return None

    def in_class(self, noun: str, cls: str) -> bool:
        return cls in self.classes.get(noun, ())

    def is_candidate(self, sentence: str) -> bool:
        """Cheap test: does the sentence hold a word that may code an event (with its companion word,
        for phrasal verbs and verb + object combinations)? Only such sentences are parsed."""
        words = set(_WORD.findall(sentence.lower()))
        companions: set[str] | None = None  # what the words can stand for, found at the first need
        for word in words:
            weak = word in self._weak  # a weak form counts only with its companion ("called on")
            for needs in self._requirements(word):
                if not needs:
                    if weak:
                        continue
                    return True
                if companions is None:
                    companions = self._companions(words)
                if not needs.isdisjoint(companions):
                    return True
        return False

    def _companions(self, words: set[str]) -> set[str]:
        """The words, and (French) the stems they are forms of: a companion word is one of them."""
        if self.lang == "en":
            return words
        out = set(words)
        for word in words:
            out |= self._stems_of(word)
        return out

    def _requirements(self, word: str) -> list[frozenset[str]]:
        return _memoised(self._known, word, self._find_requirements)

    def _find_requirements(self, word: str) -> list[frozenset[str]]:
        if word in self._forms:
            return self._forms[word]
        if self.lang == "en":
            return []
        stem = self._stem_in(word)
        if stem is None and "-" in word:  # "cessez-le-feu", "rencontrera-t-il": the first part too
            stem = self._stem_in(word.split("-", 1)[0])
        return self._stems[stem] if stem is not None else []

    def _stem_in(self, word: str) -> str | None:
        """French: the longest table stem that `word` is an inflected form of."""
        for k in range(len(word), 2, -1):  # the longest stem the word starts with
            if word[:k] in self._stems and (self._endings is None or word[k:] in self._endings[word[:k]]):
                return word[:k]
        return None

    def _stems_of(self, word: str) -> frozenset[str]:
        """French: the stems `word` is a form of (a companion word in `needs` is a stem), memoised."""
        return _memoised(self._word_stems, word, self._find_stems)

    def _find_stems(self, word: str) -> frozenset[str]:
        if self._endings is None:
            stem = self._stem_in(word)
            return frozenset() if stem is None else frozenset((stem,))
        endings = self._endings
        return frozenset(word[:k] for k in range(len(word), 2, -1) if word[k:] in endings.get(word[:k], ()))


def _words(value: str) -> list[str]:
    return value.split()


def _invert(table: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for type_, words in table.items():
        for word in _words(words):
            out.setdefault(word, type_)
    return out


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _english_nouns(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def _english_forms(lemma: str) -> set[str]:
    """Inflected forms of an English verb, enough for the parse-or-not test."""
    w = lemma.split("_")[0]
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", w):
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


def _french_stem(lemma: str) -> str:
    w = lemma.lower()
    if w.endswith("enir") and len(w) > 6:  # entretenir: entretient, entretenu
        return w[:-4]
    for ending in ("er", "ir", "re"):
        if w.endswith(ending) and len(w) > 4:
            return w[:-2]
    return w[:-1] if w.endswith(("s", "e")) and len(w) > 4 else w


def _build(lang: str, mod: ModuleType) -> Lexicon:
    verbs = _invert(mod.VERBS)
    nouns = _invert(mod.NOUNS)
    classes: dict[str, set[str]] = {}
    for cls, words in mod.OBJECT_CLASSES.items():
        for word in _words(words):
            classes.setdefault(word, set()).add(cls)
    control = dict(mod.CONTROL)
    reflexive = dict(getattr(mod, "REFLEXIVE", {}))
    tables = _candidate_tables(lang, mod, verbs, nouns, classes, control, reflexive)
    forms, stems, endings = (tables, {}, None) if lang == "en" else tables
    forms = {k: list(v) for k, v in forms.items()}
    stems = {k: list(v) for k, v in stems.items()}
    fs = frozenset
    return Lexicon(
        lang=lang,
        verbs=verbs,
        nouns=nouns,
        noun_modifiers=dict(mod.NOUN_MODIFIERS),
        classes=classes,
        combos=dict(mod.COMBOS),
        light=fs(mod.LIGHT_VERBS),
        participant=fs(mod.PARTICIPANT_VERBS),
        control=control,
        control_adj=dict(mod.CONTROL_ADJECTIVES),
        object_control=fs(mod.OBJECT_CONTROL),
        reporting=fs(mod.REPORTING),
        decision_reporting=fs(mod.DECISION_REPORTING),
        denial=fs(mod.DENIAL),
        denial_always=fs(mod.DENIAL_ALWAYS),
        negation=fs(mod.NEGATION),
        without=fs(mod.WITHOUT),
        future_aux=fs(mod.FUTURE_AUX),
        hypothetical_aux=fs(mod.HYPOTHETICAL_AUX),
        obligation=fs(mod.OBLIGATION),
        hints=fs(mod.HINTS),
        demonstratives=fs(mod.DEMONSTRATIVES),
        condition_marks=fs(mod.CONDITION_MARKS),
        premature=fs(mod.PREMATURE),
        unless_cues=tuple(mod.UNLESS_CUES),
        hearsay_cues=tuple(mod.HEARSAY_CUES),
        pronouns=fs(mod.PRONOUNS),
        possessive_pronouns=fs(mod.POSSESSIVE_PRONOUNS),
        first_person=fs(mod.FIRST_PERSON),
        first_person_possessives=fs(mod.FIRST_PERSON_POSSESSIVES),
        target_preps=tuple(mod.TARGET_PREPS),
        agent_preps=tuple(mod.AGENT_PREPS),
        owner_preps=tuple(mod.OWNER_PREPS),
        locative_preps=fs(mod.LOCATIVE_PREPS),
        prep_event_nouns=dict(mod.PREP_EVENT_NOUNS),
        span_nouns=fs(mod.SPAN_NOUNS),
        event_heads=fs(mod.EVENT_HEADS),
        reflexive=reflexive,
        reflexive_with_place=dict(getattr(mod, "REFLEXIVE_WITH_PLACE", {})),
        time_words=fs(mod.TIME_WORDS),
        non_actors=fs(mod.HAZARDS) | fs(mod.DISEASES),
        purpose_marks=fs(mod.PURPOSE_MARKS),
        not_purpose_heads=fs(mod.NOT_PURPOSE_HEADS),
        cancel=fs(mod.CANCEL_VERBS),
        someone_verbs=fs(mod.SOMEONE_VERBS),
        topic_verbs=fs(mod.TOPIC_VERBS),
        topic_preps=fs(mod.TOPIC_PREPS),
        question=fs(mod.QUESTION_VERBS),
        relatives=fs(mod.RELATIVE_PRONOUNS),
        trigger_lemmas=fs(
            {k.split("_")[0] for k in verbs} | set(nouns) | set(control) | set(mod.CONTROL_ADJECTIVES)
            | {v for v, _ in mod.COMBOS} | set(mod.LIGHT_VERBS) | set(reflexive)
            | {n for n, _ in mod.NOUN_MODIFIERS} | set(mod.EVENT_HEADS) | set(mod.SPAN_NOUNS)
            | set(mod.CANCEL_VERBS)
        ),
        _forms=forms,
        _stems=stems,
        _weak=fs(getattr(mod, "WEAK_FORMS", set())),
        _endings=endings,
    )


def _candidate_tables(lang, mod, verbs, nouns, classes, control, reflexive):
    """Surface forms (English) or stems (French) of trigger words, each with the companion words it
    needs: a phrasal verb needs its particle, a verb + object combination needs one of the object nouns,
    an obligation ("must") needs a reporting verb. Light verbs need nothing: their event noun is itself
    a trigger. French also gets, per stem, the endings that make inflected forms of its words (from the
    table's INFLECTION_ENDINGS; None without one: any ending then goes)."""
    irregular = {k: v.split() for k, v in getattr(mod, "IRREGULAR_FORMS", {}).items()}
    english = lang == "en"
    inflections = getattr(mod, "INFLECTION_ENDINGS", None)
    table = {k: {"" if e == "-" else e for e in v.split()} for k, v in (inflections or {}).items()}
    endings: dict[str, set[str]] = {}

    def stem(word: str, kind: str = "noun") -> str:
        """French stem of a table word, noting which endings make forms of that word."""
        return stems(word, kind)[0]

    def stems(word: str, kind: str = "noun") -> list[str]:
        """The stem, and for an -er verb the stems its spelling changes make ("menaç", "appui", "lèv")."""
        key = _french_stem(word)
        rest = word[len(key):]
        if not table:
            return [key]
        found = {key: set()}
        if kind == "verb" and rest in ("er", "ir", "re", "enir"):
            found[key] |= table[rest]
            if rest == "er":
                if key.endswith("g"):
                    found[key] |= {"e" + e for e in table["er_hard"]}
                if key.endswith("c"):
                    found.setdefault(key[:-1] + "ç", set()).update(table["er_hard"])
                if key[-1:] in ("l", "t"):
                    found[key] |= {key[-1] + e for e in table["er_mute_e"]}
                if key.endswith("y"):
                    found.setdefault(key[:-1] + "i", set()).update(table["er_mute_e"])
                vowel = max(key.rfind("e"), key.rfind("é"))
                if vowel > 0 and not any(c in "aeiouyéèêâîôû" for c in key[vowel + 1:]):
                    found.setdefault(key[:vowel] + "è" + key[vowel + 1:], set()).update(table["er_mute_e"])
        else:  # a noun, or a listed form ("reçoit", "prise"): as written, or with a plural/feminine mark
            found[key] |= {rest + e for e in table["noun"]}
            if kind == "form" and rest in ("", "s"):
                found[key] |= table["form"]
        for k, v in found.items():
            endings.setdefault(k, set()).update(v)
        return list(found)

    def verb_keys(lemma: str) -> set[str]:
        base = lemma.split("_")[0]
        if english:
            return _english_forms(base) | set(irregular.get(base, []))
        return set(stems(base, "verb")) | {stem(f, "form") for f in irregular.get(base, [])}

    def noun_keys(noun: str) -> set[str]:
        return _english_nouns(noun) if english else {stem(noun)}

    out: dict[str, set[frozenset[str]]] = {}

    def add(keys: set[str], needs: frozenset[str]) -> None:
        for key in keys:
            out.setdefault(key, set()).add(needs)

    none: frozenset[str] = frozenset()
    for lemma in set(verbs) | set(reflexive):
        parts = lemma.split("_")
        add(verb_keys(lemma), frozenset(parts[1:]) if len(parts) > 1 else none)
    for lemma, kind in control.items():
        if kind in _SELF_CODING_KINDS and lemma in verbs:
            add(verb_keys(lemma), none)
    for (verb, obj), _type in mod.COMBOS.items():
        members = [w for w, cls in classes.items() if obj in cls] if obj.isupper() else [obj]
        needs = frozenset(k for m in members for k in noun_keys(m))
        add(verb_keys(verb), needs)
    for noun in nouns:
        add(noun_keys(noun), none)
    for (noun, modifier), type_ in mod.NOUN_MODIFIERS.items():
        if type_:
            add(noun_keys(noun), frozenset(noun_keys(modifier)))
    coop = frozenset(k for n, t in nouns.items() if t in ("CONSULT", "COOPERATE", "AID", "AGREE") for k in noun_keys(n))
    for verb in mod.CANCEL_VERBS:
        add(verb_keys(verb), coop)
    for (prep, noun) in mod.PREP_EVENT_NOUNS:
        add(noun_keys(noun.split()[0]), frozenset({prep}))
    reporting = frozenset(k for r in mod.REPORTING for k in verb_keys(r))
    for word in mod.OBLIGATION_FORMS:
        add({word} if english else {stem(word, "form")}, reporting)
    if english:
        return {k: sorted(v, key=len) for k, v in out.items()}
    return {}, out, ({k: frozenset(v) for k, v in endings.items()} if table else None)


@cache
def lexicon(lang: str) -> Lexicon:
    """The event vocabulary of a language; ValueError for a language without tables."""
    if lang not in TABLES:
        raise ValueError(f"no event tables for language {lang!r}; have {sorted(TABLES)}")
    return _build(lang, importlib.import_module(TABLES[lang]))
