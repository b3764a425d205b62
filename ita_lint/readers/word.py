"""Word documents (`.docx`): paragraphs and tables in body order, with merged cells laid on the table grid.

Only the main document part is read, straight from the package with lxml: styles, numbering,
headers and the other parts say nothing a reviewer checks, and opening them all (as python-docx
does) took most of the time of reading a report.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError
from ita_lint.readers.office import check_package
from ita_lint.records import Position

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = (f"{_W}{name}" for name in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT, _HYPERLINK = f"{_W}sdt", f"{_W}sdtContent", f"{_W}hyperlink"
_VAL, _BREAK_TYPE = f"{_W}val", f"{_W}type"
# What a run's elements other than text (w:t) stand for; a page or column break stands for nothing.
_RUN_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_BREAK = f"{_W}br"
_MAIN_PART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# Whitespace between elements is layout of the XML, not text (as Word and python-docx read it);
# entities are never expanded and nothing is fetched.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
# Word tables have at most 63 columns: a larger gridSpan or gridBefore is damage (or an attack on
# memory), and is read as 63.
WORD_MAX_COLUMNS = 63


def _blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a body or cell in order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag == _P or child.tag == _TBL:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


def _run_text(run: etree._Element) -> str:
    parts = []
    for child in run.iterchildren():
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _BREAK:
            parts.append("\n" if child.get(_BREAK_TYPE, "textWrapping") == "textWrapping" else "")
        else:
            parts.append(_RUN_CHARACTERS.get(child.tag, ""))
    return "".join(parts)


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text of a paragraph's runs, those of its hyperlinks included."""
    parts: list[str] = []
    for child in paragraph.iterchildren(_R, _HYPERLINK):
        runs = [child] if child.tag == _R else child.iterchildren(_R)
        parts.extend(_run_text(run) for run in runs)
    return "".join(parts)


def _cell_text(tc: etree._Element) -> str:
    """The cell's non-empty paragraphs, one a line; a nested table's cells follow in reading order."""
    parts: list[str] = []
    for block in _blocks(tc):
        if block.tag == _P:
            text = _paragraph_text(block)
            if text.strip():
                parts.append(text)
        else:
            parts.extend(
                text
                for tr in block.iterchildren(_TR)
                for inner in tr.iterchildren(_TC)
                if (text := _cell_text(inner))
            )
    return "\n".join(parts)


def _count(element: etree._Element, properties: str, name: str, default: int) -> int:
    """The w:val of a count property (`w:tcPr/w:gridSpan`), `default` when it is not set."""
    found = element.find(f"{_W}{properties}/{_W}{name}")
    value = None if found is None else found.get(_VAL)
    return min(default if value is None else int(value), WORD_MAX_COLUMNS)


def _row(tr: etree._Element, table: int, row: int, order: int) -> Row:
    """One cell per grid column, so that data cells line up with the header cells above them."""
    cells: list[SourceCell] = []

    def add(text: str) -> None:
        column = len(cells) + 1
        location = f"table {table} row {row} cell {column}"
        position = Position(line=row, column=column, location=location, order=order)
        cells.append(SourceCell(text, position))

    for _ in range(_count(tr, "trPr", "gridBefore", 0)):
        add("")
    for tc in tr.iterchildren(_TC):
        # A vertically merged cell holds its text in the first row only; the rows below continue it.
        merged = tc.find(f"{_W}tcPr/{_W}vMerge")
        add("" if merged is not None and merged.get(_VAL, "continue") == "continue" else _cell_text(tc))
        for _ in range(_count(tc, "tcPr", "gridSpan", 1) - 1):
            add("")
    return Row(tuple(cells))


def items(body: etree._Element) -> Iterator[Item]:
    """The paragraphs and table rows of a document's body, in reading order."""
    paragraph = table = order = 0
    for block in _blocks(body):
        if block.tag == _TBL:
            table += 1
            for number, tr in enumerate(block.iterchildren(_TR), start=1):
                order += 1
                yield _row(tr, table, number, order)
            yield Break()
            continue
        paragraph += 1
        order += 1
        text = _paragraph_text(block)
        if text.strip():
            position = Position(line=paragraph, column=1, location=f"paragraph {paragraph}", order=order)
            yield Line(SourceCell(text, position), paragraph=True)
        else:
            yield Break()


def _main_part(package: zipfile.ZipFile) -> str:
    """The name of the document part: the package's officeDocument relationship says which."""
    try:
        relationships = etree.fromstring(package.read("_rels/.rels"), _PARSER)
    except KeyError:
        raise ReadError("not a readable Word document: the package has no _rels/.rels part") from None
    for relationship in relationships.iter(_RELATIONSHIPS):
        if relationship.get("Type") == _MAIN_PART and (target := relationship.get("Target")):
            return target.lstrip("/")
    raise ReadError("not a readable Word document: the package names no main document part")


def open_body(path: Path) -> etree._Element:
    """The body of a .docx file's main document part. A package without one is a `ReadError`; what
    a damaged zip or XML raises, `readers.read` reports as this file's read error all the same."""
    check_package(path, "Word document", "Word 97-2003 (.doc)")
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read(_main_part(package)), _PARSER)
    body = root.find(f"{_W}body")
    if root.tag != f"{_W}document" or body is None:
        what = etree.QName(root).localname
        raise ReadError(f"not a readable Word document: its main part holds <{what}>, not a document body")
    return body


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    return items(open_body(path))
