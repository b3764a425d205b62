"""Years and fiscal years: BE, CE and two-digit years, in Thai or Arabic digits."""

from __future__ import annotations

import re
from datetime import date

from ita_lint.thai.text import prep

BE_OFFSET = 543

PS = r"พ\s*\.?\s*ศ\s*\.?"  # พ.ศ. with dots dropped or spaced
CS = r"ค\s*\.?\s*ศ\s*\.?"  # ค.ศ.
_MARKED_YEAR = re.compile(rf"(?:ปีงบประมาณ|{PS}|{CS})\s*(?:{PS}\s*)?(\d{{4}}|\d{{2}})(?!\d)")
_FOUR_DIGITS = re.compile(r"(?<!\d)(?<!\d[.,])(\d{4})(?!\d|[.,]\d)")
_TWO_DIGITS_ALONE = re.compile(r"\(?\s*(\d{2})\s*\)?")


# The BE years a report may name (2400-2700), and CE years written for them (1900-2200).
BE_YEARS = range(2400, 2701)
CE_YEARS = range(1900, 2201)


def year_to_be(digits: str) -> int | None:
    """BE year from a written year: two digits are BE (๖๘), four are BE or CE by range."""
    y = int(digits)
    if len(digits) == 2:
        return 2500 + y
    if y in BE_YEARS:
        return y
    if y in CE_YEARS:
        return y + BE_OFFSET
    return None


def find_year(prepped: str) -> int | None:
    for m in _MARKED_YEAR.finditer(prepped):
        be = year_to_be(m.group(1))
        if be is not None:
            return be
    ce: int | None = None
    for m in _FOUR_DIGITS.finditer(prepped):
        y = int(m.group(1))
        if y in BE_YEARS:
            return y
        if ce is None and y in CE_YEARS:
            ce = y + BE_OFFSET
    return ce


def parse_year(text: str) -> int | None:
    """Fiscal year in BE written in text (Thai or Arabic digits, BE or CE, `68` alone), or None."""
    prepped = prep(text)
    year = find_year(prepped)
    if year is None and (m := _TWO_DIGITS_ALONE.fullmatch(prepped)):
        year = 2500 + int(m.group(1))
    return year


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[date, date]:
    """First and last day of a fiscal year: FY N runs 1 Oct (N-1) to 30 Sep N, in CE dates."""
    ce = fiscal_year_be - BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def fiscal_year_of(day: date) -> int:
    """The fiscal year (BE) a day belongs to: October to December open the next one."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)
