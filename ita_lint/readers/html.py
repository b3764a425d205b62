"""Web pages (`.html`, `.htm`): tables with their merged cells laid on a grid, other blocks as lines.

Parsed with lxml's HTML parser (forgiving, as browsers are, and it keeps each element's source
line). The same functions read `<table>` markup pasted into a text export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError
from ita_lint.readers.decoding import read_text
from ita_lint.records import Position

BLOCKS = frozenset(
    {
        *("p", "div", "section", "article", "header", "footer", "main", "nav", "aside"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd"),
        *("blockquote", "pre", "caption", "center", "address", "figure", "figcaption"),
        *("form", "fieldset", "hr", "title"),
    }
)
SKIPPED = frozenset(("script", "style", "head", "noscript", "template"))
MAX_SPAN = 1000  # rowspan/colspan beyond this are damage, not layout
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def text_of(element: etree._Element) -> str:
    """An element's text as a reader sees it: blocks and `<br>` break lines, spaces tidied."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = _tag(node)
        if tag in SKIPPED or not tag:
            parts.append(node.tail or "")
            return
        if tag == "br" or tag in BLOCKS:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if tag in BLOCKS:
            parts.append("\n")
        parts.append(node.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _span(cell: etree._Element, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def table_rows(table: etree._Element, number: int, first_line: int = 1) -> Iterator[Item]:
    """A table's caption (often the report's title), then its rows on its grid: a cell spanning
    rows or columns leaves empty cells beside it."""
    for caption in (c for c in table if _tag(c) == "caption"):
        if text := text_of(caption):
            yield Line(
                SourceCell(text, Position(line=(caption.sourceline or 1) + first_line - 1)), paragraph=True
            )
    taken: dict[tuple[int, int], bool] = {}  # (row, column) covered by a span from above
    rows = [r for r in table.iter("tr") if _owner(r) is table]
    for r, tr in enumerate(rows):
        cells: list[SourceCell] = []
        column = 0
        for td in (c for c in tr if _tag(c) in ("td", "th")):
            while taken.pop((r, column), False):
                cells.append(_empty(cells, number, r, first_line, tr))
                column += 1
            line = (td.sourceline or tr.sourceline or 1) + first_line - 1
            location = f"table {number} row {r + 1} cell {column + 1}"
            cells.append(SourceCell(text_of(td), Position(line=line, column=1, location=location)))
            rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            for _ in range(1, colspan):
                cells.append(_empty(cells, number, r, first_line, tr))
            for below in range(r + 1, min(r + rowspan, len(rows))):
                for c in range(column, column + colspan):
                    taken[(below, c)] = True
            column += colspan
        while taken.pop((r, column), False):
            cells.append(_empty(cells, number, r, first_line, tr))
            column += 1
        if cells:
            yield Row(tuple(cells))
    yield Break()


def _is_layout(table: etree._Element) -> bool:
    """A table one of whose cells holds a table of several rows: it lays out the page."""
    return any(
        inner is not table and len([r for r in inner.iter("tr") if _owner(r) is inner]) >= 2
        for inner in table.iter("table")
    )


def _icon_label(node: etree._Element) -> str:
    """The label an empty element (an icon) gives in its title or aria-label, else ""."""
    if (node.text and node.text.strip()) or len(node):
        return ""
    label = node.get("title") or node.get("aria-label") or (node.get("alt") if _tag(node) == "img" else "")
    return " ".join((label or "").split())[:60]


def _owner(row: etree._Element) -> etree._Element | None:
    """The table a row belongs to (not a table nested in one of its cells)."""
    parent = row.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _empty(cells: list[SourceCell], number: int, row: int, first_line: int, tr: etree._Element) -> SourceCell:
    line = (tr.sourceline or 1) + first_line - 1
    location = f"table {number} row {row + 1} cell {len(cells) + 1}"
    return SourceCell("", Position(line=line, column=1, location=location))


def items(root: etree._Element, first_line: int = 1, tables: int = 0) -> Iterator[Item]:
    """A page's blocks in reading order: lines of text, and the rows of each table."""
    pending: list[str] = []
    pending_line = [first_line]

    def flush() -> Iterator[Item]:
        text = " ".join(" ".join(pending).split())
        pending.clear()
        if text:
            yield Line(SourceCell(text, Position(line=pending_line[0])), paragraph=True)

    def walk(node: etree._Element) -> Iterator[Item]:
        nonlocal tables
        tag = _tag(node)
        if tag in SKIPPED or not tag:
            return
        if tag == "table" and _is_layout(node):
            # a table that lays the page out (a menu beside the content, the measures table in a
            # cell): its cells are read in turn as the page, their tables as tables
            yield from flush()
            for cell in (c for c in node.iter("td", "th") if _owner(c.getparent()) is node):
                yield from walk(cell)
                yield from flush()
                yield Break()
            return
        if tag == "table":
            yield from flush()
            tables += 1
            yield from table_rows(node, tables, first_line)
            return
        block = tag in BLOCKS or tag == "br"
        if block:
            yield from flush()
        if _icon_label(node):
            # an icon that says what follows only in its tooltip (<i title="งบประมาณ">) labels it
            if not pending:
                pending_line[0] = (node.sourceline or 1) + first_line - 1
            pending.append(f"{_icon_label(node)}:")
        if node.text and node.text.strip():
            if not pending:
                pending_line[0] = (node.sourceline or 1) + first_line - 1
            pending.append(node.text)
        for child in node:
            yield from walk(child)
            if child.tail and child.tail.strip():
                if not pending:
                    pending_line[0] = (child.sourceline or 1) + first_line - 1
                pending.append(child.tail)
        if block:
            yield from flush()

    yield from walk(root)
    yield from flush()


def table_items(root: etree._Element, number: int, first_line: int) -> Iterator[Item]:
    """The rows of the first table in pasted markup, numbered `number` in its document."""
    table = next(root.iter("table"), None)
    if table is not None:
        yield from table_rows(table, number, first_line)


def parse(text: str) -> etree._Element:
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", text) or "<html></html>")
    except (etree.ParserError, ValueError) as error:
        raise ReadError(f"not a readable HTML page: {error}") from error


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    return items(parse(read_text(path)))
