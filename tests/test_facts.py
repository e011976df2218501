"""Facts of a story: equal figures in two languages are one fact only when they count the same thing."""

from wire_reports import analyse_wire

from veille.resolve.embed import embed
from veille.views.facts import collect_facts


def test_equal_counts_across_languages_merge_only_when_their_sentences_agree():
    en, en_analysis = analyse_wire(
        "date 2026-11-21\n\nWASHINGTON (Reuters) - The United States imposed sanctions on three Iranian oil "
        "tankers and two Hong Kong-based shipping companies on Friday.\n", "en.txt")
    fr, fr_analysis = analyse_wire(
        "date 2026-11-21\n\nWASHINGTON (Reuters) - Les Etats-Unis ont imposé vendredi des sanctions contre trois "
        "pétroliers iraniens et deux sociétés basées à Hong Kong.\n\nLe médiateur a déclaré que les deux "
        "parties étaient convenues de se revoir.\n", "fr.txt")
    facts, _ = collect_facts([en, fr], {en.id: en_analysis, fr.id: fr_analysis}, {}, embed)
    variants = {f.text: set(f.variants) for f in facts}
    assert "trois pétroliers" in variants.get("three Iranian oil tankers", set())
    merged_with_companies = next(v for t, v in variants.items() if "companies" in t or "sociétés" in t)
    assert not any("parties" in v for v in merged_with_companies)
