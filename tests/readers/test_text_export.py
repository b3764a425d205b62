"""Fidelity of the text-export reader on the five published reports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ita_lint import readers
from ita_lint.layout.model import Row
from ita_lint.readers import text_export
from ita_lint.records import Column, DocumentKind, TableKind
from ita_lint.values import Status

from conftest import SEEDS


def read(name: str):
    return readers.read(SEEDS / f"{name}.txt")


@pytest.mark.parametrize(
    ("name", "kind", "tables"),
    [
        ("lopburi-pao-2568-report", DocumentKind.REPORT, [(TableKind.REPORT, 15)]),
        ("longmunlek-sao-2566-report", DocumentKind.REPORT, [(TableKind.REPORT, 8)]),
        ("bankluai-sao-2568-report", DocumentKind.REPORT, [(TableKind.REPORT, 8)]),
        ("samutprakan-pao-2564-report", DocumentKind.REPORT, [(TableKind.PLAN, 7), (TableKind.REPORT, 12)]),
        (
            "lopburi-city-2565-analysis",
            DocumentKind.ANALYSIS,
            [(TableKind.SCORES, 0), (TableKind.SCORES, 0), (TableKind.PLAN, 7)],
        ),
    ],
)
def test_tables_and_measure_counts(name, kind, tables):
    report = read(name)
    assert report.kind is kind
    assert [(t.kind, len(t.measures)) for t in report.tables] == tables


@pytest.mark.parametrize(
    ("name", "agency", "agency_type", "province", "year"),
    [
        ("lopburi-pao-2568-report", "องค์การบริหารส่วนจังหวัดลพบุรี", "อบจ.", "ลพบุรี", 2568),
        ("longmunlek-sao-2566-report", "องค์การบริหารส่วนตำบลลงมูลเหล็ก", "อบต.", None, 2566),
        ("bankluai-sao-2568-report", "องค์การบริหารส่วนตำบลบ้านกล้วย", "อบต.", "สระบุรี", 2568),
        ("samutprakan-pao-2564-report", "องค์การบริหารส่วนจังหวัดสมุทรปราการ", "อบจ.", "สมุทรปราการ", 2564),
        ("lopburi-city-2565-analysis", "เทศบาลเมืองลพบุรี", "เทศบาล", "ลพบุรี", 2565),
    ],
)
def test_title_lines(name, agency, agency_type, province, year):
    report = read(name)
    assert report.agency.text == agency
    assert report.agency_type.text == agency_type
    assert (report.province.text if report.province else None) == province
    assert report.year == year


def measure_at(report, line):
    return next(m for _, m in report.measures() if m.position.line == line)


def test_lopburi_pao_measure_on_line_39_field_by_field():
    m = measure_at(read("lopburi-pao-2568-report"), 39)
    assert m.area.text == "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง"  # carried down from 36
    assert m.area.position.line == 36
    assert m.name.text == "๒. กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี"
    assert (m.name.position.line, m.name.position.column) == (39, 2)
    assert (m.period.value.start, m.period.value.end) == (date(2024, 9, 1), date(2025, 10, 31))
    assert (m.period.position.line, m.period.position.column) == (39, 194)
    assert m.responsible.text == "กองคลัง"
    assert m.budget.value.none_used and m.budget.text == "ไม่ใช้ งบประมาณ"
    assert m.result.text.startswith("- แจ้งทุกส่วนราชการในสังกัด")
    assert m.outcome.text.startswith("สามารถบริหารเงินงบประมาณรายจ่ายได้")


def test_lopburi_pao_continuation_rows_join_the_measure_above():
    report = read("lopburi-pao-2568-report")
    first = measure_at(report, 13)
    assert "๘.คู่มือปฏิบัติงาน ศูนย์ดำรงธรรม" in first.result.text  # from line 16, after a page break
    assert first.result.position.line == 13
    e_service = measure_at(report, 17)
    assert "๑. กองช่าง ๒. กองการเจ้าหน้าที่" in e_service.outcome.text  # line 20
    assert e_service.result.text.splitlines()[-1].startswith("https://www.loppao.go.th/")  # <p> kept as lines
    assert measure_at(report, 32).steps.text.endswith("ทรัพย์สินทุกชนิดรวมทั้งการกำกับดูแล")  # line 35


def test_lopburi_pao_periods_budgets_as_written():
    report = read("lopburi-pao-2568-report")
    split_period = measure_at(report, 36).period  # <p>ต.ค.๖๗</p> <p>-</p> <p>ก.ย.๖๘</p>
    assert (split_period.value.start, split_period.value.end) == (date(2024, 10, 1), date(2025, 9, 30))
    no_year_start = measure_at(report, 44).period  # ม.ค. - เม.ย ๖๘
    assert (no_year_start.value.start, no_year_start.value.end) == (date(2025, 1, 1), date(2025, 4, 30))
    assert measure_at(report, 22).budget.value.amount == Decimal(56500)
    assert measure_at(report, 28).budget.value.amount == Decimal(450000)
    typo = measure_at(report, 52).budget
    assert typo.value is None and typo.text == "ไม่ใช่ งบประมาณ"
    empty_outcome = measure_at(report, 60).outcome  # kept, so that findings point at the empty cell
    assert empty_outcome.is_blank and (empty_outcome.position.line, empty_outcome.position.column) == (
        60,
        803,
    )


def test_samut_prakan_check_mark_status_columns():
    report = read("samutprakan-pao-2564-report")
    plan, status_table = report.tables
    assert status_table.columns == (Column.AREA, Column.NAME, Column.STATUS, Column.RESULT)
    statuses = {m.position.line: m.status.value for m in status_table.measures}
    assert statuses[31] is Status.DONE
    assert [line for line, s in statuses.items() if s is Status.NOT_STARTED] == [38, 49, 51]
    mark = measure_at(report, 38).status
    source_line = (SEEDS / "samutprakan-pao-2564-report.txt").read_text("utf-8").splitlines()[37]
    assert (mark.position.line, mark.position.column) == (38, source_line.index("\t/") + 2)
    assert mark.text == "ยังไม่ดำเนินการ"  # the marked sub-column's word
    assert measure_at(report, 51).area.text == "๑๐. การป้องกันการทุจริต"
    assert plan.columns == (Column.AREA, Column.NAME, Column.RESPONSIBLE)


def test_longmunlek_second_header_row_is_not_a_measure():
    report = read("longmunlek-sao-2566-report")
    lines = [m.position.line for _, m in report.measures()]
    assert lines == [9, 12, 15, 16, 19, 20, 24, 25]
    assert not any((m.result.text if m.result else "") == "ตามมาตรการ" for _, m in report.measures())
    assert report.tables[0].columns == (
        Column.NAME,
        Column.STEPS,
        Column.RESPONSIBLE,
        Column.PERIOD,
        Column.RESULT,
        Column.OUTCOME,
    )


def test_bankluai_headings_name_the_area_of_the_table_below():
    report = read("bankluai-sao-2568-report")
    areas = [(m.position.line, m.area.text) for _, m in report.measures()]
    assert areas[0] == (20, "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ")
    assert areas[-1] == (55, "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน")  # "(ต่อ)" dropped
    assert measure_at(report, 20).period.value.start == date(2024, 10, 1)
    assert measure_at(report, 50).name.text == "มาตรการส่งเสริม คุณธรรมและความ โปร่งใสในหน่วยงาน"


def test_lopburi_city_plan_has_its_own_fiscal_year():
    report = read("lopburi-city-2565-analysis")
    plan = report.tables[2]
    assert (report.year, plan.fiscal_year) == (2565, 2566)
    assert [m.name.text for m in plan.measures][:2] == ["การใช้งบประมาณ", "การใช้อำนาจ"]
    assert plan.measures[-1].follow_up.text.startswith("รายงานความก้าวหน้า")


def test_document_without_a_measures_table_is_other():
    report = text_export.parse("หน้าสารบัญ\n\nการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n๑. ข้อมูลพื้นฐาน\n")
    assert report.kind is DocumentKind.OTHER and report.tables == ()


def test_markdown_pipe_tables():
    text = (
        "# รายงานผล ประจำปีงบประมาณ พ.ศ. 2568 องค์การบริหารส่วนตำบลตัวอย่าง\n\n"
        "| มาตรการ | ระยะเวลาดำเนินการ | ผลการดำเนินการ |\n"
        "|---|---|---|\n"
        "| ประกาศ No Gift Policy | ต.ค.67 - ก.ย.68 | ประกาศแล้ว |\n"
    )
    report = text_export.parse(text)
    (measure,) = report.tables[0].measures
    assert measure.name.text == "ประกาศ No Gift Policy"
    assert (measure.name.position.line, measure.name.position.column) == (5, 3)
    assert measure.period.value.end == date(2025, 9, 30)


def test_plan_headers_with_number_remarks_target_and_planned_budget():
    text = (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เทศบาลตำบลตัวอย่าง\n\n"
        "ลำดับ\tมาตรการ/โครงการ\tเป้าหมาย\tตัวชี้วัดความสำเร็จ\tงบประมาณ (บาท)\tระยะเวลา\t"
        "ผู้รับผิดชอบ\tหมายเหตุ\n"
        "๑\tประกาศนโยบาย No Gift Policy\tบุคลากรทุกคน\tร้อยละ ๑๐๐\t-\tต.ค.๖๘\tสำนักปลัด\t\n"
    )
    report = text_export.parse(text)
    (table,) = report.tables
    assert table.kind is TableKind.PLAN and report.kind is DocumentKind.PLAN
    assert table.columns == (Column.NAME, Column.BUDGET, Column.PERIOD, Column.RESPONSIBLE)
    (measure,) = table.measures
    assert measure.name.text == "ประกาศนโยบาย No Gift Policy" and measure.period.value.start == date(
        2025, 10, 1
    )


def test_a_row_of_unknown_words_is_not_a_header():
    text = "มาตรการ\tอื่น ๆ\tสิ่งใด\n"  # only one recognised column: text, not a table
    assert text_export.parse(text).tables == ()


def test_a_grid_table_row_is_the_lines_between_its_rules():
    text = """รายงานผลการดำเนินการตามมาตรการ สถาบันตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
+----+-------------------+----------+------------+
| ที่  | มาตรการ           | ระยะเวลา | งบประมาณ   |
+====+===================+==========+============+
| ๑  | ประกาศเจตนารมณ์     | ต.ค. ๖๖ - | ไม่ใช้       |
|    | และนโยบาย No Gift  | ม.ค. ๖๗   | งบประมาณ   |
+----+-------------------+----------+------------+
"""
    (measure,) = [m for _, m in text_export.parse(text).measures()]
    assert measure.name.text == "ประกาศเจตนารมณ์\nและนโยบาย No Gift"
    assert measure.period.value is not None and measure.budget.value.none_used


def test_a_table_drawn_in_box_characters_is_read_as_a_grid_table():
    text = """รายงานผลการดำเนินการตามมาตรการ อบต.ตัวอย่าง ประจำปีงบประมาณ พ . ศ . ๒๕๖๔
┌────┬──────────────────┬──────────┐
│ ที่  │ มาตรการ          │ ระยะเวลา │
├────┼──────────────────┼──────────┤
│ 1  │ ประชุมชี้แจง       │ ต.ค. 63   │
│    │ ประมวลจริยธรรม    │          │
└────┴──────────────────┴──────────┘
"""
    report = text_export.parse(text)
    (measure,) = [m for _, m in report.measures()]
    assert measure.name.text == "ประชุมชี้แจง\nประมวลจริยธรรม" and measure.period.value is not None
    assert report.year == 2564  # พ . ศ . spaced out


def test_cells_copied_from_excel_run_over_lines_inside_their_quotes():
    pasted = (
        "รายงานผลการดำเนินการตามมาตรการ สำนักงานคุมประพฤติจังหวัดตัวอย่าง ปีงบประมาณ พ.ศ. 2568\r\n"
        "\r\n"
        "ที่\tมาตรการ\tขั้นตอน\tระยะเวลา\tผลการดำเนินงาน\r\n"
        '1\tจัดทำคู่มือ\t"1. ทบทวนขั้นตอน\n2. จัดทำคู่มือ ""ฉบับประชาชน"""\t"1 ต.ค. 67 -\n31 มี.ค. 68"\tเผยแพร่แล้ว\r\n'
        "2\tประกาศนโยบาย\tลงนามประกาศ\tต.ค. 67\tประกาศแล้ว\r\n"
    )
    rows = [item for item in text_export.items(pasted) if isinstance(item, Row)]
    assert [len(r.cells) for r in rows] == [5, 5, 5]
    steps, period = rows[1].cells[2], rows[1].cells[3]
    assert steps.raw == '1. ทบทวนขั้นตอน\n2. จัดทำคู่มือ "ฉบับประชาชน"'
    # the period starts on the line where the steps cell ends, past its opening quote
    assert period.raw == "1 ต.ค. 67 -\n31 มี.ค. 68" and (period.position.line, period.position.column) == (
        5,
        34,
    )
    assert rows[2].cells[1].raw == "ประกาศนโยบาย" and rows[2].cells[1].position.line == 7
