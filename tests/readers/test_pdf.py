"""The PDF reader, on PDFs made the way agencies make them (Word tables printed by LibreOffice with
Thai fonts; see tests/corpus/build.py): ruled tables, borderless tables, labelled paragraphs, scans."""

from __future__ import annotations

from datetime import date

import pytest

from ita_lint import readers
from ita_lint.layout import ReadOptions
from ita_lint.layout.model import Line, Row
from ita_lint.linter import Linter
from ita_lint.readers import ReadError, ocr, pdf
from ita_lint.records import Column, DocumentKind
from ita_lint.ruleset import by_default, load_rules

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "documents"

CORPUS = ROOT / "tests" / "corpus" / "tune"
RULED = CORPUS / "pdf-ruled-pwa-2567.pdf"  # 4 pages, header repeated, rows cut by page breaks
HOSPITAL = CORPUS / "pdf-ruled-hospital-2568.pdf"  # status check-mark sub-columns
BORDERLESS = CORPUS / "pdf-borderless-police-2566.pdf"
LABELLED = CORPUS / "pdf-labelled-university-2567.pdf"
SCAN = CORPUS / "pdf-scan-sao-2568.pdf"


def test_thai_text_comes_out_whole_where_pdfminer_would_damage_it():
    text = "\n".join(item.cell.raw for item in pdf.items_of(RULED) if isinstance(item, Line))
    cells = "\n".join(c.raw for item in pdf.items_of(RULED) if isinstance(item, Row) for c in item.cells)
    assert "การประปาส่วนภูมิภาค" in text
    assert "ไม่ใช้งบประมาณ" in cells.replace("\n", "") or "ไม่ใช้งบ" in cells
    assert "ใชู" not in cells  # pdfminer reads this font's mai tho as sara uu


def test_a_ruled_table_over_four_pages_is_one_table_with_its_cut_rows_joined():
    report = readers.read(RULED)
    assert report.kind is DocumentKind.REPORT and report.year == 2567
    assert report.agency.text.startswith("การประปาส่วนภูมิภาค")
    assert [len(t.measures) for t in report.tables] == [9]
    for _, measure in report.measures():
        assert measure.name.text.strip()  # no continuation row became a measure of its own


def test_ruled_cells_say_where_they_are_in_words():
    (_, first), *_ = readers.read(RULED).measures()
    assert first.name.position.location == "page 1 table 1 row 2 cell 2"
    assert first.name.position.page == 1


def test_status_check_marks_under_a_merged_heading():
    report = readers.read(HOSPITAL)
    statuses = {m.status.value for _, m in report.measures() if m.status is not None and m.status.value}
    assert len(statuses) >= 2
    assert report.tables[0].has(Column.STATUS)


def test_a_borderless_table_is_found_by_its_aligned_columns():
    report = readers.read(BORDERLESS)
    assert report.kind is DocumentKind.REPORT
    (_, first), *_ = report.measures()
    assert first.area.text.startswith("ตัวชี้วัดที่ ๑")
    assert (first.period.value.start, first.period.value.end) == (date(2022, 10, 1), date(2022, 12, 31))
    assert first.name.position.location and first.name.position.location.startswith("page 1 line")


def test_numbered_paragraphs_with_labels_in_a_pdf():
    report = readers.read(LABELLED)
    assert len(report.measures()) == 6
    assert all(m.period is not None for _, m in report.measures())


def test_a_scan_without_ocr_is_an_error_that_says_what_to_install(monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: ocr.INSTALL)
    with pytest.raises(ReadError) as raised:
        readers.read(SCAN)
    assert raised.value.kind == "scanned"
    assert "no text layer" in str(raised.value)
    assert "apt-get install tesseract-ocr tesseract-ocr-tha && pip install 'ita-lint[ocr]'" in str(
        raised.value
    )


def test_the_finding_a_user_gets_without_ocr_tells_what_to_install_in_both_languages(monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: ocr.INSTALL)
    rules = by_default(load_rules())
    (english,) = Linter(rules, "en").lint_path(SCAN)
    (thai,) = Linter(rules, "th").lint_path(SCAN)
    assert (english.rule, english.severity) == ("scanned-pdf", "error")
    assert "pip install 'ita-lint[ocr]'" in english.message and "scan" in english.message
    assert "ติดตั้งโมเดลภาษาไทยของ Tesseract" in thai.message and "apt-get install" in thai.message


def test_a_damaged_pdf_is_a_read_error_not_a_crash(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(RULED.read_bytes()[:2000])
    with pytest.raises(ReadError, match="not a readable PDF"):
        readers.read(broken)


def test_a_two_column_page_is_read_column_by_column_when_its_cells_say_so(linter: Linter) -> None:
    """Labelled measures in two newspaper columns: read straight across, the lines of the two
    columns interleave and measures lose their fields; read column by column, every cell suits
    its field, so that reading wins."""
    path = FIXTURES / "two-column-report.pdf"
    options = ReadOptions(trace=True)
    report = readers.read(path, options)
    assert options.choice is not None and options.choice.chosen is not None
    assert options.choice.chosen.how.startswith("two-column pages read column by column")
    assert len(report.measures()) == 6
    found = [(d.rule, d.measure[:2]) for d in linter.lint_path(path)]
    assert found == [("period-outside-fiscal-year", "4."), ("budget-missing", "5.")]
