"""The functions a rule applies to what it looks at (`then:`), as Spectral's core functions.

A rule says `given:` (report, table or measure, and optionally one of its fields, e.g.
`measure.result`) and `then:` (one or more functions with their options). Each function looks at
the field's cell (None when the record has no such cell) and returns None when the cell passes,
or the reason it fails. Text is compared after normalisation (Thai digits, spaces inside Thai
words, zero-width characters, PDF damage), never byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ita_lint import thai
from ita_lint.patterns import compile_pattern
from ita_lint.records import Cell, Column

# function name -> (JSON Schema of its options, the check)
Function = Callable[[Cell | None, Mapping[str, Any]], bool]
REGEX = {"type": "string", "format": "regex"}
REGEXES = {"type": "array", "items": REGEX, "minItems": 1}
COUNT = {"type": "integer", "minimum": 0}
MEASURE_FIELDS = {"type": "array", "items": {"enum": [str(column) for column in Column]}, "minItems": 1}


def _filled(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_blank


def present(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    return _filled(cell)


def absent(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    return not _filled(cell)


def pattern(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    """The normalised text matches `match` (an empty cell passes: `present` says it must be there)."""
    return not _filled(cell) or compile_pattern(options["match"]).search(cell.key_utf8) is not None  # type: ignore[union-attr]


def not_pattern(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    return not _filled(cell) or compile_pattern(options["match"]).search(cell.key_utf8) is None  # type: ignore[union-attr]


def length(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    """The text, spaces aside, has at least `min` and at most `max` characters."""
    if not _filled(cell):
        return True
    size = len(cell.key.replace(" ", ""))  # type: ignore[union-attr]
    return options.get("min", 0) <= size <= options.get("max", size)


def enum(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    values = {thai.normalize(value) for value in options["values"]}
    return not _filled(cell) or cell.key in values  # type: ignore[union-attr]


def concept(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    """Some pattern matches the normalised text once the `exclude` spans are blanked out."""
    if not _filled(cell):
        return False
    text = cell.key_utf8  # type: ignore[union-attr]
    for unwanted in options.get("exclude", ()):
        text = compile_pattern(unwanted).sub(b" ", text)
    return any(compile_pattern(wanted).search(text) for wanted in options["patterns"])


def _iso(value: str) -> date:
    return date.fromisoformat(value)


def dates(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    """A parsed period lies within `after`..`before` (ISO dates, inclusive) and lasts at most
    `max_days`; a cell that is no period passes (`period-unparseable` says so)."""
    period = getattr(cell, "value", None)
    if period is None or not hasattr(period, "start"):
        return True
    if "after" in options and period.start < _iso(options["after"]):
        return False
    if "before" in options and period.end > _iso(options["before"]):
        return False
    return "max_days" not in options or (period.end - period.start).days + 1 <= options["max_days"]


def amount(cell: Cell | None, options: Mapping[str, Any]) -> bool:
    """A budget amount lies within `min`..`max` baht; "no budget used" passes unless `required`."""
    budget = getattr(cell, "value", None)
    if budget is None or not hasattr(budget, "amount"):
        return True
    if budget.amount is None:
        return not options.get("required", False)
    value = Decimal(budget.amount)
    return Decimal(str(options.get("min", value))) <= value <= Decimal(str(options.get("max", value)))


FUNCTIONS: dict[str, tuple[dict[str, Any], Function]] = {
    "present": ({"properties": {}}, present),
    "truthy": ({"properties": {}}, present),
    "absent": ({"properties": {}}, absent),
    "pattern": ({"required": ["match"], "properties": {"match": REGEX}}, pattern),
    "not-pattern": ({"required": ["match"], "properties": {"match": REGEX}}, not_pattern),
    "length": (
        {
            "anyOf": [{"required": ["min"]}, {"required": ["max"]}],
            "properties": {"min": COUNT, "max": COUNT},
        },
        length,
    ),
    "enum": (
        {"required": ["values"], "properties": {"values": {"type": "array", "items": {"type": "string"}}}},
        enum,
    ),
    "concept": (
        {
            "required": ["patterns"],
            # with `given` on a whole measure or report: which measure fields hold the text
            "properties": {"patterns": REGEXES, "exclude": REGEXES, "fields": MEASURE_FIELDS},
        },
        concept,
    ),
    "dates": (
        {
            "anyOf": [{"required": ["after"]}, {"required": ["before"]}, {"required": ["max_days"]}],
            "properties": {
                "after": {"type": "string", "format": "date"},
                "before": {"type": "string", "format": "date"},
                "max_days": {"type": "integer", "minimum": 1},
            },
        },
        dates,
    ),
    "amount": (
        {
            "properties": {
                "min": {"type": "number"},
                "max": {"type": "number"},
                "required": {"type": "boolean", "description": "'no budget used' fails"},
            },
        },
        amount,
    ),
}


def schema() -> dict[str, Any]:
    """The JSON Schema of one `then:` entry: a function and its options, closed."""
    entries = []
    for name, (options, _) in FUNCTIONS.items():
        needs_options = "required" in options or "anyOf" in options
        entries.append(
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["function", "options"] if needs_options else ["function"],
                "properties": {
                    "function": {"const": name},
                    "options": {"type": "object", "additionalProperties": False, **options},
                },
            }
        )
    return {"oneOf": entries}
