"""The consolidated view of one story: who said what, facts with provenance, what each report adds,
contradictions, events and the timeline. Pure: it takes the story's articles and their analyses."""

from __future__ import annotations

from veille.model import Analysis, Article, Relation, StoryView
from veille.views.additions import build_additions
from veille.views.events import collect_events, event_contradictions, place_ids
from veille.views.facts import collect_facts
from veille.views.origins import origin_groups
from veille.views.quotes import merge_quotes
from veille.views.similarity import Embedder
from veille.views.timeline import build_timeline


def build_story_view(
    story_id: str,
    articles: list[Article],
    analyses: dict[str, Analysis],
    relations: list[Relation],
    embed: Embedder | None = None,
    entity_names: dict[str, str] | None = None,
) -> StoryView:
    """`entity_names` (entity id -> name) gives resolved speakers one name across languages."""
    groups = origin_groups(articles, relations)
    quotes, quote_conflicts = merge_quotes(articles, analyses, embed, entity_names)
    facts, figure_conflicts = collect_facts(articles, analyses, groups, embed)
    events = collect_events(articles, analyses)
    filed_in = {a.id: a.dateline.place for a in articles if a.dateline}
    event_conflicts = event_contradictions(events, groups, place_ids(analyses), filed_in)
    return StoryView(
        story=story_id,
        quotes=quotes,
        facts=facts,
        events=events,
        additions=build_additions(articles, analyses, quotes, facts),
        contradictions=figure_conflicts + event_conflicts + quote_conflicts,
        timeline=build_timeline(articles, analyses),
    )
