"""What each report adds: the quotes, figures, entities and events no other article of the story has."""

from __future__ import annotations

from veille.model import Addition, Analysis, Article, Fact, MergedQuote
from veille.views.events import event_key


def build_additions(
    articles: list[Article], analyses: dict[str, Analysis], quotes: list[MergedQuote], facts: list[Fact]
) -> list[Addition]:
    entity_articles: dict[str, set[str]] = {}
    event_articles: dict[tuple, set[str]] = {}
    for article in articles:
        analysis = analyses.get(article.id)
        if not analysis:
            continue
        for mention in analysis.entities:
            entity_articles.setdefault(mention.entity_id or mention.canonical, set()).add(article.id)
        for event in analysis.events:
            event_articles.setdefault(event_key(event), set()).add(article.id)
    additions = []
    for article in articles:
        analysis = analyses.get(article.id)
        if analysis is None or len(articles) < 2:
            continue
        names = {}
        for mention in analysis.entities:
            names.setdefault(mention.entity_id or mention.canonical, mention.canonical)
        addition = Addition(
            article=article.id,
            quotes=[q.text for q in quotes if q.articles == [article.id]],
            figures=[f.text for f in facts if f.articles == [article.id]],
            entities=sorted(
                names[k] for k, arts in entity_articles.items() if arts == {article.id} and k in names
            ),
            events=[
                f"{e.type}: {e.sentence}"
                for e in analysis.events
                if event_articles.get(event_key(e)) == {article.id}
            ],
        )
        if addition.quotes or addition.figures or addition.entities or addition.events:
            additions.append(addition)
    return additions
