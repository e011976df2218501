"""Word tables for entity mentions, loaded per language, and small token helpers shared by analyze/.

Tables come from `veille/analyze/lang/<lang>/entities.py` (one module per language, same names).
"""

from __future__ import annotations

from dataclasses import dataclass

QUOTES = set("\"'«»“”‘’`()[]{}")
_ROLE_PREFIXES = ("vice-", "ex-", "sous-", "co-", "pro-", "vice", "co")  # tried in this order


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

    @classmethod
    def from_module(cls, mod) -> Tables:
        return cls(
            determiners=mod.DETERMINERS, elisions=tuple(mod.ELISIONS), determiner_gender=mod.DETERMINER_GENDER,
            article_names={normalize_apostrophes(n) for n in mod.ARTICLE_NAMES}, particles=mod.NAME_PARTICLES,
            honorifics=mod.HONORIFICS, role_nouns=mod.ROLE_NOUNS, role_modifiers=mod.ROLE_MODIFIERS,
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
            event_words=mod.EVENT_WORDS,
        )

    def is_honorific(self, tok) -> bool:
        return self.honorific_at(doc_tokens(tok.doc), tok.i)

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
        if low in self.role_nouns:
            return True, self.role_nouns[low]
        if low.startswith(_ROLE_PREFIXES):  # one test first: most words have none of them
            for prefix in _ROLE_PREFIXES:
                if low.startswith(prefix) and low[len(prefix):] in self.role_nouns:
                    return True, self.role_nouns[low[len(prefix):]]
        if low.endswith("s") and low[:-1] in self.role_nouns:
            return True, None
        return False, None

    def is_role_word(self, tok) -> bool:
        """Part of a function phrase: role noun, modifier, portfolio or nationality."""
        return self.is_role_lower(tok.lower_)

    def is_role_lower(self, low: str) -> bool:
        """`is_role_word` for a lower-case token text."""
        return (self.role_gender(low)[0] or low in self.role_modifiers or low in self.portfolio
                or low in self.demonyms or low.rstrip(".") in self.role_modifiers)


def doc_text(doc) -> str:
    """`doc.text`, computed once per doc (spaCy rebuilds it from the tokens at every access)."""
    text = doc.user_data.get("veille_text")
    if text is None:
        text = doc.user_data["veille_text"] = doc.text
    return text


@dataclass(slots=True)
class DocTokens:
    """Columns of a doc's tokens, built once per doc (`doc_tokens`): reading a list costs far less
    than building a spaCy Token (`doc[k]`) for every attribute read."""

    text: str
    words: list[str]  # token texts
    lowers: list[str]  # spaCy's `lower_`
    starts: list[int]  # char offsets (`idx`)
    spaced: list[bool]  # white space after the token (`whitespace_`)
    spaces: list[bool]  # the token is white space (`is_space`)
    marks: list[bool]  # punctuation or white space (`is_punct or is_space`)

    def end(self, k: int) -> int:
        """Char offset just after token k."""
        return self.starts[k] + len(self.words[k])


def doc_tokens(doc) -> DocTokens:
    """The token columns of the doc, built once per doc."""
    toks = doc.user_data.get("veille_tokens")
    if toks is None:
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY

        text = doc_text(doc)
        columns = doc.to_array([IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE])
        starts, lengths = columns[:, 0].tolist(), columns[:, 1].tolist()
        words = [text[start : start + length] for start, length in zip(starts, lengths, strict=True)]
        spaces = columns[:, 4].astype(bool).tolist()
        toks = doc.user_data["veille_tokens"] = DocTokens(
            text, words, [w.lower() for w in words], starts, columns[:, 2].astype(bool).tolist(), spaces,
            (columns[:, 3] | columns[:, 4]).astype(bool).tolist(),
        )
    return toks


def token_texts(doc) -> list[str]:
    """The text of each token of the doc, built once per doc."""
    return doc_tokens(doc).words


def span_text(doc, i: int, j: int) -> str:
    """`doc[i:j].text` without building the Span (i < j)."""
    toks = doc_tokens(doc)
    return toks.text[toks.starts[i] : toks.end(j - 1)]


def normalize_apostrophes(text: str) -> str:
    return text.replace("’", "'").lower()


def is_name_token(tok, tables: Tables, first: bool) -> bool:
    """Could this token be part of a proper name (capitalised, an initial, a particle inside a name)?"""
    return name_token_at(doc_tokens(tok.doc), tok.i, tables, first)


def name_token_at(toks: DocTokens, k: int, tables: Tables, first: bool) -> bool:
    """`is_name_token` for token k of the columns `toks`."""
    text = toks.words[k]
    if not text or toks.spaces[k]:
        return False
    if text[0].isupper() or text[0].isdigit() and not first:
        return True
    if not first and toks.lowers[k] in tables.particles:
        return True
    # al-Assad, bin-Laden, iPhone, de-Gaulle: a lower-case token holding an upper-case letter
    return any(c.isupper() for c in text[1:])


def at_sentence_start(tok) -> bool:
    i = tok.i
    doc = tok.doc
    dash = False
    while i > 0:
        prev = doc[i - 1]
        if prev.is_space or "\n" in prev.text:
            return True
        if dash and prev.text == ")":
            return True  # after a dateline: "BRUSSELS (Reuters) - The European Union"
        if prev.text in QUOTES or prev.text in ("-", "–", "—", ":"):
            dash = dash or prev.text in ("-", "–", "—")
            i -= 1
            continue
        return tok.is_sent_start or doc[i].is_sent_start or prev.text in (".", "!", "?")
    return True
