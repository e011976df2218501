"""Full-text search: accents folded, OR and phrases, hostile queries never raise, plain-text snippets."""

import hashlib

import pytest

from veille.model import Article
from veille.store import open_store
from veille.store.search import MARK_CLOSE, MARK_OPEN, fts_query


def make_article(text: str, title: str = "Title", **fields) -> Article:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return Article(
        id=digest[:16],
        source="test",
        title=title,
        text=text,
        paragraphs=[text],
        content_hash=digest,
        **fields,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("search") / "s.db")
    s.add_articles(
        [
            make_article(
                "GENÈVE (Reuters) - Les négociations ont repris à Genève mardi.",
                title="Pourparlers",
                language="fr",
                published="2022-01-11",
            ),
            make_article(
                "LISBON (Reuters) - Talks resumed in Lisbon on Tuesday.",
                title="Talks resume",
                language="en",
                published="2022-03-02",
            ),
            make_article(
                "Les ministres se retrouvent à Lisbonne.",
                title="Lisbonne accueille",
                language="fr",
                published="2022-03",
            ),
            make_article(
                "Un texte avec <script>alert(1)</script> et [bold]du balisage[/bold] : Genève.",
                title="<b>Hostile</b>",
                language="fr",
            ),
        ]
    )
    yield s
    s.close()


def titles(hits):
    return sorted(h.article.title for h in hits)


def test_a_query_without_accents_finds_the_accented_word(store):
    assert titles(store.search("Geneve")) == ["<b>Hostile</b>", "Pourparlers"]
    assert titles(store.search("negociations")) == ["Pourparlers"]
    assert titles(store.search("GENÈVE mardi")) == ["Pourparlers"]


def test_or_finds_either_word(store):
    assert titles(store.search("Lisbonne OR Lisbon")) == ["Lisbonne accueille", "Talks resume"]


def test_words_without_or_must_all_match(store):
    assert titles(store.search("Lisbon Tuesday")) == ["Talks resume"]
    assert store.search("Lisbonne Tuesday") == []


def test_a_quoted_phrase_matches_words_in_order(store):
    assert titles(store.search('"talks resumed"')) == ["Talks resume"]
    assert store.search('"resumed talks"') == []


def test_a_trailing_star_searches_a_prefix(store):
    assert titles(store.search("négo*")) == ["Pourparlers"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND (",
        "*",
        "OR",
        "NOT",
        "NEAR(a b)",
        "a:b",
        "title:x",
        "^start",
        "-x",
        "()",
        "'",
        "%",
        "\\",
        '"unclosed phrase',
        "Lisbon OR OR",
        "OR Lisbon",
        "Lisbon AND",
        "x\x00y",
        "🙂",
        "    ",
    ],
)
def test_hostile_queries_never_raise(store, query):
    hits = store.search(query)
    assert isinstance(hits, list)
    assert store.count_search(query) == len(hits)


def test_operator_words_inside_a_query_are_plain_words(store):
    assert fts_query("AND (") == '"AND"'
    assert fts_query('say "hi') == '"say" "hi"'
    assert fts_query("a OR OR b OR") == '"a" OR "b"'
    assert fts_query('x"y') == '"x y"'


def test_snippets_are_plain_text_with_match_markers(store):
    [hit] = store.search("balisage")
    assert f"{MARK_OPEN}balisage{MARK_CLOSE}" in hit.snippet
    assert "<script>" in hit.snippet  # kept as text: escaping is the renderer's job
    assert ("balisage", True) in hit.parts
    assert "".join(text for text, _ in hit.parts) == hit.article.text


def test_search_filters_by_language_and_date(store):
    assert titles(store.search("Lisbonne OR Lisbon", language="en")) == ["Talks resume"]
    assert titles(store.search("Lisbonne OR Lisbon", since="2022-03-05")) == ["Lisbonne accueille"]
    assert titles(store.search("Geneve OR Lisbon", until="2022-02")) == ["Pourparlers"]


def test_title_matches_rank_first(store):
    hits = store.search("Lisbonne OR Lisbon OR talks")
    assert hits[0].article.title in {"Talks resume", "Lisbonne accueille"}
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
