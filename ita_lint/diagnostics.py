"""Findings as values: what a rule found, where, and how serious it is."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

# every message, description and fix text exists in each of these languages
LANGUAGES = ("th", "en")


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Diagnostic(NamedTuple):
    """One finding. Orders by path, then reading order and position, then rule code.

    A named tuple: a bulk run makes thousands, and the command line loads this module first.
    """

    path: str
    order: int  # reading order (see Position.order); the line for text documents
    line: int
    column: int
    code: str
    rule: str
    severity: Severity
    message: str
    measure: str | None = None  # the measure's name; None for report-level findings
    location: str | None = None  # where, in words, for documents without lines (docx, xlsx)
    # where the measure starts, so that a suppression comment above a measure covers all of it
    measure_line: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "measure": self.measure,
            "location": self.location,
        }


class FileSummary(NamedTuple):
    """What a run says of one file besides its findings: whether it could be checked, and what the
    document says it is (for the per-file summary a manager reads)."""

    path: str
    checked: bool  # False: it could not be read (its parse-error finding says why)
    kind: str  # report, plan, analysis, other, or unreadable
    agency: str | None = None
    agency_type: str | None = None
    province: str | None = None
    fiscal_year: int | None = None
