"""A document read from page images by OCR: how it was read, and the pages OCR could not read."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.records import Position

KIND = "scanned"
SCOPES = ("report",)
ARGS = ("pages", "confidence", "page")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["pages"],
    # read: one note for the document; unread: one finding per page OCR could not read
    "properties": {"pages": {"enum": ["read", "unread"]}},
}


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    scan = report.scan if report is not None else None
    if report is None or scan is None:
        return
    if options["pages"] == "read":
        args = {"pages": scan.pages, "confidence": round(scan.confidence)}
        yield Problem(position=report.position, args=args)
        return
    for page in scan.unread:
        yield Problem(position=Position.on_page(page, 1, 1, "", ocr=True), args={"page": page})
