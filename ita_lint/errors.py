"""The two ways input can fail, in one place: a document that cannot be read (a finding for that
file, and a bulk run carries on) and a rule or configuration file that cannot be used (exit 2)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ita_lint.records import Position


class ReadError(Exception):
    """A file that cannot be read or parsed, with where the problem is when known."""

    def __init__(
        self,
        message: str,
        position: Position | None = None,
        kind: str = "unreadable",
        more: list[tuple[str, Position]] | None = None,
    ) -> None:
        super().__init__(message)
        if position is None:
            # imported here: the command line imports errors before it needs the record types
            from ita_lint.records import START

            position = START
        self.position = position
        # what kind of failure, for rules to tell apart: unreadable, scanned (no text layer), legacy
        self.kind = kind
        # further problems of the same file (every invalid field of a record), each where it is
        self.more = more or []


class ConfigError(Exception):
    """A rule or configuration file that cannot be used; the CLI exits with code 2."""


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the closest known word, or nothing when none is close."""
    import difflib  # only when something is misspelt

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
