"""Version relations between the example Lisbon reports: update, translation, rewrite, duplicate."""

from dataclasses import replace
from pathlib import Path

import pytest

from veille.model import Article, Credit
from veille.resolve.versions import agency, has_translation_credit, relate, text_similarity

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def read_example(name: str, language: str) -> Article:
    """A minimal wire reading: date header, paragraphs; credits and dateline are left to the relation code."""
    header, _, body = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    paragraphs = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return Article(
        id=name,
        source=str(EXAMPLES / f"{name}.txt"),
        title="",
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        content_hash=name,
        language=language,
        published=header.split()[1],
    )


@pytest.fixture(scope="module")
def lisbon():
    return {
        "en": read_example("lisbon-talks-en", "en"),
        "update": read_example("lisbon-talks-en-update", "en"),
        "fr": read_example("lisbon-talks-fr", "fr"),
        "afp": read_example("lisbon-talks-fr-afp", "fr"),
    }


def test_the_same_text_with_other_spacing_and_case_is_a_duplicate(lisbon):
    en = lisbon["en"]
    copy = replace(
        en, id="copy", text=en.text.upper().replace(" ", "  "), paragraphs=[p.upper() for p in en.paragraphs]
    )
    relation = relate(en, copy)
    assert (relation.kind, relation.score) == ("duplicate", 1.0)


def test_a_near_identical_text_is_a_duplicate(lisbon):
    en = lisbon["en"]
    edited = en.text.replace("opened talks", "began talks", 1)
    relation = relate(en, replace(en, id="edited", text=edited, paragraphs=edited.split("\n\n")))
    assert relation.kind == "duplicate" and 0.98 <= relation.score < 1.0


def test_the_same_agency_adding_a_paragraph_is_an_update_from_the_earlier_text(lisbon):
    for a, b in [(lisbon["en"], lisbon["update"]), (lisbon["update"], lisbon["en"])]:
        relation = relate(a, b)
        assert relation.kind == "update"
        assert (relation.a, relation.b) == ("lisbon-talks-en", "lisbon-talks-en-update")
        assert 0.6 < relation.score < 0.98


def test_a_later_publication_time_orders_an_update(lisbon):
    early = replace(lisbon["update"], published="2026-03-09T08:00")
    late = replace(lisbon["en"], published="2026-03-09T18:00")
    relation = relate(late, early)
    assert (relation.kind, relation.a) == ("update", early.id)


def test_a_credited_translation_in_another_language_points_from_the_original(lisbon):
    assert has_translation_credit(lisbon["fr"]) and not has_translation_credit(lisbon["en"])
    for a, b in [(lisbon["en"], lisbon["fr"]), (lisbon["fr"], lisbon["en"])]:
        relation = relate(a, b)
        assert (relation.kind, relation.a, relation.b) == (
            "translation",
            "lisbon-talks-en",
            "lisbon-talks-fr",
        )


def test_a_translation_score_is_the_semantic_similarity_when_given(lisbon):
    relation = relate(lisbon["en"], lisbon["fr"], semantic_similarity=0.83)
    assert (relation.kind, relation.score) == ("translation", 0.83)


def test_a_credit_parsed_by_the_reader_is_enough(lisbon):
    fr = lisbon["fr"]
    uncredited = [p for p in fr.paragraphs if not p.startswith("(")]
    reader_view = replace(
        fr,
        paragraphs=uncredited,
        text="\n\n".join(uncredited),
        credits=[Credit("Claire Dumont", "translation")],
    )
    assert relate(lisbon["en"], reader_view).kind == "translation"


def test_another_agency_telling_the_same_event_is_a_rewrite(lisbon):
    assert agency(lisbon["afp"]) == "afp" and agency(lisbon["fr"]) == "reuters"
    assert relate(lisbon["fr"], lisbon["afp"]).kind == "rewrite"
    assert relate(lisbon["en"], lisbon["afp"], semantic_similarity=0.78).kind == "rewrite"


def test_an_uncredited_text_in_another_language_is_no_translation_unless_near_identical_in_meaning(lisbon):
    assert relate(lisbon["en"], lisbon["afp"], semantic_similarity=0.8).kind == "rewrite"
    assert relate(lisbon["en"], lisbon["afp"], semantic_similarity=0.95).kind == "translation"


def test_unrelated_meaning_gives_no_relation(lisbon):
    assert relate(lisbon["en"], lisbon["afp"], semantic_similarity=0.2) is None
    assert relate(lisbon["fr"], lisbon["afp"], semantic_similarity=0.3) is None


def test_text_similarity_is_symmetric_and_bounded(lisbon):
    a, b = lisbon["en"].text, lisbon["update"].text
    assert text_similarity(a, b) == text_similarity(b, a)
    assert text_similarity(a, a) == 1.0
    assert text_similarity(a, lisbon["afp"].text) < 0.05


def test_relations_hold_on_articles_built_by_the_wire_reader():
    wire = pytest.importorskip("veille.ingest.wire")
    from veille.ingest.build import make_article

    def read(name, language):
        parts = wire.parse_wire((EXAMPLES / f"{name}.txt").read_text(encoding="utf-8"))
        return make_article(
            source=name,
            text=parts.text,
            title=parts.title,
            published=parts.published,
            date_precision=parts.date_precision,
            fmt="wire",
            dateline=parts.dateline,
            credits=parts.credits,
            language=language,  # given, as language detection is not what this test is about
        )

    en, update = read("lisbon-talks-en", "en"), read("lisbon-talks-en-update", "en")
    fr, afp = read("lisbon-talks-fr", "fr"), read("lisbon-talks-fr-afp", "fr")
    assert relate(update, en).kind == "update"
    assert (relate(fr, en).kind, relate(fr, en).a) == ("translation", en.id)
    assert relate(fr, afp).kind == "rewrite"
