"""Text exports of Word/PDF reports (`.txt`, `.md`): tables are tab-separated (or markdown pipe) rows."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from pathlib import Path

from ita_lint.layout import build
from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.lines import split_lines
from ita_lint.readers import html
from ita_lint.readers.decoding import read_text
from ita_lint.records import Position, Report

# Where a cell's text starts: after leading spaces and leading tags such as <p> or <ul style=...>.
_LEADING = re.compile(r"(?:\s|<[^<>]*>)*")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cell(line_number: int, text: str, start: int) -> SourceCell:
    leading = _LEADING.match(text) if text.strip() else None
    skip = leading.end() if leading is not None else 0
    return SourceCell(text, Position(line=line_number, column=start + skip + 1))


def _split(line_number: int, line: str, separator: str) -> Row:
    cells, start = [], 0
    parts = line.split(separator)
    if separator == "|":  # a markdown row starts and ends with a pipe
        start = len(parts[0]) + 1
        parts = parts[1:-1] if line.rstrip().endswith("|") else parts[1:]
    for part in parts:
        cells.append(_cell(line_number, part, start))
        start += len(part) + 1
    return Row(tuple(cells))


# Where pasted HTML table markup starts and ends; lxml parses what lies between.
_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


MARK_OVERLAP = 2  # columns of the line above a displaced mark may cover
_MARK_FIRST = re.compile("^( *)[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def rejoin_marks(lines: list[str]) -> list[str]:
    """Undo pdftotext's displaced Thai marks: a tone mark or upper vowel it could not place starts
    the next line at its own column, and the rest of the original line follows it there
    (`ขัน` / `   ้ ตอน ...`). Such a line is put back where it was cut. The joined line keeps
    the first line's number; the cut-off line becomes empty, so later lines keep theirs."""
    out = list(lines)
    previous = 0  # the line a displaced mark goes back to (an earlier mark line went there too)
    for number in range(1, len(out)):
        mark = _MARK_FIRST.match(out[number])
        above = out[previous].rstrip()
        if mark is None or "\t" in above or not above.strip():
            previous = number
            continue
        column = len(mark.group(1))
        # the mark lands on the last letter above, or just after it
        if len(above) <= column + MARK_OVERLAP:
            out[previous] = above + " " * (column - len(above)) + out[number][column:]
            out[number] = ""
        else:
            previous = number
    return out


def items(text: str) -> Iterator[Item]:
    """Lines, rows and breaks; `<table>` markup pasted into the text is read as the table it is."""
    lines = [_unboxed(line) for line in rejoin_marks(split_lines(text))]
    number, tables = 0, 0
    while number < len(lines):
        if _TABLE_OPEN.search(lines[number]):
            end = number
            while end < len(lines) - 1 and not _TABLE_CLOSE.search(lines[end]):
                end += 1
            markup = "\n".join(lines[number : end + 1])
            tables += 1
            yield from html.table_items(html.parse(markup), tables, first_line=number + 1)
            number = end + 1
            continue
        if _GRID_RULE.match(lines[number]):
            number = yield from _grid_row(lines, number)
            continue
        if "\t" in lines[number] and _OPEN_QUOTE.search(lines[number]):
            number = yield from _quoted_row(lines, number)
            continue
        yield from _line_items(number + 1, lines[number])
        number += 1


# A table drawn in box-drawing characters is a grid table drawn otherwise: its bars are pipes and
# its rules are +---+ rules (one character for one, so that columns stay where they are).
_BOX_BARS = str.maketrans("│┃║", "|||")
_BOX_RULE = re.compile(r"^\s*[┌├└╞╘╒┏┣┗][─━═┬┼┴╤╪╧┳╋┻]+[┐┤┘╡╛╕┓┫┛]\s*$")


def _unboxed(line: str) -> str:
    if _BOX_RULE.match(line):
        return re.sub(r"[^\s]", lambda m: "+" if m.group() in "┌├└╞╘╒┏┣┗┬┼┴╤╪╧┳╋┻┐┤┘╡╛╕┓┫┛" else "-", line)
    return line.translate(_BOX_BARS) if "│" in line or "┃" in line or "║" in line else line


# A pandoc grid table draws its rows between rules (+-----+----+, +=====+ under the header); the
# lines between two rules are one row, each cell wrapped over them.
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def _grid_row(lines: list[str], rule: int) -> Generator[Item, None, int]:
    """The row under a grid table's rule, its cells joined over their lines; where reading goes on."""
    end = rule + 1
    while end < len(lines) and lines[end].lstrip().startswith("|") and not _GRID_RULE.match(lines[end]):
        end += 1
    rows = [_split(number + 1, lines[number], "|") for number in range(rule + 1, end)]
    if rows:
        first = rows[0].cells
        cells = []
        for column in range(max(len(row.cells) for row in rows)):
            parts = [row.cells[column] for row in rows if column < len(row.cells)]
            filled = [part for part in parts if part.raw.strip()]
            text = "\n".join(part.raw.strip() for part in filled)
            cells.append(SourceCell(text, (filled or parts or first)[0].position))
        yield Row(tuple(cells))
    return max(end, rule + 1)


# Cells copied out of Excel are tab-separated; a cell with line breaks in it is quoted ("..."),
# its quotes doubled, and its row goes on over the lines below until the quote closes.
_OPEN_QUOTE = re.compile(r'(?:^|\t)"')


def _quoted_row(lines: list[str], number: int) -> Generator[Item, None, int]:
    """A tab-separated row whose quoted cells may run over several lines; where reading goes on."""
    cells: list[SourceCell] = []
    line, column = number, 0
    while True:
        text = lines[line]
        start = Position(line=line + 1, column=column + 1)
        if text.startswith('"', column):
            parts, column = [], column + 1
            while True:
                close = text.find('"', column)
                while close >= 0 and text.startswith('""', close):
                    close = text.find('"', close + 2)
                if close >= 0 or line + 1 >= len(lines):
                    parts.append(text[column : close if close >= 0 else len(text)])
                    column = close + 1 if close >= 0 else len(text)
                    break
                parts.append(text[column:])
                line, column = line + 1, 0
                text = lines[line]
            value = "\n".join(parts).replace('""', '"')
            cells.append(SourceCell(value, start._replace(column=start.column + 1)))
            end = text.find("\t", column)
        else:
            end = text.find("\t", column)
            cells.append(_cell(line + 1, text[column : end if end >= 0 else len(text)], column))
        if end < 0:
            break
        column = end + 1
    yield Row(tuple(cells))
    return line + 1


def _line_items(number: int, line: str) -> Iterator[Item]:
    if not line.strip():
        yield Break()
    elif "\t" in line:
        yield _split(number, line, "\t")
    elif line.lstrip().startswith("|") and line.count("|") >= 3:
        if not _PIPE_SEPARATOR.match(line.strip()):
            yield _split(number, line, "|")
    else:
        yield Line(SourceCell(line, Position(line=number)))  # offsets into the line count from column 1


def parse(text: str) -> Report:
    return build(items(text))


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    return items(read_text(path))
