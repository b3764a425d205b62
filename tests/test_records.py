"""Records: cells are values (equal, hashable, immutable), built with their keys settled."""

from __future__ import annotations

import pytest

from ita_lint.records import (
    BudgetCell,
    Cell,
    Column,
    DocumentKind,
    MeasureText,
    PeriodCell,
    Position,
    TableText,
    build_report,
)

AT = Position(3, 5)


def test_cells_are_equal_by_their_fields_and_kind():
    assert Cell("ก", AT) == Cell("ก", AT)
    assert hash(Cell("ก", AT)) == hash(Cell("ก", AT))
    assert Cell("ก", AT) != Cell("ข", AT)
    assert Cell("ก", AT) != Cell("ก", Position(4, 5))
    assert Cell("ก", AT) != PeriodCell("ก", AT)  # a value cell is not the text cell it came from
    assert PeriodCell("ก", AT, needs_year=True) != PeriodCell("ก", AT)
    cell = Cell("ก", AT)
    cell.key  # noqa: B018 - worked-out keys are no part of a cell's identity
    assert cell == Cell("ก", AT)
    assert repr(BudgetCell("-", AT)) == f"BudgetCell(raw='-', position={AT!r}, value=None)"


def test_cells_cannot_be_changed():
    cell = BudgetCell("๑,๐๐๐ บาท", AT)
    with pytest.raises(AttributeError, match="immutable"):
        cell.raw = "2,000"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        cell.text = "2,000"  # type: ignore[misc]


def test_a_report_is_built_with_every_key_settled_and_values_read_from_them():
    cells = {Column.NAME: Cell("ช่องทาง ร้องเรียน", AT), Column.BUDGET: Cell("๑๒,๕๐๐ บาท", AT)}
    table = TableText([MeasureText(AT, cells, Cell("๓.", AT))])
    report = build_report([table], {"agency": Cell("อบต.ก", AT)}, DocumentKind.REPORT)
    measure = report.tables[0].measures[0]
    # settled before any rule asks: already in the instance, not worked out on first use
    assert vars(measure.name)["key"] == "ช่องทางร้องเรียน"
    assert vars(measure.budget)["written_key"] == "12,500 บาท"
    assert vars(report.agency)["key"] == "อบต.ก"
    assert measure.budget.value.amount == 12500
    assert vars(measure.number)["key"] == "3."  # the number column's cell, settled too
