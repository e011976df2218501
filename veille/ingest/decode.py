"""Bytes to text: BOM, strict UTF-8, then a legacy single-byte guess; binary input is refused.

Western wire files often arrive in cp1252 or latin-1. charset-normalizer cannot reliably tell the
Latin single-byte code pages apart on short texts (it reads French cp1252 as cp1250, turning "à" into
"ŕ", or as a DOS code page), so when its guess reads the text as Latin script we decode as cp1252 (or
latin-1, identical outside 0x80-0x9f). Guesses that give another script (Cyrillic, Greek, CJK...) are
kept. Known gap: Central European cp1250/latin-2 files are read as cp1252.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 8192
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | set(range(0x0E, 0x20)) | {0x7F})


def _cp1252_table() -> dict[int, str]:
    """latin-1 code point -> cp1252 character, for the bytes 0x80-0x9f that cp1252 defines."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # 0x81, 0x8d, 0x8f, 0x90, 0x9d stay as latin-1 controls
    return table


_CP1252_OVER_LATIN1 = _cp1252_table()


class DecodeError(ValueError):
    """Input that cannot be read as text; `reason` is a Reject reason (empty | binary)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def is_binary(data: bytes) -> bool:
    """True for NUL bytes or many control bytes in the first 8 KB (BOM-marked UTF-16/32 excepted)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > 0.05


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF; drop a stray BOM character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.removeprefix("\ufeff")


def decode_western(data: bytes) -> str:
    """cp1252 where it defines a byte, latin-1 elsewhere: total, never raises."""
    text = data.decode("latin-1")
    if any(0x80 <= b < 0xA0 for b in data):
        text = text.translate(_CP1252_OVER_LATIN1)
    return text


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return decode_western(data)
    try:
        guessed = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return decode_western(data)
    letters = [c for c in guessed if ord(c) > 0x7F and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return decode_western(data) if latin * 2 >= len(letters) else guessed


def decode_bytes(data: bytes) -> str:
    """Decode input bytes to text with LF newlines. Raises DecodeError(empty|binary)."""
    if not data.strip():
        raise DecodeError("empty", "no content")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return normalise_newlines(data[len(bom) :].decode(encoding, errors="replace"))
    if is_binary(data):
        raise DecodeError("binary", "NUL or control bytes: not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess_legacy(data)
    return normalise_newlines(text)
