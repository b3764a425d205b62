"""Header recognition: which rows are a measures table's header, and what each column holds.

A header row is recognised by its wording (the `vocabulary`), never by its position: the same
words repeated after a page break continue the table, and a second header row can name status
check-mark sub-columns, period tick columns (quarters, months), start and end dates, or simply
continue the words above (`ตามมาตรการ`). `recognise` is the stage: the rows of a document's
stream that are headers become `HeaderRow`s (a second header row merged into the first) and
`ScoreHeader`s, so that assembly reads them as what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from types import MappingProxyType

from ita_lint import thai
from ita_lint.layout import numbering
from ita_lint.layout.model import Header, HeaderRow, Item, Line, Row, ScoreHeader, SourceCell
from ita_lint.layout.vocabulary import END, NUMBER, START, Vocabulary
from ita_lint.records import Column
from ita_lint.values import Status

HEADER_MAX = 120  # characters in a header cell, markup included
WORDS_MAX = 80  # normalised characters of header words
SUB_HEADER_MAX = 40  # normalised characters of a second header row's cell (รอบ ๖ เดือน (ต.ค. ๖๖ – มี.ค. ๖๗))


def recognise(items: Iterable[Item], vocabulary: Vocabulary) -> Iterator[Item]:
    """The stream with its header rows recognised. A row under a header row (lines of text may
    come between, a break may not) that is a second header row is merged into it."""
    above: HeaderRow | None = None  # the header row just read, until a row or a break decides
    held: list[Item] = []  # the lines that came after it meanwhile
    for item in items:
        if above is not None:
            if isinstance(item, Line):
                held.append(item)
                continue
            if isinstance(item, Row):
                merged = sub_header(above.header, item.cells, vocabulary)
                if merged is not None:
                    above = HeaderRow(above.cells, merged)
                    continue
            yield above
            yield from held
            above, held = None, []
        if isinstance(item, HeaderRow):
            above = item
        elif isinstance(item, Row) and (found := header(item.cells, vocabulary)) is not None:
            above = HeaderRow(item.cells, found)
        elif isinstance(item, Row) and is_score_header(item.cells, vocabulary):
            yield ScoreHeader(item.cells)
        else:
            yield item
    if above is not None:
        yield above
        yield from held


def is_data(cell: SourceCell) -> bool:
    """Cells no header has: list dashes and numbering, a measure's own number (มาตรการที่ ๕ ...),
    amounts, "no budget used", dated periods."""
    key = cell.key
    if numbering.MEASURE_HEAD.match(key):
        return True
    if _YEAR_HEADING.fullmatch(key):
        return False  # a year over its months' tick columns (พ.ศ. 2567 | พ.ศ. 2568)
    if key[:1] in "-0123456789":
        return True
    budget = thai.parse_budget(key)
    return budget is not None and (budget.none_used or (budget.amount is not None and "บาท" not in key))


# Fields the rest of a row must name for a lone status word in it to head a column ticked yes or
# no (a summary's "ดำเนินการแล้ว" over counts names fewer)
YES_NO_FIELDS = 4


def header(cells: Sequence[SourceCell], vocabulary: Vocabulary) -> Header | None:
    """The header a row is, or None when it is not a measures header."""
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return None  # header cells are short; this spares normalising every long data cell
    if any(is_data(cell) for cell in cells if cell.key):
        return None
    columns: list[Column | None] = []
    number: int | None = None
    quarters: int | None = None
    phases: int | None = None
    unknown = 0
    statuses: dict[int, Status] = {}
    ticks: dict[int, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        key = cell.key
        taken = frozenset(c for c in columns if c is not None)
        role = vocabulary.role(key, taken) if key and len(key) <= WORDS_MAX else None
        if role == NUMBER:
            number = index
        elif key and role is None and _QUARTERS.fullmatch(key):
            quarters, role = index, Column.PERIOD  # a merged heading over quarter tick columns
        elif key and role is None and _PHASES.fullmatch(key):
            phases = index  # แผน/ผล: a row's plan or its result
        elif key and role is None and _YEAR_HEADING.fullmatch(key):
            role = Column.PERIOD  # a year over month tick columns: the months below say when
        elif key and role is None and vocabulary.is_score_word(key):
            pass  # a score beside the measures (a plan keyed to assessment questions) is read by no rule
        elif key and role is None:
            status = thai.parse_status(key)
            months = thai.fiscal_months(key)
            if status is not None:
                statuses[index] = status
            elif months is not None:
                ticks[index] = months
            else:
                unknown += 1
        # start and end dates in columns of their own (a system's export) make the period too
        columns.append(role if isinstance(role, Column) else Column.PERIOD if role in (START, END) else None)
    found = [c for c in columns if c is not None]
    # Several status words head tick columns; one is a data cell ("ดำเนินการแล้ว"), unless the
    # rest of the row is a header of its own: then it heads a column ticked yes or no (✔ / ✘).
    yes_no = len(statuses) == 1 and Column.NAME in found and len(set(found)) >= YES_NO_FIELDS
    marks = statuses if len(set(statuses.values())) >= 2 or yes_no else {}
    if statuses and not marks:
        return None
    # a table without names is one whose rows are numbered: the second part of a table kept apart
    # (numbered, or rows in the same order as the table's: a wide sheet printed over two pages)
    keyed = (
        Column.NAME not in found and Column.AREA not in found and (number is not None or len(set(found)) >= 2)
    )
    if (
        (Column.NAME not in found and not keyed)
        or len(set(found)) + bool(marks) + bool(ticks) < 2
        or unknown > max(1, len(found) // 4)  # a wide header may hold a few words nobody listed
    ):
        return None
    if Column.NAME in found:
        _area_after_name_is_other(columns)
    _one_budget(columns, {i: c.key for i, c in enumerate(cells)}, vocabulary)
    for index in (*marks, *ticks):
        columns[index] = Column.STATUS if index in marks else Column.PERIOD
    return Header(
        tuple(columns),
        number,
        MappingProxyType(marks),
        MappingProxyType(ticks),
        signature=tuple(str(c) for c in columns),
        quarters=quarters,
        keyed=keyed,
        phases=phases,
    )


def _one_budget(columns: list[Column | None], words: dict[int, str], vocabulary: Vocabulary) -> None:
    """Of a planned and a used budget column, the rules check the one used (งบประมาณที่ใช้จริง)."""
    budgets = [i for i, column in enumerate(columns) if column is Column.BUDGET]
    used = [i for i in budgets if vocabulary.says_used(words.get(i, ""))]
    if len(budgets) > 1 and used:
        for index in budgets:
            if index not in used:
                columns[index] = None


def _area_after_name_is_other(columns: list[Column | None]) -> None:
    """An indicator column after the measure is its KPI (ตัวชี้วัด), not the assessment area."""
    name = columns.index(Column.NAME)
    for index in range(name + 1, len(columns)):
        if columns[index] is Column.AREA:
            columns[index] = None


def is_score_header(cells: Sequence[SourceCell], vocabulary: Vocabulary) -> bool:
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return False
    keys = [c.key for c in cells if c.key]
    return (
        len(keys) >= 2
        and any(vocabulary.is_score_word(k) for k in keys)
        and all(len(k) <= 40 and not _SCORE.fullmatch(thai.to_arabic_digits(k)) for k in keys)
    )  # a row that holds a score (คะแนนรวม | 83.57) is a row of the table, not its header


_SCORE = re.compile(r"\d{1,3}\.\d{1,2}")


def sub_header(header: Header, cells: Sequence[SourceCell], vocabulary: Vocabulary) -> Header | None:
    """`header` with what a second header row adds; None when the row is data, not header.

    Sub-columns sit under a merged heading: the cells to the right of the heading's own cell are
    empty in the first row, so they inherit its column.
    """
    filled = [(i, c) for i, c in enumerate(cells) if c.key]
    # quarters numbered 1-4 under a ไตรมาส heading are tick columns, not numbered data
    quarter = {
        i: (3 * q - 2, 3 * q)
        for i, c in filled
        if header.quarters is not None and i >= header.quarters and (q := _quarter(c.key)) is not None
    }
    if not filled or any(
        len(c.raw) > HEADER_MAX
        or len(c.key) > SUB_HEADER_MAX
        or (_numbered(c.key) and i not in quarter)
        or (is_data(c) and i not in quarter)  # an amount or ไม่ใช้งบประมาณ: a row of data
        for i, c in filled
    ):
        return None
    marks = {i: s for i, c in filled if (s := thai.parse_status(c.key)) is not None}
    ticks = {i: t for i, c in filled if (t := quarter.get(i) or thai.fiscal_months(c.key)) is not None}
    parts = {i for i, c in filled if vocabulary.role(c.key) in (START, END)}
    if len(set(marks.values())) < 2:
        marks = {}
    if len(ticks) < 2:
        ticks = {}  # one month under a period heading is a date, not a tick column
    special = set(marks) | set(ticks) | parts
    # A merged heading's sub-columns may run past the last cell the first row wrote (a sheet
    # drops trailing empty cells); anything else out there is data.
    if any(i >= len(header.columns) and i not in special for i, _ in filled):
        return None
    columns = [*header.columns, *[None] * (max(i for i, _ in filled) + 1 - len(header.columns))]
    worded = {i for i, c in filled if vocabulary.role(c.key) is not None}
    if len(worded | special) < len(filled) and any(
        columns[i] in (Column.NAME, Column.AREA) for i, _ in filled if i not in special
    ):
        # Header words under the name (มาตรการ | แนวทาง/วิธีการ) continue the header; other text
        # under the name is a measure: this row is data.
        return None
    # The row is a second header row: what it says of each column.
    for index, cell in filled:
        if index in marks:
            columns[index] = Column.STATUS
        elif index in ticks or index in parts:
            columns[index] = Column.PERIOD
        elif columns[index] is None:
            role = vocabulary.role(cell.key, frozenset(c for c in columns if c is not None))
            columns[index] = role if isinstance(role, Column) else _heading_left_of(columns, index)
    _one_budget(columns, {i: c.key for i, c in filled}, vocabulary)
    return header.merged(tuple(columns), marks, ticks)


_YEAR_HEADING = re.compile(r"(?:พ\s*\.?\s*ศ\s*\.?|ปี(?:งบประมาณ)?|fy)\s*\d{2,4}", re.IGNORECASE)
# a column that tells a measure's plan row from its result row
_PHASES = re.compile(r"แผน\s*[/\-]\s*ผล(?:การดำเนินงาน)?")
_QUARTERS = re.compile(r"ไตรมาส(?:ที่)?|quarters?|ไตรมาสที่ดำเนินการ|ระยะเวลา\s*\(ไตรมาส\)", re.IGNORECASE)


def _quarter(key: str) -> int | None:
    """The quarter a cell under a ไตรมาส heading numbers (1-4, Thai digits too), or None."""
    digits = key.strip().rstrip(".")
    return int(digits) if digits in ("1", "2", "3", "4") else None


def _numbered(key: str) -> bool:
    return key[:1].isdigit() and thai.fiscal_months(key) is None


def _heading_left_of(columns: Sequence[Column | None], index: int) -> Column | None:
    """The column of the merged heading over `index`: the nearest named cell to its left."""
    for left in range(index - 1, -1, -1):
        if columns[left] is not None:
            return columns[left]
    return None
