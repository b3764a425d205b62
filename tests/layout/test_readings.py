"""Readings of a document: its cells are the evidence for how it was read, and a document that no
reading explains is refused, not checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_items import line

from ita_lint import readers
from ita_lint.layout import ReadOptions, evidence, prose, readings, vocabulary
from ita_lint.linter import Linter
from ita_lint.readers import text_export
from ita_lint.records import Cell, Column, PeriodCell

from conftest import SEEDS

WORDS = vocabulary.default()
CORPUS = Path(__file__).parents[1] / "corpus"
# every document a reviewer reads as the expect file says: the first reading is kept as it is
SOUND = sorted(
    [*CORPUS.glob("*/text-aligned-*.txt"), *CORPUS.glob("*/cell-per-line-*.txt"), *SEEDS.glob("*.txt")]
)


@pytest.mark.parametrize("name", ["ไม่ใช้งบประมาณ", "๑,๒๐๐", "๑๒", "ต.ค. ๖๗ - ก.ย. ๖๘", "ดำเนินการแล้ว"])
def test_a_value_in_the_name_column_contradicts_it(name: str):
    assert evidence.contradicts(Column.NAME, Cell(name))


def test_a_sentence_or_an_amount_in_the_period_column_contradicts_it():
    sentence = "ลดการรับเงินสดที่จุดผ่านแดนและให้ชำระผ่านระบบอิเล็กทรอนิกส์ทุกช่องทางของสำนักงานและหน่วยบริการ"
    assert evidence.contradicts(Column.PERIOD, PeriodCell.read(Cell(sentence), 2568))
    assert evidence.contradicts(Column.PERIOD, PeriodCell.read(Cell("ไม่ใช้งบประมาณ"), 2568))
    # a period in words is no value, but no contradiction either: a finding may say so
    assert not evidence.contradicts(Column.PERIOD, PeriodCell.read(Cell("ตามความเหมาะสม"), 2568))
    assert not evidence.contradicts(Column.PERIOD, PeriodCell.read(Cell("ม.ค. - เม.ย ๖๘"), 2568))


@pytest.mark.parametrize("path", SOUND, ids=lambda p: p.name)
def test_a_sound_reading_is_kept_first_and_trusted(path: Path):
    options = ReadOptions(trace=True)
    report = readers.read(path, options)
    choice = options.choice
    assert choice is not None and choice.report is report
    if report.measures():
        assert choice.chosen is choice.readings[0]
        assert choice.chosen.weight.trusted and choice.chosen.weight.contradictions == 0


GARBLED = """\
รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
สำนักงานตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

มาตรการ                 ระยะเวลา                                                           งบประมาณ
ไม่ใช้งบประมาณ           ลดการรับเงินสดที่จุดผ่านแดนและให้ชำระผ่านระบบอิเล็กทรอนิกส์ทุกช่องทาง    ต.ค. ๖๗
๑,๒๐๐                    จัดทำคู่มือการให้บริการประชาชนและเผยแพร่บนเว็บไซต์ของหน่วยงานทุกช่องทาง  ม.ค. ๖๘
ไม่ใช้ งบประมาณ           ประชุมชี้แจงแนวทางการปฏิบัติงานตามระเบียบแก่หัวหน้ากลุ่มงานทุกกลุ่มงาน     ก.พ. ๖๘
"""


def test_a_document_no_reading_explains_is_refused_not_checked(linter: Linter, tmp_path: Path):
    choice = readings.choose(list(text_export.items(GARBLED)), WORDS, every=True)
    assert choice.chosen is None
    assert all(not reading.weight.trusted for reading in choice.readings)
    document = tmp_path / "garbled.txt"
    document.write_text(GARBLED, encoding="utf-8")
    found = linter.lint_path(document)
    assert [d.rule for d in found] == ["measures-unreadable"]


def test_a_measure_whose_cells_contradict_their_columns_is_never_a_finding(linter: Linter, tmp_path: Path):
    rows = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        "เทศบาลตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "ที่\tมาตรการ\tระยะเวลา\tผู้รับผิดชอบ\tงบประมาณ\tผลการดำเนินงาน",
        "๑\tประกาศนโยบายไม่รับของขวัญ (No Gift Policy)\tต.ค. ๖๗\tสำนักปลัด\tไม่ใช้งบประมาณ\tประกาศแล้ว",
        "๒\tปรับปรุงช่องทางร้องเรียนการทุจริต\tต.ค. ๖๗ - ก.ย. ๖๘\tสำนักปลัด\t\tเปิดช่องทางแล้ว",
        "๓\tไม่ใช้งบประมาณ\t\t\t\t",
        "๔\tอบรมจริยธรรม\tก.ย. ๖๗ - ต.ค. ๖๘\tกองการเจ้าหน้าที่\t๕,๐๐๐\tอบรมแล้ว",
    ]
    document = tmp_path / "report.txt"
    document.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (table,) = readers.read(document).measure_tables()
    assert [m.doubtful for m in table.measures] == [False, False, True, False]
    found = [(d.rule, d.line) for d in linter.lint_path(document) if d.severity != "info"]
    assert found == [("budget-missing", 5), ("period-outside-fiscal-year", 7)]


def test_a_sheet_published_with_its_frame_is_read_without_it(linter: Linter, tmp_path: Path):
    """Google Sheets' "publish to web": a row of column letters and row numbers beside every row."""
    rows = [
        ["", "A", "B", "C", "D"],
        ["1", "รายงานผลการดำเนินการตามมาตรการ การท่าเรือตัวอย่าง ปีงบประมาณ พ.ศ. ๒๕๖๖", "", "", ""],
        ["2", "ลำดับ", "มาตรการ", "ระยะเวลา", "งบประมาณ (บาท)"],
        ["3", "1", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "ต.ค. 65", "ไม่ใช้งบประมาณ"],
        ["4", "2", "ช่องทางร้องเรียนการทุจริต", "ต.ค. 65 - ก.ย. 66", "2,500.00 บาท"],
    ]
    page = (
        "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    )
    document = tmp_path / "sheet.html"
    document.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    assert [m.name.text for _, m in readers.read(document).measures()] == [
        "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
        "ช่องทางร้องเรียนการทุจริต",
    ]


def test_a_long_form_table_is_read_measure_by_measure(linter: Linter, tmp_path: Path):
    """A database export: one row per field of a measure (year, agency, key, field, value)."""
    rows = ["ปีงบประมาณ,หน่วยงาน,รหัส,หัวข้อ,รายละเอียด"]
    for code, name, period, budget in (
        ("M01", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "ต.ค. 67", "ไม่ใช้งบประมาณ"),
        ("M02", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ต.ค. 68 - ธ.ค. 68", "5,000"),
        ("M03", "อบรมจริยธรรม", "ม.ค. 68", ""),
    ):
        for field, value in (
            ("มาตรการ", name),
            ("ระยะเวลา", period),
            ("งบประมาณ", budget),
            ("ผลการดำเนินงาน", "แล้ว"),
        ):
            rows.append(f"2568,องค์การสวนพฤกษศาสตร์,{code},{field},{value}")
    document = tmp_path / "export.csv"
    document.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = sorted((d.rule, d.measure[:2]) for d in linter.lint_path(document) if d.severity != "info")
    assert found == [("budget-missing", "3."), ("period-outside-fiscal-year", "2.")]


def test_questions_and_answers_are_read_as_labelled_measures(linter: Linter, tmp_path: Path):
    blocks = ["เอกสารถาม – ตอบ รายงานผลการดำเนินการตามมาตรการ สำนักงานจังหวัดตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", ""]
    for number, (name, when, budget) in enumerate(
        (
            ("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "ต.ค. ๖๕", "ไม่ใช้งบประมาณ"),
            ("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ต.ค. ๖๖ – ธ.ค. ๖๖", "๕,๐๐๐ บาท"),
        ),
        start=1,
    ):
        blocks += [
            f"มาตรการที่ {number} {name}",
            "ถาม : ดำเนินการเมื่อใด",
            f"ตอบ : {when}",
            "ถาม : ใช้งบประมาณเท่าใด",
            f"ตอบ : {budget}",
            "ถาม : ผลเป็นอย่างไร",
            "ตอบ : ดำเนินการแล้ว",
            "",
        ]
    document = tmp_path / "qa.txt"
    document.write_text("\n".join(blocks), encoding="utf-8")
    found = [(d.rule, d.measure[:12]) for d in linter.lint_path(document) if d.severity != "info"]
    assert found == [("period-outside-fiscal-year", "มาตรการที่ 2")]


def test_fields_set_apart_inline_as_a_pattern_line_names_them(linter: Linter, tmp_path: Path):
    document = tmp_path / "inline.md"
    document.write_text(
        "# แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569\n\n"
        "วิทยาลัยเทคนิคตัวอย่าง\n\n"
        "> รูปแบบแต่ละข้อ: **มาตรการ** — ช่วงเวลา · ผู้รับผิดชอบ\n\n"
        "1. **ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)** — ต.ค. 68 · งานบุคลากร\n"
        "2. **ช่องทางร้องเรียนการทุจริต** — ต.ค. 68 – ก.ย. 70 · งานบริหารงานทั่วไป\n"
        "3. **อบรมคุณธรรมจริยธรรม** — ธ.ค. 68 ·\n",
        encoding="utf-8",
    )
    found = [(d.rule, d.line, d.column) for d in linter.lint_path(document) if d.severity != "info"]
    # the range's own dash (–) is not the pattern's (—): the period is read whole, and found long;
    # the missing responsible unit is pointed at where its field is empty
    assert found == [("period-outside-fiscal-year", 8, 36), ("responsible-missing", 9, 39)]


def test_paragraphs_of_prose_are_read_for_the_phrases_of_their_fields(linter: Linter, tmp_path: Path):
    document = tmp_path / "memo.txt"
    document.write_text(
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเทศบาลตำบลตัวอย่าง\n\n"
        "    มาตรการที่ ๑ การประกาศนโยบายไม่รับของขวัญ (No Gift Policy) สำนักปลัดเทศบาลเป็นผู้รับผิดชอบ"
        " ได้ดำเนินการเมื่อวันที่ ๒๐ ธันวาคม ๒๕๖๗ โดยไม่ใช้งบประมาณ ผลการดำเนินการ บุคลากรทุกคนรับทราบ\n\n"
        "    มาตรการที่ ๒ การเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กองคลังได้เผยแพร่สรุปผลรายเดือน ตลอดปีงบประมาณ\n"
        "ครบทั้ง ๑๒ เดือน\n\n"
        "    มาตรการที่ ๓ การควบคุมการใช้รถยนต์ส่วนกลาง กองคลังกำหนดให้บันทึกการใช้รถทุกครั้ง\n"
        "ระหว่างเดือนกรกฎาคม – ตุลาคม ๒๕๖๘ ไม่ใช้ งบประมาณ ไม่พบการใช้รถนอกภารกิจ\n\n"
        "    มาตรการที่ ๔ การสำรวจความพึงพอใจ กองยุทธศาสตร์และงบประมาณเป็นผู้รับผิดชอบ กำหนดดำเนินการ"
        "ในเดือนสิงหาคม ๒๕๖๘ ใช้งบประมาณ ๕,๐๐๐ บาท ขณะนี้ยังไม่ได้ดำเนินการ\n",
        encoding="utf-8",
    )
    found = [(d.rule, d.line, d.column, d.measure[:12]) for d in linter.lint_path(document) if d.measure]
    # ปีงบประมาณ is a period, not a budget; the period wrapped onto the next line is pointed at there
    # (past ระหว่าง);
    # a paragraph that closes on a status alone has no result
    assert found == [
        ("budget-missing", 7, 5, "มาตรการที่ ๒"),
        ("period-outside-fiscal-year", 11, 8, "มาตรการที่ ๓"),
        ("status-without-result", 13, 5, "มาตรการที่ ๔"),
    ]


def test_fields_set_apart_by_dashes_and_dots_are_not_prose():
    items = [
        line(1, "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569"),
        *(line(n, f"{n}. มาตรการที่ตั้งชื่อไว้ — ต.ค. 68 · งานบุคลากร") for n in range(2, 6)),
    ]
    assert prose.prose(items, WORDS) is None
    worded = [items[0], *(line(n, f"{n}. มาตรการที่ตั้งชื่อไว้ งานบุคลากรได้ดำเนินการ ต.ค. 68") for n in range(2, 6))]
    read = prose.prose(worded, WORDS)
    assert read is not None
    assert [c.raw for c in read[1].cells] == ["มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ"]
    assert [c.raw for c in read[2].cells] == ["2. มาตรการที่ตั้งชื่อไว้", "ต.ค. 68", "งานบุคลากร"]


def test_paragraphs_whose_lines_give_fields_under_labels_are_not_prose():
    items = [line(1, "รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568")]
    for n in range(3):
        at = 2 + 4 * n
        items += [
            line(at, f"{n + 1}. ประกาศนโยบายที่ {n + 1} สำนักปลัดได้ดำเนินการ ต.ค. 67 โดยไม่ใช้งบประมาณ"),
            line(at + 1, "ระยะเวลาดำเนินการ: ต.ค. 67"),
            line(at + 2, "ผู้รับผิดชอบ: สำนักปลัด"),
            line(at + 3, "งบประมาณ: ไม่ใช้งบประมาณ"),
        ]
    assert prose.prose(items, WORDS) is None
    unlabelled = [item for item in items if ":" not in item.cell.raw]
    assert prose.prose(unlabelled, WORDS) is not None
