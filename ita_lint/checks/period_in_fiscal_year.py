"""A measure's period must lie within the fiscal year its table reports on."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint import thai
from ita_lint.checks import Problem, Subject

KIND = "period-in-fiscal-year"
SCOPES = ("measure",)
ARGS: tuple[str, ...] = ("value", "fiscal_year", "first", "last")
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    measure, table, report = subject.measure, subject.table, subject.report
    cell = measure.period if measure is not None else None
    year = (table.fiscal_year if table is not None else None) or (report.year if report else None)
    if cell is None or cell.value is None or year is None:
        return
    first, last = thai.fiscal_year_bounds(year)
    period = cell.value
    if period.end < period.start:
        return  # reversed periods have a rule of their own
    if period.start < first or period.end > last:
        yield Problem(
            position=cell.position,
            args={
                "value": cell.text,
                "fiscal_year": year,
                "first": first,  # dates: each language writes them its own way
                "last": last,
            },
        )
