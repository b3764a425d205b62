"""Reporters: one per output format, each rendering a run's findings to text."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ita_lint.diagnostics import Diagnostic
    from ita_lint.ruleset import Rule


class Run(NamedTuple):
    """What a reporter needs: the findings, the files checked, the rules that ran, the language."""

    diagnostics: Sequence[Diagnostic]
    files: Sequence[str]
    rules: Sequence[Rule]
    lang: str = "en"
    color: bool = False
    skipped: int = 0  # files under the directories that were not reports (other types, lock files)


# --format name -> reporter module in this package; each has `render(run: Run) -> str`
FORMATS = {
    "text": "text",
    "concise": "concise",
    "grouped": "grouped",
    "json": "json_array",
    "json-lines": "json_lines",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def render(name: str, run: Run, **options: bool) -> str:
    """A run rendered by the reporter `name` (a --format, or "statistics")."""
    module = FORMATS.get(name, name)
    return importlib.import_module(f"ita_lint.reporters.{module}").render(run, **options)
