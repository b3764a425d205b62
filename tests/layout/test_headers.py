"""Header recognition: which rows are headers, and what a second header row adds."""

from __future__ import annotations

from layout_items import Break, cells, row

from ita_lint.layout import headers, vocabulary
from ita_lint.layout.model import HeaderRow, Row, ScoreHeader
from ita_lint.records import Column, TableKind
from ita_lint.values import Status

WORDS = vocabulary.default()


def test_a_header_row_maps_each_cell_to_its_field():
    found = headers.header(
        cells("ที่", "มาตรการ/โครงการ", "ระยะเวลา", "งบประมาณ (บาท)", "ผลการดำเนินงาน"), WORDS
    )
    assert found is not None
    assert found.number == 0
    assert found.columns == (None, Column.NAME, Column.PERIOD, Column.BUDGET, Column.RESULT)
    assert found.kind is TableKind.REPORT


def test_a_table_without_results_is_a_plan():
    found = headers.header(cells("มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "งบประมาณ"), WORDS)
    assert found is not None and found.kind is TableKind.PLAN


def test_a_data_row_with_header_words_is_not_a_header():
    data = cells("ประชุมชี้แจงขั้นตอนการจัดซื้อ", "ระยะเวลา ๓ เดือน", "กองคลัง", "ไม่ใช้งบประมาณ")
    assert headers.header(data, WORDS) is None
    assert headers.header(cells("1", "มาตรการ", "ระยะเวลา"), WORDS) is None  # numbered: data


def test_a_numbered_measure_beside_a_month_is_data_not_a_header():
    # a measure's name under its number, with a one-month period that looks like a month tick
    data = cells("มาตรการที่ ๕\nอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน", "มี.ค. ๖๗", "กลุ่มอำนวยการ")
    assert headers.header(data, WORDS) is None


def test_an_indicator_after_the_measure_is_its_kpi_not_the_area():
    found = headers.header(cells("มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ"), WORDS)
    assert found is not None and found.columns == (Column.NAME, None, Column.RESPONSIBLE)


def test_status_sub_columns_in_a_second_row():
    found = headers.header(cells("มาตรการ", "สถานะการดำเนินงาน", "", "", "ผลการดำเนินการ"), WORDS)
    assert found is not None
    sub = cells("", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการเรียบร้อยแล้ว", "")
    merged = headers.sub_header(found, sub, WORDS)
    assert merged is not None
    assert merged.marks == {1: Status.NOT_STARTED, 2: Status.IN_PROGRESS, 3: Status.DONE}
    assert merged.columns[1:4] == (Column.STATUS,) * 3
    assert found.marks == {} and found.columns[2:4] == (None, None)  # the first row's header stays


def test_quarter_tick_columns_under_a_merged_period_heading():
    found = headers.header(cells("มาตรการ", "ระยะเวลาดำเนินการ", "", "", "", "ผู้รับผิดชอบ"), WORDS)
    assert found is not None
    sub = cells("", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๗)", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "")
    merged = headers.sub_header(found, sub, WORDS)
    assert merged is not None and merged.ticks == {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}


def test_start_and_end_under_one_period_heading():
    found = headers.header(cells("มาตรการ", "ระยะเวลา", "", "ผลการดำเนินงาน"), WORDS)
    assert found is not None
    merged = headers.sub_header(found, cells("", "เริ่มต้น", "สิ้นสุด", ""), WORDS)
    assert merged is not None
    assert merged.columns == (Column.NAME, Column.PERIOD, Column.PERIOD, Column.RESULT)


def test_of_a_planned_and_a_used_budget_the_used_one_is_the_budget():
    found = headers.header(cells("มาตรการ", "งบประมาณ", "", "ผลการดำเนินงาน"), WORDS)
    assert found is not None
    merged = headers.sub_header(found, cells("", "ตั้งไว้", "ใช้จริง", ""), WORDS)
    assert merged is not None and merged.columns == (Column.NAME, None, Column.BUDGET, Column.RESULT)


def test_a_data_row_is_not_read_as_a_second_header_row():
    found = headers.header(cells("มาตรการ", "ระยะเวลา", "ผลการดำเนินงาน"), WORDS)
    assert found is not None
    data = cells("ตรวจสอบพัสดุประจำปี", "ก.ย. ๖๘", "")
    assert headers.sub_header(found, data, WORDS) is None


def test_header_words_under_a_merged_name_heading_continue_the_header():
    found = headers.header(cells("ประเด็น", "มาตรการส่งเสริมคุณธรรม", "", "ระยะเวลา"), WORDS)
    assert found is not None
    merged = headers.sub_header(found, cells("", "มาตรการ", "แนวทาง/วิธีการดำเนินการ", ""), WORDS)
    assert merged is not None and merged.columns == (Column.AREA, Column.NAME, Column.STEPS, Column.PERIOD)


def test_recognising_a_stream_merges_a_second_header_row_and_passes_data_rows_on():
    first = row(1, "มาตรการ", "สถานะการดำเนินงาน", "", "", "ผลการดำเนินการ")
    second = row(2, "", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการเรียบร้อยแล้ว", "")
    data = row(3, "ประชุมชี้แจง", "", "", "/", "ประชุมแล้ว")
    found = list(headers.recognise([first, second, data, Break(), first], WORDS))
    assert [type(item) for item in found] == [HeaderRow, Row, Break, HeaderRow]
    assert found[0].header.marks == {1: Status.NOT_STARTED, 2: Status.IN_PROGRESS, 3: Status.DONE}
    assert found[0].cells == first.cells and found[1] is data
    assert found[3].header.marks == {}  # no second row under it this time


def test_a_score_table_header_is_recognised_as_one():
    (found,) = headers.recognise([row(1, "ตัวชี้วัด", "คะแนน")], WORDS)
    assert isinstance(found, ScoreHeader)


def test_quarters_numbered_under_a_merged_ไตรมาส_heading_are_tick_columns():
    found = headers.header(cells("มาตรการ", "ไตรมาส", "", "", "", "ผู้รับผิดชอบ"), WORDS)
    assert found is not None and found.quarters == 1
    merged = headers.sub_header(found, cells("", "๑", "๒", "3", "4", ""), WORDS)
    assert merged is not None and merged.ticks == {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
    # numbers under any other heading are data
    plain = headers.header(cells("มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ"), WORDS)
    assert plain is not None and headers.sub_header(plain, cells("", "๑", ""), WORDS) is None


def test_a_year_over_month_tick_columns_is_the_period_heading():
    found = headers.header(cells("ที่", "มาตรการ", "พ.ศ. 2567", "", "พ.ศ. 2568", "ผู้รับผิดชอบ"), WORDS)
    assert found is not None and found.columns[2] is Column.PERIOD
    merged = headers.sub_header(found, cells("", "", "ต.ค.", "พ.ย.", "ม.ค.", ""), WORDS)
    assert merged is not None and merged.ticks == {2: (1, 1), 3: (2, 2), 4: (4, 4)}


def test_english_headers_name_their_columns():
    found = headers.header(
        cells(
            "No.",
            "Assessment Issue",
            "Measure / Project",
            "Timeline",
            "Responsible Unit",
            "Budget Used (THB)",
        ),
        WORDS,
    )
    assert found is not None and found.number == 0
    assert found.columns[1:] == (Column.AREA, Column.NAME, Column.PERIOD, Column.RESPONSIBLE, Column.BUDGET)


def test_a_lone_status_word_heads_a_column_ticked_yes_or_no_where_the_rest_is_a_header():
    row_cells = cells(
        "ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ดำเนินการแล้ว", "ผลการดำเนินงาน"
    )
    found = headers.header(row_cells, WORDS)
    assert found is not None and found.marks == {5: Status.DONE} and found.columns[5] is Column.STATUS
    # a summary's count of measures done, beside two fields, heads no ticked column
    assert headers.header(cells("ประเด็น", "จำนวนมาตรการ", "ดำเนินการแล้ว", "งบประมาณที่ใช้"), WORDS) is None
