"""The stream a reader produces: lines, table rows and breaks, each piece of text with its position."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_lint import thai
from ita_lint.memo import once
from ita_lint.records import Position


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


@dataclass(frozen=True)
class Break:
    """A blank line, a page break or the end of a table: rows after it start a new block."""

    page: bool = False


Item = Line | Row | Break
