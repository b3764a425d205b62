"""Scans and photos read by OCR (`readers.ocr`): into the same layout stages as a PDF's text, every
position saying it was read by OCR, digits never trusted, pages OCR could not read said to be unread.
The scan corpus (tests/corpus/scan-*, made by tests/corpus/scans.py) measures how well."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from ita_lint import inspect, readers
from ita_lint.layout import ReadOptions
from ita_lint.layout.model import Row
from ita_lint.limits import Limits
from ita_lint.linter import Linter
from ita_lint.readers import ReadError, ocr
from ita_lint.records import Scan
from ita_lint.reporters import place
from ita_lint.ruleset import by_default, load_rules

from conftest import ROOT

pytestmark = pytest.mark.skipif(ocr.missing() is not None, reason=f"OCR is not installed: {ocr.missing()}")

CORPUS = ROOT / "tests" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "documents"
SCAN = CORPUS / "tune" / "pdf-scan-sao-2568.pdf"
TEXT = CORPUS / "tune" / "pdf-ruled-hospital-2568.pdf"
PHOTO = CORPUS / "scan-photo" / "scan-photo-browserprint-mwa-2565.jpg"
SIDEWAYS = CORPUS / "scan-photo" / "scan-photo-browserprint-mwa-2565-sideways.jpg"


def test_a_scanned_ruled_table_is_read_into_its_measures_with_every_position_marked_ocr():
    report = readers.read(SCAN)
    assert report.scan is not None and report.scan.pages == 2 and report.scan.unread == ()
    assert report.scan.confidence > 80
    measures = report.measures()
    assert len(measures) == 5
    names = " ".join(measure.label for _, measure in measures)
    assert "No Gift Policy" in names and "ร้องเรียน" in names
    cells = [m.cell(column) for table, m in measures for column in table.columns]
    assert all(cell.position.ocr for cell in cells if cell is not None)
    assert report.agency is not None and "หนองบัว" in report.agency.text


def test_findings_on_ocr_text_say_so_and_those_resting_on_digits_are_notes_to_check_by_eye(linter: Linter):
    found = linter.lint_path(SCAN)
    assert found, "a scan read by OCR says so"
    assert [d.rule for d in found if d.severity != "info"] == []
    assert any(d.rule == "read-by-ocr" and "mean word confidence" in d.message for d in found)
    digits = [d for d in found if d.rule in ("period-unparseable", "period-outside-fiscal-year")]
    assert digits and all(
        d.message.startswith("Check by eye") and "(OCR)" in (d.location or "") for d in digits
    )


def test_the_thai_location_says_the_text_was_read_by_ocr():
    found = Linter(by_default(load_rules()), "th").lint_path(SCAN)
    placed = [d for d in found if d.location]
    assert placed
    assert all(place(d.location or "", "th").endswith("(อ่านด้วย OCR)") for d in placed)


def test_a_pdf_of_text_pages_and_scanned_pages_reads_each_page_its_own_way(tmp_path: Path):
    mixed = pypdfium2.PdfDocument(TEXT)
    scan = pypdfium2.PdfDocument(FIXTURES / "scanned.pdf")
    mixed.import_pages(scan)
    path = tmp_path / "mixed.pdf"
    mixed.save(path)
    items = readers.pdf.items_of(path)
    scans = [item for item in items if isinstance(item, Scan)]
    assert len(scans) == 1 and scans[0].pages == 1
    rows = [item for item in items if isinstance(item, Row)]
    assert any(not c.position.ocr for row in rows for c in row.cells)  # the text pages
    assert any(c.position.ocr and c.position.page == 4 for row in rows for c in row.cells)  # the scan


def test_a_page_ocr_cannot_read_is_said_to_be_unread_never_passed(linter: Linter):
    found = linter.lint_path(FIXTURES / "scan-unread-page.pdf")
    unread = [d for d in found if d.rule == "ocr-page-unread"]
    assert [(d.severity, d.location) for d in unread] == [("warning", "page 2 (OCR)")]


def test_a_photo_stored_sideways_reads_as_the_upright_one():
    upright, sideways = readers.read(PHOTO), readers.read(SIDEWAYS)
    assert len(upright.measures()) == len(sideways.measures()) == 8
    assert [m.label[:20] for _, m in upright.measures()] == [m.label[:20] for _, m in sideways.measures()]


def test_an_image_that_is_not_one_is_a_read_error(tmp_path: Path):
    fake = tmp_path / "page.png"
    fake.write_bytes(b"not a picture at all")
    with pytest.raises(ReadError, match="not a readable image"):
        readers.read(fake)


def test_ocr_can_be_turned_off_in_the_limits():
    with pytest.raises(ReadError, match="OCR is turned off"):
        readers.read(SCAN, ReadOptions(limits=Limits(ocr_pages=0)))


def test_inspect_says_how_ocr_read_a_scan_and_shows_its_lines_marked_ocr():
    shown = inspect.render(FIXTURES / "scan-unread-page.pdf")
    assert "read by OCR  2 pages, mean word confidence" in shown and "pages not read: 2" in shown
    assert "page 1 table 1 row 1 cell 1 (OCR)" in inspect.render(SCAN)
