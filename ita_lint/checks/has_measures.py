"""A document must hold at least one measure."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject

KIND = "has-measures"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ()
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is not None and not report.measures():
        tables = report.measure_tables()
        yield Problem(position=tables[0].position if tables else report.position)
