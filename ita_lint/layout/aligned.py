"""Columns found from aligned gaps: text laid out with spaces (`pdftotext -layout`, fixed-width
exports) and PDF pages whose tables have no ruling lines.

A header is a block of one to three lines whose fragments, merged where they overlap, name
known columns. The table's columns are the runs of x positions its lines cover; the gutters
between them are never (or almost never) covered. Each fragment goes to its column; a row starts
at a line that numbers a measure (in the number column, or at the start of the name), and the
lines below it, until the next numbered line, wrap its cells.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ita_lint import thai
from ita_lint.layout import headers, numbering
from ita_lint.layout.model import Break, Fragment, Header, HeaderRow, Item, Line, Row, SourceCell
from ita_lint.layout.scan import scan
from ita_lint.layout.vocabulary import Vocabulary
from ita_lint.records import Column

HEADER_LINES = 4  # a header's words wrap onto at most this many lines
HEADER_FRAGMENT_MAX = 40  # characters of one header fragment
CONTINUATION_MAX = 14  # characters of a header cell's wrapped words without a header word of their own
CUT_REACH = 12  # characters from a column boundary a word space may be to cut a bleeding fragment there
GUTTER_SHARE = 0.03  # a column gap may be crossed by this share of the lines (a stray long cell)


@dataclass(frozen=True)
class _Span:
    x0: float
    x1: float

    def overlap(self, other: _Span) -> float:
        return min(self.x1, other.x1) - max(self.x0, other.x0)

    def distance(self, other: _Span) -> float:
        return max(self.x0 - other.x1, other.x0 - self.x1, 0.0)


@dataclass
class _Table:
    row: HeaderRow  # the header's cells (wrapped words joined) and what they say
    header_spans: list[_Span]  # one per header cell

    @property
    def header(self) -> Header:
        return self.row.header


def _text(line: Line | Break) -> Line | None:
    return line if isinstance(line, Line) and not line.paragraph and line.cell.raw.strip() else None


def _header_like(line: Line, vocabulary: Vocabulary, first: bool) -> bool:
    """Whether a line can be part of a header: short fragments that are not data. The first line
    names at least two columns itself; the lines below only continue header cells (`ดำเนินการ`
    under `ระยะเวลา`, `(บาท)` under `งบประมาณ`) or name columns of their own."""
    fragments = line.fragments
    if not fragments or vocabulary.page_furniture.match(thai.normalize(line.cell.raw)):
        return False
    named = 0
    for fragment in fragments:
        cell = SourceCell(fragment.text, line.cell.position)
        if (
            len(fragment.text) > HEADER_FRAGMENT_MAX
            or headers.is_data(cell)
            or thai.is_relative_period(cell.key)
        ):
            return False
        if vocabulary.role(cell.key) is not None:
            named += 1
        elif len(cell.key) > CONTINUATION_MAX:
            return False
    return named >= 2 if first else True


def _merge(block: Sequence[Line]) -> list[tuple[_Span, list[tuple[Line, Fragment]]]]:
    """Fragments of a header block grouped by horizontal overlap, left to right."""
    groups: list[tuple[_Span, list[tuple[Line, Fragment]]]] = []
    for line in block:
        for fragment in line.fragments:
            span = _Span(fragment.x0, fragment.x1)
            hits = [g for g in groups if g[0].overlap(span) > 0]
            members = [(line, fragment)]
            for hit in hits:
                groups.remove(hit)
                members = hit[1] + members
                span = _Span(min(span.x0, hit[0].x0), max(span.x1, hit[0].x1))
            groups.append((span, members))
    return sorted(groups, key=lambda g: g[0].x0)


def _header_at(run: Sequence[Line | Break], start: int, vocabulary: Vocabulary) -> tuple[_Table, int] | None:
    """The header that starts at `run[start]`, and the index after it; None if there is none."""
    first = _text(run[start])
    if first is None or len(first.fragments) < 2 or not _header_like(first, vocabulary, first=True):
        return None
    block: list[Line] = [first]
    for item in run[start + 1 : start + HEADER_LINES]:
        line = _text(item)
        if line is None or not _header_like(line, vocabulary, first=False):
            break
        block.append(line)
    # The most lines that still make a header: the words of a wrapped header cell join up.
    for size in range(len(block), 0, -1):
        groups = _merge(block[:size])
        if len(groups) < 3:
            continue
        cells = tuple(
            SourceCell(
                " ".join(f.text for _, f in members), members[0][0].fragment_cell(members[0][1]).position
            )
            for _, members in groups
        )
        found = headers.header(cells, vocabulary)
        if found is not None and not found.keyed:  # text in disguise names its measures
            return _Table(HeaderRow(cells, found), [g[0] for g in groups]), start + size
    return None


def _columns(table: _Table, lines: Sequence[Line]) -> list[tuple[_Span, int]]:
    """The table's column regions from what its lines cover, each with its header cell's index.

    Gutters are the x positions (almost) no line covers. Where cells bleed into each other with a
    single space, one region lies under two header cells: it is cut where coverage is lowest
    between them.
    """
    covered: dict[int, int] = {}
    for span in [*(_Span(f.x0, f.x1) for line in lines for f in line.fragments), *table.header_spans]:
        for x in range(int(span.x0), int(span.x1) + 1):
            covered[x] = covered.get(x, 0) + 1
    limit = int(GUTTER_SHARE * len(lines))
    regions: list[_Span] = []
    start = None
    for x in range(min(covered, default=0), max(covered, default=0) + 2):
        if covered.get(x, 0) > limit:
            start = x if start is None else start
        elif start is not None:
            regions.append(_Span(start, x - 1))
            start = None
    result = []
    for region in regions:
        for part in _cut(region, table.header_spans, covered):
            index = max(
                range(len(table.header_spans)),
                key=lambda i: (table.header_spans[i].overlap(part), -table.header_spans[i].distance(part)),
            )
            result.append((part, index))
    return result


def _cut(region: _Span, spans: Sequence[_Span], covered: dict[int, int]) -> list[_Span]:
    """A region cut between the header cells whose middles lie in it, where coverage is lowest."""
    inside = sorted((s for s in spans if region.x0 <= (s.x0 + s.x1) / 2 <= region.x1), key=lambda s: s.x0)
    parts, left = [], region.x0
    for before, after in itertools.pairwise(inside):
        low, high = int(before.x1) + 1, int(after.x0)
        if high <= low:
            cut = int((before.x1 + after.x0) / 2)
        else:
            cut = min(range(low, high), key=lambda x: (covered.get(x, 0), -x))
        parts.append(_Span(left, cut - 1))
        left = cut
    parts.append(_Span(left, region.x1))
    return parts


def _column_of(span: _Span, columns: Sequence[tuple[_Span, int]]) -> int:
    return max(columns, key=lambda c: (c[0].overlap(span), -c[0].distance(span)))[1]


def _pieces(fragment: Fragment, columns: Sequence[tuple[_Span, int]]) -> list[tuple[Fragment, int]]:
    """A fragment cut at the word spaces nearest the column boundaries it runs across."""
    span = _Span(fragment.x0, fragment.x1)
    crossed = sorted((c for c in columns if c[0].overlap(span) > 0), key=lambda c: c[0].x0)
    spaces = [i for i, ch in enumerate(fragment.text) if ch == " "]
    if len(crossed) < 2 or not spaces:
        return [(fragment, _column_of(span, columns))]
    scale = (fragment.x1 - fragment.x0) / max(len(fragment.text), 1)
    cuts = []
    for region, _ in crossed[1:]:
        at = min(spaces, key=lambda i: abs(fragment.x0 + i * scale - region.x0))
        if abs(fragment.x0 + at * scale - region.x0) <= CUT_REACH * max(scale, 1) and at not in cuts:
            cuts.append(at)
    pieces, begin = [], 0
    for at in [*sorted(cuts), len(fragment.text)]:
        text = fragment.text[begin:at].strip()
        if text:
            offset = begin + (len(fragment.text[begin:at]) - len(fragment.text[begin:at].lstrip()))
            x0 = fragment.x0 + offset * scale
            piece = Fragment(text, fragment.start + offset, x0, x0 + len(text) * scale)
            pieces.append((piece, _column_of(_Span(piece.x0, piece.x1), columns)))
        begin = at + 1
    return pieces


# Columns whose cells are short: when one starts again after a line without it, a row starts.
SHORT = (Column.PERIOD, Column.RESPONSIBLE, Column.BUDGET, Column.STATUS)


def _restarts(
    cells: dict[int, list[SourceCell]], row: Sequence[dict[int, list[SourceCell]]], table: _Table
) -> bool:
    """Whether a line starts a new row without a number: a short column (period, responsible,
    budget, status) that the row has already filled and left on the line above starts again."""
    if not row:
        return False
    short = [i for i, column in enumerate(table.header.columns) if column in SHORT]
    return any(i in cells and i not in row[-1] and any(i in line for line in row) for i in short)


def _starts_row(cells: dict[int, list[SourceCell]], table: _Table, numbered: bool) -> bool:
    if not numbered:
        return False
    number = table.header.number
    if number is not None:
        return bool(cells.get(number)) and numbering.is_numbered(cells[number][0].raw)
    name = table.header.columns.index(Column.NAME)
    first = min(cells) if cells else None
    return first is not None and first <= name and numbering.is_numbered(cells[first][0].raw)


def _line_cells(line: Line, columns: Sequence[tuple[_Span, int]]) -> dict[int, list[SourceCell]]:
    cells: dict[int, list[SourceCell]] = {}
    for fragment in line.fragments:
        for piece, column in _pieces(fragment, columns):
            cells.setdefault(column, []).append(line.fragment_cell(piece))
    return cells


def _row(table: _Table, lines: Sequence[dict[int, list[SourceCell]]], anchor: Line) -> Row:
    cells = []
    for index in range(len(table.row.cells)):
        parts = [cell for line in lines for cell in line.get(index, [])]
        if parts:
            # fragments of one line join with a space; wrapped lines with a line break
            text = "\n".join(" ".join(c.raw for c in line[index]) for line in lines if line.get(index))
            cells.append(SourceCell(text, parts[0].position))
        else:
            cells.append(SourceCell("", anchor.cell.position))
    return Row(tuple(cells))


def _off_grid(line: Line, table: _Table, columns: Sequence[tuple[_Span, int]] = ()) -> bool:
    """A heading, a paragraph or a signature across the table, not a row: its one piece of text
    lies under two header cells, or a piece under three (a header cell sits inside its column).

    With the columns known, a fragment where two cells bleed into each other with a single space
    is first cut at the column boundary, so that such a row stays a row."""
    pieces = [_Span(p.x0, p.x1) for f in line.fragments for p, _ in _pieces(f, columns)] if columns else []
    spans = [sum(1 for s in table.header_spans if s.overlap(p) > 0) for p in pieces or _spans(line)]
    return max(spans, default=0) >= 3 or (len(spans) == 1 and spans[0] >= 2)


def _spans(line: Line) -> list[_Span]:
    return [_Span(f.x0, f.x1) for f in line.fragments]


def _table_lines(run: Sequence[Line | Break], start: int, vocabulary: Vocabulary) -> int:
    """The index after the last line of the table that starts at `start` (before a header or an end)."""
    index = start
    while index < len(run):
        line = _text(run[index])
        if line is not None:
            if vocabulary.ends_table(line.cell.raw):
                return index
            if _header_at(run, index, vocabulary) is not None:
                return _heading_before(run, start, index, vocabulary)
        index += 1
    return index


def _heading_before(run: Sequence[Line | Break], start: int, header: int, vocabulary: Vocabulary) -> int:
    """Where a table ends before the next table's header: before that table's heading, a line
    set apart by a blank line above it that names an area (๓. ด้านการป้องกันการทุจริต)."""
    last = header - 1
    while last > start and _text(run[last]) is None:
        last -= 1
    line = _text(run[last])
    if line is None or last - 1 < start or _text(run[last - 1]) is not None:
        return header
    return last if vocabulary.names_area(line.cell.raw.strip()) else header


def _rows(
    run: Sequence[Line | Break], start: int, end: int, table: _Table, vocabulary: Vocabulary
) -> list[Item]:
    # the table's lines by their index in the run, page numbers and running footers aside
    content = {
        index: line
        for index in range(start, end)
        if (line := _text(run[index])) is not None
        and not vocabulary.page_furniture.match(thai.normalize(line.cell.raw))
    }
    columns = _columns(table, [line for line in content.values() if not _off_grid(line, table)])
    if not columns:
        return list(run[start:end])
    cells_of = {index: _line_cells(line, columns) for index, line in content.items()}
    numbered = any(_starts_row(cells, table, True) for cells in cells_of.values())
    # Unnumbered rows are told apart by blank lines where there are any, else by short columns.
    header_row = table.row
    out: list[Item] = []
    pending: list[dict[int, list[SourceCell]]] = []
    anchor: Line | None = None

    def flush() -> None:
        nonlocal pending, anchor
        if pending and anchor is not None:
            out.append(_row(table, pending, anchor))
        pending, anchor = [], None

    for index in range(start, end):
        item, line = run[index], content.get(index)
        if line is None:
            if isinstance(item, Break) and not numbered and not item.page:
                flush()  # unnumbered rows are told apart by the blank lines between them
            continue  # and page numbers and running footers between rows are no rows
        if _off_grid(line, table, columns):
            flush()
            out += [line, header_row]  # a heading inside the table names the area of what follows
            continue
        cells = cells_of[index]
        if _starts_row(cells, table, numbered) or _restarts(cells, pending, table) or anchor is None:
            flush()
            anchor = line
        pending.append(cells)
    flush()
    return out


def detect(run: Sequence[Line | Break], vocabulary: Vocabulary) -> list[Item] | None:
    def table_at(index: int) -> tuple[list[Item], int] | None:
        header = _header_at(run, index, vocabulary)
        if header is None:
            return None
        table, after = header
        end = _table_lines(run, after, vocabulary)
        return [table.row, *_rows(run, after, end, table, vocabulary)], end

    return scan(run, table_at)
