"""Known misspellings of key words (ita_lint/thai/typos.yaml), with the likely correct spelling.
Rules already read through them; this says where they are, so that the published text is right."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import FIELDS, Problem, Subject
from ita_lint.thai.typos import typos_in

KIND = "typos"
SCOPES = ("measure",)
ARGS: tuple[str, ...] = ("wrong", "right", "field")
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {"fields": FIELDS}}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    measure = subject.measure
    if measure is None:
        return
    told: set[str] = set()  # each misspelling once per measure
    for field in options.get("fields", ["area", "name", "steps", "result", "outcome"]):
        cell = measure.cell(field)
        if cell is None or cell.key == cell.written_key:
            continue  # no cell, or nothing was read through (a blank cell has nothing to read)
        for typo in typos_in(cell.written_key):
            if typo.wrong not in told:
                told.add(typo.wrong)
                # at the word itself when it is written as known on the cell's first line (a cell's
                # later lines were joined from elsewhere: their columns are not known here)
                at = cell.raw.find(typo.wrong)
                first_line = at >= 0 and not any(ch in cell.raw[:at] for ch in "\r\n")
                position = (
                    cell.position.shifted(at) if first_line and not cell.position.location else cell.position
                )
                yield Problem(
                    position=position, args={"wrong": typo.wrong, "right": typo.right, "field": field}
                )
