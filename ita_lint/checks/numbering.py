"""Measures numbered within their area (๑. ๒. ๓. or 1) 2) 3)), or through a whole table, must not
skip or repeat a number: a gap is usually a measure deleted or never written, a repeat a row copied."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.checks.duplicate import unnumbered
from ita_lint.records import Cell, Measure, Report

KIND = "numbering"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ("number", "previous", "expected")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["find"],
    "properties": {"find": {"enum": ["gaps", "repeats"]}},
}
# a measure's own number: "๓.", "3)", "(3)", "ข้อ 3", "มาตรการที่ 3"; sub-numbers (1.2) are not
_NUMBER = re.compile(r"^(?:\(|ข้อ\s*|(?:มาตรการ|กิจกรรม|โครงการ)ที่\s*)?(\d{1,3})(?:\s*[.)](?!\d)|\s+(?=\D))")
# what makes two area cells the same area: numbering, continuation marks and spacing aside
_CONTINUED = re.compile(r"\(?\s*ต่อ\s*\)?\s*$")


# the whole cell of a number column: "4", "๔.", "(4)"; a sub-number (4.1) is not a measure's
_NUMBER_CELL = re.compile(r"\(?(\d{1,3})[.)]?\)?")


# a measure numbered under its area's number (4.1, 4.3): the second number is the measure's
_SUB_NUMBER = re.compile(r"^(\d{1,3})\.(\d{1,3})(?:\s*[.)])?\s+(?=\D)")


def _number(measure: Measure) -> tuple[int, Cell, int | None] | None:
    """The measure's number, the cell that gives it, and the number it is numbered under (4 of
    4.3): its cell in the table's number column, else its name, when the name starts with a
    number."""
    cell = measure.number
    if cell is not None and not cell.is_blank:
        found = _NUMBER_CELL.fullmatch(cell.key.strip())
        return (int(found[1]), cell, None) if found else None
    name = measure.name
    if name is None or name.is_blank:
        return None
    if (sub := _SUB_NUMBER.match(name.key)) is not None:
        return int(sub[2]), name, int(sub[1])
    number = _number_of(name.key)
    return None if number is None else (number, name, None)


def _shown(number: int, under: int | None) -> int | str:
    """A number as the report writes it: 4.3 where the measure is numbered under 4."""
    return number if under is None else f"{under}.{number}"


def _name(measure: Measure) -> str | None:
    return None if measure.name is None else measure.name.key


@lru_cache(maxsize=4096)
def _number_of(key: str) -> int | None:
    """The number a measure's name starts with (both numbering rules ask it of every name)."""
    found = _NUMBER.match(key)
    return int(found[1]) if found else None


def _area_key(report: Report, table_index: int, measure: Measure) -> tuple[object, ...]:
    area = measure.area
    if area is None or area.is_blank:
        return ("table", table_index)
    return ("area", _area_name(area.key))


@lru_cache(maxsize=1024)
def _area_name(key: str) -> str:
    """An area as the same area, whatever its number or continuation mark: a report names a
    handful of areas on every row."""
    return _CONTINUED.sub("", unnumbered(key))


def _restarts(numbered: list[tuple[int, tuple[object, ...], Measure, Cell, int | None]]) -> bool:
    """Whether a table numbers its measures within each area (๑, ๒ | ๑, ๒) rather than through
    the whole table (1 to 20, whatever area each row names): the numbering starts again where
    the area changes."""
    return any(
        number <= previous and area != previous_area
        for (previous, previous_area, *_), (number, area, *_) in pairwise(numbered)
    )


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is None:
        return
    gaps = options["find"] == "gaps"
    last: dict[tuple[object, ...], tuple[int, Measure, int | None]] = {}
    for index, table in enumerate(report.measure_tables()):
        numbered = [
            # measures numbered under different numbers (1.1 | 2.1) are numbered apart
            (number, (*_area_key(report, index, measure), under), measure, cell, under)
            for measure in table.measures
            if (found := _number(measure)) is not None
            for number, cell, under in [found]
        ]
        within_areas = _restarts(numbered)
        for number, area, measure, cell, under in numbered:
            key = (table.kind, *area) if within_areas else (table.kind, "table", index)
            before = last.get(key)
            last[key] = (number, measure, under)
            if before is None:
                continue
            previous, earlier, previous_under = before
            args = {
                "number": _shown(number, under),
                "previous": _shown(previous, previous_under),
                "expected": _shown(previous + 1, previous_under),
            }
            if gaps and number > previous + 1:
                yield Problem(position=cell.position, measure=measure, args=args)
            elif not gaps and number == previous and _name(earlier) != _name(measure):
                # the same number on the same name is a repeated measure: duplicate-measure says so
                yield Problem(position=cell.position, measure=measure, args=args)
