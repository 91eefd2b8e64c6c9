"""Bytes to text: encodings, BOMs, line endings, NULs and binary files (``defcoop._textio``)."""

from __future__ import annotations

import codecs
import random
import warnings
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

import defcoop
from defcoop._textio import DecodingWarning, decode, read_text

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))

RU = "Министр обороны Азербайджана генерал-полковник Закир Гасанов встретился с делегацией Казахстана."
FR = "Le ministre de la Défense a rencontré à Bakou son homologue kazakh; coopération militaire élargie."
CONTROLS = frozenset(chr(c) for c in [*range(1, 9), 0x0B, *range(0x0E, 0x20), 0x7F])
DE = "Der Verteidigungsminister traf in Baku seinen Amtskollegen aus Kasachstan; Gespräche über Übungen."


class Case(NamedTuple):
    data: bytes
    expected: str
    warning: str | None  # a piece of the DecodingWarning message, or None when no warning is expected


CASES = {
    # clean inputs: no warning
    "ascii": Case(b"Baku, March 27", "Baku, March 27", None),
    "utf8": Case("Azerbaijan’s Ambassador – Astana".encode(), "Azerbaijan’s Ambassador – Astana", None),
    "utf8-cyrillic": Case(RU.encode(), RU, None),
    "utf8-bom": Case(codecs.BOM_UTF8 + b"Baku", "Baku", None),
    "utf16-le-no-bom": Case("Baku – Астана".encode("utf-16-le"), "Baku – Астана", "NUL bytes say UTF-16-LE"),
    "utf16-bom": Case("Baku – Астана".encode("utf-16"), "Baku – Астана", None),
    "utf16-be-bom": Case(codecs.BOM_UTF16_BE + "Baku".encode("utf-16-be"), "Baku", None),
    "utf32-bom": Case("Baku – Астана".encode("utf-32"), "Baku – Астана", None),
    "empty": Case(b"", "", None),
    "only-bom": Case(codecs.BOM_UTF8, "", None),
    # newlines and NULs
    "crlf": Case(b"a\r\nb\r\n", "a\nb\n", None),
    "cr": Case(b"a\rb\r", "a\nb\n", None),
    "cr-crlf-mix": Case(b"a\r\r\nb\n\rc", "a\n\nb\n\nc", None),
    "crlf-in-utf16": Case("a\r\nb".encode("utf-16"), "a\nb", None),
    "stray-nul": Case(b"Baku\x00, March\x00 27", "Baku, March 27", None),
    "double-bom": Case(codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"Baku", "Baku", None),
    # fallbacks
    "cp1251": Case(RU.encode("cp1251"), RU, "decoded as cp1251"),
    "cp1251-with-latin": Case(("NATO " + RU).encode("cp1251"), "NATO " + RU, "decoded as cp1251"),
    "latin1-french": Case(FR.encode("latin-1"), FR, "decoded as Latin-1"),
    "latin1-german": Case(DE.encode("latin-1"), DE, "decoded as Latin-1"),
    "cp1252-quotes": Case(b"\x93Baku\x94 \x96 Astana", "“Baku” – Astana", "decoded as Latin-1"),
    "cp1252-undefined-byte": Case(b"Baku\x81", "Baku\x81", "decoded as Latin-1"),
    "utf8-one-bad-byte": Case("Azerbaijan’s army ".encode() + b"\xff", "Azerbaijan’s army \ufffd", "1 byte(s)"),
    "utf8-truncated-at-end": Case("Астана".encode()[:-1], "Астан\ufffd", "1 byte(s)"),
    "ascii-one-latin1-byte": Case(b"caf\xe9 in Baku", "café in Baku", "decoded as Latin-1"),
    "utf16-bom-odd-length": Case("Baku".encode("utf-16") + b"\x00", "Baku\ufffd", "invalid UTF-16-LE"),
    "utf16-no-bom-be": Case("Baku, Astana".encode("utf-16-be"), "Baku, Astana", "UTF-16-BE"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_decode(case: Case) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = decode(case.data, name="in.txt")
    assert text == case.expected
    messages = [str(w.message) for w in caught if issubclass(w.category, DecodingWarning)]
    assert len(caught) == len(messages), [str(w.message) for w in caught]
    if case.warning is None:
        assert messages == []
    else:
        assert len(messages) == 1
        assert case.warning in messages[0]
        assert messages[0].startswith("in.txt: ")


BINARY = {
    "nul-heavy": b"\x00\x01\x02\x03" * 300,
    "png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "random-bytes": random.Random(7).randbytes(8192),
    "gzip-like": b"\x1f\x8b\x08\x00" + random.Random(8).randbytes(4000),
    "control-soup": b"\x01\x02\x03\x04\x05 text \x06\x07\x08\x0e\x0f" * 100,
    "pdf-stream": b"%PDF-1.4\n" + random.Random(9).randbytes(4000),
}


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY.keys())
def test_binary_is_refused(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)
        with pytest.raises(defcoop.DataError, match=r"^blob\.bin: looks binary"):
            decode(data, name="blob.bin")


def test_decode_rejects_str() -> None:
    with pytest.raises(TypeError, match="decode\\(\\) takes bytes, got str"):
        decode("text", name="x")  # type: ignore[arg-type]


def test_decode_accepts_bytearray_and_memoryview() -> None:
    assert decode(bytearray(b"Baku")) == "Baku"
    assert decode(memoryview(b"Baku")) == "Baku"


def test_default_name_in_warning() -> None:
    with pytest.warns(DecodingWarning, match="^<bytes>: not valid UTF-8"):
        decode(RU.encode("cp1251"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_files_read_unchanged(seed: Path) -> None:
    assert read_text(seed) == seed.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"], ids=str
)
def test_seed_in_every_unicode_encoding(encoding: str, tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)  # BOM-less UTF-16 is decoded with a warning
        assert read_text(path) == text


def test_read_text_names_the_file_in_the_warning(tmp_path: Path) -> None:
    path = tmp_path / "ru_article.txt"
    path.write_bytes(RU.encode("cp1251"))
    with pytest.warns(DecodingWarning, match="ru_article.txt: not valid UTF-8; decoded as cp1251"):
        assert read_text(path) == RU


def test_read_text_binary_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(2000))
    with pytest.raises(defcoop.DataError, match=r"photo\.jpg: looks binary"):
        read_text(path)


def test_read_text_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_text(tmp_path / "nope.txt")


# ----------------------------------------------------------------------------------------------- properties


@given(st.text())
def test_utf8_roundtrip_up_to_newlines_and_nul(text: str) -> None:
    if "\x00" in text:
        return  # NULs on alternate bytes read as BOM-less UTF-16, tested separately
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        decoded = decode(text.encode("utf-8"))
    except defcoop.DataError:
        controls = sum(c in CONTROLS for c in text[:4096])
        assert controls >= 8  # only control-character soup is refused as binary
        return
    assert decoded.lstrip("\ufeff") == expected.lstrip("\ufeff")


@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_a_data_error(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)
        try:
            text = decode(data)
        except defcoop.DataError as exc:
            message = str(exc)
            assert "looks binary" in message
            return
    assert isinstance(text, str)
    assert "\x00" not in text
    assert "\r" not in text


@given(st.text(alphabet=st.characters(codec="cp1251", exclude_characters="\x00\r"), min_size=1))
def test_cp1251_russian_text_decodes(text: str) -> None:
    cyrillic = RU + text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)
        try:
            decoded = decode(cyrillic.encode("cp1251"))
        except defcoop.DataError:
            return  # the generated tail was control-character soup
    assert decoded == cyrillic
