"""Table detection: runs of plain lines that hold a table in disguise become table rows.

Readers of tables with real cells (tab-separated text, Word, spreadsheets, HTML, ruled PDF
tables) give rows directly. Text laid out with spaces, one cell per line, and numbered
paragraphs with labelled fields give lines; each detector looks at a run of consecutive lines
(breaks included: blank lines and page breaks fall inside tables) and, where it finds a header
it knows, gives back the run with rows in place of the lines that hold the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from ita_lint.layout import aligned, cell_lines, labelled
from ita_lint.layout.model import Break, Item, Line
from ita_lint.layout.vocabulary import Vocabulary

Run = Sequence[Line | Break]
# A detector: a run -> the items to use instead, or None when it finds no table in it.
Detector = Callable[[Run, Vocabulary], list[Item] | None]
DETECTORS: tuple[Detector, ...] = (aligned.detect, cell_lines.detect, labelled.detect)
NAMES = ("aligned columns", "one cell per line", "labelled fields")  # what each detector finds


def _runs(items: Iterable[Item]) -> Iterator[list[Line | Break] | Item]:
    """Items, with consecutive lines and breaks gathered in runs."""
    run: list[Line | Break] = []
    for item in items:
        if isinstance(item, Line | Break):
            run.append(item)
            continue
        if run:
            yield run
            run = []
        yield item
    if run:
        yield run


def detect(
    items: Iterable[Item], vocabulary: Vocabulary, detectors: Sequence[Detector] = DETECTORS
) -> Iterator[Item]:
    """The stream with each run of lines read by the first of `detectors` that finds a table in it."""
    for run in _runs(items):
        if not isinstance(run, list):
            yield run
            continue
        if any(isinstance(item, Line) for item in run):
            for detector in detectors:
                found = detector(run, vocabulary)
                if found is not None:
                    yield from found
                    break
            else:
                yield from run
        else:
            yield from run
