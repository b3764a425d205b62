"""Records to YAML: the documented record format, written from any report a reader can read."""

from __future__ import annotations

import textwrap
from typing import Any

import yaml

from ita_lint import __version__
from ita_lint.records import Cell, Column, Report, Table


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(data: Any, flow: bool | None = False) -> str:
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=flow
    )


def _value(cell: Cell | None) -> str | None:
    return None if cell is None or cell.is_blank else cell.text


def _table_yaml(table: Table, report_year: int | None) -> str:
    head: dict[str, Any] = {"kind": str(table.kind)}
    if table.title:
        head["title"] = table.title
    if table.fiscal_year and table.fiscal_year != report_year:
        head["fiscal_year"] = table.fiscal_year
    head["columns"] = [str(c) for c in table.columns or []]
    first, *rest = _dump(head, flow=None).splitlines()
    parts = [f"  - {first}\n", *(f"    {line}\n" for line in rest)]
    if table.scores:
        parts.append("    scores:\n")
        for score in table.scores:
            row = {"indicator": score.indicator.text, "score": score.score.text.strip()}
            if score.instrument:
                row["instrument"] = score.instrument
            parts.append(textwrap.indent(_dump([row], flow=None), "      "))
    if not table.measures:
        parts.append("    measures: []\n")
        return "".join(parts)
    parts.append("    measures:\n")
    for measure in table.measures:
        fields = {str(c): _value(measure.cell(c)) for c in Column}
        row = {k: v for k, v in fields.items() if v is not None}
        where = measure.position.location or f"line {measure.position.line}"
        parts.append(f"      # {where}\n")
        parts.append(textwrap.indent(_dump([row or {"name": ""}]), "      "))
    return "".join(parts)


def to_yaml(report: Report, source: str) -> str:
    """One record file for one report, each measure preceded by where it came from."""
    head: dict[str, Any] = {"kind": str(report.kind)}
    for key in ("agency", "agency_type", "province"):
        value = _value(getattr(report, key))
        if value is not None:
            head[key] = value
    if report.year is not None:
        head["fiscal_year"] = report.year
    for key in ("overall", "level"):
        value = _value(getattr(report, key))
        if value is not None:
            head[key] = value
    out = [f"# ita-lint record of {source} (converted by ita-lint {__version__})\n", _dump(head)]
    out.append("tables:\n" if report.tables else "tables: []\n")
    out.extend(_table_yaml(table, report.year) for table in report.tables)
    return "".join(out)
