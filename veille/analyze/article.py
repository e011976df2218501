"""Analysis of one article: a pure function from `Article` to `Analysis`, and its parallel map.

Nothing here touches the store or the network, so it runs in worker processes. Each worker
loads the spaCy models once (see nlp.py) and keeps them for every article it receives.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from veille.analyze.entities import find_entities
from veille.analyze.events import find_events
from veille.analyze.figures import find_figures
from veille.analyze.language import detect_language
from veille.analyze.nlp import DEEP_LANGUAGES, ner_docs
from veille.analyze.quotes import find_quotes
from veille.analyze.times import find_times
from veille.model import Analysis, Article

# Below this many articles a pool costs more (model loading per worker) than it saves.
PARALLEL_THRESHOLD = 64


def analysis_language(article: Article) -> str | None:
    return article.language or detect_language(article.text)


def analyze_article(article: Article, doc=None) -> Analysis:
    """Entities, quotes, times, figures and events of one article. `doc` may be a precomputed ner_doc."""
    lang = analysis_language(article)
    if lang != article.language:
        article.language = lang
    times = find_times(article)
    figures = find_figures(article)
    if lang not in DEEP_LANGUAGES:
        return Analysis(article.id, lang, deep=False, times=times, figures=figures)
    if doc is None:
        doc = next(ner_docs([article.text], lang))
    mentions = find_entities(article, doc)
    quotes = find_quotes(article, doc, mentions)
    events = find_events(article, doc, mentions, times)
    return Analysis(
        article.id, lang, deep=True, entities=mentions, quotes=quotes, times=times, figures=figures, events=events
    )


def _analyze_chunk(articles: list[Article]) -> list[Analysis]:
    return list(_analyze_serial(articles))


def _analyze_serial(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Batch the NER pass per language with nlp.pipe, then finish each article."""
    articles = list(articles)
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_lang.setdefault(analysis_language(article) or "", []).append(i)
    docs: dict[int, object] = {}
    for lang, indexes in by_lang.items():
        if lang in DEEP_LANGUAGES:
            for i, doc in zip(indexes, ner_docs((articles[i].text for i in indexes), lang), strict=True):
                docs[i] = doc
    for i, article in enumerate(articles):
        yield analyze_article(article, docs.get(i))


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def analyze_many(
    articles: list[Article],
    processes: int | None = None,
    chunk_size: int = 32,
    on_done: Callable[[int], None] | None = None,
) -> list[Analysis]:
    """Analyse many articles, in several processes when there are enough of them. Keeps input order."""
    processes = processes or default_processes()
    if processes <= 1 or len(articles) < PARALLEL_THRESHOLD:
        results = []
        for i in range(0, len(articles), chunk_size):
            results.extend(_analyze_chunk(articles[i : i + chunk_size]))
            if on_done:
                on_done(len(articles[i : i + chunk_size]))
        return results
    chunks = [articles[i : i + chunk_size] for i in range(0, len(articles), chunk_size)]
    results: list[Analysis] = []
    with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("fork")) as pool:
        for chunk, analyses in zip(chunks, pool.map(_analyze_chunk, chunks), strict=True):
            results.extend(analyses)
            if on_done:
                on_done(len(chunk))
    return results
