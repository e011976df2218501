"""Who said what: quotes grouped across the articles of a story.

The same statement in two versions (a translation, a rewrite, a partial quote) becomes one
`MergedQuote` listing every article that carries it. Matching is lexical within a language and by
multilingual embeddings across languages.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from veille.model import Analysis, Article, Claim, Contradiction, MergedQuote, Quote
from veille.views.origins import UnionFind
from veille.views.similarity import Embedder, normalise, similarity_matrix

SAME_LANGUAGE_MATCH = 0.85
CROSS_LANGUAGE_MATCH = 0.72
KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}


def speaker_key(quote: Quote) -> str | None:
    if quote.entity_id:
        return quote.entity_id
    return normalise(quote.speaker) if quote.speaker else None


def merge_quotes(
    articles: list[Article],
    analyses: dict[str, Analysis],
    embed: Embedder | None = None,
    entity_names: dict[str, str] | None = None,
) -> tuple[list[MergedQuote], list[Contradiction]]:
    """Quotes merged across articles, and speaker contradictions. `entity_names` (entity id ->
    name) names a resolved speaker one way in every language ("Esmaïl Baghaï", not also
    "Esmaeil Baghaei")."""
    entity_names = entity_names or {}
    items: list[tuple[str, Quote, str | None]] = []
    for article in articles:
        analysis = analyses.get(article.id)
        if analysis:
            items.extend((article.id, q, analysis.language) for q in analysis.quotes)
    if not items:
        return [], []
    sims = similarity_matrix([q.text for _, q, _ in items], [lang for _, _, lang in items], embed)
    articles = np.array([a for a, _, _ in items], dtype=object)
    langs = np.array([lang or "" for _, _, lang in items], dtype=object)
    threshold = np.where(langs[:, None] == langs[None, :], SAME_LANGUAGE_MATCH, CROSS_LANGUAGE_MATCH)
    match = (sims >= threshold) & (articles[:, None] != articles[None, :])
    uf = UnionFind(range(len(items)))
    for i, j in np.argwhere(np.triu(match, k=1)):
        uf.union(int(i), int(j))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[uf.find(i)].append(i)

    merged, contradictions = [], []
    for indexes in members.values():
        quotes = [items[i][1] for i in indexes]
        best = min(quotes, key=lambda q: (KIND_RANK.get(q.kind, 3), -len(q.text)))
        speakers = Counter(k for k in (speaker_key(q) for q in quotes) if k)
        names = {speaker_key(q): entity_names.get(q.entity_id or "", q.speaker) for q in quotes if speaker_key(q)}
        top = speakers.most_common(1)[0][0] if speakers else None
        article_ids = list(dict.fromkeys(items[i][0] for i in indexes))
        variants = list(dict.fromkeys(q.text for q in quotes if q.text != best.text))
        merged.append(
            MergedQuote(
                text=best.text,
                kind=best.kind,
                speaker=top if top and any(q.entity_id == top for q in quotes) else None,
                speaker_name=names.get(top),
                articles=article_ids,
                variants=variants,
            )
        )
        resolved = {q.entity_id for q in quotes if q.entity_id}
        if len(resolved) > 1:  # only resolved speakers can disagree; descriptions vary by language
            claims = []
            for key in speakers:
                claim_articles = list(
                    dict.fromkeys(items[i][0] for i in indexes if speaker_key(items[i][1]) == key)
                )
                claims.append(Claim(value=names[key] or key, articles=claim_articles, evidence=best.text))
            contradictions.append(Contradiction(kind="quote_speaker", subject=best.text, claims=claims))
    merged.sort(key=lambda m: (m.speaker_name or "~", -len(m.articles)))
    return merged, contradictions


def quotes_by_speaker(merged: list[MergedQuote]) -> dict[str, list[MergedQuote]]:
    """Group merged quotes under their speaker's name (unattributed ones under "")."""
    groups: dict[str, list[MergedQuote]] = defaultdict(list)
    for quote in merged:
        groups[quote.speaker_name or ""].append(quote)
    return dict(groups)
