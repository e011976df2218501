"""`veille eval ner`: gold readers, exact-match scoring, raw model vs veille side by side."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli.app import app
from veille.eval.common import PRF, TypedScores
from veille.eval.ner import detect_language, evaluate, read_gold

CONLLU = """0\t-DOCSTART-\tO

0\tLa\tO
1\tRussie\tB-LOC
2\tet\tO
3\tl'\tO
4\tOTAN\tB-ORG
5\tse\tO
6\tparlent\tO
7\t.\tO

0\tSergueï\tB-PER
1\tRiabkov\tI-PER
2\ta\tO
3\tparlé\tO
4\t.\tO

0\t-DOCSTART-\tO

0\tM.\tO
1\tRiabkov\tB-PER
2\test\tO
3\tà\tO
4\tGenève\tB-LOC
5\t.\tO

"""

HIPE = """TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC
# hipe2022:document_id = doc_1
# hipe2022:language = fr
M\tB-pers\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter
.\tI-pers\t_\t_\t_\t_\t_\t_\t_\t_
Poin¬\tI-pers\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter|EndOfLine
caré\tB-pers\t_\t_\t_\t_\t_\t_\t_\t_
visite\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter
la\tO\t_\t_\t_\t_\t_\t_\t_\t_
Revue\tB-HumanProd\t_\t_\t_\t_\t_\t_\t_\t_
de\tO\t_\t_\t_\t_\t_\t_\t_\t_
Lyon\tB-loc\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter
.\tO\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence
"""


def _spans(text):
    return [(text.text[a:b], t) for a, b, t in text.spans]


def test_conllu_documents_become_one_text_each_with_gold_offsets(tmp_path: Path):
    path = tmp_path / "sample_fr.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    gold = read_gold(path)
    assert gold.lang == "fr" and gold.format == "conllu" and gold.sentences == 3
    assert gold.types == ("PER", "ORG", "LOC")
    assert len(gold.texts) == 2
    first = gold.texts[0]
    assert first.text == "La Russie et l'OTAN se parlent.\n\nSergueï Riabkov a parlé."
    assert _spans(first) == [("Russie", "LOC"), ("OTAN", "ORG"), ("Sergueï Riabkov", "PER")]
    assert read_gold(path, limit=1).sentences == 1


def test_conllu_without_documents_gives_one_text_per_sentence(tmp_path: Path):
    path = tmp_path / "sentences.conllu"
    path.write_text(CONLLU.replace("0\t-DOCSTART-\tO\n\n", ""), encoding="utf-8")
    gold = read_gold(path, lang="fr")
    assert len(gold.texts) == 3 and gold.texts[2].text == "M. Riabkov est à Genève."


def test_hipe_reader_joins_line_end_hyphens_and_ignores_humanprod(tmp_path: Path):
    path = tmp_path / "hipe.tsv"
    path.write_text(HIPE, encoding="utf-8")
    gold = read_gold(path)
    assert gold.lang == "fr" and gold.types == ("PER", "ORG", "LOC") and gold.title_inside
    text = gold.texts[0]
    assert text.text.startswith("M. Poincaré visite la Revue de Lyon.")
    assert _spans(text) == [("M. Poincaré", "PER"), ("Lyon", "LOC")]


def test_language_comes_from_the_option_then_the_file_name(tmp_path: Path):
    for name in ("conll2003_en_val.conllu", "whatever.conllu"):
        (tmp_path / name).write_text(CONLLU, encoding="utf-8")
    assert detect_language(tmp_path / "conll2003_en_val.conllu", None) == "en"
    assert detect_language(tmp_path / "whatever.conllu", "fr") == "fr"
    with pytest.raises(ValueError):
        detect_language(tmp_path / "whatever.conllu", None)


def test_scores_are_exact_match_per_type_and_micro():
    scores = TypedScores()
    scores.count(gold=[(0, 5, "PER"), (10, 15, "LOC")], predicted=[(0, 5, "PER"), (10, 14, "LOC"), (20, 25, "ORG")])
    assert (scores.by_type["PER"].tp, scores.by_type["LOC"].fn, scores.by_type["LOC"].fp) == (1, 1, 1)
    micro = scores.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 1)
    assert micro.precision == pytest.approx(1 / 3) and micro.recall == pytest.approx(0.5)
    assert micro.f1 == pytest.approx(0.4)
    assert PRF().f1 == 0.0


@pytest.mark.slow
def test_evaluation_scores_raw_and_veille_on_the_same_docs(tmp_path: Path):
    path = tmp_path / "sample_fr.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    report = evaluate(read_gold(path))
    assert report.sentences == 3 and report.texts == 2 and report.words > 0
    # spaCy tags "l'OTAN" whole; veille strips the elision and scores the gold span
    assert report.veille.by_type["ORG"].tp == 1
    assert report.veille.micro.f1 >= report.raw.micro.f1


@pytest.mark.slow
def test_cli_prints_raw_and_veille_columns(tmp_path: Path):
    path = tmp_path / "sample_fr.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ner", str(path)])
    assert result.exit_code == 0, result.output
    assert "raw F1" in result.output and "veille F1" in result.output and "micro" in result.output
    raw_only = CliRunner().invoke(app, ["eval", "ner", str(path), "--raw", "--limit", "2"])
    assert raw_only.exit_code == 0 and "veille F1" not in raw_only.output


@pytest.mark.slow
def test_veille_beats_the_raw_model_on_shared_french_gold(shared_data: Path):
    gold = read_gold(shared_data / "ner" / "wikineural_fr_val.conllu", limit=300)
    report = evaluate(gold)
    assert report.sentences == 300
    assert report.veille.micro.f1 > report.raw.micro.f1
