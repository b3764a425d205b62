"""Suppression comments in YAML record files: `# ita-lint: disable=CODE[,CODE] -- reason`.

A directive at the end of a line silences findings on that line; on a line of its own it
silences the line below, and when a measure starts there, every finding about that measure.
`# ita-lint: disable-file=CODE,...` silences the whole file. Codes may be rule codes or names.
A directive that silences nothing is reported (unused-suppression), as ruff reports unused noqa.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from ita_lint.diagnostics import Diagnostic

_DIRECTIVE = re.compile(
    r"#\s*ita-lint:\s*(?P<verb>disable-file|disable)\s*=\s*(?P<codes>[A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)"
    r"(?:\s*--\s*(?P<reason>.*?))?\s*$"
)


@dataclass(frozen=True)
class Suppression:
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
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        match = _DIRECTIVE.search(line)
        if match is None:
            continue
        codes = tuple(code.strip() for code in match["codes"].split(","))
        whole_file = match["verb"] == "disable-file"
        inline = bool(line[: match.start()].strip())
        target = index + 1 if inline else _next_content_line(lines, index)
        reason = match["reason"] or None
        found.append(Suppression(codes, whole_file, target, index + 1, match.start() + 1, reason))
    return found


def _next_content_line(lines: list[str], index: int) -> int:
    for below in range(index + 1, len(lines)):
        stripped = lines[below].strip()
        if stripped and not stripped.startswith("#"):
            return below + 1
    return index + 1


def apply(
    suppressions: Iterable[Suppression], findings: Iterable[Diagnostic], running: Collection[str]
) -> tuple[list[Diagnostic], list[Suppression]]:
    """The findings left, and the directives with the codes that silenced nothing: those of
    rules that ran (`running`: their codes and names), and those of rules that did not."""
    directives = list(suppressions)
    used: list[set[str]] = [set() for _ in directives]
    kept = []
    for finding in findings:
        for index, directive in enumerate(directives):
            code = directive.silences(finding)
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
                replace(
                    directive,
                    unused=tuple(c for c in idle if c in running),
                    unselected=tuple(c for c in idle if c not in running),
                )
            )
    return kept, unused
