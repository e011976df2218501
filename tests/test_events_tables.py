"""Actor names to country codes, mode settling and the cheap parse-or-not test."""

from veille.analyze import actors
from veille.analyze.event_lexicon import PLOVER_TYPES, lexicon
from veille.analyze.event_mode import Cues, settle


def test_capitals_stand_for_their_governments():
    assert actors.country_of("Washington") == "USA"
    assert actors.country_of("Moscou") == actors.country_of("Moscow") == actors.country_of("le Kremlin") == "RUS"
    assert actors.country_of("Kiev") == actors.country_of("Kyiv") == "UKR"
    assert actors.country_of("Pékin") == actors.country_of("Beijing") == "CHN"
    assert actors.is_metonym("Washington") and not actors.is_metonym("Russie")


def test_country_names_and_demonyms_in_both_languages():
    assert actors.country_of("États-Unis") == actors.country_of("the United States") == "USA"
    assert actors.country_of("U.S.") == "USA" and actors.country_of("us") is None
    assert actors.country_of("russe") == actors.country_of("Russes") == actors.country_of("Russian") == "RUS"
    assert actors.country_of("ukrainienne") == "UKR"
    assert actors.country_of("Corée du Nord") == "PRK"
    assert actors.country_in("Senior Hungarian and Romanian officials") == "HUN"
    assert actors.countries_in("French and Egyptian warships") == ["FRA", "EGY"]


def test_institution_words_are_actors_without_a_country():
    assert actors.is_agent_noun("government", "en") and actors.is_agent_noun("police", "en")
    assert actors.is_agent_noun("manifestant", "fr")
    assert actors.country_in("the government") is None
    assert actors.is_state("Russia") and not actors.is_state("Palestinians")


def test_conditional_or_future_coercion_is_a_threat():
    assert settle("SANCTION", Cues(conditional=True)) == ("THREATEN", "hypothetical")
    assert settle("ASSAULT", Cues(future=True)) == ("THREATEN", "future")
    assert settle("MOBILIZE", Cues(future=True)) == ("MOBILIZE", "future")


def test_intent_to_cooperate_is_agree_and_its_negation_a_refusal():
    assert settle("CONSULT", Cues(future=True)) == ("AGREE", "future")
    assert settle("AID", Cues(future=True, negated=True)) == ("REJECT", None)
    assert settle("ASSAULT", Cues(negated=True)) == ("ASSAULT", "negated")
    assert settle("FIGHT", Cues(denied=True, future=True)) == ("FIGHT", "denied")
    assert settle("RETREAT", Cues(future=True, unless=True)) == ("THREATEN", "hypothetical")
    assert settle("FIGHT", Cues(speculative=True)) == ("FIGHT", "hypothetical")


def test_tables_code_only_plover_types():
    for lang in ("en", "fr"):
        lex = lexicon(lang)
        used = set(lex.verbs.values()) | set(lex.nouns.values()) | set(lex.combos.values())
        used |= {t for t in lex.noun_modifiers.values() if t}
        assert used <= set(PLOVER_TYPES), used - set(PLOVER_TYPES)


def test_only_sentences_with_an_event_word_are_worth_parsing():
    en, fr = lexicon("en"), lexicon("fr")
    assert en.is_candidate("Russia massed troops on the border.")
    assert en.is_candidate("The UN imposed sanctions.") and not en.is_candidate("He imposed his will.")
    assert en.is_candidate("They pulled out of Kabul.") and not en.is_candidate("They pulled the rope.")
    assert not en.is_candidate("The weather was mild.")
    assert fr.is_candidate("La Russie a massé des soldats.")
    assert fr.is_candidate("Moscou dément toute intention d'envahir l'Ukraine.")
    assert not fr.is_candidate("Il fait beau à Paris.")
