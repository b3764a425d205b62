"""Grouped: findings under a header line per file, then per measure, then the text summary.

path
  measure name
    line:col  severity  CODE  message  (rule)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from ita_lint.diagnostics import Diagnostic
from ita_lint.reporters import Run, printable
from ita_lint.reporters.text import summary

REPORT_LEVEL = {"en": "(report)", "th": "(ทั้งรายงาน)"}  # the heading of findings with no measure

K = TypeVar("K")


def group(found: Iterable[Diagnostic], key: Callable[[Diagnostic], K]) -> dict[K, list[Diagnostic]]:
    """Findings by `key`, the groups in order of their first finding, each in the given order."""
    groups: dict[K, list[Diagnostic]] = {}
    for d in found:
        groups.setdefault(key(d), []).append(d)
    return groups


def _position(d: Diagnostic) -> str:
    return f"{d.line}:{d.column}" + (f" ({printable(d.location)})" if d.location else "")


def _file(path: str, found: list[Diagnostic], lang: str) -> list[str]:
    width = max(len(_position(d)) for d in found)
    lines = [printable(path)]
    for measure, findings in group(found, lambda d: d.measure).items():
        lines.append("  " + (" ".join(measure.split()) if measure else REPORT_LEVEL[lang]))
        lines.extend(
            f"    {_position(d):<{width}}  {d.severity!s:<7}  {d.code}  {printable(d.message)}  ({d.rule})"
            for d in findings
        )
    return lines


def render(run: Run) -> str:
    files = group(run.diagnostics, lambda d: d.path)
    blocks = ["\n".join(_file(path, found, run.lang)) + "\n\n" for path, found in files.items()]
    return "".join(blocks) + summary(run) + "\n"
