"""The kind behind `given:`/`then:` rules: apply functions (ita_lint/functions.py) to a field.

`given: measure.result` looks at each measure's result cell; `given: report.agency` at the
report's agency; `given: report` or `given: measure` without a field at the text of the measures
(name, steps, result, outcome), so that `concept` asks "does some measure cover this?".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ita_lint import functions
from ita_lint.checks import FIELD, Problem, Subject
from ita_lint.memo import once
from ita_lint.records import Cell, Measure, Position, Report

KIND = "then"
SCOPES = ("report", "measure")
ARGS: tuple[str, ...] = ("value", "field", "function")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["then"],
    "properties": {
        "field": FIELD,
        "then": {"type": "array", "minItems": 1, "items": functions.schema()},
    },
}
TEXT_FIELDS = ("name", "steps", "result", "outcome")


class _Joined(Cell):
    """Several cells read as one, through their own (settled) display text and keys: a report's
    text is not normalised again for each rule that looks at all of it."""

    FIELDS = (*Cell.FIELDS, "parts")
    parts: tuple[Cell, ...]

    def __init__(self, position: Position, parts: tuple[Cell, ...]) -> None:
        # only messages show the text, made from the parts' text: no raw text of its own
        self.__dict__.update(raw="", position=position, parts=parts)

    @once
    def text(self) -> str:
        return "\n".join(part.text for part in self.parts)

    @once
    def key(self) -> str:
        return " ".join(part.key for part in self.parts)


def _text_of(measures: list[Measure], position: Position, fields: Sequence[str]) -> Cell | None:
    """The measures' text fields as one cell: what `given: report` (or a measure) is about."""
    parts = tuple(cell for m in measures for field in fields if (cell := getattr(m, field)) is not None)
    return _Joined(position, parts) if parts else None


def _text_for(subject: Subject, measures: list[Measure], fields: Sequence[str]) -> Cell | None:
    """`_text_of` the subject's measures; for a report, made once for all the rules that ask (five
    `concept` rules look at one report's name, steps and results, some 40 µs each time)."""
    if subject.shared is None:
        return _text_of(measures, measures[0].position, fields)
    key = (KIND, tuple(fields))
    if key not in subject.shared:
        subject.shared[key] = _text_of(measures, measures[0].position, fields)
    return subject.shared[key]  # type: ignore[no-any-return]


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    field = options.get("field")
    owner: Measure | Report | None = subject.measure if subject.measure is not None else subject.report
    if owner is None:
        return
    # the field's cell, or (without a field) the text of the measures, which each function may
    # take from other fields
    cell = getattr(owner, field, None) if field is not None else None
    measures: list[Measure] = []
    if field is None:
        measures = [subject.measure] if subject.measure is not None else [m for _, m in owner.measures()]  # type: ignore[union-attr]
        if not measures:
            return  # an empty report has a rule of its own
    for entry in options["then"]:
        name, settings = entry["function"], entry.get("options", {})
        if field is None:
            cell = _text_for(subject, measures, settings.get("fields", TEXT_FIELDS))
        if not functions.FUNCTIONS[name][1](cell, settings):
            position = cell.position if cell is not None else owner.position
            if field is None and subject.measure is None:
                position = subject.report.measure_tables()[0].position  # type: ignore[union-attr]
            args = {"value": cell.text if cell else "", "field": field or "", "function": name}
            yield Problem(position=position, args=args)
            return  # one finding per subject, for the first function that fails
