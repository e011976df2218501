"""Cross-article resolution of one new article against the current state, in memory.

`Resolver.add` links the article's mentions to store-wide entities, then puts the article in a
story. Entity ids (not surface names) feed the story evidence, so "Russie" and "Russia" count as
one shared entity across languages. The store-facing stage (resolve/stage.py) and the story
evaluation both use this same path.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from veille.ingest.credits import credit_span
from veille.model import Analysis, Article
from veille.resolve.identity import EntityIndex, Resolution, resolve_mentions
from veille.resolve.stories import StoryClusterer, StoryItem

LEAD_CHARS = 600


def lead_text(article: Article) -> str:
    """Title and lead paragraph, without the dateline: what the story embedding sees."""
    text = article.text
    start = article.dateline.end if article.dateline else 0
    lead = text[start:].strip().split("\n\n", 1)[0]
    title = article.title.strip()
    if lead.startswith(title[:40]):
        title = ""
    return (title + "\n" + lead).strip()[:LEAD_CHARS]


def body_text(article: Article) -> str:
    span = credit_span(article)
    return article.text[: span[0]] if span else article.text


def story_item(article: Article, analysis: Analysis | None, vector: np.ndarray | None) -> StoryItem:
    entities = {}
    if analysis is not None:
        for m in analysis.entities:
            key = m.entity_id or m.canonical
            entities.setdefault(key, m.type)
    return StoryItem(
        id=article.id,
        text=lead_text(article),
        body=body_text(article),
        language=article.language,
        date=article.published,
        precision=article.date_precision,
        entities=entities,
        vector=vector,
    )


@dataclass
class Placement:
    story: str
    resolution: Resolution
    merges: list[tuple[str, str]] = field(default_factory=list)  # (merged story, survivor)
    # (earlier article, story it left): a provisional join undone; the article heads a story of its own id
    detaches: list[tuple[str, str]] = field(default_factory=list)
    # (new story, story it split from, the new story's articles): a story found to hold two events
    splits: list[tuple[str, str, list[str]]] = field(default_factory=list)


@dataclass
class Resolver:
    entities: EntityIndex = field(default_factory=EntityIndex)
    stories: StoryClusterer = field(default_factory=StoryClusterer)

    def add(self, article: Article, analysis: Analysis | None, vector: np.ndarray | None) -> Placement:
        mentions = analysis.entities if analysis is not None else []
        resolution = resolve_mentions(
            self.entities, article.id, mentions, {"text": article.text, "language": article.language}
        )
        if analysis is not None:
            attribute_speakers(analysis)
        seen, left, split = len(self.stories.merges), len(self.stories.detaches), len(self.stories.splits)
        story = self.stories.assign(story_item(article, analysis, vector))
        merges = [(drop, self.stories.resolve(drop)) for drop, _ in self.stories.merges[seen:]]
        detaches = self.stories.detaches[left:]
        splits = [(new, old, self.stories.articles_of(new)) for new, old in self.stories.splits[split:]]
        for moved in [m for m, _ in detaches] + [m for _, _, group in splits for m in group]:
            self.entities.set_story(moved, self.stories.story_of(moved))
        self.entities.set_story(article.id, story)
        return Placement(story, resolution, merges, detaches, splits)


def attribute_speakers(analysis: Analysis) -> None:
    """Give each quote the entity id of the mention its speaker name stands for."""
    by_canonical = {}
    for m in sorted(analysis.entities, key=lambda m: m.type != "PER"):  # a person first, then ORG/LOC
        if m.entity_id:
            by_canonical.setdefault(m.canonical, m.entity_id)
    for q in analysis.quotes:
        if q.speaker:
            q.entity_id = by_canonical.get(q.speaker)


def mention_counts(analysis: Analysis) -> Counter:
    return Counter(m.entity_id for m in analysis.entities if m.entity_id)
