"""Dates a measure's results cite should fall within its period (or, without one, within the fiscal
year reported on): a result dated after the year is not that year's, and a date outside the period
is often a typo in the year (๖๗ for ๖๘) or a December placed in the wrong fiscal year."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint import thai
from ita_lint.checks import FIELDS, Problem, Subject

KIND = "dates-in-text"
SCOPES = ("measure",)
ARGS: tuple[str, ...] = ("date", "first", "last", "field")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "fields": FIELDS,
        # a year further than this from the fiscal year is no year ("ส.ค. 12 ครั้ง" is not 2512)
        "max_years_away": {"type": "integer", "minimum": 1},
    },
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    measure, table, report = subject.measure, subject.table, subject.report
    year = (table.fiscal_year if table is not None else None) or (report.year if report else None)
    if measure is None or year is None:
        return
    period = measure.period.value if measure.period is not None else None
    if period is not None and not period.end < period.start:
        first, last = period.start, period.end
    else:
        first, last = thai.fiscal_year_bounds(year)
    away = options.get("max_years_away", 5)
    for field in options.get("fields", ["result", "outcome"]):
        cell = measure.cell(field)
        if cell is None or cell.is_blank:
            continue
        for written in thai.dates_in(cell.text):
            if abs(thai.fiscal_year_of(written.first) - year) > away:
                continue
            if written.last < first or written.first > last:
                args = {"date": written.text, "first": first, "last": last, "field": field}
                yield Problem(position=cell.position, args=args)
                return  # one note per measure: the first date out of place
