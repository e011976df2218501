"""Names and attributes of the persons of an article: unified canonical names, name matching,
gender (given names, titles, role words, following pronouns) and role words."""

from __future__ import annotations

import bisect
import dataclasses

from veille.analyze.quote_cues import Lexicon
from veille.analyze.speaker_refs import (
    PERSON_TYPES,
    _find_word,
    _given_names,
    ending_gender,
    fold,
    name_tokens,
)
from veille.model import Mention

# words that make a capitalised phrase an organisation even after a given name ("Christian Science Monitor")
_NOT_PERSON_WORDS = frozenset(
    """party foundation institute university college school news times post journal group
    company corp inc association council committee center centre fund bank church club
    network show magazine media press agency campaign street avenue road square county city""".split()
)


def with_named_persons(mentions: list[Mention], lex: Lexicon, text: str) -> list[Mention]:
    """NER sometimes types a person as an organisation ("Carly Fiorina" ORG): a mention of two to
    four capitalised words opening with a known given name is a person, and so is a one-word
    mention repeating such a person's surname, or a person's surname followed by a verb
    ("Christie wasn't")."""
    given = _given_names(lex.lang)
    known = given["m"] | given["f"]
    promoted: set[str] = set()
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.type in ("ORG", "MISC")
            and 2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and fold(words[0]) in known
            and not any(fold(w) in _NOT_PERSON_WORDS for w in words)
        ):
            m = dataclasses.replace(m, type="PER")
            promoted.add(name_tokens(m.text)[-1])
        out.append(m)
    surnames = promoted | {
        name_tokens(m.text)[-1] for m in out if m.type in PERSON_TYPES and name_tokens(m.text)
    }
    return [
        dataclasses.replace(m, type="PER")
        if m.type in ("ORG", "MISC")
        and len(m.text.split()) == 1
        and fold(m.text) in surnames
        and (fold(m.text) in promoted or _verb_follows(text, m.end, lex))
        else m
        for m in out
    ]


def _verb_follows(text: str, pos: int, lex: Lexicon) -> bool:
    """A verb right after pos ("Christie wasn't", "Fiorina told"): the word before is a subject."""
    words = [w.strip(".,;:") for w in text[pos : pos + 40].split()]
    if words and words[0].lower() in lex.ADVERBS:
        words = words[1:]
    return bool(words) and is_verb_word(words[0], lex)


def is_verb_word(word: str, lex: Lexicon) -> bool:
    """An auxiliary (also negated: "wasn't"), a reporting verb form or a lower-case past form."""
    w = word.lower().replace("’", "'")
    base = w.split("n'")[0] if "n'" in w else w  # "wasn't" -> "was"
    return (
        w in lex.AUXILIARIES
        or base in lex.AUXILIARIES
        or base + "n" in lex.AUXILIARIES  # "can't", "won't" -> "ca", "wo"
        or w in lex.forms
        or (w.isalpha() and w.endswith(lex.VERB_ENDINGS[-1:]))
    )


class _PersonNames:
    """Name, gender and role methods of `speakers.People`."""

    # ---- names ----
    def _unify_names(self) -> dict[str, str]:
        """Map each person canonical to the fullest name in the article that ends with it."""
        titles = {fold(t).rstrip(".") for t in self.lex.TITLES}
        full: dict[str, str] = {}
        names = []
        for m in self.mentions:
            if m.type in PERSON_TYPES:
                toks = [t for t in name_tokens(m.canonical) if t not in titles]
                names.append((m.canonical, toks))
        by_last: dict[str, list[tuple[str, list[str]]]] = {}  # the names ending with each word, in order
        for canonical, toks in names:
            if toks:
                by_last.setdefault(toks[-1], []).append((canonical, toks))
        for canonical, toks in names:
            if not toks or canonical in full:
                continue
            best = canonical
            best_len = len(toks)
            for other, otoks in by_last[toks[-1]]:
                if len(otoks) > best_len and otoks[-len(toks) :] == toks:
                    best, best_len = other, len(otoks)
            full[canonical] = best if best_len > len(toks) else self._strip_title(canonical, titles)
        return full

    @staticmethod
    def _strip_title(name: str, titles: set[str]) -> str:
        words = name.split()
        while len(words) > 1 and fold(words[0]).rstrip(".") in titles:
            words = words[1:]
        return " ".join(words)

    def canonical_of(self, m: Mention) -> str:
        full = self.canonical.get(m.canonical, m.canonical)
        if full == m.canonical or len(self._fulls_for(m.canonical)) < 2:
            return full
        # several people share the surname ("Bill Clinton", "Hillary Clinton"): the latest named before
        best = None
        for other in self.mentions:
            if other.start >= m.start:
                break
            if other.type in PERSON_TYPES and other.canonical in self._fulls_for(m.canonical):
                best = other.canonical
        return best or full

    def _fulls_for(self, canonical: str) -> set[str]:
        cache = self.__dict__.setdefault("_fulls_cache", {})
        if canonical not in cache:
            cache[canonical] = self._compute_fulls(canonical)
        return cache[canonical]

    def _compute_fulls(self, canonical: str) -> set[str]:
        toks = name_tokens(canonical)
        return (
            {
                o.canonical
                for o in self.mentions
                if o.type in PERSON_TYPES
                and len(name_tokens(o.canonical)) > len(toks)
                and name_tokens(o.canonical)[-len(toks) :] == toks
            }
            if toks
            else set()
        )

    def match_name(self, name: str, before: int | None = None) -> str | None:
        """Canonical person whose name ends with (or equals) `name`, nearest before `before`."""
        titles = {fold(t).rstrip(".") for t in self.lex.TITLES}
        toks = [t for t in name_tokens(name) if t not in titles]
        if not toks:
            return None
        found = None
        for p in self.persons:
            ptoks = name_tokens(p.canonical)
            if ptoks[-len(toks) :] == toks or (len(toks) == 1 and toks[0] in ptoks):
                found = p.canonical
                if before is not None and p.start > before and found:
                    break
        return found

    # ---- attributes of persons ----
    def gender_of(self, name: str) -> str | None:
        if name in self._gender_cache:
            return self._gender_cache[name]
        votes = self._gender_votes(name, titles=True)
        g = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None
        self._gender_cache[name] = g
        return g

    def gender_from_titles_only(self, name: str) -> bool:
        """Is the person's gender known only from titles and role nouns ("la représentante …")?
        Translations get those wrong; given names and pronouns are better evidence."""
        return self.gender_of(name) is not None and not any(self._gender_votes(name, titles=False).values())

    def _gender_votes(self, name: str, titles: bool) -> dict[str, int]:
        votes = {"m": 0, "f": 0}
        given = fold(name.split()[0]) if len(name.split()) > 1 else ""
        names = _given_names(self.lex.lang)
        if given in names["m"]:
            votes["m"] += 3
        elif given in names["f"]:
            votes["f"] += 3
        elif ending_gender(given):
            votes["f"] += 1
        for g, n in self._chain_votes().get(name, {}).items():
            votes[g] += 2 * n
        positions = [p.start for p in self.persons if p.canonical == name]
        for p in self.persons if titles else ():
            if p.canonical == name:
                g = p.mention.gender or self._gender_before(p.start)
                if g in votes:
                    votes[g] += 2
        if not positions:
            head = name.split()[-1] if name.split() else ""
            if head[:1].isupper():
                positions = [i for i in _find_word(self.text, head) if not self.in_quote(i)]
        pronoun_gender = self.lex.PRONOUN_GENDER
        person_starts = [p.start for p in self.persons]
        for pos in positions:
            s = self.sentence_of(pos)
            end = self.sentence_starts[s + 2] if s + 2 < len(self.sentence_starts) else len(self.text)
            if not self._sentence_initial(pos):
                continue
            k = bisect.bisect_right(person_starts, pos)
            if k < len(person_starts) and person_starts[k] < end and self.persons[k].canonical != name:
                end = person_starts[k]
            i = bisect.bisect_right(self.token_starts, pos)
            while i < len(self.tokens) and self.tokens[i].start < end:
                g = pronoun_gender.get(self.tokens[i].lower)
                if g and not self.in_quote(self.tokens[i].start):
                    votes[g] += 1
                i += 1
        return votes

    def _chain_votes(self) -> dict[str, dict[str, int]]:
        """Per person, how often a sentence they are the subject of is followed by one whose
        subject is he / she (il / elle)."""
        if not hasattr(self, "_chains"):
            self._chains: dict[str, dict[str, int]] = {}
            for s in range(len(self.sentence_starts) - 1):
                subj, nxt = self.sentence_subject(s), self.sentence_subject(s + 1)
                if (
                    subj
                    and nxt
                    and subj.kind == "person"
                    and subj.name
                    and nxt.kind == "pronoun"
                    and nxt.gender in ("m", "f")
                ):
                    found = self._chains.setdefault(subj.name, {})
                    found[nxt.gender] = found.get(nxt.gender, 0) + 1
        return self._chains

    def _gender_before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.token_starts, pos)
        for j in range(i - 1, max(i - 4, -1), -1):
            w = self.tokens[j].lower
            if w in self.lex.TITLES and self.lex.TITLES[w]:
                return self.lex.TITLES[w]
            if w in self.lex.ROLE_NOUNS and self.lex.ROLE_NOUNS[w]:
                return self.lex.ROLE_NOUNS[w]
            definite = self.lex.DEFINITE
            if isinstance(definite, dict) and w in definite and definite[w] and j < i - 1:
                return definite[w]
            if not w[:1].isalpha():
                break
        return None

    @property
    def roles(self) -> dict[str, set[str]]:
        if self._role_cache is None:
            self._role_cache = self._roles()
        return self._role_cache

    def _roles(self) -> dict[str, set[str]]:
        roles: dict[str, set[str]] = {}
        for p in self.persons:
            found = roles.setdefault(p.canonical, set())
            for attr in (p.mention.role, p.mention.title):
                if attr:
                    found.update(t for t in fold(attr).split() if t)
            # role words next to the name, in the same sentence: "le vice-ministre X", "X, the diplomat,"
            lo = max(self.sentence_starts[p.sentence] if p.sentence >= 0 else 0, p.start - 80)
            next_sentence = p.sentence + 1
            end = self.sentence_starts[next_sentence] if next_sentence < len(self.sentence_starts) else len(self.text)
            hi = min(end, p.end + 80)
            window = self.text[lo : p.start] + " " + self.text[p.end : hi]
            for w in name_tokens(window.replace("-", "_")):
                w = w.replace("_", "-")
                if w in self.lex.ROLE_NOUNS or w in self.lex.TITLES:
                    found.add(w)
        return roles
