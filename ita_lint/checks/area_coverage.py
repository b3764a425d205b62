"""Every assessment area must have a measure: each area a rule lists (by the patterns of its name)
must match the area of some measure. A document whose measures name no area at all says nothing
about coverage and is left alone."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.patterns import compile_set

KIND = "area-coverage"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ("area",)
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["areas"],
    "properties": {
        "areas": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "patterns"],
                "properties": {
                    "name": {"type": "string", "description": "How the message names the area"},
                    "patterns": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "format": "regex"},
                    },
                },
            },
        }
    },
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is None:
        return
    tables = report.measure_tables()
    named = {
        m.area.key_utf8 for t in tables for m in t.measures if m.area is not None and not m.area.is_blank
    }
    if not named:
        return
    # every area's patterns in one set: one pass over each area a measure names
    owners = [index for index, area in enumerate(options["areas"]) for _ in area["patterns"]]
    patterns = compile_set(tuple(pattern for area in options["areas"] for pattern in area["patterns"]))
    covered = {owners[found] for key in named for found in patterns.matching(key)}
    for index, area in enumerate(options["areas"]):
        if index not in covered:
            yield Problem(position=tables[0].position, args={"area": area["name"]})
