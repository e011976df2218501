"""The SQLite store: de-duplication, versions, round trips, migrations, transactions."""

import hashlib
import sqlite3

import pytest

from veille.model import Analysis, Article, Credit, Dateline, Mention, Quote, Reject
from veille.store import open_store
from veille.store.db import available_migrations


def make_article(text: str, title: str = "Title", **fields) -> Article:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    fields.setdefault("source", "test")
    return Article(
        id=digest[:16],
        title=title,
        text=text,
        paragraphs=text.split("\n\n"),
        content_hash=digest,
        **fields,
    )


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "veille.db") as s:
        yield s


def test_same_content_twice_is_one_article(store):
    first = make_article("Les pourparlers reprennent à Lisbonne.")
    again = make_article("Les pourparlers reprennent à Lisbonne.", source="elsewhere")
    assert store.add_articles([first]) == ["stored"]
    assert store.add_articles([again, make_article("Les pourparlers reprennent à Lisbonne.")]) == [
        "duplicate",
        "duplicate",
    ]
    assert store.count_articles() == 1


def test_duplicates_inside_one_batch_are_caught(store):
    a = make_article("One text.")
    assert store.add_articles([a, make_article("One text."), make_article("Two text.")]) == [
        "stored",
        "duplicate",
        "stored",
    ]


def test_new_text_for_the_same_external_id_is_a_new_article_linked_to_the_previous(store):
    v1 = make_article("First draft.", external_id="wire-1", source="press.jsonl")
    v2 = make_article("First draft, corrected.", external_id="wire-1", source="press.jsonl")
    v3 = make_article("First draft, corrected twice.", external_id="wire-1", source="press.jsonl")
    assert store.add_articles([v1]) == ["stored"]
    assert store.add_articles([v2, v3]) == ["version", "version"]
    assert store.get_article(v2.id).version_of == v1.id
    assert store.get_article(v3.id).version_of == v2.id
    assert [a.id for a in store.versions_of(v1.id)] == [v1.id, v2.id, v3.id]
    assert [a.id for a in store.versions_of(v3.id)] == [v1.id, v2.id, v3.id]
    assert store.count_articles() == 3


def test_new_text_at_the_same_url_is_a_version(store):
    store.add_articles([make_article("Before.", url="https://example.org/a")])
    later = make_article("After.", url="https://example.org/a", source="other feed")
    assert store.add_articles([later]) == ["version"]
    assert len(store.versions_of(later.id)) == 2


def test_the_same_external_id_from_another_source_is_not_a_version(store):
    store.add_articles([make_article("A.", external_id="1", source="a.jsonl")])
    assert store.add_articles([make_article("B.", external_id="1", source="b.jsonl")]) == ["stored"]


def test_an_article_without_versions_is_its_own_chain(store):
    a = make_article("Alone.")
    store.add_articles([a])
    assert [x.id for x in store.versions_of(a.id)] == [a.id]
    assert store.versions_of("0000000000000000") == []


def test_every_article_field_survives_the_round_trip(store):
    a = make_article(
        "GENEVE (Reuters) - Texte.\n\nSUITE\n\nFin.",
        title="Titre [bold]",
        source="examples/a.txt",
        url="https://example.org/x",
        external_id="x-1",
        language="fr",
        published="2022-01-10",
        date_precision="day",
        dateline=Dateline(place="GENEVE", agency="Reuters", start=0, end=18),
        credits=[Credit("Jean Dupont", "reporting", "Moscou"), Credit("Ann Lee", "editing")],
        subheads=["SUITE"],
        format="text",
    )
    store.add_articles([a])
    back = store.get_article(a.id)
    assert back == a  # add_articles filled ingested_at on `a` too
    assert back.ingested_at
    assert store.find_article(a.id[:6]) == a
    assert store.get_article("nope") is None


def test_migrations_are_applied_once_and_recorded_in_user_version(tmp_path):
    path = tmp_path / "m.db"
    latest = available_migrations()[-1][0]
    with open_store(path) as s:
        assert s.schema_version == latest
        s.add_articles([make_article("kept")])
    with open_store(path) as s:  # re-opening must not re-run 0001 (it would fail on CREATE TABLE)
        assert s.schema_version == latest
        assert s.count_articles() == 1


def test_the_database_runs_in_wal_mode_with_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    with pytest.raises(sqlite3.IntegrityError):
        store.save_analyses([Analysis(article_id="missing", language="fr", deep=False)])


def test_a_failed_transaction_stores_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_articles([make_article("one"), make_article("two")])
            store.add_rejects([Reject("x.txt", "empty")])
            raise RuntimeError("crash in the middle of a batch")
    assert store.count_articles() == 0
    assert store.list_rejects() == []


def test_nested_transactions_roll_back_only_the_inner_part(store):
    with store.transaction():
        store.add_articles([make_article("outer")])
        with pytest.raises(ValueError):
            with store.transaction():
                store.add_articles([make_article("inner")])
                raise ValueError
    assert [a.text for a in store.iter_articles()] == ["outer"]


def test_list_articles_is_newest_first_and_filters_by_language_and_date(store):
    store.add_articles(
        [
            make_article("a", language="fr", published="2022-01-10"),
            make_article("b", language="en", published="2022-02"),
            make_article("c", language="fr", published="2021"),
            make_article("d", language="fr"),
        ]
    )
    assert [a.text for a in store.list_articles()] == ["b", "a", "c", "d"]
    assert [a.text for a in store.list_articles(language="fr")] == ["a", "c", "d"]
    assert [a.text for a in store.list_articles(limit=2, offset=1)] == ["a", "c"]
    # dates are compared at the precision the article has: "2022-02" may be any day of February
    assert [a.text for a in store.list_articles(since="2022-02-15")] == ["b"]
    assert [a.text for a in store.list_articles(until="2022-01-10")] == ["a", "c"]
    assert [a.text for a in store.list_articles(since="2021-06", until="2022-01")] == ["a", "c"]
    assert store.count_articles(language="fr", since="2022") == 1


def test_iter_articles_streams_every_article_in_arrival_order(store):
    texts = [f"text {i}" for i in range(1234)]
    store.add_articles([make_article(t) for t in texts])
    assert [a.text for a in store.iter_articles()] == texts


def test_rejects_are_kept_with_reason_and_not_repeated_on_rerun(store):
    store.add_rejects([Reject("a.pdf", "unsupported_format", "application/pdf"), Reject("b.txt", "empty")])
    store.add_rejects([Reject("b.txt", "empty")])
    rejects = store.list_rejects()
    assert sorted((r.input, r.reason) for r in rejects) == [
        ("a.pdf", "unsupported_format"),
        ("b.txt", "empty"),
    ]
    assert all(r.at for r in rejects)
    assert store.reject_reasons() == {"unsupported_format": 1, "empty": 1}
    assert [r.input for r in store.list_rejects(reason="empty")] == ["b.txt"]


def test_an_analysis_is_saved_and_read_back_as_the_model(store):
    a = make_article("Sergueï Riabkov a déclaré « non ».")
    store.add_articles([a])
    analysis = Analysis(
        article_id=a.id,
        language="fr",
        deep=True,
        entities=[Mention("Sergueï Riabkov", 0, 15, "PER", "Sergueï Riabkov")],
        quotes=[Quote("non", 29, 32, "direct", cue="a déclaré", speaker="Sergueï Riabkov")],
    )
    store.save_analyses([analysis])
    assert store.get_analysis(a.id) == analysis
    assert store.articles_without_analysis() == []
    analysis.quotes = []
    store.save_analyses([analysis])  # re-analysis replaces
    assert store.get_analysis(a.id).quotes == []


def test_readers_see_committed_data_while_a_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "wal.db"
    with open_store(path) as writer, open_store(path) as reader:
        writer.add_articles([make_article("first")])
        with writer.transaction():
            writer.add_articles([make_article("second")])
            assert reader.count_articles() == 1  # not blocked, and no uncommitted rows
        assert reader.count_articles() == 2


def test_full_text_index_follows_updates_and_deletes(store):
    a = make_article("Texte sur Lisbonne.")
    store.add_articles([a])
    with store.transaction() as conn:
        conn.execute("UPDATE articles SET text = 'Texte sur Rabat.' WHERE id = ?", (a.id,))
    assert store.search("Lisbonne") == [] and len(store.search("Rabat")) == 1
    with store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (a.id,))
    assert store.search("Rabat") == []
    conn = store.conn
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
