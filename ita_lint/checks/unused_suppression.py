"""A suppression comment must silence something; a stale one hides the next real finding.

As ruff tells an unused `noqa` from one whose rule is not enabled, codes of rules that did not
run are told apart from codes that silenced nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.records import Position

KIND = "unused-suppression"
SCOPES = ("suppression",)
ARGS: tuple[str, ...] = ("codes",)
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    # unused: codes of rules that ran and found nothing there; unselected: codes of rules that did
    # not run (not selected here, or unknown), which cannot tell whether the comment is needed
    "properties": {"which": {"enum": ["unused", "unselected"]}},
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    directive = subject.suppression
    codes = getattr(directive, options.get("which", "unused"), ()) if directive is not None else ()
    if directive is not None and codes:
        position = Position(line=directive.line, column=directive.column)
        yield Problem(position=position, args={"codes": ", ".join(codes)})
