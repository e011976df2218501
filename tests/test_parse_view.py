"""The cheap parse view gives what the model's own components give, and French sentences are parsed
only when a table word really occurs in one of its forms."""

import pytest

from veille.analyze import nlp
from veille.analyze.event_lexicon import lexicon
from veille.analyze.parse_repair import repair

SENTENCES = {
    "en": [
        "There is no way they're gonna let us in, y'all ain't serious.",
        "Russia's troops were massed near the border\nwhile talks continued in Geneva on Monday.",
        "She'd've said nothing-doing: the U.S. envoy, Dr. Jane Smith, c'mon!",
    ],
    "fr": [
        "Le ministre a cédé : les soldats se sont retirés de la ville mercredi.",
        "Moscou dément toute intention d'envahir l'Ukraine,\nselon l'agence Tass.",
        "Qu'il vienne ou non, ils n'ont pas été reçus par M. Dupont à l'Élysée.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_parse_view_matches_the_models_own_attribute_ruler_and_lemmatizer(lang):
    model = nlp._model(lang)
    with model.select_pipes(enable=nlp._parse_pipes(lang)):
        # on the text the view parses: what the parser misreads is put right first ("dément")
        expected = list(model.pipe([repair(s, lang) for s in SENTENCES[lang]]))
    for want, got in zip(expected, nlp.parse_docs(SENTENCES[lang], lang), strict=True):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in got] == \
               [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in want]


def test_french_words_that_only_start_like_a_table_word_are_not_parsed():
    fr = lexicon("fr")
    assert not fr.is_candidate("La saison suivante, il rejoint le club dont il rêvait.")  # saisir, donner
    assert not fr.is_candidate("Une nouvelle version paraît à Versailles.")  # verser


def test_french_spelling_changes_and_past_historic_forms_are_parsed():
    fr = lexicon("fr")
    for sentence in ("Le maire cède sa place.", "Il menaça la ville.", "Les pays appuient la résolution.",
                     "Les rebelles détruisirent le pont.", "Le traité leur permit de rentrer.",
                     "Le gouvernement lève les restrictions."):
        assert fr.is_candidate(sentence), sentence


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tag_view_gives_the_parse_views_tags_and_lemmas(lang):
    want = [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]
            for doc in nlp.parse_docs(SENTENCES[lang], lang)]
    got = [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]
           for doc in nlp.tag_docs([repair(s, lang) for s in SENTENCES[lang]], lang)]  # the same text
    assert got == want


def test_french_tags_need_no_parse_and_english_ones_do():
    assert not nlp._tags_need_parse("fr")  # its rules read the dependency only to set it on spaces
    assert nlp._tags_need_parse("en")  # an `aux` dependency makes AUX


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ner_view_sentences_are_spacys_sentencizer_ones_on_prose(lang):
    """On one-line prose (no blank line, no quote after a full stop, no bullet) the array-based
    sentence component starts sentences where spaCy's own sentencizer does."""
    from spacy.pipeline import Sentencizer

    model = nlp._model(lang)
    text = " ".join(s.replace("\n", " ") for s in SENTENCES[lang]) + " Fin... (sic) Vraiment?! Non. 3.5 km. OK"
    expected = Sentencizer()(model.make_doc(text))
    got = nlp.ner_doc(text, lang)
    assert [s.start for s in got.sents] == [s.start for s in expected.sents]
    assert len(list(got.sents)) >= 5


def test_every_parse_reads_the_repaired_text_at_the_same_offsets():
    text = "Paris a de son côté réclamé un moratoire, et Moscou dément."
    doc = nlp.parse(text, "fr")
    assert len(doc.text) == len(text)
    assert "côté" not in doc.text and [t.lemma_ for t in doc if t.text == "réfute"] == ["réfuter"]
    assert next(t for t in doc if t.text == "Paris").head.lemma_ == "réclamer"

