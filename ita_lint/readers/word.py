"""Word documents (`.docx`): paragraphs and tables in body order, with merged cells laid on the table grid."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row, CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from lxml import etree

from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError
from ita_lint.readers.office import check_package
from ita_lint.records import Position

# What python-docx and the libraries under it raise on a damaged or mislabelled package.
_BROKEN = (
    PackageNotFoundError,
    PythonDocxError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    etree.LxmlError,
)
_SDT, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")
# Word tables have at most 63 columns: a larger gridSpan or gridBefore is damage (or an attack on
# memory), and is read as 63.
WORD_MAX_COLUMNS = 63


def _blocks(parent: BaseOxmlElement) -> Iterator[CT_P | CT_Tbl]:
    """Paragraphs and tables of a body or cell in order, looking inside content controls."""
    for child in parent.iterchildren():
        if isinstance(child, CT_P | CT_Tbl):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


def _cell_text(tc: CT_Tc, document: Document) -> str:
    """The cell's non-empty paragraphs, one a line; a nested table's cells follow in reading order."""
    parts: list[str] = []
    for block in _blocks(tc):
        if isinstance(block, CT_P):
            text = Paragraph(block, document).text
            if text.strip():
                parts.append(text)
        else:
            parts.extend(
                text for tr in block.tr_lst for inner in tr.tc_lst if (text := _cell_text(inner, document))
            )
    return "\n".join(parts)


def _row(tr: CT_Row, table: int, row: int, order: int, document: Document) -> Row:
    """One cell per grid column, so that data cells line up with the header cells above them."""
    cells: list[SourceCell] = []

    def add(text: str) -> None:
        column = len(cells) + 1
        location = f"table {table} row {row} cell {column}"
        position = Position(line=row, column=column, location=location, order=order)
        cells.append(SourceCell(text, position))

    for _ in range(min(tr.grid_before, WORD_MAX_COLUMNS)):
        add("")
    for tc in tr.tc_lst:
        # A vertically merged cell holds its text in the first row only; the rows below continue it.
        add("" if tc.vMerge == "continue" else _cell_text(tc, document))
        for _ in range(min(tc.grid_span, WORD_MAX_COLUMNS) - 1):
            add("")
    return Row(tuple(cells))


def items(document: Document) -> Iterator[Item]:
    """The document's paragraphs and table rows, in reading order."""
    paragraph = table = order = 0
    for block in _blocks(document.element.body):
        if isinstance(block, CT_Tbl):
            table += 1
            for number, tr in enumerate(block.tr_lst, start=1):
                order += 1
                yield _row(tr, table, number, order, document)
            yield Break()
            continue
        paragraph += 1
        order += 1
        text = Paragraph(block, document).text
        if text.strip():
            position = Position(line=paragraph, column=1, location=f"paragraph {paragraph}", order=order)
            yield Line(SourceCell(text, position), paragraph=True)
        else:
            yield Break()


def open_document(path: Path) -> Document:
    """Open a .docx file, turning every way it can be unreadable into a `ReadError`."""
    check_package(path, "Word document", "Word 97-2003 (.doc)")
    try:
        return docx.Document(str(path))
    except _BROKEN as error:
        raise ReadError(f"not a readable Word document: {type(error).__name__}: {error}") from error


def items_of(path: Path, limits: Limits = DEFAULT) -> list[Item]:
    document = open_document(path)
    try:
        # Materialised here so that damaged table XML is reported as such, not as a linter error.
        return list(items(document))
    except _BROKEN as error:
        raise ReadError(f"not a readable Word document: {type(error).__name__}: {error}") from error
