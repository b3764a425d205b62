"""`--summary`: one line per file, clean files and files that could not be checked included, for
the manager of a bulk review (as text, CSV for a spreadsheet, or JSON)."""

from __future__ import annotations

import json
from collections import Counter

from ita_lint.diagnostics import Severity
from ita_lint.reporters import Run, kind_word
from ita_lint.reporters.csv_rows import table

COLUMNS = (
    "path",
    "checked",
    "kind",
    "agency",
    "agency_type",
    "province",
    "fiscal_year",
    "errors",
    "warnings",
    "info",
)
CHECKED = {"en": ("yes", "no"), "th": ("ตรวจแล้ว", "ตรวจไม่ได้")}


def rows(run: Run) -> list[dict[str, object]]:
    counts = Counter((d.path, d.severity) for d in run.diagnostics)
    return [
        {
            **file._asdict(),
            "errors": counts[(file.path, Severity.ERROR)],
            "warnings": counts[(file.path, Severity.WARNING)],
            "info": counts[(file.path, Severity.INFO)],
        }
        for file in run.summaries
    ]


def render(run: Run, form: str = "text") -> str:
    found = rows(run)
    if form == "json":
        return json.dumps(found, ensure_ascii=False, indent=2) + "\n"
    yes, no = CHECKED[run.lang]
    cells = [
        tuple(((yes if row[key] else no) if key == "checked" else row[key]) for key in COLUMNS)
        for row in found
    ]
    if form == "csv":  # codes, for filtering in a spreadsheet
        return table(COLUMNS, [tuple("" if value is None else value for value in row) for row in cells])
    kind = COLUMNS.index("kind")
    cells = [(*row[:kind], kind_word(str(row[kind]), run.lang), *row[kind + 1 :]) for row in cells]
    return "".join("  ".join("-" if value is None else str(value) for value in row) + "\n" for row in cells)
