"""The one vocabulary every stage speaks: plain dataclasses, no behaviour beyond (de)serialisation.

Offsets (`start`, `end`) are always character offsets into `Article.text`.
Dates are ISO strings cut to their precision: "2022", "2022-01", "2022-01-10", or a full
ISO datetime; `precision` says which ("year", "month", "day", "datetime") so that nothing
downstream shows more precision than the source text gave.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

PRECISIONS = ("year", "month", "week", "day", "datetime")


@dataclass
class Credit:
    """A person named in the closing credit line or byline: never a news actor."""

    name: str
    role: str  # reporting | additional_reporting | writing | translation | editing | author | photo
    place: str | None = None  # "additional reporting by X in Moscow" -> place="Moscow"


@dataclass
class Dateline:
    """`GENEVE (Reuters) -` opening the first paragraph."""

    place: str
    agency: str | None
    start: int  # span of the whole dateline in Article.text
    end: int


@dataclass
class Article:
    id: str  # content-derived, stable across runs: first 16 hex chars of content_hash
    source: str  # as given at ingest: a path, a URL, or the JSONL `source` field
    title: str
    text: str  # body as written, paragraphs joined by "\n\n" (date header removed)
    paragraphs: list[str]
    content_hash: str
    url: str | None = None
    external_id: str | None = None  # id given by the input (JSONL id, feed entry id)
    language: str | None = None
    published: str | None = None
    date_precision: str | None = None
    dateline: Dateline | None = None
    credits: list[Credit] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    format: str | None = None  # the reader that produced it
    ingested_at: str | None = None
    version_of: str | None = None  # id of the previous version (same url or external id)


@dataclass
class Reject:
    """An input that could not become an article, and why."""

    input: str
    reason: str
    detail: str = ""
    at: str | None = None


# ---- per-article annotations (analyze/) ----


@dataclass
class Mention:
    text: str
    start: int
    end: int
    type: str  # PER | ORG | LOC | MISC
    canonical: str  # the article-wide canonical form ("Sergueï Riabkov")
    role: str | None = None  # from an apposition: "vice-ministre russe des Affaires étrangères"
    title: str | None = None  # "M.", "President"
    gender: str | None = None  # weak hint: "m" | "f"
    metonym_of: str | None = None  # "Washington" standing for a government -> "USA"
    country: str | None = None  # ISO 3166-1 alpha-3 of a state or its government; of a person, the state
    # the person's role names ("vice-ministre russe")
    entity_id: str | None = None  # set by resolve/identity


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    cue: str | None = None  # the reporting verb or phrase
    speaker: str | None = None  # canonical name of the speaker
    speaker_start: int | None = None  # span of the speaker expression the attribution used
    speaker_end: int | None = None
    entity_id: str | None = None


@dataclass
class Reference:
    """A pronoun (or role phrase) opening a clause and the person it stands for, as the speaker
    resolution reads it ("Il a accusé…" after "Volodymyr Zelensky a rencontré…")."""

    start: int
    end: int
    text: str
    canonical: str


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None  # ISO at `precision`, None when unresolvable
    precision: str | None  # see PRECISIONS; "range" when only earliest..latest is known; None when unresolved
    earliest: str | None = None  # candidate range when the exact value cannot be known
    latest: str | None = None


@dataclass
class Figure:
    text: str
    start: int
    end: int
    value: float
    unit: str | None = None  # "km", "%", "EUR"...
    counts: str | None = None  # what is counted: "soldats", "troops"
    value_max: float | None = None  # for ranges: "entre 500 et 5 500 km"
    approximate: bool = False  # "près de", "about"


@dataclass
class Event:
    type: str  # PLOVER type
    sentence: str
    article_id: str | None = None
    start: int = 0  # sentence span in the article
    end: int = 0
    source: str | None = None  # canonical actor text
    target: str | None = None
    source_code: str | None = None  # country code when a state or its metonym
    target_code: str | None = None
    mode: str | None = None  # None (asserted) | negated | hypothetical | denied | future
    cue: str | None = None
    date: str | None = None
    precision: str | None = None
    place: str | None = None


@dataclass
class Analysis:
    """Everything analyze/ finds in one article. Pure data: no store ids beyond article_id."""

    article_id: str
    language: str | None
    deep: bool  # False for languages without full analysis
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # subject pronouns and roles of event sentences


# ---- cross-article state (resolve/) ----


@dataclass
class Entity:
    id: str
    name: str
    type: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    articles: list[str] = field(default_factory=list)


@dataclass
class Relation:
    """How two articles of one story relate."""

    a: str
    b: str
    kind: str  # duplicate | update | translation | rewrite
    score: float


@dataclass
class Story:
    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    merged_into: str | None = None  # set when a bridging article merged this story into another
    languages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    first: str | None = None  # earliest and latest publication dates of its articles
    last: str | None = None
    updated: str | None = None  # when an article last joined
    size: int = 0  # number of articles, also when `articles` is not loaded


def to_dict(obj: Any) -> Any:
    """Dataclass (or list/dict of them) to JSON-ready plain data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Inverse of to_dict for the classes above (nested Credit/Dateline/annotations)."""
    nested = {
        (Article, "dateline"): Dateline,
        (Article, "credits"): Credit,
        (Analysis, "entities"): Mention,
        (Analysis, "quotes"): Quote,
        (Analysis, "times"): TimeExpr,
        (Analysis, "figures"): Figure,
        (Analysis, "events"): Event,
        (Analysis, "references"): Reference,
    }
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        sub = nested.get((cls, key))
        if sub is not None and value is not None:
            value = [from_dict(sub, v) for v in value] if isinstance(value, list) else from_dict(sub, value)
        kwargs[key] = value
    return cls(**kwargs)


# ---- consolidated story views (views/) ----


@dataclass
class MergedQuote:
    """One statement, merged across the articles (and languages) that carry it."""

    text: str  # the fullest version seen
    kind: str
    speaker: str | None  # entity id
    speaker_name: str | None
    articles: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other wordings (translations, partial quotes)


@dataclass
class Fact:
    """A figure as carried by one or more articles, with how many independent sources carry it."""

    text: str
    value: float
    unit: str | None
    counts: str | None
    articles: list[str] = field(default_factory=list)
    sources: int = 1  # independent origins: versions of one original or one agency count once
    value_max: float | None = None
    variants: list[str] = field(default_factory=list)


@dataclass
class Claim:
    value: str
    articles: list[str]
    evidence: str = ""


@dataclass
class Contradiction:
    kind: str  # figure | event_date | event_place | quote_speaker
    subject: str
    claims: list[Claim] = field(default_factory=list)


@dataclass
class TimelineEntry:
    date: str | None
    precision: str | None
    text: str  # the sentence that dates it
    article: str
    kind: str  # event type, or "statement" / "dated" for other dated sentences
    place: str | None = None
    earliest: str | None = None
    latest: str | None = None
    articles: list[str] = field(default_factory=list)


@dataclass
class Addition:
    """What one article carries that no other article in its story has."""

    article: str
    quotes: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass
class StoryView:
    story: str
    quotes: list[MergedQuote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    additions: list[Addition] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
