"""Grouped: findings under a header line per file, then per measure, then the text summary.

path
  measure name
    line:col  severity  CODE  message  (rule)
      → what to write instead (the rule's fix), once per rule and file
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

from ita_lint.diagnostics import Diagnostic
from ita_lint.reporters import SEVERITY_WORDS, Run, place, printable
from ita_lint.reporters.text import summary

REPORT_LEVEL = {"en": "(report)", "th": "(ทั้งรายงาน)"}  # the heading of findings with no measure

K = TypeVar("K")


def group(found: Iterable[Diagnostic], key: Callable[[Diagnostic], K]) -> dict[K, list[Diagnostic]]:
    """Findings by `key`, the groups in order of their first finding, each in the given order."""
    groups: dict[K, list[Diagnostic]] = {}
    for d in found:
        groups.setdefault(key(d), []).append(d)
    return groups


def _position(d: Diagnostic, lang: str) -> str:
    return f"{d.line}:{d.column}" + (f" ({printable(place(d.location, lang))})" if d.location else "")


def _file(path: str, found: list[Diagnostic], run: Run) -> list[str]:
    lang = run.lang
    width = max(len(_position(d, lang)) for d in found)
    words = SEVERITY_WORDS[lang]
    severity_width = max(len(word) for word in words.values())
    fixes = {rule.code: rule.fix.get(lang) for rule in run.rules}
    told: set[str] = set()  # the fix of a rule is said once per file, under its first finding
    lines = [printable(path)]
    for measure, findings in group(found, lambda d: d.measure).items():
        lines.append("  " + (" ".join(measure.split()) if measure else REPORT_LEVEL[lang]))
        for d in findings:
            lines.append(
                f"    {_position(d, lang):<{width}}  {words[d.severity]:<{severity_width}}  {d.code}  "
                f"{printable(d.message)}  ({d.rule})"
            )
            fix = fixes.get(d.code)
            if fix and d.code not in told:
                told.add(d.code)
                lines.append(f"      → {printable(' '.join(fix.split()))}")
    return lines


def render(run: Run) -> str:
    diagnostics = list(run.diagnostics)
    files = group(diagnostics, lambda d: d.path)
    blocks = ["\n".join(_file(path, found, run)) + "\n\n" for path, found in files.items()]
    return "".join(blocks) + summary(run, Counter(d.severity for d in diagnostics)) + "\n"
