"""The Word reader: body order, table positions, merged cells, and the same findings as the text export."""

from __future__ import annotations

import os
import re
import zipfile
from itertools import pairwise
from pathlib import Path

import docx
import openpyxl
import pytest
from build_documents import LOPBURI_PAO, LOPBURI_PAO_RULES, build_docx, measure_values

from ita_lint import readers
from ita_lint.layout.model import Break, Line, Row
from ita_lint.linter import Linter
from ita_lint.readers import ReadError, word
from ita_lint.readers.office import OLE2_SIGNATURE


@pytest.fixture
def lopburi_docx(tmp_path: Path) -> Path:
    return build_docx(LOPBURI_PAO, tmp_path / "lopburi-pao-2568-report.docx")


def test_lopburi_docx_reads_the_same_measures_as_the_text_export(lopburi_docx: Path) -> None:
    report = readers.read(lopburi_docx)
    expected = readers.read(LOPBURI_PAO)
    assert [len(t.measures) for t in report.measure_tables()] == [15]
    assert measure_values(report) == measure_values(expected)
    assert report.year == 2568
    assert report.agency is not None and report.agency.raw == "องค์การบริหารส่วนจังหวัดลพบุรี"
    assert report.agency.position.location == "paragraph 6"


def test_lopburi_docx_findings_match_the_text_export(lopburi_docx: Path, linter: Linter) -> None:
    found = linter.lint_path(lopburi_docx)
    expected = linter.lint_path(LOPBURI_PAO)
    pairs = {(d.rule, d.measure) for d in found}
    assert pairs == {(d.rule, d.measure) for d in expected}
    assert {rule for rule, _ in pairs} == LOPBURI_PAO_RULES
    assert all(re.fullmatch(r"table \d+ row \d+ cell \d+", d.location or "") for d in found)
    # Text line 39 is the second row of the eighth block of rows; the period is the fourth column.
    period = next(d for d in found if d.rule == "period-outside-fiscal-year")
    assert period.location == "table 8 row 2 cell 4"
    assert (period.line, period.column) == (2, 4)


def test_items_follow_body_order_with_positions(lopburi_docx: Path) -> None:
    items = list(word.items_of(lopburi_docx))
    lines = [i.cell for i in items if isinstance(i, Line)]
    assert lines[0].raw == "ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    assert (lines[0].position.line, lines[0].position.location) == (3, "paragraph 3")
    first_row = next(i for i in items if isinstance(i, Row))
    assert first_row.cells[1].raw == "โครงการ/กิจกรรม/มาตรการ"
    assert first_row.cells[1].position.location == "table 1 row 1 cell 2"
    # Each table ends with a break, so that rows of the next table start a new block.
    rows_then = [type(b) for a, b in pairwise(items) if isinstance(a, Row)]
    assert rows_then.count(Break) == 13


def test_cell_paragraphs_become_lines(lopburi_docx: Path) -> None:
    report = readers.read(lopburi_docx)
    measure = report.measures()[7][1]  # the three-paragraph period on line 36 of the export
    assert measure.period is not None
    assert measure.period.raw.count("\n") == 2
    assert measure.period.value is not None and measure.period.value.start.month == 10


def _merged_table_document(path: Path) -> Path:
    """A status report with a merged status heading over three check-mark columns and a merged area."""
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    table = document.add_table(rows=4, cols=7)
    header = ["ประเด็นการประเมิน", "มาตรการ", "ระยะเวลาดำเนินการ", "สถานะการดำเนินงาน", "", "", "ผลการดำเนินงาน"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells[3:6], ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการเรียบร้อยแล้ว"], strict=True
    ):
        cell.text = text
    rows = [
        ["การใช้ทรัพย์สินของราชการ", "๑. จัดทำคู่มือ", "ต.ค.๖๗ - ก.ย.๖๘", "", "", "/", "จัดทำแล้ว"],
        ["", "๒. เผยแพร่คู่มือ", "ม.ค. - เม.ย ๖๘", "", "/", "", "เผยแพร่บางส่วน"],
    ]
    for row, texts in zip(table.rows[2:], rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 3).merge(table.cell(0, 5))  # status heading over its three sub-columns
    for column in (0, 1, 2, 6):  # headings spanning both header rows
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(2, 0).merge(table.cell(3, 0))  # one area for both measures
    document.save(str(path))
    return path


def test_merged_cells_keep_columns_aligned(tmp_path: Path) -> None:
    path = _merged_table_document(tmp_path / "merged.docx")
    rows = [i for i in word.items_of(path) if isinstance(i, Row)]
    assert [len(r.cells) for r in rows] == [7, 7, 7, 7]
    assert [c.raw for c in rows[0].cells][2:5] == ["ระยะเวลาดำเนินการ", "สถานะการดำเนินงาน", ""]
    # Vertically merged cells are empty below their first row, not repeated.
    assert [c.raw for c in rows[1].cells] == [
        "",
        "",
        "",
        "ยังไม่ดำเนินการ",
        "อยู่ระหว่างดำเนินการ",
        "ดำเนินการเรียบร้อยแล้ว",
        "",
    ]
    assert rows[3].cells[0].raw == ""
    assert rows[3].cells[4].position.location == "table 1 row 4 cell 5"

    report = readers.read(path)
    measures = [m for _, m in report.measures()]
    assert [m.name.raw for m in measures if m.name] == ["๑. จัดทำคู่มือ", "๒. เผยแพร่คู่มือ"]
    assert [m.status.value for m in measures if m.status] == ["done", "in_progress"]
    assert [m.result.raw for m in measures if m.result] == ["จัดทำแล้ว", "เผยแพร่บางส่วน"]
    assert [m.area.raw for m in measures if m.area] == ["การใช้ทรัพย์สินของราชการ"] * 2
    assert measures[1].period is not None and measures[1].period.value is not None


def test_nested_table_text_is_part_of_its_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    outer = table.cell(0, 1)
    outer.text = "ผลการดำเนินงาน"
    inner = outer.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "ไตรมาส ๑"
    inner.cell(0, 1).text = "ร้อยละ ๘๐"
    document.save(str(tmp_path / "nested.docx"))
    (row,) = [i for i in word.items_of(tmp_path / "nested.docx") if isinstance(i, Row)]
    assert row.cells[1].raw == "ผลการดำเนินงาน\nไตรมาส ๑\nร้อยละ ๘๐"


def test_random_bytes_are_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(ReadError, match="not a readable Word document"):
        readers.read(path)


def test_truncated_and_mislabelled_packages_are_read_errors(tmp_path: Path, lopburi_docx: Path) -> None:
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(lopburi_docx.read_bytes()[:5000])
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    legacy = tmp_path / "legacy.docx"
    legacy.write_bytes(OLE2_SIGNATURE + bytes(512))
    for path in (truncated, other_zip, legacy):
        with pytest.raises(ReadError, match="not a readable Word document"):
            readers.read(path)


def test_unreadable_docx_is_a_finding_not_a_crash(tmp_path: Path, linter: Linter) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (finding,) = linter.lint_path(path)
    assert "not a readable Word document" in finding.message


def test_docx_findings_come_in_reading_order(lopburi_docx: Path, linter: Linter) -> None:
    found = linter.lint_path(lopburi_docx)
    assert [d.rule for d in found] == [d.rule for d in linter.lint_path(LOPBURI_PAO)]
    duplicate = next(d for d in found if d.rule == "duplicate-measure")
    assert duplicate.message.endswith("repeats the one at table 7 row 3 cell 1")


def test_title_comes_from_the_paragraphs_before_the_first_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินการตามมาตรการ องค์การบริหารส่วนตำบลตัวอย่าง")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ["มาตรการ", "ผลการดำเนินการ"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["ประกาศ No Gift Policy", "ประกาศแล้ว"], strict=True):
        cell.text = text
    document.add_paragraph("อ้างอิง แผนปีงบประมาณ พ.ศ. ๒๕๗๐")
    path = tmp_path / "report.docx"
    document.save(str(path))
    report = readers.read(path)
    assert report.agency is not None and report.agency.text == "องค์การบริหารส่วนตำบลตัวอย่าง"
    assert report.year is None  # the trailing reference is not the report's fiscal year


def _package(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELATIONSHIPS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{target}" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def test_the_main_part_is_the_one_the_package_names(tmp_path: Path) -> None:
    body = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>รายงาน</w:t></w:r></w:p></w:body></w:document>'
    path = _package(
        tmp_path / "renamed.docx",
        {"_rels/.rels": RELATIONSHIPS.format(target="/word/document2.xml"), "word/document2.xml": body},
    )
    (line,) = word.items_of(path)
    assert isinstance(line, Line) and line.cell.raw == "รายงาน"


def test_packages_without_a_word_body_say_what_is_missing(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.save(tmp_path / "workbook.docx")  # an Excel file under a Word name
    no_relationships = _package(tmp_path / "bare.docx", {"word/document.xml": "<w:document/>"})
    unnamed = _package(tmp_path / "unnamed.docx", {"_rels/.rels": RELATIONSHIPS.format(target="")})
    expected = {
        "workbook.docx": "its main part holds <workbook>, not a document body",
        "bare.docx": "the package has no _rels/.rels part",
        "unnamed.docx": "the package names no main document part",
    }
    for path in (tmp_path / "workbook.docx", no_relationships, unnamed):
        with pytest.raises(ReadError) as raised:
            readers.read(path)
        assert str(raised.value) == f"not a readable Word document: {expected[path.name]}"


def test_run_elements_read_as_word_shows_them(tmp_path: Path) -> None:
    paragraph = (
        "<w:p>"
        "<w:r><w:t>ก</w:t><w:tab/><w:t xml:space='preserve'> ข </w:t><w:br/><w:t>ค</w:t></w:r>"
        "<w:r><w:br w:type='page'/><w:cr/><w:noBreakHyphen/><w:ptab/><w:instrText>PAGE</w:instrText></w:r>"
        "<w:hyperlink><w:r><w:t>ลิงก์</w:t></w:r></w:hyperlink>"
        "</w:p>"
    )
    path = _package(
        tmp_path / "runs.docx",
        {
            "_rels/.rels": RELATIONSHIPS.format(target="word/document.xml"),
            "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{paragraph}</w:body></w:document>',
        },
    )
    (line,) = word.items_of(path)
    assert isinstance(line, Line) and line.cell.raw == "ก\t ข \nค\n-\tลิงก์"


def test_automatic_list_numbers_are_read_as_word_shows_them(tmp_path: Path, linter: Linter) -> None:
    """Numbers that Word writes from numbering.xml (a numbered style here, as "List Number" is)
    head their paragraphs, so that numbered measures with labelled fields are read."""
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส")
    document.add_paragraph("องค์การบริหารส่วนตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    for name, budget in (("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "ไม่ใช้งบประมาณ"), ("อบรมจริยธรรม", "")):
        document.add_paragraph(name, style="List Number")
        document.add_paragraph("ระยะเวลา: ต.ค. ๖๗ - ก.ย. ๖๘")
        document.add_paragraph(f"งบประมาณ: {budget}")
        document.add_paragraph("ผลการดำเนินงาน: ดำเนินการแล้ว")
    document.add_paragraph("ข้อสังเกต", style="List Bullet")
    path = tmp_path / "numbered.docx"
    document.save(path)
    lines = [item.cell.raw for item in word.items_of(path) if isinstance(item, Line)]
    assert lines[2] == "1. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)"
    assert lines[6] == "2. อบรมจริยธรรม" and lines[-1] == "• ข้อสังเกต"
    names = [m.name.text for _, m in readers.read(path).measures()]
    assert names == ["1. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "2. อบรมจริยธรรม"]
    assert [d.rule for d in linter.lint_path(path) if d.measure == "2. อบรมจริยธรรม"] == ["budget-missing"]


def test_list_numbers_in_thai_digits_and_levels(tmp_path: Path) -> None:
    numbering = word.Numbering(
        etree_of(
            '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:abstractNum w:abstractNumId="1">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1.%2"/></w:lvl>'
            '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
        ),
        None,
    )
    paragraphs = [paragraph(7, level) for level in (0, 1, 1, 0, 1)]
    assert [numbering.label(p) for p in paragraphs] == ["๑.", "๑.1", "๑.2", "๒.", "๒.1"]


def etree_of(xml: str):
    from lxml import etree

    return etree.fromstring(xml.encode())


def paragraph(list_id: int, level: int):
    return etree_of(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr><w:numPr>'
        f'<w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr></w:pPr></w:p>'
    )


def test_a_layout_table_is_read_as_the_page_its_cells_lay_out(tmp_path: Path) -> None:
    """A one-row table whose first cell holds the title and whose second holds the measures table."""
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "รายงานผลการดำเนินการตามมาตรการ\nเทศบาลตำบลตัวอย่าง ปีงบประมาณ พ.ศ. ๒๕๖๗"
    inner = layout.cell(0, 1).add_table(rows=3, cols=3)
    for r, values in enumerate(
        [("มาตรการ", "ระยะเวลา", "ผลการดำเนินงาน"), ("ประกาศ", "ต.ค. ๖๖", "แล้ว"), ("อบรม", "ม.ค. ๖๗", "")]
    ):
        for c, value in enumerate(values):
            inner.cell(r, c).text = value
    path = tmp_path / "layout.docx"
    document.save(path)
    report = readers.read(path)
    assert [m.name.text for _, m in report.measures()] == ["ประกาศ", "อบรม"]
    assert report.year == 2567 and report.agency.text == "เทศบาลตำบลตัวอย่าง"


def test_tracked_changes_read_as_word_shows_the_final_text(tmp_path: Path) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = etree_of(
        f"<w:body {w}><w:p><w:r><w:t>งบประมาณ: </w:t></w:r>"
        '<w:del w:id="1"><w:r><w:delText>ไม่ใช่ งบประมาณ</w:delText></w:r></w:del>'
        '<w:ins w:id="2"><w:r><w:t>ไม่ใช้งบประมาณ</w:t></w:r></w:ins></w:p>'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>kept</w:t></w:r></w:p></w:tc></w:tr>"
        '<w:tr><w:trPr><w:del w:id="3"/></w:trPr><w:tc><w:p><w:r><w:t>deleted</w:t></w:r></w:p></w:tc></w:tr>'
        "</w:tbl></w:body>"
    )
    found = list(word.items(body))
    assert found[0].cell.raw == "งบประมาณ: ไม่ใช้งบประมาณ"
    assert [row.cells[0].raw for row in found if isinstance(row, Row)] == ["kept"]


def test_content_controls_show_what_was_typed_never_their_placeholder() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = etree_of(
        f"<w:body {w}><w:p><w:r><w:t>หน่วยงาน </w:t></w:r>"
        "<w:sdt><w:sdtContent><w:r><w:t>สำนักงานธนารักษ์พื้นที่ขอนแก่น</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>คลิกหรือแตะที่นี่เพื่อใส่ข้อความ</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body>"
    )
    found = [item.cell.raw for item in word.items(body) if isinstance(item, Line)]
    assert found == ["หน่วยงาน สำนักงานธนารักษ์พื้นที่ขอนแก่น"]


def test_a_small_table_under_each_numbered_heading_is_that_measure(tmp_path: Path, linter: Linter) -> None:
    """มาตรการที่ ๑ ... then a one-row table of its period, budget and result, measure after measure."""
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส")
    document.add_paragraph("ศาลจังหวัดตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕")
    for heading, values in (
        ("มาตรการที่ ๑ ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", ("ต.ค. ๖๔", "ไม่ใช้งบประมาณ", "ประกาศแล้ว")),
        ("มาตรการที่ ๒ ช่องทางร้องเรียนการทุจริต", ("มิ.ย. ๖๕ – ต.ค. ๖๕", "๕,๐๐๐", "เปิดช่องทางแล้ว")),
    ):
        document.add_paragraph(heading)
        table = document.add_table(rows=2, cols=3)
        for column, (head, value) in enumerate(
            zip(("ระยะเวลา", "งบประมาณ", "ผลการดำเนินงาน"), values, strict=True)
        ):
            table.cell(0, column).text, table.cell(1, column).text = head, value
    path = tmp_path / "headed.docx"
    document.save(path)
    names = [m.name.text for _, m in readers.read(path).measures()]
    assert names == ["มาตรการที่ ๑ ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "มาตรการที่ ๒ ช่องทางร้องเรียนการทุจริต"]
    assert [d.rule for d in linter.lint_path(path) if d.severity == "error"] == ["period-outside-fiscal-year"]


def test_the_agency_and_year_printed_only_in_the_page_header_are_read_as_title_lines(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "เทศบาลเมืองตัวอย่าง จังหวัดกาญจนบุรี"
    header.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ปีงบประมาณ พ.ศ. ๒๕๖๔")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("มาตรการ", "ระยะเวลา", "งบประมาณ", "ผลการดำเนินงาน"), strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ("ประกาศนโยบาย", "ต.ค. ๖๓", "ไม่ใช้งบประมาณ", "ประกาศแล้ว"), strict=True
    ):
        cell.text = text
    path = tmp_path / "header.docx"
    document.save(path)
    first = next(iter(word.items_of(path)))
    assert isinstance(first, Line) and first.cell.position.location == "page header paragraph 1"
    report = readers.read(path)
    assert report.agency is not None and "เทศบาลเมืองตัวอย่าง" in report.agency.text
    assert report.year == 2564 and len(report.measures()) == 1
