"""Reporters: one per output format, each rendering a run's findings to text."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from ita_lint.records import OCR

if TYPE_CHECKING:
    from ita_lint.diagnostics import Diagnostic, FileSummary
    from ita_lint.ruleset import Rule


class Run(NamedTuple):
    """What a reporter needs: the findings, the files checked, the rules that ran, the language.

    Reporters that write a finding at a time (those with `chunks`) go through `diagnostics` once,
    so a bulk run can hand them its findings as they come; the others may go through it again.
    """

    diagnostics: Iterable[Diagnostic]
    files: Sequence[str]
    rules: Sequence[Rule]
    lang: str = "en"
    color: bool = False
    skipped: int = 0  # files under the directories that were not reports (other types, lock files)
    summaries: Sequence[FileSummary] = ()  # one per checked file, in the order of `files`
    show_fixes: bool = False  # text output: each finding followed by what to write instead


# --format name -> reporter module in this package; each has `render(run: Run) -> str`, or
# `chunks(run: Run) -> Iterator[str]` when it writes a finding at a time
FORMATS = {
    "text": "text",
    "concise": "concise",
    "grouped": "grouped",
    "json": "json_array",
    "json-lines": "json_lines",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "csv": "csv_rows",
    "html": "html",
}


# C0 and C1 controls and the Unicode line and paragraph separators, shown as escapes in text
# output: a file name or a sheet title with a line break must not forge a line of findings.
_CONTROLS = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)
}
_CONTROLS.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


# How text output names severities and places, in each language (JSON and SARIF keep the codes).
SEVERITY_WORDS = {
    "en": {"error": "error", "warning": "warning", "info": "info"},
    "th": {"error": "ข้อผิดพลาด", "warning": "คำเตือน", "info": "ข้อสังเกต"},
}
# What each kind of document is called (FileSummary.kind); English output keeps the codes.
KIND_WORDS = {
    "th": {
        "report": "รายงานผลการดำเนินการ",
        "plan": "แผนมาตรการ",
        "analysis": "บันทึกวิเคราะห์",
        "other": "เอกสารอื่น (ไม่พบตารางมาตรการ)",
        "unreadable": "อ่านไม่ได้",
    },
    "en": {
        "report": "measures report",
        "plan": "measures plan",
        "analysis": "analysis memo",
        "other": "other document (no measures table found)",
        "unreadable": "unreadable",
    },
}


def kind_word(kind: str, lang: str) -> str:
    """A kind of document as Thai output names it; English output keeps the code (`report`)."""
    return KIND_WORDS["th"].get(kind, kind) if lang == "th" else kind


_PLACE_WORDS = {
    "table": "ตาราง",
    "row": "แถว",
    "cell": "ช่อง",
    "page": "หน้า",
    "line": "บรรทัด",
    "sheet": "แผ่นงาน",
    "column": "คอลัมน์",
    "paragraph": "ย่อหน้า",
}
_OCR_TH = "(อ่านด้วย OCR)"
_PLACE = re.compile(r"\b(" + "|".join(_PLACE_WORDS) + r")\b")


def place(location: str, lang: str) -> str:
    """Where in a document, in the language of the output (`ตาราง 8 แถว 2 ช่อง 4`); a quoted
    sheet name stays as it is written."""
    if lang != "th":
        return location
    parts = re.split(r"('[^']*')", location)
    return "".join(
        part if part.startswith("'") else _PLACE.sub(lambda m: _PLACE_WORDS[m[1]], part).replace(OCR, _OCR_TH)
        for part in parts
    )


_LINE = {"en": "line {line}", "th": "บรรทัด {line}"}


def where(line: int, location: str | None, lang: str) -> str:
    """Where something is, as the reader of the document finds it: by its table, row and cell
    (ตาราง 8 แถว 2 ช่อง 4) in documents without lines, else by its line."""
    return place(location, lang) if location else _LINE[lang].format(line=line)


def printable(text: str) -> str:
    """`text` on one line, its control characters shown as escapes."""
    return text.translate(_CONTROLS) if not text.isprintable() else text


def _reporter(name: str) -> ModuleType:
    return importlib.import_module(f"ita_lint.reporters.{FORMATS.get(name, name)}")


def streams(name: str) -> bool:
    """Whether the reporter `name` writes a finding at a time: its memory stays flat however many
    findings a run has."""
    return hasattr(_reporter(name), "chunks")


def stream(name: str, run: Run, **options: str) -> Iterator[str]:
    """A run rendered by the reporter `name` (a --format, or "statistics"), in pieces to write
    as they come."""
    reporter = _reporter(name)
    if hasattr(reporter, "chunks"):
        yield from reporter.chunks(run)
    else:
        yield reporter.render(run, **options)


def render(name: str, run: Run, **options: str) -> str:
    """A run rendered by the reporter `name`, whole."""
    return "".join(stream(name, run, **options))
