"""End to end on the five published reports: what a careful reviewer finds (CONTEXT.md), and nothing else."""

from __future__ import annotations

import pytest

from ita_lint.diagnostics import Severity

from conftest import EXAMPLES, SEEDS

# (rule, line) a reviewer reports in each sample; line None = anywhere in the file.
REVIEWER = {
    "lopburi-pao-2568-report": {
        ("period-outside-fiscal-year", 39),
        ("budget-unparseable", 52),
        ("duplicate-measure", 60),
        ("outcome-missing", 60),
    },
    "longmunlek-sao-2566-report": {("budget-column-missing", 8), ("no-gift-policy-missing", 8)},
    "bankluai-sao-2568-report": {("budget-column-missing", 19), ("complaint-channel-missing", 19)},
    "lopburi-city-2565-analysis": {("no-gift-policy-missing", 113), ("period-column-missing", 113)},
    "samutprakan-pao-2564-report": {
        ("status-without-result", 38),
        ("status-without-result", 49),
        ("status-without-result", 51),
        ("no-gift-policy-missing", 16),
        ("budget-column-missing", 29),
        ("period-column-missing", 16),
        ("period-column-missing", 29),
    },
}


# info notes, which a reviewer's table (and check-samples) leaves out: the misspelt key words
NOTES = {
    "lopburi-pao-2568-report": {("thai-typo", 13), ("thai-typo", 52), ("thai-typo", 56)},
    "longmunlek-sao-2566-report": {("thai-typo", 9)},
}


@pytest.mark.parametrize("name", sorted(REVIEWER))
def test_text_export_gives_the_reviewers_findings_and_no_others(linter, name):
    found = linter.lint_path(SEEDS / f"{name}.txt")
    reviewers = [d for d in found if d.severity.rank >= Severity.WARNING.rank]
    assert {(d.rule, d.line) for d in reviewers} == REVIEWER[name]
    assert len(reviewers) == len(REVIEWER[name])
    assert {(d.rule, d.line) for d in found if d.severity is Severity.INFO} == NOTES.get(name, set())


@pytest.mark.parametrize("name", sorted(REVIEWER))
def test_yaml_example_gives_the_same_findings_as_the_text_export(linter, name):
    from_text = linter.lint_path(SEEDS / f"{name}.txt")
    from_yaml = linter.lint_path(EXAMPLES / f"{name}.yaml")
    assert sorted((d.rule, d.severity, d.measure) for d in from_yaml) == sorted(
        (d.rule, d.severity, d.measure) for d in from_text
    )


def test_findings_name_the_measure_they_concern(linter):
    found = {d.rule: d for d in linter.lint_path(SEEDS / "lopburi-pao-2568-report.txt")}
    assert found["budget-unparseable"].measure.startswith("๑. ปรับปรุงระบบรับเรื่อง ร้องเรียนการทุจริต")
    assert found["budget-unparseable"].column == 394
    assert found["period-outside-fiscal-year"].measure.startswith("๒. กิจกรรมควบคุมการเบิกจ่ายเงิน")
    assert "line 36" in found["duplicate-measure"].message


def test_not_started_without_explanation_is_a_warning_not_an_error(linter):
    found = [
        d
        for d in linter.lint_path(SEEDS / "samutprakan-pao-2564-report.txt")
        if d.rule == "status-without-result"
    ]
    assert {str(d.severity) for d in found} == {"warning"}


def test_the_clean_example_passes(linter):
    assert linter.lint_path(EXAMPLES / "clean-example-2568-report.yaml") == []


@pytest.mark.parametrize("name", sorted(REVIEWER))
def test_convert_then_check_gives_the_same_findings(linter, tmp_path, name):
    from click.testing import CliRunner

    from ita_lint.cli import cli

    source = SEEDS / f"{name}.txt"
    result = CliRunner().invoke(cli, ["convert", str(source), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    again = linter.lint_path(tmp_path / f"{name}.yaml")
    # the same findings about the same measures; positions are the YAML file's own
    assert sorted((d.rule, d.measure) for d in again) == sorted(
        (d.rule, d.measure) for d in linter.lint_path(source)
    )


def test_a_document_without_measures_table_gets_one_note_and_no_cascade(linter, tmp_path):
    index_page = tmp_path / "index.txt"
    index_page.write_text(
        "องค์การบริหารส่วนตำบลตัวอย่าง\nการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
        "O1 โครงสร้าง\thttps://example.go.th/o1\nO2 ข้อมูลผู้บริหาร\thttps://example.go.th/o2\n",
        encoding="utf-8",
    )
    (finding,) = linter.lint_path(index_page)
    assert (finding.rule, str(finding.severity), finding.line) == ("no-measures-table", "info", 1)
