"""Facts with provenance: the figures of a story, the articles carrying each, and their independent
sources; and figures that contradict each other (the same quantity reported with different values)."""

from __future__ import annotations

from collections import defaultdict

from veille.analyze.sentences import sentence_at, sentence_spans
from veille.model import Analysis, Article, Claim, Contradiction, Fact, Figure
from veille.views.origins import UnionFind, independent_count
from veille.views.similarity import Embedder, normalise, similarity_matrix

# Two different values are the same quantity when their sentences say nearly the same thing.
SAME_QUANTITY_CONTEXT = 0.55


def _counts_stem(counts: str | None) -> str | None:
    return normalise(counts)[:5] if counts else None


def _compatible(a: tuple[Figure, str | None], b: tuple[Figure, str | None]) -> bool:
    (fa, la), (fb, lb) = a, b
    if (fa.unit or None) != (fb.unit or None):
        return False
    if la == lb and fa.counts and fb.counts:
        return _counts_stem(fa.counts) == _counts_stem(fb.counts)
    return True


def collect_facts(
    articles: list[Article],
    analyses: dict[str, Analysis],
    groups: dict[str, str],
    embed: Embedder | None = None,
) -> tuple[list[Fact], list[Contradiction]]:
    items: list[tuple[str, Figure, str | None, str]] = []  # article, figure, language, sentence
    for article in articles:
        analysis = analyses.get(article.id)
        if not analysis:
            continue
        spans = sentence_spans(article.text)
        for figure in analysis.figures:
            span = sentence_at(spans, figure.start) or (figure.start, figure.end)
            items.append((article.id, figure, analysis.language, article.text[span[0] : span[1]]))
    if not items:
        return [], []

    uf = UnionFind(range(len(items)))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            fi, fj = items[i][1], items[j][1]
            if (fi.value, fi.value_max) == (fj.value, fj.value_max) and _compatible(
                (fi, items[i][2]), (fj, items[j][2])
            ):
                uf.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[uf.find(i)].append(i)

    found: list[tuple[Fact, str, str | None]] = []  # fact, one evidence sentence, its language
    for indexes in members.values():
        first = items[indexes[0]][1]
        article_ids = list(dict.fromkeys(items[i][0] for i in indexes))
        fact = Fact(
            text=first.text,
            value=first.value,
            value_max=first.value_max,
            unit=first.unit,
            counts=first.counts,
            articles=article_ids,
            sources=independent_count(article_ids, groups),
            variants=list(dict.fromkeys(items[i][1].text for i in indexes if items[i][1].text != first.text)),
        )
        found.append((fact, items[indexes[0]][3], items[indexes[0]][2]))
    found.sort(key=lambda x: (-x[0].sources, -len(x[0].articles), x[0].text))
    facts = [f for f, _, _ in found]
    return facts, _figure_contradictions(facts, [(t, lang) for _, t, lang in found], embed)


def _figure_contradictions(facts: list[Fact], evidence, embed: Embedder | None) -> list[Contradiction]:
    candidates = []
    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if a.unit is None and not (a.counts and b.counts):
                continue
            if (a.unit or None) != (b.unit or None) or (a.value, a.value_max) == (b.value, b.value_max):
                continue
            if a.unit is None and _counts_stem(a.counts) != _counts_stem(b.counts):
                continue
            if set(a.articles) == set(b.articles):
                continue  # the same articles give both values: a comparison, not a contradiction
            candidates.append((i, j))
    if not candidates:
        return []
    texts, langs = zip(*evidence, strict=True)
    sims = similarity_matrix(list(texts), list(langs), embed)
    out = []
    for i, j in candidates:
        if sims[i][j] >= SAME_QUANTITY_CONTEXT or (embed is None and langs[i] != langs[j]):
            a, b = facts[i], facts[j]
            subject = a.counts or a.unit or "figure"
            out.append(
                Contradiction(
                    kind="figure",
                    subject=subject,
                    claims=[Claim(a.text, a.articles, texts[i]), Claim(b.text, b.articles, texts[j])],
                )
            )
    return out
