"""Report records: what every reader produces and every rule reads.

Records are immutable and built once, by `build_report`, from what a reader found: each cell's
raw text and where it starts in the original document. The fiscal year is settled first (the
one the document states, else the one configured), so periods, budgets and statuses are parsed
once, in the right year, before any rule runs. Nothing downstream changes a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self

from ita_lint import thai
from ita_lint.memo import once, passed_on, preset
from ita_lint.thai.typos import read_through
from ita_lint.values import Budget, Period, Status

if TYPE_CHECKING:
    from ita_lint.suppressions import Suppression

_DASHES = re.compile(r"[-–—]+")


# What the location of a position read from a page image ends with: `page 2 line 5 (OCR)`.
OCR = "(OCR)"


class Position(NamedTuple):
    """Where a piece of text starts in the original document (1-based).

    Records are named tuples, immutable by construction: on Python 3.11 a named tuple is made
    (and its class defined) several times faster than a frozen dataclass. Cells are classes of
    their own, since they keep their display text and comparison key once computed.
    """

    line: int = 1
    column: int = 1
    # Documents without lines (docx, xlsx) say where in words: "table 3 row 5 cell 2".
    location: str | None = None
    # Reading order where line numbers restart (each Word table, each sheet); None: the line is.
    order: int | None = None
    # PDF pages: line numbers count from the top of this page.
    page: int | None = None

    @classmethod
    def on_page(cls, page: int, line: int, column: int, place: str, ocr: bool = False) -> Position:
        """A place on a page of a paged document (`page 2 line 5`, `page 2 (OCR)`), in reading
        order across its pages."""
        location = f"page {page}" + (f" {place}" if place else "") + (f" {OCR}" if ocr else "")
        return cls(line=line, column=column, location=location, page=page, order=page * 100_000 + line)

    @property
    def ocr(self) -> bool:
        """Whether the text here was read by OCR from a page image."""
        return self.location is not None and self.location.endswith(OCR)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.line if self.order is None else self.order, self.line, self.column)

    def shifted(self, offset: int) -> Position:
        """The position `offset` characters further along the same line."""
        return self._replace(column=self.column + offset)


START = Position()


class Cell:
    """A piece of source text with its position.

    Cells are immutable: their fields are set once, by `__init__`, and their display text and
    keys are worked out once (`once`). They are plain classes rather than frozen dataclasses,
    which cost several times as much to make (one per cell of every document) and to define (at
    every start-up).
    """

    FIELDS: ClassVar[tuple[str, ...]] = ("raw", "position")
    raw: str
    position: Position

    def __init__(self, raw: str, position: Position = START) -> None:
        self.__dict__.update(raw=raw, position=position)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot set {name!r}: a {type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete {name!r}: a {type(self).__name__} is immutable")

    def _fields(self) -> tuple[object, ...]:
        return tuple(self.__dict__[name] for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(self.FIELDS, self._fields(), strict=True)
        )
        return f"{type(self).__name__}({fields})"

    @once
    def text(self) -> str:
        """Display text: markup stripped, whitespace tidied."""
        return thai.clean_markup(self.raw)

    @once
    def written_key(self) -> str:
        """Normalised digits, spacing and Unicode damage; the words as they are spelt."""
        return thai.normalize(self.text)

    @once
    def key(self) -> str:
        """Text for comparison: `written_key` with known misspellings of key words read through
        (กรรร้องเรียน as การร้องเรียน)."""
        return read_through(self.written_key)

    @once
    def key_utf8(self) -> bytes:
        """`key` as the text that rule patterns search (ita_lint/patterns.py)."""
        return self.key.encode()

    @classmethod
    def _read_from(cls, cell: Cell, *values: Any) -> Self:
        """A cell of this kind holding `values` read from `cell`: its text and position, and the
        text and keys `cell` has worked out."""
        return passed_on(cell, cls(cell.raw, cell.position, *values), _KEYS)

    @property
    def is_blank(self) -> bool:
        """Nothing written: an empty cell, or a dash standing for nothing."""
        text = self.text
        if text[:1].isalnum():
            return False  # no need for the comparison key: a letter or digit is never normalised away
        return not self.key or _DASHES.fullmatch(self.key) is not None


_KEYS = ("text", "written_key", "key")


class PeriodCell(Cell):
    FIELDS = (*Cell.FIELDS, "value", "needs_year")
    value: Period | None
    # a period that only a fiscal year places (ตลอดปีงบประมาณ, ไตรมาส ๒, ม.ค. - มี.ค.) in a report
    # that states none: not unreadable, the missing year is the finding
    needs_year: bool

    def __init__(
        self, raw: str, position: Position = START, value: Period | None = None, needs_year: bool = False
    ) -> None:
        self.__dict__.update(raw=raw, position=position, value=value, needs_year=needs_year)

    @classmethod
    def read(cls, cell: Cell, year: int | None) -> PeriodCell:
        value = thai.parse_period(cell.text, year)
        needs_year = year is None and value is None and thai.is_relative_period(cell.text)
        return cls._read_from(cell, value, needs_year)


class BudgetCell(Cell):
    FIELDS = (*Cell.FIELDS, "value")
    value: Budget | None

    def __init__(self, raw: str, position: Position = START, value: Budget | None = None) -> None:
        self.__dict__.update(raw=raw, position=position, value=value)

    @classmethod
    def read(cls, cell: Cell, year: int | None) -> BudgetCell:
        value = thai.parse_budget(cell.text, cell.written_key)
        return cls._read_from(cell, value)

    @property
    def is_blank(self) -> bool:
        # a dash in a budget cell says that no budget was used
        return not self.text[:1].isalnum() and not self.key


class StatusCell(Cell):
    FIELDS = (*Cell.FIELDS, "value")
    value: Status | None

    def __init__(self, raw: str, position: Position = START, value: Status | None = None) -> None:
        self.__dict__.update(raw=raw, position=position, value=value)

    @classmethod
    def read(cls, cell: Cell, year: int | None) -> StatusCell:
        value = thai.parse_status(cell.text, cell.written_key)
        return cls._read_from(cell, value)


class ScoreCell(Cell):
    """An ITA score as written (๙๔.๗๐, 96): its value, and how many decimals were written, since
    96 and 96.03 agree at the precision of the first."""

    FIELDS = (*Cell.FIELDS, "value", "decimals")
    value: Decimal | None
    decimals: int

    def __init__(
        self, raw: str, position: Position = START, value: Decimal | None = None, decimals: int = 0
    ) -> None:
        self.__dict__.update(raw=raw, position=position, value=value, decimals=decimals)

    @classmethod
    def read(cls, cell: Cell) -> ScoreCell:
        found = _SCORE.fullmatch(thai.to_arabic_digits(cell.text.strip()))
        if found is None:
            return cls._read_from(cell)
        return cls._read_from(cell, Decimal(found[0]), len(found[1] or ""))


_SCORE = re.compile(r"\d{1,3}(?:\.(\d{1,2}))?")


class YearCell(Cell):
    FIELDS = (*Cell.FIELDS, "value")
    value: int | None

    def __init__(self, raw: str, position: Position = START, value: int | None = None) -> None:
        self.__dict__.update(raw=raw, position=position, value=value)

    @classmethod
    def read(cls, cell: Cell) -> YearCell:
        return cls._read_from(cell, thai.parse_year(cell.raw))


class Column(StrEnum):
    """The fields of a measure, which are also the columns a measures table may have."""

    AREA = "area"
    NAME = "name"
    STEPS = "steps"
    PERIOD = "period"
    RESPONSIBLE = "responsible"
    BUDGET = "budget"
    STATUS = "status"
    RESULT = "result"
    OUTCOME = "outcome"
    FOLLOW_UP = "follow_up"


# the columns whose text holds a value, and how it is read (as of the table's fiscal year)
_VALUE_CELLS = {
    Column.PERIOD: PeriodCell.read,
    Column.BUDGET: BudgetCell.read,
    Column.STATUS: StatusCell.read,
}


class Measure(NamedTuple):
    """One row of a measures table (continuation rows already joined)."""

    position: Position = START
    area: Cell | None = None
    name: Cell | None = None
    steps: Cell | None = None
    period: PeriodCell | None = None
    responsible: Cell | None = None
    budget: BudgetCell | None = None
    status: StatusCell | None = None
    result: Cell | None = None
    outcome: Cell | None = None
    follow_up: Cell | None = None
    # the cell of the table's number column (ลำดับ / ที่), where the table has one
    number: Cell | None = None
    # some cell of the measure contradicts its column (a name that says ไม่ใช้งบประมาณ): evidence
    # against how the document was read, so no rule reports on the measure (layout.readings)
    doubtful: bool = False

    def cell(self, column: Column | str) -> Cell | None:
        return getattr(self, str(column))  # type: ignore[no-any-return]

    def filled(self, column: Column | str) -> bool:
        cell = self.cell(column)
        return cell is not None and not cell.is_blank

    @property
    def label(self) -> str | None:
        """How findings name this measure."""
        name = self.name
        return name.text if name is not None and not name.is_blank else None


class TableKind(StrEnum):
    REPORT = "report"  # what was done: results, status or budget columns
    PLAN = "plan"  # what will be done
    SCORES = "scores"  # ITA scores per indicator
    OTHER = "other"


MEASURE_TABLES = (TableKind.REPORT, TableKind.PLAN)


class Score(NamedTuple):
    """One row of a score table (analysis memos): an indicator's score, under its instrument."""

    position: Position
    indicator: Cell
    score: ScoreCell
    instrument: str | None = None  # IIT, EIT or OIT, where the table says


class Table(NamedTuple):
    position: Position = START
    kind: TableKind = TableKind.REPORT
    title: str | None = None  # the heading above the table
    fiscal_year: int | None = None  # when it differs from the report's
    columns: tuple[Column, ...] = ()
    measures: tuple[Measure, ...] = ()
    scores: tuple[Score, ...] = ()  # score tables

    def has(self, column: Column | str) -> bool:
        return column in self.columns  # a column's name equals the column (a StrEnum)


class DocumentKind(StrEnum):
    PLAN = "plan"
    REPORT = "report"
    ANALYSIS = "analysis"
    OTHER = "other"  # a document with no measures table: an index page, a narrative, a memo


class Scan(NamedTuple):
    """How a document read from page images (scans, photos) was read by OCR."""

    pages: int
    confidence: float  # mean word confidence, 0-100
    unread: tuple[int, ...] = ()  # pages OCR could not read


class Report(NamedTuple):
    """One document: a measures report, a measures plan or an analysis memo."""

    path: str = ""
    position: Position = START
    kind: DocumentKind = DocumentKind.REPORT
    agency: Cell | None = None
    agency_type: Cell | None = None
    province: Cell | None = None
    fiscal_year: YearCell | None = None  # as the document states it
    tables: tuple[Table, ...] = ()
    # suppression comments of record files (documents without comments use a baseline)
    suppressions: tuple[Suppression, ...] = ()
    # what the title lines say the document is, whether or not its measures could be read
    title_kind: DocumentKind = DocumentKind.OTHER
    # the fiscal year configured for reports that state none (`fiscal-year` in the configuration)
    assumed_year: int | None = None
    # analysis memos: the overall score and level they state (97.86 คะแนน, AA)
    overall: ScoreCell | None = None
    level: Cell | None = None
    scan: Scan | None = None  # read from page images by OCR

    @property
    def year(self) -> int | None:
        stated = self.fiscal_year.value if self.fiscal_year is not None else None
        return stated or self.assumed_year

    def measure_tables(self) -> list[Table]:
        return [t for t in self.tables if t.kind in MEASURE_TABLES]

    def measures(self) -> list[tuple[Table, Measure]]:
        return [(t, m) for t in self.measure_tables() for m in t.measures]


# The fields of a report that are cells of text, as the record format names them.
REPORT_CELLS = ("agency", "agency_type", "province", "fiscal_year", "overall", "level")


class MeasureText(NamedTuple):
    """A measure as a reader found it: where it starts, its cells by column, and the cell of the
    table's number column (ลำดับ / ที่) where the table has one."""

    position: Position
    cells: Mapping[Column, Cell]
    number: Cell | None = None


class TableText(NamedTuple):
    """A table as a reader found it: each measure's cells as text with positions, nothing parsed."""

    measures: Sequence[MeasureText]
    kind: TableKind = TableKind.REPORT
    position: Position = START
    title: str | None = None
    fiscal_year: int | None = None
    columns: Sequence[Column] | None = None  # None: every column one of its measures fills in
    # score tables: (position, indicator, score, instrument) per row
    scores: Sequence[tuple[Position, Cell, Cell, str | None]] = ()


def build_report(
    tables: Iterable[TableText],
    cells: Mapping[str, Cell],
    kind: DocumentKind,
    title_kind: DocumentKind = DocumentKind.OTHER,
    assumed_year: int | None = None,
    suppressions: Iterable[Suppression] = (),
) -> Report:
    """The record of a document: its fiscal year settled, then every value parsed in that year.

    `cells` holds the report's own fields (REPORT_CELLS); `assumed_year` is the configured year
    for a document that states none.
    """
    tables = list(tables)
    _settle_keys(_cells_of(tables, cells))
    stated = cells.get("fiscal_year")
    fiscal_year = YearCell.read(stated) if stated is not None else None
    assumed = None if fiscal_year is not None and fiscal_year.value else assumed_year
    year = (fiscal_year.value if fiscal_year is not None else None) or assumed
    overall, level = cells.get("overall"), cells.get("level")
    return Report(
        overall=ScoreCell.read(overall) if overall is not None else None,
        level=level,
        kind=kind,
        agency=cells.get("agency"),
        agency_type=cells.get("agency_type"),
        province=cells.get("province"),
        fiscal_year=fiscal_year,
        tables=tuple(_table(table, table.fiscal_year or year) for table in tables),
        suppressions=tuple(suppressions),
        title_kind=title_kind,
        assumed_year=assumed,
    )


def _cells_of(tables: list[TableText], cells: Mapping[str, Cell]) -> list[Cell]:
    """Every cell a reader found in a document."""
    found = list(cells.values())
    for table in tables:
        found.extend(cell for measure in table.measures for cell in measure.cells.values())
        found.extend(measure.number for measure in table.measures if measure.number is not None)
        found.extend(cell for _, indicator, score, _ in table.scores for cell in (indicator, score))
    return found


def _settle_keys(cells: list[Cell]) -> None:
    """The comparison keys of every cell of a document, worked out together (`each_at_once`)
    before any value is read: rules ask for most of them, value parsers start from them, and one
    call per cell costs more than the work itself."""
    texts = thai.clean_markup_all([cell.raw for cell in cells])
    written = thai.each_at_once(thai.normalize, texts)
    keys = thai.each_at_once(read_through, written)
    for cell, text, written_key, key in zip(cells, texts, written, keys, strict=True):
        preset(cell, text=text, written_key=written_key, key=key)


def _table(table: TableText, year: int | None) -> Table:
    measures = tuple(_measure(measure, year) for measure in table.measures)
    columns = table.columns
    if columns is None:
        columns = [c for c in Column if any(m.cell(c) is not None for m in measures)]
    scores = tuple(
        Score(at, indicator, ScoreCell.read(score), tool) for at, indicator, score, tool in table.scores
    )
    return Table(table.position, table.kind, table.title, table.fiscal_year, tuple(columns), measures, scores)


def _measure(text: MeasureText, year: int | None) -> Measure:
    values: dict[str, Any] = {}
    for column, cell in text.cells.items():
        read = _VALUE_CELLS.get(column)
        values[str(column)] = cell if read is None else read(cell, year)
    return Measure(text.position, number=text.number, **values)
