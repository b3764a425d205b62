"""Row assembly: measures from header and data rows, continuations, areas, totals, ticks."""

from __future__ import annotations

from datetime import date

import pytest
from layout_items import Break, line, row

from ita_lint.layout import build
from ita_lint.records import Column, DocumentKind, TableKind
from ita_lint.values import Status

HEADER = ("ที่", "มาตรการ", "ระยะเวลา", "งบประมาณ", "ผลการดำเนินงาน")
TITLE = [
    line(1, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
    line(2, "เทศบาลตำบลนาดี จังหวัดสกลนคร ปีงบประมาณ พ.ศ. ๒๕๖๘"),
]


def names(report):
    return [m.name.text if m.name else None for _, m in report.measures()]


def test_title_lines_give_the_agency_year_and_kind():
    report = build([*TITLE, row(3, *HEADER), row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "-", "ประกาศแล้ว")])
    assert report.agency.text == "เทศบาลตำบลนาดี" and report.agency_type.text == "เทศบาล"
    assert report.year == 2568 and report.province.text == "สกลนคร"
    assert report.kind is DocumentKind.REPORT and report.title_kind is DocumentKind.REPORT


def test_a_numbered_row_without_a_name_is_its_own_measure_and_a_total_row_is_none():
    report = build(
        [
            *TITLE,
            row(3, *HEADER),
            row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "ไม่ใช้งบประมาณ", "ประกาศแล้ว"),
            row(5, "2", "", "พ.ย. ๖๗", "5,000", "อบรมแล้ว"),
            row(6, "", "รวม", "", "5,000", ""),
        ]
    )
    assert names(report) == ["ประกาศนโยบาย", ""]


def test_a_row_with_neither_name_nor_number_continues_the_measure_above():
    report = build(
        [
            *TITLE,
            row(3, *HEADER),
            row(4, "1", "ประกาศ", "ต.ค. ๖๗", "-", "ประกาศแล้ว"),
            row(5, "", "", "", "", "และเผยแพร่"),
        ]
    )
    ((_, measure),) = report.measures()
    assert measure.result.text == "ประกาศแล้ว\nและเผยแพร่"


def test_a_row_cut_by_a_page_break_continues_even_with_text_in_its_name_cell():
    report = build(
        [
            *TITLE,
            row(3, *HEADER),
            row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "-", "ประกาศแล้ว"),
            Break(page=True),
            row(10, *HEADER),  # repeated on the next page
            row(11, "", "ไม่รับของขวัญ", "", "", "เผยแพร่บนเว็บไซต์"),
            row(12, "2", "อบรมคุณธรรม", "พ.ย. ๖๗", "5,000", "อบรมแล้ว"),
        ]
    )
    assert names(report) == ["ประกาศนโยบาย\nไม่รับของขวัญ", "อบรมคุณธรรม"]


def test_tick_columns_are_the_period_and_status_marks_the_status():
    report = build(
        [
            *TITLE,
            row(
                3,
                "มาตรการ",
                "ไตรมาส ๑",
                "ไตรมาส ๒",
                "ไตรมาส ๓",
                "ไตรมาส ๔",
                "ยังไม่ดำเนินการ",
                "ดำเนินการแล้ว",
                "ผลการดำเนินงาน",
            ),
            row(4, "ประกาศนโยบาย", "✓", "✓", "", "", "", "/", "ประกาศแล้ว"),
        ]
    )
    ((_, measure),) = report.measures()
    assert (measure.period.value.start, measure.period.value.end) == (date(2024, 10, 1), date(2025, 3, 31))
    assert measure.status.value is Status.DONE


def test_start_and_end_columns_make_one_period():
    report = build(
        [
            *TITLE,
            row(3, "มาตรการ", "ระยะเวลา", "", "ผลการดำเนินงาน"),
            row(4, "", "เริ่มต้น", "สิ้นสุด", ""),
            row(5, "อบรม", "1 ม.ค. 68", "31 มี.ค. 68", "อบรมแล้ว"),
        ]
    )
    ((_, measure),) = report.measures()
    assert measure.period.text == "1 ม.ค. 68 - 31 มี.ค. 68"
    assert measure.period.value.end == date(2025, 3, 31)


def test_a_heading_that_names_an_area_is_the_area_of_the_table_below_but_an_introduction_is_not():
    report = build(
        [
            *TITLE,
            line(3, "เทศบาลได้ดำเนินการตามมาตรการ ดังนี้"),
            row(4, "มาตรการ", "ผลการดำเนินงาน"),
            row(5, "ประกาศนโยบาย", "ประกาศแล้ว"),
            Break(),
            line(7, "๒. การให้บริการและระบบ E-Service"),
            row(8, "มาตรการ", "ผลการดำเนินงาน"),
            row(9, "พัฒนาระบบออนไลน์", "เปิดใช้แล้ว"),
        ]
    )
    areas = [m.area.text if m.area else None for _, m in report.measures()]
    assert areas == [None, "๒. การให้บริการและระบบ E-Service"]


def test_a_plan_for_next_year_under_its_own_heading_has_that_year_but_a_sentence_does_not_date_it():
    plan = [row(11, "มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"), row(12, "อบรม", "จัดอบรม", "สำนักปลัด")]
    headed = build([*TITLE, line(10, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"), *plan])
    cited = build([*TITLE, line(10, "ตามผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ดังนี้"), *plan])
    assert [t.fiscal_year for t in headed.tables] == [2569]
    assert [t.fiscal_year for t in cited.tables] != [2567]
    assert headed.tables[0].kind is TableKind.PLAN


def test_a_title_that_says_report_without_a_readable_table_is_an_unread_report():
    report = build([*TITLE, line(3, "ไม่มีตาราง")])
    assert report.kind is DocumentKind.OTHER and report.title_kind is DocumentKind.REPORT
    assert report.measure_tables() == []


def test_of_a_planned_and_a_used_budget_the_used_one_is_checked():
    report = build(
        [
            *TITLE,
            row(3, "มาตรการ", "งบประมาณ", "", "ผลการดำเนินงาน"),
            row(4, "", "ตั้งไว้", "ใช้จริง", ""),
            row(5, "อบรม", "10,000", "", "อบรมแล้ว"),
        ]
    )
    ((table, measure),) = report.measures()
    assert table.has(Column.BUDGET) and measure.budget.is_blank


@pytest.mark.parametrize(
    ("title", "year"),
    [("ผลการดำเนินงานตามมาตรการ ITA 2566", 2566), ("มาตรการส่งเสริมคุณธรรม ITA ประจำปี ๒๕๖๖", 2566)],
)
def test_the_assessment_year_in_a_title_is_the_fiscal_year_where_none_is_stated(title: str, year: int):
    report = build(
        [line(1, title), line(2, "สภ.เมืองลำปาง"), row(3, *HEADER), row(4, "1", "ประกาศ", "ต.ค.", "-", "แล้ว")]
    )
    assert report.year == year
    assert report.agency.text == "สภ.เมืองลำปาง" and report.agency_type.text == "สถานีตำรวจ"


def test_ocr_page_numbers_between_rows_are_no_rows():
    numbered = [
        row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "-", "ประกาศแล้ว"),
        line(5, "- l -"),
        row(6, "", "", "", "", "ต่อ"),
    ]
    (measure,) = [m for _, m in build([*TITLE, row(3, *HEADER), *numbered]).measures()]
    assert measure.result.text == "ประกาศแล้ว\nต่อ"


def test_status_symbols_are_read_through_the_legend_under_the_table():
    header = row(3, "ที่", "มาตรการ", "สถานะ", "ผลการดำเนินงาน")
    rows = [row(4, "1", "ประกาศนโยบาย", "✓", "ประกาศแล้ว"), row(5, "2", "อบรม", "●", "")]
    legend = line(6, "หมายเหตุ  ✓ = ดำเนินการแล้ว   ● = อยู่ระหว่างดำเนินการ   ✗ = ยังไม่ดำเนินการ")
    statuses = [m.status.value for _, m in build([*TITLE, header, *rows, Break(), legend]).measures()]
    assert statuses == [Status.DONE, Status.IN_PROGRESS]
    unexplained = [m.status.value for _, m in build([*TITLE, header, *rows]).measures()]
    assert unexplained == [None, None]  # no legend: a symbol says nothing


def test_start_and_end_dates_in_columns_of_their_own_make_the_period():
    header = row(3, "มาตรการ", "วันเริ่มต้น", "วันสิ้นสุด", "ผลการดำเนินงาน")
    data = row(4, "ประกาศนโยบาย", "1 ต.ค. 2567", "30 ก.ย. 2568", "ประกาศแล้ว")
    (measure,) = [m for _, m in build([*TITLE, header, data]).measures()]
    assert measure.period.text == "1 ต.ค. 2567 - 30 ก.ย. 2568"
    assert (measure.period.value.start, measure.period.value.end) == (date(2024, 10, 1), date(2025, 9, 30))


def test_a_second_table_of_results_joins_the_plan_table_by_number():
    plan = [row(3, "ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ")]
    plan += [row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "สำนักปลัด"), row(5, "2", "อบรม", "ม.ค. ๖๘", "กองคลัง")]
    results = [row(8, "ที่", "งบประมาณ", "ผลการดำเนินงาน", "ผลลัพธ์")]
    results += [row(9, "๒", "๕,๐๐๐", "อบรมแล้ว", "ผ่าน"), row(10, "1.", "ไม่ใช้งบประมาณ", "ประกาศแล้ว", "")]
    report = build([*TITLE, *plan, Break(page=True), line(7, "ผลการดำเนินงาน"), *results])
    (table,) = report.measure_tables()
    assert table.kind is TableKind.REPORT
    assert [(m.name.text, m.budget.text, m.result.text) for m in table.measures] == [
        ("ประกาศนโยบาย", "ไม่ใช้งบประมาณ", "ประกาศแล้ว"),
        ("อบรม", "๕,๐๐๐", "อบรมแล้ว"),
    ]
    assert table.has(Column.OUTCOME) and table.measures[0].outcome.is_blank


def test_a_table_without_names_and_nothing_to_join_is_text():
    report = build([*TITLE, row(3, "ที่", "งบประมาณ", "ผลการดำเนินงาน"), row(4, "1", "๕,๐๐๐", "แล้ว")])
    assert report.measures() == []


def test_a_fiscal_year_cut_over_two_title_lines_is_read():
    title = [
        line(1, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ"),
        line(2, "พ.ศ. ๒๕๖๘"),
    ]
    report = build([*title, row(3, *HEADER), row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "-", "ประกาศแล้ว")])
    assert report.year == 2568


def test_a_cell_listing_several_numbered_measures_is_split_into_measures():
    header = row(3, "มาตรการ", "ระยะเวลา", "งบประมาณ", "ผลการดำเนินงาน")
    data = row(
        4, "๑. ประกาศนโยบาย\n๒. อบรม\nจริยธรรม", "ต.ค. ๖๗\nม.ค. ๖๘", "ไม่ใช้งบประมาณ", "๑. ประกาศแล้ว\n๒. อบรมแล้ว"
    )
    found = [
        (m.name.text, m.period.text, m.budget.text, m.result.text)
        for _, m in build([*TITLE, header, data]).measures()
    ]
    assert found == [
        ("๑. ประกาศนโยบาย", "ต.ค. ๖๗", "ไม่ใช้งบประมาณ", "๑. ประกาศแล้ว"),
        ("๒. อบรม\nจริยธรรม", "ม.ค. ๖๘", "ไม่ใช้งบประมาณ", "๒. อบรมแล้ว"),
    ]


def test_a_wide_table_printed_over_two_pages_joins_its_columns_by_row_order():
    plan = [
        row(3, "ลำดับ", "มาตรการ", "ระยะเวลา"),
        row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗"),
        row(5, "2", "อบรม", "ม.ค. ๖๘"),
    ]
    rest = [
        row(8, "งบประมาณที่ใช้", "ผลการดำเนินงาน"),
        row(9, "ไม่ใช้งบประมาณ", "ประกาศแล้ว"),
        row(10, "", "อบรมแล้ว"),
    ]
    (table,) = build([*TITLE, *plan, Break(page=True), *rest]).measure_tables()
    assert [(m.budget.text, m.result.text) for m in table.measures] == [
        ("ไม่ใช้งบประมาณ", "ประกาศแล้ว"),
        ("", "อบรมแล้ว"),
    ]


def test_a_score_tables_own_rows_state_the_overall_score_and_level_across_a_page_footer():
    report = build(
        [
            line(1, "บันทึกข้อความ ผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"),
            row(2, "เครื่องมือการประเมิน", "คะแนน"),
            row(3, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "87.66"),
            line(4, "หน้า 1 จาก 4"),
            Break(page=True),
            row(1, "คะแนนรวม", "83.57"),
            row(2, "ระดับผลการประเมิน", "A"),
            line(3, "๒. จุดแข็ง"),
        ]
    )
    assert (report.overall.text, report.overall.position.line) == ("83.57", 1)
    assert (report.level.text, report.level.position.line) == ("A", 2)
    (table,) = report.tables
    assert [score.indicator.text for score in table.scores] == [
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
    ]  # the overall score is not an indicator's


def test_a_title_that_spells_out_the_agency_beats_the_abbreviation_of_a_running_header():
    report = build(
        [
            line(1, "ITA 2569 - O10 มาตรการส่งเสริมคุณธรรมและความโปร่งใส อบจ.นครพนม"),
            line(2, "องค์การบริหารส่วนจังหวัดนครพนม"),
            row(3, *HEADER),
            row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๘", "-", "ประกาศแล้ว"),
        ]
    )
    assert (report.agency.text, report.agency.position.line) == ("องค์การบริหารส่วนจังหวัดนครพนม", 2)
    assert report.agency_type.text == "อบจ."


def test_a_title_line_labelled_as_the_agencys_names_it():
    report = build(
        [
            line(1, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
            line(2, "(แบบ ธร.ITA ๐๒ สำหรับหน่วยงานในสังกัดกรมธนารักษ์ กระทรวงการคลัง)"),
            line(3, "หน่วยงาน สำนักงานธนารักษ์พื้นที่ขอนแก่น"),
            line(4, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
            row(5, *HEADER),
            row(6, "1", "ประกาศนโยบาย", "ต.ค. ๖๖", "-", "ประกาศแล้ว"),
        ]
    )
    assert (report.agency.text, report.agency.position.line) == ("สำนักงานธนารักษ์พื้นที่ขอนแก่น", 3)


def test_a_result_row_under_its_plan_row_gives_the_budget_used_and_the_result():
    report = build(
        [
            *TITLE,
            row(3, "ที่", "มาตรการ/โครงการ", "แผน/ผล", "งบประมาณ (บาท)", "ผลการดำเนินงาน / หมายเหตุ"),
            row(4, "1", "อบรมคุณธรรมจริยธรรม", "แผน", "15000", ""),
            row(5, "", "", "ผล", "14250", "อบรมแล้ว ๔๐ คน"),
            row(6, "2", "ตรวจสอบการใช้รถราชการ", "แผน", "3000", ""),
            row(7, "", "", "ผล"),
        ]
    )
    (_, first), (_, second) = report.measures()
    assert first.budget.value.amount == 14250 and first.result.text == "อบรมแล้ว ๔๐ คน"
    assert second.budget.is_blank and second.result.is_blank  # the plan's 3,000 was not used
    assert second.budget.position.line == 7


def test_one_cell_of_text_under_an_empty_row_below_numbered_measures_is_a_note_not_a_measure():
    report = build(
        [
            *TITLE,
            row(3, *HEADER),
            row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "ไม่ใช้งบประมาณ", "ประกาศแล้ว"),
            row(5, "2", "อบรมคุณธรรม", "พ.ย. ๖๗", "5,000", "อบรมแล้ว"),
            row(6, "", "", "", "", ""),
            row(7, "", "อัปเดตล่าสุดโดย ผู้อำนวยการ เพื่อเผยแพร่บนเว็บไซต์", "", "", ""),
        ]
    )
    assert names(report) == ["ประกาศนโยบาย", "อบรมคุณธรรม"]


def test_a_cross_in_the_column_ticked_yes_or_no_says_the_measure_was_not_done():
    ticked = ("ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ", "ดำเนินการแล้ว", "ผลการดำเนินงาน")
    report = build(
        [
            *TITLE,
            row(3, *ticked),
            row(4, "1", "ประกาศนโยบาย", "ต.ค. ๖๗", "สำนักปลัด", "ไม่ใช้งบประมาณ", "✔", "ประกาศแล้ว"),
            row(5, "2", "อบรมคุณธรรม", "พ.ย. ๖๗", "สำนักปลัด", "5,000", "✘", ""),
        ]
    )
    statuses = [m.cell(Column.STATUS).value for _, m in report.measures()]
    assert statuses == [Status.DONE, Status.NOT_STARTED]
