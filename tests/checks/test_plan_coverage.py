"""A plan and a report in one document: every planned measure reported on, near misses both ways."""

from __future__ import annotations

import textwrap

import pytest

from ita_lint.checks.plan_coverage import _items, similarity
from ita_lint.linter import Linter
from ita_lint.readers import record_file
from ita_lint.records import Cell, Measure

from conftest import SEEDS

COVERAGE = ("planned-measure-not-reported", "unplanned-measure")


def coverage(linter: Linter, planned: list[str], reported: list[str]) -> list[tuple[str, str]]:
    lines = ["tables:", "  - kind: plan", "    measures:"]
    lines += [f"      - name: {name!r}" for name in planned]
    lines += ["  - kind: report", "    measures:"]
    lines += [f"      - {{name: {name!r}, result: ดำเนินการแล้ว}}" for name in reported]
    report = record_file.parse("\n".join(lines) + "\n")
    return [(d.rule, d.measure or "") for d in linter.lint_report(report) if d.rule in COVERAGE]


def test_the_samut_prakan_plan_and_report_match_fully(linter):
    found = [d for d in linter.lint_path(SEEDS / "samutprakan-pao-2564-report.txt") if d.rule in COVERAGE]
    assert found == []


@pytest.mark.parametrize(
    ("planned", "reported"),
    [
        # one word changed (ประชุม / ประเมิน), as in the Samut Prakan sample
        (
            "จัดประชุมเตรียมความพร้อมเข้ารับการประชุม ITA ก่อนจะศึกษาและวิเคราะห์ผลการประเมินของปีที่ผ่านมา",
            "จัดประชุมเตรียมความพร้อมเข้ารับการประเมิน ITA ก่อนจะศึกษาและวิเคราะห์ผลการประเมินของปีที่ผ่านมา",
        ),
        # clauses in another order, spacing and Thai digits aside
        (
            "จัดทำคู่มือการใช้ทรัพย์สินของราชการ และติดตามตรวจสอบการยืม-คืนทุก ๓ เดือน",
            "ติดตามตรวจสอบการยืม-คืนทุก 3 เดือน และจัดทำคู่มือการใช้ ทรัพย์สินของราชการ",
        ),
    ],
)
def test_reworded_measures_still_match(linter, planned: str, reported: str):
    assert coverage(linter, [planned], [reported]) == []


def test_a_different_measure_of_the_same_area_does_not_match(linter):
    planned = "เพิ่มช่องทางการปฏิสัมพันธ์กับผู้รับบริการและประชาชนทั่วไป"
    reported = "เพิ่มการให้บริการผ่านระบบ e-service บนเว็บไซต์หลักของหน่วยงาน"
    assert coverage(linter, [planned], [reported]) == [
        ("planned-measure-not-reported", planned),
        ("unplanned-measure", reported),
    ]


def test_a_plan_cell_listing_several_measures_is_matched_item_by_item(linter):
    planned = "- จัดทำแนวทางการปฏิบัติตามมาตรการภายใน - จัดให้มีการพัฒนาทักษะความรู้ของบุคลากรผู้ดูแลเว็บไซต์"
    reported = ["- จัดทำแนวทางการปฏิบัติตามมาตรการภายใน"]
    assert coverage(linter, [planned], reported) == [("planned-measure-not-reported", planned)]
    both = [*reported, "- จัดให้มีการพัฒนาทักษะความรู้ของบุคลากรผู้ดูแลเว็บไซต์"]
    assert coverage(linter, [planned], both) == []


def test_words_inside_a_hyphenated_word_do_not_split_an_item():
    measure = Measure(name=Cell("- จัดทำระเบียบการยืม-คืนทรัพย์สิน - ตรวจสอบทุกไตรมาส"))
    assert [item.text for item in _items(measure)] == ["จัดทำระเบียบการยืม-คืนทรัพย์สิน", "ตรวจสอบทุกไตรมาส"]


def test_similarity_is_dice_of_word_sets():
    assert similarity(frozenset("ab"), frozenset("bc")) == 0.5
    assert similarity(frozenset(), frozenset()) == 0.0


def test_a_plan_alone_or_a_report_alone_is_not_compared(linter):
    record = "tables:\n  - kind: plan\n    measures:\n      - name: จัดทำคู่มือการปฏิบัติงาน\n"
    assert [
        d for d in linter.lint_report(record_file.parse(textwrap.dedent(record))) if d.rule in COVERAGE
    ] == []
