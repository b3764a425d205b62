"""Table-driven tests for ita_lint.thai, with real cell text from the seed exports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from ita_lint import thai
from ita_lint.values import Budget, Period, Status

FY68_START, FY68_END = date(2024, 10, 1), date(2025, 9, 30)


def _case(id_: str, *values: object) -> object:
    return pytest.param(*values, id=id_)


# --------------------------------------------------------------------------- clean_markup

CLEAN_MARKUP_CASES = [
    _case("plain unchanged", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ"),
    _case("plain keeps inner spacing", "  ไม่ใช้   งบประมาณ\n", "ไม่ใช้   งบประมาณ"),
    _case("plain less-than is not markup", "คะแนน < 85  คะแนน", "คะแนน < 85  คะแนน"),
    _case("single paragraph", "<p>ไม่ใช้งบประมาณ</p>", "ไม่ใช้งบประมาณ"),
    _case(
        "paragraphs become lines (seed)",
        "<p>๘.คู่มือปฏิบัติงาน ศูนย์ดำรงธรรม องค์การบริหารส่วนจังหวัดลพบุรี (สำนักปลัดฯ)</p> "
        "<p>๙.คู่มือการชำระภาษีบำรุง อบจ. จากผู้ประกอบการค่าน้ำมัน ก๊าซปิโตรเลียมและยาสูบ</p>",
        "๘.คู่มือปฏิบัติงาน ศูนย์ดำรงธรรม องค์การบริหารส่วนจังหวัดลพบุรี (สำนักปลัดฯ)\n"
        "๙.คู่มือการชำระภาษีบำรุง อบจ. จากผู้ประกอบการค่าน้ำมัน ก๊าซปิโตรเลียมและยาสูบ",
    ),
    _case(
        "styled list items become lines (seed)",
        '<ul style="list-style-type: none"> <li>- a</li> <li>- b</li> </ul>',
        "- a\n- b",
    ),
    _case(
        "list without li stays one line (seed)",
        '<ul style="list-style-type: none"> - จัดทำมาตรการ - เผยแพร่ให้ผู้บริหาร ',
        "- จัดทำมาตรการ - เผยแพร่ให้ผู้บริหาร",
    ),
    _case(
        "ordered list",
        '<ol style="list-style-type: none"> <li>๑. ทุจริต</li><li>๒. การคิด</li></ol>',
        "๑. ทุจริต\n๒. การคิด",
    ),
    _case("period split over paragraphs (seed)", "<p>ต.ค.๖๗</p> <p>-</p> <p>ก.ย.๖๘</p>", "ต.ค.๖๗\n-\nก.ย.๖๘"),
    _case(
        "link keeps its text (seed)",
        '<p>- เผยแพร่ทางเว็บไซต์ <a href="https://www.banklab.go.th">https://www.banklab.go.th</a></p>',
        "- เผยแพร่ทางเว็บไซต์ https://www.banklab.go.th",
    ),
    _case("br", "บรรทัดแรก<br>บรรทัดสอง<br/>สาม", "บรรทัดแรก\nบรรทัดสอง\nสาม"),
    _case("entities", "<p>A &amp; B&nbsp;&nbsp;C &lt;x&gt; &#3585;</p>", "A & B C <x> ก"),
    _case("markdown bold", "**รายงานผล ประจำปี พ.ศ. ๒๕๖๔**", "รายงานผล ประจำปี พ.ศ. ๒๕๖๔"),
    _case("markdown escaped stars (seed)", "\\*\\*\\*\\*\\*", "*****"),
    _case("markdown escaped underscore", "no\\_gift \\- policy", "no_gift - policy"),
    _case("tabs and spaces collapsed", "<p>a \t  b</p>\n\n<p>  c  </p>", "a b\nc"),
    _case("empty paragraphs dropped", "<p></p><p> </p><p>x</p>", "x"),
    _case("unknown tags dropped", "<span class='x'>ก</span><strong>ข</strong>", "กข"),
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN_MARKUP_CASES)
def test_clean_markup(raw: str, expected: str) -> None:
    assert thai.clean_markup(raw) == expected


# --------------------------------------------------------------------------- normalize

NORMALIZE_CASES = [
    _case("split sara am", "ดําเนินการ", "ดำเนินการ"),
    _case("split sara am with tone mark", "ต\u0e4d\u0e48\u0e32", "ต\u0e48\u0e33"),
    _case("doubled sara am glyph", "ลำานารายณ์", "ลำนารายณ์"),
    _case("double sara e", "เเละ", "และ"),
    _case("zero-width inside word", "การ\u200bร้อง\u200cเรียน\u200d\u2060\ufeff", "การร้องเรียน"),
    _case("replacement character", "ผลป\ufffdระโยชน์", "ผลประโยชน์"),
    _case("thai digits", "๑๒๓๔๕๖๗๘๙๐", "1234567890"),
    _case("space inside thai words removed", "ไม่ใช้ งบประมาณ", "ไม่ใช้งบประมาณ"),
    _case("newline inside thai words removed", "ทุกส่วน\nราชการ  ในสังกัด", "ทุกส่วนราชการในสังกัด"),
    _case("space around latin kept", "การให้บริการและระบบ  E-Service  ", "การให้บริการและระบบ e-service"),
    _case("space between digit and thai kept", "๘๕,๑๐๐ บาท", "85,100 บาท"),
    _case("typo kept as is", "กรรร้องเรียน", "กรรร้องเรียน"),
    _case("nfc reorders marks", "ป\u0e48\u0e38ม", "ป\u0e38\u0e48ม"),
    _case("latin lowercased", "No Gift Policy", "no gift policy"),
    _case("empty", " \n\t ", ""),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZE_CASES)
def test_normalize(text: str, expected: str) -> None:
    assert thai.normalize(text) == expected


def test_normalize_is_idempotent() -> None:
    text = "ดํา เเละ ไม่ใช้ งบประมาณ ๑๒ E-Service"
    assert thai.normalize(thai.normalize(text)) == thai.normalize(text)


def test_to_arabic_digits() -> None:
    assert thai.to_arabic_digits("พ.ศ. ๒๕๖๘ และ 2024") == "พ.ศ. 2568 และ 2024"


# --------------------------------------------------------------------------- years

YEAR_CASES = [
    _case("arabic BE", "2568", 2568),
    _case("thai BE", "๒๕๖๘", 2568),
    _case("after พ.ศ.", "พ.ศ. ๒๕๖๘", 2568),
    _case("title glued (seed)", "ประจำปีงบประมาณ พ.ศ.๒๕๖๘", 2568),
    _case("title arabic", "ประจำปีงบประมาณ พ.ศ. 2568", 2568),
    _case("fiscal year word preferred", "คำสั่งที่ 12/2567 ปีงบประมาณ พ.ศ. 2568", 2568),
    _case("two digits alone", "68", 2568),
    _case("two thai digits alone", "๖๘", 2568),
    _case("two digits after พ.ศ.", "ปีงบประมาณ ๖๖", 2566),
    _case("CE", "2025", 2568),
    _case("BE preferred over earlier CE", "https://x/2020-10-22 รายงาน 2567", 2567),
    _case("none", "รายงานผลการดำเนินการ", None),
    _case("out of range", "1234", None),
    _case("empty", "", None),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_CASES)
def test_parse_year(text: str, expected: int | None) -> None:
    assert thai.parse_year(text) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        _case("2568", 2568, (date(2024, 10, 1), date(2025, 9, 30))),
        _case("2566", 2566, (date(2022, 10, 1), date(2023, 9, 30))),
        _case("2564", 2564, (date(2020, 10, 1), date(2021, 9, 30))),
    ],
)
def test_fiscal_year_bounds(year: int, expected: tuple[date, date]) -> None:
    assert thai.fiscal_year_bounds(year) == expected


# --------------------------------------------------------------------------- periods


def _p(start: date, end: date, whole: bool = False) -> Period:
    return Period(start=start, end=end, whole_fiscal_year=whole)


def _placed(start: date, end: date, whole: bool = False) -> Period:
    """A period whose years the fiscal year supplied: none are written."""
    return Period(start=start, end=end, whole_fiscal_year=whole, years_written=False)


PERIOD_CASES = [
    # Real cells from the seeds (fiscal year of the report).
    _case("seed Dec-Sep", "ธ.ค.๖๗ - ก.ย.๖๘", 2568, _p(date(2024, 12, 1), FY68_END)),
    _case("seed Oct-Sep", "ต.ค.๖๗ - ก.ย.๖๘", 2568, _p(FY68_START, FY68_END)),
    _case("seed Oct-Apr", "ต.ค.๖๗ - เม.ย.๖๘", 2568, _p(FY68_START, date(2025, 4, 30))),
    _case("seed start inherits year", "ม.ค. - ก.ย. ๖๘", 2568, _p(date(2025, 1, 1), FY68_END)),
    _case("seed as written, past FY", "ก.ย.๖๗ - ต.ค.๖๘", 2568, _p(date(2024, 9, 1), date(2025, 10, 31))),
    _case("seed dotless เม.ย", "ม.ค. - เม.ย ๖๘", 2568, _p(date(2025, 1, 1), date(2025, 4, 30))),
    _case("seed FY66 spaced", "ต.ค.๖๕ - ก.ย. ๖๖", 2566, _p(date(2022, 10, 1), date(2023, 9, 30))),
    _case("seed FY66 glued", "ต.ค.๖๕ - ก.ย.๖๖", 2566, _p(date(2022, 10, 1), date(2023, 9, 30))),
    _case("seed days ถึง", "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘", 2568, _p(FY68_START, FY68_END)),
    _case("seed split paragraphs", "ต.ค.๖๗\n-\nก.ย.๖๘", 2568, _p(FY68_START, FY68_END)),
    # Other forms.
    _case("start after end month is year before", "ต.ค. - ก.ย. ๖๘", 2568, _p(FY68_START, FY68_END)),
    _case("end inherits start year", "ต.ค. ๖๗ - ก.ย.", None, _p(FY68_START, FY68_END)),
    _case("end inherits same year", "ม.ค. ๖๘ - มี.ค.", None, _p(date(2025, 1, 1), date(2025, 3, 31))),
    _case("arabic days", "1 ม.ค. 66 - 31 มี.ค. 66", None, _p(date(2023, 1, 1), date(2023, 3, 31))),
    _case("full date with พ.ศ.", "๒๖ ธันวาคม พ.ศ. ๒๕๖๕", None, _p(date(2022, 12, 26), date(2022, 12, 26))),
    _case(
        "full month names",
        "ตุลาคม 2567 - กันยายน 2568",
        None,
        _p(FY68_START, FY68_END),
    ),
    _case("four-digit BE", "ต.ค. 2567 – ก.ย. 2568", None, _p(FY68_START, FY68_END)),
    _case("CE years", "ต.ค. 2024 — ก.ย. 2025", None, _p(FY68_START, FY68_END)),
    _case("จนถึง", "ต.ค.67 จนถึง ก.ย.68", None, _p(FY68_START, FY68_END)),
    _case(
        "ถึงวันที่",
        "วันที่ 1 ต.ค. 67 ถึงวันที่ 15 ก.ย. 68",
        None,
        _p(FY68_START, date(2025, 9, 15)),
    ),
    _case("glued separator", "ต.ค.67ถึงก.ย.68", None, _p(FY68_START, FY68_END)),
    _case("no spaces dash", "ต.ค.67-ก.ย.68", None, _p(FY68_START, FY68_END)),
    _case("doubled dots", "ต..ค..๖๗ - ก. ย. ๖๘", None, _p(FY68_START, FY68_END)),
    _case("dotless", "มีค 68", None, _p(date(2025, 3, 1), date(2025, 3, 31))),
    _case("single month", "ก.ย. ๖๘", None, _p(date(2025, 9, 1), FY68_END)),
    _case("february leap year", "ก.พ. 67", None, _p(date(2024, 2, 1), date(2024, 2, 29))),
    _case("day range in one month", "1-15 ม.ค. 68", None, _p(date(2025, 1, 1), date(2025, 1, 15))),
    _case("gregorian dotted", "11.08.2023", None, _p(date(2023, 8, 11), date(2023, 8, 11))),
    _case(
        "gregorian slashed range",
        "11/08/2023 - 12/09/2023",
        None,
        _p(date(2023, 8, 11), date(2023, 9, 12)),
    ),
    _case("numeric BE year", "๑๗/๑๐/๒๕๖๗", None, _p(date(2024, 10, 17), date(2024, 10, 17))),
    _case("no year uses FY", "ต.ค. - ก.ย.", 2568, _placed(FY68_START, FY68_END)),
    _case("no year Jan-Mar", "ม.ค. - มี.ค.", 2568, _placed(date(2025, 1, 1), date(2025, 3, 31))),
    _case("no year, single month Dec", "ธันวาคม", 2568, _placed(date(2024, 12, 1), date(2024, 12, 31))),
    _case("no year calendar order", "ม.ค. - ธ.ค.", 2568, _placed(date(2025, 1, 1), date(2025, 12, 31))),
    _case("no year, no FY", "ต.ค. - ก.ย.", None, None),
    _case(
        "reversed kept as written", "ก.ย. ๖๘ - ต.ค. ๖๗", None, _p(FY68_END.replace(day=1), date(2024, 10, 31))
    ),
    _case("whole FY word", "ตลอดปีงบประมาณ", 2568, _placed(FY68_START, FY68_END, True)),
    _case("whole year word", "ตลอดปี", 2566, _placed(date(2022, 10, 1), date(2023, 9, 30), True)),
    _case("whole FY spaced", "ทั้ง ปีงบประมาณ", 2568, _placed(FY68_START, FY68_END, True)),
    _case("whole FY no FY given", "ตลอดปีงบประมาณ", None, None),
    _case(
        "whole FY with year", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗", 2568, _p(date(2023, 10, 1), date(2024, 9, 30), True)
    ),
    _case("fiscal year named", "ปีงบประมาณ พ.ศ. 2568", None, _p(FY68_START, FY68_END, True)),
    _case("year alone", "๒๕๖๘", None, _p(FY68_START, FY68_END, True)),
    _case(
        "whole word with dates",
        "ตลอดปีงบประมาณ (ต.ค.๖๗ - ก.ย.๖๘)",
        None,
        _p(FY68_START, FY68_END, True),
    ),
    _case("year range", "(พ.ศ. 2561 – 2564)", None, _p(date(2017, 10, 1), date(2021, 9, 30))),
    _case("quarter 1", "ไตรมาสที่ 1", 2568, _placed(FY68_START, date(2024, 12, 31))),
    _case("quarter 2", "ไตรมาสที่ 2", 2568, _placed(date(2025, 1, 1), date(2025, 3, 31))),
    _case("quarters 1-2", "ไตรมาส 1-2", 2568, _placed(FY68_START, date(2025, 3, 31))),
    _case("quarters 1-4", "ไตรมาส ๑ - ๔", 2568, _placed(FY68_START, FY68_END, True)),
    _case("quarter with year", "ไตรมาสที่ 4/2567", 2568, _p(date(2024, 7, 1), date(2024, 9, 30))),
    _case("quarter no FY", "ไตรมาสที่ 2", None, None),
    _case("quarter 5 invalid", "ไตรมาสที่ 5", 2568, None),
    _case("half year", "รอบ 6 เดือน", 2568, _placed(FY68_START, date(2025, 3, 31))),
    _case("twelve months", "รอบ ๑๒ เดือน", 2568, _placed(FY68_START, FY68_END, True)),
    _case("second half", "6 เดือนหลัง", 2568, _placed(date(2025, 4, 1), FY68_END)),
    _case("half year no FY", "รอบ 6 เดือน", None, None),
    _case("invalid day", "31 ก.พ. 68", None, None),
    _case("invalid numeric month", "11/13/2023", None, None),
    _case("free text", "ดำเนินการตามความเหมาะสม", 2568, None),
    _case("word containing พย is not a month", "พยาบาล", 2568, None),
    _case("order number is not a year", "ตามคำสั่งที่ 761/2568", 2568, None),
    _case("dash alone", "-", 2568, None),
    _case("empty", "", 2568, None),
]


@pytest.mark.parametrize(("text", "fiscal_year", "expected"), PERIOD_CASES)
def test_parse_period(text: str, fiscal_year: int | None, expected: Period | None) -> None:
    assert thai.parse_period(text, fiscal_year) == expected


def test_parse_period_after_clean_markup() -> None:
    text = thai.clean_markup("<p>ต.ค.๖๗</p> <p>-</p> <p>ก.ย.๖๘</p>")
    assert thai.parse_period(text, 2568) == _p(FY68_START, FY68_END)


# --------------------------------------------------------------------------- budgets

NONE_USED = Budget(none_used=True)


def _amount(value: str) -> Budget:
    return Budget(amount=Decimal(value))


BUDGET_CASES = [
    _case("seed none used", "ไม่ใช้งบประมาณ", NONE_USED),
    _case("seed none used stray space", "ไม่ใช้ งบประมาณ", NONE_USED),
    _case("seed look-alike typo", "ไม่ใช่ งบประมาณ", None),
    _case("look-alike typo glued", "ไม่ใช่งบประมาณ", None),
    _case("seed 56,500", "๕๖,๕๐๐", _amount("56500")),
    _case("seed 450,000", "๔๕๐,๐๐๐", _amount("450000")),
    _case("seed 85,100", "๘๕,๑๐๐", _amount("85100")),
    _case("arabic", "450,000", _amount("450000")),
    _case("with baht", "85,100 บาท", _amount("85100")),
    _case("decimals", "1,234.50", _amount("1234.50")),
    _case("millions glued", "538800.0000ล้านบาท", _amount("538800000000")),
    _case("millions spaced", "1.5 ล้านบาท", _amount("1500000")),
    _case("zero", "0", _amount("0")),
    _case("thai zero", "๐", _amount("0")),
    _case("baht amount preferred over year", "งบประมาณปี 2568 จำนวน 5,000 บาท", _amount("5000")),
    _case("ไม่ได้ใช้งบประมาณ", "ไม่ได้ใช้งบประมาณ", NONE_USED),
    _case("ไม่ใช้จ่ายงบประมาณ", "ไม่ใช้จ่ายงบประมาณ", NONE_USED),
    _case("ไม่มีค่าใช้จ่าย", "ไม่มีค่าใช้จ่าย", NONE_USED),
    _case("ไม่ใช้งบ", "ไม่ใช้งบ", NONE_USED),
    _case("in paragraph", "<p>ไม่ใช้งบประมาณ</p>", NONE_USED),
    _case("hyphen alone", "-", NONE_USED),
    _case("en dash alone", " – ", NONE_USED),
    _case("thai words", "ห้าหมื่นหกพันห้าร้อยบาท", _amount("56500")),
    _case("thai words ถ้วน", "หนึ่งแสนบาทถ้วน", _amount("100000")),
    _case("baht notation .-", "๔๕๐,๐๐๐.-", _amount("450000")),
    _case("baht notation .- บาท", "56,500.- บาท", _amount("56500")),
    _case("label before amount", "ใช้งบประมาณ 12,000", _amount("12000")),
    _case("scale word without baht", "2 แสน", _amount("200000")),
    _case("free text", "ใช้งบประมาณจากหน่วยงานอื่น", None),
    _case("list ordinal is not an amount (seed)", "๑. กิจกรรมสร้างความโปร่งใสในการบริหารงบประมาณ", None),
    _case("other unit is not an amount", "จัดอบรม ๒ ครั้ง", None),
    _case("score is not an amount (seed)", "97.86 คะแนน", None),
    _case("percentage is not an amount", "50%", None),
    _case("ร้อยละ is not an amount (seed)", "คิดเป็นร้อยละ ๙๖.๖๐", None),
    _case("period is not an amount (seed)", "ม.ค. - ก.ย. ๖๘", None),
    _case("year is not an amount", "ปีงบประมาณ พ.ศ. ๒๕๖๘", None),
    _case("empty", "", None),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET_CASES)
def test_parse_budget(text: str, expected: Budget | None) -> None:
    assert thai.parse_budget(thai.clean_markup(text)) == expected


def test_parse_budget_amount_is_exact_decimal() -> None:
    budget = thai.parse_budget("538800.0000ล้านบาท")
    assert budget is not None
    assert str(budget.amount) == "538800000000"


# --------------------------------------------------------------------------- statuses

STATUS_CASES = [
    _case("not started", "ยังไม่ดำเนินการ", Status.NOT_STARTED),
    _case("not started ได้", "ยังไม่ได้ดำเนินการ", Status.NOT_STARTED),
    _case("not started damaged sara am", "ยังไม่ดาเนินการ", Status.NOT_STARTED),
    _case("not started split sara am", "ยังไม่ดําเนินการ", Status.NOT_STARTED),
    _case("in progress", "อยู่ระหว่างดำเนินการ", Status.IN_PROGRESS),
    _case("in progress การ", "อยู่ระหว่างการดำเนินการ", Status.IN_PROGRESS),
    _case("in progress กำลัง", "กำลังดำเนินการ", Status.IN_PROGRESS),
    _case("in progress spaced", "อยู่ระหว่าง ดำเนินการ", Status.IN_PROGRESS),
    _case("not yet finished", "ยังไม่แล้วเสร็จ", Status.IN_PROGRESS),
    _case("done", "ดำเนินการเรียบร้อยแล้ว", Status.DONE),
    _case("done แล้ว", "ดำเนินการแล้ว", Status.DONE),
    _case("done แล้วเสร็จ", "ดำเนินการแล้วเสร็จ", Status.DONE),
    _case("done short", "แล้วเสร็จ", Status.DONE),
    _case("done เสร็จสิ้น", "เสร็จสิ้น", Status.DONE),
    _case("english not_started", "not_started", Status.NOT_STARTED),
    _case("english Not Started", "Not Started", Status.NOT_STARTED),
    _case("english in_progress", "IN_PROGRESS", Status.IN_PROGRESS),
    _case("english in progress", "in progress", Status.IN_PROGRESS),
    _case("english done", "Done", Status.DONE),
    _case("english completed", "completed", Status.DONE),
    _case("bare action word", "ดำเนินการ", None),
    _case("check mark", "/", None),
    _case("empty", "", None),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_CASES)
def test_parse_status(text: str, expected: Status | None) -> None:
    assert thai.parse_status(text) == expected


# --------------------------------------------------------------------------- module


def test_import_does_not_load_pythainlp() -> None:
    code = "import sys, ita_lint.thai; print('pythainlp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๑o,๕oo บาท", "๑๐,๕๐๐ บาท"),  # OCR's o for ๐ inside a Thai number
        ("l๒ ต.ค. ๖๗", "๑๒ ต.ค. ๖๗"),  # and l for ๑
        ("(O๑)", "(๐๑)"),
        ("hello๑", "hello๑"),  # a Latin word glued to a digit is not a number
        ("google ๑๒ pool", "google ๑๒ pool"),  # letters apart from Thai digits stay letters
        ("10,500 o", "10,500 o"),  # no Thai digit: no certainty
        ("lO,OOO บาท", "10,000 บาท"),  # but an amount in baht grouped by thousands is a number
        ("hello,ooo บาท", "hello,ooo บาท"),
    ],
)
def test_ocr_letters_for_thai_digits_are_read_back_only_inside_thai_numbers(text: str, expected: str) -> None:
    assert thai.text.repair_ocr_digits(text) == expected


def test_a_budget_ocr_misread_reads_as_its_amount() -> None:
    budget = thai.parse_budget("๑o,๕oo บาท")
    assert budget is not None and budget.amount == 10500


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nov 2024 – Feb 2025", date(2024, 11, 1), date(2025, 2, 28)),
        ("Jan–Apr 2025", date(2025, 1, 1), date(2025, 4, 30)),
        ("Sept 2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("May 2025", date(2025, 5, 1), date(2025, 5, 31)),
    ],
)
def test_english_timelines_are_periods(text: str, start: date, end: date) -> None:
    period = thai.parse_period(text, 2568)
    assert period is not None and (period.start, period.end) == (start, end)


def test_may_in_a_sentence_is_no_month() -> None:
    assert thai.parse_period("may be delayed", 2568) is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("☑ ไม่ใช้งบประมาณ\n☐ ใช้งบประมาณ จำนวน ..........", "ไม่ใช้งบประมาณ"),
        ("☐ ยังไม่ดำเนินการ\n☐ อยู่ระหว่างดำเนินการ\n☑ ดำเนินการแล้วเสร็จ", "ดำเนินการแล้วเสร็จ"),
        ("□ ไม่มีกิจกรรม", "□ ไม่มีกิจกรรม"),  # one box: nothing to choose among
    ],
)
def test_a_forms_check_boxes_read_as_what_was_ticked(raw: str, text: str) -> None:
    assert thai.clean_markup(raw) == text
