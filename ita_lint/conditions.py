"""`when` conditions: which subjects a rule looks at (like Spectral's `given`).

Every key narrows the selection; a rule without `when` looks at every subject of its scope.
A `when` mapping is compiled once into the tests its keys stand for: the linter asks it of every
subject of every rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from ita_lint.checks import Subject
from ita_lint.patterns import compile_pattern

Test = Callable[[Subject], bool]

# What each key looks at: the linter asks a measure rule's report and table conditions once per
# report and per table, not once per measure.
_TABLE_KEYS = frozenset({"table", "has_column", "lacks_column", "fiscal_year"})
_MEASURE_KEYS = frozenset({"filled", "blank", "matches", "status", "mentions"})


class When(NamedTuple):
    """A `when` mapping as tests, by what they look at; None where every subject matches."""

    report: Test | None = None
    table: Test | None = None
    measure: Test | None = None

    def __call__(self, subject: Subject) -> bool:
        return all(test is None or test(subject) for test in self)


def compile_when(when: Mapping[str, Any] | None) -> When:
    """The tests a `when` mapping stands for, in three groups (`When`)."""
    groups: dict[str, list[Test]] = {"report": [], "table": [], "measure": []}
    for key, value in (when or {}).items():
        test = _test(key, value)
        if test is not None:
            level = "table" if key in _TABLE_KEYS else "measure" if key in _MEASURE_KEYS else "report"
            groups[level].append(test)
    return When(*(_all(tests) for tests in groups.values()))


def _all(tests: list[Test]) -> Test | None:
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda subject: all(test(subject) for test in tests)


def _test(key: str, value: Any) -> Test | None:
    if key == "error":
        return lambda s: getattr(s.error, "kind", None) in value
    if key == "title":
        return lambda s: s.report is not None and str(s.report.title_kind) in value
    if key == "document":
        return lambda s: s.report is not None and str(s.report.kind) in value
    # table conditions hold for subjects without a table (a report), measure conditions likewise
    if key == "table":
        return lambda s: s.table is None or str(s.table.kind) in value
    if key == "has_column":
        return lambda s: s.table is None or all(s.table.has(c) for c in value)
    if key == "lacks_column":
        return lambda s: s.table is None or not any(s.table.has(c) for c in value)
    if key == "filled":
        return lambda s: s.measure is None or all(s.measure.filled(f) for f in value)
    if key == "blank":
        return lambda s: s.measure is None or not any(s.measure.filled(f) for f in value)
    if key == "matches":
        patterns = [(field, compile_pattern(pattern)) for field, pattern in value.items()]
        return lambda s: s.measure is None or all(_matches(s, field, regex) for field, regex in patterns)
    if key == "mentions":
        patterns = [(field, compile_pattern(pattern)) for field, pattern in value.items()]
        return lambda s: s.report is None or all(_mentioned(s, field, regex) for field, regex in patterns)
    if key == "status":
        return lambda s: s.measure is None or _status(s) in value
    if key == "fiscal_year":
        low, high = value.get("min", 0), value.get("max", 9999)
        return lambda s: (year := _year(s)) is not None and low <= year <= high
    return None  # keys the rule schema does not allow never reach here


def _matches(subject: Subject, field: str, regex: Any) -> bool:
    cell = subject.measure.cell(field)  # type: ignore[union-attr]
    return cell is not None and regex.search(cell.key_utf8) is not None


def _mentioned(subject: Subject, field: str, regex: Any) -> bool:
    """Some measure of the document has the field matching (what a report-scope rule is about)."""
    measures = [subject.measure] if subject.measure is not None else [m for _, m in subject.report.measures()]  # type: ignore[union-attr]
    return any(
        (cell := m.cell(field)) is not None and regex.search(cell.key_utf8) is not None for m in measures
    )


def _year(subject: Subject) -> int | None:
    table_year = subject.table.fiscal_year if subject.table is not None else None
    return table_year or (subject.report.year if subject.report is not None else None)


def _status(subject: Subject) -> str | None:
    status = subject.measure.status  # type: ignore[union-attr]
    return str(status.value) if status is not None and status.value is not None else None


def matches(when: Mapping[str, Any] | None, subject: Subject) -> bool:
    return compile_when(when)(subject)
