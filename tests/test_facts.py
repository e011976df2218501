"""Facts of a story: equal figures in two languages are one fact only when they count the same thing."""

from wire_reports import analyse_wire

from veille.resolve.embed import embed
from veille.views.facts import collect_facts


def _facts_of(en_text: str, fr_text: str):
    """(facts, contradictions, English article, French article) of a two-report story."""
    en, en_analysis = analyse_wire(en_text, "en.txt")
    fr, fr_analysis = analyse_wire(fr_text, "fr.txt")
    facts, conflicts = collect_facts([en, fr], {en.id: en_analysis, fr.id: fr_analysis}, {}, embed)
    return facts, conflicts, en, fr


def test_equal_counts_across_languages_merge_only_when_their_sentences_agree():
    facts, _, _, _ = _facts_of(
        "date 2026-11-21\n\nWASHINGTON (Reuters) - The United States imposed sanctions on three Iranian oil "
        "tankers and two Hong Kong-based shipping companies on Friday.\n",
        "date 2026-11-21\n\nWASHINGTON (Reuters) - Les Etats-Unis ont imposé vendredi des sanctions contre trois "
        "pétroliers iraniens et deux sociétés basées à Hong Kong.\n\nLe médiateur a déclaré que les deux "
        "parties étaient convenues de se revoir.\n")
    variants = {f.text: set(f.variants) for f in facts}
    assert "trois pétroliers" in variants.get("three Iranian oil tankers", set())
    merged_with_companies = next(v for t, v in variants.items() if "companies" in t or "sociétés" in t)
    assert not any("parties" in v for v in merged_with_companies)


def test_a_death_toll_in_two_languages_is_one_quantity_with_two_values():
    facts, conflicts, en, fr = _facts_of(
        "date 2026-03-04\n\nLIMA (Reuters) - The death toll from a magnitude 6.8 earthquake that struck southern Peru "
        "on Tuesday night rose to 31 on Wednesday, with more than 160 people injured.\n",
        "date 2026-03-04\n\nLIMA (AFP) - Un séisme de magnitude 6,8 a frappé mardi soir le sud du Pérou, faisant au "
        "moins 23 morts et plus de 140 blessés, selon un bilan provisoire.\n")
    magnitude = next(f for f in facts if f.unit == "magnitude")
    assert set(magnitude.articles) == {fr.id, en.id}
    dead = [c for c in conflicts if c.subject == "dead"]
    assert dead and {c.value for c in dead[0].claims} == {"31", "au moins 23 morts"}, conflicts
    assert not [c for c in conflicts if c.subject in ("injured", "blessés") and "23" in str(c)]


def test_two_sentences_sharing_a_fact_report_one_deadline_with_two_values():
    _, conflicts, _, _ = _facts_of(
        "date 2026-09-15\n\nBRUSSELS (Reuters) - The company has 90 days to end the practice or face daily fines of "
        "up to 5% of its average daily worldwide turnover, the Commission said.\n",
        "date 2026-09-15\n\nBRUXELLES (AFP) - Meta dispose de 60 jours pour mettre fin à ces pratiques, sous peine "
        "d'astreintes pouvant atteindre 5% de son chiffre d'affaires quotidien mondial.\n")
    assert [sorted(c.value for c in x.claims) for x in conflicts if x.subject == "day"] == [["60 jours", "90 days"]]


def test_a_case_count_in_two_languages_is_one_quantity_with_two_values():
    _, conflicts, _, _ = _facts_of(
        "date 2026-11-21\n\nKINSHASA (Reuters) - Health officials declared an Ebola outbreak in Kasai province on "
        "Friday, with 37 confirmed cases and 17 deaths since late October.\n",
        "date 2026-11-21\n\nKINSHASA (AFP) - Les autorités sanitaires ont déclaré vendredi une épidémie d'Ebola "
        "dans la province du Kasaï, avec 41 cas confirmés et 17 décès depuis fin octobre.\n")
    assert [sorted(c.value for c in x.claims) for x in conflicts if x.subject == "cases"] == [
        ["37 confirmed cases", "41 cas"]]
