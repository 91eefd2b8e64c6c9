"""Reading article files: bytes to the text the parser sees.

Scraped news arrives in whatever encoding the site or the scraper used. :func:`decode` turns bytes into the
``str`` that :func:`defcoop.parse` works on, and :func:`read_text` does the same for a file. The rules, in order:

1. **Byte-order marks.** A UTF-32 or UTF-16 BOM (little or big endian) selects that encoding; a UTF-8 BOM is
   dropped. UTF-16 without a BOM is recognised when at least 5% of the first kilobyte's byte pairs have a NUL
   and (nearly) all the NULs sit on the same byte of the pair, as the high byte of ASCII-range characters does
   in UTF-16; it is decoded with a :class:`DecodingWarning`.
2. **Binary files are refused.** When more than :data:`BINARY_NUL_RATIO` of the first kilobyte is NUL bytes, or
   more than :data:`BINARY_CONTROL_RATIO` of the first :data:`SAMPLE_CHARS` decoded characters are control
   characters other than tab, newline, carriage return and form feed (and at least 8 of them, so a short
   snippet with a stray control byte is still text), :class:`~defcoop.errors.DataError` is
   raised with a message saying the input "looks binary" (a PDF, an image, a gzip file).
3. **UTF-8** is tried first. When it fails but the bytes still hold at least as many well-formed multi-byte
   UTF-8 sequences as invalid bytes (a UTF-8 page with a few corrupt bytes), the invalid bytes become U+FFFD
   and a :class:`DecodingWarning` says how many.
4. **Fallbacks.** Otherwise the bytes are a legacy single-byte encoding. They are decoded as Windows-1251
   (Cyrillic) when at least :data:`CYRILLIC_LETTER_RATIO` of the letters this gives are Cyrillic -- in a
   Russian text nearly all of them are, while in a Western European text read as cp1251 only the odd accented
   letter turns Cyrillic. Otherwise they are decoded as Latin-1, read the way browsers read Latin-1 pages: as
   Windows-1252, whose printable characters (curly quotes, dashes, the euro sign) replace the C1 control codes
   at 0x80-0x9F, with the five bytes Windows-1252 leaves undefined kept as their Latin-1 code points. Either
   fallback emits a :class:`DecodingWarning` naming the file and the encoding chosen.
5. **Clean-up.** NUL characters are removed, and line endings are normalised: CRLF and lone CR become ``"\\n"``.
   The returned string is exactly what is parsed, so every :class:`~defcoop.models.Span` of the resulting
   article indexes it (not the raw bytes).

Example:
    >>> decode("Baku, March 27\\r\\nZakir Hasanov met ...".encode("utf-8"), name="a.txt")
    'Baku, March 27\\nZakir Hasanov met ...'
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     decode("Министр обороны".encode("cp1251"), name="ru.txt")
    'Министр обороны'
    >>> str(caught[0].message)
    'ru.txt: not valid UTF-8; decoded as cp1251 (100% of letters Cyrillic)'
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from defcoop.errors import DataError, DecodingWarning

__all__ = [
    "BINARY_CONTROL_RATIO",
    "BINARY_NUL_RATIO",
    "CYRILLIC_LETTER_RATIO",
    "SAMPLE_CHARS",
    "DecodingWarning",
    "decode",
    "read_text",
]

#: Share of NUL bytes in the first kilobyte above which the input is taken for binary (unless it is UTF-16/32).
BINARY_NUL_RATIO = 0.10
#: Share of control characters (other than ``\t \n \r \f``) in the decoded sample above which the input is binary.
#: Uniformly random bytes give about 11%; text with a few stray control bytes stays far below 5%.
BINARY_CONTROL_RATIO = 0.05
#: Number of leading characters (and bytes) examined by the binary and encoding heuristics.
SAMPLE_CHARS = 4096
#: Share of Cyrillic letters, when read as cp1251, from which a non-UTF-8 input is taken for cp1251.
CYRILLIC_LETTER_RATIO = 0.30

_HEAD_BYTES = 1024
# A handful of stray control bytes in a short snippet does not make it binary.
_BINARY_MIN_COUNT = 8

# Order matters: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters that do not belong in text (tab, LF, CR and FF do; NUL has its own test and is removed).
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
#: Line endings to normalise: CRLF first so it becomes one newline, then a lone CR.
_LINE_END = re.compile(r"\r\n?")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
#: A lone surrogate: how ``surrogateescape`` marks a byte that is not valid UTF-8.
_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Windows-1252 with the five undefined bytes mapped to their Latin-1 code points (as browsers do).
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_LATIN1_TABLE: str = "".join(
    chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in range(256)
)
# Python's cp1251 leaves 0x98 undefined; map it to the Latin-1 code point rather than failing.
_CP1251_TABLE: str = "".join(bytes([b]).decode("cp1251") if b != 0x98 else "\x98" for b in range(256))


def _warn(name: str, message: str) -> None:
    warnings.warn(f"{name}: {message}", DecodingWarning, stacklevel=3)


def _looks_utf16_without_bom(head: bytes) -> str | None:
    """Return ``"utf-16-le"``/``"utf-16-be"`` when the NULs all sit on one byte parity, else ``None``.

    In UTF-16 every character of the ASCII range (letters, spaces, digits, punctuation) has a NUL high byte, so
    even Cyrillic text has NULs on every other byte for its spaces; binary data has them on both parities.
    """
    if len(head) < 4:
        return None
    nul_even, nul_odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if nul_odd >= max(4, 0.05 * half) and nul_even <= 0.05 * nul_odd:
        return "utf-16-le"
    if nul_even >= max(4, 0.05 * half) and nul_odd <= 0.05 * nul_even:
        return "utf-16-be"
    return None


def _check_not_binary(text: str, name: str) -> None:
    sample = text[:SAMPLE_CHARS]
    controls = len(_CONTROL.findall(sample))
    if controls >= _BINARY_MIN_COUNT and controls > BINARY_CONTROL_RATIO * len(sample):
        raise DataError(
            f"{name}: looks binary, not text ({controls} control characters in the first {len(sample)}); "
            "is it a PDF, an image or a compressed file?"
        )


def _decode_legacy(data: bytes, name: str) -> str:
    as_cp1251 = codecs.charmap_decode(data, "strict", _CP1251_TABLE)[0]
    sample = as_cp1251[: SAMPLE_CHARS * 4]
    letters = len(_LETTER.findall(sample))
    cyrillic = len(_CYRILLIC_LETTER.findall(sample))
    if letters and cyrillic >= CYRILLIC_LETTER_RATIO * letters:
        _warn(name, f"not valid UTF-8; decoded as cp1251 ({cyrillic / letters:.0%} of letters Cyrillic)")
        return as_cp1251
    _warn(name, "not valid UTF-8; decoded as Latin-1 (Windows-1252)")
    return codecs.charmap_decode(data, "strict", _LATIN1_TABLE)[0]


def _decode_unicode(data: bytes, encoding: str, name: str) -> str:
    """Decode with a BOM-selected (or detected) encoding, replacing and reporting invalid sequences."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        _warn(name, f"invalid {encoding.upper()} sequences replaced with U+FFFD")
        return text


def _decode_bytes(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom) :], encoding, name)
    head = data[:_HEAD_BYTES]
    utf16 = _looks_utf16_without_bom(head)
    if utf16 is not None:
        _warn(name, f"no byte-order mark, but the NUL bytes say {utf16.upper()}; decoded as such")
        return _decode_unicode(data, utf16, name)
    nuls = head.count(0)
    if nuls >= _BINARY_MIN_COUNT and nuls > BINARY_NUL_RATIO * len(head):
        raise DataError(
            f"{name}: looks binary, not text ({nuls} NUL bytes in the first {len(head)}); "
            "is it a PDF, an image or a compressed file?"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(escaped))
    valid_multibyte = len(_NON_ASCII.findall(escaped)) - invalid
    if valid_multibyte >= invalid:
        _warn(name, f"{invalid} byte(s) not valid UTF-8 replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")
    return _decode_legacy(data, name)


def decode(data: bytes | bytearray | memoryview, *, name: str = "<bytes>") -> str:
    """Decode an article's bytes into the text to parse (see the module docstring for the rules).

    Args:
        data: The raw bytes, e.g. a downloaded page or a file's content.
        name: What to call the input in warnings and errors, usually the file name.

    Returns:
        The text, with NULs removed and every line ending a ``"\\n"``.

    Raises:
        TypeError: ``data`` is not bytes.
        DataError: The data looks binary rather than text.

    Warns:
        DecodingWarning: The data was not clean UTF-8 (or UTF-16/32 with a BOM) and a fallback was used.

    Example:
        >>> decode(b"\\xef\\xbb\\xbfAzerbaijan\\x00 and Kazakhstan\\r")
        'Azerbaijan and Kazakhstan\\n'
        >>> decode("Hasanov".encode("utf-16"))
        'Hasanov'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, got {type(data).__name__}")
    text = _decode_bytes(bytes(data), name)
    if "\x00" in text:
        text = text.replace("\x00", "")
    _check_not_binary(text, name)
    if text.startswith("\ufeff"):  # a second BOM left by a tool that added one to an already marked file
        text = text[1:]
    if "\r" in text:
        text = _LINE_END.sub("\n", text)
    return text


def read_text(path: str | Path) -> str:
    """Read an article file as text, whatever its encoding (see :func:`decode`).

    Args:
        path: The file to read.

    Returns:
        The decoded text, with NULs removed and every line ending a ``"\\n"``.

    Raises:
        OSError: The file cannot be read (missing, a directory, no permission).
        DataError: The file looks binary rather than text.

    Warns:
        DecodingWarning: The file was not clean UTF-8 and a fallback encoding was used; the message names it.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     p = Path(tmp, "a.txt")
        ...     _ = p.write_bytes("Baku\\r\\nAstana".encode("utf-8"))
        ...     read_text(p)
        'Baku\\nAstana'
    """
    path = Path(path)
    return decode(path.read_bytes(), name=str(path))
