"""Some measure of the document must cover a concept, such as a No Gift Policy.

Patterns are regular expressions matched against normalised text (see `thai.normalize`: Arabic
digits, no spaces between Thai characters, lower-case Latin). Spans matching an `exclude` pattern
are blanked first, so that "no complaint was received" does not pass for a complaint channel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from ita_lint.checks import FIELDS, Problem, Subject

KIND = "concept-present"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ()
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["patterns"],
    "properties": {
        "fields": FIELDS,
        "patterns": {"type": "array", "items": {"type": "string", "format": "regex"}, "minItems": 1},
        "exclude": {"type": "array", "items": {"type": "string", "format": "regex"}},
    },
}
DEFAULT_FIELDS = ("name", "steps", "result", "outcome")


@lru_cache(maxsize=64)
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    measures = report.measures() if report is not None else []
    if not measures:
        return  # an empty report has a rule of its own
    wanted = _compile(tuple(options["patterns"]))
    assert wanted is not None  # the options schema requires at least one pattern
    unwanted = _compile(tuple(options.get("exclude", ())))
    fields = options.get("fields", DEFAULT_FIELDS)
    for _, measure in measures:
        for name in fields:
            cell = measure.cell(name)
            if cell is None:
                continue
            text = unwanted.sub(" ", cell.key) if unwanted else cell.key
            if wanted.search(text):
                return
    first_table = measures[0][0]
    yield Problem(position=first_table.position)
