"""Thai text handling: markup cleanup, comparison keys, and parsers for years, periods, budgets, statuses.

Everything here runs on every table cell: precompiled regexes and plain str operations only.
pythainlp is imported lazily, and only for budgets spelled out in Thai words.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from ita_lint.values import Budget, Period, Status

__all__ = [
    "clean_markup",
    "fiscal_months",
    "fiscal_months_text",
    "fiscal_year_bounds",
    "is_relative_period",
    "normalize",
    "parse_budget",
    "parse_period",
    "parse_status",
    "parse_year",
    "repair",
    "skeleton",
    "to_arabic_digits",
]

_BE_OFFSET = 543

# --------------------------------------------------------------------------- markup

# Quick test for "is there anything to clean at all": plain cells are returned as they are.
_MARKUP = re.compile(r"</?[A-Za-z!]|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);|\\[!-/:-@\[-`{-~]|\*\*")
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|li|ul|ol|div|tr|table|h[1-6]|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.DOTALL)
# An unescaped `**` is a bold marker; `\*` is a literal star. One left-to-right pass gets `\*\*` right.
_MD = re.compile(r"\\([!-/:-@\[-`{-~])|\*\*")


def _md_sub(m: re.Match[str]) -> str:
    return m.group(1) or ""


def clean_markup(raw: str) -> str:
    """Display text of a cell: tags stripped (blocks become lines), entities and markdown escapes undone."""
    if not any(ch in raw for ch in "<&\\*") or not _MARKUP.search(raw):
        return raw.strip()
    text = _BLOCK_TAG.sub("\n", raw)
    if "<" in text:
        text = _ANY_TAG.sub("", text)
    if "\\" in text or "**" in text:
        text = _MD.sub(_md_sub, text)
    if "&" in text:
        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.split() collapses and strips in C; a whitespace regex is ~10x slower on Thai text.
    lines = (" ".join(part.split()) for part in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- normalisation

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# str.translate with a mapping does a dict lookup per character: ~200 µs on a 2,000-character Thai
# cell, against ~4 µs for a few str.replace calls, which run in C and skip absent characters.
_DIGIT_PAIRS = tuple(zip(_THAI_DIGITS, "0123456789", strict=True))
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\ufffd\u00ad"

# PDF extraction splits sara am into nikhahit + sara aa, sometimes with a tone mark in between.
_SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_THAI = "\u0e01-\u0e5b"
# Runs on single-spaced text; starting with the literal space lets the regex engine skip ahead.
_THAI_GAP = re.compile(f" (?<=[{_THAI}] )(?=[{_THAI}])")


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐-๙ with 0-9."""
    for thai, arabic in _DIGIT_PAIRS:
        if thai in text:
            text = text.replace(thai, arabic)
    return text


_TONE = re.compile("[\u0e48-\u0e4b]")
# A tone mark never follows the final letter of a syllable with mai han-akat, nor a leading vowel.
_TONE_AFTER_FINAL = re.compile("(\u0e31)([\u0e01-\u0e2e])([\u0e48-\u0e4b])")
_TONE_AFTER_LEADING = re.compile("([\u0e01-\u0e2e][\u0e34-\u0e37]?)([\u0e40-\u0e44])([\u0e48-\u0e4b])")


def repair(text: str) -> str:
    """NFC, Arabic digits, invisible characters removed, split or doubled sara am and เเ repaired."""
    text = to_arabic_digits(unicodedata.normalize("NFC", text))
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    if "\u0e4d" in text:
        text = _SPLIT_SARA_AM.sub("\\1\u0e33", text)
    if "\u0e33\u0e32" in text:  # sara am with a stray sara aa glyph after it (ลำานารายณ์)
        text = text.replace("\u0e33\u0e32", "\u0e33")
    if "เเ" in text:
        text = text.replace("เเ", "แ")
    if _TONE.search(text):
        # PDF extraction puts tone marks after the next letter: ขัน้ for ขั้น, ชีแ้จง for ชี้แจง
        text = _TONE_AFTER_FINAL.sub("\\1\\3\\2", _TONE_AFTER_LEADING.sub("\\1\\3\\2", text))
    return text


def _collapse_spaces(text: str) -> str:
    """All whitespace runs made one space, ends stripped."""
    if "\n" in text:
        text = text.replace("\n", " ")
    # Fast path (most cells): isprintable() rules out every whitespace character but the space.
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(text.split())


def _prep(text: str) -> str:
    """Repaired text, whitespace collapsed to single spaces but word spacing kept (for the parsers)."""
    return _collapse_spaces(repair(text))


# Upper and lower vowels and tone marks: PDF extraction drops or displaces them (ขนั้ ตอน, ท่ี).
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def skeleton(text: str) -> str:
    """A looser key for matching vocabulary on damaged text: normalised, without marks, ำ as า."""
    key = normalize(text)
    return _MARKS.sub("", key).replace("\u0e33", "\u0e32").replace(" ", "")


def normalize(text: str) -> str:
    """Comparison key for Thai text: repaired, Arabic digits, no spaces inside Thai runs, Latin lowercased."""
    text = _prep(text)
    if " " in text:
        text = _THAI_GAP.sub("", text)
    return text.lower()


# --------------------------------------------------------------------------- years

_PS = r"พ\s*\.?\s*ศ\s*\.?"  # พ.ศ. with dots dropped or spaced
_CS = r"ค\s*\.?\s*ศ\s*\.?"  # ค.ศ.
_MARKED_YEAR = re.compile(rf"(?:ปีงบประมาณ|{_PS}|{_CS})\s*(?:{_PS}\s*)?(\d{{4}}|\d{{2}})(?!\d)")
_FOUR_DIGITS = re.compile(r"(?<!\d)(?<!\d[.,])(\d{4})(?!\d|[.,]\d)")
_TWO_DIGITS_ALONE = re.compile(r"\(?\s*(\d{2})\s*\)?")


def _year_to_be(digits: str) -> int | None:
    """BE year from a written year: two digits are BE (๖๘), four are BE or CE by range."""
    y = int(digits)
    if len(digits) == 2:
        return 2500 + y
    if 2400 <= y <= 2700:
        return y
    if 1900 <= y <= 2200:
        return y + _BE_OFFSET
    return None


def _find_year(prepped: str) -> int | None:
    for m in _MARKED_YEAR.finditer(prepped):
        be = _year_to_be(m.group(1))
        if be is not None:
            return be
    ce: int | None = None
    for m in _FOUR_DIGITS.finditer(prepped):
        y = int(m.group(1))
        if 2400 <= y <= 2700:
            return y
        if ce is None and 1900 <= y <= 2200:
            ce = y + _BE_OFFSET
    return ce


def parse_year(text: str) -> int | None:
    """Fiscal year in BE written in text (Thai or Arabic digits, BE or CE, `68` alone), or None."""
    prepped = _prep(text)
    year = _find_year(prepped)
    if year is None and (m := _TWO_DIGITS_ALONE.fullmatch(prepped)):
        year = 2500 + int(m.group(1))
    return year


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[date, date]:
    """First and last day of a fiscal year: FY N runs 1 Oct (N-1) to 30 Sep N, in CE dates."""
    ce = fiscal_year_be - _BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 30)


# --------------------------------------------------------------------------- periods

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
# Keyed by the matched text with dots and spaces removed.
_MONTH_NUMBER: dict[str, int] = {
    key: number for number, (names, a, b) in enumerate(_MONTHS, start=1) for key in (*names, a + b)
}


def _month_alternation() -> str:
    names = sorted((name for names, _, _ in _MONTHS for name in names), key=len, reverse=True)
    dotted = [rf"{a}\s*\.+\s*{b}(?:\s*\.+)?|{a}{b}\s*\.+" for _, a, b in _MONTHS]
    # Undotted abbreviations (มีค, ตค) only as stand-alone words, so that e.g. พยาบาล is not พ.ย.
    bare = [f"(?<![{_THAI}]){a}{b}(?![{_THAI}])" for _, a, b in _MONTHS]
    return "|".join([*names, *dotted, *bare])


_DATE = re.compile(
    r"(?<![\d.])(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}|\d{2})(?!\d)"
    r"|(?:วันที่\s*)?"
    r"(?:(?<![\d.,])(?P<d0>\d{1,2})\s*[-–—]\s*)?"  # day range inside one month: 1-31 ม.ค. 68
    r"(?:(?<![\d.,])(?P<day>\d{1,2})\s*)?"
    r"(?:เดือน\s*)?"
    rf"(?P<month>{_month_alternation()})"
    rf"(?:\s*(?:{_PS}|{_CS}|ปี)?\s*(?P<year>\d{{4}}|\d{{2}})(?!\d))?"
)
_DOTS_SPACES = re.compile(r"[.\s]")

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
    rf"(?:{_PS}\s*)?(?<!\d)(?P<a>\d{{4}})\s*(?:-|–|—|จนถึง|ถึง)\s*(?:{_PS}\s*)?(?P<b>\d{{4}})(?!\d)"
)
_FISCAL_YEAR_WORD = re.compile(rf"ปีงบประมาณ\s*(?:{_PS})?\s*(?P<y>\d{{4}}|\d{{2}})(?!\d)")
_YEAR_ALONE = re.compile(rf"\(?\s*(?:ปีงบประมาณ|{_PS})?\s*(?P<y>\d{{4}})\s*\)?")

# A date as written: (day or None, month, CE year or None).
_Written = tuple[int | None, int, int | None]


def _written_dates(prepped: str) -> list[_Written] | None:
    """Dates in order of writing; None when a written year is out of range."""
    dates: list[_Written] = []
    for m in _DATE.finditer(prepped):
        if m.group("nd"):
            be = _year_to_be(m.group("ny"))
            if be is None:
                return None
            dates.append((int(m.group("nd")), int(m.group("nm")), be - _BE_OFFSET))
            continue
        month = _MONTH_NUMBER[_DOTS_SPACES.sub("", m.group("month"))]
        year: int | None = None
        if m.group("year"):
            be = _year_to_be(m.group("year"))
            if be is None:
                return None
            year = be - _BE_OFFSET
        day = int(m.group("day")) if m.group("day") else None
        if m.group("d0"):
            dates.append((int(m.group("d0")), month, year))
        dates.append((day, month, year))
    return dates


def _days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: importing calendar costs ~10 ms at startup.
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _month_in_fiscal_year(month: int, fiscal_year: int) -> int:
    """CE year of a month of fiscal year (BE): Oct-Dec fall in the calendar year before."""
    ce = fiscal_year - _BE_OFFSET
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
    return Period(start=start, end=end, whole_fiscal_year=whole)


def _months_of_fy(fiscal_year: int, first: int, last: int, whole: bool = False) -> Period:
    """Period from the first day of fiscal month `first` to the last of fiscal month `last` (1 = Oct)."""
    fy_start, _ = fiscal_year_bounds(fiscal_year)
    sy, sm = divmod(fy_start.month - 1 + first - 1, 12)
    ey, em = divmod(fy_start.month - 1 + last - 1, 12)
    start = date(fy_start.year + sy, sm + 1, 1)
    end_year, end_month = fy_start.year + ey, em + 1
    end = date(end_year, end_month, _days_in_month(end_year, end_month))
    return Period(start=start, end=end, whole_fiscal_year=whole)


# Any year does to tell whether a period reads as one once its fiscal year is known.
_SOME_FISCAL_YEAR = 2568


def is_relative_period(text: str) -> bool:
    """Whether a period reads as dates once a fiscal year places it (ตลอดปีงบประมาณ, ไตรมาส ๒)."""
    return parse_period(text, _SOME_FISCAL_YEAR) is not None


def parse_period(text: str, fiscal_year: int | None) -> Period | None:
    """Period written in a (clean) cell, in Gregorian dates; start > end is kept as written.

    fiscal_year (BE) places months written without a year, quarters and half-years; without it
    those give None.
    """
    prepped = _prep(text)
    if not prepped:
        return None
    key = _THAI_GAP.sub("", prepped)
    whole = _WHOLE_YEAR.search(key) is not None

    dates = _written_dates(prepped)
    if dates is None:
        return None
    if dates:
        return _dates_period(dates, fiscal_year, whole)

    fy = _find_year(prepped) or fiscal_year

    if m := _QUARTER.search(prepped):
        q1 = int(m.group("q1"))
        q2 = int(m.group("q2") or q1)
        if fy is None or not (1 <= q1 <= 4 and 1 <= q2 <= 4):
            return None
        return _months_of_fy(fy, 3 * q1 - 2, 3 * q2, whole=(q1, q2) == (1, 4))

    m = _MONTHS_ROUND.search(prepped) or _HALF_YEAR.search(prepped)
    if m:
        n = int(m.groupdict().get("n1") or m.groupdict().get("n2") or 6)
        if fy is None or not 1 <= n <= 12:
            return None
        if m.group("part") == "หลัง":
            return _months_of_fy(fy, 13 - n, 12, whole=n == 12)
        return _months_of_fy(fy, 1, n, whole=n == 12)

    if whole:
        if fy is None:
            return None
        start, end = fiscal_year_bounds(fy)
        return Period(start=start, end=end, whole_fiscal_year=True)

    if m := _YEAR_RANGE.search(prepped):
        a, b = _year_to_be(m.group("a")), _year_to_be(m.group("b"))
        if a is None or b is None:
            return None
        return Period(start=fiscal_year_bounds(a)[0], end=fiscal_year_bounds(b)[1], whole_fiscal_year=a == b)

    m = _FISCAL_YEAR_WORD.search(prepped) or _YEAR_ALONE.fullmatch(prepped)
    if m and (be := _year_to_be(m.group("y"))) is not None:
        start, end = fiscal_year_bounds(be)
        return Period(start=start, end=end, whole_fiscal_year=True)
    return None


_MONTH_ONLY = re.compile(rf"(?:{_month_alternation()})\s*(?:\d{{2}}|\d{{4}})?")
# a quarter, perhaps with its months in brackets: ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๘)
_QUARTER_ONLY = re.compile(r"(?:ไตรมาส\s*(?:ที่)?|q)\s*(?P<q>[1-4])(?:\s*\([^()]*\))?")
_ABBREVIATIONS = tuple(f"{a}.{b}." for _, a, b in _MONTHS)


def fiscal_months(text: str) -> tuple[int, int] | None:
    """The fiscal months (1 = October) a tick-column heading names: a month, or a quarter."""
    key = _prep(text).lower()
    if m := _QUARTER_ONLY.fullmatch(key):
        quarter = int(m.group("q"))
        return 3 * quarter - 2, 3 * quarter
    if _MONTH_ONLY.fullmatch(key):
        found = _DATE.search(key)
        if found is not None and found.group("month"):
            month = (_MONTH_NUMBER[_DOTS_SPACES.sub("", found.group("month"))] - 10) % 12 + 1
            return month, month
    return None


def fiscal_months_text(first: int, last: int) -> str:
    """A period from fiscal month `first` to `last` as a report writes it (ต.ค. - มี.ค.)."""
    start, end = (_ABBREVIATIONS[(m + 8) % 12] for m in (first, last))
    return start if first == last else f"{start} - {end}"


# --------------------------------------------------------------------------- budgets

# Matched on normalize()d text, where spaces inside Thai runs are gone (ไม่ใช้ งบประมาณ).
# ใช่ ("is") is not ใช้ ("use"): the look-alike typo must not match.
_NONE_USED = re.compile(r"ไม่(?:ได้)?ใช้(?:จ่าย)?งบ|ไม่มีค่าใช้จ่าย|ไม่มีงบประมาณ|ไม่ใช้เงิน")
_DASH_ONLY = re.compile(r"[-–—]+")
_AMOUNT = re.compile(
    r"(?<![\d.,/])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d/])(?:\.-)?"
    r"\s*(?P<scale>พันล้าน|หมื่นล้าน|แสนล้าน|ล้าน|แสน|หมื่น|พัน)?\s*(?P<baht>บาท)?"
)
# Before a number: a year (พ.ศ. ๒๕๖๘), an ordinal (ที่ ๒, ข้อ ๓, ไตรมาส ๓, รอบ ๖) or a percentage (ร้อยละ ๙๖.๖๐).
_NOT_AMOUNT_BEFORE = re.compile(rf"(?:{_PS}|{_CS}|ปี|ปีงบประมาณ|ที่|ข้อ|ร้อยละ|ไตรมาส|รอบ)\s*$")
# After a number with no บาท or scale word, these mean it is not an amount: a list ordinal (๑. ๑)),
# a percentage, or some other unit (๒ ครั้ง, 97.86 คะแนน).
_NOT_AMOUNT_AFTER = re.compile(rf"[.)](?![\d-])|%|\s*[{_THAI}]")
_SCALE = {
    None: Decimal(1),
    "พัน": Decimal(10) ** 3,
    "หมื่น": Decimal(10) ** 4,
    "แสน": Decimal(10) ** 5,
    "ล้าน": Decimal(10) ** 6,
    "พันล้าน": Decimal(10) ** 9,
    "หมื่นล้าน": Decimal(10) ** 10,
    "แสนล้าน": Decimal(10) ** 11,
}
_THAI_NUMBER_WORDS = re.compile(r"(?:ศูนย์|หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน)+")
_WORD_NOISE = re.compile(r"[\s()]|จำนวน|เป็นเงิน|บาท|ถ้วน|\.-?|-")
_HAS_DIGIT = re.compile(r"\d")


def _amount(m: re.Match[str]) -> Decimal | None:
    try:
        value = Decimal(m.group("num").replace(",", "")) * _SCALE[m.group("scale")]
    except InvalidOperation:
        return None
    if value == value.to_integral_value() and m.group("scale"):
        value = value.quantize(Decimal(1))
    return value


def _thai_words_amount(key: str) -> Decimal | None:
    words = _WORD_NOISE.sub("", key)
    if not words or not _THAI_NUMBER_WORDS.fullmatch(words):
        return None
    from pythainlp.util import thaiword_to_num  # slow import; only spelled-out amounts need it

    try:
        return Decimal(thaiword_to_num(words))
    except (ValueError, TypeError, KeyError, IndexError, InvalidOperation):
        return None


def _choose_amount(key: str) -> re.Match[str] | None:
    """The number that is the amount: the first one with บาท or a scale word, else the first plain one."""
    plain: re.Match[str] | None = None
    date_spans: list[tuple[int, int]] | None = None
    for m in _AMOUNT.finditer(key):
        if _NOT_AMOUNT_BEFORE.search(key, 0, m.start()):
            continue
        if m.group("baht") or m.group("scale"):
            return m
        if plain is not None or _NOT_AMOUNT_AFTER.match(key, m.end("num")):
            continue
        if date_spans is None:
            date_spans = [d.span() for d in _DATE.finditer(key)]
        if not any(a <= m.start() < b for a, b in date_spans):
            plain = m
    return plain


def parse_budget(text: str) -> Budget | None:
    """Budget actually used: an amount in baht, "none used", or None when the cell says neither."""
    key = normalize(text)
    if not key:
        return None
    if _DASH_ONLY.fullmatch(key) or _NONE_USED.search(key):
        return Budget(none_used=True)
    if _HAS_DIGIT.search(key):
        chosen = _choose_amount(key)
        amount = None if chosen is None else _amount(chosen)
        return None if amount is None else Budget(amount=amount)
    amount = _thai_words_amount(key)
    return None if amount is None else Budget(amount=amount)


# --------------------------------------------------------------------------- statuses

# Plain substring tests on the normalize()d text (no spaces inside Thai runs). Negated phrases come
# first: ยังไม่ดำเนินการ contains ดำเนินการ, ยังไม่แล้วเสร็จ contains แล้วเสร็จ.
_THAI_STATUS: tuple[tuple[tuple[str, ...], Status], ...] = (
    (("ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "ไม่ได้ดำเนินการ", "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม"), Status.NOT_STARTED),
    (("ยังไม่แล้วเสร็จ", "ยังไม่เสร็จ", "ยังไม่เรียบร้อย"), Status.IN_PROGRESS),
    (("อยู่ระหว่างดำเนิน", "อยู่ระหว่างการดำเนิน", "กำลังดำเนิน"), Status.IN_PROGRESS),
    (
        ("ดำเนินการเรียบร้อยแล้ว", "ดำเนินการแล้ว", "แล้วเสร็จ", "เสร็จสิ้น", "เสร็จเรียบร้อย", "เสร็จแล้ว"),
        Status.DONE,
    ),
)
_ENGLISH_STATUS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (re.compile(r"\bnot[\s_-]*(?:yet[\s_-]*)?(?:started|begun)\b"), Status.NOT_STARTED),
    (
        re.compile(r"\bnot[\s_-]*(?:yet[\s_-]*)?(?:completed?|done|finished)\b|\bincomplete\b"),
        Status.IN_PROGRESS,
    ),
    (re.compile(r"\bin[\s_-]*progress\b|\bongoing\b"), Status.IN_PROGRESS),
    (re.compile(r"\b(?:done|completed?|finished)\b"), Status.DONE),
)
_ENGLISH_HINTS = ("not", "progress", "ongoing", "done", "complete", "finish")


def parse_status(text: str) -> Status | None:
    """Status named in a cell, in Thai or English; None when it names none."""
    # PDF extraction often drops the nikhahit of sara am: ดาเนินการ, กาลัง.
    key = normalize(text).replace("ดาเนิน", "ดำเนิน").replace("กาลังดำ", "กำลังดำ")
    for phrases, status in _THAI_STATUS:
        if any(phrase in key for phrase in phrases):
            return status
    if any(hint in key for hint in _ENGLISH_HINTS):
        for pattern, status in _ENGLISH_STATUS:
            if pattern.search(key):
                return status
    return None
