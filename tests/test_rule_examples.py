"""Every rule's own `valid` and `invalid` examples, run by the real engine (like pycodestyle's self-test)."""

from __future__ import annotations

import pytest

from ita_lint.linter import Linter
from ita_lint.readers import ReadError, record_file
from ita_lint.ruleset import builtin_rules_dir, load_rules

from conftest import ROOT

# the built-in rules, and the documented example rules (docs/writing-rules.md) with them
RULES = load_rules()
EXAMPLE_RULES = load_rules([builtin_rules_dir(), ROOT / "docs" / "example-rules"])
DOCUMENT = "# document:"
CASES = [
    pytest.param(rule, verdict, index, example, id=f"{rule.code}-{rule.name}-{verdict}-{index}")
    for rule in [*RULES, *(r for r in EXAMPLE_RULES if r not in RULES)]
    for verdict in ("valid", "invalid")
    for index, example in enumerate(rule.examples[verdict])
]


def findings_of(rule, example: str) -> list[str]:
    # The whole rule set runs, as in real use: unused-suppression needs the rules it silences.
    linter = Linter(EXAMPLE_RULES if rule in EXAMPLE_RULES else RULES, lang="en")
    if example.startswith(DOCUMENT):
        # an example that is a document of another format (a PDF), named relative to the repository
        return [d.rule for d in linter.lint_path(ROOT / example.removeprefix(DOCUMENT).strip())]
    try:
        report = record_file.parse(example)
    except ReadError as error:
        return [d.rule for d in linter.lint_unreadable("<example>", error)]
    report.path = "<example>"
    return [d.rule for d in linter.lint_report(report)]


@pytest.mark.parametrize(("rule", "verdict", "index", "example"), CASES)
def test_rule_example(rule, verdict, index, example):
    found = findings_of(rule, example)
    if verdict == "valid":
        assert rule.name not in found, f"{rule.name} flags its own valid example {index}"
    else:
        assert rule.name in found, f"{rule.name} misses its own invalid example {index}"


def test_every_rule_has_examples_of_both_kinds():
    assert len(RULES) >= 21
    for rule in RULES:
        assert rule.examples["valid"] and rule.examples["invalid"], rule.name


def test_rule_names_of_the_core_set_exist():
    names = {rule.name for rule in RULES}
    assert {
        "agency-missing",
        "fiscal-year-missing",
        "empty-report",
        "measure-name-missing",
        "responsible-missing",
        "period-missing",
        "period-column-missing",
        "period-unparseable",
        "period-reversed",
        "period-outside-fiscal-year",
        "budget-column-missing",
        "budget-missing",
        "budget-unparseable",
        "status-without-result",
        "result-missing",
        "outcome-missing",
        "no-gift-policy-missing",
        "complaint-channel-missing",
        "duplicate-measure",
        "parse-error",
    } <= names
