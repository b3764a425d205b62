"""The YAML/JSON record format: one report per file, cells as plain text (see `ita-lint schema`).

The format is described once, below, as data: the fields of a report, of a table and of a
measure, each with what it holds. The reader checks a file against that description, reporting
every invalid field where it is written, and `schema()` turns the same description into the JSON
Schema that editors use. (A schema library would cost more start-up time than a whole check of a
record file; the format has three levels of fixed keys.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from ita_lint import suppressions, yaml_source
from ita_lint.errors import ReadError, did_you_mean
from ita_lint.layout import ReadOptions
from ita_lint.limits import DEFAULT, Limits, limit_error
from ita_lint.readers.decoding import read_text
from ita_lint.records import (
    REPORT_CELLS,
    Cell,
    Column,
    DocumentKind,
    MeasureText,
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
    "number": "Its number, where the table numbers measures in a column of their own (ลำดับ/ที่), e.g. ๓",
}
_COLUMNS = {str(column): column for column in Column}
# an editor's pointer to `ita-lint schema`, not part of the record
SCHEMA_KEY = "$schema"

_Path = yaml_source.PathKey


class _Reader:
    """Checks the composed document against the format and turns it into cells, node by node
    (no plain data in between); collects every problem, where it is written."""

    def __init__(self, nodes: yaml_source.Walker, problems: list[tuple[str, Position]]) -> None:
        self.nodes = nodes
        self.problems = problems

    def at(self, node: yaml.Node) -> Position:
        return self.nodes.source.position(node)

    def fail(self, node: yaml.Node, at: _Path, message: str) -> None:
        """A problem with what `node` (a value, or a key) writes at `at`."""
        where = ".".join(str(part) for part in at) or "file"
        self.problems.append((f"invalid record at {where}: {message}", self.at(node)))

    def mapping(
        self, node: yaml.Node, at: _Path, fields: Mapping[str, str], what: str
    ) -> dict[str, yaml.Node]:
        """The value nodes of the known fields of a mapping; unknown fields are problems."""
        if not (self.nodes.is_collection(node) and isinstance(node, yaml.MappingNode)):
            self.fail(node, at, f"{what} must be a mapping of fields, not {self.kind_of(node)}")
            return {}
        self.nodes.visit(node, 1 + len(node.value))  # itself and its values
        known = {}
        for key_node, value_node in node.value:
            key = str(self.nodes.scalar(key_node))
            if key in fields:
                known[key] = value_node
            elif not (at == () and key == SCHEMA_KEY):
                self.fail(key_node, (*at, key), f"unknown field {key!r}{did_you_mean(key, fields)}")
        return known

    def items(self, node: yaml.Node | None, at: _Path, what: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not (self.nodes.is_collection(node) and isinstance(node, yaml.SequenceNode)):
            self.fail(node, at, f"{what} must be a list, not {self.kind_of(node)}")
            return []
        self.nodes.visit(node, 1 + len(node.value))  # itself and its items
        return node.value  # type: ignore[no-any-return]

    def value(self, node: yaml.Node | None, at: _Path, what: str) -> Any:
        """A scalar's value, None for none; a mapping or a list is a problem (`what` it must be).
        (Values are counted against the budget by the collection that holds them.)"""
        if node is None:
            return None
        if self.nodes.is_collection(node):
            self.fail(node, at, f"{what}, not {self.kind_of(node)}")
            return None
        return self.nodes.scalar(node)

    def cell(self, node: yaml.Node | None, at: _Path, field: str) -> Cell | None:
        """The cell of `field` (at `at`); its path is only put together for a problem."""
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.value(node, (*at, field), "a cell holds text or a number")  # a mapping or a list
            return None
        value = self.nodes.scalar(node)
        return Cell("" if value is None else str(value), self.nodes.source.position(node))

    def choice(self, node: yaml.Node | None, at: _Path, kind: type[Any], default: Any) -> Any:
        allowed = f"must be one of {', '.join(str(member) for member in kind)}"
        value = self.value(node, at, allowed)
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            self.fail(node, at, f"{allowed}, not {value!r}")
            return default

    def year(self, node: yaml.Node | None, at: _Path) -> int | None:
        expected = f"must be a Buddhist-era year such as 2568 ({BE_YEARS[0]}-{BE_YEARS[-1]})"
        value = self.value(node, at, expected)
        if value is None:
            return None
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and value in BE_YEARS:
            return value
        self.fail(node, at, f"{expected}, not {value!r}")
        return None

    def table(self, node: yaml.Node, at: _Path) -> TableText | None:
        fields = self.mapping(node, at, TABLE_FIELDS, "a table")
        columns = None
        if (listed := fields.get("columns")) is not None and not self.is_null(listed):
            chosen = [
                self.choice(column, (*at, "columns", index), Column, None)
                for index, column in enumerate(self.items(listed, (*at, "columns"), "columns"))
            ]
            columns = [column for column in chosen if column is not None]
        title = self.value(fields.get("title"), (*at, "title"), "a title is text")
        measures = [
            self.measure(measure, (*at, "measures", index))
            for index, measure in enumerate(self.items(fields.get("measures"), (*at, "measures"), "measures"))
        ]
        scores = [
            score
            for index, item in enumerate(self.items(fields.get("scores"), (*at, "scores"), "scores"))
            if (score := self.score(item, (*at, "scores", index))) is not None
        ]
        if not isinstance(node, yaml.MappingNode):
            return None
        return TableText(
            measures,
            kind=self.choice(fields.get("kind"), (*at, "kind"), TableKind, TableKind.REPORT),
            position=self.at(node),
            title=None if title is None else str(title),
            fiscal_year=self.year(fields.get("fiscal_year"), (*at, "fiscal_year")),
            columns=columns,
            scores=scores,
        )

    def score(self, node: yaml.Node, at: _Path) -> tuple[Position, Cell, Cell, str | None] | None:
        fields = self.mapping(node, at, SCORE_FIELDS, "a score")
        if isinstance(node, yaml.MappingNode) and not {"indicator", "score"} <= set(fields):
            self.fail(node, at, "a score has an indicator and a score")
            return None
        indicator = self.cell(fields.get("indicator"), at, "indicator")
        score = self.cell(fields.get("score"), at, "score")
        instrument = self.cell(fields.get("instrument"), at, "instrument")
        if indicator is None or score is None:
            return None
        tool = (instrument.text.strip().upper() or None) if instrument else None
        return self.at(node), indicator, score, tool

    def measure(self, node: yaml.Node, at: _Path) -> MeasureText:
        cells = {}
        number = None
        for key, value_node in self.mapping(node, at, MEASURE_FIELDS, "a measure").items():
            cell = self.cell(value_node, at, key)
            if cell is not None and key in _COLUMNS:
                cells[_COLUMNS[key]] = cell
            elif cell is not None:
                number = cell
        return MeasureText(self.at(node), cells, number)

    def is_null(self, node: yaml.Node) -> bool:
        """`columns:` with nothing after it: as if the field were not there."""
        return isinstance(node, yaml.ScalarNode) and self.nodes.scalar(node) is None

    def kind_of(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        return _kind_of(self.nodes.scalar(node))


def _kind_of(value: Any) -> str:
    names: dict[type, str] = {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else type(value).__name__)


def parse(text: str, assumed_year: int | None = None, limits: Limits = DEFAULT) -> Report:
    try:
        root = yaml_source.compose(text, limits.yaml_depth)
        reader = _Reader(yaml_source.Walker(yaml_source.Source(text), limits.yaml_nodes), [])
        fields = _report_fields(reader, root)
        if fields is None:
            # Some other YAML or JSON file (CI settings, a pre-commit configuration): not a report.
            return build_report((), {}, DocumentKind.OTHER)
        cells = {key: reader.cell(fields.get(key), (), key) for key in REPORT_CELLS}
        kind = reader.choice(fields.get("kind"), ("kind",), DocumentKind, DocumentKind.REPORT)
        tables = [
            reader.table(table, ("tables", index))
            for index, table in enumerate(reader.items(fields.get("tables"), ("tables",), "tables"))
        ]
    except yaml_source.YamlSourceError as error:
        if error.limit:
            raise limit_error(str(error), error.position) from error
        raise ReadError(f"invalid YAML: {error}", error.position) from error
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


def _report_fields(reader: _Reader, root: yaml.Node | None) -> dict[str, yaml.Node] | None:
    """The fields of a record, None for a file that is no record; a file that holds no mapping
    cannot be read."""
    if not isinstance(root, yaml.MappingNode):
        raise ReadError("a record file must hold one mapping (agency, fiscal_year, tables, ...)")
    keys = {str(reader.nodes.scalar(key)) for key, _ in root.value}
    if not keys & set(REPORT_FIELDS):
        return None
    return reader.mapping(root, (), REPORT_FIELDS, "a record")


def read(path: Path, options: ReadOptions | None = None) -> Report:
    options = options or ReadOptions()
    return parse(read_text(path), options.fiscal_year, options.limits)


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
