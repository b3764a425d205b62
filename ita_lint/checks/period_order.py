"""A period must not end before it starts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject

KIND = "period-order"
SCOPES = ("measure",)
ARGS: tuple[str, ...] = ("value",)
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    cell = subject.measure.period if subject.measure is not None else None
    if cell is not None and cell.value is not None and cell.value.end < cell.value.start:
        yield Problem(position=cell.position, args={"value": cell.text})
