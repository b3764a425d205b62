"""Numbered paragraphs with labelled fields: measures written without a table.

    ๑. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)
       ระยะเวลาดำเนินการ: ต.ค. ๖๗
       งบประมาณ: ไม่ใช้งบประมาณ
       ผลการดำเนินงาน: ประกาศแล้ว ...

A numbered line starts a measure (its name); a line that starts with a label the header
vocabulary knows, then a colon, gives a field; the lines below a label continue its value. The
measures become rows under a header of the fields the labels named, so they are assembled like
any table. A short unlabelled heading after a blank line (ประเด็นที่ ๒ ...) names the area of the
measures below it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ita_lint import thai
from ita_lint.layout import numbering
from ita_lint.layout.model import Break, Header, HeaderRow, Item, Line, Row, SourceCell
from ita_lint.layout.vocabulary import END, NUMBER, START, Vocabulary
from ita_lint.records import Column

# Fields in the order the synthetic header lists them.
ORDER = tuple(Column)
_LABEL = re.compile(
    r"^\s*(?:[-•*▪➢]\s*|\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})*[.)]?\s+)?(?:\*\*|__)?"  # markdown bold too
    # a label ends at a colon, or (laid out in columns, as OCR and text exports leave it) at a gap
    r"(?P<label>[^:：\n\t*]{2,40}?)(?:\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*|\s*\t\s*|\s{2,}(?=\S))"
)
MIN_FIELDS = 2  # labelled fields a numbered paragraph needs to count as a measure
BARE_LABEL_MAX = 30  # characters of a label on a line of its own
HEADING_MAX = 120


@dataclass
class _Measure:
    head: Line
    fields: dict[Column, SourceCell] = field(default_factory=dict)
    last: Column | None = None
    unread: bool = False  # the lines now belong to a label no rule reads


# Where a label names no field a rule reads (เป้าหมาย, ตัวชี้วัด: a KPI), its lines belong to no field.
_UNREAD = "unread"
# Under a measure, an indicator is the measure's own KPI, not its assessment area.
_INDICATOR = (thai.skeleton("ตัวชี้วัด"), "indicator", "kpi")


def _label(line: Line, vocabulary: Vocabulary) -> tuple[Column | str, SourceCell] | None:
    """The field a labelled line gives, with its value; None when the line has no known label. A
    label the rules do not read (a target, the measure's own indicator) is `_UNREAD`."""
    match = _LABEL.match(line.cell.raw)
    if match is None:
        return (
            _bar_label(line)
            or _symbol_label(line, vocabulary)
            or _spaced_label(line, vocabulary)
            or _bare_label(line, vocabulary)
        )
    role = vocabulary.role(thai.normalize(match.group("label")))
    if role is None or role in (NUMBER, START, END):
        return None
    value = SourceCell(line.cell.raw[match.end() :], line.cell.at(match.end()))
    label = thai.skeleton(match.group("label"))
    if not isinstance(role, Column) or (role is Column.AREA and label.startswith(_INDICATOR)):
        return _UNREAD, value
    return role, value


def _symbol_label(line: Line, vocabulary: Vocabulary) -> tuple[Column, SourceCell] | None:
    """A symbol that stands for a field's label (🗓 ต.ค. 67, 💰 ไม่ใช้งบประมาณ in a post)."""
    text = line.cell.raw.lstrip()
    symbol = next((s for s in vocabulary.symbols if text.startswith(s)), None)
    if symbol is None:
        return None
    offset = len(line.cell.raw) - len(text) + len(symbol)
    offset += len(line.cell.raw[offset:]) - len(line.cell.raw[offset:].lstrip(" \ufe0f:："))
    return vocabulary.symbols[symbol], SourceCell(line.cell.raw[offset:], line.cell.at(offset))


# A period drawn as a bar of month cells between its first and last month, grouped by quarter:
# ต.ค.๖๖ [■■□|□□□|□□□|□□□] ก.ย.๖๗ (a legend says ■ is a month with work)
_BAR = re.compile(r"(?P<first>\S+)\s*\[(?P<cells>[■□▪▫█░▓◼◻●○|\s]{4,})\]\s*\S*")
_WORKED = frozenset("■▪█▓◼●")


def _bar_label(line: Line) -> tuple[Column, SourceCell] | None:
    """The period a bar of month cells draws, as the months from the first worked to the last."""
    bar = _BAR.fullmatch(line.cell.raw.strip())
    start = thai.fiscal_months(bar.group("first")) if bar is not None else None
    if bar is None or start is None:
        return None
    months = [c for c in bar.group("cells") if not c.isspace() and c != "|"]
    worked = [start[0] + i for i, c in enumerate(months) if c in _WORKED and start[0] + i <= 12]
    if not worked:
        return None
    return Column.PERIOD, SourceCell(thai.fiscal_months_text(worked[0], worked[-1]), line.cell.position)


def _unbarred(run: Sequence[Line | Break]) -> list[Line | Break]:
    """The run with each line that holds a month bar and more (... ก.ย.๖๗    ผู้รับผิดชอบ ...)
    cut after the bar, so that each part gives its own field."""
    out: list[Line | Break] = []
    for item in run:
        bar = _BAR.search(item.cell.raw) if isinstance(item, Line) and "[" in item.cell.raw else None
        if not isinstance(item, Line) or bar is None or not item.cell.raw[bar.end() :].strip():
            out.append(item)
            continue
        raw, rest = item.cell.raw, len(item.cell.raw) - len(item.cell.raw[bar.end() :].lstrip())
        out.append(Line(SourceCell(raw[bar.start() : bar.end()], item.cell.at(bar.start()))))
        out.append(Line(SourceCell(raw[rest:], item.cell.at(rest))))
    return out


def _spaced_label(line: Line, vocabulary: Vocabulary) -> tuple[Column, SourceCell] | None:
    """A label and its value one space apart (ผู้รับผิดชอบ กลุ่มอำนวยการ): the label a field's own
    word, whole, so that a name that merely holds one (ตรวจสอบ...) is never taken for it; a unit
    in brackets after it (งบประมาณ (บาท)) is no value."""
    first, _, rest = line.cell.raw.strip().partition(" ")
    if not rest.strip() or rest.strip().startswith("("):
        return None
    role = vocabulary.field_word(first)
    if role is None or role in (Column.NAME, Column.AREA):
        return None  # ประเด็นที่ ๑ ... heads an area, มาตรการที่ ๑ ... a measure: no fields
    offset = len(line.cell.raw) - len(line.cell.raw.lstrip()) + len(first) + 1
    return role, SourceCell(line.cell.raw[offset:], line.cell.at(offset))


def _bare_label(line: Line, vocabulary: Vocabulary) -> tuple[Column, SourceCell] | None:
    """A label on a line of its own, its value on the lines below (<dt>/<dd>, a form); never a
    value that names its field (ไม่ใช้งบประมาณ)."""
    bare = line.cell.raw.strip().strip("*_:：").strip()
    if not 2 <= len(bare) <= BARE_LABEL_MAX or thai.DIGIT.search(bare):
        return None
    role = vocabulary.role(thai.normalize(bare))
    if not isinstance(role, Column) or role is Column.NAME:
        return None
    if thai.parse_budget(bare) is not None or thai.parse_status(bare) is not None:
        return None
    return role, SourceCell("", line.cell.position)


# A measure numbered under its area's number: 1.1, ๒.๓ (the area itself is 1., ๒.).
_SUB_HEAD = re.compile(r"^\s*[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,3}\.?\s+\S")
# A bullet before a line (e-mail and chat text list measures so): * - • ▪ ➢ ○ ◆ ๑)
_BULLET = re.compile(
    r"^\s*(?:[*•▪➢○◆●■\-–]|#{1,6}|\(?[0-9๐-๙]{1,3}\)"
    # markdown headings too, and the symbols and emoji posts bullet with (✅, ▶, 🔹)
    r"|[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?)\s+(?=\S)"
)


def _numbered_head(line: Line) -> bool:
    """Whether a line numbers a measure (after a bullet, too)."""
    text = line.cell.raw
    bullet = _BULLET.match(text)
    return numbering.MEASURE_HEAD.match(text[bullet.end() :] if bullet else text) is not None


# a symbol before a measure's head that a legend may explain as a status (✅ ⏳ ❌), never a
# plain bullet (• ▪ ●)
_STATUS_MARK = re.compile(r"^\s*([✅✔☑❌❎✗✘⏳⌛⭕🟢🟡🟠🔴🔵⚪⚫🕐])\ufe0f?\s+\S")


def _head(line: Line, labelled: object, next_line: Line | None, next_labelled: bool) -> bool:
    """Whether a line starts a measure: it numbers one, or it is a bulleted line of its own whose
    next line is a labelled field set no further left (a sub-bullet under a field is the field's)."""
    if _numbered_head(line):
        return True
    bullet = _BULLET.match(line.cell.raw)
    if bullet is None or labelled is not None or not next_labelled or next_line is None:
        return False
    return _indent(line) <= _indent(next_line)


def _indent(line: Line) -> float:
    """How far right a line starts: its first piece's x on a PDF page, else its leading spaces."""
    if line.measured:
        return line.measured[0].x0
    return len(line.cell.raw) - len(line.cell.raw.lstrip())


def _names(labelled: tuple[Column | str, SourceCell] | None) -> bool:
    """Whether a labelled line gives a measure's name (ชื่อมาตรการ: ...), filled."""
    return labelled is not None and labelled[0] is Column.NAME and labelled[1].raw.strip() != ""


def _has(measure: _Measure, column: Column) -> bool:
    cell = measure.fields.get(column)
    return cell is not None and cell.raw.strip() != ""


def _text(item: Line | Break) -> Line | None:
    return item if isinstance(item, Line) and item.cell.raw.strip() else None


def detect(run: Sequence[Line | Break], vocabulary: Vocabulary) -> list[Item] | None:
    before: list[Item] = []  # the title, before the first measure
    sections: list[tuple[Line | None, list[_Measure]]] = []  # an area heading and its measures
    after: list[Item] = []
    current: _Measure | None = None
    blank = signed = False
    run = _unbarred(run)
    lines = [line for item in run if (line := _text(item)) is not None]
    labels = {id(line): _label(line, vocabulary) for line in lines}
    next_of = {id(a): b for a, b in itertools.pairwise(lines)}
    for item in run:
        line = _text(item)
        if line is None:
            blank = True
            continue
        labelled = labels[id(line)]
        if signed and not (_numbered_head(line) or _names(labelled)):
            after.append(line)  # under a signature, until the next form's measure (one per page)
            continue
        signed = False
        if vocabulary.ends_table(line.cell.raw) and sections:
            signed = True
            after.append(line)
            continue
        bare = line.cell.raw[bullet.end() :] if (bullet := _BULLET.match(line.cell.raw)) else line.cell.raw
        sub = labelled is None and _SUB_HEAD.match(bare) is not None
        if sub and current is not None and not current.fields and current.last is None:
            # 1. ด้าน... then 1.1 มาตรการ...: the numbered line without fields heads an area
            sections[-1][1].remove(current)
            sections.append((current.head, []))
        following = next_of.get(id(line))
        next_labelled = following is not None and labels[id(following)] is not None
        # a measure's name given under its label where the measure above has one already (one
        # form per measure: ชื่อมาตรการ: ..., ระยะเวลา: ...) starts the next measure
        renamed = _names(labelled) and (current is None or _has(current, Column.NAME))
        if (
            sub
            or renamed
            or (
                _head(line, labelled, following, next_labelled)
                and (labelled is None or labelled[0] is Column.NAME)
            )
        ):
            current = _Measure(line)
            if (mark := _STATUS_MARK.match(line.cell.raw)) is not None:
                # ✅ / ⏳ before a measure: its status, as a legend says (read with the table)
                current.fields[Column.STATUS] = SourceCell(mark.group(1), line.cell.position)
            if labelled is not None and (":" in line.cell.raw or not _numbered_head(line)):
                # 3. มาตรการ : ชื่อ... names it after the colon; มาตรการที่ ๓  ชื่อ... stays whole
                current.fields[Column.NAME] = labelled[1]
            if not sections:
                sections.append((None, []))
            sections[-1][1].append(current)
        elif labelled is not None and current is not None:
            role, value = labelled
            current.unread = not isinstance(role, Column)
            if isinstance(role, Column):
                if not _has(current, role):  # a field given twice keeps its first filled value
                    current.fields[role] = value
                current.last = role
            else:
                current.last = None
        elif current is not None and current.unread and not blank:
            pass  # the rest of a label no rule reads
        elif current is not None and current.last is not None and not blank:
            above = current.fields[current.last]
            current.fields[current.last] = (
                SourceCell(above.raw + "\n" + line.cell.raw.strip(), above.position)
                if above.raw.strip()
                else line.cell  # the value under a label on a line of its own
            )
        elif current is not None and current.last is None and not blank:
            # the measure's name wraps onto this line, before its first labelled field
            head = current.head.cell
            current.head = Line(SourceCell(head.raw + "\n" + line.cell.raw.strip(), head.position))
        elif sections and len(line.cell.raw) <= HEADING_MAX:
            sections.append((line, []))
            current = None
        elif not sections:
            before.append(item)
        else:
            after.append(line)
        blank = False
    measures = [m for _, ms in sections for m in ms if len(m.fields) >= MIN_FIELDS]
    if len(measures) < 2 and not (measures and len(measures[0].fields) >= 3):
        return None
    established = len(measures) >= 2

    def kept(measure: _Measure) -> bool:
        # Among numbered measures written with labelled fields, one that lacks a field still is a
        # measure: the missing field is the defect to report, not a reason to stop reading.
        fields = len(measure.fields)
        return fields >= MIN_FIELDS or (established and fields > 0 and _numbered_head(measure.head))

    columns = [c for c in ORDER if c is Column.NAME or any(c in m.fields for m in measures)]
    out: list[Item] = list(before)
    for heading, section in sections:
        if heading is not None:
            out.append(heading)
        rows = [m for m in section if kept(m)]
        if rows:
            out.append(_header(columns, rows[0].head))
            out.extend(_row(columns, m) for m in rows)
    return out + after


def _header(columns: Sequence[Column], head: Line) -> HeaderRow:
    """The header of the table the measures become: the fields their labels named. It has no
    cells of its own in the document; each stands where the first measure starts."""
    cells = tuple(SourceCell("", head.cell.position) for _ in columns)
    return HeaderRow(cells, Header(tuple(columns), signature=tuple(str(c) for c in columns)))


# a markdown heading's marks are markup, not part of the measure's name
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")


def _row(columns: Sequence[Column], measure: _Measure) -> Row:
    name = measure.fields.get(Column.NAME) or measure.head.cell
    if (marks := _HEADING_MARKS.match(name.raw)) is not None:
        name = SourceCell(name.raw[marks.end() :], name.at(marks.end()))
    cells = []
    for column in columns:
        if column is Column.NAME:
            cells.append(name)
        else:
            cells.append(measure.fields.get(column) or SourceCell("", measure.head.cell.position))
    return Row(tuple(cells))
