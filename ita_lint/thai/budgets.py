"""Budgets actually used: amounts in baht (digits, scale words, Thai number words) or "none used".

pythainlp is imported lazily, and only for budgets spelled out in Thai words.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ita_lint.thai.periods import DATE
from ita_lint.thai.text import DIGIT, THAI, normalize
from ita_lint.thai.years import CS, PS
from ita_lint.values import Budget

# Matched on normalize()d text, where spaces inside Thai runs are gone (ไม่ใช้ งบประมาณ).
# ใช่ ("is") is not ใช้ ("use"): the look-alike typo must not match.
_NONE_USED = re.compile(r"ไม่(?:ได้)?ใช้(?:จ่าย)?งบ|ไม่มีค่าใช้จ่าย|ไม่มีงบประมาณ|ไม่ใช้เงิน")
_DASH_ONLY = re.compile(r"[-–—]+")
_AMOUNT = re.compile(
    r"(?<![\d.,/])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d/])(?:\.-)?"
    r"\s*(?P<scale>พันล้าน|หมื่นล้าน|แสนล้าน|ล้าน|แสน|หมื่น|พัน)?\s*(?P<baht>บาท)?"
)
# Before a number: a year (พ.ศ. ๒๕๖๘), an ordinal (ที่ ๒, ข้อ ๓, ไตรมาส ๓, รอบ ๖) or a percentage (ร้อยละ ๙๖.๖๐).
_BEFORE_WINDOW = 40  # characters: the longest of those words, with spaces and dots
_NOT_AMOUNT_BEFORE = re.compile(rf"(?:{PS}|{CS}|ปี|ปีงบประมาณ|ที่|ข้อ|ร้อยละ|ไตรมาส|รอบ)\s*$")
# After a number with no บาท or scale word, these mean it is not an amount: a list ordinal (๑. ๑)),
# a percentage, or some other unit (๒ ครั้ง, 97.86 คะแนน).
_NOT_AMOUNT_AFTER = re.compile(rf"[.)](?![\d-])|%|\s*[{THAI}]")
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


def _amount(m: re.Match[str]) -> Decimal | None:
    try:
        value = Decimal(m.group("num").replace(",", "")) * _SCALE[m.group("scale")]
        if value == value.to_integral_value() and m.group("scale"):
            value = value.quantize(Decimal(1))  # beyond 28 digits: InvalidOperation, not an amount
    except InvalidOperation:
        return None
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
        # only the words right before the number: searching all the text before it is quadratic
        if _NOT_AMOUNT_BEFORE.search(key, max(0, m.start() - _BEFORE_WINDOW), m.start()):
            continue
        if m.group("baht") or m.group("scale"):
            return m
        if plain is not None or _NOT_AMOUNT_AFTER.match(key, m.end("num")):
            continue
        if date_spans is None:
            date_spans = [d.span() for d in DATE.finditer(key)]
        if not any(a <= m.start() < b for a, b in date_spans):
            plain = m
    return plain


@lru_cache(maxsize=4096)  # ไม่ใช้งบประมาณ, and the same amounts, on row after row
def parse_budget(text: str, key: str | None = None) -> Budget | None:
    """Budget actually used: an amount in baht, "none used", or None when the cell says neither.
    `key` is `normalize(text)`, where it is already known."""
    key = normalize(text) if key is None else key
    if not key:
        return None
    if _DASH_ONLY.fullmatch(key) or _NONE_USED.search(key):
        return Budget(none_used=True)
    if DIGIT.search(key):
        chosen = _choose_amount(key)
        amount = None if chosen is None else _amount(chosen)
        return None if amount is None else Budget(amount=amount)
    amount = _thai_words_amount(key)
    return None if amount is None else Budget(amount=amount)
