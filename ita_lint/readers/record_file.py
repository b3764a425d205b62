"""The YAML/JSON record format: one report per file, cells as plain text (see `ita-lint schema`).

The format is described once, below, as data: the fields of a report, of a table and of a
measure, each with what it holds. The reader checks a file against that description, reporting
every invalid field where it is written, and `schema()` turns the same description into the JSON
Schema that editors use. (A schema library would cost more start-up time than a whole check of a
record file; the format has three levels of fixed keys.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ita_lint import suppressions, yaml_source
from ita_lint.errors import ReadError, did_you_mean
from ita_lint.layout import Reading
from ita_lint.limits import DEFAULT, Limits, limit_error
from ita_lint.readers.decoding import read_text
from ita_lint.records import (
    REPORT_CELLS,
    Cell,
    Column,
    DocumentKind,
    Position,
    Report,
    TableKind,
    TableText,
    build_report,
)
from ita_lint.thai.years import BE_YEARS

REPORT_FIELDS = {
    "kind": "plan, report, analysis or other",
    "agency": "Agency name (หน่วยงาน)",
    "agency_type": "e.g. อบจ., อบต., เทศบาล",
    "province": "Province (จังหวัด)",
    "fiscal_year": "Fiscal year in BE (ปีงบประมาณ พ.ศ.), e.g. 2568",
    "overall": "Analysis memos: the overall ITA score stated (คะแนนรวม), e.g. 97.86",
    "level": "Analysis memos: the level stated, e.g. AA or ผ่านดีเยี่ยม",
    "tables": "The measures tables, in document order",
}
TABLE_FIELDS = {
    "kind": "report (what was done), plan (what will be done), scores or other",
    "title": "Heading above the table, if any",
    "fiscal_year": "Fiscal year (BE) if it differs from the report's",
    "columns": "Columns the table has; by default, every field used by one of its measures",
    "measures": "One entry per row of the table",
    "scores": "Score tables: one entry per indicator",
}
SCORE_FIELDS = {
    "indicator": "Indicator (ตัวชี้วัด), e.g. ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
    "score": "Its score, e.g. 94.70",
    "instrument": "IIT, EIT or OIT, where the table says",
}
MEASURE_FIELDS: dict[str, str] = {
    Column.AREA: "Assessment area or ITA indicator (ประเด็น/ตัวชี้วัด)",
    Column.NAME: "Measure, project or activity (มาตรการ/โครงการ/กิจกรรม)",
    Column.STEPS: "Steps or method (ขั้นตอน/วิธีการดำเนินการ)",
    Column.PERIOD: "Period (ระยะเวลาดำเนินการ), e.g. ต.ค.๖๗ - ก.ย.๖๘",
    Column.RESPONSIBLE: "Responsible unit (ผู้รับผิดชอบ)",
    Column.BUDGET: "Budget actually used (งบประมาณที่ใช้จริง), baht",
    Column.STATUS: "Status: not_started, in_progress, done, or the Thai words",
    Column.RESULT: "Output, what was done (ผลการดำเนินการ)",
    Column.OUTCOME: "Outcome (ผลลัพธ์/ผลสัมฤทธิ์)",
    Column.FOLLOW_UP: "Follow-up (การติดตาม)",
}
_COLUMNS = {str(column): column for column in Column}
# an editor's pointer to `ita-lint schema`, not part of the record
SCHEMA_KEY = "$schema"

_Path = yaml_source.PathKey


@dataclass
class _Reader:
    """Checks plain data against the format and turns it into cells; collects every problem."""

    located: yaml_source.Located
    problems: list[tuple[str, Position]]

    def fail(self, at: _Path, message: str, at_key: bool = False) -> None:
        """A problem with the value at `at` (or, `at_key`, with its key), where it is written."""
        where = ".".join(str(part) for part in at) or "file"
        position = self.located.key_position(at) if at_key else self.located.position(at)
        self.problems.append((f"invalid record at {where}: {message}", position))

    def mapping(self, value: Any, at: _Path, fields: Mapping[str, str], what: str) -> dict[str, Any]:
        """The known fields of a mapping; unknown ones are problems."""
        if not isinstance(value, dict):
            self.fail(at, f"{what} must be a mapping of fields, not {_kind_of(value)}")
            return {}
        known = {}
        for key, item in value.items():
            if key in fields:
                known[key] = item
            elif not (at == () and key == SCHEMA_KEY):
                self.fail((*at, key), f"unknown field {key!r}{did_you_mean(str(key), fields)}", at_key=True)
        return known

    def items(self, value: Any, at: _Path, what: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(at, f"{what} must be a list, not {_kind_of(value)}")
            return []
        return value

    def cell(self, value: Any, at: _Path) -> Cell | None:
        if isinstance(value, dict | list):
            self.fail(at, f"a cell holds text or a number, not {_kind_of(value)}")
            return None
        return Cell("" if value is None else str(value), self.located.position(at))

    def choice(self, value: Any, at: _Path, kind: type[Any], default: Any) -> Any:
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(member) for member in kind)
            self.fail(at, f"must be one of {allowed}, not {value!r}")
            return default

    def year(self, value: Any, at: _Path) -> int | None:
        if value is None:
            return None
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and value in BE_YEARS:
            return value
        first, last = BE_YEARS[0], BE_YEARS[-1]
        self.fail(at, f"must be a Buddhist-era year such as 2568 ({first}-{last}), not {value!r}")
        return None

    def table(self, value: Any, at: _Path) -> TableText | None:
        fields = self.mapping(value, at, TABLE_FIELDS, "a table")
        columns = fields.get("columns")
        if columns is not None:
            listed = self.items(columns, (*at, "columns"), "columns")
            columns = [self.choice(c, (*at, "columns", i), Column, None) for i, c in enumerate(listed)]
        title = fields.get("title")
        if isinstance(title, dict | list):
            self.fail((*at, "title"), f"a title is text, not {_kind_of(title)}")
            title = None
        measures = [
            self.measure(measure, (*at, "measures", index))
            for index, measure in enumerate(
                self.items(fields.get("measures", []), (*at, "measures"), "measures")
            )
        ]
        scores = [
            score
            for index, item in enumerate(self.items(fields.get("scores", []), (*at, "scores"), "scores"))
            if (score := self.score(item, (*at, "scores", index))) is not None
        ]
        if not isinstance(value, dict):
            return None
        return TableText(
            measures,
            kind=self.choice(fields.get("kind"), (*at, "kind"), TableKind, TableKind.REPORT),
            position=self.located.position(at),
            title=None if title is None else str(title),
            fiscal_year=self.year(fields.get("fiscal_year"), (*at, "fiscal_year")),
            columns=None if columns is None else [c for c in columns if c is not None],
            scores=scores,
        )

    def score(self, value: Any, at: _Path) -> tuple[Position, Cell, Cell, str | None] | None:
        fields = self.mapping(value, at, SCORE_FIELDS, "a score")
        if isinstance(value, dict) and not {"indicator", "score"} <= set(fields):
            self.fail(at, "a score has an indicator and a score")
            return None
        indicator = self.cell(fields.get("indicator"), (*at, "indicator"))
        score = self.cell(fields.get("score"), (*at, "score"))
        instrument = self.cell(fields.get("instrument"), (*at, "instrument"))
        if indicator is None or score is None:
            return None
        return (
            self.located.position(at),
            indicator,
            score,
            (instrument.text.strip().upper() or None) if instrument else None,
        )

    def measure(self, value: Any, at: _Path) -> tuple[Position, dict[Column, Cell]]:
        cells = {}
        for key, item in self.mapping(value, at, MEASURE_FIELDS, "a measure").items():
            cell = self.cell(item, (*at, key))
            if cell is not None:
                cells[_COLUMNS[key]] = cell
        return self.located.position(at), cells


def _kind_of(value: Any) -> str:
    names: dict[type, str] = {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else type(value).__name__)


def parse(text: str, assumed_year: int | None = None, limits: Limits = DEFAULT) -> Report:
    try:
        located = yaml_source.load(text, limits.yaml_depth, limits.yaml_nodes)
    except yaml_source.YamlSourceError as error:
        if error.limit:
            raise limit_error(str(error), error.position) from error
        raise ReadError(f"invalid YAML: {error}", error.position) from error
    data = located.data
    if not isinstance(data, dict):
        raise ReadError("a record file must hold one mapping (agency, fiscal_year, tables, ...)")
    if not set(data) & set(REPORT_FIELDS):
        # Some other YAML or JSON file (CI settings, a pre-commit configuration): not a report.
        return build_report((), {}, DocumentKind.OTHER)
    reader = _Reader(located, [])
    fields = reader.mapping(data, (), REPORT_FIELDS, "a record")
    cells = {key: reader.cell(fields[key], (key,)) for key in REPORT_CELLS if key in fields}
    kind = reader.choice(fields.get("kind"), ("kind",), DocumentKind, DocumentKind.REPORT)
    tables = [
        reader.table(table, ("tables", index))
        for index, table in enumerate(reader.items(fields.get("tables", []), ("tables",), "tables"))
    ]
    if reader.problems:
        (message, position), *more = sorted(reader.problems, key=lambda p: p[1].sort_key)
        raise ReadError(message, position, more=more)
    return build_report(
        [t for t in tables if t is not None],
        {key: cell for key, cell in cells.items() if cell is not None},
        kind,
        assumed_year=assumed_year,
        suppressions=suppressions.scan(text),
    )


def read(path: Path, reading: Reading | None = None) -> Report:
    reading = reading or Reading()
    return parse(read_text(path), reading.fiscal_year, reading.limits)


# --- the same description as a JSON Schema -------------------------------------------------------

_CELL = {"type": ["string", "number", "null"]}


def _object(title: str, fields: Mapping[str, str], value: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "additionalProperties": False,
        "properties": {key: {"description": text, **value(key)} for key, text in fields.items()},
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of the record format, for `ita-lint schema` and editors."""
    enum = {"type": "string"}

    def report_field(key: str) -> dict[str, Any]:
        if key == "kind":
            return {**enum, "enum": [str(k) for k in DocumentKind]}
        if key == "tables":
            return {"type": "array", "items": {"$ref": "#/$defs/Table"}}
        return _CELL

    def table_field(key: str) -> dict[str, Any]:
        fields: dict[str, dict[str, Any]] = {
            "kind": {**enum, "enum": [str(k) for k in TableKind]},
            "title": {"type": ["string", "null"]},
            "fiscal_year": {"type": ["integer", "null"], "minimum": BE_YEARS[0], "maximum": BE_YEARS[-1]},
            "columns": {"type": ["array", "null"], "items": {"$ref": "#/$defs/Column"}},
            "measures": {"type": "array", "items": {"$ref": "#/$defs/Measure"}},
            "scores": {"type": "array", "items": {"$ref": "#/$defs/Score"}},
        }
        return fields[key]

    document = _object("ITA report record", REPORT_FIELDS, report_field)
    document["properties"] = {SCHEMA_KEY: {"type": "string"}, **document["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **document,
        "$defs": {
            "Table": _object("Table", TABLE_FIELDS, table_field),
            "Measure": _object(
                "Measure", {str(c): text for c, text in MEASURE_FIELDS.items()}, lambda _: _CELL
            ),
            "Score": _object("Score", SCORE_FIELDS, lambda _: _CELL),
            "Column": {**enum, "enum": [str(c) for c in Column]},
        },
    }
