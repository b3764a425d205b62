"""The layout model every reader feeds, and the stages that turn it into a `Report`.

A reader only says what a document holds, in reading order: lines of text (with the gaps that
separate aligned columns), table rows (cells with their positions) and breaks. The stages then
read it as a reviewer reads a page:

1. `detect`: runs of plain lines that are tables in disguise become rows: columns aligned by
   spaces (`aligned`), one cell per line (`cell_lines`), numbered paragraphs with labelled fields
   (`labelled`); `readings` proposes each way of detecting them and keeps the reading whose
   cells make sense as what their columns say (`evidence`), or refuses the document;
2. `headers`: header rows are recognised by their wording (`vocabulary`, kept as data) and
   handed on as `HeaderRow`s that say what each column holds (detectors hand on the headers
   they found already);
3. `assemble`: rows become measures (continuations joined, areas carried down, totals dropped),
   headings name areas, and the title lines give the agency and fiscal year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ita_lint.limits import DEFAULT, Limits
from ita_lint.memo import once

# The stream's types are in `layout.model`, imported by the readers that produce it: a run over
# YAML records, which needs only `ReadOptions`, never loads them.
if TYPE_CHECKING:
    from ita_lint.layout.model import ReadItem
    from ita_lint.layout.readings import Choice
    from ita_lint.layout.vocabulary import Vocabulary
    from ita_lint.records import Report

__all__ = ["ReadOptions", "build"]


class ReadOptions:
    """How documents are read: the configured header words, the fiscal year assumed for
    documents that state none, the limits on what one input may cost, and an optional trace.

    The vocabulary is built on first use, so that a run over YAML records never loads it.
    """

    def __init__(
        self,
        header_words: Mapping[str, Sequence[str]] | None = None,
        fiscal_year: int | None = None,
        limits: Limits = DEFAULT,
        trace: bool = False,  # weigh every reading and keep them, for `ita-lint inspect`
    ) -> None:
        self.header_words = header_words or {}
        self.fiscal_year = fiscal_year
        self.limits = limits
        self.trace = trace
        self.choice: Choice | None = None  # with `trace`: the readings of the last document built

    @once
    def vocabulary(self) -> Vocabulary:
        from ita_lint.layout import vocabulary

        return vocabulary.default().extended(self.header_words)


def build(items: Iterable[ReadItem], options: ReadOptions | None = None) -> Report:
    """The report a reader's items describe: the reading whose cells bear it out best."""
    from ita_lint.layout import readings
    from ita_lint.layout.model import Part
    from ita_lint.records import Scan

    options = options or ReadOptions()
    stream: list[Part] = []
    scan = None
    for item in items:
        if isinstance(item, Scan):
            scan = item
        else:
            stream.append(item)
    choice = readings.choose(stream, options.vocabulary, options.fiscal_year, every=options.trace)
    if options.trace:
        options.choice = choice
    return choice.report._replace(scan=scan) if scan is not None else choice.report
