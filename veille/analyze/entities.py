"""Entity mentions of one article: the model's raw entities, cleaned for news.

`find_entities(article, doc)` with `doc = ner_doc(article.text, lang)` returns `Mention`s with offsets
into `article.text`, types PER | ORG | LOC | MISC, and per-article canonical names. The steps:

1. zones where no news actor can be: the closing credit line `(Reportage A, édité par B)`, the
   dateline `GENEVE (Reuters) -` (its place becomes a LOC mention, its agency nothing) and the
   subheads; ALL-CAPS lines are trusted only for names found elsewhere in the article;
2. each raw span is cleaned (mentions_clean.py): determiners, titles and functions out of names;
   names cut at a linking word are joined (`Banque centrale de Russie`, compounds.py);
3. byline names (`article.credits`) are never mentions;
4. acronyms and their expansions share a canonical name (acronyms.py);
5. names the model found once are found where they recur; one type per name (canonical.py); a name
   opening with a given name whose surname stands alone elsewhere is a person, and so are such lone
   surnames (missed_people.py); diseases are MISC and names headed by an administrative noun are
   places (context_types.py);
6. titles and roles from appositions (appositions.py); person canonical names (canonical.py);
7. countries get their ISO3 code; capitals acting as governments get `metonym_of` (countries.py); a
   person takes the country of their role or of the place they are said to be from ("de l'Ukraine").

Only step 7 may run the parser, on the few sentences where a capital's role is not clear from the
surrounding words (with `deferred`, those sentences wait for one batch over many articles:
countries.settle_metonyms).
"""

from __future__ import annotations

import bisect
import importlib
import re
from dataclasses import dataclass
from functools import cache

from veille.analyze.acronyms import link_acronyms
from veille.analyze.appositions import attach_titles_and_roles, retype_apposed_people
from veille.analyze.canonical import harmonize_types, person_canonicals, propagate, short_organisation_names
from veille.analyze.compounds import join_linked_names, join_particle_names, origin_countries
from veille.analyze.context_types import context_kinds
from veille.analyze.countries import (
    MetonymCheck,
    assign_countries,
    flag_metonyms,
    known_place,
    normalise,
    person_countries,
)
from veille.analyze.entity_tables import Tables, inside
from veille.analyze.known_names import known_names
from veille.analyze.mentions_clean import (
    CapitalisedWords,
    capitalised_words,
    clean_span,
    drop_tagged,
    widen_pronoun_surname,
)
from veille.analyze.missed_people import named_people
from veille.analyze.places import written_place_name
from veille.ingest.credits import credit_span
from veille.model import Article, Mention

# spaCy labels (French and English models) -> veille's four types; others are not names.
LABELS = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "MISC": "MISC",
    "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC",
}
DEFAULT_LANGUAGE = "en"

# Reuters-style dateline opening one of the first paragraphs, when the reader found none:
# "GENEVE (Reuters) -", "LONDON 1996-08-30", "PARAMARIBO, Surinam 1996-08-30".
_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-ZÀ-Ý][\w.'’\-]+(?: [A-ZÀ-Ý][\w.'’\-]+){0,2}))?"
    r"(?:\s*\((?P<agency>[^()\n]{2,40})\)\s*[-–—]|\s+\d{4}-\d\d-\d\d\s*$|\s+\d{4}-\d\d-\d\d\s)"
)


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, for _caps_zones


def map_label(label: str) -> str | None:
    """PER | ORG | LOC | MISC for a spaCy label, None for dates, numbers and other non-names."""
    return LABELS.get(label)


@cache
def lang_tables(lang: str) -> Tables:
    """The word tables of `lang` (veille/analyze/lang/<lang>/entities.py); English when there are none."""
    try:
        module = importlib.import_module(f"veille.analyze.lang.{lang}.entities")
    except ModuleNotFoundError:
        module = importlib.import_module(f"veille.analyze.lang.{DEFAULT_LANGUAGE}.entities")
    return Tables.from_module(module)


def title_start(text: str, mention: Mention) -> int:
    """Where the mention's title starts when it stands right before the name ("M. Gambetta"), else its start."""
    if not mention.title:
        return mention.start
    at = text.rfind(mention.title, 0, mention.start)
    if at >= 0 and not text[at + len(mention.title):mention.start].strip():
        return at
    return mention.start


def find_entities(article: Article, doc, deferred: list[MetonymCheck] | None = None) -> list[Mention]:
    """Clean entity mentions of `article`; `doc` is `ner_doc(article.text, lang)`. With `deferred`,
    capitals whose role needs the parser are left for `settle_metonyms(deferred)` to flag.

    `start_entities` and `finish_entities` are its two halves, around the tagger's reading of
    capitalised sentence openers, so that the articles of a batch share one tagger call (article.py)."""
    pending = start_entities(article, doc)
    tagged = []
    if pending.capitalised.windows:
        from veille.analyze.nlp import tag_docs

        tagged = list(tag_docs(pending.capitalised.windows, pending.lang))
    return finish_entities(pending, tagged, deferred)


@dataclass
class PendingEntities:
    """The mentions of an article up to the tagger's reading of `capitalised.windows`."""

    article: Article
    doc: object
    lang: str
    tables: Tables
    blocked: list[tuple[int, int]]
    caps: list[tuple[int, int]]
    dateline_places: list[Mention]
    mentions: list[Mention]
    capitalised: CapitalisedWords


def start_entities(article: Article, doc) -> PendingEntities:
    lang = article.language or doc.lang_ or DEFAULT_LANGUAGE
    tables = lang_tables(lang)
    doc.user_data.setdefault("veille_text", article.text)  # spaCy rebuilds doc.text at each access
    blocked = _blocked_zones(article)
    dateline_places, dateline_zone = _dateline(article)
    if dateline_zone:
        blocked.append(dateline_zone)
    caps = _caps_zones(article.text, blocked)

    mentions: list[Mention] = []
    for ent in doc.ents:
        start, label = widen_pronoun_surname(doc, ent.start, ent.end, ent.label_, tables)
        kind = map_label(label)
        if kind is None or _touches(ent.start_char, ent.end_char, blocked) \
                or inside(ent.start_char, ent.end_char, caps):
            continue
        mentions.extend(clean_span(doc, start, ent.end, kind, tables))
    mentions = [m for m in mentions if not _is_credit_name(m, article)]
    capitalised = capitalised_words(doc, mentions, keep=lambda m: known_place(m.text, tables))
    return PendingEntities(article, doc, lang, tables, blocked, caps, dateline_places, mentions, capitalised)


def finish_entities(pending: PendingEntities, tagged: list, deferred: list[MetonymCheck] | None = None) -> list[Mention]:
    """The mentions of `pending` once `tagged` (the tagger's docs of its windows) is known."""
    article, doc, lang, tables = pending.article, pending.doc, pending.lang, pending.tables
    blocked, caps, dateline_places = pending.blocked, pending.caps, pending.dateline_places
    mentions = pending.mentions
    if pending.capitalised.windows:
        mentions = drop_tagged(mentions, pending.capitalised, tagged)
    fixed = {m.start for m in dateline_places}
    mentions = _dedupe(dateline_places + mentions)
    mentions = _dedupe(known_names(article.text, mentions, blocked + caps))

    mentions = join_particle_names(doc, join_linked_names(doc, mentions, tables), tables)
    mentions = link_acronyms(doc, mentions)
    mentions = _dedupe(propagate(doc, mentions, blocked, caps, tables))
    mentions = named_people(doc, mentions, blocked, caps, tables)
    mentions = [m for m in mentions if not _is_credit_name(m, article)]
    retype_apposed_people(doc, mentions, tables)
    attach_titles_and_roles(doc, mentions, tables)
    harmonize_types(mentions, tables, fixed | context_kinds(doc, mentions, tables))
    person_canonicals(mentions)
    for m in mentions:
        if not m.canonical:
            m.canonical = " ".join(m.text.split())
    short_organisation_names(mentions)
    _written_dateline_places(mentions, fixed)
    assign_countries(mentions, tables)
    person_countries(mentions)
    origin_countries(doc, mentions, tables)
    _share_person_countries(mentions)
    flag_metonyms(doc, mentions, tables, lang, places=fixed, deferred=deferred)
    return mentions


# ---- article zones ----


def _blocked_zones(article: Article) -> list[tuple[int, int]]:
    """Spans where no news actor is named: the closing credit line and the subheads."""
    text = article.text
    zones = []
    credit = credit_span(article) if article.paragraphs else None
    credit = credit or credit_line_span(text)
    if credit:
        zones.append(credit)
    for subhead in article.subheads:
        for match in re.finditer(re.escape(subhead.strip()), text):
            zones.append((match.start(), match.end()))
    return zones


def credit_line_span(text: str) -> tuple[int, int] | None:
    """The closing paragraph in parentheses (`(Reportage A; édité par B)`), if the text ends with one.

    The fallback when ingest's `credit_span` (which knows the credit vocabulary) finds none."""
    stripped = text.rstrip()
    if not stripped.endswith(")"):
        return None
    start = stripped.rfind("\n\n") + 2 if "\n\n" in stripped else 0
    last = stripped[start:]
    lead = len(last) - len(last.lstrip())
    if last.lstrip().startswith("("):
        return start + lead, len(stripped)
    return None


def _dateline(article: Article) -> tuple[list[Mention], tuple[int, int] | None]:
    """The dateline's places as LOC mentions, and the dateline's span (agency included)."""
    text = article.text
    places: list[tuple[int, str]] = []
    if article.dateline is not None:
        d = article.dateline
        zone = (d.start, d.end)
        for part in d.place.split(","):
            part = part.strip()
            at = text.find(part, d.start, d.end) if part else -1
            if at >= 0:
                places.append((at, part))
    else:
        zone = None
        offset = 0
        for n, paragraph in enumerate(text.split("\n\n")):
            if n >= 3:
                break
            match = _DATELINE.match(paragraph)
            if match and len(match.group("place")) >= 3:
                zone = (offset + match.start(), offset + match.end())
                places.append((offset + match.start("place"), match.group("place")))
                if match.group("region"):
                    places.append((offset + match.start("region"), match.group("region")))
                break
            offset += len(paragraph) + 2
    mentions = [Mention(text=p, start=s, end=s + len(p), type="LOC", canonical=p) for s, p in places]
    return mentions, zone


def _written_dateline_places(mentions: list[Mention], fixed: set[int]) -> None:
    """A dateline place in capitals ("GENEVE") takes the form running text writes it in ("Genève"):
    the article's, else the gazetteer's, else the capitalised word ("LIMA" -> "Lima")."""
    written = {normalise(m.text): m.canonical for m in mentions if m.type == "LOC" and not m.text.isupper()}
    for m in mentions:
        if m.start in fixed and m.text.isupper():
            m.canonical = written.get(normalise(m.text)) or written_place_name(m.text) or m.text.title()


def _share_person_countries(mentions: list[Mention]) -> None:
    """Every mention of a person takes the country one of them shows ("Volodymyr Zelenskiy de
    l'Ukraine" ... "Zelenskiy"), when they show only one."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "PER" and m.country:
            found.setdefault(m.canonical, set()).add(m.country)
    for m in mentions:
        if m.type == "PER" and m.country is None and len(codes := found.get(m.canonical, ())) == 1:
            m.country = next(iter(codes))


def _caps_zones(text: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines written in capitals (headlines, shouted subheads): the model reads them poorly."""
    zones = []
    offset = 0
    total = 0
    for line in text.split("\n"):
        words = _LETTER_WORD.findall(line)
        upper = sum(map(str.isupper, words))
        if len(words) >= 3 and upper >= 0.8 * len(words):
            zones.append((offset, offset + len(line)))
            total += len(line)
        offset += len(line) + 1
    if total > 0.5 * max(1, len(text.strip())):
        return []  # an all-caps article: trust the model
    return zones


def _touches(start: int, end: int, zones: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in zones)


def _is_credit_name(m: Mention, article: Article) -> bool:
    if m.type != "PER" or not article.credits:
        return False
    text = " ".join(m.text.split()).lower()
    return any(text == c.name.lower() or (" " in text and text in c.name.lower()) for c in article.credits)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping an earlier-listed one (dateline places first, then longer spans)."""
    kept: list[Mention] = []
    if any(m.start >= m.end for m in mentions):  # empty spans: the plain pairwise test
        for m in mentions:
            if not any(k.start < m.end and m.start < k.end for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda m: m.start)
    starts: list[int] = []  # kept spans are disjoint: sorted by start, their ends are sorted too
    ends: list[int] = []
    for m in mentions:
        at = bisect.bisect_left(starts, m.end)  # kept spans starting before m ends: starts[:at]
        if at and ends[at - 1] > m.start:
            continue
        starts.insert(at, m.start)
        ends.insert(at, m.end)
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
