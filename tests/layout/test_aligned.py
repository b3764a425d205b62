"""Columns found from aligned gaps: text laid out with spaces, as pdftotext -layout prints it."""

from __future__ import annotations

from ita_lint.readers import text_export

LAID_OUT = """\
                  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
                     เทศบาลเมืองตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

ที่   มาตรการ/โครงการ            ระยะเวลา       ผู้รับผิดชอบ    งบประมาณ     ผลการดำเนินงาน
                                 ดำเนินการ                      (บาท)
๑     ประกาศนโยบายไม่รับของ      ต.ค. ๖๗        สำนักปลัด       ไม่ใช้งบ     ประกาศเมื่อ ๑ ต.ค. ๖๗
      ขวัญและของกำนัล                                           ประมาณ       และเผยแพร่แล้ว
๒     ปรับปรุงช่องทางร้องเรียน    ต.ค. ๖๗ -      งานนิติการ                   มีช่องทางออนไลน์
      การทุจริต                  ก.ย. ๖๘
                                                     หน้า 1 จาก 2
ที่   มาตรการ/โครงการ            ระยะเวลา       ผู้รับผิดชอบ    งบประมาณ     ผลการดำเนินงาน
                                 ดำเนินการ                      (บาท)
๓     อบรมคุณธรรมจริยธรรม        ม.ค. - เม.ย ๖๘  กองการเจ้าหน้าที่ ๒๕,๐๐๐      อบรม ๑ รุ่น

ลงชื่อ .................... ผู้รายงาน
"""


def measures(text: str):
    return [m for _, m in text_export.parse(text).measures()]


def test_columns_come_from_the_gaps_and_wrapped_cells_join():
    first, second, third = measures(LAID_OUT)
    assert first.name.text == "ประกาศนโยบายไม่รับของ\nขวัญและของกำนัล"
    assert first.budget.value is not None and first.budget.value.none_used  # ไม่ใช้งบ / ประมาณ
    assert second.period.text == "ต.ค. ๖๗ -\nก.ย. ๖๘"
    assert second.budget.is_blank
    assert third.responsible.text == "กองการเจ้าหน้าที่"  # bleeds into the budget with one space
    assert third.budget.text == "๒๕,๐๐๐"


def test_page_numbers_repeated_headers_and_signatures_are_not_rows():
    report = text_export.parse(LAID_OUT)
    assert [len(t.measures) for t in report.tables] == [3]
    assert report.agency.text == "เทศบาลเมืองตัวอย่าง" and report.year == 2568


def test_positions_point_at_the_cell_in_the_text():
    first = measures(LAID_OUT)[0]
    assert (first.period.position.line, first.period.position.column) == (6, 34)


def test_unnumbered_rows_start_where_a_short_column_starts_again():
    text = """\
มาตรการ                   ระยะเวลา      ผู้รับผิดชอบ      ผลการดำเนินงาน
ประชุมชี้แจงแนวทาง          ต.ค. ๖๗       สำนักปลัด         ประชุม ๑ ครั้ง
การปฏิบัติงาน                                              ผู้เข้าร่วม ๔๐ คน
จัดทำคู่มือการปฏิบัติงาน      พ.ย. ๖๗       กองคลัง           จัดทำแล้ว
"""
    assert [m.name.text for m in measures(text)] == ["ประชุมชี้แจงแนวทาง\nการปฏิบัติงาน", "จัดทำคู่มือการปฏิบัติงาน"]


def test_thai_marks_that_pdftotext_pushed_onto_the_next_line_are_put_back():
    lines = ["ประเด็น   มาตรการ   ขัน", "                     ้ ตอน/วิธีการ     ระยะเวลา"]
    assert text_export.rejoin_marks(lines) == ["ประเด็น   มาตรการ   ขัน้ ตอน/วิธีการ     ระยะเวลา", ""]
