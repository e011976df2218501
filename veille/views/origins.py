"""Which articles of a story are independent sources.

Versions of one original (duplicates, updates, translations) and reports from one agency count
once: they are one *origin*. Independent rewrites by other outlets are separate origins.
"""

from __future__ import annotations

from veille.model import Article, Relation
from veille.resolve.versions import agency

DERIVED = frozenset({"duplicate", "update", "translation"})


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def origin_groups(articles: list[Article], relations: list[Relation]) -> dict[str, str]:
    """Map each article id to the id of its origin group."""
    uf = UnionFind([a.id for a in articles])
    for rel in relations:
        if rel.kind in DERIVED and rel.a in uf.parent and rel.b in uf.parent:
            uf.union(rel.a, rel.b)
    first_by_agency: dict[str, str] = {}
    for article in articles:
        key = agency(article)
        if key:
            if key in first_by_agency:
                uf.union(first_by_agency[key], article.id)
            else:
                first_by_agency[key] = article.id
    return {a.id: uf.find(a.id) for a in articles}


def independent_count(article_ids, groups: dict[str, str]) -> int:
    return len({groups.get(a, a) for a in article_ids})
