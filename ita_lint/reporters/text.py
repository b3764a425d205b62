"""Text: `path:line:col: CODE [severity] message (name)`, then a one-line summary."""

from __future__ import annotations

from collections import Counter

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import Run

_SUMMARY = {
    "en": "{findings} finding(s) in {files} file(s): {error} error(s), {warning} warning(s), {info} info",
    "th": "พบ {findings} รายการใน {files} ไฟล์: ข้อผิดพลาด {error} คำเตือน {warning} ข้อสังเกต {info}",
}


def line(d: Diagnostic) -> str:
    where = f"{d.path}:{d.line}:{d.column}"
    if d.location:
        where += f" ({d.location})"
    return f"{where}: {d.code} [{d.severity}] {d.message} ({d.rule})"


def summary(run: Run) -> str:
    counts = Counter(d.severity for d in run.diagnostics)
    return _SUMMARY[run.lang].format(
        findings=len(run.diagnostics), files=len(run.files), **{str(s): counts.get(s, 0) for s in Severity}
    )


def render(run: Run) -> str:
    lines = [line(d) for d in run.diagnostics]
    lines.append(summary(run))
    return "\n".join(lines) + "\n"
