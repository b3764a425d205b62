"""One cell per line, as copied from a PDF viewer."""

from __future__ import annotations

from ita_lint.readers import text_export

COPIED = """\
รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
โรงพยาบาลตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567
ลำดับ
มาตรการ/โครงการ
ระยะเวลา
ดำเนินการ
ผู้รับผิดชอบ
งบประมาณ
(บาท)
ผลการดำเนินงาน
1
ประกาศเจตจำนงสุจริตของผู้บริหาร
ต.ค. 66
กลุ่มงานบริหาร
ไม่ใช้งบประมาณ
ผู้อำนวยการลงนามประกาศ
เผยแพร่ทางเว็บไซต์
2
จัดทำช่องทางร้องเรียนการทุจริตออนไลน์
ต.ค. 66 - ก.ย. 67
กลุ่มงานบริหาร
มีช่องทางออนไลน์
2
3
อบรมการป้องกันผลประโยชน์ทับซ้อน
มี.ค. 67
-
25,000
จัดอบรม 1 ครั้ง
"""


def test_rows_by_numbering_and_cells_by_what_each_line_looks_like():
    report = text_export.parse(COPIED)
    rows = [
        (m.name.text, m.period.text, m.responsible.text, m.budget.text, m.result.text)
        for _, m in report.measures()
    ]
    assert rows == [
        (
            "ประกาศเจตจำนงสุจริตของผู้บริหาร",
            "ต.ค. 66",
            "กลุ่มงานบริหาร",
            "ไม่ใช้งบประมาณ",
            "ผู้อำนวยการลงนามประกาศ\nเผยแพร่ทางเว็บไซต์",
        ),
        # no budget line: the budget cell stays empty (the lone "2" is a page number, not row 2)
        ("จัดทำช่องทางร้องเรียนการทุจริตออนไลน์", "ต.ค. 66 - ก.ย. 67", "กลุ่มงานบริหาร", "", "มีช่องทางออนไลน์"),
        ("อบรมการป้องกันผลประโยชน์ทับซ้อน", "มี.ค. 67", "-", "25,000", "จัดอบรม 1 ครั้ง"),
    ]
    assert report.year == 2567 and report.agency.text == "โรงพยาบาลตัวอย่าง"


def test_a_responsible_cell_with_only_a_dash_is_missing():
    _, _, third = (m for _, m in text_export.parse(COPIED).measures())
    assert third.responsible.is_blank
