"""Facts with provenance: the figures of a story, the articles carrying each, and their independent
sources; and figures that contradict each other (the same quantity reported with different values)."""

from __future__ import annotations

from collections import defaultdict

from veille.analyze.sentences import sentence_at, sentence_spans
from veille.model import Analysis, Article, Claim, Contradiction, Fact, Figure
from veille.views.count_concepts import concept
from veille.views.origins import UnionFind, independent_count
from veille.views.similarity import Embedder, normalise, similarity_matrix

# Two different values are the same quantity when their sentences say nearly the same thing.
SAME_QUANTITY_CONTEXT = 0.55
# Two equal counts in two languages are one fact when their sentences are about the same thing.
SAME_FIGURE_CONTEXT = 0.45


def _counts_stem(counts: str | None) -> str | None:
    """What a counted noun counts: its concept when known in any language, else its stem."""
    return concept(counts) or (normalise(counts)[:5] if counts else None)


def _compatible(a: tuple[Figure, str | None], b: tuple[Figure, str | None], context: float) -> bool:
    """Can two figures of equal value be one fact? Same unit; in one language the same counted noun;
    across languages, counted nouns cannot be compared, so their sentences must say about the same
    thing (`context`: their similarity): "deux parties" is not "two companies"."""
    (fa, la), (fb, lb) = a, b
    if (fa.unit or None) != (fb.unit or None):
        return False
    if la == lb and fa.counts and fb.counts:
        return _counts_stem(fa.counts) == _counts_stem(fb.counts)
    if la != lb and fa.counts and fb.counts:
        ca, cb = concept(fa.counts), concept(fb.counts)
        if ca and cb:
            return ca == cb  # "soldats" and "troops" are one count; "morts" and "injured" are not
        return context >= SAME_FIGURE_CONTEXT
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
    equal = [
        (i, j)
        for i in range(len(items))
        for j in range(i + 1, len(items))
        if (items[i][1].value, items[i][1].value_max) == (items[j][1].value, items[j][1].value_max)
    ]
    # sentence similarity only where it decides: equal values across languages (embedding is the cost)
    cross = sorted({k for i, j in equal if items[i][2] != items[j][2] for k in (i, j)}) if embed else []
    where = {k: n for n, k in enumerate(cross)}
    sims = similarity_matrix([items[k][3] for k in cross], [items[k][2] for k in cross], embed) if cross else None
    for i, j in equal:
        context = float(sims[where[i]][where[j]]) if i in where and j in where else 1.0
        if _compatible((items[i][1], items[i][2]), (items[j][1], items[j][2]), context):
            uf.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[uf.find(i)].append(i)

    found: list[tuple[Fact, list[tuple[str, str | None]]]] = []  # fact, its evidence sentences and languages
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
        sentences = list(dict.fromkeys((items[i][3], items[i][2]) for i in indexes))
        found.append((fact, sentences))
    found.sort(key=lambda x: (-x[0].sources, -len(x[0].articles), x[0].text))
    return [f for f, _ in found], _figure_contradictions(found, embed)


def _figure_contradictions(found, embed: Embedder | None) -> list[Contradiction]:
    """Facts with the same unit (or counted noun) and different values whose sentences say nearly the
    same thing, or share a sentence ("35 km, et non 40 km"), are the same quantity reported twice."""
    facts = [f for f, _ in found]
    candidates = []
    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if (a.unit or None) != (b.unit or None) or (a.value, a.value_max) == (b.value, b.value_max):
                continue
            if a.unit is None and not (
                a.counts and b.counts and _counts_stem(a.counts) == _counts_stem(b.counts)
            ):
                continue
            if set(a.articles) == set(b.articles):
                continue  # the same articles give both values: a comparison, not a contradiction
            candidates.append((i, j))
    if not candidates:
        return []
    sentences = [s for _, group in found for s in group]
    owner = [k for k, (_, group) in enumerate(found) for _ in group]
    sims = similarity_matrix([t for t, _ in sentences], [lang for _, lang in sentences], embed)
    facts_in: dict[str, set[int]] = defaultdict(set)  # sentence -> the facts it carries
    for k, (text, _) in enumerate(sentences):
        facts_in[text].add(owner[k])

    def likeness(x: int, y: int, pair: set[int]) -> float:
        """How alike two sentences are: the same sentence, or two sentences that carry another
        fact in common ("… 90 days … up to 5%" and "… 60 jours … 5%") count as one statement."""
        a, b = sentences[x][0], sentences[y][0]
        if a == b or (facts_in[a] & facts_in[b]) - pair:
            return 1.0
        return float(sims[x][y])

    out = []
    for i, j in candidates:
        mine = [k for k, o in enumerate(owner) if o == i]
        theirs = [k for k, o in enumerate(owner) if o == j]
        best = max((likeness(x, y, {i, j}), x, y) for x in mine for y in theirs)
        if best[0] >= SAME_QUANTITY_CONTEXT:
            a, b = facts[i], facts[j]
            out.append(
                Contradiction(
                    kind="figure",
                    subject=a.counts or a.unit or "figure",
                    claims=[
                        Claim(a.text, a.articles, sentences[best[1]][0]),
                        Claim(b.text, b.articles, sentences[best[2]][0]),
                    ],
                )
            )
    return out
