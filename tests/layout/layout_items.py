"""Helpers to build layout items by hand: rows of cells and lines, at made-up positions."""

from __future__ import annotations

from collections.abc import Sequence

from ita_lint.layout.model import Break, Line, Row, SourceCell
from ita_lint.records import Position


def row(line: int, *texts: str) -> Row:
    return Row(tuple(SourceCell(t, Position(line=line, column=i + 1)) for i, t in enumerate(texts)))


def line(number: int, text: str, paragraph: bool = True) -> Line:
    return Line(SourceCell(text, Position(line=number)), paragraph=paragraph)


def cells(*texts: str) -> Sequence[SourceCell]:
    return row(1, *texts).cells


__all__ = ["Break", "cells", "line", "row"]
