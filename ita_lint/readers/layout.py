"""From a document's lines and table rows to a `Report`: shared by the text, Word and spreadsheet readers.

A reader only says what the document holds, in order: lines of text, table rows (cells with their
positions) and breaks (a blank line, the end of a Word table). This module does the rest the way a
reviewer reads the page: it recognises header rows by their Thai wording, merges headers that span
two rows, drops headers repeated at page breaks, joins continuation rows to the measure above,
carries the area down, takes headings between tables as areas, and reads the title lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ita_lint import thai
from ita_lint.records import Column, DocumentKind, Position, Report, Table, TableKind
from ita_lint.values import Status


@dataclass(frozen=True)
class SourceCell:
    raw: str
    position: Position

    @cached_property
    def key(self) -> str:
        return thai.normalize(thai.clean_markup(self.raw))

    @property
    def blank(self) -> bool:
        return not (self.raw.strip() and thai.clean_markup(self.raw))


@dataclass(frozen=True)
class Line:
    """A paragraph or line of text outside any table."""

    cell: SourceCell


@dataclass(frozen=True)
class Row:
    cells: tuple[SourceCell, ...]


@dataclass(frozen=True)
class Break:
    """A blank line or the end of a table: rows after it start a new block."""


Item = Line | Row | Break

# Header wording -> column, tried in this order on the normalised header cell (first match wins):
# "สรุปผลการดำเนินการตามมาตรการ" is a result, not a measure; "ผลลัพธ์หรือผลสัมฤทธิ์" an outcome.
HEADER_WORDS: tuple[tuple[Column, tuple[str, ...]], ...] = (
    (Column.STATUS, ("สถานะ",)),
    (Column.BUDGET, ("งบประมาณ",)),
    (Column.PERIOD, ("ระยะเวลา", "ช่วงเวลา", "ห้วงเวลา", "กำหนดเวลา", "เดือน/ปี")),
    (Column.RESPONSIBLE, ("รับผิดชอบ",)),
    (Column.OUTCOME, ("ผลลัพธ์", "ผลสัมฤทธิ์", "ความสำเร็จ", "outcome")),
    (Column.RESULT, ("ผลการดำเนิน", "ผลการปฏิบัติ", "สรุปผล", "output", "ผลการดำเนินงาน")),
    (Column.FOLLOW_UP, ("การติดตาม", "ติดตามผล")),
    (Column.STEPS, ("ขั้นตอน", "วิธีการ", "วิธีดำเนิน", "วิธีปฏิบัติ", "แนวทางการดำเนิน")),
    (Column.NAME, ("มาตรการ", "โครงการ", "กิจกรรม", "แนวทาง")),
    (Column.AREA, ("ประเด็น", "ตัวชี้วัด", "ด้าน", "องค์ประกอบ")),
)
# Header cells of columns a measures table may have that no rule reads: they still make a header.
OTHER_HEADER_WORDS = ("ลำดับ", "หมายเหตุ", "เป้าหมาย", "ตัวชี้วัดความสำเร็จ", "ตัวชี้วัดผลสำเร็จ", "kpi")
SCORE_WORDS = ("คะแนน", "อันดับ", "เครื่องมือ")
STATUS_WORDS = {
    Status.NOT_STARTED: "ยังไม่ดำเนินการ",
    Status.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    Status.DONE: "ดำเนินการเรียบร้อยแล้ว",
}
CHECK_MARKS = frozenset("/✓✔√xX✗●•")
AGENCY = re.compile(
    r"(องค์การบริหารส่วนจังหวัด|องค์การบริหารส่วนตำบล|เทศบาล(?:นคร|เมือง|ตำบล)|กรุงเทพมหานคร|เมืองพัทยา"
    r"|โรงพยาบาล|มหาวิทยาลัย|โรงเรียน|กรม|กระทรวง)[\u0e01-\u0e4e]*"
)
AGENCY_TYPES = (
    ("องค์การบริหารส่วนจังหวัด", "อบจ."),
    ("องค์การบริหารส่วนตำบล", "อบต."),
    ("เทศบาล", "เทศบาล"),
    ("โรงพยาบาล", "โรงพยาบาล"),
    ("มหาวิทยาลัย", "มหาวิทยาลัย"),
    ("โรงเรียน", "โรงเรียน"),
)
PROVINCE = re.compile(r"จังหวัด\s*([\u0e01-\u0e4e]+)")
FISCAL_YEAR = re.compile(r"ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*[0-9๐-๙]{4}")
# A paragraph this long between two tables is body text, not a heading: the tables are separate.
HEADING_MAX = 160
HEADER_MAX = 120  # characters in a header cell, markup included


def header_columns(cells: Sequence[SourceCell]) -> list[Column | None] | None:
    """Map header cells to columns, or None when the row is not a measures header."""
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return None  # header cells are short; this spares normalising every long data cell
    if any(cell.key[:1] in "-0123456789" for cell in cells if cell.key):
        return None  # data rows start with list dashes and numbering; headers do not
    columns: list[Column | None] = []
    unknown = 0
    for cell in cells:
        key = cell.key.replace(" ", "")
        match = None
        if key in ("ที่", "ข้อ") or any(w in key for w in OTHER_HEADER_WORDS):
            pass  # a known column that no rule reads
        elif key and len(key) <= 80:
            match = next((c for c, words in HEADER_WORDS if any(w in key for w in words)), None)
            unknown += match is None
        columns.append(match)
    found = [c for c in columns if c is not None]
    if Column.NAME not in found or len(set(found)) < 2 or unknown > 1:
        return None
    return columns


def is_score_header(cells: Sequence[SourceCell]) -> bool:
    if any(len(cell.raw) > HEADER_MAX for cell in cells):
        return False
    keys = [c.key for c in cells if c.key]
    return (
        len(keys) >= 2 and any(w in k for k in keys for w in SCORE_WORDS) and all(len(k) <= 40 for k in keys)
    )


def table_kind(columns: Iterable[Column | None]) -> TableKind:
    """A table that says what was done reports; a budget column alone may be a plan's budget."""
    if set(columns) & {Column.STATUS, Column.RESULT, Column.OUTCOME}:
        return TableKind.REPORT
    return TableKind.PLAN


@dataclass
class _Header:
    columns: list[Column | None]
    signature: tuple[str, ...]
    # status sub-column index -> status, for tables that mark status with check marks
    marks: dict[int, Status] = field(default_factory=dict)


@dataclass
class _Builder:
    lines: list[SourceCell] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    header: _Header | None = None
    table: dict | None = None
    # text seen since the last table row: headings name the area (or fiscal year) of what follows
    pending: list[SourceCell] = field(default_factory=list)
    after_header: bool = False
    # how many lines came before the first table: the title (line numbers restart in Word tables)
    title_lines: int | None = None


def _status_marks(header: _Header, cells: Sequence[SourceCell]) -> bool:
    """Read a second header row naming the status sub-columns; True when it was one."""
    marks: dict[int, Status] = {}
    for index, cell in enumerate(cells):
        status = thai.parse_status(cell.key) if cell.key else None
        if status is not None:
            marks[index] = status
    if len(marks) < 2:
        return False
    header.marks = marks
    for index in marks:
        if index < len(header.columns) and header.columns[index] is None:
            header.columns[index] = Column.STATUS
    return True


def _header_continuation(header: _Header, cells: Sequence[SourceCell]) -> bool:
    """A second header row whose words continue the header cells above (e.g. a lone `ตามมาตรการ`)."""
    filled = [(i, c) for i, c in enumerate(cells) if c.key]
    if not filled:
        return False
    for index, cell in filled:
        if index >= len(header.columns) or len(cell.key) > 30 or re.search(r"\d", cell.key):
            return False
        if header.columns[index] in (Column.NAME, Column.AREA):
            return False
    return True


def _new_measure(table: dict, position: Position) -> dict:
    measure: dict = {"position": position}
    table["measures"].append(measure)
    return measure


def _add_row(builder: _Builder, cells: Sequence[SourceCell]) -> None:
    header, table = builder.header, builder.table
    assert header is not None and table is not None
    values: dict[Column, SourceCell] = {}
    # Empty cells are kept for new measures, so that "outcome missing" points at the empty cell.
    blanks: dict[Column, SourceCell] = {}
    status: SourceCell | None = None
    for index, cell in enumerate(cells):
        column = header.columns[index] if index < len(header.columns) else None
        if column is None:
            continue
        if index in header.marks:
            marks = cell.key.replace(" ", "") if not cell.blank else ""
            if marks and set(marks) <= CHECK_MARKS:
                status = SourceCell(STATUS_WORDS[header.marks[index]], cell.position)
            continue
        (blanks if cell.blank else values).setdefault(column, cell)
    if status is not None:
        values[Column.STATUS] = status
    if not values:
        return
    measures = table["measures"]
    name = values.get(Column.NAME)
    if name is None and measures:
        # A row with an empty measure cell continues the measure above (often across a page break).
        measure = measures[-1]
        for column, cell in values.items():
            if column is Column.AREA:
                continue
            before = measure.get(column)
            if before is not None and not before.blank:
                measure[column] = SourceCell(before.raw + "\n" + cell.raw, before.position)
            else:
                measure[column] = cell
        return
    first = min(values.values(), key=lambda c: (c.position.line, c.position.column))
    measure = _new_measure(table, first.position)
    measure.update(values)
    for column, cell in blanks.items():
        if column is not Column.AREA:  # an empty area is the area above, carried down
            measure.setdefault(column, cell)
    if Column.AREA not in measure:
        area = table["area"]
        if area is not None:
            measure[Column.AREA] = area
    else:
        table["area"] = measure[Column.AREA]


def _heading_area(pending: Sequence[SourceCell]) -> SourceCell | None:
    """A short heading right above a table block, without its `(ต่อ)` mark, names the area."""
    if not pending:
        return None
    cell = pending[-1]
    text = thai.clean_markup(cell.raw)
    if len(text) > HEADING_MAX or FISCAL_YEAR.search(text) or AGENCY.match(text):
        return None
    return SourceCell(re.sub(r"\s*\(ต่อ\)\s*$", "", text), cell.position)


def _pending_year(pending: Sequence[SourceCell]) -> int | None:
    """The fiscal year named last before a table (a plan for next year follows its own heading)."""
    for cell in reversed(pending):
        match = FISCAL_YEAR.search(cell.raw)
        if match and len(cell.raw) <= HEADING_MAX:
            return thai.parse_year(match.group(0))
    return None


def _start_block(builder: _Builder, header: _Header, first: SourceCell) -> None:
    """A header row: the same header as the table before continues it (a page break)."""
    long_text = any(len(c.raw) > HEADING_MAX for c in builder.pending)
    same = builder.header is not None and builder.header.signature == header.signature
    if builder.table is None or not same or long_text:
        kind = table_kind(header.columns)
        builder.table = {
            "kind": kind,
            "position": first.position,
            "columns": [c for c in dict.fromkeys(header.columns) if c is not None],
            "measures": [],
            "area": None,
            "fiscal_year": _pending_year(builder.pending),
            "title": None,
        }
        builder.tables.append(builder.table)
        builder.header = header
    area = _heading_area(builder.pending) if Column.AREA not in header.columns else None
    if area is not None:
        builder.table["area"] = area
        builder.table["title"] = builder.table["title"] or thai.clean_markup(area.raw)
    builder.pending = []
    builder.after_header = True


def _finish_table(builder: _Builder) -> None:
    builder.header = None
    builder.table = None


def assemble(items: Iterable[Item]) -> Report:
    """Build a report from a document's items, in reading order."""
    builder = _Builder()
    for item in items:
        if isinstance(item, Break):
            builder.after_header = False
            continue
        if isinstance(item, Line):
            builder.lines.append(item.cell)
            if not item.cell.blank:
                builder.pending.append(item.cell)
            continue
        cells = item.cells
        columns = header_columns(cells)
        if builder.title_lines is None and (columns is not None or is_score_header(cells)):
            builder.title_lines = len(builder.lines)
        if columns is not None:
            header = _Header(columns=columns, signature=tuple(str(c) for c in columns))
            if builder.header is not None and header.signature == builder.header.signature:
                header = builder.header
            _start_block(builder, header, cells[0])
            continue
        if is_score_header(cells):
            builder.tables.append({"kind": TableKind.SCORES, "position": cells[0].position, "measures": []})
            _finish_table(builder)
            builder.pending = []
            continue
        if builder.header is None or builder.table is None:
            builder.lines.extend(c for c in cells if not c.blank)
            continue
        if builder.after_header and (
            _status_marks(builder.header, cells) or _header_continuation(builder.header, cells)
        ):
            continue
        builder.after_header = False
        _add_row(builder, cells)
    return _report(builder)


def _report(builder: _Builder) -> Report:
    text_lines = builder.lines
    tables = [_table(t) for t in builder.tables]
    measure_tables = [t for t in tables if t.kind in (TableKind.REPORT, TableKind.PLAN)]
    title = text_lines[: builder.title_lines]
    data: dict = {"tables": tables, "kind": _document_kind(title, measure_tables)}
    for cell in title or text_lines:
        match = FISCAL_YEAR.search(cell.raw)
        if match:
            data["fiscal_year"] = {"raw": match.group(0), "position": _at(cell, match.start())}
            break
    for lines in (title, text_lines):
        agency = _search(AGENCY, lines)
        if agency is not None:
            data["agency"] = agency
            name = agency["raw"]
            kind = next((short for prefix, short in AGENCY_TYPES if name.startswith(prefix)), None)
            if kind is not None:
                data["agency_type"] = {"raw": kind, "position": agency["position"]}
            break
    province = _search(PROVINCE, title + text_lines, group=1)
    if province is not None:
        data["province"] = province
    return Report.model_validate(data)


def _search(pattern: re.Pattern[str], lines: Sequence[SourceCell], group: int = 0) -> dict | None:
    for cell in lines:
        match = pattern.search(cell.raw)
        if match:
            return {"raw": match.group(group), "position": _at(cell, match.start(group))}
    return None


def _at(cell: SourceCell, offset: int) -> Position:
    """The position of a character inside a cell whose text starts on one line."""
    before = cell.raw[:offset]
    if "\n" in before or cell.position.location is not None:
        return cell.position
    return Position(line=cell.position.line, column=cell.position.column + offset)


def _document_kind(title: Sequence[SourceCell], tables: Sequence[Table]) -> DocumentKind:
    if not tables:
        return DocumentKind.OTHER
    headings = [c.key.replace(" ", "") for c in title if len(c.raw) <= HEADING_MAX]
    if any("รายงานการวิเคราะห์" in h or h == "บันทึกข้อความ" for h in headings):
        return DocumentKind.ANALYSIS
    if any(t.kind is TableKind.REPORT for t in tables):
        return DocumentKind.REPORT
    return DocumentKind.PLAN


def _table(table: dict) -> Table:
    measures = []
    for measure in table["measures"]:
        row = {"position": measure["position"]}
        for key, cell in measure.items():
            if isinstance(key, Column):
                row[str(key)] = {"raw": cell.raw, "position": cell.position}
        measures.append(row)
    return Table.model_validate(
        {
            "kind": table["kind"],
            "position": table["position"],
            "columns": table.get("columns", []),
            "measures": measures,
            "title": table.get("title"),
            "fiscal_year": table.get("fiscal_year"),
        }
    )
