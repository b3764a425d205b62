"""Row assembly: from a document's items (after table detection) to a `Report`.

Header rows open (or, repeated after a page break, continue) a table; data rows become measures;
a row without its own measure name or number continues the measure above; an empty area is the
area above; a total row is not a measure; a short heading above a table names its area (or its
fiscal year); the title lines before the first table name the agency and the fiscal year.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ita_lint import thai
from ita_lint.layout import numbering
from ita_lint.layout.model import (
    CHECK_MARKS,
    CROSSES,
    Break,
    Header,
    HeaderRow,
    Item,
    Line,
    ScoreHeader,
    SourceCell,
)
from ita_lint.layout.vocabulary import Agency, Vocabulary
from ita_lint.records import (
    MEASURE_TABLES,
    Cell,
    Column,
    DocumentKind,
    MeasureText,
    Position,
    Report,
    TableKind,
    TableText,
    build_report,
)
from ita_lint.values import Status

STATUS_WORDS = {
    Status.NOT_STARTED: "ยังไม่ดำเนินการ",
    Status.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    Status.DONE: "ดำเนินการเรียบร้อยแล้ว",
}
PROVINCE = re.compile(r"จังหวัด\s*([\u0e01-\u0e4e]+)")
FISCAL_YEAR = re.compile(
    r"ปี\s?งบ\s?ประมาณ\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*[0-9๐-๙]{4}"
    r"|(?i:fiscal\s+year|FY)\s*(?:B\.?\s*E\.?\s*)?[0-9]{4}"  # English titles: Fiscal Year B.E. 2568
)  # spaces: pdftotext splits words
# The year a title says the document is for (ประจำปีงบประมาณ), before a year it cites (the year
# of the assessment it follows up: ตามผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗).
STATED_YEAR = re.compile(r"(?:(?<=ประจำ)|(?<=ประจำ ))ปี\s?งบ\s?ประมาณ\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*[0-9๐-๙]{4}")
# Where no title line names the fiscal year as such, the year of the assessment does: ITA 2566,
# ITA ประจำปี ๒๕๖๖, ... ประจำปี พ.ศ. ๒๕๖๖.
ASSESSMENT_YEAR = re.compile(
    r"(?:ITA\s*(?:ประจำปี\s*)?|ประจำปี\s*)(?:พ\s*\.?\s*ศ\s*\.?)?\s*[0-9๐-๙]{4}(?![0-9๐-๙])", re.IGNORECASE
)
# A paragraph this long between two tables is body text, not a heading: the tables are separate.
HEADING_MAX = 160
YEAR_HEADING_LINES = 2  # lines right above a table that may give it a fiscal year of its own
_HEADING_END = re.compile(r"\s*(?:\(ต่อ\)|\)|:)?\s*")  # what may follow the year in such a heading
YEAR_HEADING_MAX = 100  # characters of such a heading: longer is a sentence citing some year


class _Draft:
    """A measure being assembled: where it starts, and its cells so far (continuation rows join)."""

    __slots__ = ("cells", "number", "numbered", "position")

    def __init__(
        self, position: Position, cells: dict[Column, SourceCell], numbered: SourceCell | None = None
    ) -> None:
        self.position = position
        self.cells = cells
        self.numbered = numbered  # its cell in the table's number column
        self.number = _digits(numbered)


@dataclass
class _Table:
    kind: TableKind
    position: Position
    columns: list[Column]
    fiscal_year: int | None
    title: str | None = None
    area: SourceCell | None = None
    measures: list[_Draft] = field(default_factory=list)
    numbered: bool = False  # its rows are numbered
    scores: list[tuple[Position, Cell, Cell, str | None]] = field(default_factory=list)


@dataclass
class _Builder:
    vocabulary: Vocabulary
    lines: list[SourceCell] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    header: Header | None = None
    table: _Table | None = None
    # text seen since the last table row: headings name the area (or fiscal year) of what follows
    pending: list[SourceCell] = field(default_factory=list)
    # a page break (or the header repeated after one) came since the last data row
    after_page: bool = False
    # an empty row came since the last data row: the table may have ended on it
    after_empty: bool = False
    # how many lines came before the first table: the title (line numbers restart in Word tables)
    title_lines: int | None = None
    # the score table whose rows come now, until a line of text
    scores: _Table | None = None
    # a table without names whose rows add to the measures above with the same numbers
    joining: Header | None = None
    joined: int = 0  # rows of such a table without numbers joined so far, in order
    # the overall score and level a score table states in rows of their own (คะแนนรวม, ระดับ)
    stated: dict[str, Cell] = field(default_factory=dict)


def _marks(cell: SourceCell) -> bool:
    marks = cell.key.replace(" ", "") if not cell.blank else ""
    return bool(marks) and set(marks) <= CHECK_MARKS


def _row_values(
    header: Header, cells: Sequence[SourceCell]
) -> tuple[dict[Column, SourceCell], dict[Column, SourceCell], bool]:
    """The row's filled cells and empty cells by column, and whether it numbers a new row."""
    values: dict[Column, SourceCell] = {}
    # Empty cells are kept for new measures, so that "outcome missing" points at the empty cell.
    blanks: dict[Column, SourceCell] = {}
    periods: list[SourceCell] = []
    ticked: list[tuple[int, int, SourceCell]] = []
    status: SourceCell | None = None
    numbered = False
    for index, cell in enumerate(cells):
        if index == header.number:
            numbered = numbering.is_number(cell.key)
            continue
        column = header.column(index)
        if column is None:
            continue
        if index in header.marks:
            if _marks(cell):
                said = header.marks[index]
                # a cross in the one column ticked yes or no (ดำเนินการแล้ว ✔ / ✘) says no
                if (
                    len(header.marks) == 1
                    and said is Status.DONE
                    and set(cell.key.replace(" ", "")) <= CROSSES
                ):
                    said = Status.NOT_STARTED
                status = SourceCell(STATUS_WORDS[said], cell.position)
        elif index in header.ticks:
            if _marks(cell):
                ticked.append((*header.ticks[index], cell))
        elif column is Column.PERIOD and not cell.blank:
            periods.append(cell)
        else:
            (blanks if cell.blank else values).setdefault(column, cell)
    if status is not None:
        values[Column.STATUS] = status
    if ticked:
        first, last = min(t[0] for t in ticked), max(t[1] for t in ticked)
        values[Column.PERIOD] = SourceCell(thai.fiscal_months_text(first, last), ticked[0][2].position)
    elif periods:
        # start and end dates in two sub-columns of one period heading read as one period
        text = " - ".join(cell.raw for cell in periods)
        values[Column.PERIOD] = SourceCell(text, periods[0].position)
    return values, blanks, numbered


def _items(text: str) -> list[str] | None:
    """The numbered items one cell lists, one or more lines each (๑. ...\n๒. ...), or None when
    the cell does not start a list of two or more items numbered in turn."""
    items: list[list[str]] = []
    for line in text.split("\n"):
        number = _leading_number(line) if numbering.MEASURE_HEAD.match(line) else None
        following = not items or number == (_leading_number(items[-1][0]) or 0) + 1
        if number is not None and following:
            items.append([line])
        elif items:
            items[-1].append(line)
        else:
            return None
    return ["\n".join(item) for item in items] if len(items) >= 2 else None


def _leading_number(text: str) -> int | None:
    digits = re.match(r"\D{0,12}?(\d{1,3})", thai.to_arabic_digits(text.strip()))
    return int(digits.group(1)) if digits else None


def _signs(cells: Sequence[SourceCell], vocabulary: Vocabulary) -> bool:
    """A row that starts the signature block under a table (ผู้รายงาน: ..., ลงชื่อ ...): no measure."""
    first = next((c for c in cells if not c.blank), None)
    return first is not None and vocabulary.ends_table(first.raw)


def _split(header: Header, cells: Sequence[SourceCell]) -> list[list[SourceCell]] | None:
    """A row whose name cell lists several numbered measures, one row per measure: the other cells
    share out their lines (or their numbered items) when they have one per measure, else each
    measure keeps the whole cell."""
    name = next((i for i, c in enumerate(header.columns) if c is Column.NAME), None)
    if name is None or name >= len(cells) or "\n" not in cells[name].raw:
        return None
    names = _items(cells[name].raw)
    if names is None:
        return None
    rows: list[list[SourceCell]] = [[] for _ in names]
    for index, cell in enumerate(cells):
        parts = names if index == name else _items(cell.raw) or [p for p in cell.raw.split("\n") if p.strip()]
        shared = len(parts) == len(names) and index != header.number
        for at, row in enumerate(rows):
            row.append(SourceCell(parts[at], cell.position) if shared else cell)
    return rows


def _add_row(builder: _Builder, cells: Sequence[SourceCell]) -> None:
    header, table = builder.header, builder.table
    assert header is not None and table is not None
    rows = _split(header, cells)
    if rows is not None:
        for row in rows:
            _add_row(builder, row)
        return
    values, blanks, numbered = _row_values(header, cells)
    if _result_row(builder, header, cells, values, blanks):
        return
    if not values and not numbered:
        builder.after_empty = True
        return
    # Below a table of numbered measures and an empty row, one cell of text with no number is a
    # note under the table (อัปเดตล่าสุดโดย ...), not a measure that states nothing.
    after_empty, builder.after_empty = builder.after_empty, False
    note = after_empty and table.numbered and header.number is not None and not numbered and len(values) == 1
    if note:
        return
    first_text = next((c.key for c in cells if c.key), "")
    if builder.vocabulary.total_row.match(first_text):
        return  # a total row sums the table; it is not a measure
    measures = table.measures
    own = Column.NAME in values or numbered or (Column.AREA in values and header.number is not None)
    # Where rows are numbered (in a number column, or at the start of the area or the name), an
    # unnumbered row right after a page break is the rest of the row the break cut, even when it
    # carries on the name as well.
    numbered = numbered or any(
        numbering.is_numbered(values[c].key) for c in (Column.AREA, Column.NAME) if c in values
    )
    split = builder.after_page and table.numbered and not numbered
    table.numbered = table.numbered or numbered
    builder.after_page = False
    if (split or not own) and measures:
        # A row with neither its own name nor number continues the measure above (a page break).
        above = measures[-1].cells
        for column, cell in values.items():
            if column is Column.AREA:
                continue
            before = above.get(column)
            if before is not None and not before.blank:
                above[column] = SourceCell(before.raw + "\n" + cell.raw, before.position)
            else:
                above[column] = cell
        return
    placed = list(values.values()) or [c for c in cells if not c.blank] or list(cells)
    first = min(placed, key=lambda c: c.position.sort_key)
    measure = _Draft(first.position, dict(values), _number_cell(header, cells))
    table.measures.append(measure)
    for column, cell in blanks.items():
        if column is not Column.AREA:  # an empty area is the area above, carried down
            measure.cells.setdefault(column, cell)
    if Column.AREA not in measure.cells:
        if table.area is not None:
            measure.cells[Column.AREA] = table.area
    else:
        table.area = measure.cells[Column.AREA]


# what a result row says of its measure in place of the plan row above it
_RESULTS = (Column.BUDGET, Column.STATUS, Column.RESULT, Column.OUTCOME)


def _result_row(
    builder: _Builder,
    header: Header,
    cells: Sequence[SourceCell],
    values: dict[Column, SourceCell],
    blanks: dict[Column, SourceCell],
) -> bool:
    """Whether the row is the result row (ผล) under a measure's plan row (แผน), taken in: its
    budget is the budget used (an empty one is none stated, whatever was planned), its status and
    result are the measure's, and the months it ticks are when the work was done."""
    if header.phases is None or header.phases >= len(cells) or builder.table is None:
        return False
    if not thai.skeleton(cells[header.phases].key).startswith("ผล") or not builder.table.measures:
        return False
    measure = builder.table.measures[-1].cells
    empty = SourceCell("", cells[header.phases].position)  # a row that stops short has none
    for column in _RESULTS:
        if column in header.columns:
            measure[column] = values.get(column) or blanks.get(column) or empty
    if Column.PERIOD in values:
        measure[Column.PERIOD] = values[Column.PERIOD]
    return True


def _digits(cell: SourceCell | None) -> str | None:
    """A number cell's number, as digits (๓. and 3 are the same number)."""
    return None if cell is None else (re.sub(r"\D", "", cell.key).lstrip("0") or None)


def _number_cell(header: Header, cells: Sequence[SourceCell]) -> SourceCell | None:
    """The row's cell in the number column."""
    if header.number is None or header.number >= len(cells):
        return None
    return cells[header.number]


def _join_row(builder: _Builder, header: Header, cells: Sequence[SourceCell]) -> None:
    """A row of a table without names: its cells go to the measure of the same number above, or,
    where its rows are not numbered, to the measure in the same place in the table above."""
    number = _digits(_number_cell(header, cells))
    values, blanks, _ = _row_values(header, cells)
    if not values:
        return  # an empty row joins nothing and does not count
    above = next((t for t in reversed(builder.tables) if t.measures), None)
    if header.number is None:
        target = above.measures[builder.joined] if above and builder.joined < len(above.measures) else None
        builder.joined += 1
    else:
        target = next(
            (
                m
                for t in reversed(builder.tables)
                for m in t.measures
                if number is not None and m.number == number
            ),
            None,
        )
    if target is None:
        builder.lines.extend(c for c in cells if not c.blank)  # no table to join: text, as any row
        return
    for column, cell in [*values.items(), *blanks.items()]:
        if column is not Column.AREA and (column not in target.cells or target.cells[column].blank):
            target.cells[column] = cell
    owner = next(t for t in builder.tables if target in t.measures)
    for column in header.fields():
        if column not in owner.columns:
            owner.columns.append(column)
    if header.kind is TableKind.REPORT:
        owner.kind = TableKind.REPORT


def _heading_area(pending: Sequence[SourceCell], vocabulary: Vocabulary) -> SourceCell | None:
    """A short heading right above a table block, without its `(ต่อ)` mark, names the area (not
    the end of an introduction such as "... ดังนี้")."""
    if not pending:
        return None
    cell = pending[-1]
    text = thai.clean_markup(cell.raw)
    if len(text) > HEADING_MAX or FISCAL_YEAR.search(text) or vocabulary.find_agency(text) is not None:
        return None
    if not vocabulary.names_area(text):
        return None
    if vocabulary.page_furniture.match(thai.normalize(text)):
        return None
    return SourceCell(re.sub(r"\s*\(ต่อ\)\s*$", "", text), cell.position)


def _pending_year(pending: Sequence[SourceCell]) -> int | None:
    """The fiscal year a heading right above a table names (a plan for next year has its own).

    Only a short line right above the table that ends with the year counts (…ประจำปีงบประมาณ
    พ.ศ. ๒๕๖๖): a sentence that cites last year's assessment does not date the table."""
    for cell in reversed(pending[-YEAR_HEADING_LINES:]):
        text = cell.raw.strip()
        match = FISCAL_YEAR.search(text)
        if match and len(text) <= YEAR_HEADING_MAX and _HEADING_END.fullmatch(text[match.end() :]):
            return thai.parse_year(match.group(0))
    return None


def _start_block(builder: _Builder, header: Header, first: SourceCell) -> None:
    """A header row: the same header as the table before continues it (a page break)."""
    long_text = any(len(c.raw) > HEADING_MAX for c in builder.pending)
    same = builder.header is not None and builder.header.signature == header.signature
    builder.after_page = same and builder.table is not None and bool(builder.table.measures)
    if builder.table is None or not same or long_text:
        builder.table = _Table(
            kind=header.kind,
            position=first.position,
            columns=header.fields(),
            fiscal_year=_pending_year(builder.pending),
        )
        builder.tables.append(builder.table)
        builder.header = header
    area = _heading_area(builder.pending, builder.vocabulary) if Column.AREA not in header.columns else None
    if area is not None:
        builder.table.area = area
        builder.table.title = builder.table.title or thai.clean_markup(area.raw)
    builder.pending = []


_SCORE_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_INSTRUMENT = re.compile(r"\b(IIT|EIT|OIT)\b", re.IGNORECASE)


# rows of a score table that state the result as a whole, not an indicator's score
_OVERALL_LABEL = re.compile(r"คะแนนรวม|คะแนน(?:ผลการประเมิน)?\s*ita\s*(?:รวม)?$|overall|total", re.IGNORECASE)
_LEVEL_LABEL = re.compile(r"ระดับ(?:ผลการประเมิน|คะแนน)?$|level$", re.IGNORECASE)


def _add_score(builder: _Builder, table: _Table, cells: Sequence[SourceCell]) -> None:
    """A score row: the last number is the score, the text before it the indicator; an instrument
    (IIT, EIT, OIT) named in a row holds for the rows under it that name none. A row of the overall
    score (คะแนนรวม) or of the level (ระดับผลการประเมิน | AA) states the report's."""
    texts = [thai.to_arabic_digits(c.key.strip()) for c in cells]
    label = next((t for t in texts if t), "")
    values = [(c, t) for c, t in zip(cells[1:], texts[1:], strict=True) if t]
    if _LEVEL_LABEL.match(label) and values and _LEVEL.fullmatch(values[-1][0].raw.strip()):
        builder.stated["level"] = Cell(values[-1][0].raw.strip(), values[-1][0].position)
        return
    at = next((i for i in range(len(cells) - 1, 0, -1) if _SCORE_CELL.fullmatch(texts[i])), None)
    if at is None:
        return
    if _OVERALL_LABEL.match(label) and "." in texts[at]:
        builder.stated["overall"] = Cell(texts[at], cells[at].position)
        return
    indicator = next(
        (c for c, t in zip(cells[:at][::-1], texts[:at][::-1], strict=True) if t and not t.isdigit()), None
    )
    if indicator is None:
        return
    named = next((m[1].upper() for t in texts[:at] if (m := _INSTRUMENT.search(t))), None)
    instrument = named or (table.scores[-1][3] if table.scores else None)
    table.scores.append(
        (
            cells[0].position,
            Cell(indicator.raw, indicator.position),
            Cell(cells[at].raw, cells[at].position),
            instrument,
        )
    )


def assemble(items: Iterable[Item], vocabulary: Vocabulary, assumed_year: int | None = None) -> Report:
    """Build a report from a document's items (headers recognised), in reading order."""
    builder = _Builder(vocabulary)
    for item in items:
        if isinstance(item, Break):
            builder.after_page = builder.after_page or item.page
        elif isinstance(item, Line):
            builder.lines.append(item.cell)
            # a page's running footer (หน้า 1 จาก 4) neither heads what follows nor ends a table
            if not item.cell.blank and not builder.vocabulary.page_furniture.match(item.cell.key):
                builder.pending.append(item.cell)
                builder.scores = None
        elif isinstance(item, HeaderRow) and item.header.keyed:
            builder.joining, builder.joined = item.header, 0
            builder.pending = []
        elif isinstance(item, HeaderRow):
            builder.joining = None
            if builder.title_lines is None:
                builder.title_lines = len(builder.lines)
            header = item.header
            if builder.header is not None and header.signature == builder.header.signature:
                header = builder.header
            _start_block(builder, header, item.cells[0])
        elif isinstance(item, ScoreHeader):
            builder.joining = None
            if builder.title_lines is None:
                builder.title_lines = len(builder.lines)
            builder.scores = _Table(TableKind.SCORES, item.cells[0].position, [], None)
            builder.tables.append(builder.scores)
            builder.header = builder.table = None
            builder.pending = []
        elif builder.joining is not None:
            _join_row(builder, builder.joining, item.cells)
        elif builder.scores is not None:
            _add_score(builder, builder.scores, item.cells)
        elif builder.header is None or builder.table is None or _signs(item.cells, builder.vocabulary):
            builder.lines.extend(c for c in item.cells if not c.blank)
        else:
            _add_row(builder, item.cells)
    return _report(builder, assumed_year)


# A legend under a table says what its symbols mean: `✓ = ดำเนินการแล้ว`, `● หมายถึง อยู่ระหว่าง...`.
_SYMBOL = r"[^\w\s=:,;()]{1,2}"  # a mark: one or two characters that are neither letters nor digits
_MEANS = r"\s*(?:=|:|หมายถึง|คือ)\s*"
_LEGEND_ENTRY = re.compile(rf"(?:^|[\s,;(])({_SYMBOL}){_MEANS}([^=:,;()]+?)(?=\s+{_SYMBOL}{_MEANS}|[,;)]|$)")


def _legend(lines: Sequence[SourceCell]) -> dict[str, str]:
    """Symbols a legend explains as statuses, and the status words each stands for."""
    found: dict[str, str] = {}
    for cell in lines:
        if len(cell.raw) > HEADING_MAX:
            continue
        for symbol, meaning in _LEGEND_ENTRY.findall(cell.raw):
            status = thai.parse_status(meaning)
            if status is not None:
                found[symbol] = STATUS_WORDS[status]
    return found


def _explain(tables: Sequence[_Table], legend: dict[str, str]) -> None:
    """Status cells that hold a symbol the legend explains say what it means."""
    for table in tables:
        for measure in table.measures:
            cell = measure.cells.get(Column.STATUS)
            if cell is not None and (words := legend.get(cell.raw.strip())) is not None:
                measure.cells[Column.STATUS] = SourceCell(words, cell.position)


def _report(builder: _Builder, assumed_year: int | None) -> Report:
    vocabulary = builder.vocabulary
    text_lines = builder.lines
    legend = _legend(text_lines)
    if legend:
        _explain(builder.tables, legend)
    tables = [_table(t) for t in builder.tables]
    title = text_lines if builder.title_lines is None else text_lines[: builder.title_lines]
    # the first title line that names a kind of document says what the document is
    named = (vocabulary.title_kind(c.raw) for c in title if len(c.raw) <= HEADING_MAX)
    title_kind = next((kind for kind in named if kind is not None), DocumentKind.OTHER)
    if not builder.tables and any(vocabulary.downloads.search(c.raw) for c in text_lines):
        title_kind = DocumentKind.OTHER  # an index page: it links to the plan, it is not the plan
    cells: dict[str, Cell] = {}
    short = [c for c in title if len(c.raw) <= HEADING_MAX]
    stated = (
        _search(STATED_YEAR, short)  # ประจำปีงบประมาณ ... names the document's own year
        or _search(FISCAL_YEAR, title or text_lines)
        or _search(FISCAL_YEAR, _wrapped(short))
        or _search(ASSESSMENT_YEAR, short)
        or _search(ASSESSMENT_YEAR, _wrapped(short))
    )
    if stated is not None:
        cells["fiscal_year"] = stated
    # The agency is named in a heading: the title lines first, never a sentence of body text.
    headings = [c for c in (*title, *text_lines) if len(c.raw) <= HEADING_MAX]
    agency = _agency(headings, vocabulary, title)
    if agency is not None:
        cells["agency"], cells["agency_type"] = agency
    province = _search(PROVINCE, title + text_lines, group=1)
    if province is not None:
        cells["province"] = province
    cells.update(_stated_score(text_lines))
    cells.update(builder.stated)  # a score table's own rows say it more surely than a line of text
    kind = _document_kind(title_kind, [t for t in tables if t.kind in MEASURE_TABLES])
    return build_report(tables, cells, kind, title_kind, assumed_year)


# a title line that labels the agency: หน่วยงาน สำนักงานธนารักษ์พื้นที่ขอนแก่น
_AGENCY_LABEL = re.compile(r"\s*(?:ชื่อ)?(?:หน่วยงาน|ส่วนราชการ)\s*[:：]?\s*")


def _agency(
    headings: Sequence[SourceCell], vocabulary: Vocabulary, title: Sequence[SourceCell]
) -> tuple[Cell, Cell] | None:
    """The agency the first heading names, and its kind. Among the title lines, one labelled as the
    agency's (หน่วยงาน ...) names it first; where the first name is abbreviated (อบจ.นครพนม in a
    running header), a title line that spells out an agency of the same kind names it."""

    def named(cells: Iterable[SourceCell]) -> Iterator[tuple[SourceCell, str, Agency]]:
        for cell in cells:
            text = thai.repair(cell.raw)  # PDF damage repaired (ตําบล), so the name is found whole
            if (agency := vocabulary.find_agency(text)) is not None:
                yield cell, text, agency

    first = next(named(headings), None)
    if first is None:
        return None
    in_title = list(named(title))
    labelled = (f for f in in_title if _AGENCY_LABEL.fullmatch(f[1][: f[2].offset]))
    spelled = (
        f for f in in_title if "." in first[2].name and f[2].type == first[2].type and "." not in f[2].name
    )
    cell, text, agency = next(labelled, None) or next(spelled, None) or first
    # the offset is the cell's own only where the repair changed nothing
    position = cell.at(agency.offset) if text == cell.raw else cell.position
    return Cell(agency.name, position), Cell(agency.type, position)


_OVERALL = re.compile(r"(\d{1,3}\.\d{1,2})\s*คะแนน")
_LEVEL = re.compile(r"(?:ระดับ\s*)?(AA|A|B|C|D|E|F|ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ไม่ผ่าน)")


def _stated_score(lines: Sequence[SourceCell]) -> dict[str, Cell]:
    """The overall score an analysis memo states on a line of its own (97.86 คะแนน), and the level
    on one of the next lines (AA)."""
    found: dict[str, Cell] = {}
    filled = [c for c in lines if not c.blank]
    for index, cell in enumerate(filled):
        score = _OVERALL.fullmatch(thai.to_arabic_digits(cell.raw.strip()))
        if score is None:
            continue
        found["overall"] = Cell(score[1], cell.position)
        for after in filled[index + 1 : index + 4]:
            level = _LEVEL.fullmatch(after.raw.strip())
            if level is not None:
                found["level"] = Cell(level[1], after.position)
                break
        return found
    return found


def _wrapped(lines: Sequence[SourceCell]) -> list[SourceCell]:
    """Each title line with the next one after it, for words a line break cut in two
    (…ประจำปีงบประมาณ / พ.ศ. ๒๕๖๘)."""
    return [
        SourceCell(a.raw.rstrip() + " " + b.raw.lstrip(), a.position) for a, b in itertools.pairwise(lines)
    ]


def _search(pattern: re.Pattern[str], lines: Sequence[SourceCell], group: int = 0) -> Cell | None:
    for cell in lines:
        match = pattern.search(cell.raw)
        if match:
            return Cell(match.group(group), cell.at(match.start(group)))
    return None


def _document_kind(title_kind: DocumentKind, tables: Sequence[TableText]) -> DocumentKind:
    if not tables:
        return DocumentKind.OTHER
    if title_kind is DocumentKind.ANALYSIS:
        return DocumentKind.ANALYSIS
    return DocumentKind.REPORT if any(t.kind is TableKind.REPORT for t in tables) else DocumentKind.PLAN


def _table(table: _Table) -> TableText:
    measures = []
    for measure in table.measures:
        cells = {column: Cell(cell.raw, cell.position) for column, cell in measure.cells.items()}
        number = measure.numbered
        numbered = None if number is None or number.blank else Cell(number.raw, number.position)
        measures.append(MeasureText(measure.position, cells, numbered))
    return TableText(
        measures, table.kind, table.position, table.title, table.fiscal_year, table.columns, table.scores
    )
