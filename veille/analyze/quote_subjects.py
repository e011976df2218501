"""Speaker expressions next to a cue: subjects before it (skipping verb groups, infinitive cues),
speakers after it (inversions), sentence subjects and mention references."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from veille.analyze.entities import lang_tables
from veille.analyze.quote_cues import Cue, Token
from veille.analyze.quote_found import (
    _QUOTE_MARKS,
    _TERMINAL,
)
from veille.analyze.speaker_names import is_verb_word
from veille.analyze.speaker_refs import offices
from veille.analyze.speakers import SpeakerRef
from veille.model import Mention

_DASH_MARKS = frozenset("-—–―")


class _SpeakerExpressions:
    """Speaker-expression methods of the quote finder (`quotes._Finder`)."""

    # ---------- speaker expressions ----------
    def _clitic_ref(self, cue: Cue) -> SpeakerRef | None:
        if cue.clitic is None:
            return None
        gender, number = self.lex.INVERTED_CLITICS.get(cue.clitic.lower, (None, "sg"))
        return SpeakerRef(
            cue.clitic.start, cue.clitic.end, cue.clitic.text, "pronoun", gender=gender, number=number
        )

    def _skip_verb_group(self, j: int, lo: int, most: int, governing: bool = False) -> int:
        """Index of the first token at or before j that is not part of a verb group (auxiliaries,
        negations, adverbs, time words; with `governing`, also the participle or adjective ruling an
        infinitive: "was prompted", "are more likely", "refused")."""
        lex = self.lex
        skip = lex.ADVERBS | lex.AUXILIARIES | lex.NEGATIONS | lex.TIME_ADVERBS
        start = j
        while j >= 0 and self.tokens[j].start >= lo and start - j < most:
            t = self.tokens[j]
            w = t.lower
            lowercase = t.text[:1].islower()
            if w in lex.EMPHATIC_PRONOUNS and j > 0 and self.tokens[j - 1].lower in lex.PARTITIVE_PREPOSITIONS:
                break  # "l'un d'eux a estimé": the end of the subject
            if w in skip or (lowercase and (w.endswith("ly") or w.endswith(("n't", "n’t")))):
                j -= 1
                continue
            if w in lex.SETTING_PREPOSITIONS and j < start and self.tokens[j + 1].lower in lex.TIME_ADVERBS:
                j -= 1  # "the agency on Friday declared"
                continue
            if governing and lowercase and (w.endswith(lex.VERB_ENDINGS) or w in lex.CONTROL_WORDS):
                j -= 1
                continue
            break
        return j

    def _speaker_before(self, cue: Cue, lo: int) -> SpeakerRef | None:
        return self._speaker_before_index(self._skip_verb_group(cue.first - 1, lo, 6), lo)

    def _possessor_ref(self, cue: Cue, lo: int) -> tuple[bool, SpeakerRef | None]:
        """Whether the cue is a noun after a genitive ("Lisbon's demand that…"), and then its source:
        the possessor when it is a named mention."""
        owner = self._possessor(cue.first - 1)
        if owner is None:
            return False, None
        m = self._mention_at(self.tokens[owner].start)
        return True, (self._mention_ref(m) if m is not None and self.tokens[owner].start >= lo else None)

    def _possessor(self, j: int) -> int | None:
        """The token an English genitive ending at token j hangs on ("Lisbon's", split "Lisbon'" + "s")."""
        if j < 0:
            return None
        t = self.tokens[j]
        if t.lower.endswith(("'s", "’s")):
            return j
        if t.lower == "s" and j > 0 and self.tokens[j - 1].text.endswith(("'", "’")) and self.tokens[j - 1].end == t.start:
            return j - 1
        return None

    def _speaker_before_index(self, j: int, lo: int) -> SpeakerRef | None:
        """The speaker expression ending at token j (just before a cue and its verb group)."""
        while j > 0 and self.tokens[j].text in _QUOTE_MARKS and self._in_title(self.tokens[j].start):
            j -= 1  # `author of “Some Book,” put it`: the title belongs to the phrase
        if j < 0 or self.tokens[j].start < lo:
            return None
        t = self.tokens[j]
        if t.lower in self.lex.RELATIVE_PRONOUNS:
            # "Stevie Wonder, who joked": the noun phrase the relative clause hangs on
            k = j - 1 if j > 0 and self.tokens[j - 1].text == "," else j
            if k > 0 and self.tokens[k - 1].start >= lo:
                ref = self._np_ending_at(k - 1, lo)
                if ref is not None and ref.kind in ("mention", "name", "role", "nominal"):
                    return ref
            return None
        if t.lower in self.lex.INFINITIVE_MARKERS:
            # "refused to say", "was prompted to say", "led Republicans to say": the noun phrase
            # before the verb group governing the infinitive, else the clause's subject
            k = self._skip_verb_group(j - 1, lo, 5, governing=True)
            if k >= 0 and self.tokens[k].start >= lo:
                w = self.tokens[k].lower
                if k == j - 1 and w in self.lex.OBJECT_PRONOUNS:  # "allowed him to say"
                    gender, number = self.lex.OBJECT_PRONOUNS[w]
                    t = self.tokens[k]
                    return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
                ref = self._np_ending_at(k, lo)
                # right before "to" only a name or a role speaks ("force Sen. Sanders to admit"),
                # not "her call to admit"
                if ref is not None and (k < j - 1 or ref.kind != "nominal" or ref.text[:1].isupper()):
                    return ref
            a = max(lo, self._sentence_span(t.start)[0])
            return self._subject_ref(a, t.start) or self._clause_np(a, t.start)
        if t.text in _DASH_MARKS:
            # "John Dickey, the chief executive of Ora Media -- the company that… -- told me"
            while j > 0 and self.tokens[j - 1].text in _DASH_MARKS:
                j -= 1
            k = j - 1
            while k >= 0 and self.tokens[k].start >= lo and j - k < 40:
                if self.tokens[k].text in _DASH_MARKS or self.tokens[k].text in _TERMINAL:
                    break
                k -= 1
            if k <= 0 or self.tokens[k].text not in _DASH_MARKS:
                return None
            while k > 0 and self.tokens[k - 1].text in _DASH_MARKS:
                k -= 1
            if self.tokens[k - 1].start < lo:
                return None
            # the aside may close an apposition opened by a comma: "X, the chief of Y -- … -- told"
            c = k - 1
            while (
                c >= 0 and self.tokens[c].start >= lo and k - c < 25 and self.tokens[c].text not in _TERMINAL
            ):
                if self.tokens[c].text == ",":
                    if c > 0:
                        m = self._mention_at(self.tokens[c - 1].start)
                        if m is not None and m.type in ("PER", "PERSON"):
                            return self._mention_ref(m)
                    break
                c -= 1
            return self._speaker_before_index(k - 1, lo)
        if t.text in (",", ")"):
            opener = "," if t.text == "," else "("
            k = j - 1
            while k >= 0 and self.tokens[k].start >= lo and j - k < 25:
                w = self.tokens[k].text
                if (
                    w == opener
                    or w in _TERMINAL
                    or (w in _QUOTE_MARKS and not self._in_title(self.tokens[k].start))
                ):
                    break
                k -= 1
            if k >= 0 and self.tokens[k].text == opener and k + 1 < j:
                # "le vice-ministre, Sergueï Riabkov, a déclaré": the name set off by the commas speaks
                inner = self._mention_at(self.tokens[k + 1].start)
                if inner is not None and inner.end <= t.start and (
                    inner.type == "PER" or inner.type == "ORG" and inner.end == self.tokens[j - 1].end
                ):  # or the organisation named there: "L'agence officielle, KCNA, a affirmé"
                    return self._mention_ref(inner)
            if opener == "," and k >= 0 and self.tokens[k].text == opener \
                    and (named := self._named_before_asides(k, lo)) is not None:
                return named
            if k > 0 and self.tokens[k].text == opener and self.tokens[k - 1].start >= lo:
                ref = self._np_ending_at(k - 1, lo)
                if ref is not None and (ref.kind in ("mention", "pronoun", "name", "role") or (
                        ref.kind == "nominal" and self._sentence_span(ref.start)[0] == ref.start)):
                    return ref  # a description only when it opens the sentence ("Legislative leaders in X, for instance,")
            return None
        return self._np_ending_at(j, lo)

    def _named_before_asides(self, k: int, lo: int) -> SpeakerRef | None:
        """The person opening a chain of comma-separated asides that ends at the comma at token k:
        "Rachel Berg, a philanthropist from Monsey, New York, said", "Trump, speaking at a rally in
        Wilmington, N.C., warned". Every aside before the cue is verbless (a participle may lead it)."""
        lex = self.lex
        for _ in range(4):
            c = k - 1
            while c >= 0 and self.tokens[c].start >= lo and self.tokens[c].text != "," and k - c < 16:
                t = self.tokens[c]
                if t.text in _TERMINAL or t.text in _QUOTE_MARKS or t.lower in lex.AUXILIARIES \
                        or (self.cue_at_token.get(c) is not None and not t.lower.endswith(lex.PRESENT_PARTICIPLE)):
                    return None
                c -= 1
            first = c + 1
            if first >= k:
                return None
            m = self._mention_at(self.tokens[k - 1].start)
            if m is not None and m.type in ("PER", "PERSON") and all(
                self.tokens[i].lower in lex.TITLES or self.tokens[i].start >= m.start for i in range(first, k)
            ):
                return self._mention_ref(m)
            if c < 0 or self.tokens[c].start < lo or self.tokens[c].text != ",":
                return None
            k = c
        return None

    def _mention_or_pronoun(self, t, pronouns: bool = True) -> tuple[bool, SpeakerRef | None]:
        """Whether token t is a mention or a pronoun, and the speaker it gives: None for a pronoun that
        cannot speak (an unresolvable one, or any pronoun when `pronouns` is False)."""
        m = self._mention_at(t.start)
        if m is not None:
            return True, self._mention_ref(m)
        if t.lower in self.lex.NARRATOR_PRONOUNS:
            # "I said" outside any quote: the writer of the article speaks
            return True, SpeakerRef(t.start, t.end, t.text, "narrator")
        if t.lower not in self.lex.PRONOUNS:
            return False, None
        gender, number = self.lex.PRONOUNS[t.lower]
        if not pronouns or (
            t.lower in self.lex.UNRESOLVABLE_PRONOUNS and t.lower not in self.lex.THING_PRONOUNS
        ):
            return True, None
        return True, SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)

    def _np_ending_at(self, j: int, lo: int) -> SpeakerRef | None:
        t = self.tokens[j]
        if not t.text[:1].isalnum():
            return None
        found, ref = self._mention_or_pronoun(t)
        if found:
            if ref is not None and ref.kind == "mention" and ref.mention.type not in ("PER", "PERSON"):
                return self._beyond_complement(ref, j, lo)
            k = self._np_start(j, lo)
            if ref is not None and ref.kind == "mention" and k + 1 < j and self._company_phrase(k):
                return self._nominal(k, j)  # "le groupe de Mark Zuckerberg": his company
            return ref
        if t.lower in self.lex.CLAUSE_STARTS or (
            self.lex.forms.get(t.lower) and not self._after_determiner(j)
        ):
            return None
        return self._nominal(self._np_start(j, lo), j)

    def _beyond_complement(self, ref: SpeakerRef, j: int, lo: int) -> SpeakerRef | None:
        """A place or organisation ending a speaker phrase may only complete it: "A Western diplomat
        in Vienna" speaks, not Vienna; "le diplomate en chef de l'Iran" names an office, not Iran."""
        m = ref.mention
        k = bisect.bisect_left(self.tstarts, m.start) - 1
        if m.type in ("LOC", "GPE") and k > 0 and self.tokens[k].start >= lo \
                and self.tokens[k].lower in lang_tables(self.lex.lang).locative:
            before = self._np_ending_at(k - 1, lo)
            if before is not None and before.kind in ("role", "nominal", "name", "mention") \
                    and (before.kind != "mention" or before.mention.type in ("PER", "PERSON")):
                return before
        k = self._np_start(j, lo)
        if self.tokens[k].lower in self.lex.DEFINITE and offices(self.text[self.tokens[k].start : self.tokens[j].end],
                                                                 self.lex.lang):
            return self._nominal(k, j)
        return ref

    def _np_start(self, j: int, lo: int) -> int:
        """The first token of the noun phrase ending at token j (at most eight tokens)."""
        k = j
        while k - 1 >= 0 and self.tokens[k - 1].start >= lo and j - k < 7:
            w = self.tokens[k - 1]
            if (
                not w.text[:1].isalnum()
                or w.lower in self.lex.CLAUSE_STARTS
                or (self.lex.forms.get(w.lower) and not self._after_determiner(k - 1))
                or w.lower in self.lex.AUXILIARIES
                or w.lower in self.lex.NEGATIONS
            ):
                break
            if self.cue_at_token.get(k - 1) is not None:
                break
            k -= 1
        return k

    def _clause_np(self, a: int, b: int) -> SpeakerRef | None:
        """The noun phrase opening the clause at a (before b), up to its verb: "Democratic voters"
        in "Democratic voters are more likely to say…"."""
        lex = self.lex
        i = bisect.bisect_left(self.tstarts, a)
        while (
            i < len(self.tokens)
            and self.tokens[i].start < b
            and (
                not self.tokens[i].text[:1].isalnum()
                or self.tokens[i].lower in lex.CONJUNCTIONS
                or self.tokens[i].lower in lex.ADVERBS and self.tokens[i].lower not in lex.POSSESSIVE_DETERMINERS
            )
        ):
            i += 1
        stop = (
            lex.AUXILIARIES | lex.NEGATIONS | lex.INFINITIVE_MARKERS | lex.CLAUSE_STARTS | lex.ADVERBS
        ) - lex.SPEAKER_DETERMINERS
        k = i
        while k < len(self.tokens) and self.tokens[k].start < b and k - i < 8:
            t = self.tokens[k]
            if (
                not t.text[:1].isalnum()
                or t.lower in stop
                or t.lower.endswith(("n't", "n’t"))
                or (lex.forms.get(t.lower) and not self._after_determiner(k))
            ):
                break
            if k > i and t.text[:1].islower() and t.lower.endswith(lex.VERB_ENDINGS):
                break
            k += 1
        if k == i or (k < len(self.tokens) and self.tokens[k].text in (",", "(") and self._past_emphatic(k) == k):
            return None
        return self._nominal(i, k - 1)

    def _past_emphatic(self, k: int) -> int:
        """The token after an emphatic pronoun set off by commas at k ("Son homologue, lui, a jugé…"),
        or k when there is none."""
        toks = self.tokens
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower in self.lex.EMPHATIC_PRONOUNS \
                and toks[k + 2].text == ",":
            return k + 3
        return k

    def _after_determiner(self, j: int) -> bool:
        """Token j follows a determiner: a noun even if it spells like a verb ("the note says")."""
        return j > 0 and self.tokens[j - 1].lower in self.lex.NOUN_DETERMINERS

    def _nominal(self, k: int, j: int) -> SpeakerRef | None:
        words = self.tokens[k : j + 1]
        if not words:
            return None
        start, end = words[0].start, words[-1].end
        inner = [m for m in self.mentions if start <= m.start < end]
        persons = [m for m in inner if m.type in ("PER", "PERSON")]
        first = words[0].lower
        if len(words) > 2 and self._company_phrase(k):
            # "Le groupe de Mark Zuckerberg a annoncé…": the company speaks, not its owner
            org = next((m for m in reversed(self.mentions) if m.type == "ORG" and m.end <= start), None)
            return self._mention_ref(org) if org is not None else SpeakerRef(start, end, self.text[start:end], "nominal")
        if persons and not self._modifies_noun(persons[-1], end):
            return self._mention_ref(persons[-1])
        if first in self.lex.TITLES and len(words) >= 2 and words[1].text[:1].isupper():
            return SpeakerRef(start, end, self.text[start:end], "name", gender=self.lex.TITLES[first])
        head = words[-1].lower
        definite = self.lex.DEFINITE
        role_at = self._role_head(words)
        if role_at is None and len(words) <= 10:
            role_at = self._role_with_complement(words)
        if role_at is not None and first in definite and len(words) <= (6 if role_at == len(words) - 1 else 10):
            role = words[role_at].lower
            gender = self.lex.ROLE_NOUNS[role] or (
                definite.get(first) if isinstance(definite, dict) else None
            )
            return SpeakerRef(start, end, self.text[start:end], "role", gender=gender, role=role)
        if role_at is not None and first in self.lex.POSSESSIVE_DETERMINERS and len(words) <= 6:
            # "son homologue polonais": someone other than the person before, named later if at all
            role = words[role_at].lower
            return SpeakerRef(start, end, self.text[start:end], "nominal", gender=self.lex.ROLE_NOUNS[role], role=role)
        if inner and inner[-1].end >= end and len(words) <= 3 and first not in self.lex.SPEAKER_DETERMINERS:
            return self._mention_ref(inner[-1])
        if (
            len(words) == 1
            and not words[0].text[:1].isupper()
            and head not in self.lex.ROLE_NOUNS
            and not head.endswith("s")
        ):
            return None
        if all(self._proper(w) for w in words) and len(words) <= 4:
            return SpeakerRef(start, end, self.text[start:end], "name")
        lex = self.lex
        verbal = lex.AUXILIARIES | lex.NEGATIONS
        if any(w.lower in verbal for w in words[1:]) or (first in verbal and not words[0].text[:1].isupper()):
            return None  # "has been", "did not": a verb group, no noun phrase
        return SpeakerRef(start, end, self.text[start:end], "nominal")

    def _role_head(self, words: list[Token]) -> int | None:
        """Where the role noun of a description is: the last word ("the German minister"), or a
        word followed only by nationalities and role modifiers ("la responsable allemande", "le
        ministre adjoint") and, in French, one other adjective ("le responsable syndical")."""
        tables = lang_tables(self.lex.lang)
        adjective = self.lex.ROLE_ADJECTIVE_AFTER  # one free adjective after the noun ("le responsable syndical")
        for k in range(len(words) - 1, 0, -1):
            w = words[k].lower
            if w in self.lex.ROLE_NOUNS:
                return k
            if not words[k].text[:1].islower():
                return None
            if w not in tables.demonyms and w not in tables.role_modifiers:
                if not (adjective and words[k].text.isalpha() and w not in self.lex.forms):
                    return None
                adjective = False
        return None

    def _role_with_complement(self, words: list[Token]) -> int | None:
        """A role noun right after the determiner whose complement names its office ("le
        porte-parole de la présidence russe", "la ministre allemande des Affaires étrangères");
        only in languages that list such complements (ROLE_COMPLEMENTS)."""
        complements = self.lex.ROLE_COMPLEMENTS
        if len(words) < 3 or words[1].lower not in self.lex.ROLE_NOUNS:
            return None
        tables = lang_tables(self.lex.lang)
        k = 2
        while k < len(words) and (words[k].lower in tables.demonyms or words[k].lower in tables.role_modifiers):
            k += 1
        return 1 if k < len(words) and words[k].lower in complements else None

    def _modifies_noun(self, m: Mention, end: int) -> bool:
        """A name before a common noun ("the Sanders interview", "Trump supporters") names no
        speaker: the phrase is about something else."""
        j = bisect.bisect_left(self.tstarts, m.end)
        if j >= len(self.tokens) or self.tokens[j].start >= end:
            return False
        t = self.tokens[j]  # the word right after the name ("of New Mexico" leaves it a name)
        return (
            t.text[:1].islower()
            and t.lower not in self.lex.ROLE_NOUNS
            and t.lower not in self.lex.PREPOSITIONS
            and t.lower not in self.lex.CLAUSE_STARTS
            and t.lower not in self.lex.TIME_ADVERBS
            and t.lower not in self.lex.WEEKDAYS
            and t.lower not in self.lex.ADVERBS
        )

    def _proper(self, w: Token) -> bool:
        """A capitalised word never written in lower case in the article: a name NER missed."""
        if (
            not w.text[:1].isupper()
            or w.lower in self.lex.ROLE_NOUNS
            or w.lower in self.lex.SPEAKER_DETERMINERS
        ):
            return False
        if w.lower in self.lex.PRONOUNS or w.lower in self.lex.CLAUSE_STARTS or w.lower in self.lex.forms:
            return False
        if w.lower.endswith(self.lex.VERB_ENDINGS):
            return False
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-zà-ÿ][\w'’-]*", self.text))
        return w.lower not in self._lower_words

    def _speaker_after(self, cue: Cue) -> SpeakerRef | None:
        j = cue.last + 1
        while j < len(self.tokens) and self.tokens[j].lower in self.lex.WEEKDAYS:
            j += 1
        if cue.kind != "according":
            j = self._past_place(j)  # "a déclaré à Genève la directrice régionale…, Shaza Moghraby"
        if j >= len(self.tokens):
            return None
        t = self.tokens[j]
        if not t.text[:1].isalnum():
            return None
        if cue.kind == "according" and t.lower in self.lex.ACCORDING_PRONOUNS:
            gender, number = self.lex.ACCORDING_PRONOUNS[t.lower]  # "selon lui", "according to her"
            return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
        found, ref = self._mention_or_pronoun(t, pronouns=cue.kind != "according")
        if found:
            if ref is not None and ref.kind == "mention" and ref.mention.type not in ("PER", "PERSON"):
                # "according to U.N. humanitarian coordinator Rebeca Grynspan": the holder of the office
                return self._titled_person(bisect.bisect_left(self.tstarts, ref.end)) or ref
            return ref
        if t.lower in self.lex.COMPLEMENTIZERS or t.lower in self.lex.CLAUSE_STARTS:
            return None
        if cue.kind == "according" and (issuer := self._document_issuer(j)) is not None:
            return issuer  # "selon un bilan provisoire de l'Institut national…": the institute
        if t.lower in self.lex.SPEAKER_DETERMINERS and j + 1 < len(self.tokens):
            m = self._mention_at(self.tokens[j + 1].start)
            if m is not None and m.type in ("PER", "PERSON", "ORG"):
                # "selon la CGT près de 400 emplois": the name, not the run (or the person it introduces)
                after = bisect.bisect_left(self.tstarts, m.end)
                return self._apposed_person(after) or self._mention_ref(m)
        k = j
        stops = set(getattr(self.lex, "SETTING_PREPOSITIONS", ())) | set(self.lex.ADDRESSEES) | {"to", "à", "who", "qui"}
        while k + 1 < len(self.tokens) and k - j < 7:
            w = self.tokens[k + 1]
            if not w.text[:1].isalnum() or w.lower in self.lex.CLAUSE_STARTS or w.lower in stops:
                break
            k += 1
        ref = self._nominal(j, k)
        if ref is not None and ref.kind in ("role", "nominal"):
            # "a averti le ministre de la Pêche, Youssef Elamrani", "une porte-parole à Genève, Laetitia Courtois"
            named = self._apposed_person(self._past_place(k + 1)) or self._apposed_person(self._phrase_end(k + 1))
            if named is not None:
                return named
        if ref is None or ref.kind == "nominal":
            # "said 9/11 widow Terry Strada": a name after a few description words
            named = self._person_within(j, 6)
            if named is not None:
                return named
        first = self.tokens[j].lower
        if (
            ref is not None
            and ref.kind == "nominal"
            and not (
                first in self.lex.SPEAKER_DETERMINERS
                or first in self.lex.INDEFINITE
                or self.tokens[j].text[:1].isupper()
            )
        ):
            return None
        return ref

    def _titled_person(self, j: int) -> SpeakerRef | None:
        """The person named after role words from token j ("humanitarian coordinator Rebeca Grynspan"):
        at least one role noun, then the name, within a few words."""
        k = j
        while k < len(self.tokens) and k - j < 4 and self.tokens[k].text[:1].islower():
            k += 1
        if k == j or not any(self.tokens[i].lower in self.lex.ROLE_NOUNS for i in range(j, k)):
            return None
        m = self._mention_at(self.tokens[k].start) if k < len(self.tokens) else None
        return self._mention_ref(m) if m is not None and m.type in ("PER", "PERSON") else None

    def _phrase_end(self, k: int, most: int = 6) -> int:
        """The comma that ends a noun phrase's complement from token k ("pour les affaires
        humanitaires,"), within `most` words and before any verb or clause word; else k."""
        for i in range(k, min(k + most, len(self.tokens))):
            t = self.tokens[i]
            if t.text == ",":
                return i
            w = t.lower
            if not t.text[:1].isalnum() or w in self.lex.CLAUSE_STARTS or w in self.lex.forms \
                    or w in self.lex.AUXILIARIES:
                return k
        return k

    def _apposed_person(self, k: int) -> SpeakerRef | None:
        """The person named in apposition after a comma at token k: ", Youssef Elamrani,"."""
        if k + 1 >= len(self.tokens) or self.tokens[k].text != ",":
            return None
        m = self._mention_at(self.tokens[k + 1].start)
        return self._mention_ref(m) if m is not None and m.type in ("PER", "PERSON") else None

    def _past_place(self, k: int) -> int:
        """The token after a place complement starting at k ("à Genève", "in Geneva"), else k."""
        if k + 1 >= len(self.tokens) or self.tokens[k].text[:1].isupper():
            return k
        w = self.tokens[k].lower
        if w not in self.lex.ADDRESSEES and w not in self.lex.SETTING_PREPOSITIONS:
            return k
        m = self._mention_at(self.tokens[k + 1].start)
        if m is None or m.type not in ("LOC", "GPE"):
            return k
        return bisect.bisect_left(self.tstarts, m.end)

    def _person_within(self, j: int, most: int) -> SpeakerRef | None:
        """A person named within `most` tokens from j, before any clause word, verb or comma."""
        for k in range(j, min(j + most, len(self.tokens))):
            t = self.tokens[k]
            m = self._mention_at(t.start)
            if m is not None and m.type in ("PER", "PERSON"):
                return self._mention_ref(m)
            w = t.lower
            if (
                t.text in _TERMINAL
                or t.text in (",", ":", "(")
                or t.text in _QUOTE_MARKS
                or w in self.lex.CLAUSE_STARTS
                or w in self.lex.AUXILIARIES
                or w in self.lex.forms
                or w in self.lex.PRONOUNS
            ):
                return None
        return None

    def _after_conjunction(self, cue: Cue) -> bool:
        """`X … but told his supporters`: a second verb sharing the sentence subject."""
        j = cue.first - 1
        while j >= 0 and self.tokens[j].lower in self.lex.ADVERBS:
            j -= 1
        return j >= 0 and self.tokens[j].lower in self.lex.CONJUNCTIONS

    def _clause_start(self, comma: int) -> int:
        """Start of the clause that ends at the comma at `comma` (after the previous comma or quote)."""
        j = bisect.bisect_left(self.tstarts, comma) - 1
        n = 0
        while j >= 0 and n < 6:
            t = self.tokens[j]
            if t.text in ",;:" or t.text in _QUOTE_MARKS or t.text in _TERMINAL:
                return t.end
            j -= 1
            n += 1
        return self.tokens[j + 1].start if n < 6 else comma

    def _subject_ref(self, a: int, b: int) -> SpeakerRef | None:
        """The person (or gendered pronoun) subject of the clause from a to b, see People.subject_between."""
        subj = self.people.subject_between(a, b)
        if subj is None:
            return None
        if subj.mention is not None:
            return self._mention_ref(subj.mention)
        kind = "pronoun" if subj.kind == "pronoun" else "name"
        return SpeakerRef(subj.start, subj.end, self.text[subj.start : subj.end], kind, gender=subj.gender)

    def _apposed_subject(self, a: int, cue: Cue) -> SpeakerRef | None:
        """`X, a former governor, said` / `X (D-Ill.), noting…, said`: the subject opening the clause
        at a, set off by a comma or parenthesis, with the cue right after the closing one."""
        j = cue.first - 1
        while j >= 0 and self.tokens[j].lower in self.lex.ADVERBS:
            j -= 1
        if j < 0 or self.tokens[j].text not in (",", ")"):
            return None
        ref = self._subject_ref(a, self.tokens[j].start)
        if ref is None:
            return None
        k = bisect.bisect_left(self.tstarts, ref.end)
        if k >= len(self.tokens) or self.tokens[k].text not in (",", "(") or k >= j:
            return None
        return ref

    def _sentence_subject(self, s: int, before: int) -> SpeakerRef | None:
        """The main-clause subject for a participle cue (`X tweeted, saying…`)."""
        ref = self._subject_ref(s, before)
        if ref is not None:
            return ref
        i = bisect.bisect_left(self.tstarts, s)
        if i < len(self.tokens) and (
            self.tokens[i].lower in self.lex.CLAUSE_STARTS
            or self.tokens[i].lower in self.lex.SETTING_PREPOSITIONS
        ):
            # "When Wallace died in 1998, President Clinton released…": skip the opening clause
            j = i
            while j < len(self.tokens) and self.tokens[j].start < before and self.tokens[j].text != ",":
                j += 1
            if j < len(self.tokens) and self.tokens[j].start < before:
                i = j + 1
        other: SpeakerRef | None = None
        for j in range(i, min(i + 7, len(self.tokens))):
            t = self.tokens[j]
            if t.start >= before:
                break
            m = self._mention_at(t.start)
            if m is not None:
                if m.type in ("PER", "PERSON"):
                    return self._mention_ref(m)
                if other is None and m.type == "ORG":
                    other = self._mention_ref(m)
                continue
            if t.lower in self.lex.PRONOUNS and t.lower not in self.lex.UNRESOLVABLE_PRONOUNS:
                gender, number = self.lex.PRONOUNS[t.lower]
                return SpeakerRef(t.start, t.end, t.text, "pronoun", gender=gender, number=number)
        return other or self._named_apposition(i, before)

    def _named_apposition(self, i: int, before: int) -> SpeakerRef | None:
        """The person or organisation named between the first two commas of a long subject ("L'agence
        de presse d'État de la Corée du Nord, KCNA, a qualifié…"), when a finite verb group follows them."""
        toks = self.tokens
        c = next((k for k in range(i, min(i + 25, len(toks))) if toks[k].text == ","), None)
        if c is None or c + 1 >= len(toks) or toks[c + 1].start >= before:
            return None
        m = self._mention_at(toks[c + 1].start)
        if m is None or m.type not in ("PER", "PERSON", "ORG"):
            return None
        after = bisect.bisect_left(self.tstarts, m.end)
        if after + 1 >= len(toks) or toks[after].text != "," or toks[after + 1].start >= before:
            return None
        cue = self.cue_at_token.get(after + 1)
        if toks[after + 1].lower in self.lex.AUXILIARIES or (cue is not None and not cue.participle):
            return self._mention_ref(m)
        return None  # "ordered the expulsion of the ambassador, Joël Meyer, accusing him…"

    def _subject_np(self, s: int, before: int) -> SpeakerRef | None:
        """The noun phrase subject of the sentence at s, past an opening phrase up to its comma
        ("At his cookout, the band leader called…"), when no person is the subject."""
        i = bisect.bisect_left(self.tstarts, s)
        if i < len(self.tokens) and self.tokens[i].lower in self.lex.OPENING_WORDS:
            j = i
            while j < len(self.tokens) and self.tokens[j].start < before and self.tokens[j].text != ",":
                j += 1
            if j >= len(self.tokens) or self.tokens[j].start >= before:
                return None
            s = self.tokens[j].end
        ref = self._clause_np(s, before)
        if (
            ref is None
            or ref.kind not in ("nominal", "role", "name", "mention")
            or self.people.in_quote(ref.start)
        ):
            return None
        j = self._past_emphatic(bisect.bisect_left(self.tstarts, ref.end))
        if j < len(self.tokens) and not is_verb_word(self.tokens[j].text, self.lex):
            return None  # the phrase must be followed by its verb
        return ref

    def _in_title(self, pos: int) -> bool:
        """pos is a mark of a quoted title or name (`“Some Book,”`), not of speech."""
        return any(start in self.titles and start <= pos < end for start, end in self._span_bounds())

    def _span_bounds(self) -> list[tuple[int, int]]:
        return [(q.start, q.end) for q in self.spans]

    def _company_phrase(self, k: int) -> bool:
        """Does the phrase at token k name a company by its owner ("le groupe de Mark Zuckerberg")?"""
        return (
            k + 1 < len(self.tokens)
            and self.tokens[k].lower in self.lex.DEFINITE
            and self.tokens[k + 1].lower in self.lex.ORGANISATION_NOUNS
        )

    def _document_issuer(self, j: int) -> SpeakerRef | None:
        """The organisation or person issuing a document named at token j ("un bilan provisoire de
        l'Institut…", "a report by the United Nations"), if named within the next few words."""
        head = next((k for k in range(j, min(j + 3, len(self.tokens)))
                     if self.tokens[k].lower in self.lex.DOCUMENT_NOUNS), None)
        if head is None:
            return None
        for t in self.tokens[head + 1 : head + 6]:
            m = self._mention_at(t.start)
            if m is not None and m.type in ("PER", "PERSON", "ORG") and "," not in m.text:
                return self._mention_ref(m)
            if not t.text[:1].isalnum():
                return None
        return None

    def _mention_at(self, pos: int) -> Mention | None:
        """The first mention (in text order) covering `pos`."""
        index = self.__dict__.get("_mention_cover")
        if index is None:  # mention starts, and the furthest end reached up to each mention
            index = self._mention_cover = (
                [m.start for m in self.mentions], list(accumulate((m.end for m in self.mentions), max))
            )
        starts, reach = index
        k = bisect.bisect_right(reach, pos)  # the first mention ending after pos
        return self.mentions[k] if k < len(starts) and starts[k] <= pos else None

    def _mention_ref(self, m: Mention) -> SpeakerRef:
        return SpeakerRef(m.start, m.end, m.text, "mention", mention=m)
