"""The loop every table detector shares: walk a run, and where a table starts, put its rows in
place of the lines it was read from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ita_lint.layout.model import Item

T = TypeVar("T", bound=Item)

# Given where to look, the table that starts there (its items, and where reading goes on), or None.
TableAt = Callable[[int], tuple[list[Item], int] | None]


def scan(items: Sequence[T], table_at: TableAt) -> list[Item] | None:
    """`items` with each table found in place of its lines; None when there is no table at all."""
    out: list[Item] = []
    index, found = 0, False
    while index < len(items):
        table = table_at(index)
        if table is None:
            out.append(items[index])
            index += 1
            continue
        rows, index = table
        out += rows
        found = True
    return out if found else None
