"""Why a file cannot be read, said in Thai: real unreadable files of every reader, linted in Thai."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from ita_lint.errors import THAI_REASONS, Reason
from ita_lint.layout import ReadOptions
from ita_lint.limits import Limits
from ita_lint.linter import Linter

from conftest import ROOT

# words of the English reasons: none may be left in a Thai message
ENGLISH = re.compile(
    r"\b(not a|cannot|unsupported|invalid|unknown|must be|larger than|more than|longer than|unpack|"
    r"record at|did you mean|binary file|files? \(|see `limits`|table \d|row \d|column \d|a number|a list)",
    re.IGNORECASE,
)


def _zip(part: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(part, data)
    return out.getvalue()


UNREADABLE = {
    "damaged.docx": b"PK\x03\x04 not a zip",
    "broken-part.docx": _zip("[Content_Types].xml", b"<not xml"),
    "damaged.xlsx": b"\xd0\xcf\x11\xe0 an old Excel file under a new name",
    "damaged.pdf": b"%PDF-1.4 nothing else",
    "report.odt": b"anything",
    "report.doc": b"\xd0\xcf\x11\xe0",
    "binary.txt": b"\x00\x01\x02\x03" * 100,
    "latin.txt": "caf\xe9 \xe0 la cr\xe8me".encode("latin-1") * 10,
    "not-yaml.yaml": b"agency: [unclosed\n",
    "list.yaml": b"- 1\n- 2\n",
    "fields.yaml": b"agency: x\nfiscal_year: 1999\ntables:\n  - measurs: []\n",
    "typed.yaml": b"agency: x\ntables: 5\n",
    "big.txt": "มาตรการ\n".encode() * 2000,  # over the 0.01 MB limit below
    "wide.csv": ("a," * 600 + "\n").encode(),  # over the 500 columns below
}


@pytest.fixture(scope="module")
def found(rules, tmp_path_factory) -> dict[str, list[str]]:
    directory = tmp_path_factory.mktemp("unreadable")
    limits = Limits(file_mb=0.01, columns=500)
    linter = Linter(rules, "th", ReadOptions(limits=limits))
    messages = {}
    for name, data in UNREADABLE.items():
        (directory / name).write_bytes(data)
        messages[name] = [d.message for d in linter.lint_path(directory / name, name)]
    messages["a directory"] = [d.message for d in linter.lint_path(directory, "a directory")]
    return messages


@pytest.mark.parametrize("name", [*UNREADABLE, "a directory"])
def test_every_reason_is_said_in_thai(found: dict[str, list[str]], name: str):
    reasons = [m for m in found[name] if m.startswith(("อ่านไฟล์ไม่ได้", "ไฟล์นี้เกินขีดจำกัด"))]
    assert reasons, found[name]
    for message in reasons:
        reason = message.partition(": ")[2]
        assert re.search("[ก-๙]", reason), message
        assert not ENGLISH.search(reason), message


def test_english_messages_keep_the_reason_as_raised(rules, tmp_path: Path):
    path = tmp_path / "report.odt"
    path.write_bytes(b"x")
    [finding] = Linter(rules, "en").lint_path(path)
    assert finding.message == "Cannot read or parse the file: unsupported file type .odt"


def test_details_from_libraries_are_kept_word_for_word():
    reason = Reason("not a readable PDF: PdfiumError: Failed to load document (PDFium: Data format error).")
    assert reason.said_in("th") == (
        "ไม่ใช่ไฟล์ PDF ที่อ่านได้: PdfiumError: Failed to load document (PDFium: Data format error)."
    )


def test_every_translation_is_a_valid_pattern_that_some_reader_can_raise():
    sources = "\n".join(path.read_text("utf-8") for path in (ROOT / "ita_lint").rglob("*.py"))
    for pattern, thai in THAI_REASONS:
        compiled = re.compile(pattern)
        assert re.search("[ก-๙]", thai), pattern
        # the literal words of the pattern appear in the code that raises them
        words = re.sub(r"\\.|[\\^$()?+*|]|\[[^\]]*\]|\{[^}]*\}|\.\+\??|\\S\+|\\d\+", " ", compiled.pattern)
        longest = max(words.split(" "), key=len)
        assert longest in sources, (pattern, longest)
