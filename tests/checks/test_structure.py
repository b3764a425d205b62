"""Numbering within areas and the stated fiscal year against the periods: near misses both ways."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from ita_lint.linter import Linter
from ita_lint.readers import record_file, text_export

from conftest import ROOT, SEEDS

STRUCTURE = ("numbering-gap", "numbering-duplicate", "fiscal-year-mismatch")


def found(linter: Linter, record: str) -> list[tuple[str, int]]:
    report = record_file.parse(textwrap.dedent(record))
    return [(d.rule, d.line) for d in linter.lint_report(report) if d.rule in STRUCTURE]


def test_numbering_restarts_in_each_area_and_continues_in_a_continued_table(linter):
    record = """\
        tables:
          - measures:
              - {area: ๑. การปฏิบัติหน้าที่, name: ๑. จัดทำคู่มือ}
              - {area: ๑. การปฏิบัติหน้าที่, name: ๒. อบรมบุคลากร}
              - {area: ๒. การใช้งบประมาณ, name: ๑. เผยแพร่แผนการใช้จ่าย}
          - measures:
              - {area: "๑. การปฏิบัติหน้าที่ (ต่อ)", name: ๓. ประเมินผล}
              - {area: "๑. การปฏิบัติหน้าที่ (ต่อ)", name: ๕. รายงานผล}
        """
    assert found(linter, record) == [("numbering-gap", 8)]


def test_numbering_across_areas_and_unnumbered_rows_are_left_alone(linter):
    record = """\
        tables:
          - measures:
              - {area: การปฏิบัติหน้าที่, name: 1) จัดทำคู่มือ}
              - {area: การปฏิบัติหน้าที่, name: 2) อบรมบุคลากร}
              - {area: การใช้งบประมาณ, name: 3) เผยแพร่แผนการใช้จ่าย}
              - {area: การใช้งบประมาณ, name: "- รายงานผลการใช้จ่าย"}
              - {area: การใช้งบประมาณ, name: 4) ประเมินผล}
              - {area: การใช้งบประมาณ, name: 2568 ปีแห่งความโปร่งใส}
        """
    assert found(linter, record) == []


def test_a_repeated_number_on_a_repeated_name_is_duplicate_measure_only(linter):
    record = """\
        tables:
          - measures:
              - {name: ๑. จัดทำคู่มือ}
              - {name: ๒. อบรมบุคลากร}
              - {name: ๒. อบรมบุคลากร}
        """
    report = record_file.parse(textwrap.dedent(record))
    assert [d.rule for d in linter.lint_report(report) if d.rule.startswith(("numbering", "duplicate"))] == [
        "duplicate-measure"
    ]


def test_a_plan_and_a_report_of_the_same_measures_number_separately(linter):
    record = """\
        tables:
          - kind: plan
            measures:
              - {name: ๑. จัดทำคู่มือ}
              - {name: ๒. อบรมบุคลากร}
          - kind: report
            measures:
              - {name: ๑. จัดทำคู่มือ, result: ทำแล้ว}
              - {name: ๒. อบรมบุคลากร, result: ทำแล้ว}
        """
    assert found(linter, record) == []


@pytest.mark.parametrize(
    ("stated", "periods", "expected"),
    [
        (
            2567,
            ["ต.ค.๖๗ - ก.ย.๖๘", "ม.ค. - เม.ย ๖๘", "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘"],
            [("fiscal-year-mismatch", 1)],
        ),
        (2568, ["ต.ค.๖๗ - ก.ย.๖๘", "ม.ค. - เม.ย ๖๘", "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘"], []),
        (2567, ["ต.ค.๖๗ - ก.ย.๖๘"], []),  # one period is not enough to doubt the title
        (2567, ["ต.ค.๖๗ - ก.ย.๖๘", "ต.ค.๖๖ - ก.ย.๖๗", "ธ.ค.๖๗ - มี.ค.๖๘"], []),  # no clear majority
        (2567, ["ตลอดปีงบประมาณ", "ไตรมาส ๒", "ม.ค. - มี.ค."], []),  # placed by the stated year itself
        (2568, ["ธ.ค.๖๗ - ก.ย.๖๘", "๑๕ ธ.ค. ๒๕๖๗", "ต.ค. ๖๗ - ธ.ค. ๖๗"], []),  # December opens the next FY
    ],
)
def test_the_stated_fiscal_year_is_doubted_only_when_the_periods_agree_on_another(
    linter, stated, periods, expected
):
    measures = "".join(f"\n      - {{name: มาตรการ {i}, period: '{p}'}}" for i, p in enumerate(periods))
    assert found(linter, f"fiscal_year: {stated}\ntables:\n  - measures:{measures}\n") == expected


def test_the_samples_have_no_structure_findings(linter):
    for sample in sorted(SEEDS.glob("*.txt")):
        assert [d for d in linter.lint_path(sample) if d.rule in STRUCTURE] == [], sample.name


def test_a_word_table_with_a_gap_is_placed_by_table_row_and_cell(linter, tmp_path: Path):
    sys.path.insert(0, str(ROOT / "tests" / "readers"))
    from build_documents import build_docx

    lines = (SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8").splitlines()
    # the third measure of E-Service (๓.) renumbered ๔.
    edited = [line.replace("๓. โครงการสำรวจความพึงพอใจ", "๔. โครงการสำรวจความพึงพอใจ") for line in lines]
    source = tmp_path / "gap.txt"
    source.write_text("\n".join(edited) + "\n", encoding="utf-8")
    gaps = [
        d for d in linter.lint_path(build_docx(source, tmp_path / "gap.docx")) if d.rule == "numbering-gap"
    ]
    assert [(d.location is not None and d.location.startswith("table"), d.measure[:4]) for d in gaps] == [
        (True, "๔. โ")
    ]


def test_a_measure_filed_under_two_areas_in_two_tables_is_a_duplicate_but_plan_and_report_are_not(linter):
    record = """\
        tables:
          - measures:
              - {area: กระบวนการสร้างความโปร่งใสในการใช้งบประมาณ, name: ๑.มาตรการป้องกันผลประโยชน์ทับซ้อน}
          - measures:
              - {area: กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต, name: ๓. มาตรการป้องกันผลประโยชน์ทับซ้อน}
          - kind: plan
            measures:
              - {area: กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต, name: ๓. มาตรการป้องกันผลประโยชน์ทับซ้อน}
        """
    report = record_file.parse(textwrap.dedent(record))
    assert [(d.rule, d.line) for d in linter.lint_report(report) if d.rule == "duplicate-measure"] == [
        ("duplicate-measure", 5)
    ]


def test_numbers_in_a_number_column_count_and_findings_point_at_them(linter):
    text = (
        "รายงานผลการดำเนินการตามมาตรการ เทศบาลตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
        "ลำดับ\tมาตรการ\tระยะเวลา\tผลการดำเนินงาน\n"
        "๑\tประกาศนโยบายไม่รับของขวัญ\tต.ค. ๖๗\tประกาศแล้ว\n"
        "๒\tอบรมคุณธรรมจริยธรรม\tม.ค. ๖๘\tอบรมแล้ว\n"
        "๒\tเผยแพร่แผนการจัดซื้อจัดจ้าง\tต.ค. ๖๗\tเผยแพร่แล้ว\n"
        "๕\tสำรวจความพึงพอใจ\tส.ค. ๖๘\tสำรวจแล้ว\n"
    )
    report = text_export.parse(text)
    found = [(d.rule, d.line, d.column) for d in linter.lint_report(report) if d.rule in STRUCTURE]
    assert found == [("numbering-duplicate", 5, 1), ("numbering-gap", 6, 1)]


def test_measures_numbered_under_their_areas_number_count_by_the_second_number(linter):
    record = """\
        tables:
          - measures:
              - {area: ประเด็นที่ 4 การใช้ทรัพย์สินของราชการ, name: 4.1 จัดทำทะเบียนคุมการยืมทรัพย์สิน}
              - {area: ประเด็นที่ 4 การใช้ทรัพย์สินของราชการ, name: 4.3 ตรวจสอบพัสดุประจำปี}
              - {area: ประเด็นที่ 5 การใช้งบประมาณ, name: 5.1 เผยแพร่แผนการจัดซื้อจัดจ้าง}
          - measures:
              - {name: 1.1 ประชุมชี้แจง}
              - {name: 2.1 อบรมบุคลากร}
              - {name: 3.1 ประเมินผล}
        """
    report = record_file.parse(textwrap.dedent(record))
    found = [(d.rule, d.line, d.message) for d in linter.lint_report(report) if d.rule in STRUCTURE]
    assert [(rule, line) for rule, line, _ in found] == [("numbering-gap", 4)]
    assert "4.3" in found[0][2] and "4.2" in found[0][2]
