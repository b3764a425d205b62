from __future__ import annotations

from pathlib import Path

import pytest

from ita_lint.diagnostics import Severity
from ita_lint.ruleset import ConfigError, builtin_rules_dir, load_rule_file, load_rules

VALID = """\
code: ITA901
name: steps-missing
given: measure.steps
then:
  - function: present
when: {table: [plan]}
severity: info
message: {th: "ไม่มีขั้นตอน «{measure}»", en: "No steps for «{measure}»"}
description: {th: ต้องมีขั้นตอน, en: Steps are required}
rationale: {th: เหตุผล, en: Because}
examples:
  valid: ["tables: [{kind: plan, measures: [{name: a, steps: b}]}]"]
  invalid: ["tables: [{kind: plan, measures: [{name: a, steps: ''}]}]"]
"""


def write(directory: Path, text: str, name: str = "rule.yaml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_rules_load_sorted_by_code():
    rules = load_rules()
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    assert builtin_rules_dir().is_dir()


def test_a_new_rule_of_an_existing_kind_needs_no_python(tmp_path: Path):
    rule = load_rule_file(write(tmp_path, VALID))
    assert (rule.name, rule.kind, rule.scope, rule.severity) == (
        "steps-missing",
        "then",
        "measure",
        Severity.INFO,
    )
    assert rule.options == {"field": "steps", "then": [{"function": "present"}]}
    assert rule.when == {"table": ["plan"]}


@pytest.mark.parametrize(
    ("change", "where", "says"),
    [
        (("severity: info", "severity: fatal"), ":7:1:", "'fatal' is not one of"),
        (("given: measure.steps", "given: table.steps"), ":3:1:", "invalid rule"),
        (("- function: present", "- {function: present, options: {typo: 1}}"), ":5:", "invalid options"),
        (("- function: present", "- function: spelling"), ":5:", "invalid options"),
        (("when: {table: [plan]}", "when: {tabel: [plan]}"), ":6:1:", "'tabel' was unexpected"),
        (("code: ITA901", "code: 901"), ":1:1:", "invalid rule"),
        (("message: {th:", "message: {th: [unclosed,"), ":8:", ""),
        # a typo in a field names no field: a rule-file error, never a finding on every measure
        (("given: measure.steps", "given: measure.stepps"), ":3:1:", "'stepps' is not one of"),
        # a placeholder the kind does not give would print as it is in every finding
        (('en: "No steps for «{measure}»"', 'en: "No {valeu} for «{measure}»"'), ":8:", "{valeu}"),
    ],
)
def test_broken_rule_files_name_file_and_line(tmp_path: Path, change, where, says):
    path = write(tmp_path, VALID.replace(*change))
    with pytest.raises(ConfigError) as raised:
        load_rule_file(path)
    assert f"{path}{where}" in str(raised.value)
    assert says in str(raised.value)


def test_duplicate_codes_are_refused(tmp_path: Path):
    write(tmp_path, VALID, "a.yaml")
    write(tmp_path, VALID.replace("name: steps-missing", "name: other"), "b.yaml")
    with pytest.raises(ConfigError, match="ITA901 is already defined"):
        load_rules([tmp_path])


def test_missing_directory_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="rule directory not found"):
        load_rules([tmp_path / "nope"])


def test_a_rule_file_must_be_a_mapping(tmp_path: Path):
    with pytest.raises(ConfigError, match="must be a mapping"):
        load_rule_file(write(tmp_path, "- just\n- a list\n"))


def test_validated_rules_are_cached_by_content(tmp_path: Path, monkeypatch):
    from ita_lint import ruleset

    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    path = write(rules_dir, VALID)
    monkeypatch.setenv("ITA_LINT_CACHE_DIR", str(tmp_path / "cache"))
    assert [r.name for r in load_rules([rules_dir])] == ["steps-missing"]
    parsed = []
    real = ruleset._parse_rule_file
    monkeypatch.setattr(ruleset, "_parse_rule_file", lambda p, s: parsed.append(p) or real(p, s))
    load_rules([rules_dir])
    assert parsed == []  # unchanged file: validated once, then read from the cache
    path.write_text(VALID.replace("severity: info", "severity: fatal"), encoding="utf-8")
    with pytest.raises(ConfigError, match="fatal"):
        load_rules([rules_dir])  # a changed file is validated again
    assert parsed == [path]


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ITA_LINT_CACHE_DIR", str(blocker / "cache"))
    assert load_rules()


EXAMPLE_RULES = Path(__file__).resolve().parent.parent / "docs" / "example-rules"


def test_the_documented_example_rules_load_and_extend():
    rules = {r.name: r for r in load_rules([builtin_rules_dir(), EXAMPLE_RULES])}
    assert rules["gift-report-missing"].code == "ORG101"
    duplicate = rules["duplicate-measure"]
    assert (duplicate.code, duplicate.severity, duplicate.options) == (
        "ITA601",
        Severity.ERROR,
        {"fields": ["name"], "within": "document"},
    )
    assert duplicate.message["en"].startswith("Measure «{measure}» repeats")  # inherited
    assert len([r for r in rules.values() if r.code == "ITA601"]) == 1


def test_extends_must_name_an_earlier_rule_and_keep_valid_options(tmp_path: Path):
    write(tmp_path, "extends: no-such-rule\nseverity: info\n")
    with pytest.raises(ConfigError, match="extends 'no-such-rule', which is not a rule loaded before it"):
        load_rules([builtin_rules_dir(), tmp_path])
    write(tmp_path, "extends: ITA601\noptions: {within: galaxy}\n")
    with pytest.raises(ConfigError, match=r"rule\.yaml:2:11: invalid options for kind 'duplicate'"):
        load_rules([builtin_rules_dir(), tmp_path])


def test_an_extension_with_a_new_code_and_name_is_a_new_rule(tmp_path: Path):
    write(tmp_path, "extends: ITA501\ncode: ORG501\nname: no-gift-in-plan\nwhen: {document: [plan]}\n")
    rules = {r.code: r for r in load_rules([builtin_rules_dir(), tmp_path])}
    assert rules["ORG501"].kind == "then" and rules["ORG501"].when == {"document": ["plan"]}
    assert "ITA501" in rules


def test_column_options_are_columns_records_have(tmp_path: Path):
    kind = "kind: column-present\nscope: table\noptions: {column: budgett}\n"
    path = write(tmp_path, VALID.replace("given: measure.steps\nthen:\n  - function: present\n", kind))
    with pytest.raises(ConfigError, match=r":5:\d+: invalid options for kind 'column-present': 'budgett'"):
        load_rule_file(path)


def test_the_cache_key_changes_with_any_kind_s_options_schema(monkeypatch):
    from ita_lint import ruleset
    from ita_lint.checks import KINDS

    before = ruleset._validity_key()
    monkeypatch.setitem(KINDS["then"].OPTIONS, "required", ["then", "field"])
    assert ruleset._validity_key() != before  # a tightened schema re-validates every rule file
