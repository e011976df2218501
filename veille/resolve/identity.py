"""Cross-article entity identity: an incremental resolver over a plain `EntityIndex`.

`resolve_mentions(index, article_id, mentions, context)` links every mention of one article to an
entity id, creating or enriching entities in the index, and returns the links together with the
ids of new and changed entities (so that the store writes only those).

Rules (docs/entities.md gives the reasons):
- a PER never merges with a non-PER; ORG and LOC may (NER confuses them), MISC only with MISC;
- countries, organisations and cities of the alias tables link by code (Otan = NATO, Russie = RUS);
- other non-persons link by their folded name (or a learned acronym expansion);
- persons link by name key: same surname (up to transliteration) and the same given name is certain;
  a missing given name, an initial or a fuzzy spelling is a close call that context must support
  (shared co-occurring entities, the same story, the same article, a similar role) and that only
  one candidate may satisfy; a different given name is never the same person.

The index can be rebuilt from stored entity rows alone (`EntityIndex.from_entities`): blocking
keys come from names and variants, co-occurrence from the articles each entity appears in.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from veille.model import Entity, Mention, from_dict, to_dict
from veille.resolve.aliases import (
    COUNTRY,
    Aliases,
    AliasHit,
    alias_key,
    country_name,
    facility_key,
    is_acronym,
    strip_article,
)
from veille.resolve.names import (
    COMPATIBLE,
    DIFFERENT,
    SAME,
    UNKNOWN,
    PersonName,
    blocking_keys,
    fold,
    given_verdict,
    is_known_given_name,
    name_key,
    opens_with_given_name,
    split_name,
    strip_possessive,
    surname_similarity,
)

# NER labels from other schemes, folded onto ours.
TYPE_ALIASES = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC", "NORP": "MISC", "ORGANIZATION": "ORG"}
# Which entity types may be one entity (PER only with PER). The models type the same organisation ORG
# in one article and MISC in another ("OCHA"), and a place ORG.
COMPATIBLE_TYPES = {"PER": {"PER"}, "ORG": {"ORG", "LOC", "MISC"}, "LOC": {"LOC", "ORG"}, "MISC": {"MISC", "ORG"}}

SUPPORT_MIN = 0.5  # context needed for a close call: a shared story, a shared rare entity...
DOMINANT_SUPPORT = 1.0  # with several supported candidates, the best needs this and twice the next
CERTAIN_SURNAME = 0.85  # surname similarity that, with the same given name, needs no context
POSSIBLE_SURNAME = 0.8  # below this, never the same person
LONE_SURNAME = 0.9  # a name without given name must match a surname this closely (Brett is not Barrett)
MAX_CANDIDATES = 200  # a blocking key shared by more entities than this is too coarse to use


def entity_type(label: str) -> str:
    label = (label or "MISC").upper()
    return TYPE_ALIASES.get(label, label if label in COMPATIBLE_TYPES else "MISC")


def types_compatible(a: str, b: str) -> bool:
    return entity_type(b) in COMPATIBLE_TYPES.get(entity_type(a), {entity_type(a)})


def _name_block(text: str) -> str:
    """Blocking key of a non-person name: its alias key without opening article, a generic head in its
    shared form last (`palais de Dolmabahçe` and `Dolmabahce Palace` meet)."""
    return f"n:{facility_key(strip_article(alias_key(text)))}"


def _name_blocks(text: str, type_: str) -> list[str]:
    """Blocking keys of a non-person name; a place also gets its transliteration key, so that
    Marioupol and Mariupol, Odessa and Odesa meet."""
    keys = [_name_block(text)]
    if entity_type(type_) == "LOC":
        keys.append(f"p:{name_key(facility_key(strip_article(alias_key(text))))}")
    return keys


class Resolution(list):
    """The (mention, entity id) links of one article, with the ids the resolution created or changed."""

    def __init__(
        self, links: Iterable[tuple[Mention, str]] = (), new: Iterable[str] = (), changed: Iterable[str] = ()
    ):
        super().__init__(links)
        self.new: set[str] = set(new)
        self.changed: set[str] = set(changed)  # includes new ids


@dataclass
class EntityIndex:
    """Everything the resolver knows across articles. Plain data; rebuildable from entity rows."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: Aliases = field(default_factory=Aliases)
    article_story: dict[str, str] = field(default_factory=dict)  # article id -> story id (when known)
    blocks: dict[str, set[str]] = field(default_factory=dict)  # blocking key -> entity ids
    article_entities: dict[str, set[str]] = field(default_factory=dict)  # article id -> entity ids
    codes: dict[str, str] = field(default_factory=dict)  # entity id -> alias code (USA, NATO, place:Lisbon)
    story_members: dict[str, set[str]] = field(default_factory=dict)  # story id -> article ids
    _persons: dict[str, list[PersonName]] = field(default_factory=dict, repr=False)

    # ---- building ----

    @classmethod
    def from_entities(
        cls,
        entities: Iterable[Entity],
        article_stories: dict[str, str] | None = None,
        learned_acronyms: dict[str, list[str]] | None = None,
    ) -> EntityIndex:
        """Rebuild the index from stored entity rows (id, name, type, variants, roles, country, articles)."""
        index = cls(aliases=Aliases(learned_acronyms))
        for article, story in (article_stories or {}).items():
            index.set_story(article, story)
        stored = list(entities)
        for entity in stored:  # acronym pairs first: they give blocking keys to ORG variants
            if entity_type(entity.type) != "PER":
                _learn_from_variants(index.aliases, entity)
        for entity in stored:
            index.add(entity)
        return index

    def add(self, entity: Entity) -> None:
        """Put an entity (new or loaded) in the index and index all its names."""
        self.entities[entity.id] = entity
        if entity_type(entity.type) != "PER":
            code = self._code_of(entity)
            if code:
                self.codes[entity.id] = code
        for article in entity.articles:
            self.article_entities.setdefault(article, set()).add(entity.id)
        self._index_names(entity, [entity.name, *entity.variants])

    def _code_of(self, entity: Entity) -> str | None:
        for text in (entity.name, *entity.variants):
            hit = self.aliases.lookup(text)
            if hit is not None and not (hit.kind == COUNTRY and entity.country and hit.code != entity.country
                                        and self.aliases.may_name_country(text, entity.country)):
                return hit.code  # ("Congo", a name of the DRC too, does not make the DRC's entity COG)
        return entity.country if entity_type(entity.type) == "LOC" else None

    def _index_names(self, entity: Entity, texts: Iterable[str]) -> None:
        keys: set[str] = set()
        if entity_type(entity.type) == "PER":
            persons = self._persons.setdefault(entity.id, [])
            for text in texts:
                person = split_name(text)
                if person.surname and person not in persons:
                    persons.append(person)
                keys |= blocking_keys(person)
        else:
            code = self.codes.get(entity.id)
            if code:
                keys.add(f"a:{code}")
            for text in texts:
                hit = self.aliases.lookup(text)
                if hit is not None and hit.code != code:
                    continue  # a variant naming something else is kept but not indexed
                if hit is None:
                    keys.update(_name_blocks(text, entity.type))
                    expansion = self.aliases.expansion(text) if is_acronym(text) else None
                    if expansion:
                        keys.add(_name_block(expansion))
        for key in keys:
            if key.endswith(":") or (key.startswith("k:") and len(key) < 5):
                continue  # empty or too short to block on
            self.blocks.setdefault(key, set()).add(entity.id)

    def new_id(self, type_: str, seed: str) -> str:
        """Short stable id: `e` + 10 hex of a hash of the type and the first canonical key."""
        base = "e" + hashlib.blake2b(f"{entity_type(type_)}|{seed}".encode(), digest_size=5).hexdigest()
        candidate, n = base, 1
        while candidate in self.entities:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    # ---- queries ----

    def candidates(self, keys: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for key in keys:
            ids = self.blocks.get(key, set())
            if len(ids) <= MAX_CANDIDATES:
                out |= ids
        return out

    def cooccurring(self, entity_id: str, exclude_article: str | None = None) -> Counter[str]:
        """Entities that share an article with `entity_id`, with the number of shared articles."""
        counts: Counter[str] = Counter()
        for article in self.entities[entity_id].articles:
            if article == exclude_article:
                continue
            counts.update(e for e in self.article_entities.get(article, ()) if e != entity_id)
        return counts

    def story_articles(self, story: str) -> set[str]:
        return set(self.story_members.get(story, ()))

    def set_story(self, article_id: str, story: str) -> None:
        """Record the story of an article (its entities then support close calls in that story)."""
        old = self.article_story.get(article_id)
        if old is not None:
            self.story_members.get(old, set()).discard(article_id)
        self.article_story[article_id] = story
        self.story_members.setdefault(story, set()).add(article_id)

    def detach_article(self, article_id: str) -> set[str]:
        """Forget the links of one article (before resolving it again). Returns the entities touched."""
        touched = self.article_entities.pop(article_id, set())
        for eid in touched:
            entity = self.entities.get(eid)
            if entity is not None and article_id in entity.articles:
                entity.articles.remove(article_id)
        return touched

    # ---- serialisation ----

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": [to_dict(e) for e in self.entities.values()],
            "article_story": dict(self.article_story),
            "learned_acronyms": self.aliases.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityIndex:
        return cls.from_entities(
            (from_dict(Entity, e) for e in data.get("entities", [])),
            data.get("article_story"),
            data.get("learned_acronyms"),
        )


def _learn_from_variants(aliases: Aliases, entity: Entity) -> None:
    names = [entity.name, *entity.variants]
    for short in names:
        if is_acronym(short):
            for long in names:
                if len(long.split()) >= 2:
                    aliases.learn_pair(short, long)


# ---- one article ----


@dataclass
class _Group:
    """The mentions of one article that share a type and a canonical form."""

    type: str
    canonical: str
    mentions: list[Mention] = field(default_factory=list)
    metonym: str | None = None

    @property
    def texts(self) -> list[str]:
        """The canonical form, then the other forms used (without an English possessive)."""
        seen = [strip_possessive(self.canonical)]
        for m in self.mentions:
            text = strip_possessive(m.text)
            if text and text not in seen:
                seen.append(text)
        return seen

    @property
    def roles(self) -> list[str]:
        return [m.role for m in self.mentions if m.role]

    @property
    def country(self) -> str | None:
        return next((m.country for m in self.mentions if m.country), None)


def _groups(mentions: list[Mention]) -> list[_Group]:
    groups: dict[tuple[str, str, str | None], _Group] = {}
    for m in mentions:
        type_ = entity_type(m.type)
        metonym = m.metonym_of if type_ != "PER" else None
        canonical = strip_possessive(m.canonical or m.text) or m.text
        key = (type_, canonical, metonym)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(type_, canonical, metonym=metonym)
        group.mentions.append(m)
    return list(groups.values())


@dataclass
class _Article:
    """Working state while one article is resolved."""

    id: str
    entities: set[str]  # already linked in this article (and given by the caller)
    story_articles: set[str]
    language: str | None
    new: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)


def resolve_mentions(
    index: EntityIndex,
    article_id: str,
    mentions: list[Mention],
    context: dict[str, Any] | None = None,
) -> Resolution:
    """Link the mentions of one article to entities, updating `index` in place.

    `context` may hold: `story` (story id of the article), `story_articles` (ids of articles of the
    same story), `entities` (entity ids known to be related, e.g. from the story), `text` (the
    article text, to learn `Expansion (ACRONYM)` pairs) and `language` (for names of countries only
    seen as metonyms). Sets `Mention.entity_id`. Resolving an article again first forgets its links.
    """
    context = context or {}
    touched = index.detach_article(article_id) if article_id in index.article_entities else set()
    story = context.get("story")
    if story:
        index.set_story(article_id, story)
    story_articles = set(context.get("story_articles", ()))
    if story:
        story_articles |= index.story_articles(story)
    story_articles.discard(article_id)
    if context.get("text"):
        index.aliases.learn_from_text(context["text"])
    index.aliases.learn_from_mentions(mentions)

    state = _Article(article_id, set(context.get("entities", ())), story_articles, context.get("language"))
    state.changed |= touched
    pending: list[tuple[_Group, PersonName]] = []
    for group in _groups(mentions):
        if group.type == "PER":
            person = _best_person(group)
            decided = _decide_person(index, state, person, final=False) if person.surname else ""
            if decided is None:
                pending.append((group, person))
                continue
            decided = decided or _adopt_organisation(index, state, group, person)
            state.entities.add(_link(index, state, group, decided, person))
        else:
            state.entities.add(_link(index, state, group, *_find_named(index, group)))
    # close calls, full names first so that a lone surname can lean on them
    for group, person in sorted(pending, key=lambda gp: (not gp[1].has_given, -len(gp[1].key))):
        decided = _decide_person(index, state, person, final=True) or _adopt_organisation(index, state, group, person)
        state.entities.add(_link(index, state, group, decided, person))
    index.article_entities[article_id] = {m.entity_id for m in mentions if m.entity_id}
    return Resolution(((m, m.entity_id) for m in mentions), state.new, state.changed | state.new)


# ---- non-persons ----


def _find_named(index: EntityIndex, group: _Group) -> tuple[str | None, AliasHit | None]:
    """Existing entity (or None) and the alias hit for a non-person group."""
    code_hit: AliasHit | None = None
    if group.metonym:
        code_hit = index.aliases.lookup(group.metonym) or AliasHit(
            group.metonym, COUNTRY, "LOC", group.metonym
        )
    else:
        for text in group.texts:
            code_hit = index.aliases.lookup(text)
            if code_hit is not None:
                break
        if code_hit is None and group.country or code_hit is not None and _shared_name_of(index, group, code_hit):
            code_hit = AliasHit(group.country, COUNTRY, "LOC", group.country)
    if code_hit is not None:
        for eid in sorted(index.blocks.get(f"a:{code_hit.code}", ())):
            if entity_type(index.entities[eid].type) != "PER":
                return eid, code_hit
        return None, code_hit
    person = _named_person(index, group)
    if person is not None:
        return person, None
    # an ORG group may be a place the English model mislabels ("captured in Mariupol"): it also looks
    # for places by transliteration key (only places are indexed under one)
    keys = [key for t in group.texts for key in _name_blocks(t, "LOC" if group.type == "ORG" else group.type)]
    for text in group.texts:
        expansion = index.aliases.expansion(text) if is_acronym(text) else None
        if expansion:
            keys.append(_name_block(expansion))
    best: str | None = None
    for key in keys:
        ids = [
            e
            for e in sorted(index.blocks.get(key, ()))
            if types_compatible(group.type, index.entities[e].type)
        ]
        same = [e for e in ids if entity_type(index.entities[e].type) == group.type]
        if same or ids:
            best = (same or ids)[0]
            break
    return best, None


def _shared_name_of(index: EntityIndex, group: _Group, hit: AliasHit) -> bool:
    """Does the group name, by a short name several states share, another of them than the alias
    table's choice: the state its mentions carry (`Mention.country`, which the analysis sets from the
    state the article names in full: "Congo" in a report on the Democratic Republic of Congo)?"""
    country = group.country
    return hit.kind == COUNTRY and bool(country) and country != hit.code \
        and any(index.aliases.may_name_country(t, country) for t in group.texts)


# ---- persons the model typed ORG ----


def _personal_name(text: str) -> PersonName | None:
    """`text` read as a full personal name opening with a known given name, else None."""
    person = split_name(text)
    if not person.surname or not person.has_given or len(text.split()) > 4 or not opens_with_given_name(person):
        return None
    return person


def _named_person(index: EntityIndex, group: _Group) -> str | None:
    """The person an ORG or MISC group names ("Volodymyr Zelenskiy" typed ORG in one report): its name is a
    full personal name opening with a known given name, certainly the name of exactly one person entity
    that shows it is a person (a role, or a surname used alone). Organisations named after a person
    ("Fondation Jean Jaurès", "Goldman Sachs") do not read as a personal name in full."""
    if group.type not in ("ORG", "MISC") or group.metonym:
        return None
    found: set[str] = set()
    for text in group.texts:
        person = _personal_name(text)
        if person is None:
            return None
        for eid in index.candidates(blocking_keys(person)):
            entity = index.entities[eid]
            if entity_type(entity.type) == "PER" and _shows_a_person(index, eid) \
                    and any(_certain(person, n) for n in index._persons.get(eid, [])):
                found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


def _certain(a: PersonName, b: PersonName) -> bool:
    return given_verdict(a, b) == SAME and surname_similarity(a, b) >= CERTAIN_SURNAME


def _shows_a_person(index: EntityIndex, eid: str) -> bool:
    """A person entity known by a role or by its surname alone, not only by a name the model typed PER."""
    entity = index.entities[eid]
    return bool(entity.roles) or any(n.surname and not n.has_given for n in map(split_name, entity.variants))


def _adopt_organisation(index: EntityIndex, state: _Article, group: _Group, person: PersonName) -> str:
    """An ORG or MISC entity known only by this person's full name becomes the person's entity (the
    model typed the person ORG in an earlier report), when the group shows a person: a role, a title or
    the surname alone. Returns its id, or "" (none)."""
    if not person.has_given or not opens_with_given_name(person):
        return ""
    if not (group.roles or any(m.title for m in group.mentions)
            or any(not split_name(t).has_given and split_name(t).surname == person.surname for t in group.texts)):
        return ""
    full = next((t for t in group.texts if split_name(t) == person), None)
    if full is None:
        return ""
    matches = []
    for eid in index.candidates([_name_block(full)]):
        entity = index.entities[eid]
        if entity_type(entity.type) not in ("ORG", "MISC") or eid in index.codes:
            continue
        names = [entity.name, *entity.variants]
        if all((p := _personal_name(n)) is not None and _certain(person, p) for n in names):
            matches.append(entity)
    if len(matches) != 1:
        return ""
    entity = matches[0]
    entity.type = "PER"
    index._index_names(entity, [entity.name, *entity.variants])
    state.changed.add(entity.id)
    return entity.id


# ---- persons ----


def _best_person(group: _Group) -> PersonName:
    """The most complete name of a person group: the canonical form, unless a mention says more."""
    persons = [split_name(t) for t in group.texts]
    persons = [p for p in persons if p.surname]
    if not persons:
        return split_name(group.canonical)
    return max(persons, key=lambda p: (p.has_given, len(p.given), p is persons[0], len(p.key)))


@dataclass
class _Candidate:
    id: str
    surname: float
    given: str
    support: float = 0.0


def _match_entity(index: EntityIndex, person: PersonName, eid: str) -> _Candidate:
    names = index._persons.get(eid, [])
    surname = max((surname_similarity(person, n) for n in names), default=0.0)
    verdicts = [given_verdict(person, n) for n in names if n.has_given]
    if not person.has_given or not verdicts:
        given = UNKNOWN
    elif DIFFERENT in verdicts:
        given = DIFFERENT  # Ned Sherman against an entity that was ever called Wendy Sherman
    elif SAME in verdicts:
        given = SAME
    else:
        given = COMPATIBLE
    return _Candidate(eid, surname, given)


def _support(
    index: EntityIndex, state: _Article, eid: str, roles: list[str], cooccurrence: bool = True
) -> float:
    """How much the article's context supports linking to `eid` (0 = none)."""
    entity = index.entities[eid]
    score = 0.0
    if eid in state.entities:
        score += 1.0  # already named in full in this very article
    if state.story_articles & set(entity.articles):
        score += 1.0
    shared = 0.0
    mine = set(entity.articles) - {state.id}
    for other in state.entities - {eid} if cooccurrence else ():
        theirs = index.entities[other].articles if other in index.entities else []
        if mine.isdisjoint(theirs):
            continue
        shared += 1.0 / math.log2(1 + max(len(theirs), 1))  # a rare shared entity says more than a country
    score += shared
    if roles and entity.roles:
        best = max(fuzz.token_set_ratio(alias_key(r), alias_key(s)) for r in roles for s in entity.roles)
        if best >= 85:
            score += 0.5
    return score


def _decide_person(index: EntityIndex, state: _Article, person: PersonName, final: bool) -> str | None:
    """Entity id for a person, `""` for "create a new one", or None when context must decide later."""
    scored = []
    for eid in index.candidates(blocking_keys(person)):
        if entity_type(index.entities[eid].type) != "PER":
            continue
        cand = _match_entity(index, person, eid)
        floor = LONE_SURNAME if cand.given == UNKNOWN else POSSIBLE_SURNAME
        if cand.given != DIFFERENT and cand.surname >= floor:
            scored.append(cand)
    certain = [c for c in scored if c.given == SAME and c.surname >= CERTAIN_SURNAME]
    if certain:
        return max(certain, key=lambda c: (c.surname, len(index.entities[c.id].articles), c.id)).id
    if not scored:
        return ""
    if not final:
        return None
    # a lone "Mohammed" may be anybody's given name: only this article or its story can tie it
    loose = not person.has_given and is_known_given_name(person.surname)
    for cand in scored:
        cand.support = _support(index, state, cand.id, [], cooccurrence=not loose)
    # people known by their full name first; entities known only by a surname are a fallback
    full = [c for c in scored if any(n.has_given for n in index._persons.get(c.id, []))]
    lone = [c for c in scored if c not in full]
    return _supported_choice(full) or _supported_choice(lone)


def _supported_choice(candidates: list[_Candidate]) -> str:
    """The one candidate the context supports, or the one whose support dominates; else "" (none)."""
    supported = sorted((c for c in candidates if c.support >= SUPPORT_MIN), key=lambda c: -c.support)
    if len(supported) == 1:
        return supported[0].id
    if len(supported) > 1 and supported[0].support >= max(DOMINANT_SUPPORT, 2 * supported[1].support):
        return supported[0].id  # one candidate's context far outweighs the others'
    return ""  # no support, or several people it could be: never a guess


# ---- linking ----


def _link(
    index: EntityIndex,
    state: _Article,
    group: _Group,
    found: str | None,
    hit_or_person: AliasHit | PersonName | None = None,
) -> str:
    """Attach a group to entity `found` (or to a new one when it is empty) and record what changed."""
    hit = hit_or_person if isinstance(hit_or_person, AliasHit) else None
    person = hit_or_person if isinstance(hit_or_person, PersonName) else None
    if found:
        eid = found
        entity = index.entities[eid]
    else:
        entity = _new_entity(index, state, group, hit, person)
        eid = entity.id
        state.new.add(eid)
    changed = False
    if state.id not in entity.articles:
        entity.articles.append(state.id)
        changed = True
    new_texts: list[str] = []
    if not group.metonym:  # "Washington" standing for the USA is not a name of the USA
        for text in group.texts:
            if hit is not None and index.aliases.lookup(text) not in (None, hit) \
                    and not (hit.kind == COUNTRY and index.aliases.may_name_country(text, hit.code)):
                continue  # a text of the group naming another country or organisation ("Congo" may be either)
            if text != entity.name and text not in entity.variants:
                entity.variants.append(text)
                new_texts.append(text)
            if _shouted(entity) and fold(text) == fold(entity.name) and not text.isupper() and text != entity.name:
                # a dateline place ("BRUSSELS", "GENEVE") takes the name written in running text; the
                # name made from its capitals ("Geneve") was never written, so it is dropped
                made_up = entity.name not in group.texts and any(
                    v.isupper() and _unshout(v) == entity.name for v in entity.variants
                )
                entity.variants.remove(text)
                if not made_up:
                    entity.variants.append(entity.name)
                entity.name = text
                changed = True
        if person is not None and person.has_given and not split_name(entity.name).has_given:
            # a lone surname entity gets its full name once one is linked to it
            full = next(t for t in group.texts if split_name(t) == person)
            if full != entity.name:
                if entity.name not in entity.variants:
                    entity.variants.append(entity.name)
                entity.name = full
                entity.variants.remove(full)
                changed = True
    known_roles = {alias_key(r) for r in entity.roles}
    for role in group.roles:
        if alias_key(role) not in known_roles:
            entity.roles.append(role)
            known_roles.add(alias_key(role))
            changed = True
    country = hit.country if hit is not None else group.country  # a person: the state its role names
    if country and not entity.country:
        entity.country = country
        changed = True
    if new_texts:
        index._index_names(entity, new_texts)
        changed = True
    if changed:
        state.changed.add(eid)
    index.article_entities.setdefault(state.id, set()).add(eid)
    for m in group.mentions:
        m.entity_id = eid
    return eid


def _shouted(entity: Entity) -> bool:
    """A place named in capitals, as datelines write it (acronyms are organisations), or named
    from such capitals only."""
    if entity.type != "LOC":
        return False
    return (entity.name.isupper() and len(entity.name) > 3) or any(
        v.isupper() and _unshout(v) == entity.name for v in entity.variants
    )


def _unshout(name: str) -> str:
    """"SAN FRANCISCO" -> "San Francisco", "PORT-AU-PRINCE" -> "Port-Au-Prince"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)


def _new_entity(
    index: EntityIndex, state: _Article, group: _Group, hit: AliasHit | None, person: PersonName | None
) -> Entity:
    if hit is not None:
        name = next((t for t in group.texts if index.aliases.lookup(t) == hit), None)
        if hit.kind == COUNTRY and (name is None or name.isupper() or "." in name):
            # only known through a metonym or a country code, or written "U.S.", "UK": its usual name
            name = country_name(hit.code, state.language or "en") or name
        name = name or hit.code
        type_ = hit.type
        seed = hit.code
    elif person is not None and person.surname:
        name = next((t for t in group.texts if split_name(t) == person), group.canonical)
        type_, seed = "PER", person.key
    else:
        name, type_, seed = group.canonical, group.type, strip_article(alias_key(group.canonical))
    entity = Entity(id=index.new_id(type_, seed), name=name, type=type_)
    if _shouted(entity):  # a dateline place: "WASHINGTON" reads "Washington" until running text names it
        entity.name, entity.variants = _unshout(name), [name]
    if hit is not None:
        index.codes[entity.id] = hit.code
        entity.country = hit.country
    index.add(entity)
    return entity
