"""Text: `path:line:col: CODE [severity] message (name)`, then a one-line summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ita_lint.diagnostics import Diagnostic, Severity

_SUMMARY = {
    "en": "{findings} finding(s) in {files} file(s): {error} error(s), {warning} warning(s), {info} info",
    "th": "พบ {findings} รายการใน {files} ไฟล์: ข้อผิดพลาด {error} คำเตือน {warning} ข้อสังเกต {info}",
}


def line(d: Diagnostic) -> str:
    where = f"{d.path}:{d.line}:{d.column}"
    if d.location:
        where += f" ({d.location})"
    return f"{where}: {d.code} [{d.severity}] {d.message} ({d.rule})"


def summary(diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    counts = Counter(d.severity for d in diagnostics)
    return _SUMMARY[lang].format(
        findings=len(diagnostics), files=files, **{str(s): counts.get(s, 0) for s in Severity}
    )


def render(diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    lines = [line(d) for d in diagnostics]
    lines.append(summary(diagnostics, files, lang))
    return "\n".join(lines) + "\n"
