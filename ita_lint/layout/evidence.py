"""What a reading's cells say of it: a reading of a document is a hypothesis, and its cells are the
evidence.

Each filled cell of a measures table is weighed against the column it sits in: a period column
whose cells read as periods, a budget column whose cells read as amounts (or "no budget used"), a
name that reads as the name of a measure, support the reading; a name cell that says
"ไม่ใช้งบประมาณ", a period cell holding a sentence, a budget cell holding a date contradict it.
So do measures made of one stray cell (a wrapped line read as a new row). A reading whose cells
contradict their columns is a misreading, and its findings would be nonsense to a reviewer: the
best reading wins, and a document that no reading explains is refused (`measures-unreadable`)
rather than checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from ita_lint import thai
from ita_lint.records import Cell, Column, Measure, Report, Table

# A period or budget cell longer than this is a sentence, not a value (a wrapped result, a name).
VALUE_MAX = 60
# A name this short, or one that is only a value, is not the name of a measure.
NAME_MIN = 4
_NUMBER = re.compile(r"[\s(]*[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]?\s*")
_LETTERS = re.compile(r"[ก-ฮA-Za-z]")

# A period or budget cell of words alone says when or how much in words: without a month or a
# word of time (ตลอดปี, ตามแผน), a period cell holds something else; a sentence without a digit
# or a word of money (งบประมาณ, บาท, ไม่ใช้) in a budget cell does too.
WORDS_MIN = 10
_WHEN = re.compile(
    "ม\\.?ค|ก\\.?พ|มี\\.?ค|เม\\.?ย|พ\\.?ค|มิ\\.?ย|ก\\.?ค|ส\\.?ค|ก\\.?ย|ต\\.?ค|พ\\.?ย|ธ\\.?ค"
    "|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา"
    "|ตลอด|ตาม|ทุก|ไตรมาส|เดือน|ปี|ต่อเนื่อง|รอบ|ภายใน|ระหว่าง|ครั้ง|สัปดาห์|วัน|เมื่อ",
    re.IGNORECASE,
)
_MONEY = re.compile("งบ|บาท|เงิน|ไม่ใช|ไม่มี|ไม่ได้ใช้|ค่าใช้จ่าย")
GOOD, BAD = 1.0, -2.0  # what a cell that suits its column, or contradicts it, weighs
# Readings below this share of the best possible evidence (every cell suiting its column) are not
# trusted; measured on the corpus, sound readings stay above 0.6.
TRUSTED = 0.35


class Weight(NamedTuple):
    """The evidence of one reading: cells weighed, and those that contradict their column."""

    score: float = 0.0  # the sum of the weights of the cells
    cells: int = 0  # the cells weighed
    contradictions: int = 0  # cells (or measures) that contradict the reading
    measures: int = 0

    @property
    def share(self) -> float:
        """The evidence as a share of what every cell suiting its column would give (-2 to 1)."""
        return self.score / self.cells if self.cells else 0.0

    @property
    def trusted(self) -> bool:
        return self.measures > 0 and self.share >= TRUSTED

    def plus(self, other: Weight) -> Weight:
        return Weight(
            self.score + other.score,
            self.cells + other.cells,
            self.contradictions + other.contradictions,
            self.measures + other.measures,
        )


def _is_value_only(text: str) -> bool:
    """A name that is only an amount, "no budget used", a date or a status word."""
    budget = thai.parse_budget(text)
    if budget is not None and (budget.none_used or (budget.amount is not None and len(text) <= 24)):
        return True
    if thai.parse_status(text) is not None and len(text) <= 25:
        return True
    return thai.is_relative_period(text) and len(text) <= 30


def contradicts(column: Column, cell: Cell) -> bool:
    """Whether a filled cell says it belongs to another column than the one it sits in."""
    text = cell.text
    key = cell.key
    if column is Column.NAME:
        bare = _NUMBER.sub("", text, count=1)
        return _NUMBER.fullmatch(text) is not None or not _LETTERS.search(bare) or _is_value_only(key)
    if column is Column.PERIOD:
        value = getattr(cell, "value", None)
        if value is not None or getattr(cell, "needs_year", False):
            return False
        budget = thai.parse_budget(key)
        amount = budget is not None and (budget.none_used or budget.amount is not None)
        timeless = len(key) > WORDS_MIN and not _WHEN.search(key)
        return amount or timeless or len(text) > VALUE_MAX  # a sentence that reads as no period
    if column is Column.BUDGET:
        value = getattr(cell, "value", None)
        if value is not None:
            return False
        moneyless = len(key) > 2 * WORDS_MIN and not thai.DIGIT.search(key) and not _MONEY.search(key)
        return moneyless or len(text) > VALUE_MAX or (thai.is_relative_period(key) and len(key) <= 30)
    if column is Column.RESPONSIBLE:
        return _is_value_only(key)
    return False


def suits(column: Column, cell: Cell) -> bool:
    """Whether a filled cell reads as what its column holds (a value column's value parses)."""
    if column in (Column.PERIOD, Column.BUDGET, Column.STATUS):
        return getattr(cell, "value", None) is not None or getattr(cell, "needs_year", False)
    return True


_VALUES = (Column.PERIOD, Column.BUDGET, Column.STATUS)  # the columns of values, not of words


def doubtful(table: Table, measure: Measure) -> bool:
    """Whether some filled cell of a measure contradicts its column, or the measure is one stray
    piece of text read by OCR (whose rows are less sure than a PDF's: a wrapped line of a cell)."""
    filled = [
        (column, cell) for column in table.columns if (cell := measure.cell(column)) and not cell.is_blank
    ]
    if any(contradicts(column, cell) for column, cell in filled):
        return True
    if not measure.position.ocr:
        return False
    # OCR's rows are less sure than a PDF's: a line of a cell split off its row reads as one piece
    # of text, or as words in the text columns with no value in any value column the table has
    stray = len([c for c, _ in filled if c is not Column.AREA]) <= 1 and len(table.columns) >= 3
    valued = [c for c in _VALUES if c in table.columns]
    return stray or (bool(valued) and not any(c in _VALUES for c, _ in filled))


def _measure(table: Table, measure: Measure) -> Weight:
    score, cells, against = 0.0, 0, 0
    filled = 0
    for column in table.columns:
        cell = measure.cell(column)
        if cell is None or cell.is_blank:
            continue
        filled += column is not Column.AREA
        cells += 1
        if contradicts(column, cell):
            score, against = score + BAD, against + 1
        elif suits(column, cell):
            score += GOOD
    # a measure of one stray cell, in a table of several columns, is a wrapped line read as a row
    if filled <= 1 and len(table.columns) >= 3:
        score, against, cells = score + BAD, against + 1, cells + 1
    return Weight(score, cells, against, 1)


def weigh_table(table: Table) -> Weight:
    return _sum(_measure(table, measure) for measure in table.measures)


def weigh(report: Report) -> Weight:
    """The evidence of a reading of a document: every measure of its measure tables weighed."""
    return _sum(weigh_table(table) for table in report.measure_tables())


def _sum(weights: Iterable[Weight]) -> Weight:
    total = Weight()
    for weight in weights:
        total = total.plus(weight)
    return total
