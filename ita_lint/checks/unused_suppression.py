"""A suppression comment must silence something; a stale one hides the next real finding."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.records import Position

KIND = "unused-suppression"
SCOPES = ("suppression",)
ARGS: tuple[str, ...] = ("codes",)
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    directive = subject.suppression
    if directive is not None and directive.unused:
        position = Position(line=directive.line, column=directive.column)
        yield Problem(position=position, args={"codes": ", ".join(directive.unused)})
