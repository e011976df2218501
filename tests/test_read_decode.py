"""Bytes to text: encodings seen in wire files, BOMs, binary input, newlines."""

import codecs

import pytest

from veille.ingest.decode import DecodeError, decode_bytes, is_binary

FRENCH = "L’œuvre de l’Otan : « élargissement » à l’Est, déjà débattu à Genève."


def test_utf8_is_read_as_is():
    assert decode_bytes(FRENCH.encode("utf-8")) == FRENCH


def test_cp1252_curly_apostrophe_and_oe_ligature_decode():
    assert decode_bytes(FRENCH.encode("cp1252")) == FRENCH


def test_latin1_accents_decode():
    text = "Le ministre a déclaré à Genève qu'il était « très préoccupé » par la situation."
    assert decode_bytes(text.encode("latin-1")) == text


def test_cp1252_is_preferred_over_latin1_when_bytes_0x80_0x9f_appear():
    assert decode_bytes(b"l\x92Otan, l\x9cuvre \x96 un \x93essai\x94") == "l’Otan, lœuvre – un “essai”"


def test_non_latin_legacy_encodings_still_detected():
    text = "Заместитель министра иностранных дел России заявил в понедельник, что уступок не будет."
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_byte_order_marks_are_honoured_and_removed(bom):
    encoding = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}[
        bom
    ]
    assert decode_bytes(bom + FRENCH.encode(encoding)) == FRENCH


def test_newlines_are_normalised():
    assert decode_bytes(b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_binary_and_empty_inputs_are_refused_with_a_reason():
    with pytest.raises(DecodeError) as binary:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert binary.value.reason == "binary"
    with pytest.raises(DecodeError) as empty:
        decode_bytes(b" \n\t\n")
    assert empty.value.reason == "empty"


def test_text_with_a_few_control_bytes_is_not_binary():
    assert not is_binary(b"Un texte normal\x0c avec un saut de page." * 10)
    assert is_binary(b"\x01\x02\x03\x04abc" * 10)
