"""Thai text: markup cleanup, repair of extraction damage, and comparison keys.

Everything here runs on every table cell: precompiled regexes and plain str operations only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

# Quick test for "is there anything to clean at all": plain cells are returned as they are.
_MARKUP = re.compile(r"</?[A-Za-z!]|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);|\\[!-/:-@\[-`{-~]|\*\*")
# A tag ends at the first `>` and holds no `<`: `[^<>]*` keeps the scan of an unclosed `<p` short,
# where `[^>]*` would run to the end of the text for every one of them (quadratic).
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|li|ul|ol|div|tr|table|h[1-6]|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _strip_tags(text: str) -> str:
    """Tags and comments removed, in one pass: an unclosed `<!--` keeps the rest as text."""
    parts = []
    start = 0
    while (opening := text.find("<", start)) >= 0:
        parts.append(text[start:opening])
        if text.startswith("<!--", opening):
            end = text.find("-->", opening + 4)
            if end < 0:
                start = opening
                break
            start = end + 3
        elif (tag := _TAG.match(text, opening)) is not None:
            start = tag.end()
        else:
            parts.append("<")
            start = opening + 1
    parts.append(text[start:])
    return "".join(parts)


# An unescaped `**` is a bold marker; `\*` is a literal star. One left-to-right pass gets `\*\*` right.
_MD = re.compile(r"\\([!-/:-@\[-`{-~])|\*\*")


def _md_sub(m: re.Match[str]) -> str:
    return m.group(1) or ""


# A form's check boxes: ☑ before what was chosen, ☐ before what was not.
_BOX = re.compile(r"([☐☑☒□■✓✔☒]|\[\s?[xX✓]?\s?\])\s*")
_UNCHECKED = frozenset("☐□") | {"[ ]", "[]"}


def _checked(text: str) -> str:
    """What a form's check boxes say: the options ticked, the others (and their blanks) dropped."""
    parts = _BOX.split(text)
    if len(parts) < 4:  # one box or none: nothing to choose among
        return text
    kept = [parts[0].rstrip()]
    for box, option in zip(parts[1::2], parts[2::2], strict=True):
        if box.replace(" ", "") not in _UNCHECKED:
            kept.append(re.sub(r"\.{3,}", " ", option).strip())
    return " ".join(part for part in kept if part)


def clean_markup(raw: str) -> str:
    """Display text of a cell: tags stripped (blocks become lines), entities and markdown escapes
    undone, a form's check boxes read as what was ticked."""
    if "☐" in raw or "□" in raw:
        raw = _checked(raw)
    if not _may_hold_markup(raw) or not _MARKUP.search(raw):
        return raw.strip()
    text = _BLOCK_TAG.sub("\n", raw)
    if "<" in text:
        text = _strip_tags(text)
    if "\\" in text or "**" in text:
        text = _MD.sub(_md_sub, text)
    if "&" in text:
        import html  # its entity table takes longer to load than most checks of a cell

        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.split() collapses and strips in C; a whitespace regex is ~10x slower on Thai text.
    lines = (" ".join(part.split()) for part in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _may_hold_markup(text: str) -> bool:
    # six scans in C: several times faster than any() over a generator, on the hot path
    return "<" in text or "&" in text or "\\" in text or "*" in text or "☐" in text or "□" in text


def clean_markup_all(raws: list[str]) -> list[str]:
    """`[clean_markup(raw) for raw in raws]`, with one test for the usual case of no markup at all."""
    if _may_hold_markup("".join(raws)):
        return [clean_markup(raw) for raw in raws]
    return [raw.strip() for raw in raws]


_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# str.translate with a mapping does a dict lookup per character: ~200 µs on a 2,000-character Thai
# cell, against ~4 µs for a few str.replace calls, which run in C and skip absent characters.
_DIGIT_PAIRS = tuple(zip(_THAI_DIGITS, "0123456789", strict=True))
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\ufffd\u00ad"

# PDF extraction splits sara am into nikhahit + sara aa, sometimes with a tone mark in between.
_SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_SARA_AM_AA = re.compile("\u0e33\u0e32+")
THAI = "\u0e01-\u0e5b"
DIGIT = re.compile(r"\d")  # any decimal digit: Thai digits are digits too
# Runs on single-spaced text; starting with the literal space lets the regex engine skip ahead.
THAI_GAP = re.compile(f" (?<=[{THAI}] )(?=[{THAI}])")


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐-๙ with 0-9."""
    for thai, arabic in _DIGIT_PAIRS:
        if thai in text:
            text = text.replace(thai, arabic)
    return text


# A tone mark never follows the final letter of a syllable with mai han-akat, nor a leading vowel.
_TONE_AFTER_FINAL = re.compile("(\u0e31)([\u0e01-\u0e2e])([\u0e48-\u0e4b])")
_TONE_AFTER_LEADING = re.compile("([\u0e01-\u0e2e][\u0e34-\u0e37]?)([\u0e40-\u0e44])([\u0e48-\u0e4b])")
# What each looks like at its core, searched first: the substitutions cost ~6 µs a cell even when
# nothing matches, and almost every cell has tone marks and nothing displaced.
_TONE_AFTER_FINAL_CORE = re.compile("\u0e31[\u0e01-\u0e2e][\u0e48-\u0e4b]")
_TONE_AFTER_LEADING_CORE = re.compile("[\u0e40-\u0e44][\u0e48-\u0e4b]")


# OCR reads ๐ as o or O and ๑ as l inside Thai numbers (๑o,๕oo). A run of digits and separators
# that holds a Thai digit is a Thai number: the letters in it are its digits, with certainty.
_OCR_NUMBER_CORE = re.compile("[๐-๙][oOl]|[oOl][๐-๙]")
_OCR_NUMBER = re.compile("(?<![A-Za-z])[๐-๙oOl](?:[๐-๙oOl]|[.,](?=[๐-๙oOl]))*(?![A-Za-z])")
_OCR_DIGITS = str.maketrans("oOl", "๐๐๑")


def _ocr_digit(match: re.Match[str]) -> str:
    number = match.group()
    return number.translate(_OCR_DIGITS) if _THAI_DIGIT.search(number) else number


_THAI_DIGIT = re.compile("[๐-๙]")


# An amount in baht grouped by thousands is a number whatever OCR read its digits as (lO,OOO บาท).
_OCR_AMOUNT = re.compile(r"(?<![A-Za-z])[0-9๐-๙oOl]{1,3}(?:,[0-9๐-๙oOl]{3})+(?:\.[0-9๐-๙oO]{2})?(?=\s*บาท)")
_OCR_ARABIC = str.maketrans("oOl", "001")


def repair_ocr_digits(text: str) -> str:
    """Letters OCR read for digits made digits again, where they can only be digits: inside a
    Thai number (๑o,๕oo: ๑๐,๕๐๐), or an amount in baht grouped by thousands (lO,OOO บาท: 10,000)."""
    if _OCR_NUMBER_CORE.search(text):
        text = _OCR_NUMBER.sub(_ocr_digit, text)
    if "บาท" in text and _OCR_AMOUNT.search(text):
        text = _OCR_AMOUNT.sub(lambda m: m.group().translate(_OCR_ARABIC), text)
    return text


def _clean_characters(text: str) -> str:
    """Invisible characters removed (before NFC, which orders the marks they separated), NFC,
    OCR's letters for Thai digits read back, and Arabic digits."""
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return to_arabic_digits(repair_ocr_digits(unicodedata.normalize("NFC", text)))


def repair(text: str) -> str:
    """NFC, Arabic digits, invisible characters removed, split or doubled sara am and เเ repaired."""
    return _repair_marks(_clean_characters(text))


def _repair_marks(text: str) -> str:
    """Split or doubled sara am, เเ for แ and displaced tone marks, repaired."""
    if "\u0e4d" in text:
        text = _SPLIT_SARA_AM.sub("\\1\u0e33", text)
    if "\u0e33\u0e32" in text:  # sara am with stray sara aa glyphs after it (ลำานารายณ์)
        text = _SARA_AM_AA.sub("\u0e33", text)
    if "เเ" in text:
        text = text.replace("เเ", "แ")
    # PDF extraction puts tone marks after the next letter: ขัน้ for ขั้น, ชีแ้จง for ชี้แจง
    if _TONE_AFTER_LEADING_CORE.search(text):
        text = _TONE_AFTER_LEADING.sub("\\1\\3\\2", text)
    if _TONE_AFTER_FINAL_CORE.search(text):
        text = _TONE_AFTER_FINAL.sub("\\1\\3\\2", text)
    return text


def _collapse_spaces(text: str) -> str:
    """All whitespace runs made one space, ends stripped."""
    if "\n" in text:
        text = text.replace("\n", " ")
    # Fast path (most cells): isprintable() rules out every whitespace character but the space.
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(text.split())


def prep(text: str) -> str:
    """Repaired text, whitespace collapsed to single spaces but word spacing kept (for the parsers)."""
    return _collapse_spaces(repair(text))


# Upper and lower vowels and tone marks: PDF extraction drops or displaces them (ขนั้ ตอน, ท่ี).
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def bare(text: str) -> str:
    """The text without its marks, ำ as า: what PDF extraction and OCR keep of a word for sure."""
    return _MARKS.sub("", text).replace("\u0e33", "\u0e32")


def skeleton(text: str) -> str:
    """A looser key for matching vocabulary on damaged text: normalised, without marks, ำ as า."""
    return bare(normalize(text)).replace(" ", "")


def normalize(text: str) -> str:
    """Comparison key for Thai text: repaired, Arabic digits, no spaces inside Thai runs, Latin lowercased.

    The spaces go before the marks are repaired, so that damage split by a space (ดํ าเนินการ) is
    repaired too, and the key of a key is the key itself.
    """
    text = _collapse_spaces(_clean_characters(text))
    if " " in text and THAI_GAP.search(text):
        # marks the removed spaces separated now meet: put them in canonical order again
        text = unicodedata.normalize("NFC", THAI_GAP.sub("", text))
    return _repair_marks(text).lower()


# Every transform here leaves NUL where it is and matches nothing across it: the keys of a whole
# document are worked out in one call on its cells joined by NUL, since the cost of a call on
# one cell (a dozen scans set up, each for some 40 characters) is most of the work.
_SEPARATOR = "\x00"


def each_at_once(transform: Callable[[str], str], texts: Sequence[str]) -> list[str]:
    """`[transform(text) for text in texts]`, for a transform that keeps NUL and trims spaces
    at the ends of its result (`normalize`, `read_through`), in one call."""
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # no texts, or a text with NUL of its own
        return [transform(text) for text in texts]
    return [part.strip(" ") for part in transform(joined).split(_SEPARATOR)]
