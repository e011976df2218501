"""Helper for tests that run test-written wire reports through the real reader and analysis."""

from veille.analyze.article import analyze_article
from veille.ingest.registry import read_input
from veille.ingest.sources import RawInput
from veille.model import Analysis, Article


def analyse_wire(text: str, name: str = "wire.txt") -> tuple[Article, Analysis]:
    """(article, analysis) of a test-written wire report."""
    article = next(iter(read_input(RawInput(origin=name, data=text.encode(), name=name))))
    return article, analyze_article(article)
