"""Check kinds: the small set of generic checks that YAML rules instantiate.

Each kind is one module with `KIND` (its name in rule files), `SCOPES` (what it can look at),
`OPTIONS` (a closed JSON Schema for its options), `ARGS` (the placeholders its problems give a
rule's message, besides `{measure}`) and `check(subject, options)`, a generator of problems.
A check never knows its severity or message: the rule that uses it supplies both.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol, cast

from ita_lint.records import REPORT_CELLS, Column, Measure, Position, Report, Table
from ita_lint.suppressions import Suppression

# What rule options may name: the fields of a measure (also the columns of a table), and the
# fields of a report. Option schemas list them, so a typo is a rule-file error, not a finding.
MEASURE_FIELDS = [str(column) for column in Column]
REPORT_FIELDS = list(REPORT_CELLS)
FIELD = {"enum": MEASURE_FIELDS + REPORT_FIELDS}
FIELDS = {"type": "array", "items": {"enum": MEASURE_FIELDS}, "minItems": 1, "uniqueItems": True}
COLUMN = {"enum": MEASURE_FIELDS}


class Subject(NamedTuple):
    """What one rule looks at once: a report, a table of it, or a measure of that table."""

    path: str
    report: Report | None = None
    table: Table | None = None
    measure: Measure | None = None
    error: Exception | None = None  # for file-scope checks: why the file could not be read
    suppression: Suppression | None = None  # for suppression-scope checks: a directive left unused
    # what the report-scope checks of one report work out once and share, by key (None: nothing)
    shared: dict[Any, Any] | None = None

    @property
    def owner(self) -> Measure | Report | None:
        """What holds the fields: the measure, or the report for report-scope checks."""
        return self.measure if self.measure is not None else self.report


class Problem(NamedTuple):
    """What a check found: where, about which measure, and values for the message template."""

    position: Position
    measure: Measure | None = None
    args: Mapping[str, Any] = MappingProxyType({})


class CheckKind(Protocol):
    KIND: str
    SCOPES: tuple[str, ...]
    OPTIONS: dict[str, Any]
    ARGS: tuple[str, ...]

    def check(self, subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]: ...


def _registry() -> dict[str, CheckKind]:
    from ita_lint.checks import (
        area_coverage,
        column_present,
        dates_in_text,
        duplicate,
        fiscal_year_agreement,
        has_measures,
        numbering,
        parseable,
        period_in_fiscal_year,
        period_order,
        plan_coverage,
        scanned,
        scores,
        then,
        typos,
        unreadable,
        unused_suppression,
    )

    modules = (
        parseable,
        column_present,
        period_order,
        period_in_fiscal_year,
        duplicate,
        fiscal_year_agreement,
        has_measures,
        numbering,
        plan_coverage,
        area_coverage,
        dates_in_text,
        scanned,
        scores,
        then,
        typos,
        unreadable,
        unused_suppression,
    )
    return {module.KIND: cast(CheckKind, module) for module in modules}


KINDS: dict[str, CheckKind] = _registry()
