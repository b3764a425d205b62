"""The spreadsheet reader: xlsx sheets and CSV files read like the text export they were made from."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from build_documents import LOPBURI_PAO, LOPBURI_PAO_RULES, build_csv, build_docx, build_xlsx, measure_values
from openpyxl import Workbook

from ita_lint import readers
from ita_lint.layout.model import Break, Line, Row
from ita_lint.linter import Linter
from ita_lint.readers import ReadError, spreadsheet


@pytest.fixture
def lopburi_xlsx(tmp_path: Path) -> Path:
    return build_xlsx(LOPBURI_PAO, tmp_path / "lopburi-pao-2568-report.xlsx")


def test_lopburi_xlsx_reads_the_same_measures_as_the_text_export(lopburi_xlsx: Path) -> None:
    report = readers.read(lopburi_xlsx)
    assert [len(t.measures) for t in report.measure_tables()] == [15]
    assert measure_values(report) == measure_values(readers.read(LOPBURI_PAO))
    assert report.year == 2568
    assert report.fiscal_year is not None
    assert report.fiscal_year.position.location == "sheet 'รายงานผล' row 4 column A"


def test_lopburi_xlsx_findings_match_the_text_export(lopburi_xlsx: Path, linter: Linter) -> None:
    found = linter.lint_path(lopburi_xlsx)
    expected = linter.lint_path(LOPBURI_PAO)
    assert {(d.rule, d.measure) for d in found} == {(d.rule, d.measure) for d in expected}
    assert {d.rule for d in found} == LOPBURI_PAO_RULES
    # One sheet row per export line: the rows are the export's line numbers.
    assert {(d.rule, d.line) for d in found} == {(d.rule, d.line) for d in expected}
    period = next(d for d in found if d.rule == "period-outside-fiscal-year")
    assert period.location == "sheet 'รายงานผล' row 39 column D"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp874"])
def test_csv_reads_the_same_measures_in_any_thai_encoding(
    tmp_path: Path, encoding: str, linter: Linter
) -> None:
    path = build_csv(LOPBURI_PAO, tmp_path / "lopburi.csv", encoding=encoding)
    report = readers.read(path)
    assert measure_values(report) == measure_values(readers.read(LOPBURI_PAO))
    found = linter.lint_path(path)
    assert {(d.rule, d.measure) for d in found} == {
        (d.rule, d.measure) for d in linter.lint_path(LOPBURI_PAO)
    }
    assert all(re.fullmatch(r"row \d+ column \d+", d.location or "") for d in found)


def test_csv_line_is_where_a_multiline_row_starts(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('ชื่อรายงาน\n"มาตรการ","ผล\nบรรทัดสอง"\n,,\nก,ข\n', encoding="utf-8")
    items = list(spreadsheet.csv_items(path.read_text(encoding="utf-8")))
    assert [type(i) for i in items] == [Line, Row, Break, Row]
    last = items[-1]
    assert isinstance(last, Row)
    assert (last.cells[1].position.line, last.cells[1].position.location) == (5, "row 4 column 2")


def test_cell_values_read_as_written(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "แผน"
    sheet.append(["องค์การบริหารส่วนตำบลทดสอบ ปีงบประมาณ พ.ศ. 2568"])
    sheet.append([])
    sheet.append([])
    sheet.append(["มาตรการ", 56500.0, 3, 1.5, datetime(2024, 10, 1), None, "ก"])
    second = workbook.create_sheet("ต่อ")
    second.append([None, "มาตรการ ข"])
    workbook.save(tmp_path / "values.xlsx")

    items = list(spreadsheet.workbook_items(tmp_path / "values.xlsx"))
    assert [type(i) for i in items] == [Line, Break, Row, Break, Row]
    title, row, other = items[0], items[2], items[4]
    assert isinstance(title, Line) and isinstance(row, Row) and isinstance(other, Row)
    assert title.cell.position.location == "sheet 'แผน' row 1 column A"
    assert [c.raw for c in row.cells] == ["มาตรการ", "56500", "3", "1.5", "1/10/2024", "", "ก"]
    assert row.cells[4].position.location == "sheet 'แผน' row 4 column E"
    # A cell alone but not in the first column is data (a measure with nothing else filled in).
    assert [c.raw for c in other.cells] == ["", "มาตรการ ข"]
    assert other.cells[1].position.location == "sheet 'ต่อ' row 1 column B"


def test_random_bytes_are_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(ReadError, match="not a readable Excel workbook"):
        readers.read(path)


def test_word_document_named_xlsx_is_a_read_error(tmp_path: Path) -> None:
    path = build_docx(LOPBURI_PAO, tmp_path / "report.docx").rename(tmp_path / "report.xlsx")
    with pytest.raises(ReadError, match="not a readable Excel workbook"):
        readers.read(path)


def test_binary_csv_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ReadError):
        readers.read(path)
