"""Regular expressions written in rule files, run by RE2, a linear-time engine.

A rule file is data that anyone may write (a province's own rules, a file in a pull request), so
no pattern in it may make a run hang: Python's backtracking `re` takes exponential time on a
pattern such as `(a+)+$`, RE2 never more than linear. RE2 has no lookaround or backreferences,
and its `\\d`, `\\w` and `\\s` are ASCII (patterns are matched on normalised text, whose digits
are Arabic). Rule files are checked at load time (`format: regex` in their schemas), so an
invalid pattern is a rule-file error with its position, never a failure during a run.

RE2 reads UTF-8: patterns are compiled for bytes and search a cell's key as UTF-8
(`Cell.key_utf8`, encoded once), since the wrapper otherwise encodes the text for every search
and maps byte offsets back to characters, several times the cost of the search itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Any:
    """The compiled pattern, for UTF-8 text (`search` and `sub` as in `re`); compiled once per
    process."""
    return re2.compile(pattern.encode())


class PatternSet:
    """Several patterns searched together, in one pass over a text (RE2's Set): which of them
    match somewhere. Meant for short texts (a cell's key): the pass always runs to the end of
    the text, to find every pattern that matches, and patterns such as `.{0,30}` between two
    words make it many times slower than one search that stops at its first match."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self._set = re2.Set.SearchSet()
        for pattern in patterns:
            self._set.Add(pattern.encode())
        self._set.Compile()

    def matching(self, text: bytes) -> list[int]:
        """The indices of the patterns that match somewhere in `text`."""
        return self._set.Match(text) or []


@lru_cache(maxsize=64)
def compile_set(patterns: tuple[str, ...]) -> PatternSet:
    return PatternSet(patterns)


def is_valid(pattern: object) -> bool:
    """A format checker for `format: regex`: RE2 accepts the pattern."""
    if not isinstance(pattern, str):
        return True  # the type is another keyword's business
    try:
        compile_pattern(pattern)
    except re2.error:
        return False
    return True
