"""`veille eval events` on a tiny hand-made gold file, and the actor-matching criterion."""

import json

from typer.testing import CliRunner

from veille.cli import app
from veille.eval.events import gold_actors, iso, load, predict, score, text_match

RECORDS = [
    {"id": "r1", "language": "en", "event": "SANCTION",
     "text": "The European Union imposed new sanctions on Belarus.",
     "source": [{"actorText": "European Union", "code": "IGO"}],
     "target": [{"actorText": "Belarus", "code": "BLR"}]},
    {"id": "r2", "language": "en", "event": "PROTEST",
     "text": "Thousands of students demonstrated in Jakarta against the government.",
     "source": [{"actorText": "students"}], "target": [{"actorText": "government", "code": "IDN"}]},
    {"id": "r3", "language": "en", "event": "", "text": "Germany expelled two Russian diplomats.",
     "source": "", "target": ""},
    {"id": "r4", "language": "en", "event": "CONSULT", "text": "The weather was mild on Tuesday.",
     "source": [{"actorText": "Spain", "code": "ESP"}], "target": ""},
]


def test_actor_text_match_is_normalised_but_not_blind():
    assert text_match("the United States", "United States")
    assert text_match("A top U.S. official", "U.S. official")
    assert text_match("Israeli army", "Israeli army bulldozers")
    assert text_match("Bosnian Serbs' forces", "Bosnian Serbs ... forces")
    assert not text_match("Israeli leaders", "Palestinian leaders", "ISR", "PSE")
    assert not text_match(None, "Russia")


def test_gold_fields_of_every_shape_are_read():
    assert gold_actors("") == [] and gold_actors(None) == []
    assert gold_actors({"actorText": "Iran", "code": "IRN"}) == [("Iran", "IRN")]
    assert gold_actors(["rebels"]) == [("rebels", None)]
    assert iso("ITL") == "ITA" and iso("IGO") is None


def test_scores_only_records_with_a_gold_event(tmp_path):
    preds = predict(RECORDS)
    assert [p["id"] for p in preds] == ["r1", "r2", "r3", "r4"]
    assert preds[2]["type"] == "SANCTION"  # predicted though not scored
    assert preds[3]["type"] is None
    result = score(RECORDS, preds)
    assert result["scored"] == 3 and result["no_event"] == 1
    assert abs(result["type_accuracy"] - 2 / 3) < 1e-9
    # codes are scored where gold gives a country: Belarus and Indonesia (not IGO, not a missing code)
    assert result["counts"]["target_code"] == 2 and result["counts"]["source_code"] == 1  # Spain only
    assert result["source_text"] == 2 / 3


def test_cli_writes_one_prediction_per_record(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(RECORDS), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--predictions", str(out), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "event type  accuracy" in result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in lines] == ["r1", "r2", "r3"]
    assert {"id", "type", "source", "target"} <= set(lines[0])
    assert load(gold)[0]["id"] == "r1"


def test_dev_file_scores_reach_the_goal(shared_data):
    records = load(shared_data / "plover_dev.json")
    result = score(records, predict(records))
    assert result["type_accuracy"] >= 0.80
    assert result["actors"] >= 0.80
