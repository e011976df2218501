"""HTML pages through trafilatura and feeds through feedparser (local fixture files)."""

from pathlib import Path

from veille.ingest.context import ReadContext
from veille.ingest.feeds import read_feed
from veille.ingest.html import read_html
from veille.ingest.sources import RawInput
from veille.model import Article, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def raw(name: str) -> RawInput:
    path = FIXTURES / name
    return RawInput(origin=str(path), data=path.read_bytes(), name=name)


def test_html_page_gives_body_title_author_and_date_without_boilerplate():
    (article,) = read_html(raw("page_fr.html"), ReadContext())
    assert isinstance(article, Article)
    assert article.title == "Vienne : l'OSCE craint une guerre en Europe"
    assert article.paragraphs[0].startswith("Le risque d'un conflit armé en Europe")
    assert "mesures appropriées" in article.text
    for boilerplate in ("Mentions légales", "Météo", "Accueil"):
        assert boilerplate not in article.text
    assert [(c.name, c.role) for c in article.credits] == [("Claire Morel", "author")]
    assert article.published == "2022-01-13" and article.date_precision == "day"
    assert article.language == "fr" and article.format == "html"


def test_html_page_with_no_body_is_rejected():
    (reject,) = read_html(raw("page_nobody.html"), ReadContext())
    assert isinstance(reject, Reject) and reject.reason == "no_body"


def test_html_declared_charset_is_used():
    page = (
        (FIXTURES / "page_fr.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1252"')
    )
    data = RawInput(origin="cp1252.html", data=page.encode("cp1252"), name="cp1252.html")
    (article,) = read_html(data, ReadContext())
    assert "Le risque d'un conflit armé" in article.text and "« mesures appropriées »" in article.text


def test_rss_entries_become_articles_with_link_id_and_date():
    articles = list(read_feed(raw("feed_fr.rss"), ReadContext()))
    assert [a.title for a in articles] == [
        "Otan-Russie : une réunion sans avancée à Bruxelles",
        "L'OSCE redoute une guerre en Europe",
    ]
    first = articles[0]
    assert first.url == "http://quotidien.example/monde/otan-russie-bruxelles"
    assert first.external_id == "qds-2022-0112-001"
    assert (first.published, first.date_precision) == ("2022-01-12T18:45:00+01:00", "datetime")
    assert first.paragraphs[1] == "Le secrétaire général de l'Alliance a parlé d'un dialogue difficile."
    assert "<" not in first.text and first.language == "fr" and first.format == "feed"
    assert first.source.endswith("feed_fr.rss")


def test_atom_entries_use_content_then_summary_and_updated_when_unpublished():
    osce, markets = read_feed(raw("feed_en.atom"), ReadContext())
    assert osce.external_id == "urn:ledger:2022:0113:17"
    assert osce.published == "2022-01-13T10:15:00+00:00"
    assert len(osce.paragraphs) == 2 and osce.language == "en"
    assert markets.text.startswith("Stocks were little changed")
    assert markets.published == "2022-01-13T14:30:00+00:00"


def test_broken_feed_is_rejected_as_feed_error():
    (reject,) = read_feed(raw("feed_broken.xml"), ReadContext())
    assert reject.reason == "feed_error" and reject.detail


def test_headline_only_entry_keeps_its_title_as_text():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>fr</language>
    <item><title>Moscou exclut toute concession sur l'Otan</title><guid>g1</guid></item></channel></rss>"""
    (article,) = read_feed(RawInput(origin="mem.rss", data=rss, name="mem.rss"), ReadContext())
    assert article.text == article.title == "Moscou exclut toute concession sur l'Otan"
    assert article.language == "fr"
