"""PDF documents: ruled tables rebuilt from their ruling lines, everything else as lines of text
that keep the gaps between columns, so that borderless tables are found by alignment.

PDFium (pypdfium2, which pdfplumber already installs) gives the characters and the path segments;
pdfplumber's table finder builds the grid of cells from those segments. PDFium's Thai text is
right where pdfminer's is not (a tone mark read as a vowel below, `ใชู` for `ใช้`), and giving the
finder the lines spares pdfminer parsing every page again. Marks stay with the letter they are
drawn after, so a sort by x cannot displace them. Running headers and footers repeated on every
page are read once. A PDF without a text layer (a scan) is an error that says so, never a pass.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ita_lint.layout.model import Alternative, Break, Fragment, Item, Line, ReadItem, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError
from ita_lint.records import Position

LINE_TOLERANCE = 0.35  # share of the font size between the baselines of one visual line
WORD_GAP = 0.2  # a gap wider than this share of the font size is a space
COLUMN_GAP = 0.6  # and wider than this, a column gutter
MARGIN = 0.1  # running headers and footers sit in this share of the page at the top or bottom
MIN_TEXT = 20  # characters below which a PDF has no real text layer
TURNED = 0.7  # |sin| of a glyph's angle past which it is set vertically (a quarter turn is 1)
_DIGITS = re.compile(r"[0-9๐-๙]+")


@dataclass
class _Glyph:
    """A letter with the marks drawn after it, in top-down page coordinates."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    turned: bool = False  # drawn turned a quarter (a header cell's text set vertically)

    @property
    def middle(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, self.baseline - 0.3 * self.size


@dataclass(frozen=True)
class _TextLine:
    baseline: float
    size: float
    fragments: tuple[tuple[str, float, float], ...]  # text, x0, x1

    @property
    def text(self) -> str:
        return "   ".join(text for text, _, _ in self.fragments)

    @property
    def top(self) -> float:
        return self.baseline - self.size


def _glyphs(page: Any) -> list[_Glyph]:
    """The page's characters in drawing order, marks joined to the letter before them."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    height = page.get_height()
    glyphs: list[_Glyph] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if pdfium_c.FPDFText_IsGenerated(textpage, index) or not char.strip() or char == "\ufffe":
            continue
        left, _, right, _ = textpage.get_charbox(index, loose=True)
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) or 12.0
        baseline = height - y.value
        turned = abs(math.sin(pdfium_c.FPDFText_GetCharAngle(textpage, index))) > TURNED
        near = glyphs and (turned or abs(glyphs[-1].baseline - baseline) < size)
        if near and unicodedata.category(char) == "Mn":
            glyphs[-1].text += char
            glyphs[-1].x1 = max(glyphs[-1].x1, right)
            continue
        glyphs.append(_Glyph(char, left, right, baseline, size, turned))
    return glyphs


def _lines(glyphs: Sequence[_Glyph]) -> list[_TextLine]:
    """Glyphs grouped into visual lines, top to bottom, and into fragments by the gaps."""
    rows: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: g.baseline):
        if rows and glyph.baseline - rows[-1][0].baseline <= LINE_TOLERANCE * glyph.size:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    lines = []
    for row in rows:
        fragments: list[tuple[str, float, float]] = []
        text, x0, x1 = "", 0.0, 0.0
        for glyph in sorted(row, key=lambda g: g.x0):  # a stable sort: drawing order breaks ties
            gap = glyph.x0 - x1
            if text and gap > COLUMN_GAP * glyph.size:
                fragments.append((text, x0, x1))
                text = ""
            if not text:
                text, x0 = glyph.text, glyph.x0
            else:
                text += (" " if gap > WORD_GAP * glyph.size else "") + glyph.text
            x1 = max(x1, glyph.x1) if text != glyph.text else glyph.x1
        fragments.append((text, x0, x1))
        lines.append(_TextLine(row[0].baseline, max(g.size for g in row), tuple(fragments)))
    return lines


def _order(page: int, line: int) -> int:
    return page * 100_000 + line


def _line_item(line: _TextLine, page: int, number: int) -> Line:
    location = f"page {page} line {number}"
    position = Position(line=number, column=1, location=location, page=page, order=_order(page, number))
    fragments, start = [], 0
    for text, x0, x1 in line.fragments:
        fragments.append(Fragment(text, start, x0, x1))
        start += len(text) + 3
    return Line(SourceCell(line.text, position), measured=tuple(fragments))


def _inside(glyph: _Glyph, bbox: Sequence[float]) -> bool:
    x, y = glyph.middle
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _furniture(pages: Sequence[list[_TextLine]], heights: Sequence[float]) -> set[str]:
    """Texts (digits aside) that repeat in the top or bottom margin of several pages."""
    seen: dict[str, int] = {}
    for lines, height in zip(pages, heights, strict=True):
        margins = {
            _DIGITS.sub("#", line.text)
            for line in lines
            if line.baseline < MARGIN * height or line.baseline > (1 - MARGIN) * height
        }
        for key in margins:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2}


def _table_rows(
    table: Any, glyphs: Sequence[_Glyph], lines: Sequence[_TextLine], page: int, index: int
) -> list[Item]:
    rows: list[Item] = []
    in_table = [g for g in glyphs if _inside(g, table.bbox)]
    for row_index, row in enumerate(table.rows, start=1):
        in_row = [g for g in in_table if _inside(g, row.bbox)]
        cells = []
        for cell_index, bbox in enumerate(row.cells, start=1):
            in_cell = [g for g in in_row if _inside(g, bbox)] if bbox is not None else []
            cell_lines = _lines(in_cell)
            text = "\n".join(" ".join(t for t, _, _ in line.fragments) for line in cell_lines)
            if sum(g.turned for g in in_cell) * 2 > len(in_cell):
                # text set vertically reads in the order it was drawn, not line by line
                text = "".join(g.text for g in in_cell)
            top = cell_lines[0].baseline if cell_lines else (bbox or table.bbox)[1]
            number = _nearest_line(lines, top)
            location = f"page {page} table {index} row {row_index} cell {cell_index}"
            position = Position(
                line=number, column=cell_index, location=location, page=page, order=_order(page, number)
            )
            cells.append(SourceCell(text, position))
        rows.append(Row(tuple(cells)))
    rows.append(Break())
    return rows


def _nearest_line(lines: Sequence[_TextLine], baseline: float) -> int:
    if not lines:
        return 1
    return min(range(len(lines)), key=lambda i: abs(lines[i].baseline - baseline)) + 1


def _page_items(
    tables: list[Any], glyphs: list[_Glyph], lines: list[_TextLine], number: int, furniture: set[str]
) -> Iterator[ReadItem]:
    """A page's lines and tables in reading order; a page whose text runs in two columns also as
    its columns one after the other (an `Alternative`: the cells choose)."""
    blocks: list[tuple[float, list[Item]]] = [
        (table.bbox[1], _table_rows(table, glyphs, lines, number, index))
        for index, table in enumerate(tables, start=1)
    ]
    boxes = [table.bbox for table in tables]
    text: list[tuple[int, _TextLine]] = []
    for line_number, line in enumerate(lines, start=1):
        middle = line.baseline - 0.3 * line.size
        # Running headers and footers are read once, on the first page: they may name the agency
        # and the year, but repeated between rows they would split the table.
        repeated = number > 1 and _DIGITS.sub("#", line.text) in furniture
        if repeated or any(b[1] <= middle <= b[3] for b in boxes):
            continue
        text.append((line_number, line))
    blocks += [(line.top, [_line_item(line, number, n)]) for n, line in text]
    usual = [item for _, block in sorted(blocks, key=lambda b: b[0]) for item in block]
    gutter = _gutter([line for _, line in text])
    if gutter is None:
        yield from usual
        return
    # the page's tables stay where they are, above or below the columns
    top = min((line.top for _, line in text), default=0.0)
    tables_above = [item for at, block in blocks[: len(tables)] if at <= top for item in block]
    tables_below = [item for at, block in blocks[: len(tables)] if at > top for item in block]
    columns = [*tables_above, *_columns(text, gutter, number), *tables_below]
    yield Alternative("two-column pages read column by column", tuple(usual), tuple(columns))


GUTTER_MIN = 0.6  # font sizes: the white band between two columns of text (as wide as a column gap)
COLUMN_LINES_MIN = 3  # lines on each side of it, for the page to be two columns of text
CROSSING_SHARE = 0.2  # lines that may run across it (a title above the columns, a heading)


def _gutter(lines: Sequence[_TextLine]) -> tuple[float, float] | None:
    """The white band down the middle of a page of two text columns, or None: the widest run of
    points, in the middle of the text's width, that (almost) no line's text covers."""
    if len(lines) < 2 * COLUMN_LINES_MIN:
        return None
    left = int(min(f[1] for line in lines for f in line.fragments))
    right = int(max(f[2] for line in lines for f in line.fragments)) + 1
    size = sorted(line.size for line in lines)[len(lines) // 2]
    covered = [0] * (right - left + 1)
    for line in lines:
        for _, x0, x1 in line.fragments:
            for x in range(int(x0) - left, int(x1) - left + 1):
                covered[x] += 1
    limit = int(CROSSING_SHARE * len(lines))
    width = right - left
    best: tuple[float, float] | None = None
    start: int | None = None
    for x in range(int(0.25 * width), int(0.75 * width) + 1):
        if covered[x] <= limit and start is None:
            start = x
        if (covered[x] > limit or x == int(0.75 * width)) and start is not None:
            if x - start >= GUTTER_MIN * size and (best is None or x - start > best[1] - best[0]):
                best = (left + start, left + x)
            start = None
    if best is None:
        return None
    on_left = sum(any(f[2] <= best[0] for f in ln.fragments) for ln in lines)
    on_right = sum(any(f[1] >= best[1] for f in ln.fragments) for ln in lines)
    return best if on_left >= COLUMN_LINES_MIN and on_right >= COLUMN_LINES_MIN else None


def _columns(text: Sequence[tuple[int, _TextLine]], gutter: tuple[float, float], page: int) -> Iterator[Item]:
    """A two-column page: what runs across it above the columns, the left column, the right
    column, then what runs across it below. A line runs across when some piece of its text lies
    over the middle of the gutter."""
    middle = (gutter[0] + gutter[1]) / 2
    across = [(n, ln) for n, ln in text if any(f[1] < middle < f[2] for f in ln.fragments)]
    sides = [(n, ln) for n, ln in text if (n, ln) not in across]
    top = sides[0][1].baseline if sides else 0.0
    left = [(n, _part(ln, lambda f: f[2] <= middle)) for n, ln in sides]
    right = [(n, _part(ln, lambda f: f[1] >= middle)) for n, ln in sides]
    above = [(n, ln) for n, ln in across if ln.baseline < top]
    below = [(n, ln) for n, ln in across if ln.baseline >= top]
    for n, line in [*above, *left, *right, *below]:
        if line is not None:
            yield _line_item(line, page, n)


def _part(line: _TextLine, keep: Any) -> _TextLine | None:
    fragments = tuple(f for f in line.fragments if keep(f))
    return _TextLine(line.baseline, line.size, fragments) if fragments else None


def items(path: Path) -> Iterator[ReadItem]:
    import pdfplumber
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    glyphs: list[list[_Glyph]] = []
    heights: list[float] = []
    # PDFium's path segments are the ruling lines; pdfplumber only builds the grid from them
    # (its own edges would have pdfminer parse every page again)
    rulings: list[list[dict[str, Any]]] = []
    try:
        for page in document:
            glyphs.append(_glyphs(page))
            heights.append(page.get_height())
            rulings.append(_rulings(page))
    finally:
        document.close()
    if sum(len(page_glyphs) for page_glyphs in glyphs) < MIN_TEXT:
        raise ReadError(
            "this PDF has no text layer (a scanned document), so ita-lint cannot read it: export the "
            "PDF again from the Word or Excel file, or run OCR on it and check the result",
            kind="scanned",
        )
    lines = [_lines(page_glyphs) for page_glyphs in glyphs]
    furniture = _furniture(lines, heights)
    with contextlib.ExitStack() as stack:
        # pdfplumber is only opened for a document that draws ruling lines
        pdf = stack.enter_context(pdfplumber.open(path)) if any(rulings) else None
        for number, (page_glyphs, page_lines, page_rulings) in enumerate(
            zip(glyphs, lines, rulings, strict=True), start=1
        ):
            if number > 1:
                yield Break(page=True)
            # pdfminer may see fewer pages than PDFium in a damaged file: those pages have no tables
            page = pdf.pages[number - 1] if pdf is not None and number <= len(pdf.pages) else None
            tables = _tables(page, page_rulings) if page is not None else []
            yield from _page_items(tables, page_glyphs, page_lines, number, furniture)


def _tables(page: Any, rulings: list[dict[str, Any]]) -> list[Any]:
    """pdfplumber's tables on a page, from the ruling lines given (none without both kinds)."""
    horizontal = [e for e in rulings if e["top"] == e["bottom"]]
    vertical = [e for e in rulings if e["x0"] == e["x1"]]
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical,
        "explicit_horizontal_lines": horizontal,
    }
    return list(page.find_tables(settings))


RULE_THICKNESS = 2.0  # points: a segment this close to level (or upright) is a ruling line


def _rulings(page: Any) -> list[dict[str, Any]]:
    """The page's straight horizontal and vertical path segments, in pdfplumber's top-down
    coordinates: the ruling lines a table is drawn with (and the edges of filled bars)."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict[str, Any]] = []

    def add(a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = sorted((a, b))
        top, bottom = sorted((height - y0, height - y1))
        if abs(y1 - y0) <= RULE_THICKNESS:  # level: a horizontal rule at its middle
            top = bottom = (top + bottom) / 2
        elif abs(x1 - x0) <= RULE_THICKNESS:  # upright: a vertical rule
            x0 = x1 = (x0 + x1) / 2
        else:
            return
        edge = {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top}
        edges.append({**edge, "object_type": "line"})

    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        matrix = path.get_matrix()
        start = previous = None
        for index in range(pdfium_c.FPDFPath_CountSegments(path.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(path.raw, index)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = matrix.on_point(x.value, y.value)
            if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif previous is not None:
                add(previous, point)
            previous = point
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and previous is not None:
                add(previous, start)
    return edges


def items_of(path: Path, limits: Limits = DEFAULT) -> list[ReadItem]:
    from pdfplumber.utils.exceptions import PdfminerException
    from pypdfium2 import PdfiumError

    try:
        return list(items(path))
    except (PdfiumError, PdfminerException, OSError, ValueError, KeyError, TypeError) as error:
        raise ReadError(f"not a readable PDF: {type(error).__name__}: {error}") from error
