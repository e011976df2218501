"""Readers by name, format detection, and `read_input`, the one entry point that never raises.

A reader is `(RawInput, ReadContext) -> Iterator[Article | Reject]`. Add a format by adding an
entry to READERS (and, if it can be recognised, to the sniffing/extension tables below).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from veille.ingest.context import ReadContext, Reader, stamped
from veille.ingest.decode import is_binary
from veille.ingest.feeds import read_feed
from veille.ingest.html import read_html
from veille.ingest.jsonl import read_jsonl
from veille.ingest.sources import RawInput
from veille.ingest.wire import read_wire
from veille.model import Article, Reject

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetcher

READERS: dict[str, Reader] = {
    "wire": read_wire,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
}

EXTENSIONS = {
    ".txt": "wire",
    ".text": "wire",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}
# Formats we know and do not read: rejected as unknown_format rather than read as wire text.
UNREADABLE_EXTENSIONS = frozenset(
    ".pdf .doc .docx .odt .rtf .xls .xlsx .ppt .pptx .zip .gz .bz2 .xz .tar .7z .png .jpg .jpeg .gif "
    ".webp .mp3 .mp4 .wav .exe .so .db .sqlite .csv .tsv".split()
)
CONTENT_TYPES = (
    ("rss", "feed"),
    ("atom", "feed"),
    ("rdf", "feed"),
    ("html", "html"),
    ("ndjson", "jsonl"),
    ("jsonl", "jsonl"),
    ("json-seq", "jsonl"),
)

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_SNIFF = 2048


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def sniff_format(data: bytes) -> str | None:
    """Format from the first bytes alone: feed roots, HTML roots, a leading `{` (or `[{`)."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or (head.startswith(b"[") and head[1:].lstrip().startswith(b"{")):
        return "jsonl"
    if head.startswith(b"<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_ROOT.search(head):
            return "html"
    return None


def detect_format(raw: RawInput) -> str | None:
    """Reader name for `raw`: content sniffing, then HTTP content type, then extension, else wire text.

    None when the input is binary or has an extension we know we cannot read.
    """
    sniffed = sniff_format(raw.data)
    if sniffed:
        return sniffed
    if raw.content_type:
        ctype = raw.content_type.lower()
        for marker, fmt in CONTENT_TYPES:
            if marker in ctype:
                return fmt
    ext = _extension(raw.name)
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    if ext in UNREADABLE_EXTENSIONS or is_binary(raw.data):
        return None
    return "wire"


def read_input(
    raw: RawInput, *, follow_links: bool = False, fetcher: Fetcher | None = None, fmt: str | None = None
) -> Iterator[Article | Reject]:
    """Articles and Rejects from one input. Never raises: a reader's exception becomes a Reject.

    `fmt` forces a reader by name; otherwise `detect_format` chooses.
    """
    try:
        name = fmt or detect_format(raw)
        if name is None:
            reason = "binary" if is_binary(raw.data) else "unknown_format"
            yield stamped(Reject(raw.origin, reason, f"cannot read {raw.name!r}"))
            return
        reader = READERS.get(name)
        if reader is None:
            yield stamped(Reject(raw.origin, "unknown_format", f"no reader named {name!r}"))
            return
        ctx = ReadContext(follow_links=follow_links, fetcher=fetcher)
        for item in reader(raw, ctx):
            yield stamped(item) if isinstance(item, Reject) else item
    except Exception as exc:  # noqa: BLE001 - the contract is: a record, never a traceback
        yield stamped(Reject(raw.origin, "reader_error", f"{type(exc).__name__}: {exc}"[:500]))
