"""A period must not end before it starts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint import thai
from ita_lint.checks import Problem, Subject

KIND = "period-order"
SCOPES = ("measure",)
ARGS: tuple[str, ...] = ("value",)
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    cell = subject.measure.period if subject.measure is not None else None
    if cell is None or cell.value is None:
        return
    if cell.value.end < cell.value.start:
        yield Problem(position=cell.position, args={"value": cell.text})
        return
    lines = cell.text.split("\n")
    if len(lines) < 2:
        return
    # a measure done in steps gives each step's period on a line of its own (merged cells joined):
    # the span of them all may run forward while one step ends before it starts
    year = subject.report.year if subject.report is not None else None
    for line in lines:
        part = thai.parse_period(line, year)
        if part is not None and part.end < part.start:
            yield Problem(position=cell.position, args={"value": line.strip()})
