"""Readings of a document: hypotheses of how its stream holds its measures, chosen by their cells.

Every way of reading a document is proposed, none taken on faith. The first proposal is the one
nearly every document gets: the reader's stream with tables found by every detector in their
usual order (aligned columns, then one cell per line, then labelled fields). Where its cells bear
it out (`evidence`), it is kept at once, unless the reader saw another way to read some pages
(two text columns) that reads soundly into more; otherwise each detector is tried first in its
turn, no detection at all (the lines stay text), and the stream rearranged (`rearranged`:
label/value rows, cards, tables turned, long form, questions and answers...), and the reading
whose cells make the most sense as what their columns say wins. When no reading is trusted, the
document is refused: its measures are not checked, and `measures-unreadable` says so, rather than
a page of findings a reviewer would laugh at.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ita_lint.layout import assemble, detect, evidence, headers
from ita_lint.layout.model import Alternative, Item, Part
from ita_lint.layout.rearranged import rearranged
from ita_lint.layout.vocabulary import Vocabulary
from ita_lint.records import MEASURE_TABLES, DocumentKind, Report

# A proposal: how it reads (shown by `ita-lint inspect`), and the detectors it runs, in order.
PROPOSALS: tuple[tuple[str, tuple[detect.Detector, ...]], ...] = (
    ("tables found by every detector in turn", detect.DETECTORS),
    *(
        (f"tables found first as {name}", (detector, *(d for d in detect.DETECTORS if d is not detector)))
        for name, detector in zip(detect.NAMES, detect.DETECTORS, strict=True)
        if detector is not detect.DETECTORS[0]
    ),
    ("no table found in the text lines", ()),
)


class Reading(NamedTuple):
    """One hypothesis: how it read the document, what it found, and what its cells say of it."""

    how: str
    items: list[Item]  # the stream after table detection and header recognition
    report: Report
    weight: evidence.Weight

    @property
    def sort_key(self) -> tuple[bool, float, int]:
        """Trusted readings first, then the weight of their evidence, then the measures found."""
        return (self.weight.trusted, self.weight.score, self.weight.measures)


class Choice(NamedTuple):
    """The reading chosen (None: the document is refused) and every reading weighed."""

    chosen: Reading | None
    readings: list[Reading]
    report: Report  # the chosen reading's report, or the refused document's


def _read(
    how: str,
    items: Sequence[Item],
    detectors: Sequence[detect.Detector],
    vocabulary: Vocabulary,
    assumed_year: int | None,
) -> Reading:
    found = list(headers.recognise(detect.detect(items, vocabulary, detectors), vocabulary))
    report = assemble.assemble(found, vocabulary, assumed_year)
    return Reading(how, found, report, evidence.weigh(report))


def _sound(reading: Reading) -> bool:
    """A reading kept without trying others: trusted, and no cell contradicts its column."""
    return reading.weight.trusted and reading.weight.contradictions == 0


def views(items: Sequence[Part]) -> list[tuple[str, list[Item]]]:
    """The streams a reader's items stand for: the usual one and, where the reader saw parts it
    can read two ways, the other one."""
    usual = [piece for item in items for piece in (item.usual if isinstance(item, Alternative) else (item,))]
    found = [("", usual)]
    others = [item for item in items if isinstance(item, Alternative)]
    if others:
        other = [
            piece for item in items for piece in (item.other if isinstance(item, Alternative) else (item,))
        ]
        found.append((others[0].how, other))
    return found


def choose(
    items: Sequence[Part],
    vocabulary: Vocabulary,
    assumed_year: int | None = None,
    every: bool = False,
) -> Choice:
    """The best reading of a document's stream; `every` also weighs the proposals the choice did
    not need (for `inspect`), without changing it."""
    (_, stream), *others = views(items)
    how, detectors = PROPOSALS[0]
    first = _read(how, stream, detectors, vocabulary, assumed_year)
    # The usual reading stands when it found a table whose cells bear it out, unless the reader
    # saw another way to read some pages (two columns) and that way reads soundly into more.
    # Otherwise the stream rearranged (label/value rows, cards, tables turned) is proposed too,
    # and every proposal is weighed.
    if every or not _sound(first):
        others += rearranged(stream, vocabulary)
    sound = _sound(first) or (first.weight.measures == 0 and not others)
    readings = [first]
    for other_how, other in others:
        readings.append(_read(f"{other_how}, {how}", other, detectors, vocabulary, assumed_year))
    if every or not sound:
        readings += [_read(h, stream, d, vocabulary, assumed_year) for h, d in PROPOSALS[1:]]
        for other_how, other in others:
            readings += [
                _read(f"{other_how}, {h}", other, d, vocabulary, assumed_year) for h, d in PROPOSALS[1:]
            ]
    if sound:
        # a sound reading gives way only to a sound reading of another view that reads more
        rivals = [
            r for r in readings[1 : 1 + len(others)] if _sound(r) and r.weight.score > first.weight.score
        ]
        best = max(rivals, key=lambda r: r.sort_key, default=first)
        return Choice(best, readings, _doubted(best.report))
    considered = [r for r in readings if r.weight.measures]
    if not considered:
        return Choice(first, readings, first.report)  # no reading found measures: nothing to weigh
    best = max(considered, key=lambda r: r.sort_key)
    if not best.weight.trusted:
        # refused as what the reading that came closest found it to be (its tables' kind)
        return Choice(None, readings, refused(best.report))
    return Choice(best, readings, _doubted(best.report))


def _doubted(report: Report) -> Report:
    """The report with the measures whose cells contradict their columns marked doubtful."""
    if not any(evidence.doubtful(table, m) for table in report.measure_tables() for m in table.measures):
        return report
    tables = tuple(
        table._replace(
            measures=tuple(m._replace(doubtful=evidence.doubtful(table, m)) for m in table.measures)
        )
        if table.kind in MEASURE_TABLES
        else table
        for table in report.tables
    )
    return report._replace(tables=tables)


def refused(report: Report) -> Report:
    """A document whose measures no reading could read: its measure tables are not checked, and
    it is what its tables' headers show it to be (a plan or a report) whatever its title says."""
    tables = report.measure_tables()
    shown = report.title_kind
    if shown not in (DocumentKind.PLAN, DocumentKind.REPORT):
        shown = DocumentKind(str(tables[0].kind)) if tables else shown
    kept = tuple(t for t in report.tables if t.kind not in MEASURE_TABLES)
    return report._replace(kind=DocumentKind.OTHER, tables=kept, title_kind=shown)
