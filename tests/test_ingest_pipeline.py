"""The ingest pipeline's batching: transactional batches, rejects recorded, stages hooked per batch."""

import hashlib

import pytest

from veille.ingest.pipeline import IngestSummary, ingest, store_items
from veille.model import Article, Reject
from veille.store import open_store


def make_article(text: str, **fields) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    fields.setdefault("source", "test")
    return Article(
        id=digest[:16], title=text[:20], text=text, paragraphs=[text], content_hash=digest, **fields
    )


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "p.db") as s:
        yield s


def test_rejects_are_recorded_with_their_reason_and_the_batch_goes_on(store):
    items = [
        make_article("one"),
        Reject("broken.html", "unreadable", "no text found"),
        make_article("two"),
        Reject("big.txt", "too_large", "60000000 bytes"),
        make_article("three"),
    ]
    summary = store_items(items, store, batch_size=2)
    assert (summary.read, summary.stored, summary.rejected) == (3, 3, 2)
    assert summary.reasons == {"unreadable": 1, "too_large": 1}
    assert store.count_articles() == 3
    assert sorted(r.reason for r in store.list_rejects()) == ["too_large", "unreadable"]


def test_storing_the_same_items_twice_changes_nothing(store):
    items = [make_article(f"article {i}") for i in range(7)]
    first = store_items(items, store, batch_size=3)
    second = store_items([make_article(f"article {i}") for i in range(7)], store, batch_size=3)
    assert (first.stored, first.duplicates) == (7, 0)
    assert (second.read, second.stored, second.duplicates) == (7, 0, 7)
    assert store.count_articles() == 7


def test_counts_add_up_to_what_was_read(store):
    items = [
        make_article("v1", external_id="e"),
        make_article("v2", external_id="e"),
        make_article("v1", external_id="e"),
        make_article("other"),
    ]
    s = store_items(items, store, batch_size=500)
    assert (s.stored, s.versions, s.duplicates) == (2, 1, 1)
    assert s.read == s.stored + s.versions + s.duplicates


def test_stages_run_on_each_batch_with_only_the_new_articles(store):
    seen: list[list[str]] = []

    def stage(st, articles):
        assert st is store
        seen.append([a.text for a in articles])

    store_items([make_article("a")], store, stages=[])
    store_items([make_article(t) for t in ("a", "b", "c", "d")], store, batch_size=2, stages=[stage])
    assert seen == [["b"], ["c", "d"]]


def test_a_failing_stage_rolls_back_its_batch_and_a_rerun_completes(store):
    calls = {"n": 0}

    def flaky(st, articles):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("analysis crashed")

    items = [make_article(f"x{i}") for i in range(6)]
    with pytest.raises(RuntimeError):
        store_items(items, store, batch_size=2, stages=[flaky])
    assert store.count_articles() == 2  # first batch committed, second rolled back
    summary = store_items([make_article(f"x{i}") for i in range(6)], store, batch_size=2, stages=[])
    assert (summary.stored, summary.duplicates) == (4, 2)
    assert store.count_articles() == 6


def test_progress_is_reported_after_each_batch(store):
    reports: list[int] = []
    store_items(
        [make_article(f"p{i}") for i in range(5)],
        store,
        batch_size=2,
        on_progress=lambda s: reports.append(s.read),
    )
    assert reports[:2] == [2, 4]
    assert reports[-1] == 5


def test_summary_serialises_to_plain_json_data():
    s = IngestSummary(read=3, stored=2, duplicates=1)
    s.reasons["empty"] += 2
    assert s.to_dict()["reasons"] == {"empty": 2}
    assert s.line() == "read 3, stored 2, duplicates 1, versions 0, rejected 0"


def test_ingest_reads_a_folder_and_keeps_going_past_bad_inputs(tmp_path, store):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(
            f"PARIS (Reuters) - Dépêche numéro {i} sur la pêche.\n", encoding="utf-8"
        )
    (folder / "2b.txt").write_text("")
    (folder / "3b.jsonl").write_text('{"id": "x", "text": "Un texte en JSON."}\n[1, 2]\n', encoding="utf-8")
    stages_saw: list[int] = []
    summary = ingest(
        [folder, tmp_path / "absent.txt"],
        store,
        batch_size=2,
        stages=[lambda st, arts: stages_saw.append(len(arts))],
    )
    assert (summary.read, summary.stored, summary.rejected) == (6, 6, 3)
    assert summary.reasons == {"empty": 1, "malformed_json": 1, "unreadable": 1}
    assert sum(stages_saw) == 6 and max(stages_saw) <= 2
    assert summary.inputs == 8
    again = ingest([folder], store, stages=[lambda st, arts: stages_saw.append(len(arts))])
    assert (again.stored, again.duplicates) == (0, 6)
    assert sum(stages_saw) == 6  # duplicates are not re-analysed
