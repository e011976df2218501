"""Analysis of one article: a pure function from `Article` to `Analysis`, and its parallel map.

Nothing here touches the store or the network, so it runs in worker processes. Each worker
loads the spaCy models once (see nlp.py) and keeps them for every article it receives.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context

from veille.analyze.countries import MetonymCheck, settle_metonyms
from veille.analyze.entities import PendingEntities, finish_entities, start_entities
from veille.analyze.events import code_events, event_sentences, event_texts
from veille.analyze.figures import find_figures
from veille.analyze.language import detect_language
from veille.analyze.nlp import DEEP_LANGUAGES, ner_docs
from veille.analyze.quotes import find_quotes_and_references
from veille.analyze.times import find_times
from veille.model import Analysis, Article, Figure, TimeExpr

# Below this many articles a pool costs more (model loading per worker) than it saves.
PARALLEL_THRESHOLD = 64
# Articles per chunk. The NER model runs once per chunk, in one batch of up to `ner_docs`' batch size
# (64): batches of 32 made the NER pass about 5% slower than bare NER over the same texts, and each
# chunk also pays a fixed cost for its tagger and parser calls.
CHUNK_SIZE = 64


def analysis_language(article: Article) -> str | None:
    return article.language or detect_language(article.text)


def analyze_article(article: Article, doc=None) -> Analysis:
    """Entities, quotes, times, figures and events of one article. `doc` may be a precomputed ner_doc."""
    analysis, spans, doc = _first_pass(article, doc)
    if spans:
        from veille.analyze import nlp

        parsed = nlp.parse_docs(event_texts(article, spans), analysis.language, one_sentence=True)
        analysis.events = code_events(article, spans, parsed, analysis)
    return analysis


def _first_pass(
    article: Article, doc=None, deferred: list[MetonymCheck] | None = None, events: bool = True
) -> tuple[Analysis, list[tuple[int, int]], object]:
    """Everything but the events, and the sentence spans the events need parsed (none unless
    `events`). With `deferred`, the capitals only the parser can settle wait there (see
    `find_entities`)."""
    started = _start(article, doc)
    return _finish(started, _tag_capitalised([started])[0], deferred, events)


@dataclass
class _Started:
    """An article's first pass up to the tagger's reading of capitalised sentence openers."""

    article: Article
    lang: str | None
    times: list[TimeExpr]
    figures: list[Figure]
    entities: PendingEntities | None  # None: no deep analysis in this language


def _start(article: Article, doc=None) -> _Started:
    lang = analysis_language(article)
    if lang != article.language:
        article.language = lang
    times = find_times(article)
    figures = find_figures(article, times)  # masks the time spans, which the anchor does not move
    if lang not in DEEP_LANGUAGES:
        return _Started(article, lang, times, figures, None)
    if doc is None:
        doc = next(ner_docs([article.text], lang))
    return _Started(article, lang, times, figures, start_entities(article, doc))


def _tag_capitalised(started: list[_Started]) -> list[list]:
    """The tagger's docs of every article's capitalised-word windows, one batch per language."""
    from veille.analyze import nlp

    tagged: list[list] = [[] for _ in started]
    by_lang: dict[str, list[int]] = {}
    for k, s in enumerate(started):
        if s.entities is not None and s.entities.capitalised.windows:
            by_lang.setdefault(s.entities.lang, []).append(k)
    for lang, indexes in by_lang.items():
        docs = iter(nlp.tag_docs([w for k in indexes for w in started[k].entities.capitalised.windows], lang))
        for k in indexes:
            tagged[k] = [next(docs) for _ in started[k].entities.capitalised.windows]
    return tagged


def _finish(
    started: _Started, tagged: list, deferred: list[MetonymCheck] | None, events: bool
) -> tuple[Analysis, list[tuple[int, int]], object]:
    article, lang, times, figures = started.article, started.lang, started.times, started.figures
    if started.entities is None:
        return Analysis(article.id, lang, deep=False, times=times, figures=figures), [], None
    doc = started.entities.doc
    mentions = finish_entities(started.entities, tagged, deferred)
    spans = event_sentences(article, doc) if events else []
    quotes, references = find_quotes_and_references(article, doc, mentions, spans)
    analysis = Analysis(article.id, lang, deep=True, entities=mentions, quotes=quotes, times=times, figures=figures,
                        references=references)
    return analysis, spans, doc


def _analyze_chunk(articles: list[Article], events: bool = True) -> list[Analysis]:
    return list(_analyze_serial(articles, events))


def _analyze_serial(articles: Iterable[Article], events: bool = True) -> Iterator[Analysis]:
    """Batch the NER pass per language with nlp.pipe, annotate each article (the tagger's check of
    capitalised sentence openers in one batch for all of them), then parse the sentences that
    settle capitals as governments, and the event sentences, of all the articles in one batch per
    language, and code their events (unless `events` is false)."""
    from veille.analyze import nlp

    articles = list(articles)
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_lang.setdefault(analysis_language(article) or "", []).append(i)
    docs: dict[int, object] = {}
    for lang, indexes in by_lang.items():
        if lang in DEEP_LANGUAGES:
            for i, doc in zip(indexes, ner_docs((articles[i].text for i in indexes), lang), strict=True):
                docs[i] = doc
    started = [_start(article, docs.pop(i, None)) for i, article in enumerate(articles)]
    deferred: list[MetonymCheck] = []
    passes = []
    for s, tagged in zip(started, _tag_capitalised(started), strict=True):
        analysis, spans, _ = _finish(s, tagged, deferred, events)
        passes.append((analysis, spans))
    settle_metonyms(deferred)
    wanted: dict[str, list[int]] = {}
    for i, (analysis, spans) in enumerate(passes):
        if spans:
            wanted.setdefault(analysis.language, []).append(i)
    for lang, indexes in wanted.items():
        texts = [text for i in indexes for text in event_texts(articles[i], passes[i][1])]
        parsed = iter(nlp.parse_docs(texts, lang, one_sentence=True))
        for i in indexes:
            analysis, spans = passes[i]
            pdocs = [next(parsed) for _ in spans]
            analysis.events = code_events(articles[i], spans, pdocs, analysis)
    for analysis, _ in passes:
        yield analysis


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def analyze_many(
    articles: list[Article],
    processes: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    on_done: Callable[[int], None] | None = None,
    events: bool = True,
) -> list[Analysis]:
    """Analyse many articles, in several processes when there are enough of them. Keeps input order.
    With `events` false, no event is coded (and no event sentence parsed)."""
    processes = processes or default_processes()
    analyze_chunk = partial(_analyze_chunk, events=events)
    if processes <= 1 or len(articles) < PARALLEL_THRESHOLD:
        results = []
        for i in range(0, len(articles), chunk_size):
            results.extend(analyze_chunk(articles[i : i + chunk_size]))
            if on_done:
                on_done(len(articles[i : i + chunk_size]))
        return results
    # Several chunks per worker, so that no worker is left with the last long chunk alone.
    size = max(4, min(chunk_size, -(-len(articles) // (processes * 4))))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    results: list[Analysis] = []
    with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("fork")) as pool:
        for chunk, analyses in zip(chunks, pool.map(analyze_chunk, chunks), strict=True):
            results.extend(analyses)
            if on_done:
                on_done(len(chunk))
    return results
