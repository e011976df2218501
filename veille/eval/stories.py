"""Score the online story clusterer on gold JSON Lines: `{id, text, story?, language?, timestamp?}`.

Raw texts become clusterer items the way the real pipeline would see them:
- language: given, else py3langid;
- lead (what is embedded): the first three non-empty lines (title and first sentences);
- entities: spaCy NER for the languages it covers (veille.analyze.nlp), keys ASCII-folded and
  lowercased without leading stop words; other languages use capitalised words as a cheap proxy;
- date: the timestamp when given, else a date line in the first lines of the text (a web page's
  header), else unknown.
Embeddings and NER are computed in batches up front (they are per-article and stateless); the
clustering itself sees the items one by one, in file order or shuffled.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from veille.eval.clustering_metrics import Scores, bcubed, pairwise
from veille.resolve.stories import StoryClusterer, StoryConfig, StoryItem

NAME_TYPES = frozenset(
    {"PER", "PERSON", "ORG", "LOC", "GPE", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "MISC"}
)
LEAD_LINES = 3
HEADER_LINES = 5
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SPACED_PUNCT = re.compile(r"\s*([:/])\s*")
_NOT_WORD = re.compile(r"[^\w]+")

Progress = Callable[[int], None]


@dataclass
class Outcome:
    """Scores for one run: overall and per language."""

    bcubed: Scores
    pairwise: Scores
    by_language: dict[str, tuple[int, Scores, Scores]] = field(default_factory=dict)
    stories: int = 0
    merged: int = 0


def read_rows(
    path: str | Path, languages: Iterable[str] | None = None, limit: int | None = None
) -> list[dict]:
    """Lines of a gold file, optionally only some languages (detected when absent) and the first N."""
    rows = []
    wanted = set(languages) if languages else None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            row["id"] = str(row["id"])
            if not row.get("language"):
                row["language"] = detect_language(row.get("text", ""))
            if wanted and row["language"] not in wanted:
                continue
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def detect_language(text: str) -> str:
    import py3langid

    return py3langid.classify(text)[0]


def lead(text: str, lines: int = LEAD_LINES) -> str:
    """Title and first sentences: the first non-empty lines."""
    return "\n".join([line.strip() for line in text.splitlines() if line.strip()][:lines])


def header_date(text: str) -> str | None:
    """A publication date written on a short line among the first lines ("May 03, 2013")."""
    import dateparser

    for line in [line for line in text.splitlines() if line.strip()][:HEADER_LINES]:
        if len(line) > 80 or not _YEAR.search(line) or "://" in line.replace(" ", ""):
            continue
        candidate = _SPACED_PUNCT.sub(r"\1", line).strip()
        found = dateparser.parse(
            candidate, settings={"REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
        )
        if found is not None:
            return found.date().isoformat()
    return None


def entity_key(span) -> str:
    """Canonical key of a spaCy entity span: leading stop words dropped, folded, lowercased."""
    from veille.resolve.story_features import fold

    tokens = list(span)
    while tokens and tokens[0].is_stop:
        tokens = tokens[1:]
    text = " ".join(t.text for t in tokens)
    return _NOT_WORD.sub(" ", fold(text)).strip()


def capitalised_keys(text: str) -> dict[str, str]:
    """Cheap entity proxy for languages without NER: capitalised words not opening a sentence."""
    from veille.resolve.story_features import fold

    keys: dict[str, str] = {}
    words = text.split()
    for i, raw in enumerate(words):
        word = raw.strip(".,;:!?()[]{}«»\"'“”„‘’")
        if i == 0 or not word or not word[0].isupper() or words[i - 1][-1:] in ".!?":
            continue
        key = _NOT_WORD.sub(" ", fold(word)).strip()
        if len(key) > 1:
            keys[key] = "NAME"
    return keys


def extract_entities(texts: list[str], languages: list[str], progress: Progress | None = None) -> list[dict]:
    """Entity keys for each text: NER where a model exists, capitalised words elsewhere."""
    from veille.analyze.nlp import DEEP_LANGUAGES, ner_docs

    out: list[dict[str, str]] = [{} for _ in texts]
    by_language: dict[str, list[int]] = defaultdict(list)
    for i, language in enumerate(languages):
        by_language[language if language in DEEP_LANGUAGES else ""].append(i)
    for language, positions in by_language.items():
        if not language:
            for i in positions:
                out[i] = capitalised_keys(texts[i])
                if progress:
                    progress(1)
            continue
        for i, doc in zip(positions, ner_docs((texts[i] for i in positions), language), strict=True):
            for span in doc.ents:
                if span.label_ in NAME_TYPES:
                    key = entity_key(span)
                    if len(key) > 1:
                        out[i][key] = span.label_
            if progress:
                progress(1)
    return out


def prepare(rows: list[dict], progress: Progress | None = None) -> list[StoryItem]:
    """Gold rows as clusterer items, with embeddings, entities and dates."""
    from veille.resolve.embed import embed

    texts = [row.get("text", "") for row in rows]
    leads = [lead(t) for t in texts]
    vectors = embed(leads)
    if progress:
        progress(len(rows))
    entities = extract_entities(texts, [row["language"] for row in rows], progress)
    items = []
    for row, text, head, vector, keys in zip(rows, texts, leads, vectors, entities, strict=True):
        timestamp = row.get("timestamp")
        if timestamp is not None:
            date, precision = float(timestamp), "datetime"
        else:
            date = header_date(text)
            precision = "day" if date else None
        items.append(
            StoryItem(
                id=row["id"],
                text=head,
                body=text,
                language=row["language"],
                date=date,
                precision=precision,
                entities=keys,
                vector=vector,
            )
        )
    return items


def cluster(
    items: list[StoryItem],
    seed: int | None = None,
    config: StoryConfig | None = None,
    progress: Progress | None = None,
) -> tuple[dict[str, str], StoryClusterer]:
    """Feed items one by one (file order, or shuffled with `seed`); final story of each item."""
    order = list(items)
    if seed is not None:
        random.Random(seed).shuffle(order)
    clusterer = StoryClusterer(config)
    for item in order:
        clusterer.assign(item)
        if progress:
            progress(1)
    return {item.id: clusterer.story_of(item.id) for item in items}, clusterer


def score(rows: list[dict], predicted: dict[str, str], clusterer: StoryClusterer | None = None) -> Outcome:
    """Overall and per-language scores of a clustering against the rows' `story` labels."""
    gold = {row["id"]: row["story"] for row in rows if row.get("story") is not None}
    outcome = Outcome(bcubed(gold, predicted), pairwise(gold, predicted))
    counts = Counter(row["language"] for row in rows if row["id"] in gold)
    for language, n in counts.most_common():
        sub = {row["id"]: row["story"] for row in rows if row["language"] == language and row["id"] in gold}
        outcome.by_language[language] = (n, bcubed(sub, predicted), pairwise(sub, predicted))
    outcome.stories = len(set(predicted.values()))
    if clusterer is not None:
        outcome.merged = len(clusterer.merged_into)
    return outcome
