"""A field must be filled: a measure's cell, or a report-level field such as the agency."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import FIELD, Problem, Subject

KIND = "required"
SCOPES = ("report", "measure")
ARGS: tuple[str, ...] = ()
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["field"],
    "properties": {"field": FIELD},
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    owner = subject.owner
    if owner is None:
        return
    cell = getattr(owner, options["field"], None)
    if cell is None or cell.is_blank:
        # A blank cell has a position of its own; a missing one points at its row.
        yield Problem(position=cell.position if cell is not None else owner.position)
