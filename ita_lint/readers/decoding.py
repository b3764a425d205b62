"""Bytes to text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, and the Thai code page
TIS-620/cp874."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ita_lint.readers import ReadError

# UTF-32 first: its little-endian mark starts with UTF-16's (FF FE), and read as UTF-16 it would
# pass as text with a NUL after every character.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")


def _looks_thai(text: str) -> bool:
    """Thai text decoded right comes in words; other 8-bit text decoded as cp874 gives lone letters.

    ("Café" in Latin-1 decodes to "Caf" and one Thai letter.)
    """
    runs = [len(run) for run in _THAI_RUN.findall(text)]
    return bool(runs) and sum(n for n in runs if n >= 3) >= 0.8 * sum(runs)


def decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(f"not valid {encoding} text: {error.reason} at byte {error.start}") from error
    if b"\x00" in data[:4096]:
        raise ReadError("binary file, not text (or UTF-16 without a byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        # cp874 is TIS-620 plus a few punctuation marks; legacy Thai files are one or the other.
        try:
            text = data.decode("cp874")
        except UnicodeDecodeError:
            raise ReadError(
                f"unknown text encoding: not UTF-8 (byte {utf8_error.start}), UTF-16 or TIS-620/cp874"
            ) from utf8_error
        if not _looks_thai(text):
            raise ReadError(
                f"unknown text encoding: not UTF-8 (byte {utf8_error.start}) nor Thai TIS-620/cp874"
            ) from utf8_error
        return text


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from error
    return decode(data)
