"""Every rule's own `valid` and `invalid` examples, run by the real engine (like pycodestyle's self-test)."""

from __future__ import annotations

import pytest

from ita_lint import rule_tests
from ita_lint.readers import ocr
from ita_lint.ruleset import builtin_rules_dir, load_rules

from conftest import ROOT

# the built-in rules, and the documented example rules (docs/writing-rules.md) with them
RULES = load_rules()
EXAMPLE_RULES = load_rules([builtin_rules_dir(), ROOT / "docs" / "example-rules"])
OUTCOMES = [
    *rule_tests.run(RULES, RULES),
    *rule_tests.run([r for r in EXAMPLE_RULES if r not in RULES], EXAMPLE_RULES),
]


@pytest.mark.parametrize("outcome", OUTCOMES, ids=[o.name.replace(" ", "-") for o in OUTCOMES])
def test_rule_example(outcome: rule_tests.Outcome):
    if outcome.rule.kind == "scanned" and ocr.missing():
        pytest.skip(f"the rule speaks of pages read by OCR: {ocr.missing()}")
    assert outcome.skipped is None  # in the source tree every example document is there
    assert outcome.problems == ()


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
