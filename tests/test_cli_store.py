"""The store commands, end to end through the Typer app: ingest, articles, show, search, rejects, export."""

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app

runner = CliRunner()

WIRE_FR = """date 2026-03-09

LISBONNE (Reuters) - Le Portugal et le Maroc ont ouvert lundi à Lisbonne des pourparlers sur la pêche.

« Nous voulons un arrangement durable », a déclaré la ministre.

(Reportage Ana Ribeiro; édité par Julien Marchetti)
"""


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def record(i: int, **fields) -> dict:
    base = {
        "id": f"w-{i}",
        "source": "wire-fr",
        "title": f"Dépêche {i} sur Genève",
        "text": f"GENEVE (Reuters) - Texte numéro {i} des négociations à Genève.",
        "published": f"2026-03-{10 + i % 10:02d}",
        "language": "fr",
    }
    return {**base, **fields}


def invoke(*args: str, input: str | None = None):
    """Run a command; ingest only stores here (analysis has its own tests)."""
    args = (*args, "--no-analyze") if args and args[0] == "ingest" else args
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "lisbonne.txt").write_text(WIRE_FR, encoding="utf-8")
    (folder / "batch.jsonl").write_text(jsonl(*(record(i) for i in range(3))), encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path, news):
    path = tmp_path / "cli.db"
    result = invoke("ingest", str(news), "--db", str(path))
    assert result.exit_code == 0, result.output
    return str(path)


def test_ingest_prints_the_counts_and_exits_zero_when_everything_was_read(tmp_path, news):
    result = invoke("ingest", str(news), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 0
    assert "read 4, stored 4, duplicates 0, versions 0, rejected 0" in result.stdout


def test_ingesting_twice_stores_nothing_new(tmp_path, news):
    path = str(tmp_path / "twice.db")
    invoke("ingest", str(news), "--db", path)
    again = invoke("ingest", str(news), "--db", path, "--json")
    summary = json.loads(again.stdout)
    assert (summary["read"], summary["stored"], summary["duplicates"]) == (4, 0, 4)
    listed = json.loads(invoke("articles", "--db", path, "--json").stdout)
    assert listed["total"] == 4


def test_ingest_exits_one_and_gives_reasons_when_some_inputs_are_rejected(tmp_path, news):
    (news / "scan.pdf").write_bytes(b"%PDF-1.4 binary \x00\x01\x02")
    (news / "empty.txt").write_text("")
    (news / "batch.jsonl").write_text(jsonl(record(0)) + "{not json\n", encoding="utf-8")
    path = str(tmp_path / "r.db")
    result = invoke("ingest", str(news), "--db", path)
    assert result.exit_code == 1
    assert "stored 2" in result.stdout and "rejected 3" in result.stdout
    assert "malformed_json: 1" in result.stdout and "empty: 1" in result.stdout
    rejects = json.loads(invoke("rejects", "--db", path, "--json").stdout)
    assert sum(rejects["reasons"].values()) == 3
    assert any(r["input"].endswith("batch.jsonl:2") for r in rejects["rejects"])
    table = invoke("rejects", "--db", path)
    assert table.exit_code == 0 and "malformed_json" in table.stdout


def test_ingest_json_summary_is_machine_readable(tmp_path, news):
    result = invoke("ingest", str(news), "--db", str(tmp_path / "j.db"), "--json")
    summary = json.loads(result.stdout)
    assert summary["stored"] == 4 and summary["reasons"] == {}


def test_ingest_reads_standard_input(tmp_path):
    path = str(tmp_path / "stdin.db")
    result = invoke("ingest", "-", "--db", path, "--json", input=jsonl(record(1), record(2)))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["stored"] == 2


def test_ingest_without_a_target_is_a_usage_error():
    assert runner.invoke(app, ["ingest"]).exit_code == 2


def test_a_missing_path_is_a_reject_not_a_crash(tmp_path):
    result = invoke("ingest", str(tmp_path / "nowhere.txt"), "--db", str(tmp_path / "m.db"))
    assert result.exit_code == 1
    assert "rejected 1" in result.stdout


def test_new_text_under_a_known_jsonl_id_is_stored_as_a_version(tmp_path, db):
    update = tmp_path / "update.jsonl"
    update.write_text(
        jsonl(record(1, text="GENEVE (Reuters) - Texte corrigé des négociations.")), encoding="utf-8"
    )
    summary = json.loads(invoke("ingest", str(update), "--db", db, "--json").stdout)
    assert summary["versions"] == 1
    articles = json.loads(invoke("articles", "--db", db, "--json", "--limit", "50").stdout)["articles"]
    newest = next(a for a in articles if a["version_of"])
    shown = json.loads(invoke("show", newest["id"], "--db", db, "--json").stdout)
    assert shown["versions"] == [newest["version_of"], newest["id"]]
    assert newest["id"] in invoke("show", newest["id"], "--db", db).stdout


def test_articles_lists_newest_first_and_filters(db):
    listed = json.loads(invoke("articles", "--db", db, "--json").stdout)
    dates = [a["published"] for a in listed["articles"]]
    assert dates == sorted(dates, reverse=True)
    only = json.loads(invoke("articles", "--db", db, "--json", "--since", "2026-03-11").stdout)
    assert {a["published"] for a in only["articles"]} == {"2026-03-11", "2026-03-12"}
    page = json.loads(invoke("articles", "--db", db, "--json", "--limit", "1", "--offset", "1").stdout)
    assert len(page["articles"]) == 1 and page["articles"][0]["id"] == listed["articles"][1]["id"]
    table = invoke("articles", "--db", db)
    assert table.exit_code == 0 and listed["articles"][0]["id"] in table.stdout


def test_a_malformed_date_is_a_usage_error(db):
    assert runner.invoke(app, ["articles", "--db", db, "--since", "last week"]).exit_code == 2


def test_show_prints_dateline_and_credits(db):
    articles = json.loads(invoke("articles", "--db", db, "--json").stdout)["articles"]
    wire = next(a for a in articles if a["source"].endswith("lisbonne.txt"))
    data = json.loads(invoke("show", wire["id"], "--db", db, "--json").stdout)["article"]
    assert data["dateline"]["place"] == "LISBONNE"
    assert {c["name"] for c in data["credits"]} == {"Ana Ribeiro", "Julien Marchetti"}
    text = invoke("show", wire["id"][:8], "--db", db).stdout
    assert "LISBONNE (Reuters)" in text and "Ana Ribeiro" in text


def test_show_an_unknown_id_is_a_clear_error(db):
    result = runner.invoke(app, ["show", "ffffffffffffffff", "--db", db])
    assert result.exit_code == 1
    assert "no article with id 'ffffffffffffffff'" in result.output


def test_search_finds_accented_words_without_accents(db):
    found = json.loads(invoke("search", "Geneve", "--db", db, "--json").stdout)
    assert found["total"] == 3
    assert all("⟦" in r["snippet"] for r in found["results"])
    both = json.loads(invoke("search", "Lisbonne OR Geneve", "--db", db, "--json").stdout)
    assert both["total"] == 4
    assert "Dépêche" in invoke("search", "negociations", "--db", db).stdout


@pytest.mark.parametrize("query", ['"', "AND (", "*", "NEAR(x", "title:"])
def test_search_accepts_any_query(db, query):
    assert runner.invoke(app, ["search", query, "--db", db]).exit_code == 0


def test_rich_markup_in_article_text_is_printed_as_written(tmp_path):
    path = str(tmp_path / "markup.db")
    hostile = record(
        7, title="[red]Rouge[/red] [link=http://x]lien[/link]", text="Texte [bold]gras[/bold] Genève."
    )
    (tmp_path / "m.jsonl").write_text(jsonl(hostile), encoding="utf-8")
    invoke("ingest", str(tmp_path / "m.jsonl"), "--db", path)
    assert "[red]Rouge[/red]" in invoke("articles", "--db", path).stdout
    [article] = json.loads(invoke("articles", "--db", path, "--json").stdout)["articles"]
    shown = invoke("show", article["id"], "--db", path).stdout
    assert "[red]Rouge[/red] [link=http://x]lien[/link]" in shown and "[bold]gras[/bold]" in shown
    assert "[bold]⟦gras⟧[/bold]" in invoke("search", "gras", "--db", path).stdout


def test_export_articles_writes_one_json_object_per_article(tmp_path, db):
    out = tmp_path / "all.jsonl"
    result = invoke("export", "--format", "jsonl", "--articles", "--output", str(out), "--db", db)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    expected = {
        "id",
        "source",
        "url",
        "title",
        "text",
        "language",
        "published",
        "date_precision",
        "dateline",
        "credits",
    }
    assert all(expected <= set(line) for line in lines)
    wire = next(line for line in lines if line["source"].endswith("lisbonne.txt"))
    assert wire["dateline"] == {"place": "LISBONNE", "agency": "Reuters"}
    assert {"name": "Ana Ribeiro", "role": "reporting", "place": None} in wire["credits"]
    streamed = invoke("export", "--articles", "--db", db).stdout.splitlines()
    assert [json.loads(x)["id"] for x in streamed] == [x["id"] for x in lines]


def test_export_refuses_an_unknown_format_or_table(db):
    assert runner.invoke(app, ["export", "--format", "xml", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "csv", "--table", "people", "--db", db]).exit_code == 2


def test_reading_commands_do_not_create_a_missing_store(tmp_path):
    missing = tmp_path / "missing.db"
    result = runner.invoke(app, ["articles", "--db", str(missing)])
    assert result.exit_code == 1 and "no store at" in result.output
    assert not missing.exists()


def test_the_store_path_comes_from_veille_db_when_db_is_not_given(tmp_path, news, monkeypatch):
    monkeypatch.setenv("VEILLE_DB", str(tmp_path / "env.db"))
    assert invoke("ingest", str(news)).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert json.loads(invoke("articles", "--json").stdout)["total"] == 4
