"""`ita-lint inspect`: how a document was read, so that a misread document can be understood.

It shows the blocks the readers and the table detection produced (lines, rows, breaks), how each
header row's cells map to fields, the tables with their measures and each field's text and
parsed value, and where the agency and fiscal year were found.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ita_lint import readers
from ita_lint.layout import ReadOptions, evidence
from ita_lint.layout.model import Break, HeaderRow, Item, Line, ScoreHeader
from ita_lint.layout.readings import Choice, Reading
from ita_lint.records import Cell, Column, Measure, Position, Report, Scan

TEXT_MAX = 70  # characters of a cell shown on one line


def _where(position: Position) -> str:
    return position.location or f"line {position.line} column {position.column}"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_MAX else flat[: TEXT_MAX - 1] + "…"


def _value(column: Column, cell: Cell) -> str:
    value = getattr(cell, "value", None)
    if cell.is_blank:
        return ""
    if value is None:
        return "" if column not in (Column.PERIOD, Column.BUDGET, Column.STATUS) else "  → (unreadable)"
    if column is Column.PERIOD:
        return f"  → {value.start} to {value.end}"
    if column is Column.BUDGET:
        return "  → no budget used" if value.none_used else f"  → {value.amount} baht"
    return f"  → {value}"


def _blocks(trace: list[Item]) -> Iterator[str]:
    for item in trace:
        if isinstance(item, Break):
            continue
        if isinstance(item, Line):
            yield f"  {_where(item.cell.position):<34} line  {_short(item.cell.raw)}"
            continue
        cells = " | ".join(_short(c.raw)[:24] for c in item.cells)
        kind = "scores" if isinstance(item, ScoreHeader) else "row   "
        if isinstance(item, HeaderRow):
            kind, header = "header", item.header
            roles = []
            for index, cell in enumerate(item.cells):
                role = "number" if index == header.number else str(header.column(index) or "-")
                roles.append(f"{_short(cell.raw)[:24]} → {role}")
            cells = " | ".join(roles)
        yield f"  {_where(item.cells[0].position):<34} {kind} {cells}"


def _measure(index: int, measure: Measure) -> Iterator[str]:
    yield f"    measure {index} at {_where(measure.position)}"
    for column in Column:
        cell = measure.cell(column)
        if cell is not None:
            text = _short(cell.text) if not cell.is_blank else "(empty)"
            yield f"      {column!s:<12} {text}{_value(column, cell)}"


def _found(label: str, cell: Cell | None, extra: str = "") -> str:
    if cell is None:
        return f"  {label:<12} (not found)"
    return f"  {label:<12} {cell.text}{extra} at {_where(cell.position)}"


def inspect(path: Path, options: ReadOptions | None = None) -> tuple[Report, Choice | None]:
    """The report of a document and, for documents with a layout, every reading weighed."""
    options = options or ReadOptions()
    options.trace = True
    report = readers.read(path, options)
    return report, options.choice


def _weight(reading: Reading) -> str:
    weight = reading.weight
    if not weight.measures:
        return "no measures"
    trust = "trusted" if weight.trusted else "not trusted"
    return (
        f"{weight.measures} measures, evidence {weight.share:+.2f} per cell ({trust}), "
        f"{weight.contradictions} cells against their column"
    )


def _readings(choice: Choice) -> Iterator[str]:
    """The readings weighed, the chosen one marked, and why."""
    yield "readings (each a hypothesis; its cells are the evidence):"
    for reading in choice.readings:
        mark = "→" if reading is choice.chosen else " "
        yield f"  {mark} {reading.how}: {_weight(reading)}"
    if choice.chosen is None:
        yield "  none is trusted: the document is refused (measures-unreadable), its measures unchecked"
    elif len(choice.readings) == 1:
        yield "  the first reading was kept: no cell contradicts its column"
    else:
        yield "  the chosen reading is the one whose cells best suit their columns"
    against = [
        f"    {column!s:<12} {_short(cell.text)}"
        for table in (choice.chosen or max(choice.readings, key=lambda r: r.sort_key)).report.measure_tables()
        for measure in table.measures
        for column in table.columns
        if (cell := measure.cell(column)) is not None
        and not cell.is_blank
        and evidence.contradicts(column, cell)
    ]
    if against:
        yield "  cells that contradict their column in it:"
        yield from against


def _scanned(scan: Scan) -> str:
    unread = f"; pages not read: {', '.join(map(str, scan.unread))}" if scan.unread else ""
    return f"  {'read by OCR':<12} {scan.pages} pages, mean word confidence {scan.confidence:.0f}%{unread}"


def render(path: Path, options: ReadOptions | None = None) -> str:
    options = options or ReadOptions()
    report, choice = inspect(path, options)
    year = report.fiscal_year.value if report.fiscal_year is not None else None
    shown = (choice.chosen or max(choice.readings, key=lambda r: r.sort_key)) if choice else None
    lines = [
        f"{path}",
        f"  {'document':<12} {report.kind} (the title says: {report.title_kind})",
        _found("agency", report.agency, f" ({report.agency_type.text})" if report.agency_type else ""),
        _found("fiscal year", report.fiscal_year, f" → {year}" if year else ""),
        _found("province", report.province),
        *([_scanned(report.scan)] if report.scan is not None else []),
        "",
        *(_readings(choice) if choice else ["a record file: no layout to show"]),
        "",
        *(["blocks of that reading, after table detection:", *_blocks(shown.items), ""] if shown else []),
    ]
    for number, table in enumerate(report.tables, start=1):
        columns = ", ".join(str(c) for c in table.columns or []) or "-"
        year_note = f", fiscal year {table.fiscal_year}" if table.fiscal_year else ""
        lines.append(
            f"table {number}: {table.kind} at {_where(table.position)}{year_note}; columns: {columns}"
        )
        if table.title:
            lines.append(f"  heading: {_short(table.title)}")
        for index, measure in enumerate(table.measures, start=1):
            lines.extend(_measure(index, measure))
    if not report.tables:
        lines.append("no table was found: no header row matched the header vocabulary")
        lines.append(
            "(ita_lint/layout/headers.yaml; add your own words under `header-words` in the configuration)"
        )
    return "\n".join(lines) + "\n"


def as_dict(path: Path, options: ReadOptions | None = None) -> dict[str, Any]:
    report, choice = inspect(path, options)
    shown = (choice.chosen or max(choice.readings, key=lambda r: r.sort_key)) if choice else None
    return {
        "path": str(path),
        "kind": str(report.kind),
        "title_kind": str(report.title_kind),
        "agency": report.agency.text if report.agency else None,
        "agency_type": report.agency_type.text if report.agency_type else None,
        "fiscal_year": report.year,
        "blocks": [
            {"type": "line", "text": item.cell.raw, "at": _where(item.cell.position)}
            if isinstance(item, Line)
            else {"type": "row", "cells": [c.raw for c in item.cells], "at": _where(item.cells[0].position)}
            for item in (shown.items if shown else [])
            if not isinstance(item, Break)
        ],
        "readings": [
            {
                "how": reading.how,
                "chosen": choice is not None and reading is choice.chosen,
                "measures": reading.weight.measures,
                "evidence": round(reading.weight.share, 3),
                "trusted": reading.weight.trusted,
                "contradictions": reading.weight.contradictions,
            }
            for reading in (choice.readings if choice else [])
        ],
        "tables": [
            {
                "kind": str(table.kind),
                "columns": [str(c) for c in table.columns or []],
                "measures": [
                    {str(c): cell.text for c in Column if (cell := m.cell(c)) is not None}
                    for m in table.measures
                ],
            }
            for table in report.tables
        ],
    }
