"""Quotes and speakers on French and English snippets written for these tests."""

import pytest

from veille.analyze.quote_spans import find_quote_spans, paragraph_spans
from veille.analyze.quotes import find_quotes
from veille.model import Article, Credit, Mention

_PERSON_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG"}


def _article(text: str, lang: str, credits: tuple[str, ...] = ()) -> Article:
    paras = [text[a:b] for a, b in paragraph_spans(text)]
    return Article(
        id="t", source="test", title="", text=text, paragraphs=paras, content_hash="t", language=lang,
        credits=[Credit(name, "reporting") for name in credits],
    )


def _mentions(doc) -> list[Mention]:
    """Stand-in for analyze/entities.py: raw NER persons and organisations, canonical = text."""
    return [
        Mention(e.text, e.start_char, e.end_char, _PERSON_LABELS[e.label_], e.text)
        for e in doc.ents
        if e.label_ in _PERSON_LABELS
    ]


@pytest.fixture(scope="module")
def quotes_of():
    from veille.analyze.nlp import ner_doc

    def run(text: str, lang: str, credits: tuple[str, ...] = ()):
        doc = ner_doc(text, lang)
        return find_quotes(_article(text, lang, credits), doc, _mentions(doc))

    return run


def _one(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


FR = """MOSCOU (Reuters) - Le vice-ministre russe des Affaires étrangères Sergueï Riabkov a déclaré lundi qu'il ne s'attendait pas à une percée lors des discussions avec Washington.

« Nous ne ferons aucune concession sous la pression », a déclaré M. Riabkov aux journalistes à Genève.

« Les discussions seront difficiles, mais nous ne renoncerons pas », a-t-il ajouté.

« Nous écouterons les propositions américaines avec attention.

« Mais nos lignes rouges restent les mêmes », a poursuivi le diplomate.

« Nous verrons bien. »

Le diplomate a prévenu que la Russie pourrait répondre par des moyens militaires.

Selon Wendy Sherman, les États-Unis sont prêts à discuter.

Mme Riabkov a répondu : « Nous garderons notre calme. »

(Reportage Gabrielle Tétrault-Farber, version française Jean Dupont, édité par Marc Leroy)"""

EN = """GENEVA (Reuters) - Deputy Secretary of State Wendy Sherman said on Monday the talks with Russia had been frank and useful.

Sherman told reporters: "We were firm on the principles that matter to us."

"We will not let anyone slam shut the door," she said, adding that Washington had put "serious ideas" on the table.

The diplomat said that NATO's door would stay open.

According to a senior U.S. official, the next round could take place in Brussels.

"There is still a path forward," said Sergei Ryabkov, who called the talks "difficult but useful."

"It is not going to be easy. ‘Patience’ is the word," he said.

(Reporting by Emma Farge; Editing by Alex Richardson)"""


def test_cue_before_a_direct_quote_names_the_speaker(quotes_of):
    q = _one(quotes_of(EN, "en"), "We were firm")
    assert (q.kind, q.speaker) == ("direct", "Wendy Sherman")
    assert q.cue == "told"


def test_cue_after_a_direct_quote_names_the_speaker(quotes_of):
    q = _one(quotes_of(FR, "fr"), "aucune concession")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Sergueï Riabkov", "a déclaré")
    assert FR[q.start : q.end] == q.text and "«" not in q.text


def test_inverted_cue_after_the_quote(quotes_of):
    en = _one(quotes_of(EN, "en"), "still a path forward")
    assert (en.speaker, en.cue) == ("Sergei Ryabkov", "said")
    fr = _one(quotes_of(FR, "fr"), "seront difficiles")
    assert fr.cue == "a-t-il ajouté"


def test_pronoun_goes_to_the_nearest_compatible_name(quotes_of):
    assert _one(quotes_of(FR, "fr"), "seront difficiles").speaker == "Sergueï Riabkov"
    assert _one(quotes_of(EN, "en"), "slam shut").speaker == "Wendy Sherman"
    assert _one(quotes_of(EN, "en"), "not going to be easy").speaker == "Sergei Ryabkov"


def test_title_resolves_to_the_named_person(quotes_of):
    q = _one(quotes_of(FR, "fr"), "répondre par des moyens militaires")
    assert (q.kind, q.speaker) == ("indirect", "Sergueï Riabkov")
    assert FR[q.speaker_start : q.speaker_end] == "Le diplomate"


def test_quote_running_over_paragraphs_is_one_unit(quotes_of):
    q = _one(quotes_of(FR, "fr"), "propositions américaines")
    assert "lignes rouges" in q.text
    assert q.speaker == "Sergueï Riabkov"


def test_bare_quote_in_the_next_paragraph_keeps_the_speaker(quotes_of):
    q = _one(quotes_of(FR, "fr"), "Nous verrons bien")
    assert q.speaker == "Sergueï Riabkov"
    assert q.cue is None


def test_partial_quote_inside_a_sentence(quotes_of):
    q = _one(quotes_of(EN, "en"), "serious ideas")
    assert q.kind == "partial"
    assert q.speaker == "Wendy Sherman"


def test_nested_quote_stays_inside_its_outer_quote(quotes_of):
    quotes = quotes_of(EN, "en")
    q = _one(quotes, "Patience")
    assert q.text.startswith("It is not going to be easy") and q.kind == "direct"
    assert not any(other.text == "Patience" for other in quotes)
    spans = find_quote_spans("Il a dit : « Le mot ‹ jamais › revient. »")
    assert len(spans) == 1


def test_reported_speech_with_a_prevenu_que(quotes_of):
    q = _one(quotes_of(FR, "fr"), "la Russie pourrait")
    assert (q.kind, q.cue) == ("indirect", "a prévenu")
    assert q.text == "la Russie pourrait répondre par des moyens militaires"


def test_reported_speech_with_said_that_and_said_on_monday(quotes_of):
    quotes = quotes_of(EN, "en")
    that = _one(quotes, "NATO's door")
    assert (that.kind, that.text, that.speaker) == ("indirect", "NATO's door would stay open", "Wendy Sherman")
    monday = _one(quotes, "frank and useful")
    assert monday.text.startswith("the talks with Russia") and monday.speaker == "Wendy Sherman"


def test_reported_speech_with_according_to_and_selon(quotes_of):
    en = _one(quotes_of(EN, "en"), "next round")
    assert (en.kind, en.cue, en.speaker) == ("indirect", "According to", "a senior U.S. official")
    fr = _one(quotes_of(FR, "fr"), "prêts à discuter")
    assert (fr.kind, fr.cue, fr.speaker) == ("indirect", "Selon", "Wendy Sherman")


def test_credit_line_names_are_never_speakers(quotes_of):
    names = {"Gabrielle Tétrault-Farber", "Jean Dupont", "Marc Leroy", "Emma Farge", "Alex Richardson"}
    for text, lang, credits in (
        (FR, "fr", ("Gabrielle Tétrault-Farber", "Jean Dupont", "Marc Leroy")),
        (EN, "en", ("Emma Farge", "Alex Richardson")),
    ):
        assert not {q.speaker for q in quotes_of(text, lang, credits)} & names
    credit_only = "« C'est fini », a-t-il dit.\n\n(Reportage Jean Dupont, édité par Marc Leroy)"
    assert _one(quotes_of(credit_only, "fr"), "C'est fini").speaker is None


def test_title_with_the_wrong_gender_still_finds_the_person(quotes_of):
    q = _one(quotes_of(FR, "fr"), "garderons notre calme")
    assert q.speaker == "Sergueï Riabkov"
    assert FR[q.speaker_start : q.speaker_end].endswith("Riabkov")


def test_headline_quote_without_cue_gets_no_invented_speaker(quotes_of):
    text = "« Une percée est exclue »\n\nLes discussions reprennent lundi à Genève entre Sergueï Riabkov et Wendy Sherman."
    q = _one(quotes_of(text, "fr"), "percée est exclue")
    assert q.speaker is None


def test_brat_attributions_parse_into_content_and_source():
    from veille.eval.quotes import is_direct, parse_ann

    text = 'Ann Lee said "we will win." Polls show a tie.'
    ann = (
        "T1\tSource 0 7\tAnn Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 27\t\"we will win.\"\n"
        "T4\tAttribution 8 12\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    (gold,) = parse_ann(ann, text)
    assert gold.source_text == "Ann Lee" and gold.content == [(13, 27)]
    assert is_direct(text, gold.content)


def test_eval_quotes_scores_a_few_polnear_articles(shared_data):
    from veille.eval.quotes import evaluate

    report = evaluate(shared_data / "polnear", "dev", limit=3, mentions="ner")
    assert report.docs == 3 and report.overall.gold > 0
    assert report.overall.found > 0 and report.overall.source_ok > 0
