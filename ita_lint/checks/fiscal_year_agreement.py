"""The fiscal year a document states must be the one its periods are in: a title left from last
year's report (2567 over periods of FY 2568) makes every period look out of place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint import thai
from ita_lint.checks import Problem, Subject

KIND = "fiscal-year-agreement"
SCOPES = ("table",)
ARGS: tuple[str, ...] = ("stated", "found", "periods")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        # how many periods with written years must agree before the stated year is doubted
        "min_periods": {"type": "integer", "minimum": 1},
        # the share of those periods that must lie in the one other fiscal year
        "share": {"type": "number", "exclusiveMinimum": 0.5, "maximum": 1},
    },
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    table, report = subject.table, subject.report
    if table is None or report is None:
        return
    stated = table.fiscal_year or report.year
    if stated is None:
        return
    years: Counter[int] = Counter()
    for measure in table.measures:
        # only periods whose years are written: the others were placed by the stated year itself
        period = measure.period.value if measure.period is not None else None
        if period is not None and period.years_written and not period.end < period.start:
            first, last = thai.fiscal_year_of(period.start), thai.fiscal_year_of(period.end)
            years[first if first == last else 0] += 1  # 0: a period across two fiscal years
    counted = sum(years.values())
    if counted < options.get("min_periods", 2):
        return
    found, count = years.most_common(1)[0]
    if found not in (0, stated) and count / counted >= options.get("share", 0.8):
        where = report.fiscal_year if report.fiscal_year is not None and not table.fiscal_year else None
        position = where.position if where is not None else table.position
        yield Problem(position=position, args={"stated": stated, "found": found, "periods": count})
