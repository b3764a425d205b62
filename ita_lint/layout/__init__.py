"""The layout model every reader feeds, and the stages that turn it into a `Report`.

A reader only says what a document holds, in reading order: lines of text (with the gaps that
separate aligned columns), table rows (cells with their positions) and breaks. The stages then
read it as a reviewer reads a page:

1. `detect`: runs of plain lines that are tables in disguise become rows: columns aligned by
   spaces (`aligned`), one cell per line (`cell_lines`), numbered paragraphs with labelled fields
   (`labelled`);
2. `headers`: header rows are recognised by their wording (`vocabulary`, kept as data);
3. `assemble`: rows become measures (continuations joined, areas carried down, totals dropped),
   headings name areas, and the title lines give the agency and fiscal year.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ita_lint.layout.model import Break, Fragment, Item, Line, Row, SourceCell

if TYPE_CHECKING:
    from ita_lint.layout.vocabulary import Vocabulary
    from ita_lint.records import Report

__all__ = ["Break", "Fragment", "Item", "Line", "Row", "SourceCell", "build"]


def build(items: Iterable[Item], vocabulary: Vocabulary | None = None) -> Report:
    """The report a reader's items describe: tables detected, then rows assembled."""
    from ita_lint.layout import assemble, detect
    from ita_lint.layout import vocabulary as vocabularies

    words = vocabulary or vocabularies.default()
    return assemble.assemble(detect.detect(items, words), words)
