"""Checks across the documents of one run: an agency's measures plan and its report for the same
fiscal year, sent as two files, are compared as if they were one document.

Documents pair when one holds only plan tables and the other only report tables, and they name
the same agency (compared on normalised text) for the same fiscal year. The rules that compare a
plan with a report (check kind `plan-coverage`) then run on the two together; each finding goes to
the file its measure is in, under that file's own rule selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from ita_lint.diagnostics import Diagnostic
from ita_lint.linter import Linter
from ita_lint.records import Report, TableKind

# which side of a pair each `find` of the plan-coverage kind reports on
_SIDE = {"unreported": TableKind.PLAN, "unplanned": TableKind.REPORT}


class Document(NamedTuple):
    path: str
    report: Report


def _only(report: Report) -> TableKind | None:
    """PLAN or REPORT when every measures table of the document is of that kind."""
    kinds = {table.kind for table in report.measure_tables()}
    return kinds.pop() if len(kinds) == 1 else None


def pair_key(report: Report) -> tuple[str, int] | None:
    """What pairs a plan with its report: the agency and the fiscal year, when both are known."""
    agency = report.agency
    if agency is None or agency.is_blank or report.year is None or _only(report) is None:
        return None
    return agency.key.replace(" ", ""), report.year


def pairs(documents: Iterable[Document]) -> list[tuple[Document, Document]]:
    """Each plan with each report of the same agency and year."""
    groups: dict[tuple[str, int], dict[TableKind, list[Document]]] = {}
    for document in documents:
        key = pair_key(document.report)
        if key is not None:
            side = _only(document.report)
            assert side is not None
            groups.setdefault(key, {}).setdefault(side, []).append(document)
    found: list[tuple[Document, Document]] = []
    for sides in groups.values():
        for plan in sides.get(TableKind.PLAN, []):
            found.extend((plan, done) for done in sides.get(TableKind.REPORT, []))
    return found


def lint_pairs(
    pairs: Sequence[tuple[Document, Document]], linter_for: Callable[[str], Linter]
) -> list[Diagnostic]:
    """The findings of the plan-coverage rules on each pair, each in the file of its measure."""
    found: list[Diagnostic] = []
    for plan, done in pairs:
        together = done.report._replace(tables=(*plan.report.measure_tables(), *done.report.measure_tables()))
        for document in (plan, done):
            linter = linter_for(document.path)
            side = _only(document.report)
            rules = [
                rule
                for rule in linter.rules
                if rule.kind == "plan-coverage" and _SIDE[rule.options["find"]] is side
            ]
            if rules:
                found.extend(linter.lint_with(rules, together._replace(path=document.path)))
    return found
