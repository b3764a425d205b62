"""A table must have a column: one finding per table, not one per row."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import COLUMN, Problem, Subject

KIND = "column-present"
SCOPES = ("table",)
ARGS: tuple[str, ...] = ("title",)
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["column"],
    "properties": {"column": COLUMN},
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    table = subject.table
    if table is not None and table.measures and not table.has(options["column"]):
        yield Problem(position=table.position, args={"title": table.title or ""})
