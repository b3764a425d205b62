"""Readers: one per input format, each turning a file into a `Report` with source positions.

A file that cannot be read raises `ReadError` (ita_lint/errors.py), which the linter turns into a
finding. Reader modules are imported on first use, so that linting YAML never pays for lxml or openpyxl.
Each document reader has `items_of(path, limits)`: the document as the layout stream (lines, rows,
breaks); the record reader has `read(path)`, since record files are reports already.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from ita_lint import limits
from ita_lint.errors import ReadError
from ita_lint.layout import ReadOptions, build
from ita_lint.records import Report

if TYPE_CHECKING:
    from ita_lint.layout.model import ReadItem

# file suffix -> reader module in this package
READERS = {
    ".yaml": "record_file",
    ".yml": "record_file",
    ".json": "record_file",
    ".txt": "text_export",
    ".md": "text_export",
    ".docx": "word",
    ".xlsx": "spreadsheet",
    ".csv": "spreadsheet",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".doc": "legacy",
    ".xls": "legacy",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}


# zip packages: their parts are checked for what they unpack to before any is opened
OFFICE_PACKAGES = (".docx", ".xlsx")


# what each reader reads, for the message when its libraries fail on a damaged file
FORMATS = {
    "word": "Word document",
    "spreadsheet": "spreadsheet",
    "pdf": "PDF",
    "html": "web page",
    "text_export": "text file",
    "legacy": "file",
    "image": "image",
}


def _items(reader: ModuleType, path: Path, limit: limits.Limits) -> list[ReadItem]:
    """The document's layout stream, within the limits. lxml, openpyxl, pdfplumber and the
    libraries under them raise dozens of exception types on damaged files (a part without its
    root element, an encrypted zip entry, a box of names instead of numbers); whatever they
    raise while the document is read is that file's read error, named as such."""
    try:
        return list(limits.bounded(reader.items_of(path, limit), limit))
    except ReadError:
        raise
    except Exception as error:
        name = FORMATS[reader.__name__.rpartition(".")[2]]
        raise ReadError(f"not a readable {name}: {type(error).__name__}: {error}") from error


def can_read(path: Path) -> bool:
    return path.suffix.lower() in READERS


def unsupported(suffix: str) -> ReadError:
    return ReadError(f"unsupported file type {suffix or '(none)'}")


def read(path: Path, options: ReadOptions | None = None) -> Report:
    """A file's report. Record files are reports already; documents of every other format are
    read into the layout stream (`items_of`), and the layout stages make the report. Every
    format goes through the same limits (ita_lint/limits.py)."""
    options = options or ReadOptions()
    limits.check_file(path, options.limits)
    module = READERS.get(path.suffix.lower())
    if module is None:
        raise unsupported(path.suffix)
    if path.suffix.lower() in OFFICE_PACKAGES:
        limits.check_package(path, options.limits)
    reader = importlib.import_module(f"ita_lint.readers.{module}")
    if module == "record_file":
        report = reader.read(path, options)
    else:
        report = build(_items(reader, path, options.limits), options)
    if sum(len(table.measures) for table in report.tables) > options.limits.measures:
        raise limits.limit_error(f"more than {options.limits.measures} measures")
    return report
