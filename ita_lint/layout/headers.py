"""Header recognition: which rows are a measures table's header, and what each column holds.

A header row is recognised by its wording (the `vocabulary`), never by its position: the same
words repeated after a page break continue the table, and a second header row can name status
check-mark sub-columns, period tick columns (quarters, months), start and end dates, or simply
continue the words above (`ตามมาตรการ`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ita_lint import thai
from ita_lint.layout.model import SourceCell
from ita_lint.layout.vocabulary import END, NUMBER, START, Vocabulary
from ita_lint.records import Column, TableKind
from ita_lint.values import Status

HEADER_MAX = 120  # characters in a header cell, markup included
WORDS_MAX = 80  # normalised characters of header words
SUB_HEADER_MAX = 30  # normalised characters of a second header row's cell


@dataclass
class Header:
    columns: list[Column | None]  # the field each cell holds, by index
    number: int | None = None  # the index of the column that numbers the rows
    # status check-mark sub-columns: index -> the status a mark there means
    marks: dict[int, Status] = field(default_factory=dict)
    # period tick columns: index -> the fiscal months (1 = October) a tick there means
    ticks: dict[int, tuple[int, int]] = field(default_factory=dict)
    # the first row's columns: the same header repeated after a page break continues the table
    signature: tuple[str, ...] = ()

    @property
    def kind(self) -> TableKind:
        """A table that says what was done reports; a budget column alone may be a plan's budget."""
        if {Column.STATUS, Column.RESULT, Column.OUTCOME} & set(self.columns) or self.marks:
            return TableKind.REPORT
        return TableKind.PLAN

    def column(self, index: int) -> Column | None:
        return self.columns[index] if index < len(self.columns) else None


def is_data(cell: SourceCell) -> bool:
    """Cells no header has: list dashes and numbering, amounts, "no budget used", dated periods."""
    key = cell.key
    if key[:1] in "-0123456789":
        return True
    budget = thai.parse_budget(key)
    return budget is not None and (budget.none_used or (budget.amount is not None and "บาท" not in key))


def header(cells: Sequence[SourceCell], vocabulary: Vocabulary) -> Header | None:
    """The header a row is, or None when it is not a measures header."""
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return None  # header cells are short; this spares normalising every long data cell
    if any(is_data(cell) for cell in cells if cell.key):
        return None
    result = Header(columns=[])
    unknown = 0
    statuses: dict[int, Status] = {}
    for index, cell in enumerate(cells):
        key = cell.key
        taken = frozenset(c for c in result.columns if c is not None)
        role = vocabulary.role(key, taken) if key and len(key) <= WORDS_MAX else None
        if role == NUMBER:
            result.number = index
        elif key and role is None:
            status = thai.parse_status(key)
            ticks = thai.fiscal_months(key)
            if status is not None:
                statuses[index] = status
            elif ticks is not None:
                result.ticks[index] = ticks
            else:
                unknown += 1
        result.columns.append(role if isinstance(role, Column) else None)
    if len(set(statuses.values())) >= 2:
        result.marks = statuses
    elif statuses:
        return None  # one status word is a data cell ("ดำเนินการแล้ว")
    found = [c for c in result.columns if c is not None]
    if (
        Column.NAME not in found
        or len(set(found)) + bool(result.marks) + bool(result.ticks) < 2
        or unknown > 1
    ):
        return None
    _area_after_name_is_other(result)
    _one_budget(result, {i: c.key for i, c in enumerate(cells)}, vocabulary)
    for index in (*result.marks, *result.ticks):
        result.columns[index] = Column.STATUS if index in result.marks else Column.PERIOD
    result.signature = tuple(str(c) for c in result.columns)
    return result


def _one_budget(header: Header, words: dict[int, str], vocabulary: Vocabulary) -> None:
    """Of a planned and a used budget column, the rules check the one used (งบประมาณที่ใช้จริง)."""
    budgets = [i for i, column in enumerate(header.columns) if column is Column.BUDGET]
    used = [i for i in budgets if vocabulary.says_used(words.get(i, ""))]
    if len(budgets) > 1 and used:
        for index in budgets:
            if index not in used:
                header.columns[index] = None


def _area_after_name_is_other(header: Header) -> None:
    """An indicator column after the measure is its KPI (ตัวชี้วัด), not the assessment area."""
    name = header.columns.index(Column.NAME)
    for index in range(name + 1, len(header.columns)):
        if header.columns[index] is Column.AREA:
            header.columns[index] = None


def is_score_header(cells: Sequence[SourceCell], vocabulary: Vocabulary) -> bool:
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return False
    keys = [c.key for c in cells if c.key]
    return (
        len(keys) >= 2 and any(vocabulary.is_score_word(k) for k in keys) and all(len(k) <= 40 for k in keys)
    )


def read_sub_header(header: Header, cells: Sequence[SourceCell], vocabulary: Vocabulary) -> bool:
    """Read a second header row into `header`; False when the row is data, not header.

    Sub-columns sit under a merged heading: the cells to the right of the heading's own cell are
    empty in the first row, so they inherit its column.
    """
    filled = [(i, c) for i, c in enumerate(cells) if c.key]
    if not filled or any(
        len(c.raw) > HEADER_MAX or len(c.key) > SUB_HEADER_MAX or _numbered(c.key) for i, c in filled
    ):
        return False
    marks = {i: s for i, c in filled if (s := thai.parse_status(c.key)) is not None}
    ticks = {i: t for i, c in filled if (t := thai.fiscal_months(c.key)) is not None}
    parts = {i for i, c in filled if vocabulary.role(c.key) in (START, END)}
    if len(set(marks.values())) < 2:
        marks = {}
    if len(ticks) < 2:
        ticks = {}  # one month under a period heading is a date, not a tick column
    special = set(marks) | set(ticks) | parts
    # A merged heading's sub-columns may run past the last cell the first row wrote (a sheet
    # drops trailing empty cells); anything else out there is data.
    if any(i >= len(header.columns) and i not in special for i, _ in filled):
        return False
    header.columns.extend([None] * (max(i for i, _ in filled) + 1 - len(header.columns)))
    worded = {i for i, c in filled if vocabulary.role(c.key) is not None}
    if len(worded | special) < len(filled) and any(
        header.columns[i] in (Column.NAME, Column.AREA) for i, _ in filled if i not in special
    ):
        # Header words under the name (มาตรการ | แนวทาง/วิธีการ) continue the header; other text
        # under the name is a measure: this row is data.
        return False
    # The row is a second header row: read it into the header.
    header.marks.update(marks)
    header.ticks.update(ticks)
    for index, cell in filled:
        if index in marks:
            header.columns[index] = Column.STATUS
        elif index in ticks or index in parts:
            header.columns[index] = Column.PERIOD
        elif header.columns[index] is None:
            role = vocabulary.role(cell.key, frozenset(c for c in header.columns if c is not None))
            header.columns[index] = role if isinstance(role, Column) else _heading_left_of(header, index)
    _one_budget(header, {i: c.key for i, c in filled}, vocabulary)
    return True


def _numbered(key: str) -> bool:
    return key[:1].isdigit() and thai.fiscal_months(key) is None


def _heading_left_of(header: Header, index: int) -> Column | None:
    """The column of the merged heading over `index`: the nearest named cell to its left."""
    for left in range(index - 1, -1, -1):
        if header.columns[left] is not None:
            return header.columns[left]
    return None
