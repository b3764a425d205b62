"""How rows and paragraphs number their measures: `๑`, `1.`, `(2)`, `1.1`, `มาตรการที่ ๓`, `ตัวชี้วัดที่ 4`,
`IIT ๓`.

Numbers have at most three digits, so that a year (๒๕๖๘) never passes for one. The tone mark of
`ที่` may be missing (OCR drops it: `มาตรการที ๑`).
"""

from __future__ import annotations

import re

_DIGITS = "[0-9๐-๙]{1,3}"
# after มาตรการที่ or ข้อ, a number OCR read as letters (l for ๑) is still the number
_WORD_DIGITS = "[0-9๐-๙lI]{1,3}"
# A cell that holds a number and nothing else.
NUMBER_ONLY = re.compile(rf"\(?{_DIGITS}(?:[.)]{_DIGITS})*[.)]?\)?")
# Text that starts with the number of a measure (or of the area or indicator it belongs to).
NUMBERED = re.compile(
    rf"^\s*(?:(?:มาตรการ|โครงการ|กิจกรรม|ตัวชี้วัด|ประเด็น|ด้าน|ข้อ)\s*ที่?\s*{_DIGITS}"
    rf"|(?:IIT|EIT|OIT|O)\s*{_DIGITS}(?![0-9๐-๙])"  # ITA indicators and OIT items: IIT ๓, O42
    rf"|\(?{_DIGITS}(?:\.{_DIGITS})*[.)]?(?=\s|$|[^\d.,/:\-–]))",
    re.IGNORECASE,  # comparison keys are in lower case
)
# A measure's own number at the start of a paragraph: `1.` or `(1)`, not `1.1` (a sub-item).
MEASURE_HEAD = re.compile(
    rf"^\s*(?:(?:(?:มาตรการ|โครงการ|กิจกรรม)\s*ที่?|ข้อ(?:\s*ที่?)?)\s*{_WORD_DIGITS}\s*[.:)]?\s*(?:\S|$)"
    rf"|\(?{_DIGITS}[.)](?![0-9๐-๙])\s*\S"  # มาตรการที่ ๑ alone on its line: the name follows
    rf"|{_DIGITS}\ufe0f?\u20e3\s*\S)"  # a keycap number (1️⃣), as posts number their items
)


def is_number(text: str) -> bool:
    return NUMBER_ONLY.fullmatch(text.strip()) is not None


def is_numbered(text: str) -> bool:
    return NUMBERED.match(text) is not None
