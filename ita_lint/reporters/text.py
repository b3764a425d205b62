"""Text: `path:line:col: CODE [severity] message (name)`, then a one-line summary.

With `Run.color` the parts are highlighted with ANSI escapes: the path and code bold, the
severity in red, yellow or blue, the rule name dim. Without it the output is plain text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import SEVERITY_WORDS, Run, place, printable

_SKIPPED = {
    "en": "; {skipped} other file(s) skipped (not reports: other formats, lock files, README and the like)",
    "th": " (ข้าม {skipped} ไฟล์ที่ไม่ใช่รายงาน เช่น ไฟล์รูปแบบอื่น ไฟล์ล็อก README)",
}
_SUMMARY = {
    "en": "{findings} finding(s) in {files} file(s): {error} error(s), {warning} warning(s), {info} info",
    "th": "พบ {findings} รายการใน {files} ไฟล์: ข้อผิดพลาด {error} คำเตือน {warning} ข้อสังเกต {info}",
}

BOLD, DIM = "1", "2"
SEVERITY_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "34"}  # red, yellow, blue


def paint(text: str, code: str, color: bool = True) -> str:
    """`text` wrapped in the ANSI escape `code` (SGR parameters) when `color` is on."""
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def line(d: Diagnostic, color: bool = False, lang: str = "en") -> str:
    where = f"{paint(printable(d.path), BOLD, color)}:{d.line}:{d.column}"
    if d.location:
        where += f" ({printable(place(d.location, lang))})"
    severity = paint(f"[{SEVERITY_WORDS[lang][d.severity]}]", SEVERITY_COLORS[d.severity], color)
    message = printable(d.message)
    return f"{where}: {paint(d.code, BOLD, color)} {severity} {message} {paint(f'({d.rule})', DIM, color)}"


def summary(run: Run, counts: Counter[Severity]) -> str:
    """The last line: how many findings of each severity (`counts`) in how many files."""
    text = _SUMMARY[run.lang].format(
        findings=counts.total(), files=len(run.files), **{str(s): counts.get(s, 0) for s in Severity}
    )
    return text + (_SKIPPED[run.lang].format(skipped=run.skipped) if run.skipped else "")


# the word before a fix, as ruff prints `help:`
_HELP = {"en": "help", "th": "วิธีแก้"}


def chunks(run: Run) -> Iterator[str]:
    fixes = {rule.code: " ".join(rule.fix.get(run.lang, "").split()) for rule in run.rules}
    counts: Counter[Severity] = Counter()
    for d in run.diagnostics:
        counts[d.severity] += 1
        yield line(d, run.color, run.lang) + "\n"
        if run.show_fixes and fixes.get(d.code):
            yield f"  {paint(_HELP[run.lang] + ':', BOLD, run.color)} {printable(fixes[d.code])}\n"
    yield summary(run, counts) + "\n"
