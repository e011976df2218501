"""Word tables for entity mentions, loaded per language, and small token helpers shared by analyze/.

Tables come from `veille/analyze/lang/<lang>/entities.py` (one module per language, same names).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

QUOTES = set("\"'«»“”‘’`()[]{}")
_ROLE_PREFIXES = ("vice-", "ex-", "sous-", "co-", "pro-", "vice", "co")  # tried in this order
_CACHE_SIZE = 1 << 16  # words whose role reading a Tables keeps


@dataclass
class Tables:
    """The per-language word tables entity cleaning uses (see veille/analyze/lang/*/entities.py)."""

    determiners: set[str]
    elisions: tuple[str, ...]
    determiner_gender: dict[str, str]
    article_names: set[str]
    particles: set[str]
    honorifics: dict[str, str | None]
    role_nouns: dict[str, str | None]
    role_modifiers: set[str]
    portfolio: set[str]
    role_connectors: set[str]
    portfolio_leads: set[str]
    demonyms: dict[str, str | None]
    role_stops: set[str]
    locative: set[str]
    actor_prepositions: set[str]
    political_verbs: set[str]
    name_links: set[str]
    plural_places: set[str]
    org_first: set[str]
    org_last: set[str]
    org_nouns_before: set[str]
    abbreviations: set[str]
    name_heads: set[str]
    compass_points: set[str]
    place_adjectives: set[str]
    empire_words: set[str]
    common_acronyms: set[str]
    place_heads: set[str]
    event_words: set[str]
    pronoun_surnames: set[str]
    kinship: dict[str, str]
    origin_links: dict[str, bool]
    origin_articles: set[str]
    coordinators: set[str]
    given_names: frozenset[str]
    non_personal: set[str]
    articles: set[str]
    facility_heads: dict[str, str]
    occupation_suffixes: tuple[str, ...]
    admin_heads: set[str]
    admin_links: set[str]
    admin_head_after: bool
    diseases: set[str]
    demonym_endings: tuple[str, ...]
    disease_heads: set[str]
    finite_verbs: frozenset[str]
    # role_gender and is_role_lower by lower-case word: asked for the same words in every article
    _roles: dict[str, tuple[bool, str | None]] = field(default_factory=dict, repr=False, compare=False)
    _role_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_module(cls, mod) -> Tables:
        return cls(
            determiners=mod.DETERMINERS, elisions=tuple(mod.ELISIONS), determiner_gender=mod.DETERMINER_GENDER,
            article_names={normalize_apostrophes(n) for n in mod.ARTICLE_NAMES}, particles=mod.NAME_PARTICLES,
            honorifics=mod.HONORIFICS, role_nouns={**mod.OCCUPATION_NOUNS, **mod.ROLE_NOUNS},
            role_modifiers=mod.ROLE_MODIFIERS,
            portfolio=mod.PORTFOLIO_WORDS, role_connectors=mod.ROLE_CONNECTORS, demonyms=mod.DEMONYMS,
            portfolio_leads=mod.PORTFOLIO_LEADS,
            role_stops=mod.ROLE_STOPS, locative=mod.LOCATIVE_PREPOSITIONS,
            actor_prepositions=mod.ACTOR_PREPOSITIONS, political_verbs=mod.POLITICAL_VERBS,
            name_links=mod.NAME_LINKS, plural_places=mod.PLURAL_PLACES,
            org_first=mod.ORG_FIRST_WORDS, org_last=mod.ORG_LAST_WORDS,
            org_nouns_before=mod.ORG_NOUNS_BEFORE, abbreviations=mod.NAME_ABBREVIATIONS,
            name_heads=mod.NAME_HEADS,
            compass_points=mod.COMPASS_POINTS, place_adjectives=mod.PLACE_ADJECTIVES, empire_words=mod.EMPIRE_WORDS,
            common_acronyms=mod.COMMON_ACRONYMS, place_heads=mod.PLACE_HEADS,
            event_words=mod.EVENT_WORDS, pronoun_surnames=mod.PRONOUN_SURNAMES,
            kinship=mod.KINSHIP_GENDER, origin_links=mod.ORIGIN_LINKS, origin_articles=mod.ORIGIN_ARTICLES,
            coordinators=mod.COORDINATORS, given_names=mod.GIVEN_NAMES, non_personal=mod.NON_PERSONAL_WORDS,
            articles=mod.ARTICLES, facility_heads=mod.FACILITY_HEADS,
            occupation_suffixes=tuple(mod.OCCUPATION_SUFFIXES), admin_heads=mod.ADMIN_HEADS,
            admin_links=mod.ADMIN_LINKS, admin_head_after=mod.ADMIN_HEAD_AFTER,
            diseases={normalize_apostrophes(d) for d in mod.DISEASE_NAMES}, disease_heads=mod.DISEASE_HEADS,
            finite_verbs=_finite_verbs(mod), demonym_endings=tuple(mod.DEMONYM_ENDINGS),
        )

    def honorific_at(self, toks: DocTokens, k: int) -> bool:
        """Is token k a courtesy title ("M.", "Mrs", "Dr")?"""
        low = toks.lowers[k]
        if low in self.honorifics:
            # A bare "M" is a title only when a full stop follows ("M. Dupont").
            return low not in ("m", "mm") or (k + 1 < len(toks.words) and toks.words[k + 1] == ".")
        return False

    def role_gender(self, word: str) -> tuple[bool, str | None]:
        """Is `word` a role noun (also with a vice-/ex-/sous-/co- prefix), and its gender hint."""
        low = word.lower()
        found = self._roles.get(low)
        if found is None:
            found = self._role_gender(low)
            if len(self._roles) < _CACHE_SIZE:
                self._roles[low] = found
        return found

    def _role_gender(self, low: str) -> tuple[bool, str | None]:
        if low in self.role_nouns:
            return True, self.role_nouns[low]
        if low.startswith(_ROLE_PREFIXES):  # one test first: most words have none of them
            for prefix in _ROLE_PREFIXES:
                if low.startswith(prefix) and low[len(prefix):] in self.role_nouns:
                    return True, self.role_nouns[low[len(prefix):]]
        if low.endswith("s") and low[:-1] in self.role_nouns:
            return True, None
        if low.endswith(self.occupation_suffixes) and low not in self.given_names and "-" not in low:
            return True, None  # "epidemiologist", "virologue": a trade by its form
        return False, None

    def verb_after_name(self, toks: DocTokens, k: int) -> bool:
        """Is token k a finite verb, as after a subject ("Tedros called on donors", "Tedros a appelé")?"""
        return k < len(toks.words) and toks.words[k].islower() and toks.norms[k] in self.finite_verbs

    def is_role_lower(self, low: str) -> bool:
        """Is the lower-case word part of a function phrase: role noun, modifier, portfolio or nationality?"""
        found = self._role_words.get(low)
        if found is None:
            found = (self.role_gender(low)[0] or low in self.role_modifiers or low in self.portfolio
                     or low in self.demonyms or low.rstrip(".") in self.role_modifiers)
            if len(self._role_words) < _CACHE_SIZE:
                self._role_words[low] = found
        return found


def _finite_verbs(mod) -> frozenset[str]:
    """The language's FINITE_VERBS and the forms VERB_INFLECTIONS make of its POLITICAL_VERBS
    ("call" -> "calls", "called"; "appeler" -> "appelle", "appelait")."""
    forms = set(mod.FINITE_VERBS)
    for lemma in mod.POLITICAL_VERBS:
        for ending, form in mod.VERB_INFLECTIONS:
            if lemma.endswith(ending) and " " not in lemma and "'" not in lemma:
                forms.add(lemma[:len(lemma) - len(ending)] + form)
    return frozenset(forms)


def doc_text(doc) -> str:
    """`doc.text`, computed once per doc (spaCy rebuilds it from the tokens at every access)."""
    text = doc.user_data.get("veille_text")
    if text is None:
        text = doc.user_data["veille_text"] = doc.text
    return text


@dataclass(slots=True)
class DocTokens:
    """Columns of a doc's tokens, built once per doc (`doc_tokens`): reading a list costs far less
    than building a spaCy Token (`doc[k]`) or Span (`doc.char_span`) for every attribute read."""

    text: str
    words: list[str]  # token texts
    lowers: list[str]  # spaCy's `lower_`
    norms: list[str]  # lower case with straight apostrophes (`normalize_apostrophes`)
    starts: list[int]  # char offsets (`idx`)
    ends: list[int]  # char offsets just after the tokens
    spaced: list[bool]  # white space after the token (`whitespace_`)
    spaces: list[bool]  # the token is white space (`is_space`)
    puncts: list[bool]  # `is_punct`
    marks: list[bool]  # punctuation or white space (`is_punct or is_space`)
    sent_starts: list[bool]  # `is_sent_start`
    # char_span's answers: every stage asks for the token range of the same mentions
    _spans: dict[tuple[int, int, bool], tuple[int, int] | None] = field(default_factory=dict)

    def span_text(self, i: int, j: int) -> str:
        """`doc[i:j].text` (i < j)."""
        return self.text[self.starts[i] : self.ends[j - 1]]

    def char_span(self, start: int, end: int, expand: bool = False) -> tuple[int, int] | None:
        """Token range (i, j) of `doc.char_span(start, end)` (`alignment_mode="expand"` with `expand`),
        None where spaCy gives no span."""
        key = (start, end, expand)
        if key not in self._spans:
            self._spans[key] = self._char_span(start, end, expand)
        return self._spans[key]

    def _char_span(self, start: int, end: int, expand: bool) -> tuple[int, int] | None:
        if not (0 <= start < len(self.text) and 0 < end <= len(self.text)):
            return None
        # the tokens holding the first and the last char (a token's trailing space included)
        i, last = bisect_right(self.starts, start) - 1, bisect_right(self.starts, end - 1) - 1
        if expand:
            if start == self.ends[i]:
                i += 1  # the trailing space of a token is not part of it
        elif start != self.starts[i] or end != self.ends[last]:
            return None
        return i, last + 1

    def sent_end(self, k: int) -> int:
        """End (token index) of the sentence holding token k (`doc[k].sent.end`)."""
        n = len(self.words)
        k += 1
        while k < n and not self.sent_starts[k]:
            k += 1
        return k


def doc_tokens(doc) -> DocTokens:
    """The token columns of the doc, built once per doc."""
    toks = doc.user_data.get("veille_tokens")
    if toks is None:
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START, SPACY

        text = doc_text(doc)
        columns = doc.to_array([IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, SENT_START])
        starts, ends = columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist()
        words = [text[start:end] for start, end in zip(starts, ends, strict=True)]
        lowers = list(map(str.lower, words))
        # lower() then straightening is normalize_apostrophes: lowering makes no apostrophe
        norms = [w.replace("’", "'") for w in lowers] if "’" in text else lowers
        toks = doc.user_data["veille_tokens"] = DocTokens(
            text, words, lowers, norms, starts, ends, columns[:, 2].astype(bool).tolist(),
            columns[:, 4].astype(bool).tolist(), columns[:, 3].astype(bool).tolist(),
            (columns[:, 3] | columns[:, 4]).astype(bool).tolist(), (columns[:, 5] == 1).tolist(),
        )
    return toks


def inside(start: int, end: int, zones: list[tuple[int, int]]) -> bool:
    """Does [start, end) lie within one of the char zones?"""
    return any(a <= start and end <= b for a, b in zones)


def normalize_apostrophes(text: str) -> str:
    return text.replace("’", "'").lower()


def name_token_at(toks: DocTokens, k: int, tables: Tables, first: bool) -> bool:
    """Could token k be part of a proper name (capitalised, an initial, a particle inside a name)?"""
    text = toks.words[k]
    if not text or toks.spaces[k]:
        return False
    if text[0].isupper() or text[0].isdigit() and not first:
        return True
    if not first and toks.lowers[k] in tables.particles:
        return True
    # al-Assad, bin-Laden, iPhone, de-Gaulle: a lower-case token holding an upper-case letter
    return any(c.isupper() for c in text[1:])


def at_sentence_start(toks: DocTokens, k: int) -> bool:
    """Does token k open a sentence, a line, or the text after a dateline (quotes and dashes aside)?"""
    words = toks.words
    i = k
    dash = False
    while i > 0:
        prev = words[i - 1]
        if toks.spaces[i - 1] or "\n" in prev:
            return True
        if dash and prev == ")":
            return True  # after a dateline: "BRUSSELS (Reuters) - The European Union"
        if prev in QUOTES or prev in ("-", "–", "—", ":"):
            dash = dash or prev in ("-", "–", "—")
            i -= 1
            continue
        return toks.sent_starts[k] or toks.sent_starts[i] or prev in (".", "!", "?")
    return True
