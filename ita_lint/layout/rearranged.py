"""Rearrangements of a document's stream: other ways its rows and lines may hold measures.

Each is proposed as a reading of its own (layout.readings) when the usual reading is not sound,
and wins only when its cells bear it out. Each looks for one arrangement agencies publish and
returns the stream rewritten so that the usual stages read it, or None where the stream holds
none of it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ita_lint.layout import headers, numbering
from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.layout.prose import prose
from ita_lint.layout.vocabulary import LABELS, Vocabulary
from ita_lint.records import Column

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


def _unframed(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
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


# Fields written inline, set apart by a dash, a dot or a bar: **มาตรการ** — ช่วงเวลา · ผู้รับผิดชอบ
_INLINE_SEPARATOR = re.compile(r"\s+([—–·•|/])(?:\s+|\s*$)")


def _cut(cell: SourceCell, separators: str) -> list[SourceCell]:
    """The cell's text cut at the given inline separators, each part where it stands."""
    parts, start = [], 0
    for separator in _INLINE_SEPARATOR.finditer(cell.raw):
        if separator.group(1) in separators:
            parts.append(SourceCell(cell.raw[start : separator.start()], cell.at(start)))
            start = separator.end()
    parts.append(SourceCell(cell.raw[start:], cell.at(start)))
    return parts


INLINE_FIELDS = 2  # parts a line is cut into, for it to be a row of fields set apart inline


def _inline(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with a line that names fields inline (รูปแบบแต่ละข้อ: มาตรการ — ช่วงเวลา ·
    ผู้รับผิดชอบ) read as a header row, and each line below it that the same separators cut into
    parts read as a row (its last fields may be left out); None where no line names fields so."""
    out: list[Item] = []
    separators = ""
    width = rows = 0
    for item in items:
        if not isinstance(item, Line):
            out.append(item)
            continue
        text = item.cell.raw
        after = text.rfind(":") + 1  # a pattern given after its label: รูปแบบแต่ละข้อ: ...
        pattern = SourceCell(text[after:], item.cell.at(after))
        used = "".join(dict.fromkeys(m.group(1) for m in _INLINE_SEPARATOR.finditer(pattern.raw)))
        if used and headers.header(named := _cut(pattern, used), vocabulary) is not None:
            separators, width = used, len(named)
            out.append(Row(tuple(named)))
            continue
        parts = _cut(item.cell, separators) if separators else []
        if INLINE_FIELDS <= len(parts) <= width:
            end = parts[-1].at(len(parts[-1].raw))
            out.append(Row((*parts, *(SourceCell("", end) for _ in range(width - len(parts))))))
            rows += 1
        else:
            out.append(item)
    return out if rows else None


Rearrangement = Callable[[Sequence[Item], Vocabulary], list[Item] | None]

# how each rearrangement reads, as `ita-lint inspect` shows it, and what it does
REARRANGEMENTS: tuple[tuple[str, Rearrangement], ...] = (
    ("rows of a label and its value read as labelled lines", _pairs),
    ("table cells read as cards of text, one after another", _cards),
    ("tables with the fields down their first column read turned", _transposed),
    ("small tables named by the numbered heading above each", _headed),
    ("a sheet published with its column letters and row numbers, without them", _unframed),
    ("questions and answers read as labelled lines", _answers),
    ("a table with one row per field of a measure read measure by measure", _long_form),
    ("lines of fields set apart inline, as a line of field names sets them", _inline),
    ("paragraphs of running prose, one per measure, read for the phrases of its fields", prose),
)


def rearranged(usual: Sequence[Item], vocabulary: Vocabulary) -> list[tuple[str, list[Item]]]:
    """Every rearrangement the stream holds, each with how it reads."""
    found = ((how, rearrange(usual, vocabulary)) for how, rearrange in REARRANGEMENTS)
    return [(how, stream) for how, stream in found if stream is not None]
