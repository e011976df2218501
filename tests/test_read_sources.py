"""Targets to raw inputs, format detection, and read_input's promise never to raise."""

import io
import os
from pathlib import Path

import pytest

from veille.ingest import registry
from veille.ingest.registry import detect_format, read_input
from veille.ingest.sources import RawInput, iter_inputs
from veille.model import Article, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def test_directory_is_walked_recursively_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.html", ".hidden.txt", ".git/config", "b/.draft.txt"):
        (tmp_path / rel).write_text("PARIS (AFP) - Un texte.", encoding="utf-8")
    origins = [Path(r.origin).relative_to(tmp_path).as_posix() for r in iter_inputs([str(tmp_path)])]
    assert origins == ["a.txt", "b/1.html", "b/2.txt"]


def test_oversized_file_is_rejected_from_its_size_without_being_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse 50 MB file: costs no disk and must cost no memory
        handle.truncate(50_000_000)
    (reject,) = iter_inputs([str(big)])
    assert isinstance(reject, Reject) and reject.reason == "too_large"
    (small_cap,) = iter_inputs([str(FIXTURES / "wire_fr_geneve.txt")], max_bytes=100)
    assert small_cap.reason == "too_large"


def test_missing_empty_and_special_files_are_rejected(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it would block: it must be refused from its stat
    targets = [str(tmp_path / "nope.txt"), str(FIXTURES / "empty.txt"), str(fifo)]
    assert [(r.reason, r.detail) for r in iter_inputs(targets)] == [
        ("unreadable", "no such file or directory"),
        ("empty", "0 bytes"),
        ("unreadable", "not a regular file"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_is_unreadable(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    (reject,) = iter_inputs([str(locked)])
    assert reject.reason == "unreadable"


def test_dash_reads_standard_input():
    (raw,) = iter_inputs(["-"], stdin=io.BytesIO(b"LONDON (Reuters) - Shares rose."))
    assert raw.origin == "-" and raw.data.startswith(b"LONDON")
    (article,) = read_input(raw)
    assert article.format == "wire" and article.dateline.place == "LONDON"


@pytest.mark.parametrize(
    ("name", "data", "content_type", "expected"),
    [
        ("a.txt", b"GENEVE (Reuters) - x", None, "wire"),
        ("noext", b"GENEVE (Reuters) - x", None, "wire"),
        ("a.htm", b"<p>x</p>", None, "html"),
        ("page", b"<!DOCTYPE html><html><body>x</body></html>", None, "html"),
        ("feed", b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', None, "feed"),
        ("feed", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', None, "feed"),
        ("a.atom", b"whatever", None, "feed"),
        ("data", b'{"id": 1}\n', None, "jsonl"),
        ("a.json", b'[\n  {"id": 1}\n]', None, "jsonl"),
        ("frag.txt", b"<body><p>x</p></body>", None, "html"),
        ("a.txt", b'  {"id": 1}\n', None, "jsonl"),  # content wins over the extension
        ("x", b"plain words", "application/rss+xml; charset=utf-8", "feed"),
        ("x", b"plain words", "text/html", "html"),
        ("a.pdf", b"%PDF-1.7 ...", None, None),
        ("blob", bytes(range(256)) * 4, None, None),
    ],
)
def test_format_is_detected_from_content_type_and_extension(name, data, content_type, expected):
    assert detect_format(RawInput(origin=name, data=data, name=name, content_type=content_type)) == expected


def test_binary_and_unknown_inputs_become_rejects():
    binary = RawInput(origin="binary.dat", data=(FIXTURES / "binary.dat").read_bytes(), name="binary.dat")
    assert [r.reason for r in read_input(binary)] == ["binary"]
    pdf = RawInput(origin="a.pdf", data=b"%PDF-1.7 text-looking header", name="a.pdf")
    assert [r.reason for r in read_input(pdf)] == ["unknown_format"]


def test_read_input_turns_a_reader_exception_into_a_reject(monkeypatch):
    def exploding(raw, ctx):
        yield from ()
        raise RuntimeError("boom")

    monkeypatch.setitem(registry.READERS, "wire", exploding)
    (reject,) = read_input(RawInput(origin="x.txt", data=b"text", name="x.txt"))
    assert reject.reason == "reader_error" and "boom" in reject.detail and reject.at


def test_every_fixture_reads_without_raising_and_rejects_carry_reasons():
    items = [
        item
        for raw in iter_inputs([str(FIXTURES)])
        for item in (read_input(raw) if isinstance(raw, RawInput) else [raw])
    ]
    articles = [i for i in items if isinstance(i, Article)]
    reasons = sorted(i.reason for i in items if isinstance(i, Reject))
    assert len(articles) == 13
    assert reasons == sorted(
        ["malformed_json", "no_body", "malformed_json", "binary", "empty", "empty", "feed_error", "no_body",
         "malformed_json"]
    )  # fmt: skip
    assert all(a.id == a.content_hash[:16] and a.text == "\n\n".join(a.paragraphs) for a in articles)
