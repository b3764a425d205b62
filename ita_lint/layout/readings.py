"""Readings of a document: hypotheses of how its stream holds its measures, chosen by their cells.

Every way of reading a document is proposed, none taken on faith. The first proposal is the one
nearly every document gets: the reader's stream with tables found by every detector in their
usual order (aligned columns, then one cell per line, then labelled fields). Where its cells bear
it out (`evidence`), it is kept at once; otherwise each detector is tried first in its turn, and
no detection at all (the lines stay text), and the reading whose cells make the most sense as
what their columns say wins. When no reading is trusted, the document is refused: its measures
are not checked, and `measures-unreadable` says so, rather than a page of findings a reviewer
would laugh at.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ita_lint.layout import assemble, detect, evidence, headers, numbering
from ita_lint.layout.model import Alternative, Break, Item, Line, ReadItem, Row, SourceCell
from ita_lint.layout.vocabulary import Vocabulary
from ita_lint.records import MEASURE_TABLES, Column, DocumentKind, Report

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


def views(items: Sequence[ReadItem]) -> list[tuple[str, list[Item]]]:
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


def rearranged(usual: Sequence[Item], vocabulary: Vocabulary) -> list[tuple[str, list[Item]]]:
    """The usual stream rearranged where its rows may hold measures another way: rows pairing a
    label with its value as labelled lines, cells holding labelled measures as cards, tables with
    the fields down their first column turned."""
    found: list[tuple[str, list[Item]]] = []
    paired = _pairs(usual, vocabulary)
    if paired is not None:
        found.append(("rows of a label and its value read as labelled lines", paired))
    cards = _cards(usual, vocabulary)
    if cards is not None:
        found.append(("table cells read as cards of text, one after another", cards))
    turned = _transposed(usual, vocabulary)
    if turned is not None:
        found.append(("tables with the fields down their first column read turned", turned))
    headed = _headed(usual, vocabulary)
    if headed is not None:
        found.append(("small tables named by the numbered heading above each", headed))
    unframed = _unframed(usual)
    if unframed is not None:
        found.append(("a sheet published with its column letters and row numbers, without them", unframed))
    answered = _answers(usual, vocabulary)
    if answered is not None:
        found.append(("questions and answers read as labelled lines", answered))
    unpivoted = _long_form(usual, vocabulary)
    if unpivoted is not None:
        found.append(("a table with one row per field of a measure read measure by measure", unpivoted))
    return found


_QUESTION = re.compile(r"^\s*(?:ถาม|คำถาม|q)\s*[:：.]?\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:ตอบ|คำตอบ|a)\s*[:：.]?\s*", re.IGNORECASE)


def _answers(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each question that asks for a field (ถาม : ใช้งบประมาณเท่าใด) and the
    answer under it (ตอบ : ไม่ใช้งบประมาณ) as one labelled line; None where too few pairs."""
    out: list[Item] = []
    asked: Column | None = None
    pairs = 0
    for item in items:
        if isinstance(item, Line) and (question := _QUESTION.match(item.cell.raw)):
            named = vocabulary.role(item.cell.raw[question.end() :])
            asked = named if isinstance(named, Column) else vocabulary.asks_for(item.cell.raw)
            continue
        if isinstance(item, Line) and asked is not None and (answer := _ANSWER.match(item.cell.raw)):
            value = item.cell.raw[answer.end() :]
            out.append(Line(SourceCell(f"{LABELS[asked]}: {value}", item.cell.at(answer.end()))))
            pairs, asked = pairs + 1, None
            continue
        out.append(item)
    return out if pairs >= PAIRS_MIN else None


# the label a field is written under when a reading rewrites a document as labelled lines
LABELS = {
    Column.STEPS: "วิธีการ",
    Column.PERIOD: "ระยะเวลา",
    Column.RESPONSIBLE: "ผู้รับผิดชอบ",
    Column.BUDGET: "งบประมาณ",
    Column.STATUS: "สถานะ",
    Column.RESULT: "ผลการดำเนินงาน",
    Column.OUTCOME: "ผลลัพธ์",
    Column.FOLLOW_UP: "การติดตาม",
    Column.AREA: "ประเด็น",
    Column.NAME: "มาตรการ",
}


def _at(row: Row, index: int) -> SourceCell:
    """A row's cell, or an empty one where the row stops short (a CSV line's empty last field)."""
    return row.cells[index] if index < len(row.cells) else SourceCell("", row.cells[-1].position)


def _long_form(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with a table kept in "long form" (one row per field of a measure: its key, the
    field's name, its value: a database export) read measure by measure as labelled lines, the
    columns before the field's name (the year, the agency) as title lines. None where no table
    is laid out so."""
    rows = [item for item in items if isinstance(item, Row)]
    for label_at in range(1, max((len(r.cells) for r in rows), default=0) - 1):
        labelled = [
            r
            for r in rows
            if len(r.cells) > label_at + 1 and isinstance(vocabulary.role(r.cells[label_at].key), Column)
        ]
        if len(labelled) < PAIRS_MIN or len(labelled) * 2 < len(rows):
            continue
        data = rows[rows.index(labelled[0]) :]
        header = rows[rows.index(labelled[0]) - 1] if rows.index(labelled[0]) else None
        # the measure's key: the columns before the field's name that are the same down a measure
        keys = [
            c
            for c in range(label_at)
            if sum(_at(a, c).key == _at(b, c).key for a, b in itertools.pairwise(data)) * 2 >= len(data)
        ]
        out: list[Item] = []
        if header is not None:
            out += [
                Line(
                    SourceCell(
                        f"{_at(header, c).raw.strip()} {_at(data[0], c).raw.strip()}",
                        _at(data[0], c).position,
                    )
                )
                for c in keys
            ]
        group: tuple[str, ...] | None = None
        number = 0
        for row in data:
            key = tuple(_at(row, c).key for c in keys)
            label, value = _at(row, label_at), _at(row, label_at + 1)
            if key != group:
                group, number = key, number + 1
                out.append(Break())
            role = vocabulary.role(label.key)
            text = f"{number}. {value.raw}" if role is Column.NAME else f"{label.raw.strip()}: {value.raw}"
            out.append(Line(SourceCell(text, value.position)))
        return out
    return None


_LETTERS = re.compile("[A-Z]{1,2}")


def _unframed(items: Sequence[Item]) -> list[Item] | None:
    """The stream without the frame a spreadsheet published to the web keeps: a row of column
    letters (A, B, C...) and a first column of row numbers 1, 2, 3... beside every row, the title
    rows included. None where no table is framed so."""
    out: list[Item] = []
    framed = False
    numbers = 0
    for item in items:
        if isinstance(item, Row):
            texts = [c.raw.strip() for c in item.cells]
            if texts[1:] and all(_LETTERS.fullmatch(t) for t in texts[1:] if t) and "A" in texts:
                framed, numbers = True, 0
                continue  # the letters over the columns
            if framed and texts and texts[0] == str(numbers + 1):
                numbers += 1
                out.append(Row(item.cells[1:]))
                continue
            if framed and texts and not texts[0]:
                out.append(Row(item.cells[1:]))
                continue
        elif isinstance(item, Break):
            framed = False
        out.append(item)
    return out if numbers else None


def _headed(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each table that names no measure, under a line that numbers one (มาตรการที่
    ๑ ... then a one-row table of its period, budget and result), given that line as its name
    column; None where no table is laid out so."""
    out: list[Item] = []
    heading: SourceCell | None = None
    in_table = found = False
    for item in items:
        if isinstance(item, Line):
            if numbering.MEASURE_HEAD.match(item.cell.raw.strip()):
                heading = item.cell
            out.append(item)
            in_table = False
            continue
        if isinstance(item, Row) and heading is not None:
            header = None if in_table else headers.header(item.cells, vocabulary)
            if in_table or (header is not None and header.keyed and header.number is None):
                name = heading if in_table else SourceCell("มาตรการ", heading.position)
                out.append(Row((name, *item.cells)))
                in_table = found = True
                continue
        out.append(item)
        if isinstance(item, Break):
            in_table, heading = False, None
    return out if found else None


TURNED_LABELS = 3  # rows whose first cell names a field, for a table to have its fields down a column


def _transposed(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each table whose first column names the fields (measures across, one per
    column) turned so that its rows are measures; None where no table is laid out so."""
    out: list[Item] = []
    block: list[Row] = []
    found = False

    def flush() -> None:
        nonlocal found
        labels = sum(bool(r.cells) and isinstance(vocabulary.role(r.cells[0].key), Column) for r in block)
        width = max((len(r.cells) for r in block), default=0)
        if labels >= TURNED_LABELS and width >= 3:  # two columns are labels and values, not a table turned
            found = True
            for column in range(width):
                cells = [r.cells[column] if column < len(r.cells) else r.cells[-1] for r in block]
                out.append(Row(tuple(cells)))
        else:
            out.extend(block)
        block.clear()

    for item in items:
        if isinstance(item, Row):
            block.append(item)
            continue
        flush()
        out.append(item)
    flush()
    return out if found else None


CARD_LABELS = 2  # labelled lines a cell holds, for a table of such cells to be cards of measures


def _card(cell: SourceCell, vocabulary: Vocabulary) -> bool:
    """A cell that holds a measure written out with labelled lines (ระยะเวลา: ..., งบประมาณ: ...)."""
    labels = 0
    for text in cell.raw.split("\n"):
        label, colon, _ = text.partition(":")
        label = label.strip(" ▪•*-–\t")
        labels += bool(colon) and len(label) <= 40 and isinstance(vocabulary.role(label), Column)
    return labels >= CARD_LABELS


def _cards(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each table row whose cells hold measures written out with labelled lines
    (a card grid, two measures side by side on a slide) read cell by cell as lines; None where no
    row holds such cells."""
    out: list[Item] = []
    found = False
    for item in items:
        if isinstance(item, Row) and any(_card(c, vocabulary) for c in item.cells):
            found = True
            for cell in item.cells:
                out += [
                    Line(SourceCell(text, cell.position)) for text in cell.raw.split("\n") if text.strip()
                ]
                out.append(Break())
        else:
            out.append(item)
    return out if found else None


PAIRS_MIN = 4  # rows pairing a label with a value, for a sheet to be read as labelled blocks


def _pairs(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each row of one label and its value (a sheet of measures written as blocks
    of label/value rows) as a labelled line; None where too few rows pair so."""
    out: list[Item] = []
    pairs = 0
    for item in items:
        filled = [c for c in item.cells if not c.blank] if isinstance(item, Row) else []
        if not isinstance(item, Row) or not 1 <= len(filled) <= 2:
            out.append(item)
            continue
        label, value = filled[0], filled[1] if len(filled) == 2 else None
        if isinstance(vocabulary.role(label.key), Column):
            pairs += 1
            text = f"{label.raw.strip()}: {value.raw if value is not None else ''}"
            out.append(Line(SourceCell(text, (value or label).position)))
        else:
            out.append(Line(SourceCell(" ".join(c.raw.strip() for c in filled), label.position)))
    return out if pairs >= PAIRS_MIN else None


def choose(
    items: Sequence[ReadItem],
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
    best = max(considered, key=lambda r: (_sound(r), *r.sort_key))
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
