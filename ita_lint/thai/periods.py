"""Periods of work: dates, months, quarters, half-years and whole fiscal years, as written in Thai."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from ita_lint.thai.text import DIGIT, THAI, THAI_GAP, prep
from ita_lint.thai.years import BE_OFFSET, CS, PS, find_year, fiscal_year_bounds, year_to_be
from ita_lint.values import Period

_MONTHS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("มกราคม",), "ม", "ค"),
    (("กุมภาพันธ์", "กุมภาพันธ"), "ก", "พ"),
    (("มีนาคม",), "มี", "ค"),
    (("เมษายน",), "เม", "ย"),
    (("พฤษภาคม",), "พ", "ค"),
    (("มิถุนายน",), "มิ", "ย"),
    (("กรกฎาคม", "กรกฏาคม"), "ก", "ค"),
    (("สิงหาคม",), "ส", "ค"),
    (("กันยายน",), "ก", "ย"),
    (("ตุลาคม",), "ต", "ค"),
    (("พฤศจิกายน",), "พ", "ย"),
    (("ธันวาคม",), "ธ", "ค"),
)
# English month names, as universities and state enterprises write timelines (Nov 2024 – Feb 2025).
_ENGLISH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_FULL = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Keyed by the matched text with dots and spaces removed (English in lower case).
MONTH_NUMBER: dict[str, int] = {
    key: number for number, (names, a, b) in enumerate(_MONTHS, start=1) for key in (*names, a + b)
} | {
    name: number
    for number, names in enumerate(zip(_ENGLISH, _ENGLISH_FULL, strict=True), 1)
    for name in names
}
MONTH_NUMBER["sept"] = 9


def month_number(written: str) -> int:
    """The month (1 = January) a month as written names."""
    key = DOTS_SPACES.sub("", written)
    return MONTH_NUMBER.get(key) or MONTH_NUMBER[key.lower()]


def month_alternation() -> str:
    """Every way a month is written, as one regex alternation."""
    names = sorted((name for names, _, _ in _MONTHS for name in names), key=len, reverse=True)
    # (first letter, the rest): full names, then abbreviations with dots (ม.ค., มค.), then
    # undotted ones (มีค, ตค) only as stand-alone words, so that e.g. พยาบาล is not พ.ย.
    ways = [(name[0], re.escape(name[1:])) for name in names]
    for _, a, b in _MONTHS:
        ways += [(a[0], rf"{a[1:]}\s*\.+\s*{b}(?:\s*\.+)?"), (a[0], rf"{a[1:]}{b}\s*\.+")]
    ways += [(a[0], f"(?<![{THAI}]{a[0]}){a[1:]}{b}(?![{THAI}])") for _, a, b in _MONTHS]
    # English names and abbreviations, whole words only (not "may" in a sentence's middle of a word)
    # ("may" only as a month's name: May, MAY)
    english = "|".join(sorted({*_ENGLISH_FULL, *_ENGLISH, "sept"} - {"may"}, key=len, reverse=True))
    # Grouped by first letter, in order: the regex engine tries each alternative at every
    # position of a text, and one letter rules out a whole group (about 4x faster on periods).
    groups: dict[str, list[str]] = {}
    for first, rest in ways:
        groups.setdefault(first, []).append(rest)
    thai_ways = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"{thai_ways}|(?<![A-Za-z])(?:(?i:{english})\\.?|May|MAY)(?![A-Za-z])"


DATE = re.compile(
    r"(?<![\d.])(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?:วันที่\s*)?"
    r"(?:(?<![\d.,])(?P<d0>\d{1,2})\s*[-–—]\s*)?"  # day range inside one month: 1-31 ม.ค. 68
    r"(?:(?<![\d.,])(?P<day>\d{1,2})\s*)?"
    r"(?:เดือน\s*)?"
    rf"(?P<month>{month_alternation()})"
    rf"(?:\s*(?:{PS}|{CS}|ปี)?\s*(?P<year>\d{{4}}|\d{{2}})(?!\d))?"
)


@cache
def dated() -> re.Pattern[str]:
    """What every match of DATE with a year holds: a month then (past พ.ศ., ค.ศ. or ปี) two digits,
    or d/m/yy. Most results cite no date, and this is searched about 6 times faster than DATE.
    Compiled on first use (~1.2 ms): only the off-by-default date rule needs it."""
    return re.compile(rf"(?:{month_alternation()})[\s.พศคปี]*\d\d|\d[./]\d{{1,2}}[./]\d\d")


DOTS_SPACES = re.compile(r"[.\s]")

_WHOLE_YEAR = re.compile(r"ตลอดปี|ทั้งปี")
_QUARTER = re.compile(
    r"ไตรมาส\s*(?:ที่)?\s*(?P<q1>\d)(?!\d)"
    r"(?:\s*(?:-|–|—|ถึง|และ|,)\s*(?:ไตรมาส\s*(?:ที่)?\s*)?(?P<q2>\d)(?!\d))?"
)
_MONTHS_ROUND = re.compile(
    r"(?:รอบ\s*(?P<n1>\d{1,2})\s*เดือน|(?P<n2>\d{1,2})\s*เดือน\s*(?=แรก|หลัง))\s*(?P<part>แรก|หลัง)?"
)
_HALF_YEAR = re.compile(r"ครึ่งปี\s*(?P<part>แรก|หลัง)")
_YEAR_RANGE = re.compile(
    rf"(?:{PS}\s*)?(?<!\d)(?P<a>\d{{4}})\s*(?:-|–|—|จนถึง|ถึง)\s*(?:{PS}\s*)?(?P<b>\d{{4}})(?!\d)"
)
_FISCAL_YEAR_WORD = re.compile(rf"ปีงบประมาณ\s*(?:{PS})?\s*(?P<y>\d{{4}}|\d{{2}})(?!\d)")
_YEAR_ALONE = re.compile(rf"\(?\s*(?:ปีงบประมาณ|{PS})?\s*(?P<y>\d{{4}})\s*\)?")

# A date as written: (day or None, month, CE year or None).
_Written = tuple[int | None, int, int | None]


def _written_dates(prepped: str) -> list[_Written] | None:
    """Dates in order of writing; None when a written year is out of range."""
    dates: list[_Written] = []
    for m in DATE.finditer(prepped):
        if m.group("nd"):
            be = year_to_be(m.group("ny"))
            if be is None:
                return None
            dates.append((int(m.group("nd")), int(m.group("nm")), be - BE_OFFSET))
            continue
        month = month_number(m.group("month"))
        year: int | None = None
        if m.group("year"):
            be = year_to_be(m.group("year"))
            if be is None:
                return None
            year = be - BE_OFFSET
        day = int(m.group("day")) if m.group("day") else None
        if m.group("d0"):
            dates.append((int(m.group("d0")), month, year))
        dates.append((day, month, year))
    return dates


class WrittenDate(NamedTuple):
    """A date written with its year in running text: a day, or a whole month when no day is."""

    text: str
    first: date
    last: date


def dates_in(text: str) -> list[WrittenDate]:
    """The dates written with a year in a text (results, outcomes), in order of writing."""
    if DIGIT.search(text) is None:
        return []  # every date with a year has digits
    prepped = prep(text)
    if dated().search(prepped) is None:
        return []
    found = []
    for m in DATE.finditer(prepped):
        if m.group("nd"):
            be, month, day = year_to_be(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
        elif m.group("year"):
            be = year_to_be(m.group("year"))
            month = month_number(m.group("month"))
            day = int(m.group("day")) if m.group("day") else 0
        else:
            continue
        if be is None:
            continue
        year = be - BE_OFFSET
        try:
            first = date(year, month, day or 1)
            last = date(year, month, day or _days_in_month(year, month))
        except ValueError:
            continue  # 31 ก.พ., month 13: not a date
        found.append(WrittenDate(m.group(0).strip(), first, last))
    return found


def _days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: importing calendar costs ~10 ms at startup.
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _month_in_fiscal_year(month: int, fiscal_year: int) -> int:
    """CE year of a month of fiscal year (BE): Oct-Dec fall in the calendar year before."""
    ce = fiscal_year - BE_OFFSET
    return ce - 1 if month >= 10 else ce


def _resolve_years(first: _Written, last: _Written, fiscal_year: int | None) -> tuple[int, int] | None:
    (_, m1, y1), (_, m2, y2) = first, last
    if y1 is not None and y2 is not None:
        return y1, y2
    if y2 is not None:
        return (y2 if m1 <= m2 else y2 - 1), y2
    if y1 is not None:
        return y1, (y1 if m2 >= m1 else y1 + 1)
    if fiscal_year is None:
        return None
    y1 = _month_in_fiscal_year(m1, fiscal_year)
    y2 = _month_in_fiscal_year(m2, fiscal_year)
    # No year written at all: an end that would fall before the start is read as the following
    # month of that name (ม.ค. - ธ.ค.), since nothing was written that could be "reversed".
    if (y2, m2) < (y1, m1):
        y2 = y1 if m2 >= m1 else y1 + 1
    return y1, y2


def _dates_period(dates: list[_Written], fiscal_year: int | None, whole: bool) -> Period | None:
    first, last = dates[0], dates[-1]
    years = _resolve_years(first, last, fiscal_year)
    if years is None:
        return None
    (d1, m1, _), (d2, m2, _) = first, last
    y1, y2 = years
    try:
        start = date(y1, m1, d1 or 1)
        end = date(y2, m2, d2 or _days_in_month(y2, m2))
    except ValueError:
        return None
    written = first[2] is not None or last[2] is not None
    return Period(start=start, end=end, whole_fiscal_year=whole, years_written=written)


def _months_of_fy(fiscal_year: int, first: int, last: int, whole: bool, written: bool) -> Period:
    """Period from the first day of fiscal month `first` to the last of fiscal month `last` (1 = Oct)."""
    fy_start, _ = fiscal_year_bounds(fiscal_year)
    sy, sm = divmod(fy_start.month - 1 + first - 1, 12)
    ey, em = divmod(fy_start.month - 1 + last - 1, 12)
    start = date(fy_start.year + sy, sm + 1, 1)
    end_year, end_month = fy_start.year + ey, em + 1
    end = date(end_year, end_month, _days_in_month(end_year, end_month))
    return Period(start=start, end=end, whole_fiscal_year=whole, years_written=written)


# Any year does to tell whether a period reads as one once its fiscal year is known.
_SOME_FISCAL_YEAR = 2568


def is_relative_period(text: str) -> bool:
    """Whether a period reads as dates once a fiscal year places it (ตลอดปีงบประมาณ, ไตรมาส ๒)."""
    return parse_period(text, _SOME_FISCAL_YEAR) is not None


@lru_cache(maxsize=4096)  # a report writes the same few periods on row after row
def parse_period(text: str, fiscal_year: int | None) -> Period | None:
    """Period written in a (clean) cell, in Gregorian dates; start > end is kept as written.

    fiscal_year (BE) places months written without a year, quarters and half-years; without it
    those give None.
    """
    prepped = prep(text)
    if not prepped:
        return None
    key = THAI_GAP.sub("", prepped)
    whole = _WHOLE_YEAR.search(key) is not None

    dates = _written_dates(prepped)
    if dates is None:
        return None
    if dates:
        return _dates_period(dates, fiscal_year, whole)

    written = find_year(prepped)
    fy = written or fiscal_year

    if m := _QUARTER.search(prepped):
        q1 = int(m.group("q1"))
        q2 = int(m.group("q2") or q1)
        if fy is None or not (1 <= q1 <= 4 and 1 <= q2 <= 4):
            return None
        return _months_of_fy(fy, 3 * q1 - 2, 3 * q2, (q1, q2) == (1, 4), written is not None)

    m = _MONTHS_ROUND.search(prepped) or _HALF_YEAR.search(prepped)
    if m:
        n = int(m.groupdict().get("n1") or m.groupdict().get("n2") or 6)
        if fy is None or not 1 <= n <= 12:
            return None
        if m.group("part") == "หลัง":
            return _months_of_fy(fy, 13 - n, 12, n == 12, written is not None)
        return _months_of_fy(fy, 1, n, n == 12, written is not None)

    if whole:
        if fy is None:
            return None
        start, end = fiscal_year_bounds(fy)
        return Period(start=start, end=end, whole_fiscal_year=True, years_written=written is not None)

    if m := _YEAR_RANGE.search(prepped):
        a, b = year_to_be(m.group("a")), year_to_be(m.group("b"))
        if a is None or b is None:
            return None
        return Period(start=fiscal_year_bounds(a)[0], end=fiscal_year_bounds(b)[1], whole_fiscal_year=a == b)

    m = _FISCAL_YEAR_WORD.search(prepped) or _YEAR_ALONE.fullmatch(prepped)
    if m and (be := year_to_be(m.group("y"))) is not None:
        start, end = fiscal_year_bounds(be)
        return Period(start=start, end=end, whole_fiscal_year=True)
    return None


@cache
def _month_only() -> re.Pattern[str]:
    # compiled on first use: only tick-column headings need it, and it costs ~1.5 ms to compile
    return re.compile(rf"(?:{month_alternation()})\s*(?:\d{{2}}|\d{{4}})?")


# a quarter, perhaps with its months in brackets: ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๘)
_QUARTER_ONLY = re.compile(r"(?:ไตรมาส\s*(?:ที่)?|q)\s*(?P<q>[1-4])(?:\s*\([^()]*\))?")
_ABBREVIATIONS = tuple(f"{a}.{b}." for _, a, b in _MONTHS)


def fiscal_months(text: str) -> tuple[int, int] | None:
    """The fiscal months (1 = October) a tick-column heading names: a month, or a quarter."""
    key = prep(text).lower()
    if m := _QUARTER_ONLY.fullmatch(key):
        quarter = int(m.group("q"))
        return 3 * quarter - 2, 3 * quarter
    if _month_only().fullmatch(key):
        found = DATE.search(key)
        if found is not None and found.group("month"):
            month = (month_number(found.group("month")) - 10) % 12 + 1
            return month, month
    return None


def date_text(day: date) -> str:
    """A date as Thai documents write it: day, abbreviated month, Buddhist-era year (1 ต.ค. 2567)."""
    return f"{day.day} {_ABBREVIATIONS[day.month - 1]} {day.year + BE_OFFSET}"


def fiscal_months_text(first: int, last: int) -> str:
    """A period from fiscal month `first` to `last` as a report writes it (ต.ค. - มี.ค.)."""
    start, end = (_ABBREVIATIONS[(m + 8) % 12] for m in (first, last))
    return start if first == last else f"{start} - {end}"
