"""A filled cell must parse into a value: a period into dates, a budget into an amount."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject

KIND = "parseable"
SCOPES = ("report", "measure")
ARGS: tuple[str, ...] = ("value",)
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["field"],
    "properties": {"field": {"enum": ["period", "budget", "status", "fiscal_year"]}},
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    owner = subject.owner
    cell = getattr(owner, options["field"], None)
    if (
        cell is not None
        and not cell.is_blank
        and cell.value is None
        and not getattr(cell, "needs_year", False)
    ):
        yield Problem(position=cell.position, args={"value": cell.text})
