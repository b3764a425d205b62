"""Statuses of measures, in Thai or English."""

from __future__ import annotations

import re
from functools import lru_cache

from ita_lint.thai.text import normalize
from ita_lint.values import Status

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
# each group's phrases as one alternation: a search in C, where any() over `in` tests runs Python per phrase
_THAI_SEARCH = tuple((re.compile("|".join(phrases)), status) for phrases, status in _THAI_STATUS)


@lru_cache(maxsize=4096)  # a handful of statuses on every row
def parse_status(text: str, key: str | None = None) -> Status | None:
    """Status named in a cell, in Thai or English; None when it names none. `key` is
    `normalize(text)`, where it is already known."""
    # PDF extraction often drops the nikhahit of sara am: ดาเนินการ, กาลัง.
    key = (normalize(text) if key is None else key).replace("ดาเนิน", "ดำเนิน").replace("กาลังดำ", "กำลังดำ")
    for phrases, status in _THAI_SEARCH:
        if phrases.search(key):
            return status
    if any(hint in key for hint in _ENGLISH_HINTS):
        for pattern, status in _ENGLISH_STATUS:
            if pattern.search(key):
                return status
    return None
