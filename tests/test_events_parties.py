"""Who the parties of an event are, and whether it happened: coordinated French subjects the parser
splits, places that are no targets, events put off as premature or only talked of."""

import pytest
from spacy.tokens import Doc
from wire_reports import analyse_wire

from veille.analyze.event_coding import code_parsed
from veille.analyze.event_lexicon import lexicon
from veille.analyze.events import code_sentence


@pytest.fixture(scope="module")
def fr_vocab():
    from veille.analyze import nlp

    return nlp.parse("Bonjour.", "fr").vocab


def parsed(vocab, rows: list[tuple]) -> Doc:
    """A French parse written by hand, as the model sometimes returns it: (word, lemma, pos, dep, head
    index, morphology, space after)."""
    words, lemmas, pos, deps, heads, morphs, spaces = map(list, zip(*rows, strict=True))
    return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, deps=deps, heads=heads, morphs=morphs)


PART = "Tense=Past|VerbForm=Part"
PLUR = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
SING = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def pairs(events, type_):
    return sorted((e.source, e.target) for e in events if e.type == type_)


def test_two_french_subjects_of_one_verb_are_coordinated_parties(fr_vocab):
    # "Le Soudan et le Tchad ont accepté lundi d'échanger des prisonniers." read as two subjects of
    # "accepté", the "et" hung on the verb
    doc = parsed(fr_vocab, [
        ("Le", "le", "DET", "det", 1, "", True), ("Soudan", "Soudan", "PROPN", "nsubj", 6, "", True),
        ("et", "et", "CCONJ", "cc", 6, "", True), ("le", "le", "DET", "det", 4, "", True),
        ("Tchad", "Tchad", "PROPN", "nsubj", 6, "", True), ("ont", "avoir", "AUX", "aux:tense", 6, PLUR, True),
        ("accepté", "accepter", "VERB", "ROOT", 6, PART, True), ("lundi", "lundi", "NOUN", "obj", 6, "", True),
        ("d'", "de", "ADP", "mark", 9, "", False), ("échanger", "échanger", "VERB", "xcomp", 6, "VerbForm=Inf", True),
        ("des", "un", "DET", "det", 11, "", True), ("prisonniers", "prisonnier", "NOUN", "obj", 9, "", False),
        (".", ".", "PUNCT", "punct", 6, "", False),
    ])
    events = code_parsed(doc, doc.text, lexicon("fr"), [])
    assert pairs(events, "AGREE") == [("Soudan", "Tchad"), ("Tchad", "Soudan")]  # as English "X and Y agreed"
    assert {e.source_code for e in events} == {"SDN", "TCD"}


def test_a_french_verb_hung_on_the_first_subject_still_has_both_subjects(fr_vocab):
    # "Le Soudan et le Tchad se sont entendus lundi, a annoncé le médiateur." read with "entendus" as
    # a conjunct of "Soudan", itself the subject of the reporting verb
    doc = parsed(fr_vocab, [
        ("Le", "le", "DET", "det", 1, "", True), ("Soudan", "Soudan", "PROPN", "nsubj", 11, "", True),
        ("et", "et", "CCONJ", "cc", 7, "", True), ("le", "le", "DET", "det", 4, "", True),
        ("Tchad", "Tchad", "PROPN", "nsubj", 7, "", True), ("se", "se", "PRON", "expl:comp", 7, "Reflex=Yes", True),
        ("sont", "être", "AUX", "aux:tense", 7, PLUR, True), ("entendus", "entendre", "VERB", "conj", 1, PART, True),
        ("lundi", "lundi", "NOUN", "nmod", 1, "", False), (",", ",", "PUNCT", "punct", 11, "", True),
        ("a", "avoir", "AUX", "aux:tense", 11, SING, True), ("annoncé", "annoncer", "VERB", "ROOT", 11, PART, True),
        ("le", "le", "DET", "det", 13, "", True), ("médiateur", "médiateur", "NOUN", "obj", 11, "", False),
        (".", ".", "PUNCT", "punct", 11, "", False),
    ])
    events = code_parsed(doc, doc.text, lexicon("fr"), [])
    assert pairs(events, "AGREE") == [("Soudan", "Tchad"), ("Tchad", "Soudan")]


def test_the_object_of_a_first_clause_is_no_subject_of_the_second(fr_vocab):
    # "Le Soudan a rencontré le Tchad et le Niger a attaqué le Mali."
    doc = parsed(fr_vocab, [
        ("Le", "le", "DET", "det", 1, "", True), ("Soudan", "Soudan", "PROPN", "nsubj", 3, "", True),
        ("a", "avoir", "AUX", "aux:tense", 3, SING, True), ("rencontré", "rencontrer", "VERB", "ROOT", 3, PART, True),
        ("le", "le", "DET", "det", 5, "", True), ("Tchad", "Tchad", "PROPN", "obj", 3, "", True),
        ("et", "et", "CCONJ", "cc", 10, "", True), ("le", "le", "DET", "det", 8, "", True),
        ("Niger", "Niger", "PROPN", "nsubj", 10, "", True), ("a", "avoir", "AUX", "aux:tense", 10, SING, True),
        ("attaqué", "attaquer", "VERB", "conj", 3, PART, True), ("le", "le", "DET", "det", 12, "", True),
        ("Mali", "Mali", "PROPN", "obj", 10, "", False), (".", ".", "PUNCT", "punct", 3, "", False),
    ])
    events = code_parsed(doc, doc.text, lexicon("fr"), [])
    assert pairs(events, "ASSAULT") == [("Niger", "Mali")]


WIRE = """date 2025-03-04

OSLO (Reuters) - Le chef de la diplomatie norvégienne, Espen Barth Eide, qui accueillait les pourparlers au château d'Akershus, a salué « un premier pas vers la paix ».

Le président finlandais a appelé Moscou à cesser ses frappes.
"""


def test_a_place_after_a_locative_preposition_is_where_the_event_happens_not_its_target():
    _, analysis = analyse_wire(WIRE)
    talks = [e for e in analysis.events if e.type == "CONSULT"]
    assert talks and all(e.target is None for e in talks)
    assert all(e.place == "château d'Akershus" for e in talks)
    demand = next(e for e in analysis.events if e.type == "DEMAND")
    assert (demand.target, demand.target_code) == ("Moscou", "RUS")  # a capital standing for its state


@pytest.mark.parametrize("sentence, lang, parties", [
    ("A spokesman said it was premature to talk about a summit between Sudan and Chad.", "en", {"Sudan", "Chad"}),
    ("Le ministre a estimé qu'il était trop tôt pour parler d'un sommet entre le Soudan et le Tchad.", "fr",
     {"Soudan", "Tchad"}),
    ("Le porte-parole a jugé « prématuré » de parler d'une rencontre entre Emmanuel Macron et Bola Tinubu.", "fr",
     {"Emmanuel Macron", "Bola Tinubu"}),
])
def test_a_meeting_called_premature_has_not_happened(sentence, lang, parties):
    events = code_sentence(sentence, lang)
    assert events and all(e.mode == "hypothetical" for e in events)
    assert all(e.type == "CONSULT" and {e.source, e.target} == parties for e in events)


def test_talk_about_a_topic_with_nobody_is_speech_not_a_consultation():
    assert code_sentence("The prime minister talked about the border dispute on Monday.", "en") == []
    with_partner = code_sentence("The prime minister talked with his Chadian counterpart about the border.", "en")
    assert [e.type for e in with_partner] == ["CONSULT"]
    together = code_sentence("Sudan and Chad talked about the border on Monday.", "en")
    assert pairs(together, "CONSULT") == [("Chad", "Sudan"), ("Sudan", "Chad")]


def test_an_act_only_talked_of_is_hypothetical():
    e = code_sentence("The president has talked of withdrawing the troops from the border.", "en")[0]
    assert (e.type, e.source, e.mode) == ("RETREAT", "president", "hypothetical")
    e = code_sentence("Le président parle de retirer les troupes françaises du Mali.", "fr")[0]
    assert (e.type, e.mode) == ("RETREAT", "hypothetical")


def test_between_a_and_b_s_c_names_both_sides():
    events = code_sentence("Officials said it was too early to talk about a meeting between President Emmanuel "
                           "Macron and Nigeria's Bola Tinubu.", "en")
    sides = {(e.source, e.target) for e in events if e.type == "CONSULT"}
    assert sides == {("President Emmanuel Macron", "Nigeria's Bola Tinubu"),
                     ("Nigeria's Bola Tinubu", "President Emmanuel Macron")}
