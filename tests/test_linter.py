"""The engine: subjects per scope, `when` selection, severities, message templates."""

from __future__ import annotations

from ita_lint.checks import Subject
from ita_lint.conditions import matches
from ita_lint.diagnostics import Severity
from ita_lint.linter import Linter
from ita_lint.readers import record_file

REPORT = record_file.parse(
    """\
kind: report
fiscal_year: 2568
tables:
  - kind: report
    columns: [area, name, status, result]
    measures:
      - area: การใช้งบประมาณ
        name: ก
        status: ยังไม่ดำเนินการ
      - name: ข
        status: ดำเนินการเรียบร้อยแล้ว
  - kind: plan
    measures:
      - name: ค
        responsible: กองคลัง
"""
)


def by_name(rules, name):
    return next(r for r in rules if r.name == name)


def test_status_without_result_is_an_error_when_done_and_a_warning_when_not_started(rules):
    rule = by_name(rules, "status-without-result")
    found = Linter([rule]).lint_report(REPORT)
    assert [(d.measure, d.severity) for d in found] == [("ก", Severity.WARNING), ("ข", Severity.ERROR)]
    assert found[0].message == "Measure «ก» has a status but no result or explanation"


def test_when_selects_tables_and_columns(rules):
    plan, report = REPORT.tables[1], REPORT.tables[0]
    assert matches({"table": ["plan"]}, Subject("x", REPORT, plan, plan.measures[0]))
    assert not matches({"table": ["report"]}, Subject("x", REPORT, plan, plan.measures[0]))
    assert matches({"lacks_column": ["budget"], "has_column": ["status"]}, Subject("x", REPORT, report))
    assert not matches({"filled": ["result"]}, Subject("x", REPORT, report, report.measures[0]))
    assert matches(
        {"blank": ["result"], "status": ["not_started"]}, Subject("x", REPORT, report, report.measures[0])
    )
    assert not matches({"document": ["plan"]}, Subject("x", REPORT))
    # result-missing only looks at report tables without status columns
    assert Linter([by_name(rules, "result-missing")]).lint_report(REPORT) == []


def test_table_rules_give_one_finding_per_table_not_per_row(rules):
    found = Linter([by_name(rules, "period-column-missing")]).lint_report(REPORT)
    assert [(d.line, d.measure) for d in found] == [(4, None), (12, None)]  # where each table starts


def test_messages_in_thai(rules):
    rule = by_name(rules, "status-without-result")
    found = Linter([rule], lang="th").lint_report(REPORT)
    assert found[1].message == "มาตรการ «ข» มีสถานะแต่ไม่มีผลการดำเนินการหรือคำชี้แจง"


def test_a_reader_bug_becomes_a_parse_error_not_a_crash(rules, tmp_path, monkeypatch):
    from ita_lint import readers

    def broken(path, options=None):
        raise ValueError("boom")

    monkeypatch.setattr(readers, "read", broken)
    path = tmp_path / "x.yaml"
    path.write_text("a: 1", encoding="utf-8")
    (finding,) = Linter(rules).lint_path(path)
    assert (finding.rule, finding.line) == ("parse-error", 1)
    assert "ValueError: boom" in finding.message


def test_unknown_template_keys_are_left_visible(rules):
    rule = by_name(rules, "result-missing")._replace(message={"en": "{nothing} «{measure}»", "th": "x"})
    report = record_file.parse("tables: [{kind: report, columns: [name, result], measures: [{name: ง}]}]")
    (finding,) = Linter([rule]).lint_report(report)
    assert finding.message == "{nothing} «ง»"
