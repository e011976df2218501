"""Where an event happened: a LOC mention of its sentence that says where (`is_setting`, also
used by the timeline view) and is not one of its actors, else the article's dateline place.
"""

from __future__ import annotations

from veille.analyze import actors as actor_names
from veille.model import Article, Event, Mention

_LOCATIVE = {"in", "at", "near", "inside", "to", "à", "a", "en", "dans", "près", "au", "aux"}


def is_setting(m: Mention, text: str) -> bool:
    """Does a mention (offsets in `text`) say where something happens: a place after a locative
    preposition, or one that is neither a state nor a seat of power ("selon Washington", "Moscow
    said": a government speaking, not a place)."""
    if m.type != "LOC":
        return False
    before = text[max(0, m.start - 30) : m.start].split()[-1:]
    if before and before[0].lower() in _LOCATIVE:
        return True
    return not (actor_names.is_state(m.text) or actor_names.is_metonym(m.text))


def dateline_place(article: Article, mentions: list[Mention]) -> str | None:
    """The dateline's place as the article writes it in running text (GENEVE -> Genève)."""
    d = article.dateline
    if d is None:
        return None
    found = next((m for m in mentions if d.start <= m.start < d.end and m.type == "LOC"), None)
    place = found.canonical if found is not None and found.canonical else d.place
    return place.title() if place.isupper() else place  # LIMA, named nowhere else -> Lima


def event_place(local: list[Mention], event: Event) -> str | None:
    """The first setting among the sentence's mentions (`local`, in its offsets) that is not one of the event's actors."""
    actor_texts = {event.source, event.target}
    sentence = event.sentence
    for m in local:
        if not is_setting(m, sentence):
            continue
        if m.canonical in actor_texts or m.text in actor_texts:
            continue
        if any(x and (m.text in x or m.canonical in x) for x in actor_texts):
            continue
        return m.canonical or m.text
    return None
