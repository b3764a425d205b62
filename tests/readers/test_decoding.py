"""Encodings and Unicode damage: every text file either reads or becomes a clear parse-error."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ita_lint.readers import ReadError, text_export
from ita_lint.readers.decoding import decode

from conftest import SEEDS

PAO = (SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with its byte-order mark
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("tis-620"),
        lambda t: t.encode("cp874"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "tis-620", "cp874"],
)
def test_the_same_report_in_every_supported_encoding(encode):
    text = PAO.replace("\u2013", "-")  # the one character TIS-620 lacks
    assert decode(encode(text)) == text


def test_tis620_file_lints_like_the_utf8_one(tmp_path: Path, linter):
    path = tmp_path / "legacy.txt"
    path.write_bytes(PAO.encode("cp874"))
    assert [(d.rule, d.line, d.column) for d in linter.lint_path(path)] == [
        (d.rule, d.line, d.column) for d in linter.lint_path(SEEDS / "lopburi-pao-2568-report.txt")
    ]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x00\x01\x02\x03binary", "binary file"),
        (b"caf\xe9 au lait \xff\xfe", "unknown text encoding"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not valid utf-8-sig"),
    ],
)
def test_undecodable_bytes_are_read_errors(data, says):
    with pytest.raises(ReadError, match=says):
        decode(data)


def test_unknown_encoding_is_a_parse_error_finding_not_a_traceback(tmp_path: Path, linter):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 r\u00e9sum\u00e9\n".encode("latin-1"))
    (finding,) = linter.lint_path(path)
    assert (finding.rule, finding.severity) == ("parse-error", "error")
    assert "unknown text encoding" in finding.message


def test_pdf_damage_is_repaired_for_matching_but_positions_stay_original():
    damaged = (
        "รายงานผล ประจ\u0e4d\u0e32ปีงบประมาณ พ.ศ. ๒๕๖๘ องค์การบริหารส่วนตำบลตัวอย่าง\n\n"
        "มาตรการ\tงบประมาณที่ใช้จริง\tผลการด\u0e4d\u0e32เนินการ\n"
        "ประกาศนโยบายไม่รับของขวัญ\u200b (No Gift Policy)\tไม่ใช้\u200bงบ ประมาณ\tเเจ้งเวียนแล้ว\n"
    )
    report = text_export.parse(damaged)
    (measure,) = report.tables[0].measures
    assert report.year == 2568
    assert measure.budget.value.none_used
    assert measure.result.key == "แจ้งเวียนแล้ว"
    assert measure.result.raw == "เเจ้งเวียนแล้ว"  # the original text is kept as written
    line = damaged.splitlines()[3]
    assert (measure.budget.position.line, measure.budget.position.column) == (4, line.index("\t") + 2)
