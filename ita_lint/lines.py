"""Lines as an editor numbers them, for every position ita-lint reports.

A line ends at \\n, \\r\\n or a lone \\r, and nowhere else. `str.splitlines` also breaks at \\v, \\f,
\\x1c-\\x1e, \\x85, \\u2028 and \\u2029, which Word exports and PDF tools leave inside lines (a manual
line break inside a cell would become a row of its own), and libyaml counts \\x85, \\u2028 and
\\u2029 as line breaks: positions from either would drift from what the user sees.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

LINE_BREAK = re.compile(r"\r\n|[\r\n]")
# characters that other line counters take for line breaks, and editors do not
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")


def split_lines(text: str) -> list[str]:
    return LINE_BREAK.split(text)


class LineIndex:
    """Line and column (1-based) of a character offset in a text, in O(log n) per lookup."""

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self.starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
        else:  # the common case, in C: each line starts one past the end of the one before
            self.starts = list(accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0))
        self.length = len(text)

    def at(self, offset: int) -> tuple[int, int]:
        """Where the character at `offset` is; an offset past the end is the end of the last line."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def breaks_elsewhere(text: str) -> bool:
    """The text has characters that libyaml counts as line breaks and editors do not."""
    # `in` scans a 30 KB Thai text several times faster than a character-class regex
    return any(ch in text for ch in _OTHER_BREAKS)
