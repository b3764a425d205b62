"""No measure may appear twice: same normalised name (numbering ignored) in the same table, or in
the tables of one kind of a document (a measure filed under two areas of a Word file that has a
table per area)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from ita_lint.checks import FIELDS, Problem, Subject
from ita_lint.records import Measure

KIND = "duplicate"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ("first",)
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "fields": FIELDS,
        "within": {"enum": ["table", "document"]},
    },
}
# "๑.", "2)", "(3)", "ข้อ 4" before a measure name number it; they do not make it different.
NUMBERING = re.compile(r"^\(?(?:ข้อ)?\s*\d+(?:\.\d+)*\s*[.)]?\s*")


def _key(measure: Measure, fields: list[str]) -> tuple[str, ...] | None:
    parts = []
    for name in fields:
        cell = measure.cell(name)
        if cell is None or cell.is_blank:
            return None
        parts.append(unnumbered(cell.key))
    return tuple(parts)


@lru_cache(maxsize=4096)
def unnumbered(key: str) -> str:
    """A key without its number and spaces: what makes two measures the same."""
    return NUMBERING.sub("", key).replace(" ", "")


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is None:
        return
    fields = options.get("fields", ["name"])
    per_table = options.get("within", "table") == "table"
    seen: dict[tuple[object, ...], Measure] = {}
    for index, table in enumerate(report.measure_tables()):
        for measure in table.measures:
            key = _key(measure, fields)
            if key is None:
                continue
            # within a document, a plan and a report list the same measures: each kind apart
            scoped = (index if per_table else table.kind, *key)
            first = seen.setdefault(scoped, measure)
            if first is not measure:
                # a position: the message says it as its language does (บรรทัด 36, ตาราง 7 แถว 3)
                yield Problem(position=measure.position, measure=measure, args={"first": first.position})
