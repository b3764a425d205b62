"""Report records: what every reader produces and every rule reads.

Each field keeps its raw text, its parsed value where one exists, and where its text starts in
the original document. The same models describe the YAML/JSON record format: `ita-lint schema`
prints their JSON Schema, in which every cell is a plain string.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue, SkipJsonSchema
from pydantic_core import CoreSchema

from ita_lint import thai
from ita_lint.suppressions import Suppression
from ita_lint.values import Budget, Period, Status

_DASHES = re.compile(r"[-–—]+")


class Position(BaseModel):
    """Where a piece of text starts in the original document (1-based)."""

    model_config = ConfigDict(frozen=True)

    line: int = 1
    column: int = 1
    # Documents without lines (docx, xlsx) say where in words: "table 3 row 5 cell 2".
    location: str | None = None
    # Reading order where line numbers restart (each Word table, each sheet); None: the line is.
    order: int | None = None
    # PDF pages: line numbers count from the top of this page.
    page: int | None = None

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.line if self.order is None else self.order, self.line, self.column)

    def shifted(self, offset: int) -> Position:
        """The position `offset` characters further along the same line."""
        return self.model_copy(update={"column": self.column + offset})


START = Position()


class Cell(BaseModel):
    """A piece of source text with its position."""

    raw: str
    position: Position = START

    @model_validator(mode="before")
    @classmethod
    def _from_plain_text(cls, data: Any) -> Any:
        # Record files write cells as plain strings (or numbers, for budgets and years).
        if isinstance(data, str | int | float | Decimal):
            return {"raw": str(data)}
        return data

    @classmethod
    def __get_pydantic_json_schema__(cls, core: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"type": ["string", "number"]}

    @cached_property
    def text(self) -> str:
        """Display text: markup stripped, whitespace tidied."""
        return thai.clean_markup(self.raw)

    @cached_property
    def key(self) -> str:
        """Text for comparison: normalised digits, spacing and Unicode damage."""
        return thai.normalize(self.text)

    @property
    def is_blank(self) -> bool:
        """Nothing written: an empty cell, or a dash standing for nothing."""
        return not self.key or _DASHES.fullmatch(self.key) is not None


class PeriodCell(Cell):
    value: SkipJsonSchema[Period | None] = None
    # a period that only a fiscal year places (ตลอดปีงบประมาณ, ไตรมาส ๒, ม.ค. - มี.ค.) in a report
    # that states none: not unreadable, the missing year is the finding
    needs_year: SkipJsonSchema[bool] = False


class BudgetCell(Cell):
    value: SkipJsonSchema[Budget | None] = None

    @property
    def is_blank(self) -> bool:
        # a dash in a budget cell says that no budget was used
        return not self.key


class StatusCell(Cell):
    value: SkipJsonSchema[Status | None] = None


class YearCell(Cell):
    value: SkipJsonSchema[int | None] = None


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


class Measure(BaseModel):
    """One row of a measures table (continuation rows already joined)."""

    model_config = ConfigDict(extra="forbid")

    position: SkipJsonSchema[Position] = START
    area: Cell | None = Field(None, description="Assessment area or ITA indicator (ประเด็น/ตัวชี้วัด)")
    name: Cell | None = Field(None, description="Measure, project or activity (มาตรการ/โครงการ/กิจกรรม)")
    steps: Cell | None = Field(None, description="Steps or method (ขั้นตอน/วิธีการดำเนินการ)")
    period: PeriodCell | None = Field(None, description="Period (ระยะเวลาดำเนินการ), e.g. ต.ค.๖๗ - ก.ย.๖๘")
    responsible: Cell | None = Field(None, description="Responsible unit (ผู้รับผิดชอบ)")
    budget: BudgetCell | None = Field(None, description="Budget actually used (งบประมาณที่ใช้จริง), baht")
    status: StatusCell | None = Field(
        None, description="Status: not_started, in_progress, done, or the Thai words"
    )
    result: Cell | None = Field(None, description="Output, what was done (ผลการดำเนินการ)")
    outcome: Cell | None = Field(None, description="Outcome (ผลลัพธ์/ผลสัมฤทธิ์)")
    follow_up: Cell | None = Field(None, description="Follow-up (การติดตาม)")

    def cell(self, column: Column | str) -> Cell | None:
        return getattr(self, str(column))

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


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid")

    position: SkipJsonSchema[Position] = START
    kind: TableKind = TableKind.REPORT
    title: str | None = Field(None, description="Heading above the table, if any")
    fiscal_year: int | None = Field(None, description="Fiscal year (BE) if it differs from the report's")
    columns: list[Column] | None = Field(
        None, description="Columns the table has; by default, every field used by one of its measures"
    )
    measures: list[Measure] = []

    @model_validator(mode="after")
    def _infer_columns(self) -> Table:
        if self.columns is None:
            self.columns = [c for c in Column if any(m.cell(c) is not None for m in self.measures)]
        return self

    def has(self, column: Column | str) -> bool:
        return Column(column) in (self.columns or [])


class DocumentKind(StrEnum):
    PLAN = "plan"
    REPORT = "report"
    ANALYSIS = "analysis"
    OTHER = "other"  # a document with no measures table: an index page, a narrative, a memo


class Report(BaseModel):
    """One document: a measures report, a measures plan or an analysis memo."""

    model_config = ConfigDict(extra="forbid", title="ITA report record")

    path: SkipJsonSchema[str] = ""
    position: SkipJsonSchema[Position] = START
    kind: DocumentKind = Field(DocumentKind.REPORT, description="plan, report, analysis or other")
    agency: Cell | None = Field(None, description="Agency name (หน่วยงาน)")
    agency_type: Cell | None = Field(None, description="e.g. อบจ., อบต., เทศบาล")
    province: Cell | None = Field(None, description="Province (จังหวัด)")
    fiscal_year: YearCell | None = Field(None, description="Fiscal year in BE (ปีงบประมาณ พ.ศ.), e.g. 2568")
    tables: list[Table] = []
    # suppression comments of record files (documents without comments use a baseline)
    suppressions: SkipJsonSchema[list[Suppression]] = []

    # what the title lines say the document is, whether or not its measures could be read
    title_kind: SkipJsonSchema[DocumentKind] = DocumentKind.OTHER
    # the fiscal year configured for reports that state none (`fiscal-year` in the configuration)
    assumed_year: SkipJsonSchema[int | None] = None

    @model_validator(mode="after")
    def _parse_values(self) -> Report:
        """Parse every cell that has a value once, in the context of its fiscal year."""
        if self.fiscal_year is not None:
            self.fiscal_year.value = thai.parse_year(self.fiscal_year.raw)
        self._parse_measures()
        return self

    def assume_fiscal_year(self, year: int) -> None:
        """Read periods as of `year` when the report states no fiscal year of its own."""
        if self.year is None:
            self.assumed_year = year
            self._parse_measures()

    def _parse_measures(self) -> None:
        for table in self.tables:
            year = table.fiscal_year or self.year
            for measure in table.measures:
                if measure.period is not None:
                    measure.period.value = thai.parse_period(measure.period.text, year)
                    measure.period.needs_year = (
                        year is None
                        and measure.period.value is None
                        and thai.is_relative_period(measure.period.text)
                    )
                if measure.budget is not None:
                    measure.budget.value = thai.parse_budget(measure.budget.text)
                if measure.status is not None:
                    measure.status.value = thai.parse_status(measure.status.text)

    @property
    def year(self) -> int | None:
        stated = self.fiscal_year.value if self.fiscal_year is not None else None
        return stated or self.assumed_year

    def measure_tables(self) -> list[Table]:
        return [t for t in self.tables if t.kind in MEASURE_TABLES]

    def measures(self) -> list[tuple[Table, Measure]]:
        return [(t, m) for t in self.measure_tables() for m in t.measures]
