"""Property-based tests: Thai normalisation, periods within a fiscal year, and readers on damaged input.

Hypothesis draws the inputs; a failing example is printed in full, and the inputs of bugs found so
far are explicit examples (`@example`), so that they fail on every run until fixed. The example
database is off (`database=None`): the work tree gets no saved examples, only Hypothesis's own
self-ignored cache in `.hypothesis/`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ita_lint.diagnostics import Diagnostic
from ita_lint.errors import ReadError
from ita_lint.linter import Linter
from ita_lint.readers.decoding import decode
from ita_lint.thai import (
    clean_markup,
    clean_markup_all,
    each_at_once,
    fiscal_year_bounds,
    normalize,
    parse_period,
    to_arabic_digits,
)
from ita_lint.thai.typos import read_through

SETTINGS = {
    "deadline": None,
    "database": None,
    # the suite's autouse fixture (a private rule cache) is function-scoped; it holds nothing per example
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}

# --- Thai text -----------------------------------------------------------------------------------

ARABIC_DIGITS = "0123456789"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
CONSONANTS = "".join(chr(c) for c in range(0x0E01, 0x0E2F))  # ก-ฮ
VOWELS = "".join(chr(c) for c in (*range(0x0E30, 0x0E3B), *range(0x0E40, 0x0E46)))  # ะ-ฺ, เ-ๅ
MARKS = "".join(chr(c) for c in range(0x0E47, 0x0E4F))  # ็ ่ ้ ๊ ๋ ์ ํ ๎
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\ufffd\u00ad"
SPACES = " \t\n\r\u00a0\u3000"
LATIN = "abcXYZ.-/,()%"


def to_thai_digits(text: str) -> str:
    """Every Arabic digit written as a Thai one (the encoder `to_arabic_digits` must undo)."""
    return text.translate(TO_THAI)


# Weighted towards Thai: consonants, vowels and marks in any order (extraction damage included).
thai_chars = st.one_of(
    st.sampled_from(CONSONANTS),
    st.sampled_from(VOWELS),
    st.sampled_from(MARKS),
    st.sampled_from(THAI_DIGITS + ARABIC_DIGITS),
    st.sampled_from(SPACES + ZERO_WIDTH),
    st.sampled_from(LATIN),
)
thai_text = st.text(alphabet=thai_chars, max_size=30)


@settings(max_examples=400, **SETTINGS)
@given(thai_text)
# PDF damage next to a space or an invisible character: split sara am, เเ, a displaced tone mark,
# marks out of canonical order, a doubled stray sara aa
@example("ดํ าเนินการ")
@example("เ เจ้ง")
@example("กเ ่")
@example("\u0e48\ufeff\u0e3a")
@example("ลำาา")
@example("\u0e48 \u0e38")  # marks a space kept apart, out of canonical order once it goes
def test_normalize_is_idempotent_on_thai_text(text: str):
    key = normalize(text)
    assert normalize(key) == key


@settings(max_examples=300, **SETTINGS)
@given(st.lists(st.one_of(thai_text, st.text(max_size=10)), max_size=8))
@example(["ก ", " ข", "\u0e48 \u0e38", "เ", "เจ้ง"])  # spaces and damage at the joins
@example(["กรรร้อง", "เรียน", "กรรร้องเรียน"])  # a misspelling split between two cells stays split
@example(["a\x00b", "c"])  # a text with NUL of its own
@example([" ก ", "<b>ข</b>", "ค &amp; ง", "\\*"])  # markup in one cell of many
def test_keys_of_many_texts_at_once_are_their_keys_one_by_one(texts: list[str]):
    assert clean_markup_all(texts) == [clean_markup(text) for text in texts]
    assert each_at_once(normalize, texts) == [normalize(text) for text in texts]
    keys = [normalize(text) for text in texts]
    assert each_at_once(read_through, keys) == [read_through(key) for key in keys]


@settings(max_examples=200, **SETTINGS)
@given(st.text(max_size=30))
def test_normalize_is_idempotent_on_any_text(text: str):
    key = normalize(text)
    assert normalize(key) == key


# Text with each digit marked, so that it can be written with Thai digits, Arabic ones, or a mix.
digit_text = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(ARABIC_DIGITS), st.booleans()),  # (digit, write it in Thai)
        st.tuples(st.sampled_from(CONSONANTS + VOWELS + MARKS + SPACES + ZERO_WIDTH + LATIN), st.just(False)),
    ),
    max_size=30,
)


@settings(max_examples=300, **SETTINGS)
@given(digit_text)
def test_thai_and_arabic_digits_give_the_same_key(parts: list[tuple[str, bool]]):
    arabic = "".join(ch for ch, _ in parts)
    thai = to_thai_digits(arabic)
    mixed = "".join(to_thai_digits(ch) if in_thai else ch for ch, in_thai in parts)
    assert normalize(thai) == normalize(arabic) == normalize(mixed)


@settings(max_examples=300, **SETTINGS)
@given(st.text(alphabet=ARABIC_DIGITS, min_size=1, max_size=20))
def test_to_arabic_digits_undoes_thai_digits(digits: str):
    thai = to_thai_digits(digits)
    assert all(ch in THAI_DIGITS for ch in thai)
    assert to_arabic_digits(thai) == digits
    assert to_arabic_digits(digits) == digits


@settings(max_examples=200, **SETTINGS)
@given(st.integers(min_value=0, max_value=10**12))
def test_to_arabic_digits_reads_thai_numbers(number: int):
    assert int(to_arabic_digits(to_thai_digits(str(number)))) == number


@settings(max_examples=200, **SETTINGS)
@given(st.text(max_size=40))
def test_to_arabic_digits_changes_only_thai_digits(text: str):
    out = to_arabic_digits(text)
    assert len(out) == len(text)
    assert not any(ch in THAI_DIGITS for ch in out)
    for before, after in zip(text, out, strict=True):
        assert after == (str(THAI_DIGITS.index(before)) if before in THAI_DIGITS else before)


# --- periods -------------------------------------------------------------------------------------

# calendar month -> ways it is written: the abbreviation, its dots dropped or spaced, the full name
MONTHS = {
    1: ("ม.ค.", "มกราคม"),
    2: ("ก.พ.", "กุมภาพันธ์"),
    3: ("มี.ค.", "มีนาคม"),
    4: ("เม.ย.", "เมษายน"),
    5: ("พ.ค.", "พฤษภาคม"),
    6: ("มิ.ย.", "มิถุนายน"),
    7: ("ก.ค.", "กรกฎาคม"),
    8: ("ส.ค.", "สิงหาคม"),
    9: ("ก.ย.", "กันยายน"),
    10: ("ต.ค.", "ตุลาคม"),
    11: ("พ.ย.", "พฤศจิกายน"),
    12: ("ธ.ค.", "ธันวาคม"),
}
BE_OFFSET = 543


def days_in(year: int, month: int) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days


@st.composite
def month_written(draw, month: int) -> str:
    abbreviation, full = MONTHS[month]
    form = draw(st.sampled_from(["dotted", "no final dot", "no dots", "spaced", "full"]))
    if form == "no dots":
        return abbreviation.replace(".", "")  # เมย
    if form == "no final dot":
        return abbreviation[:-1]  # เม.ย
    if form == "spaced":
        return abbreviation.replace(".", ". ", 1)  # เม. ย.
    return full if form == "full" else abbreviation


@st.composite
def date_written(draw, day: int | None, month: int, be_year: int | None) -> str:
    """One end of a period as a report writes it: [day] month [two-digit BE year]."""
    thai_digits = draw(st.booleans())

    def digits(n: int) -> str:
        return to_thai_digits(str(n)) if thai_digits else str(n)

    text = draw(month_written(month))
    if day is not None:
        text = digits(day) + draw(st.sampled_from([" ", "  "])) + text
    if be_year is not None:
        text += draw(st.sampled_from(["", " ", "  "])) + digits(be_year % 100).zfill(2)
    return text


def fiscal_month(fiscal_year: int, n: int) -> tuple[int, int]:
    """(CE year, calendar month) of month n of a fiscal year (BE), n = 1 for October; n may run past 12."""
    first, _ = fiscal_year_bounds(fiscal_year)
    years, month0 = divmod(first.month - 1 + n - 1, 12)
    return first.year + years, month0 + 1


@st.composite
def period_text(draw, fiscal_year: int, first: int, last: int, years: str) -> tuple[str, date, date]:
    """A period from fiscal month `first` to `last` (1 = Oct of the year before), and its dates.

    years: "both" written, "end" only (the start inherits it), or "none" (the fiscal year places them).
    """
    (y1, m1), (y2, m2) = fiscal_month(fiscal_year, first), fiscal_month(fiscal_year, last)
    d1 = d2 = None
    if draw(st.booleans()):
        d1 = draw(st.integers(1, days_in(y1, m1)))
        d2 = draw(st.integers(d1 if (y1, m1) == (y2, m2) else 1, days_in(y2, m2)))
    start = draw(date_written(d1, m1, y1 + BE_OFFSET if years == "both" else None))
    end = draw(date_written(d2, m2, None if years == "none" else y2 + BE_OFFSET))
    dash = draw(st.sampled_from(["-", " - ", " – ", "—", " ถึง ", "  -  "]))
    return start + dash + end, date(y1, m1, d1 or 1), date(y2, m2, d2 or days_in(y2, m2))


fiscal_years = st.integers(min_value=2560, max_value=2575)


@st.composite
def period_inside(draw) -> tuple[int, str, date, date]:
    fiscal_year = draw(fiscal_years)
    first = draw(st.integers(1, 12))
    last = draw(st.integers(first, 12))
    years = draw(st.sampled_from(["both", "end", "none"]))
    text, start, end = draw(period_text(fiscal_year, first, last, years))
    return fiscal_year, text, start, end


@settings(max_examples=400, **SETTINGS)
@given(period_inside())
def test_a_period_inside_the_fiscal_year_reads_inside_it(case):
    fiscal_year, text, start, end = case
    first, last = fiscal_year_bounds(fiscal_year)
    period = parse_period(text, fiscal_year)
    assert period is not None, text
    assert first <= period.start <= period.end <= last, (text, period)
    assert (period.start, period.end) == (start, end), text


@st.composite
def period_outside(draw) -> tuple[int, str]:
    """A period that starts inside the fiscal year and ends after September, or starts before October."""
    fiscal_year = draw(fiscal_years)
    if draw(st.booleans()):
        first, last = draw(st.integers(1, 12)), draw(st.integers(13, 24))  # ends in Oct..Sep after
    else:
        first, last = draw(st.integers(-11, 0)), draw(st.integers(1, 12))  # starts in Oct..Sep before
    text, _, _ = draw(period_text(fiscal_year, first, last, "both"))
    return fiscal_year, text


def record(fiscal_year: int, period: str, thai_year: bool = False) -> str:
    year = to_thai_digits(str(fiscal_year)) if thai_year else str(fiscal_year)
    return (
        "kind: report\n"
        "agency: องค์การบริหารส่วนตำบลตัวอย่าง\n"
        f"fiscal_year: {year}\n"
        "tables:\n"
        "  - kind: report\n"
        "    measures:\n"
        "      - name: ๑. จัดทำคู่มือการให้บริการประชาชน\n"
        f"        period: {json.dumps(period, ensure_ascii=False)}\n"
        "        responsible: สำนักปลัด\n"
    )


PERIOD_LINE = 8  # the line of `period:` in `record`


@contextmanager
def written(name: str, data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name
        path.write_bytes(data)
        yield path


def period_findings(linter: Linter, text: str) -> list[Diagnostic]:
    with written("report.yaml", text.encode("utf-8")) as path:
        return [d for d in linter.lint_path(path) if d.rule.startswith("period-")]


@settings(max_examples=60, **SETTINGS)
@given(period_outside(), st.booleans())
def test_the_linter_flags_a_period_outside_the_fiscal_year(linter, case, thai_year: bool):
    fiscal_year, text = case
    found = period_findings(linter, record(fiscal_year, text, thai_year))
    assert [(d.rule, d.line) for d in found] == [("period-outside-fiscal-year", PERIOD_LINE)], (text, found)


@settings(max_examples=60, **SETTINGS)
@given(period_inside(), st.booleans())
def test_the_linter_accepts_a_period_inside_the_fiscal_year(linter, case, thai_year: bool):
    fiscal_year, text, _, _ = case
    found = period_findings(linter, record(fiscal_year, text, thai_year))
    assert found == [], (text, found)


# --- readers on small tables, then damaged ---------------------------------------------------------

# header word -> the record field it names
HEADERS = {
    "มาตรการ": "name",
    "ระยะเวลาดำเนินการ": "period",
    "งบประมาณที่ใช้จริง": "budget",
    "ผลการดำเนินการ": "result",
    "ผู้รับผิดชอบ": "responsible",
    "ผลลัพธ์": "outcome",
    "สถานะการดำเนินงาน": "status",
}
WORDS = [
    "จัดทำคู่มือ",
    "การให้บริการ",
    "ประชาชน",
    "สำนักปลัด",
    "กองคลัง",
    "ดำเนินการเรียบร้อยแล้ว",
    "ไม่ใช้งบประมาณ",
    "ไม่ใช่ งบประมาณ",
    "๒๕,๐๐๐ บาท",
    "450,000",
    "ต.ค.๖๗ - ก.ย.๖๘",
    "ม.ค. - เม.ย ๖๘",
    "ก.ย.๖๗ - ต.ค.๖๘",
    "ตลอดปีงบประมาณ",
    "ไตรมาสที่ 2",
    "No Gift Policy",
    "https://www.example.go.th",
    "ร้อยละ ๙๗.๒๐",
    "<p>",
    "๑.",
    "-",
]
ascii_word = st.text(alphabet="abcxyzABC0123456789./-()", min_size=1, max_size=8)
thai_word = st.text(
    alphabet=st.sampled_from(CONSONANTS + VOWELS + MARKS + THAI_DIGITS), min_size=1, max_size=8
)
cell_text = st.lists(st.one_of(st.sampled_from(WORDS), ascii_word, thai_word), max_size=4).map(" ".join)


@st.composite
def tables(draw) -> tuple[str | None, list[str], list[list[str]]]:
    """A title line (or none), a header row of Thai column names, and a few data rows."""
    header = draw(st.lists(st.sampled_from(list(HEADERS)), min_size=2, max_size=len(HEADERS), unique=True))
    if "มาตรการ" not in header and draw(st.booleans()):
        header.insert(0, "มาตรการ")
    rows = draw(st.lists(st.lists(cell_text, min_size=len(header), max_size=len(header)), max_size=4))
    title = draw(
        st.sampled_from(
            [
                None,
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ องค์การบริหารส่วนตำบลตัวอย่าง",
            ]
        )
    )
    return title, header, rows


def as_csv(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if title:
        writer.writerow([title])
    writer.writerows([header, *rows])
    return out.getvalue()


def as_tab_export(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    lines = [*([title, ""] if title else []), *("\t".join(row) for row in [header, *rows])]
    return "\n".join(lines) + "\n"


def as_aligned_export(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    """Columns laid out with spaces, as `pdftotext -layout` writes them (two or more between columns)."""
    table = [header, *rows]
    widths = [max(len(row[i]) for row in table) + 3 for i in range(len(header))]
    lines = [
        "".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in table
    ]
    return "\n".join([*([title, ""] if title else []), *lines]) + "\n"


def as_markdown(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |"

    body = [line(header), "|" + "---|" * len(header), *(line(row) for row in rows)]
    return "\n".join([*([f"# {title}", ""] if title else []), *body]) + "\n"


def as_html(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    def row(tag: str, cells: list[str]) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in cells) + "</tr>"

    lines = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>ITA</title></head><body>',
        *([f"<h1>{html.escape(title)}</h1>"] if title else []),
        "<table>",
        row("th", header),
        *(row("td", cells) for cells in rows),
        "</table>",
        "</body></html>",
    ]
    return "\n".join(lines) + "\n"


def as_record_data(title: str | None, header: list[str], rows: list[list[str]]) -> dict[str, object]:
    measures = [{HEADERS[name]: cell for name, cell in zip(header, row, strict=True)} for row in rows]
    return {
        "kind": "report",
        "agency": "องค์การบริหารส่วนตำบลตัวอย่าง",
        "fiscal_year": 2568,
        "tables": [{"kind": "report", **({"title": title} if title else {}), "measures": measures}],
    }


def as_yaml(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    data = as_record_data(title, header, rows)
    lines = [
        f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in data.items() if key != "tables"
    ]
    lines += ["tables:", "  - kind: report"]
    if title:
        lines.append(f"    title: {json.dumps(title, ensure_ascii=False)}")
    lines.append("    measures:" + ("" if rows else " []"))
    for measure in data["tables"][0]["measures"]:  # type: ignore[index]
        for index, (key, value) in enumerate(measure.items()):
            lines.append(
                ("      - " if index == 0 else "        ") + f"{key}: {json.dumps(value, ensure_ascii=False)}"
            )
    return "\n".join(lines) + "\n"


def as_json(title: str | None, header: list[str], rows: list[list[str]]) -> str:
    return json.dumps(as_record_data(title, header, rows), ensure_ascii=False, indent=2) + "\n"


TEXT_FORMATS = {
    "csv": (".csv", as_csv),
    "tab export": (".txt", as_tab_export),
    "aligned export": (".txt", as_aligned_export),
    "markdown": (".md", as_markdown),
    "html": (".html", as_html),
    "yaml record": (".yaml", as_yaml),
    "json record": (".json", as_json),
}

# Characters that damage text: line-like controls that are not "\n", NUL, invisible characters, tabs.
# A lone "\r" is left out: whether it ends a line is a matter of opinion, and the lines are counted by "\n".
CONTROLS = [
    "\v",
    "\f",
    "\x00",
    "\u2028",
    "\u2029",
    "\x85",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x07",
    "\t",
    "\ufeff",
    "\u200b",
]
random_bytes = st.binary(min_size=1, max_size=6).map(lambda b: b.replace(b"\r", b""))


# Damage as plain values, so that explicit examples can name it. Offsets are taken modulo the length.
controls = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(CONTROLS)), min_size=1, max_size=3)
repeats = st.none() | st.tuples(st.integers(0, 1000), st.integers(1, 3))  # (line, times)
broken_bytes = st.tuples(st.none() | st.tuples(st.integers(0, 10_000), random_bytes), st.integers(0, 10_000))


def with_controls(text: str, inserted: list[tuple[int, str]], repeat: tuple[int, int] | None) -> bytes:
    """The text with control characters put in and a line repeated: damage that keeps it UTF-8."""
    for offset, char in inserted:
        at = offset % (len(text) + 1)
        text = text[:at] + char + text[at:]
    if repeat is not None:
        lines = text.split("\n")
        at = repeat[0] % len(lines)
        lines[at:at] = [lines[at]] * repeat[1]
        text = "\n".join(lines)
    return text.encode("utf-8")


def with_broken_bytes(text: str, damage: tuple[tuple[int, bytes] | None, int]) -> bytes:
    """The text's bytes with random bytes put in (perhaps inside a character), then cut anywhere."""
    insert, cut = damage
    data = text.encode("utf-8")
    if insert is not None:
        at = insert[0] % (len(data) + 1)
        data = data[:at] + insert[1] + data[at:]
    return data[: cut % (len(data) + 1)]


def lines_in(data: bytes) -> int:
    """How many lines a file has, counted by "\n" as editors and `grep -n` count them."""
    try:
        text = decode(data)
    except ReadError:
        return data.count(b"\n") + 1
    return text.count("\n") + 1


def check_findings(found: list[Diagnostic], lines: int | None) -> None:
    """Positions are 1-based and, for files with lines, inside the file; no exception leaked out."""
    for d in found:
        assert d.line >= 1 and d.column >= 1, d
    if lines is not None:
        for d in found:
            assert d.line <= lines, (lines, d)
    for d in found:
        assert "internal error" not in d.message, d  # a check raised on what a reader produced
    for d in found:
        # "cannot parse: <exception>": the reader raised something other than ReadError
        assert "cannot parse:" not in d.message, d


def lint_bytes(linter: Linter, suffix: str, data: bytes) -> list[Diagnostic]:
    with written(f"report{suffix}", data) as path:
        return linter.lint_path(path)


FORMAT_NAMES = sorted(TEXT_FORMATS)


@pytest.mark.parametrize("kind", FORMAT_NAMES)
@settings(max_examples=30, **SETTINGS)
@given(table=tables())
def test_readers_give_positions_inside_intact_text_files(linter, kind: str, table):
    suffix, write = TEXT_FORMATS[kind]
    raw = write(*table).encode("utf-8")
    found = lint_bytes(linter, suffix, raw)
    check_findings(found, lines_in(raw))
    assert "parse-error" not in {d.rule for d in found}, found


# A measure whose budget cell is empty, so that a finding points at the file's last line.
LAST_LINE_FINDING = (None, ["มาตรการ", "ระยะเวลาดำเนินการ", "งบประมาณที่ใช้จริง"], [["จัดทำคู่มือ", "", ""]])


@pytest.mark.parametrize("kind", FORMAT_NAMES)
@settings(max_examples=40, **SETTINGS)
@given(table=tables(), inserted=controls, repeat=repeats)
# line-like characters that are not "\n" (a page break, a vertical tab, U+2028) before the table
@example(table=LAST_LINE_FINDING, inserted=[(0, "\f"), (0, "\v")], repeat=None)
@example(table=LAST_LINE_FINDING, inserted=[(0, "\u2028"), (0, "\u2028")], repeat=None)
def test_readers_give_positions_inside_text_files_with_control_characters(
    linter, kind: str, table, inserted, repeat
):
    suffix, write = TEXT_FORMATS[kind]
    raw = with_controls(write(*table), inserted, repeat)
    check_findings(lint_bytes(linter, suffix, raw), lines_in(raw))


@pytest.mark.parametrize("kind", FORMAT_NAMES)
@settings(max_examples=40, **SETTINGS)
@given(table=tables(), damage=broken_bytes)
# cut short right after the first character (`{` of a JSON record) or the first line and one letter
@example(table=LAST_LINE_FINDING, damage=(None, 1))
@example(table=LAST_LINE_FINDING, damage=(None, len('kind: "report"\nk')))
def test_readers_give_positions_inside_text_files_with_broken_bytes(linter, kind: str, table, damage):
    suffix, write = TEXT_FORMATS[kind]
    raw = with_broken_bytes(write(*table), damage)
    check_findings(lint_bytes(linter, suffix, raw), lines_in(raw))


def as_docx(title: str | None, header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=0, cols=len(header))
    for texts in [header, *rows]:
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_xlsx(title: str | None, header: list[str], rows: list[list[str]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
    for texts in [header, *rows]:
        sheet.append(texts)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# format -> (suffix, writer, the package part that holds the table)
PACKAGES = {
    "docx": (".docx", as_docx, "word/document.xml"),
    "xlsx": (".xlsx", as_xlsx, "xl/worksheets/sheet1.xml"),
}


@st.composite
def damaged_package(draw, package: bytes, part: str) -> bytes:
    """An Office package cut short, with bytes overwritten, or with its table's part cut short inside."""
    how = draw(st.sampled_from(["truncate", "overwrite", "truncate part"]))
    if how == "truncate":
        return package[: draw(st.integers(0, len(package) - 1))]
    if how == "overwrite":
        at = draw(st.integers(0, len(package) - 1))
        return package[:at] + draw(random_bytes) + package[at + 1 :]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                content = content[: draw(st.integers(0, len(content)))]
            target.writestr(info, content)
    return out.getvalue()


# The writers stamp the time into the package (and so change its compressed size): hypothesis
# replays an example with the bytes it first drew from, so each table is written once.
_WRITTEN: dict[tuple[str, str], bytes] = {}


@pytest.mark.parametrize("kind", sorted(PACKAGES))
@settings(max_examples=25, **SETTINGS)
@given(table=tables(), data=st.data())
def test_office_readers_survive_damaged_packages(linter, kind: str, table, data):
    suffix, write, part = PACKAGES[kind]
    key = (kind, repr(table))
    if key not in _WRITTEN:
        _WRITTEN[key] = write(*table)
    package = _WRITTEN[key]
    found = lint_bytes(linter, suffix, package)
    check_findings(found, None)
    assert "parse-error" not in {d.rule for d in found}, found
    broken = data.draw(damaged_package(package, part), label="damaged package")
    check_findings(lint_bytes(linter, suffix, broken), None)
