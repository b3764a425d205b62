"""Suppression comments in YAML record files: `# ita-lint: disable=CODE[,CODE] -- reason`.

A directive at the end of a line silences findings on that line; on a line of its own it
silences the line below, and when a measure starts there, every finding about that measure.
`# ita-lint: disable-file=CODE,...` silences the whole file. Codes may be rule codes or names.
A directive that silences nothing is reported (unused-suppression), as ruff reports unused noqa.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import NamedTuple

from ita_lint.diagnostics import Diagnostic
from ita_lint.lines import split_lines

_DIRECTIVE = re.compile(
    r"#\s*ita-lint:\s*(?P<verb>disable-file|disable)\s*=\s*(?P<codes>[A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)"
    r"(?:\s*--\s*(?P<reason>.*?))?\s*$"
)


class Suppression(NamedTuple):
    codes: tuple[str, ...]
    whole_file: bool
    target: int  # the line it applies to (unused for whole-file directives)
    line: int  # where the comment is
    column: int
    reason: str | None = None
    unused: tuple[str, ...] = ()  # codes that silenced nothing, of rules that ran
    unselected: tuple[str, ...] = ()  # codes of rules that did not run here: nothing to silence

    def silences(self, finding: Diagnostic) -> str | None:
        """The code (as written) under which this directive silences the finding, if it does."""
        if not (self.whole_file or finding.line == self.target or finding.measure_line == self.target):
            return None
        return next((c for c in self.codes if c in (finding.code, finding.rule)), None)


def scan(text: str) -> list[Suppression]:
    """Every directive in a YAML text, with the line it applies to."""
    if "ita-lint:" not in text:
        return []
    lines = split_lines(text)
    following = _next_content_lines(lines)
    found = []
    for index, line in enumerate(lines):
        match = _DIRECTIVE.search(line) if "ita-lint:" in line else None
        if match is None:
            continue
        codes = tuple(code.strip() for code in match["codes"].split(","))
        whole_file = match["verb"] == "disable-file"
        inline = bool(line[: match.start()].strip())
        target = index + 1 if inline else following[index]
        reason = match["reason"] or None
        found.append(Suppression(codes, whole_file, target, index + 1, match.start() + 1, reason))
    return found


def _next_content_lines(lines: list[str]) -> list[int]:
    """For each line, the number of the first line below it that is not blank or a comment (its
    own number when there is none), in one pass from the end."""
    found = [0] * len(lines)
    below: int | None = None
    for index in range(len(lines) - 1, -1, -1):
        found[index] = below if below is not None else index + 1
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            below = index + 1
    return found


def apply(
    suppressions: Iterable[Suppression], findings: Iterable[Diagnostic], running: Collection[str]
) -> tuple[list[Diagnostic], list[Suppression]]:
    """The findings left, and the directives with the codes that silenced nothing: those of
    rules that ran (`running`: their codes and names), and those of rules that did not."""
    directives = list(suppressions)
    used: list[set[str]] = [set() for _ in directives]
    # directives by the line they apply to: each finding looks only at those that may silence it
    by_line: dict[int, list[int]] = {}
    whole_file: list[int] = []
    for index, directive in enumerate(directives):
        (whole_file if directive.whole_file else by_line.setdefault(directive.target, [])).append(index)
    kept = []
    for finding in findings:
        candidates = sorted(
            {*whole_file, *by_line.get(finding.line, ()), *by_line.get(finding.measure_line or 0, ())}
        )
        for index in candidates:
            code = directives[index].silences(finding)
            if code is not None:
                used[index].add(code)
                break
        else:
            kept.append(finding)
    unused = []
    for index, directive in enumerate(directives):
        idle = [c for c in directive.codes if c not in used[index]]
        if idle:
            unused.append(
                directive._replace(
                    unused=tuple(c for c in idle if c in running),
                    unselected=tuple(c for c in idle if c not in running),
                )
            )
    return kept, unused
