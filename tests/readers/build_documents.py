"""Build Word, Excel and CSV versions of a text export, to test the readers on known content.

A text export is what Word or a PDF gave as text: tab-separated lines are table rows, other lines
are paragraphs. Word and Excel hold no HTML, so cell text is the markup-free text of
`thai.clean_markup`, its paragraphs kept as paragraphs (Word) or lines within the cell (Excel, CSV).
"""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from openpyxl import Workbook

from ita_lint import thai
from ita_lint.records import Report

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
LOPBURI_PAO = SEEDS / "lopburi-pao-2568-report.txt"
# What a careful reviewer finds in it, whatever format it is read from (CONTEXT.md)
LOPBURI_PAO_RULES = {
    "period-outside-fiscal-year",
    "budget-unparseable",
    "duplicate-measure",
    "outcome-missing",
    "thai-typo",  # info: เว็ปไซต์, กรรร้องเรียน (read the same from every format)
}


def measure_values(report: Report) -> list[tuple[str, object, object]]:
    """Each measure's name key, period and budget: what must not depend on the input format."""
    return [
        (m.name.key if m.name else "", m.period and m.period.value, m.budget and m.budget.value)
        for _, m in report.measures()
    ]


def export_lines(text_export: Path) -> list[str | list[str]]:
    """Each line of the export: a string for a paragraph, a list of cell texts for a table row."""
    lines: list[str | list[str]] = []
    for line in text_export.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            lines.append([thai.clean_markup(cell) for cell in line.split("\t")])
        else:
            lines.append(thai.clean_markup(line))
    return lines


def build_docx(text_export: Path, out: Path) -> Path:
    """One paragraph per text line (blank ones too), one Word table per block of consecutive rows."""
    document = docx.Document()
    block: list[list[str]] = []

    def add_table() -> None:
        table = document.add_table(rows=0, cols=max(len(row) for row in block))
        for texts in block:
            for cell, text in zip(table.add_row().cells, texts, strict=False):
                first, *rest = text.split("\n")
                cell.paragraphs[0].text = first
                for paragraph in rest:
                    cell.add_paragraph(paragraph)
        block.clear()

    for line in export_lines(text_export):
        if isinstance(line, list):
            block.append(line)
            continue
        if block:
            add_table()
        for paragraph in line.split("\n"):
            document.add_paragraph(paragraph)
    if block:
        add_table()
    document.save(str(out))
    return out


def sheet_rows(text_export: Path) -> list[list[str]]:
    """One spreadsheet row per text line: paragraphs in column A, table rows across the columns.

    The whole document is one sheet, so the rows keep the export's line numbers, and headers
    repeated at page breaks stay, as they do in spreadsheets pasted from such documents.
    """
    return [line if isinstance(line, list) else [line] for line in export_lines(text_export)]


def build_xlsx(text_export: Path, out: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "รายงานผล"
    for row, texts in enumerate(sheet_rows(text_export), start=1):
        for column, text in enumerate(texts, start=1):
            if text:
                cell = sheet.cell(row=row, column=column, value=text)
                cell.data_type = "s"  # text such as "=..." or "- ..." is text, not a formula
    workbook.save(out)
    return out


def build_csv(text_export: Path, out: Path, encoding: str = "utf-8-sig") -> Path:
    with out.open("w", encoding=encoding, newline="") as file:
        csv.writer(file).writerows(sheet_rows(text_export))
    return out
