"""Rule tests, as ESLint's RuleTester or `semgrep --test`: every rule proves itself on its examples.

A `valid` example must give no finding of its rule. An `invalid` example must give one; when it
states what it expects (`expect`: each finding's line, and optionally its measure and a piece of
its message), the rule's findings must be exactly those. An example is a YAML record (a string,
or `record:`), or a document of any format (`document:`, relative to the rule file). An example
that cannot be read fails, unless it is how a file-scope rule is meant to be shown.

`ita-lint test-rules [DIR ...]` runs them for the built-in rules and the given directories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ita_lint import readers
from ita_lint.diagnostics import Diagnostic
from ita_lint.layout import ReadOptions
from ita_lint.limits import Limits
from ita_lint.linter import Linter
from ita_lint.readers import record_file
from ita_lint.ruleset import Rule

VERDICTS = ("valid", "invalid")


@dataclass(frozen=True)
class Outcome:
    rule: Rule
    verdict: str  # valid or invalid
    index: int  # 1-based, in the rule file's list
    problems: tuple[str, ...] = ()  # empty: passed
    skipped: str | None = None  # why the example was not run (a document not shipped)

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def name(self) -> str:
        return f"{self.rule.code} {self.rule.name} {self.verdict} #{self.index}"


def _findings(linter: Linter, rule: Rule, example: str | dict[str, Any]) -> list[Diagnostic] | str:
    """The findings of the whole rule set on an example; a string says why it could not run."""
    if isinstance(example, dict) and "document" in example:
        path = Path(rule.source).parent / example["document"]
        if not path.is_file():
            return f"document not found: {path}"
        if "limits" in example:  # read within other limits (a scan read without OCR)
            options = ReadOptions(limits=Limits.configured(example["limits"]))
            linter = Linter(linter.rules, linter.lang, options)
        return linter.lint_path(path)
    text = example if isinstance(example, str) else example["record"]
    try:
        report = record_file.parse(text)
    except readers.ReadError as error:
        if rule.scope != "file":
            return f"the example cannot be read: {error} (line {error.position.line})"
        return linter.lint_unreadable("<example>", error)
    return linter.lint_report(report._replace(path="<example>"))


def _problems(rule: Rule, verdict: str, example: str | dict[str, Any], found: list[Diagnostic]) -> list[str]:
    mine = [d for d in found if d.rule == rule.name]
    shown = ", ".join(f"line {d.line}" for d in mine)
    if verdict == "valid":
        return [f"expected no finding, got {len(mine)} ({shown})"] if mine else []
    expected = example.get("expect") if isinstance(example, dict) else None
    if expected is None:
        return [] if mine else ["expected a finding, got none"]
    problems = []
    unmatched = list(mine)
    for want in expected:
        hit = next((d for d in unmatched if _matches(d, want)), None)
        if hit is None:
            problems.append(f"expected a finding {_describe(want)}, got {shown or 'none'}")
        else:
            unmatched.remove(hit)
    problems += [f"unexpected finding at line {d.line}: {d.message}" for d in unmatched]
    return problems


def _matches(found: Diagnostic, want: dict[str, Any]) -> bool:
    return (
        found.line == want["line"]
        and want.get("measure", "") in (found.measure or "")
        and want.get("message", "") in found.message
    )


def _describe(want: dict[str, Any]) -> str:
    extra = "".join(f", {key} {want[key]!r}" for key in ("measure", "message") if key in want)
    return f"at line {want['line']}{extra}"


def run(rules: Sequence[Rule], rule_set: Iterable[Rule]) -> list[Outcome]:
    """Test each of `rules` on its examples, with the whole `rule_set` running (as in real use:
    `unused-suppression` needs the rules it silences)."""
    linter = Linter(list(rule_set), lang="en")
    outcomes = []
    for rule in rules:
        for verdict in VERDICTS:
            for index, example in enumerate(rule.examples[verdict], start=1):
                found = _findings(linter, rule, example)
                if isinstance(found, str) and found.startswith("document not found") and _shipped(rule):
                    outcomes.append(Outcome(rule, verdict, index, skipped=found))
                elif isinstance(found, str):
                    outcomes.append(Outcome(rule, verdict, index, (found,)))
                else:
                    problems = tuple(_problems(rule, verdict, example, found))
                    outcomes.append(Outcome(rule, verdict, index, problems))
    return outcomes


def _shipped(rule: Rule) -> bool:
    """A built-in rule of an installed package: its example documents stay in the source tree."""
    return Path(rule.source).parent.name == "builtin_rules"


def report(outcomes: Sequence[Outcome]) -> str:
    """A pass/fail listing, failures with their reasons, and a one-line summary."""
    lines = []
    for outcome in outcomes:
        if outcome.skipped:
            lines.append(f"SKIP {outcome.name}: {outcome.skipped}")
        elif outcome.passed:
            lines.append(f"PASS {outcome.name}")
        else:
            lines.append(f"FAIL {outcome.name} ({outcome.rule.source})")
            lines.extend(f"     {problem}" for problem in outcome.problems)
    failed = sum(not o.passed for o in outcomes)
    skipped = sum(o.skipped is not None for o in outcomes)
    passed = len(outcomes) - failed - skipped
    lines.append(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return "\n".join(lines) + "\n"
