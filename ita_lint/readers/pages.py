"""Pages of positioned glyphs, from a PDF's text layer or from OCR, as the layout stream: ruled
tables rebuilt from their ruling lines, everything else as lines of text that keep the gaps
between columns, so that borderless tables are found by alignment.

pdfplumber's table finder builds the grid of cells from the ruling lines a reader gives it (a
PDF's path segments, or the lines found in a page image), without parsing the page again.
Running headers and footers repeated on every page are read once. A page read by OCR says so in
every position on it (`page 2 line 5 (OCR)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from ita_lint.layout.model import Alternative, Break, Fragment, Item, Line, ReadItem, Row, SourceCell
from ita_lint.records import Position

LINE_TOLERANCE = 0.35  # share of the font size between the baselines of one visual line
WORD_GAP = 0.2  # a gap wider than this share of the font size is a space
COLUMN_GAP = 0.6  # and wider than this, a column gutter
MARGIN = 0.1  # running headers and footers sit in this share of the page at the top or bottom
_DIGITS = re.compile(r"[0-9๐-๙]+")


@dataclass
class Glyph:
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
class TextLine:
    baseline: float
    size: float
    fragments: tuple[tuple[str, float, float], ...]  # text, x0, x1

    @property
    def text(self) -> str:
        return "   ".join(text for text, _, _ in self.fragments)

    @property
    def top(self) -> float:
        return self.baseline - self.size


def lines_of(glyphs: Sequence[Glyph]) -> list[TextLine]:
    """Glyphs grouped into visual lines, top to bottom, and into fragments by the gaps."""
    rows: list[list[Glyph]] = []
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
        lines.append(TextLine(row[0].baseline, max(g.size for g in row), tuple(fragments)))
    return lines


class Page(NamedTuple):
    """What a reader saw on one page: its glyphs and ruling lines, in points from the top left."""

    number: int
    glyphs: list[Glyph]
    height: float
    rulings: list[dict[str, Any]]
    ocr: bool = False  # read from the page's image: every position on it says so
    # the tables its ruling lines make, where the reader found them already (OCR reads each cell)
    found: tuple[Any, ...] | None = None

    def position(self, line: int, column: int, place: str) -> Position:
        return Position.on_page(self.number, line, column, place, self.ocr)


def _line_item(line: TextLine, page: Page, number: int) -> Line:
    position = page.position(number, 1, f"line {number}")
    fragments, start = [], 0
    for text, x0, x1 in line.fragments:
        fragments.append(Fragment(text, start, x0, x1))
        start += len(text) + 3
    return Line(SourceCell(line.text, position), measured=tuple(fragments))


def _inside(glyph: Glyph, bbox: Sequence[float]) -> bool:
    x, y = glyph.middle
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _furniture(pages: Sequence[Page], lines: Sequence[list[TextLine]]) -> set[str]:
    """Texts (digits aside) that repeat in the top or bottom margin of several pages."""
    seen: dict[str, int] = {}
    for page, page_lines in zip(pages, lines, strict=True):
        height = page.height
        margins = {
            _DIGITS.sub("#", line.text)
            for line in page_lines
            if line.baseline < MARGIN * height or line.baseline > (1 - MARGIN) * height
        }
        for key in margins:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2}


def _table_rows(table: Any, page: Page, lines: Sequence[TextLine], index: int) -> list[Item]:
    rows: list[Item] = []
    in_table = [g for g in page.glyphs if _inside(g, table.bbox)]
    for row_index, row in enumerate(table.rows, start=1):
        in_row = [g for g in in_table if _inside(g, row.bbox)]
        cells = []
        for cell_index, bbox in enumerate(row.cells, start=1):
            in_cell = [g for g in in_row if _inside(g, bbox)] if bbox is not None else []
            cell_lines = lines_of(in_cell)
            text = "\n".join(" ".join(t for t, _, _ in line.fragments) for line in cell_lines)
            if sum(g.turned for g in in_cell) * 2 > len(in_cell):
                # text set vertically reads in the order it was drawn, not line by line
                text = "".join(g.text for g in in_cell)
            top = cell_lines[0].baseline if cell_lines else (bbox or table.bbox)[1]
            number = _nearest_line(lines, top)
            position = page.position(number, cell_index, f"table {index} row {row_index} cell {cell_index}")
            cells.append(SourceCell(text, position))
        rows.append(Row(tuple(cells)))
    rows.append(Break())
    return rows


def _nearest_line(lines: Sequence[TextLine], baseline: float) -> int:
    if not lines:
        return 1
    return min(range(len(lines)), key=lambda i: abs(lines[i].baseline - baseline)) + 1


def items(pages: Sequence[Page]) -> Iterator[ReadItem]:
    """The pages as the layout stream, a page break between each two."""
    lines = [lines_of(page.glyphs) for page in pages]
    furniture = _furniture(pages, lines)
    for page, page_lines in zip(pages, lines, strict=True):
        if page.number > 1:
            yield Break(page=True)
        yield from _page_items(page, page_lines, furniture)


def _page_items(page: Page, lines: list[TextLine], furniture: set[str]) -> Iterator[ReadItem]:
    """A page's lines and tables in reading order; a page whose text runs in two columns also as
    its columns one after the other (an `Alternative`: the cells choose)."""
    found = page.found if page.found is not None else tables(page.rulings)
    blocks: list[tuple[float, list[Item]]] = [
        (table.bbox[1], _table_rows(table, page, lines, index)) for index, table in enumerate(found, start=1)
    ]
    boxes = [table.bbox for table in found]
    text: list[tuple[int, TextLine]] = []
    for line_number, line in enumerate(lines, start=1):
        middle = line.baseline - 0.3 * line.size
        # Running headers and footers are read once, on the first page: they may name the agency
        # and the year, but repeated between rows they would split the table.
        repeated = page.number > 1 and _DIGITS.sub("#", line.text) in furniture
        if repeated or any(b[1] <= middle <= b[3] for b in boxes):
            continue
        text.append((line_number, line))
    blocks += [(line.top, [_line_item(line, page, n)]) for n, line in text]
    usual = [item for _, block in sorted(blocks, key=lambda b: b[0]) for item in block]
    gutter = _gutter([line for _, line in text])
    if gutter is None:
        yield from usual
        return
    # the page's tables stay where they are, above or below the columns
    top = min((line.top for _, line in text), default=0.0)
    tables_above = [item for at, block in blocks[: len(found)] if at <= top for item in block]
    tables_below = [item for at, block in blocks[: len(found)] if at > top for item in block]
    columns = [*tables_above, *_columns(text, gutter, page), *tables_below]
    yield Alternative("two-column pages read column by column", tuple(usual), tuple(columns))


GUTTER_MIN = 0.6  # font sizes: the white band between two columns of text (as wide as a column gap)
COLUMN_LINES_MIN = 3  # lines on each side of it, for the page to be two columns of text
CROSSING_SHARE = 0.2  # lines that may run across it (a title above the columns, a heading)


def _gutter(lines: Sequence[TextLine]) -> tuple[float, float] | None:
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


def _columns(text: Sequence[tuple[int, TextLine]], gutter: tuple[float, float], page: Page) -> Iterator[Item]:
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


def _part(line: TextLine, keep: Any) -> TextLine | None:
    fragments = tuple(f for f in line.fragments if keep(f))
    return TextLine(line.baseline, line.size, fragments) if fragments else None


def ruling(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    """A ruling line as pdfplumber's table finder takes it: an edge in top-down points."""
    size = {"width": x1 - x0, "height": bottom - top}
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, **size, "object_type": "line"}


def tables(rulings: list[dict[str, Any]]) -> list[Any]:
    """pdfplumber's tables from a page's ruling lines (none without both kinds)."""
    from pdfplumber.table import TableFinder

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
    # explicit lines given as edges: the finder never looks at the page itself
    return list(TableFinder(cast(Any, None), settings).tables)
