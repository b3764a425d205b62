"""The core functions of `then:` (as Spectral's), one by one, on cells as records hold them."""

from __future__ import annotations

import pytest

from ita_lint import functions
from ita_lint.readers import record_file
from ita_lint.records import BudgetCell, Cell, PeriodCell

YEAR = record_file.parse(
    "fiscal_year: 2568\ntables:\n  - measures:\n"
    "      - {name: a, period: ต.ค. ๖๗ - ธ.ค. ๖๗, budget: '๑๒,๕๐๐ บาท'}\n"
)
((_, MEASURE),) = YEAR.measures()


def passes(name: str, cell: Cell | None, **options) -> bool:
    return functions.FUNCTIONS[name][1](cell, options)


@pytest.mark.parametrize(
    ("name", "text", "options", "passed"),
    [
        ("present", "ไม่ใช้ งบประมาณ", {}, True),
        ("present", " - ", {}, False),  # a dash stands for nothing
        ("absent", "", {}, True),
        ("pattern", "ลงนามเมื่อ ๑ ต.ค. ๖๗", {"match": r"1 ต\.ค\."}, True),  # Thai digits compared as Arabic
        ("pattern", "ลงนามแล้ว", {"match": r"\d"}, False),
        ("not-pattern", "ดำเนิน การแล้ว", {"match": "ดำเนินการแล้ว"}, False),  # a space inside a word
        ("length", "ดำเนินการแล้ว", {"min": 20}, False),
        ("length", "จัดอบรม ๑ ครั้ง ผู้เข้าร่วม ๔๐ คน", {"min": 20}, True),
        ("length", "ก" * 30, {"max": 20}, False),
        ("enum", "กองคลัง", {"values": ["กองคลัง", "สำนักปลัด"]}, True),
        ("enum", "กองช่าง", {"values": ["กองคลัง", "สำนักปลัด"]}, False),
        ("concept", "มีช่องทางร้องเรียนออนไลน์", {"patterns": ["ช่องทาง.*ร้องเรียน"]}, True),
        ("concept", "ไม่พบการร้องเรียน", {"patterns": ["ร้องเรียน"], "exclude": ["ไม่พบการร้องเรียน"]}, False),
    ],
)
def test_text_functions(name, text, options, passed):
    assert passes(name, Cell(raw=text), **options) is passed


def test_an_empty_cell_passes_shape_functions_and_fails_presence():
    for name, options in (("pattern", {"match": "x"}), ("length", {"min": 5}), ("enum", {"values": ["x"]})):
        assert passes(name, None, **options)
    assert not passes("present", None) and not passes("concept", None, patterns=["x"])


def test_dates_compare_the_parsed_period():
    period = MEASURE.period
    assert isinstance(period, PeriodCell)
    assert passes("dates", period, after="2024-10-01", before="2025-09-30")
    assert not passes("dates", period, before="2024-11-30")
    assert not passes("dates", period, max_days=31)
    assert passes("dates", PeriodCell(raw="ไม่ระบุ"), max_days=1)  # no period: period-unparseable says so


def test_amount_compares_the_parsed_budget():
    budget = MEASURE.budget
    assert isinstance(budget, BudgetCell)
    assert passes("amount", budget, max=20000) and not passes("amount", budget, max=10000)
    none_used = BudgetCell(raw="ไม่ใช้งบประมาณ", value=functions_budget_none())
    assert passes("amount", none_used, min=1) and not passes("amount", none_used, required=True)


def functions_budget_none():
    from ita_lint.values import Budget

    return Budget(none_used=True)


def test_every_function_has_a_closed_options_schema():
    schema = functions.schema()
    assert len(schema["oneOf"]) == len(functions.FUNCTIONS)
    for entry in schema["oneOf"]:
        assert entry["additionalProperties"] is False
        assert entry["properties"]["options"]["additionalProperties"] is False
