"""The YAML/JSON record format: one report per file, cells as plain strings (see `ita-lint schema`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ita_lint import suppressions, yaml_source
from ita_lint.readers import ReadError
from ita_lint.readers.decoding import read_text
from ita_lint.records import Column, DocumentKind, Report

REPORT_CELLS = ("agency", "agency_type", "province", "fiscal_year")
MEASURE_CELLS = tuple(str(c) for c in Column)
RECORD_KEYS = frozenset(Report.model_fields) - {"path", "position", "suppressions", "assumed_year"}


def _cell(value: Any, at: yaml_source.PathKey, located: yaml_source.Located) -> Any:
    if isinstance(value, dict | list):
        return value  # left for validation to reject, with its position
    raw = "" if value is None else str(value)
    return {"raw": raw, "position": located.position(at)}


def _with_positions(located: yaml_source.Located) -> dict[str, Any]:
    """Turn plain values into cells that know where they start."""
    data = dict(located.data)
    for key in REPORT_CELLS:
        if key in data:
            data[key] = _cell(data[key], (key,), located)
    tables = data.get("tables")
    if not isinstance(tables, list):
        return data
    data["tables"] = []
    for t, table in enumerate(tables):
        if isinstance(table, dict):
            table = {**table, "position": located.position(("tables", t))}
            measures = table.get("measures")
            if isinstance(measures, list):
                table["measures"] = [
                    {
                        **{
                            k: _cell(v, ("tables", t, "measures", m, k), located) if k in MEASURE_CELLS else v
                            for k, v in measure.items()
                        },
                        "position": located.position(("tables", t, "measures", m)),
                    }
                    if isinstance(measure, dict)
                    else measure
                    for m, measure in enumerate(measures)
                ]
        data["tables"].append(table)
    return data


def parse(text: str) -> Report:
    try:
        located = yaml_source.load(text)
    except yaml_source.YamlSourceError as error:
        raise ReadError(f"invalid YAML: {error}", error.position) from error
    if not isinstance(located.data, dict):
        raise ReadError("a record file must hold one mapping (agency, fiscal_year, tables, ...)")
    if not set(located.data) & RECORD_KEYS:
        # Some other YAML or JSON file (CI settings, a pre-commit configuration): not a report.
        return Report.model_validate({"kind": DocumentKind.OTHER})
    data = _with_positions(located)
    data.pop("$schema", None)  # an editor's pointer to `ita-lint schema`, not part of the record
    try:
        report = Report.model_validate(data)
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            at = tuple(detail["loc"])
            where = ".".join(str(part) for part in at) or "file"
            problems.append((f"invalid record at {where}: {detail['msg']}", located.key_position(at)))
        (message, position), *more = sorted(problems, key=lambda p: p[1].sort_key)
        raise ReadError(message, position, more=more) from error
    report.suppressions = suppressions.scan(text)
    return report


def read(path: Path) -> Report:
    return parse(read_text(path))
