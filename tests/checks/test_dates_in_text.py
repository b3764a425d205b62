"""Dates cited in results against the measure's period and the fiscal year."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_lint import thai
from ita_lint.linter import Linter
from ita_lint.readers import record_file
from ita_lint.thai import periods
from ita_lint.thai.text import prep

from conftest import SEEDS


@pytest.fixture(scope="module")
def linter(every_rule):
    """Every rule: this one is off by default."""
    return Linter(every_rule, "en")


def notes(linter, period: str | None, result: str, year: int = 2568) -> list[str]:
    measure = f"{{name: มาตรการ, result: '{result}'" + (f", period: '{period}'" if period else "") + "}"
    report = record_file.parse(f"fiscal_year: {year}\ntables:\n  - measures:\n      - {measure}\n")
    return [d.message for d in linter.lint_report(report) if d.rule == "result-date-outside-period"]


@pytest.mark.parametrize(
    ("period", "result", "outside"),
    [
        (None, "ประกาศเมื่อ ๑๕ ธันวาคม ๒๕๖๗", False),  # December of 2567 is in FY 2568
        (None, "ประกาศเมื่อ ๑๕ ธันวาคม ๒๕๖๘", True),  # ... and December of 2568 in FY 2569
        (None, "รายงานผลเมื่อ ๓๐ ก.ย. ๖๘", False),
        (None, "รายงานผลเมื่อ 2 ต.ค.68", True),
        ("ม.ค. - มี.ค. ๖๘", "อบรมเมื่อ ก.พ. 2568", False),  # a month without a day: the whole month
        ("ม.ค. - มี.ค. ๖๘", "อบรมเมื่อ เม.ย. 2568", True),
        ("ม.ค. - มี.ค. ๖๘", "อบรม 2 รุ่น ส.ค. 12 คน", False),  # 12 is no year
        ("ก.ย.๖๗ - ต.ค.๖๘", "ดำเนินการเมื่อ 15 ก.ย. 2567", False),  # a reversed or odd period: its own dates
    ],
)
def test_dates_are_compared_with_the_period_or_the_fiscal_year(linter, period, result, outside):
    assert bool(notes(linter, period, result)) is outside


def test_the_note_says_the_date_and_the_range_in_thai(every_rule):
    report = record_file.parse(
        "fiscal_year: 2568\ntables:\n  - measures:\n      - {name: ก, result: 'เมื่อ ๑๕ ธันวาคม ๒๕๖๘'}\n"
    )
    found = Linter(every_rule, "th").lint_report(report)
    [note] = [d.message for d in found if d.rule == "result-date-outside-period"]
    assert note == "วันที่ «15 ธันวาคม 2568» ในผลการดำเนินการอยู่นอกช่วง 1 ต.ค. 2567 ถึง 30 ก.ย. 2568"


def test_dates_in_running_text():
    found = thai.dates_in("ลงวันที่ ๑๕ ธันวาคม ๒๕๖๗ และ 11.08.2023 เดือน ม.ค. 68 จำนวน ๒ ครั้ง 31 ก.พ. 2568")
    assert [(d.first, d.last) for d in found] == [
        (date(2024, 12, 15), date(2024, 12, 15)),
        (date(2023, 8, 11), date(2023, 8, 11)),
        (date(2025, 1, 1), date(2025, 1, 31)),
    ]


# Pieces dates are written with, and what surrounds them, for texts that come close to a date.
_PIECES = st.sampled_from(
    [
        "วันที่",
        "เดือน",
        "ธันวาคม",
        "ม.ค.",
        "มค",
        "ต. ค.",
        "ก.ย",
        "พ.ศ.",
        "พ ศ",
        "ค.ศ.",
        "ปี",
        "ปีงบประมาณ",
        "๒๕๖๗",
        "2567",
        "68",
        "6",
        "15",
        "-",
        "/",
        ".",
        " ",
        "\u00a0",
        "\n",
        "ครั้ง",
        "พยาบาล",
        "มี",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_every_dated_match_passes_the_quick_search_first(text):
    """dates_in skips the full DATE pattern when the quick search finds nothing: that search must
    find something in every text where DATE matches a date with a year."""
    prepped = prep(text)
    dated = [m for m in periods.DATE.finditer(prepped) if m.group("nd") or m.group("year")]
    if dated:
        assert periods.dated().search(prepped) is not None


def test_the_note_is_off_unless_selected(tmp_path):
    from click.testing import CliRunner

    from ita_lint.cli import cli

    sample = str(SEEDS / "lopburi-pao-2568-report.txt")
    plain = CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", sample]).stdout
    assert "ITA208" not in plain
    chosen = CliRunner().invoke(
        cli, ["check", "--isolated", "--no-cache", "--extend-select", "ITA208", sample]
    )
    lines = [line for line in chosen.stdout.splitlines() if "ITA208 [info]" in line]
    assert [line.split(":")[1] for line in lines] == ["31", "36", "48", "56", "60"]
