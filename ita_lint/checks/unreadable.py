"""A file that cannot be read or parsed becomes a finding, never a crash."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.errors import Reason
from ita_lint.records import Position

KIND = "unreadable"
SCOPES = ("file",)
ARGS: tuple[str, ...] = ("reason",)
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    if subject.error is not None:
        position = getattr(subject.error, "position", None) or Position()
        # a Reason: the message says it in its own language
        yield Problem(position=position, args={"reason": Reason(str(subject.error))})
        for reason, where in getattr(subject.error, "more", ()):
            yield Problem(position=where, args={"reason": Reason(reason)})
