"""Lines as an editor numbers them: \\n, \\r\\n and a lone \\r end a line, nothing else does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ita_lint.lines import LineIndex, split_lines

# line breaks of every kind, and characters that other line counters wrongly take for breaks
pieces = st.sampled_from(["a", "ก", " ", "\n", "\r", "\r\n", "\u2028", "\x85", "\v"])
text = st.lists(pieces, max_size=40).map("".join)


@given(text)
def test_every_offset_is_on_the_line_an_editor_shows(text: str):
    index = LineIndex(text)
    offset = 0
    for number, line in enumerate(split_lines(text), start=1):
        for column in range(len(line) + 1):  # each character, and the line break after it
            if offset + column < len(text) or number == len(split_lines(text)):
                assert index.at(offset + column) == (number, column + 1)
        offset += len(line) + (2 if text.startswith("\r\n", offset + len(line)) else 1)


def test_offsets_past_the_end_are_at_the_end_of_the_last_line():
    assert LineIndex("ab\ncd").at(99) == (2, 3)
    assert LineIndex("ab\ncd\n").at(99) == (3, 1)
    assert LineIndex("").at(0) == (1, 1)
