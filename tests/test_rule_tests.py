"""`ita-lint test-rules`: a province's own rules proven on their examples, as the built-in ones are."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ita_lint.cli import cli

RULE = """\
code: ORG201
name: responsible-missing-in-plans
given: measure.responsible
then:
  - function: present
when: {table: [plan]}
severity: warning
message: {th: "ไม่ระบุผู้รับผิดชอบ «{measure}»", en: "No responsible unit for «{measure}»"}
description: {th: ต้องมีผู้รับผิดชอบ, en: A planned measure names its responsible unit}
rationale: {th: เหตุผล, en: Because}
examples:
  valid:
    - |
      tables:
        - kind: plan
          measures:
            - {name: จัดทำคู่มือ, responsible: กองคลัง}
  invalid:
    - record: |
        tables:
          - kind: plan
            measures:
              - {name: จัดทำคู่มือ, responsible: กองคลัง}
              - {name: ประชุมชี้แจง, responsible: ""}
      expect:
        - {line: 5, measure: ประชุมชี้แจง, message: No responsible unit}
"""


def rules_dir(tmp_path: Path, text: str) -> Path:
    directory = tmp_path / "rules"
    directory.mkdir()
    (directory / "rule.yaml").write_text(text, encoding="utf-8")
    return directory


def run_rule_tests(directory: Path):
    return CliRunner().invoke(cli, ["test-rules", str(directory)])


def test_a_province_s_rule_passes_its_own_examples(tmp_path: Path):
    result = run_rule_tests(rules_dir(tmp_path, RULE))
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "PASS ORG201 responsible-missing-in-plans valid #1",
        "PASS ORG201 responsible-missing-in-plans invalid #1",
        "2 passed, 0 failed",
    ]


def test_an_example_whose_finding_is_on_another_line_fails_and_says_where(tmp_path: Path):
    result = run_rule_tests(rules_dir(tmp_path, RULE.replace("{line: 5,", "{line: 4,")))
    assert result.exit_code == 1
    assert "FAIL ORG201 responsible-missing-in-plans invalid #1" in result.output
    assert "expected a finding at line 4, measure 'ประชุมชี้แจง', message 'No responsible unit', got line 5" in (
        result.output
    )
    assert "unexpected finding at line 5" in result.output
    assert result.output.endswith("1 passed, 1 failed\n")


def test_an_example_that_cannot_be_read_fails(tmp_path: Path):
    broken = RULE.replace(
        "- {name: จัดทำคู่มือ, responsible: กองคลัง}\n  invalid", "- {name: [unclosed\n  invalid"
    )
    result = run_rule_tests(rules_dir(tmp_path, broken))
    assert result.exit_code == 1
    assert "FAIL ORG201 responsible-missing-in-plans valid #1" in result.output
    assert "the example cannot be read" in result.output


def test_an_inherited_example_that_no_longer_fires_is_reported(tmp_path: Path):
    extension = "extends: budget-missing\nwhen: {table: [plan]}\n"  # report examples stop firing
    result = run_rule_tests(rules_dir(tmp_path, extension))
    assert result.exit_code == 1
    assert "FAIL ITA302 budget-missing invalid #1" in result.output
    assert "expected a finding at line 6" in result.output


def test_when_matches_selects_measures_by_a_field_s_value(tmp_path: Path):
    rule = RULE.replace("when: {table: [plan]}", "when: {table: [plan], matches: {name: 'ประชุม'}}").replace(
        "- {name: จัดทำคู่มือ, responsible: กองคลัง}\n  invalid", "- {name: จัดทำคู่มือ, responsible: ''}\n  invalid"
    )
    result = run_rule_tests(rules_dir(tmp_path, rule))
    assert result.exit_code == 0, result.output  # the manual without a unit is not a meeting: not selected
