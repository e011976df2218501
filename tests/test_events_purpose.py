"""Acts that did not happen between parties: a disease or a storm is no party, and what an act is for
(an infinitive of purpose) has not happened unless the act itself voices it."""

import pytest
from wire_reports import analyse_wire

from veille.analyze.events import code_sentence


def kinds(events):
    return sorted((e.type, e.source, e.target, e.mode) for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ('"We have beaten cholera three times before," the minister said.', "en"),
    ("Health workers in the province are fighting against the epidemic.", "en"),
    ("Cholera has killed 400 people in the region since June.", "en"),
    ("« Nous avons déjà battu le virus », a assuré la ministre.", "fr"),
    ("Les autorités sanitaires luttent contre l'épidémie de choléra.", "fr"),
])
def test_a_disease_is_no_party_to_an_event(sentence, lang):
    assert code_sentence(sentence, lang) == []


def test_an_attack_on_people_is_still_an_assault():
    events = code_sentence("Gunmen attacked a clinic's staff in the north of the province.", "en")
    assert [e.type for e in events] == ["ASSAULT"]


def test_declaring_an_outbreak_an_emergency_imposes_nothing():
    assert code_sentence("The agency on Monday declared the cholera outbreak a national health emergency.", "en") == []
    declared = code_sentence("The government declared a state of emergency in the capital.", "en")
    assert [e.type for e in declared] == ["COERCE"]


@pytest.mark.parametrize("sentence, lang, type_", [
    ("Le Programme alimentaire mondial demande 40 millions d'euros pour financer l'aide aux déplacés.", "fr", "AID"),
    ("L'armée a massé des blindés près de la frontière afin d'attaquer les positions rebelles.", "fr", "ASSAULT"),
    ("The agency is seeking $40 million to fund relief for the displaced.", "en", "AID"),
])
def test_what_an_act_is_for_has_not_happened(sentence, lang, type_):
    events = code_sentence(sentence, lang)
    aimed = [e for e in events if e.type == type_]
    assert aimed and all(e.mode == "hypothetical" for e in aimed)
    assert all(e.mode is None for e in events if e.type != type_)


def test_a_past_infinitive_after_pour_is_a_cause_that_happened():
    events = code_sentence("Le militant a été condamné pour avoir attaqué un policier.", "fr")
    assert events and all(e.mode is None for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Des centaines d'agriculteurs ont manifesté lundi à Rennes pour réclamer des aides.", "fr"),
    ("Hundreds of farmers marched through Rennes on Monday to demand more support.", "en"),
])
def test_a_protest_voices_what_it_is_for(sentence, lang):
    events = code_sentence(sentence, lang)
    assert {e.type for e in events} == {"PROTEST", "DEMAND"}
    assert all(e.mode is None for e in events)


def test_talks_held_to_discuss_something_are_one_consultation():
    events = code_sentence("Sudan and Chad met in Doha on Monday to discuss the border.", "en")
    assert kinds(events) == [("CONSULT", "Chad", "Sudan", None), ("CONSULT", "Sudan", "Chad", None)]


WIRE = """date 2025-06-03

NIAMEY (Reuters) - The World Health Organization said on Tuesday that a cholera outbreak in southern Niger had killed 40 people, and declared it a national emergency, said Aminata Souleymane Bako, the agency's country representative.

Bako called on donors to send vaccines quickly.
"""


def test_a_person_named_again_by_one_word_of_her_name_still_acts():
    _, analysis = analyse_wire(WIRE)
    demands = [e for e in analysis.events if e.type == "DEMAND"]
    assert [e.source for e in demands] and all("Bako" in e.source for e in demands)
    assert not [e for e in analysis.events if e.type in ("COERCE", "ASSAULT")]
