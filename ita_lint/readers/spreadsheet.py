"""Spreadsheets: Excel workbooks (`.xlsx`, every sheet in order) and CSV files (`.csv`)."""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import ParseError

from lxml import etree
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits, limit_error
from ita_lint.readers import ReadError
from ita_lint.readers.decoding import read_text
from ita_lint.readers.office import check_package
from ita_lint.records import Position

# What openpyxl and the libraries under it raise on a damaged or mislabelled workbook.
_BROKEN = (
    InvalidFileException,
    OSError,  # openpyxl: "File contains no valid workbook part"
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,  # openpyxl's typed descriptors, on values of the wrong type
    ParseError,
    etree.LxmlError,
)

# Where the cell at a 0-based index of a row is.
Locate = Callable[[int], Position]


def cell_text(value: object) -> str:
    """A cell value as a person reads it: whole numbers without `.0`, dates day first."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    if isinstance(value, date) and not isinstance(value, datetime):
        # d/m/yyyy is how Thai spreadsheets write dates, and how the period parser reads numeric dates.
        return f"{value.day}/{value.month}/{value.year}"
    return str(value).replace("\r\n", "\n")


def _item(texts: Sequence[str], locate: Locate) -> Item | None:
    """A row as a layout item: None for an empty row, a Line for text alone in the first column."""
    filled = [index for index, text in enumerate(texts) if text.strip()]
    if not filled:
        return None
    if filled == [0]:
        return Line(SourceCell(texts[0], locate(0)), paragraph=True)
    # Trailing empty cells carry nothing, and a formatted sheet can have thousands of them.
    return Row(tuple(SourceCell(texts[i], locate(i)) for i in range(filled[-1] + 1)))


def _rows_to_items(rows: Iterable[tuple[Sequence[str], Locate]]) -> Iterator[Item]:
    """Items for consecutive rows; a run of empty rows is one break."""
    after_break = False
    for texts, locate in rows:
        item = _item(texts, locate)
        if item is None:
            if not after_break:
                yield Break()
            after_break = True
        else:
            after_break = False
            yield item


# Rows restart at 1 on every sheet; findings are sorted in reading order all the same.
_ROWS_PER_SHEET = 1 << 20  # Excel's row limit


def _sheet_rows(
    rows: Sequence[Sequence[str]], sheet: str, sheet_index: int
) -> Iterator[tuple[Sequence[str], Locate]]:
    for row, texts in enumerate(rows, start=1):

        def locate(index: int, row: int = row) -> Position:
            letter = get_column_letter(index + 1)
            location = f"sheet {sheet!r} row {row} column {letter}"
            order = sheet_index * _ROWS_PER_SHEET + row
            return Position(line=row, column=index + 1, location=location, order=order)

        yield texts, locate


def _sheet_values(rows: Iterable[Sequence[object]], limits: Limits) -> list[list[str]]:
    """A sheet's cell texts, bounded: openpyxl yields an empty row for every row number a sheet
    skips (one stray cell in row 99,999,999,999 would mean that many rows), and a full-width row
    for one cell in column XFD. Empty rows and cells beyond the limits are dropped unread; text
    beyond them is a limit finding."""
    values: list[list[str]] = []
    empty_run = 0
    for row in rows:
        texts = [cell_text(value) for value in row[: limits.columns]]
        if any(value is not None and cell_text(value).strip() for value in row[limits.columns :]):
            raise limit_error(
                f"a row with text beyond column {limits.columns} (row {len(values) + empty_run + 1})"
            )
        if not any(text.strip() for text in texts):
            empty_run += 1
            if empty_run > limits.rows:
                break  # the rest of the sheet is a gap: nothing more is read
            continue
        values.extend([] for _ in range(empty_run))
        empty_run = 0
        values.append(texts)
        if len(values) > limits.rows:
            raise limit_error(f"more than {limits.rows} rows in one sheet")
    return values


def _workbook_values(path: Path, limits: Limits) -> list[tuple[str, list[list[str]]]]:
    """Every worksheet's title and cell texts, row by row from row 1."""
    check_package(path, "Excel workbook", "Excel 97-2003 (.xls)")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _BROKEN as error:
        raise ReadError(f"not a readable Excel workbook: {type(error).__name__}: {error}") from error
    sheets = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue  # a hidden sheet (last year's, a lookup list) is not what the agency published
            # Some writers declare a wrong size (often "A1"); without it, openpyxl reads every stored row.
            sheet.reset_dimensions()
            sheets.append((sheet.title, _sheet_values(sheet.iter_rows(values_only=True), limits)))
    except _BROKEN as error:
        raise ReadError(f"not a readable Excel workbook: {type(error).__name__}: {error}") from error
    finally:
        workbook.close()
    return sheets


def workbook_items(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    for index, (title, rows) in enumerate(_workbook_values(path, limits)):
        if index:
            yield Break()
        yield from _rows_to_items(_sheet_rows(rows, title, index))


SNIFF_LINES = 50  # lines the delimiter is guessed from
DELIMITERS = ",;\t|"


def _delimiter(text: str) -> str:
    """Thai Excel saves CSV with commas, other locales with semicolons; exports also use tabs.

    The delimiter is the one that splits the most lines into the same number of cells (a comma
    inside an amount or a sentence does not repeat the same number of times on every line).
    (csv.Sniffer gives up on Thai text with quoted multi-line cells.)
    """
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]

    def consistency(delimiter: str) -> int:
        counts = [line.count(delimiter) for line in lines if delimiter in line]
        return max((counts.count(n) for n in set(counts)), default=0)

    return max(DELIMITERS, key=consistency)


def csv_items(text: str) -> Iterator[Item]:
    """Items of a CSV text. A row's line is the physical line it starts on (quoted cells span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def rows() -> Iterator[tuple[Sequence[str], Locate]]:
        start, row = 1, 0
        while True:
            try:
                texts = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ReadError(f"not a readable CSV file: {error}", Position(line=start)) from error
            row += 1

            def locate(index: int, line: int = start, row: int = row) -> Position:
                return Position(line=line, column=index + 1, location=f"row {row} column {index + 1}")

            yield texts, locate
            start = reader.line_num + 1

    yield from _rows_to_items(rows())


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    if path.suffix.lower() == ".csv":
        return csv_items(read_text(path))
    return workbook_items(path, limits)
