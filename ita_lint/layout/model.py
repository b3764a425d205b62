"""The stream a reader produces (lines, table rows and breaks, each piece of text with its
position) and what the stages hand on: header rows that say what each of their columns holds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ita_lint import thai
from ita_lint.memo import once
from ita_lint.records import Column, Position, Scan, TableKind
from ita_lint.values import Status


@dataclass(frozen=True)
class SourceCell:
    raw: str
    position: Position

    @once
    def key(self) -> str:
        return thai.normalize(thai.clean_markup(self.raw))

    @property
    def blank(self) -> bool:
        return not (self.raw.strip() and thai.clean_markup(self.raw))

    def at(self, offset: int) -> Position:
        """The position of the character at `offset` of a cell whose text starts on one line."""
        before = self.raw[:offset]
        if "\n" in before or (self.position.location is not None and self.position.page is None):
            return self.position
        return self.position.shifted(offset)


@dataclass(frozen=True)
class Fragment:
    """A run of text on a line, separated from its neighbours by a column gap.

    `start` is its offset in the line's text; `x0`/`x1` its horizontal extent, in characters for
    text files and in points for PDF pages.
    """

    text: str
    start: int
    x0: float
    x1: float


# Two spaces or more (or a tab) separate columns in text laid out with spaces.
_GAP = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class Line:
    """A paragraph or line of text outside any table."""

    cell: SourceCell
    # Measured column fragments (PDF lines); None: found from runs of two spaces in the text.
    measured: tuple[Fragment, ...] | None = None
    # The line stands alone (a Word paragraph, an HTML block): it cannot be a row of aligned text.
    paragraph: bool = False

    @once
    def fragments(self) -> tuple[Fragment, ...]:
        if self.measured is not None:
            return self.measured
        # Columns are counted in characters, Thai marks included, as pdftotext -layout and
        # str.ljust lay them out (an editor that draws marks on their letter shows them skewed).
        text = self.cell.raw.expandtabs(8)
        return tuple(Fragment(m.group(), m.start(), m.start(), m.end()) for m in _GAP.finditer(text))

    def fragment_cell(self, fragment: Fragment) -> SourceCell:
        return SourceCell(fragment.text, self.cell.at(fragment.start))


@dataclass(frozen=True)
class Row:
    cells: tuple[SourceCell, ...]


# What ticks a status or period column: check marks, crosses, dots, and the bars of a Gantt chart
# (◄━━► across the months a measure runs).
CHECK_MARKS = frozenset("/✓✔√✅☑xX✗✘●•■▲*◄►◀▶━▬←→↔")
CROSSES = frozenset("xX✗✘")  # the marks that say no where a column is ticked yes or no

_NO_MARKS: Mapping[int, Status] = MappingProxyType({})
_NO_TICKS: Mapping[int, tuple[int, int]] = MappingProxyType({})


@dataclass(frozen=True)
class Header:
    """What a measures table's header says of its columns, by index. Read once, never changed:
    a second header row gives a new `Header` (`merged`)."""

    columns: tuple[Column | None, ...]  # the field each cell holds
    number: int | None = None  # the index of the column that numbers the rows
    # status check-mark sub-columns: index -> the status a mark there means
    marks: Mapping[int, Status] = field(default_factory=lambda: _NO_MARKS)
    # period tick columns: index -> the fiscal months (1 = October) a tick there means
    ticks: Mapping[int, tuple[int, int]] = field(default_factory=lambda: _NO_TICKS)
    # the first row's columns: the same header repeated after a page break continues the table
    signature: tuple[str, ...] = ()
    # the index of a heading that names quarters (ไตรมาส): numbers 1-4 under it are quarter ticks
    quarters: int | None = None
    # numbers and fields but no measure names: its rows add to the measures of the same numbers
    # in the table above (plan columns in one table, results in a second, keyed by number)
    keyed: bool = False
    # the index of a column that says whether a row is a measure's plan or its result (แผน/ผล):
    # a result row under its plan row gives the measure's budget used, status and result
    phases: int | None = None

    @property
    def kind(self) -> TableKind:
        """A table that says what was done reports; a budget column alone may be a plan's budget."""
        if {Column.STATUS, Column.RESULT, Column.OUTCOME} & set(self.columns) or self.marks:
            return TableKind.REPORT
        return TableKind.PLAN

    def column(self, index: int) -> Column | None:
        return self.columns[index] if index < len(self.columns) else None

    def fields(self) -> list[Column]:
        """The fields the table has, each once, in the order of its columns."""
        return [c for c in dict.fromkeys(self.columns) if c is not None]

    def merged(
        self,
        columns: tuple[Column | None, ...],
        marks: Mapping[int, Status],
        ticks: Mapping[int, tuple[int, int]],
    ) -> Header:
        """This header with what a second header row adds."""
        return replace(
            self,
            columns=columns,
            marks=MappingProxyType({**self.marks, **marks}),
            ticks=MappingProxyType({**self.ticks, **ticks}),
        )


@dataclass(frozen=True)
class HeaderRow:
    """A row recognised as a measures table's header (with its second row, if it has one)."""

    cells: tuple[SourceCell, ...]
    header: Header


@dataclass(frozen=True)
class ScoreHeader:
    """The header row of a score table (an analysis memo's scores per indicator)."""

    cells: tuple[SourceCell, ...]


@dataclass(frozen=True)
class Break:
    """A blank line, a page break or the end of a table: rows after it start a new block."""

    page: bool = False


Item = Line | Row | HeaderRow | ScoreHeader | Break


@dataclass(frozen=True)
class Alternative:
    """A part of a page a reader can read two ways (a two-column page: straight across, or
    column by column): each way is a reading of its own, and the cells choose (layout.readings)."""

    how: str  # what the other way is, for `ita-lint inspect`
    usual: tuple[Item, ...]
    other: tuple[Item, ...]


# The stream the layout stages read, with the parts a reader can read two ways.
Part = Item | Alternative
# What a reader hands on: the stream, and how OCR read it where it was read from page images.
ReadItem = Part | Scan
