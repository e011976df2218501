"""How two closely related articles relate: duplicate, update, translation or rewrite.

- duplicate: the same text after normalisation, or near-identical (character similarity >= 0.98); also
  a copy of one outlet's text by another (mostly the same words, different sources);
- update: the same source or agency, mostly the same text (the earlier text largely contained in the
  later one): a corrected or extended version;
- translation: different languages, and a translation credit (`version française`, `translated by`)
  or strong cross-language evidence (high semantic similarity with a parallel structure);
- rewrite: the same event in an independent text.

Text similarity is the Jaccard index of word 3-shingles (fast: sets of hashes). Across languages the
score is the semantic similarity when the caller gives one, else an overlap of language-neutral
anchors (numbers and capitalised names). For update and translation, `Relation.a` is the earlier or
original article. docs/entities.md gives the thresholds and how they were chosen.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from anyascii import anyascii
from rapidfuzz import fuzz

from veille.model import Article, Relation

DATA = Path(__file__).with_name("data")

SHINGLE = 3
DUPLICATE_MIN = 0.98  # character similarity (rapidfuzz ratio of normalised texts) of near-identical texts
NEAR_DUPLICATE_GUARD = 0.8  # shingle similarity below which the character comparison is not tried
UPDATE_MIN = 0.6  # share of the earlier text's shingles found again in the later one
TRANSLATION_WITH_CREDIT = 0.6  # semantic similarity that confirms a credited translation
TRANSLATION_PARALLEL = 0.75  # ... a parallel (same structure, same figures) uncredited one
TRANSLATION_ALONE = 0.92  # ... with no other evidence
REWRITE_SEMANTIC = 0.5  # same event, independent text
ANCHORS_TRANSLATION = 0.5  # anchor overlap that confirms a credited translation (no semantic score)
ANCHORS_REWRITE = 0.4  # anchor overlap of two texts on one event (no semantic score): a weak test

_WORD = re.compile(r"\w+")
_AGENCY = re.compile(r"^[^\n]{0,80}?\(([A-Z][\w.&\- ]{1,30})\)\s*[-–—]")


# ---- text similarity ----


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def normalize_text(text: str) -> str:
    """Words only, casefolded, single-spaced: what two copies of one text share whatever the typography."""
    return " ".join(_words(text))


def shingles(text: str, n: int = SHINGLE) -> frozenset[int]:
    """Hashes of the word n-grams of a text (the words themselves for texts shorter than n)."""
    words = _words(text)
    if len(words) < n:
        return frozenset(hash(w) for w in words)
    return frozenset(hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1))


def _jaccard(sa: frozenset[int], sb: frozenset[int]) -> float:
    if not sa or not sb:
        return 1.0 if not sa and not sb else 0.0
    return len(sa & sb) / len(sa | sb)


def _contained(sa: frozenset[int], sb: frozenset[int]) -> float:
    return len(sa & sb) / len(sa) if sa else 0.0


def text_similarity(a: str, b: str) -> float:
    """Jaccard index of word 3-shingles, in [0, 1]. About 0.5 ms for two 400-word texts."""
    return _jaccard(shingles(a), shingles(b))


def containment(a: str, b: str) -> float:
    """Share of the shingles of `a` found in `b`: 1.0 when `b` repeats all of `a` (and adds to it)."""
    return _contained(shingles(a), shingles(b))


def _numbers(text: str) -> set[str]:
    out = set()
    for raw in re.findall(r"\d[\d\s.,]*\d|\d", text):
        digits = re.sub(r"[\s.,]", "", raw).lstrip("0")
        if digits:
            out.add(digits)
    return out


def _names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence, folded and cut to 5 letters (Lisbon ~ Lisbonne)."""
    out = set()
    for match in re.finditer(r"(?<![\w])([A-ZÀ-ÝŒ][\w]{2,})", text):
        before = text[max(0, match.start() - 3) : match.start()]
        if not before.strip() or re.search(r"[.!?:«\"“(]\s*$", before):
            continue  # sentence or quote opening: capitalised for grammar, not as a name
        word = match.group(1)
        if word.isupper() and len(word) > 5:
            continue  # subheads in capitals
        out.add(anyascii(word).lower()[:5])
    return out


def anchor_similarity(a: str, b: str) -> float:
    """Overlap (Szymkiewicz-Simpson) of numbers and capitalised names: a language-neutral similarity."""
    sa = _numbers(a) | {f"n:{w}" for w in _names(a)}
    sb = _numbers(b) | {f"n:{w}" for w in _names(b)}
    if min(len(sa), len(sb)) < 3:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _figure_agreement(a: str, b: str) -> float:
    na, nb = _numbers(a), _numbers(b)
    if not na or not nb:
        return 0.0
    return len(na & nb) / len(na | nb)


# ---- article facts ----


def _is_credit(paragraph: str) -> bool:
    p = paragraph.strip()
    return p.startswith("(") and p.endswith(")") and len(p) < 400


def body(article: Article) -> str:
    """The article text without its closing credit line (which changes between versions)."""
    paragraphs = article.paragraphs or article.text.split("\n\n")
    kept = list(paragraphs)
    while kept and _is_credit(kept[-1]):
        kept.pop()
    return "\n\n".join(kept)


def agency(article: Article) -> str | None:
    """The agency of the dateline (`LISBON (Reuters) -`), folded."""
    if article.dateline is not None and article.dateline.agency:
        return anyascii(article.dateline.agency).casefold().strip()
    match = _AGENCY.search(article.text[:200])
    return anyascii(match.group(1)).casefold().strip() if match else None


def _host(article: Article) -> str | None:
    for where in (article.url, article.source):
        if where and "://" in where:
            host = urlparse(where).netloc.lower()
            return host.removeprefix("www.") or None
    return None


def same_source(a: Article, b: Article) -> bool | None:
    """True/False when both agencies (or both web hosts) are known, None when it cannot be told."""
    ga, gb = agency(a), agency(b)
    if ga and gb:
        return ga == gb
    ha, hb = _host(a), _host(b)
    if ha and hb:
        return ha == hb
    return None


@lru_cache(maxsize=1)
def _credit_markers() -> tuple[str, ...]:
    data = json.loads((DATA / "translation_credits.json").read_text("utf-8"))
    return tuple(m for lang, markers in data.items() if lang != "_doc" for m in markers)


def has_translation_credit(article: Article) -> bool:
    """A credit says the article is a translation (`version française X`, `translated by Y`)."""
    if any(c.role == "translation" for c in article.credits):
        return True
    paragraphs = article.paragraphs or article.text.split("\n\n")
    for paragraph in paragraphs[-2:]:
        if _is_credit(paragraph) or len(paragraph) < 200:
            folded = " ".join(_words(anyascii(paragraph)))
            if any(marker in folded for marker in _credit_markers()):
                return True
    return False


def _when(article: Article) -> str | None:
    return article.published or article.ingested_at


def _earlier(a: Article, b: Article) -> bool | None:
    """True if `a` is known to be earlier than `b`, False if later, None if it cannot be told."""
    wa, wb = _when(a), _when(b)
    if not wa or not wb or wa.startswith(wb) or wb.startswith(wa):
        return None  # unknown, equal, or one date more precise than the other ("2026-03" vs "2026-03-09")
    return wa < wb


def _relation(first: Article, second: Article, kind: str, score: float) -> Relation:
    return Relation(a=first.id, b=second.id, kind=kind, score=round(float(score), 4))


# ---- the relation ----


def relate(a: Article, b: Article, semantic_similarity: float | None = None) -> Relation | None:
    """Type the relation of two related articles, or None when nothing says they tell the same news.

    `semantic_similarity` (cosine of multilingual embeddings, e.g. from veille.resolve.embed) is the
    evidence across languages and for rewrites; without it, anchors (numbers, names) stand in.
    """
    ta, tb = body(a), body(b)
    la, lb = a.language, b.language
    order = _earlier(a, b)
    if la and lb and la != lb:
        return _cross_language(a, b, ta, tb, order, semantic_similarity)
    if normalize_text(ta) == normalize_text(tb):
        first, second = (a, b) if order is not False else (b, a)
        return _relation(first, second, "duplicate", 1.0)
    sa, sb = shingles(ta), shingles(tb)
    sim = _jaccard(sa, sb)
    if sim >= NEAR_DUPLICATE_GUARD:
        chars = fuzz.ratio(normalize_text(ta), normalize_text(tb)) / 100.0
        if chars >= DUPLICATE_MIN:  # a word or two changed: shingles exaggerate it, characters do not
            first, second = (a, b) if order is not False else (b, a)
            return _relation(first, second, "duplicate", chars)
    a_in_b, b_in_a = _contained(sa, sb), _contained(sb, sa)
    if max(a_in_b, b_in_a) >= UPDATE_MIN:
        linked = b.version_of == a.id or a.version_of == b.id
        if linked or same_source(a, b) is not False:
            if b.version_of == a.id:
                first_is_a = True
            elif a.version_of == b.id:
                first_is_a = False
            elif order is not None:
                first_is_a = order
            else:
                first_is_a = a_in_b >= b_in_a  # the later version repeats the earlier and adds to it
            first, second = (a, b) if first_is_a else (b, a)
            return _relation(first, second, "update", sim)
        first, second = (a, b) if order is not False else (b, a)
        return _relation(first, second, "duplicate", sim)  # one outlet's text taken up by another
    evidence = semantic_similarity if semantic_similarity is not None else anchor_similarity(ta, tb)
    threshold = REWRITE_SEMANTIC if semantic_similarity is not None else ANCHORS_REWRITE
    if evidence >= threshold:
        first, second = (a, b) if order is not False else (b, a)
        return _relation(first, second, "rewrite", evidence)
    return None


def _cross_language(
    a: Article, b: Article, ta: str, tb: str, order: bool | None, semantic: float | None
) -> Relation | None:
    credit_a, credit_b = has_translation_credit(a), has_translation_credit(b)
    source = same_source(a, b)
    anchors = anchor_similarity(ta, tb)
    parallel = _parallel(a, b, ta, tb)
    if semantic is not None:
        translated = (
            ((credit_a or credit_b) and semantic >= TRANSLATION_WITH_CREDIT and source is not False)
            or (semantic >= TRANSLATION_PARALLEL and parallel and source is not False)
            or semantic >= TRANSLATION_ALONE
        )
        score = semantic
        related = semantic >= REWRITE_SEMANTIC
    else:
        translated = (credit_a or credit_b) and anchors >= ANCHORS_TRANSLATION and source is not False
        score = anchors
        related = anchors >= ANCHORS_REWRITE
    if translated:
        if credit_a != credit_b:
            first_is_a = credit_b  # the credited one is the translation
        elif order is not None:
            first_is_a = order
        else:
            first_is_a = True
        first, second = (a, b) if first_is_a else (b, a)
        return _relation(first, second, "translation", score)
    if related:
        first, second = (a, b) if order is not False else (b, a)
        return _relation(first, second, "rewrite", score)
    return None


def _parallel(a: Article, b: Article, ta: str, tb: str) -> bool:
    """Same paragraph count (within one) and mostly the same figures: the shape a translation keeps."""
    pa = [p for p in ta.split("\n\n") if p.strip()]
    pb = [p for p in tb.split("\n\n") if p.strip()]
    return abs(len(pa) - len(pb)) <= 1 and len(pa) >= 2 and _figure_agreement(ta, tb) >= 0.8
