"""Baseline: findings accepted once, so that later runs report only new ones.

For documents that cannot hold comments (text exports, Word, spreadsheets). Like ESLint's bulk
suppressions, entries are keyed by file, rule and measure name, with a count, not by line: a
baseline survives rows moving up or down, and a second copy of an accepted finding is new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ita_lint.diagnostics import Diagnostic
from ita_lint.errors import ConfigError
from ita_lint.outputs import write_atomically

DEFAULT_NAME = ".ita-lint-baseline.json"
VERSION = 1

Key = tuple[str, str, str]


def _key(finding: Diagnostic, root: Path) -> Key:
    path = Path(finding.path).resolve()
    try:
        shown = PurePosixPath(path.relative_to(root)).as_posix()
    except ValueError:
        shown = path.as_posix()
    return shown, finding.rule, finding.measure or ""


def write(path: Path, findings: Iterable[Diagnostic]) -> int:
    """Write every finding into the baseline; returns how many."""
    root = path.parent.resolve()
    counts = Counter(_key(f, root) for f in findings)
    entries: dict[str, dict[str, dict[str, int]]] = {}
    for (file, rule, measure), count in sorted(counts.items()):
        entries.setdefault(file, {}).setdefault(rule, {})[measure] = count
    document = {"version": VERSION, "tool": "ita-lint", "findings": entries}
    try:
        write_atomically(path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot write the baseline: {error.strerror or error}") from error
    return sum(counts.values())


class Baseline:
    def __init__(self, path: Path) -> None:
        self.root = path.parent.resolve()
        try:
            document = json.loads(path.read_text("utf-8"))
            entries = document["findings"]
            self.remaining: Counter[Key] = Counter(
                {
                    (file, rule, measure): int(count)
                    for file, rules in entries.items()
                    for rule, measures in rules.items()
                    for measure, count in measures.items()
                }
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ConfigError(f"{path}: not a readable ita-lint baseline: {error}") from error

    def new(self, findings: Iterable[Diagnostic]) -> list[Diagnostic]:
        """The findings beyond those accepted in the baseline."""
        kept = []
        for finding in findings:
            key = _key(finding, self.root)
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                kept.append(finding)
        return kept
