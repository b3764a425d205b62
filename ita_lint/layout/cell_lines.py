"""One cell per line, as text copied out of a PDF viewer: the header's cells one under the other,
then each row's cells the same way.

The header is a run of short lines the vocabulary knows (a wrapped header cell's second line,
such as `ดำเนินการ` under `ระยะเวลา`, joins the cell above; a merged heading over status or
tick sub-columns gives way to them). Rows start at the lines that number the measures. An empty
cell is often simply missing, so a row's lines are shared out among the columns by what they look
like (a period, an amount, a status, a tick, plain text): the best alignment wins, found by
dynamic programming over the lines in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from ita_lint import thai
from ita_lint.layout import headers, numbering
from ita_lint.layout import vocabulary as vocabularies
from ita_lint.layout.model import CHECK_MARKS, Break, Header, HeaderRow, Item, Line, Row, SourceCell
from ita_lint.layout.scan import scan
from ita_lint.layout.vocabulary import Vocabulary
from ita_lint.records import Column

HEADER_LINE_MAX = 40  # characters of one header cell's line
VALUE_WORDS = 12  # characters after a field's word that are its value, not the rest of a header (ดำเนินการ)
MIN_COLUMNS = 3
LINES_PER_CELL = 12  # a cell's text wraps onto at most this many lines
BUDGET_CELL_MAX = 24  # characters of a budget cell that is no amount (ไม่ใช่ งบประมาณ); longer is a sentence
EMPTY = -0.6  # the score of a column left empty: a cell copied as nothing at all
_YEAR = re.compile(r"\d{4}")
_MONEY = re.compile("งบประมาณ|บาท")
# periods written in words: as needed, by the calendar, all along, every month or quarter
_WHEN = re.compile("ตามความเหมาะสม|ตามปฏิทิน|ต่อเนื่อง|ทุกเดือน|ทุกไตรมาส|ตามแผน|ตลอดปี")
SHORT_CELL = 30  # characters of a cell that holds a value (a date, an amount) rather than a sentence
_SUB = ("status", "tick", "part")  # kinds of sub-column under a merged heading
_ONE_LINE = ("number", "mark", str(Column.BUDGET), str(Column.STATUS))  # cells that never wrap


def _lines(run: Sequence[Line | Break]) -> list[Line]:
    return [item for item in run if isinstance(item, Line) and item.cell.raw.strip()]


def _role(line: Line, vocabulary: Vocabulary) -> str | None:
    """What a short line says as a header cell: a field or other column, a sub-column, or None."""
    key = thai.normalize(line.cell.raw)
    if not key or len(key) > HEADER_LINE_MAX or len(line.fragments) > 1 or _YEAR.search(key):
        return None  # a year names the document (ประจำปีงบประมาณ ๒๕๖๘), never a column
    if thai.parse_status(key) is not None and len(key) <= 25:
        return "status"
    if thai.fiscal_months(key) is not None:
        return "tick"
    if thai.is_relative_period(key) or headers.is_data(line.cell):
        return None  # a label with its value on one line (ช่วงเวลา ต.ค. – พ.ย. ๖๖) is no header cell
    first, _, rest = line.cell.raw.strip().partition(" ")
    if vocabulary.field_word(first) and len(rest) > VALUE_WORDS and vocabulary.role(rest) is None:
        return None  # ผู้รับผิดชอบ กลุ่มอำนวยการ: a field's word, then its value
    role = vocabulary.role(key)
    if role in ("start", "end"):
        return "part"
    return str(role) if role is not None else None


def _header(lines: Sequence[Line], start: int, vocabulary: Vocabulary) -> tuple[HeaderRow, int] | None:
    """The header that starts at `lines[start]`, and the index after it."""
    cells: list[SourceCell] = []
    roles: list[str] = []
    index = start
    while index < len(lines):
        line = lines[index]
        role = _role(line, vocabulary)
        short = len(thai.normalize(line.cell.raw)) <= HEADER_LINE_MAX
        if role is not None:
            cells.append(line.cell)
            roles.append(role)
        elif cells and short and not numbering.is_numbered(line.cell.raw) and roles[-1] not in _SUB:
            above = cells[-1]  # the second line of a wrapped header cell
            cells[-1] = SourceCell(above.raw + " " + line.cell.raw, above.position)
        else:
            break
        index += 1
    # A merged heading (สถานะ, ระยะเวลา) followed by its sub-columns is not a column itself.
    kept = [
        cell
        for i, cell in enumerate(cells)
        if not (roles[i] not in _SUB and i + 2 < len(roles) and roles[i + 1] in _SUB and roles[i + 2] in _SUB)
    ]
    found = headers.header(kept, vocabulary) if len(kept) >= MIN_COLUMNS else None
    if found is None or found.keyed:  # text in disguise names its measures
        return None
    return HeaderRow(tuple(kept), found), index


@lru_cache(maxsize=4096)  # the alignment asks about the same lines under many columns
def _fit(kind: str, text: str) -> float:
    """How well `text` (a cell's lines, joined) suits a column of this kind."""
    key = thai.normalize(text)
    if key in ("-", "–", ""):
        return 0.5
    dated = thai.is_relative_period(key)
    amount = thai.parse_budget(key) is not None and not dated
    if kind == "number":
        return 3.0 if numbering.is_number(key) else -6.0
    if kind == "mark":
        return 3.0 if set(key.replace(" ", "")) <= CHECK_MARKS else -6.0
    if kind == str(Column.PERIOD):
        # a period in words (ตามความเหมาะสม, ตามปฏิทิน) cannot be read but is still the period
        return 3.0 if dated else (1.5 if _WHEN.search(key) and len(key) <= SHORT_CELL else -3.0)
    if kind == str(Column.BUDGET):
        # an unreadable budget (ไม่ใช่ งบประมาณ) still talks about money: it belongs here
        return 3.0 if amount else (1.5 if _MONEY.search(key) and len(key) <= BUDGET_CELL_MAX else -3.0)
    if kind == str(Column.STATUS):
        return 3.0 if thai.parse_status(key) is not None else -3.0
    if kind == str(Column.AREA):
        # an area's name wraps onto short lines; a long line under it is the measure
        first, *rest = text.split("\n")
        named = vocabularies.default().names_area(first) and all(len(r) <= SHORT_CELL for r in rest)
        return 3.0 if named else -1.0
    short = len(key) <= SHORT_CELL  # a sentence that mentions a date or an amount is text
    if (short and (dated or amount or _WHEN.search(key))) or set(key) <= CHECK_MARKS:
        return -2.0
    if _MONEY.search(key) and len(key) <= BUDGET_CELL_MAX and (amount or "ไม่ใช" in key or "บาท" in key):
        return -2.0  # a budget phrase; a unit's name may hold งบประมาณ (งานบริหารงบประมาณ)
    if any(_is_value(part) for part in text.split("\n")[1:]):
        return 0.5  # text that runs on into a line holding a value (a date) has taken its column's line
    return 1.0


def _is_value(line: str) -> bool:
    """A line that holds a value of its own: a short date or amount."""
    key = thai.normalize(line)
    return len(key) <= SHORT_CELL and (thai.is_relative_period(key) or thai.parse_budget(key) is not None)


def _kinds(header: Header, width: int) -> list[str]:
    kinds = []
    for index in range(width):
        if index == header.number:
            kinds.append("number")
        elif index in header.marks or index in header.ticks:
            kinds.append("mark")
        else:
            column = header.column(index)
            kinds.append(str(column) if column is not None else "text")
    return kinds


def _align(kinds: Sequence[str], lines: Sequence[Line]) -> list[list[Line]]:
    """The lines shared out among the columns in order, each column taking none or several."""

    @cache
    def best(i: int, j: int) -> tuple[float, tuple[int, ...]]:
        # the best score for lines[i:] over columns[j:], and how many lines each column takes
        if j == len(kinds):
            return (0.0, ()) if i == len(lines) else (float("-inf"), ())
        options = []
        for take in range(min(LINES_PER_CELL, len(lines) - i) + 1):
            if take > 1 and kinds[j] in _ONE_LINE:
                break
            text = "\n".join(line.cell.raw for line in lines[i : i + take])
            score = _fit(kinds[j], text) if take else EMPTY
            rest, takes = best(i + take, j + 1)
            options.append((score + rest, (take, *takes)))
        return max(options)

    _, takes = best(0, 0)
    out, start = [], 0
    for take in takes:
        out.append(list(lines[start : start + take]))
        start += take
    return out


def _rows_by_shape(kinds: Sequence[str], lines: Sequence[Line]) -> list[list[list[Line]]]:
    """Unnumbered rows: the lines shared out among the columns row after row, the columns taking
    their turns again after the last one, the best alignment over the whole table. No row is
    empty; the last may stop short."""
    width, count = len(kinds), len(lines)
    minus = float("-inf")
    # best[i][j][started]: the best score for lines[i:] when column j is next, and whether the
    # current row has a line yet; choice[...] is how many lines column j takes there.
    best = [[[minus, minus] for _ in range(width)] for _ in range(count + 1)]
    choice = [[[0, 0] for _ in range(width)] for _ in range(count + 1)]
    for j in range(width):
        for started in (0, 1):
            # no lines left: the rest of this row is empty; a row without a line is no row
            best[count][j][started] = EMPTY * (width - j) if started or j == 0 else minus
    best[count][0][0] = 0.0
    for i in range(count - 1, -1, -1):
        for j in range(width - 1, -1, -1):
            for started in (0, 1):
                options = []
                for take in range(min(LINES_PER_CELL, count - i) + 1):
                    if take > 1 and kinds[j] in _ONE_LINE:
                        break
                    now = int(started or take > 0)
                    if j == width - 1 and not now:
                        continue  # the row would end without a line
                    text = "\n".join(line.cell.raw for line in lines[i : i + take])
                    score = _fit(kinds[j], text) if take else EMPTY
                    rest = best[i + take][(j + 1) % width][0 if j == width - 1 else now]
                    options.append((score + rest, take))
                if options:
                    best[i][j][started], choice[i][j][started] = max(options)
    rows: list[list[list[Line]]] = []
    i, j, started = 0, 0, 0
    while i < count:
        take = choice[i][j][started]
        if j == 0:
            rows.append([])
        rows[-1].append(list(lines[i : i + take]))
        started = 0 if j == width - 1 else int(started or take > 0)
        i, j = i + take, (j + 1) % width
    for row in rows:
        row.extend([] for _ in range(width - len(row)))
    return rows


def _starts(line: Line, header: Header, expected: int) -> bool:
    """Whether a line starts the next row: its number is the next one (or 1, a table starting
    over), so that page numbers between rows do not pass for row numbers."""
    text = thai.to_arabic_digits(line.cell.raw.strip())
    if header.number is not None and numbering.is_number(text):
        return int(re.sub(r"\D", "", text) or 0) in (expected, 1)
    return numbering.MEASURE_HEAD.match(text) is not None


def _number(line: Line, expected: int) -> int:
    digits = re.match(r"\D*(\d+)", thai.to_arabic_digits(line.cell.raw))
    return int(digits.group(1)) if digits else expected


def _row(cells: Sequence[SourceCell], kinds: Sequence[str], lines: Sequence[Line]) -> Row:
    first = lines[0]
    if kinds and kinds[0] == "number" and not numbering.is_number(first.cell.raw):
        # "1. ชื่อมาตรการ" on one line: the number and the name share it
        match = numbering.NUMBERED.match(first.cell.raw.strip())
        assert match is not None
        number = SourceCell(match.group(), first.cell.position)
        rest = Line(SourceCell(first.cell.raw.strip()[match.end() :].strip(), first.cell.position))
        return Row((number, *_joined(_align(kinds[1:], [rest, *lines[1:]]), first)))
    return Row(tuple(_joined(_align(kinds, lines), first)))


def _joined(groups: Sequence[Sequence[Line]], anchor: Line) -> list[SourceCell]:
    return [
        SourceCell("\n".join(line.cell.raw for line in group), group[0].cell.position)
        if group
        else SourceCell("", anchor.cell.position)
        for group in groups
    ]


def detect(run: Sequence[Line | Break], vocabulary: Vocabulary) -> list[Item] | None:
    lines = _lines(run)
    expected = 1  # the next row number: numbering runs on over page breaks and repeated headers
    pages = [0]  # the last page number seen: page numbers run in turn, a budget (๓๕๐) does not

    def page_number(line: Line) -> bool:
        """A page number or running footer between rows: a bare number only as the next page's."""
        key = thai.normalize(line.cell.raw)
        if not vocabulary.page_furniture.match(key):
            return False
        digits = re.sub(r"\D", "", key)
        if not digits or not key.strip(" -–—").isdigit():
            return True  # หน้า 2 จาก 3, 2/3: furniture whatever the number
        if int(digits) in (pages[0] + 1, pages[0] + 2):
            pages[0] = int(digits)
            return True
        return False

    def table_at(index: int) -> tuple[list[Item], int] | None:
        nonlocal expected
        header_at = _header(lines, index, vocabulary)
        if header_at is None:
            return None
        header_row, index = header_at
        header, cells = header_row.header, header_row.cells
        kinds = _kinds(header, len(cells))
        data: list[Line] = []  # the table's lines, page furniture aside
        rows: list[list[Line]] = []
        while index < len(lines) and _header(lines, index, vocabulary) is None:
            line = lines[index]
            if vocabulary.ends_table(line.cell.raw):
                break
            if _starts(line, header, expected):
                rows.append([line])
                expected = _number(line, expected) + 1
            elif page_number(line):
                index += 1
                continue
            elif rows:
                rows[-1].append(line)
            data.append(line)
            index += 1
        if rows and rows[0][0] is data[0]:
            return [header_row, *(_row(cells, kinds, row) for row in rows)], index
        if not data:
            return None  # header words without rows under them: plain lines
        shaped = [Row(tuple(_joined(groups, data[0]))) for groups in _rows_by_shape(kinds, data)]
        return [header_row, *shaped], index

    return scan(lines, table_at)
