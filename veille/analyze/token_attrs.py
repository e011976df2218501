"""The model's `attribute_ruler` and `lemmatizer`, with the same output at a fraction of the cost.

spaCy's attribute ruler runs a Matcher of a few hundred token patterns over every document (most
of them "TAG is X" or "LOWER is Y and TAG is X"), and the rule lemmatizer recomputes base forms
token by token. On the short sentences the parse view handles, the two cost as much as the parser.

`TokenAttributes(nlp)` reads the model's own patterns and lemmatizer, once:
- one-token patterns become lookups indexed by their LOWER, TAG or POS value, and the verdict for a
  token's features (tag, POS, lower form, dependency, space) is cached;
- patterns of several tokens (a handful) still go through a Matcher of their own;
- matches are applied in the ruler's order (later patterns win), then lemmas come from the model's
  lemmatizer, cached per (form, POS, morphology), for the tokens the ruler left without one.

The result is token for token what the two components give (tests/test_token_attrs.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Token features a one-token pattern may test, with their string getters. The cache key of a token
# is made of their integer values, read for the whole doc at once with `Doc.to_array`.
_FEATURES: dict[str, Callable] = {
    "TAG": lambda t: t.tag_,
    "POS": lambda t: t.pos_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
_ARRAY_ATTR = {"TEXT": "ORTH"}  # the `Doc.to_array` name of a feature, where it differs
_INDEXED = ("LOWER", "ORTH", "TEXT", "TAG", "POS")  # pattern keys good for narrowing the candidates
_CACHE_LIMIT = 500_000


def _predicate(key: str, spec) -> Callable | None:
    """A test on a token's string feature, or None when the spec is beyond what is compiled here."""
    if key not in _FEATURES:
        return None
    get = _FEATURES[key]
    if isinstance(spec, (str, bool, int)):
        return lambda t: get(t) == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN":
            values = frozenset(arg)
            return lambda t: get(t) in values
        if op == "NOT_IN":
            values = frozenset(arg)
            return lambda t: get(t) not in values
        if op == "REGEX":
            regex = re.compile(arg)
            return lambda t: bool(regex.search(get(t)))
    return None


def _index_keys(token_pattern: dict) -> list[tuple[str, str]] | None:
    for key in _INDEXED:
        spec = token_pattern.get(key)
        if isinstance(spec, str):
            return [(key, spec)]
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return [(key, v) for v in spec["IN"]]
    return None


class TokenAttributes:
    """Callable on a parsed Doc: sets POS, morphology, lemmas... as attribute_ruler + lemmatizer would."""

    def __init__(self, nlp) -> None:
        from spacy.matcher import Matcher

        self.ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.attrs: list[dict] = []
        self.indexed: dict[tuple[str, str], list[tuple[int, list]]] = {}
        self.generic: list[tuple[int, list]] = []
        self.features: list[str] = []
        self.multi = Matcher(nlp.vocab)
        self.has_multi = False
        self._verdicts: dict[tuple, tuple[int, ...]] = {}
        self._merges: dict[tuple[int, ...], dict] = {}
        self._lemmas: dict[tuple, str] = {}
        if self.ruler is not None:
            self._compile(nlp)
        if self.lemmatizer is not None:
            self._lemmatize_token = _rule_lemmatizer(self.lemmatizer) or self.lemmatizer.lemmatize

    def _compile(self, nlp) -> None:
        ruler = self.ruler
        self.attrs = list(ruler.attrs)
        used: set[str] = set()
        for i in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(i))
            for pattern in patterns:
                tests = [_predicate(k, v) for k, v in pattern[0].items()] if len(pattern) == 1 else [None]
                if ruler.indices[i] not in (0, -1) or None in tests or not tests:
                    self.multi.add(str(i), [pattern])
                    self.has_multi = True
                    continue
                used |= set(pattern[0])
                entry = (i, tests)
                keys = _index_keys(pattern[0])
                if keys is None:
                    self.generic.append(entry)
                for key in keys or []:
                    self.indexed.setdefault(key, []).append(entry)
        self.features = sorted(used)
        self._feature_attrs = [_ARRAY_ATTR.get(f, f) for f in self.features]
        self._index_getters = [(k, _FEATURES[k]) for k in _INDEXED if k in used]
        self.indices = list(ruler.indices)

    def _matching(self, token) -> tuple[int, ...]:
        """Ids of the one-token patterns this token matches, in the ruler's order."""
        candidates = list(self.generic)
        for key, get in self._index_getters:
            candidates += self.indexed.get((key, get(token)), [])
        return tuple(sorted({i for i, tests in candidates if all(test(token) for test in tests)}))

    def _merged(self, ids: tuple[int, ...]) -> dict:
        """The attributes a run of matches sets, later patterns overriding earlier ones."""
        merged = self._merges.get(ids)
        if merged is None:
            merged = {}
            for i in ids:
                merged.update(self.attrs[i])
            self._merges[ids] = merged
        return merged

    def __call__(self, doc):
        if self.ruler is not None:
            self._rule(doc)
        if self.lemmatizer is not None:
            self._lemmatize(doc)
        return doc

    def _rule(self, doc) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        extra: dict[int, list[int]] = {}
        if self.has_multi:  # matched on the doc as the parser left it, like the ruler does
            strings = self.multi.vocab.strings
            for match_id, start, end in self.multi(doc, allow_missing=True):
                i = int(strings[match_id])
                index = self.indices[i]
                extra.setdefault((start if index >= 0 else end) + index, []).append(i)
        verdicts = self._verdicts
        if len(verdicts) > _CACHE_LIMIT:
            verdicts.clear()
        settings = []
        # The features of every token at once (IS_SPACE as 0/1): a cache key per token without
        # building the Token.
        if len(doc) and self._feature_attrs:
            keys = map(tuple, doc.to_array(self._feature_attrs).tolist())
        else:
            keys = [()] * len(doc)
        for i, key in enumerate(keys):
            ids = verdicts.get(key)
            if ids is None:
                ids = verdicts[key] = self._matching(doc[i])
            if extra and i in extra:
                ids = tuple(sorted(set(ids) | set(extra[i])))
            if ids:
                settings.append((doc[i], self._merged(ids)))
        for token, merged in settings:  # set only once every match is known, like the ruler
            set_token_attrs(token, merged)

    def _lemmatize(self, doc) -> None:
        lemmatize = self._lemmatize_token
        overwrite = self.lemmatizer.overwrite
        lemmas = self._lemmas
        if len(lemmas) > _CACHE_LIMIT:
            lemmas.clear()
        if not len(doc):
            return
        for i, (orth, pos, morph, old) in enumerate(doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()):
            if overwrite or old == 0:
                key = (orth, pos, morph)  # (token.orth, token.pos, token.morph.key)
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = lemmas[key] = lemmatize(doc[i])[0]
                doc[i].lemma_ = lemma


class _IndexAsSets:
    """A lemmatizer's lookups where the word index (`lemma_index`: part of speech -> known lemmas,
    stored as long lists) answers membership tests in constant time. That is all the rule
    lemmatizers do with it; the other tables are the model's own."""

    def __init__(self, lookups) -> None:
        from spacy.lookups import Table

        self.lookups = lookups
        self.index = None
        if lookups.has_table("lemma_index"):
            self.index = Table(name="lemma_index")
            for key, words in lookups.get_table("lemma_index").items():
                self.index[key] = frozenset(words)

    def __contains__(self, name: str) -> bool:
        return name in self.lookups

    def get_table(self, name: str, default=None):
        if name == "lemma_index" and self.index is not None:
            return self.index
        return self.lookups.get_table(name, default)


class _RuleLemmatizer:
    """The model's own rule lemmatizer code (`rule_lemmatize` of its class), run over `_IndexAsSets`."""

    def __init__(self, lemmatizer) -> None:
        self._cls = type(lemmatizer)
        self.cache: dict = {}
        self.lookups = _IndexAsSets(lemmatizer.lookups)
        self.is_base_form = lemmatizer.is_base_form

    def lookup_lemmatize(self, token) -> list[str]:
        return self._cls.lookup_lemmatize(self, token)

    def rule_lemmatize(self, token) -> list[str]:
        return self._cls.rule_lemmatize(self, token)


def _rule_lemmatizer(lemmatizer) -> Callable | None:
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lookups"):
        return None
    return _RuleLemmatizer(lemmatizer).rule_lemmatize
