"""Measures written as running prose: one paragraph per measure, without labels or a table.

    มาตรการที่ ๔ การเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กองคลังได้เผยแพร่แผน... ตั้งแต่ ต.ค. ๖๗ – ก.ย. ๖๘ ...

A memo reports its measures so. Each paragraph that starts with a measure's number is searched
for the phrases a reviewer finds in it: the unit that answers for it, the dates it ran, what it
spent. What the paragraph says before the first of them names the measure; what it says after
the last is its result, or its status where that is all it says (ขณะนี้ยังไม่ได้ดำเนินการ). The
paragraphs become rows under a header of the fields found, so that a phrase a paragraph lacks is
a field its measure lacks.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ita_lint import thai
from ita_lint.layout import numbering
from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.layout.vocabulary import LABELS, Vocabulary
from ita_lint.records import Column
from ita_lint.thai.periods import DATE

# "no budget used", or an amount of budget in baht; never the งบประมาณ of ปีงบประมาณ
_BUDGET = re.compile(
    r"(?:โดย)?(?:ไม่(?:ได้)?ใช้|ไม่มี)\s*งบประมาณ"
    r"|(?:โดย)?(?:ใช้)?(?<!ปี)งบประมาณ\s*(?:จำนวน)?\s*[0-9๐-๙][0-9๐-๙,.]*\s*บาท"
)
# a period without dates: the whole year, quarters
_WHEN = re.compile(r"ตลอดปี(?:งบประมาณ)?|ทั้งปี(?:งบประมาณ)?|ไตรมาส\s*(?:ที่)?\s*[1-4๑-๔](?:\s*[-–—]\s*[1-4๑-๔])?")
# what joins the two ends of a period: ต.ค. ๖๗ – ก.ย. ๖๘, ๑ ม.ค. ถึง ๓๑ มี.ค.
_UNTIL = re.compile(r"\s*(?:[-–—]|จนถึง|ถึง)\s*")
# a unit of the agency, starting a word: กองคลัง, งานนิติการ, สำนักปลัดเทศบาล
_UNIT = re.compile(r"(?<!\S)(?:สำนัก|กอง|งาน|ฝ่าย|กลุ่ม|ศูนย์|แผนก)[ก-๙]+(?:\s+(?:สำนัก|กอง)[ก-๙]+)?")
# where a unit's name gives way to what it did (กองคลังได้เผยแพร่, ...เป็นผู้รับผิดชอบ)
_DEED = re.compile("ได้|เป็นผู้|กำหนด|ดำเนิน|จัดให้|จัดทำ|มีการ")
_LETTER = re.compile("[ก-ฮA-Za-z]")
# a closing status, not a result: short (ขณะนี้ยังไม่ได้ดำเนินการ)
STATUS_MAX = 40
PARAGRAPHS_MIN = 3  # paragraphs of measures, for a document to be read as prose
PHRASES_MIN = 2  # phrases a paragraph needs to be a measure written as prose


@dataclass(frozen=True)
class _Paragraph:
    """The lines of one paragraph as one text, each line's cell kept with where it starts."""

    text: str
    starts: tuple[int, ...]
    cells: tuple[SourceCell, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> _Paragraph:
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line.cell.raw) + 1
        cells = tuple(line.cell for line in lines)
        return cls(" ".join(cell.raw for cell in cells), tuple(starts), cells)

    def cell(self, start: int, end: int) -> SourceCell:
        """The text from start to end, without its outer spaces, where it stands in the document."""
        text = self.text[start:end]
        start += len(text) - len(text.lstrip())
        index = bisect.bisect_right(self.starts, start) - 1
        return SourceCell(text.strip(), self.cells[index].at(start - self.starts[index]))


def _period(text: str, start: int) -> tuple[int, int] | None:
    """Where the first period after `start` is written: a date or month, to the one that ends it."""
    date = DATE.search(text, start)
    when = _WHEN.search(text, start)
    if when is not None and (date is None or when.start() < date.start()):
        return when.span()
    if date is None:
        return None
    end = date.end()
    while (until := _UNTIL.match(text, end)) and (last := DATE.match(text, until.end())):
        end = last.end()
    return date.start(), end


def _unit(text: str, start: int) -> tuple[int, int] | None:
    unit = _UNIT.search(text, start)
    if unit is None:
        return None
    deed = _DEED.search(text, unit.start() + 3, unit.end())
    return unit.start(), deed.start() if deed else unit.end()


def _worded(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether words run between the phrases, as in prose; phrases set apart by dashes and dots
    alone (ต.ค. 68 · งานพัสดุ) are a line of fields, which another reading reads."""
    return any(_LETTER.search(text, end, start) for (_, end), (start, _) in itertools.pairwise(spans))


def _fields(paragraph: _Paragraph, head: int) -> dict[Column, SourceCell] | None:
    """The fields a paragraph writes in prose; None where it writes too few of them."""
    text = paragraph.text
    named = re.compile(r"\S+\s*").match(text, head)  # the measure is named by a word at least
    after = named.end() if named else head
    budget = _BUDGET.search(text, after)
    spans = {
        Column.PERIOD: _period(text, after),
        Column.RESPONSIBLE: _unit(text, after),
        Column.BUDGET: budget.span() if budget else None,
    }
    found = {column: span for column, span in spans.items() if span is not None}
    if len(found) < PHRASES_MIN or not _worded(text, sorted(found.values())):
        return None
    first = min(start for start, _ in found.values())
    last = max(end for _, end in found.values())
    fields = {column: paragraph.cell(*span) for column, span in found.items()}
    fields[Column.NAME] = paragraph.cell(0, first)
    rest = paragraph.cell(last, len(text))
    if rest.raw:
        closing = len(rest.raw) <= STATUS_MAX and thai.parse_status(rest.raw) is not None
        fields[Column.STATUS if closing else Column.RESULT] = rest
    return fields


def _paragraphs(items: Sequence[Item]) -> list[tuple[int, int, _Paragraph, int]]:
    """Each paragraph that starts with a measure's number: the items it spans, its text, and where
    its name starts."""
    found = []
    index = 0
    while index < len(items):
        item = items[index]
        head = numbering.MEASURE_HEAD.match(item.cell.raw) if isinstance(item, Line) else None
        if head is None or not isinstance(item, Line):
            index += 1
            continue
        end = index + 1
        while end < len(items) and isinstance(line := items[end], Line):
            if numbering.MEASURE_HEAD.match(line.cell.raw):
                break
            end += 1
        lines = [i for i in items[index:end] if isinstance(i, Line)]
        found.append((index, end, _Paragraph.of(lines), head.end() - 1))
        index = end
    return found


# a line that starts with a label and its colon: ระยะเวลาดำเนินการ: ต.ค. ๖๗
_LABEL = re.compile(r"\s*([^:：]{2,40})[:：]")


def _labelled(paragraph: _Paragraph, vocabulary: Vocabulary) -> bool:
    """Whether a line of the paragraph, past its first, gives a field under its label."""
    labels = (_LABEL.match(cell.raw) for cell in paragraph.cells[1:])
    return any(label and isinstance(vocabulary.role(thai.normalize(label[1])), Column) for label in labels)


def prose(items: Sequence[Item], vocabulary: Vocabulary) -> list[Item] | None:
    """The stream with each paragraph of a measure written in prose read as a row of its fields,
    under a header of the fields found; None where too few paragraphs are measures so."""
    measures: list[tuple[int, int, dict[Column, SourceCell]]] = []
    for start, end, paragraph, head in _paragraphs(items):
        if _labelled(paragraph, vocabulary):
            continue  # fields under labels of their own are the labelled reading's
        fields = _fields(paragraph, head)
        if fields is not None:
            measures.append((start, end, fields))
    if len(measures) < PARAGRAPHS_MIN:
        return None
    columns = [c for c in Column if any(c in fields for _, _, fields in measures)]
    first = measures[0][2][Column.NAME].position
    header = Row(tuple(SourceCell(LABELS[column], first) for column in columns))
    out: list[Item] = list(items[: measures[0][0]])
    out.append(header)
    taken = measures[0][0]
    for start, end, fields in measures:
        out += [item for item in items[taken:start] if not isinstance(item, Break)]
        name = fields[Column.NAME]
        out.append(Row(tuple(fields.get(column, SourceCell("", name.position)) for column in columns)))
        taken = end
    out += items[taken:]
    return out
