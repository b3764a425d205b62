"""The 7 issues of FY 2568 on: each must have a measure (a note), judged only where areas are named."""

from __future__ import annotations

import textwrap

from ita_lint.readers import record_file

from conftest import SEEDS


def missing(linter, record: str) -> list[str]:
    report = record_file.parse(textwrap.dedent(record))
    return [d.message for d in linter.lint_report(report) if d.rule == "area-without-measure"]


def test_the_fy_2568_samples_cover_all_seven_issues(linter):
    for name in ("lopburi-pao-2568-report", "bankluai-sao-2568-report"):
        assert [d for d in linter.lint_path(SEEDS / f"{name}.txt") if d.rule == "area-without-measure"] == []


def test_each_missing_issue_is_named_once(linter):
    record = """\
        fiscal_year: 2568
        tables:
          - measures:
              - {area: ๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ, name: จัดทำคู่มือ}
              - {area: "๕. กระบวนการสร้างความโปร่งใสในการใช้ งบประมาณ", name: เผยแพร่แผนจัดซื้อ}
              - {area: ๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต, name: ประกาศนโยบาย}
        """
    assert len(missing(linter, record)) == 4
    assert "No measure covers the area «การให้บริการและระบบ E-Service»" in missing(linter, record)


def test_earlier_years_documents_without_areas_and_unknown_years_are_left_alone(linter):
    earlier = "fiscal_year: 2566\ntables:\n  - measures:\n      - {area: การปฏิบัติหน้าที่, name: ก}\n"
    no_areas = "fiscal_year: 2568\ntables:\n  - measures:\n      - {name: จัดทำคู่มือ}\n"
    no_year = "tables:\n  - measures:\n      - {area: การปฏิบัติหน้าที่, name: ก}\n"
    assert missing(linter, earlier) == missing(linter, no_areas) == missing(linter, no_year) == []


def test_a_plan_table_for_the_next_year_counts_by_its_own_year(linter):
    record = """\
        fiscal_year: 2567
        tables:
          - kind: plan
            fiscal_year: 2568
            measures:
              - {area: กระบวนการปฏิบัติงานที่โปร่งใส, name: จัดทำคู่มือ}
        """
    # a report-scope rule: the document's year (2567) decides, whatever its tables say
    assert missing(linter, record) == []
