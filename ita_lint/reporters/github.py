"""GitHub Actions: one workflow command per finding, shown as an annotation on the file.

    ::error file=path,line=39,col=194,title=ITA207 period-outside-fiscal-year::message

Severities map to the commands `error`, `warning` and `notice`. Values are escaped as the
Actions runner expects: `%`, CR and LF in the message; also `:` and `,` in properties.

GitHub shows at most 10 annotations of each kind per step: the first 10 of each are written, then
one notice that says how many more there are. The whole table goes to the job summary
(`step_summary`, written to $GITHUB_STEP_SUMMARY by the command line when that is set).
"""

from __future__ import annotations

from collections import Counter

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import Run

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    properties = {"file": d.path, "line": d.line, "col": d.column, "title": f"{d.code} {d.rule}"}
    listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[d.severity]} {listed}::{escape_data(_message(d))}"


def _message(d: Diagnostic) -> str:
    return d.message + (f" ({d.location})" if d.location else "")


SHOWN_PER_KIND = 10
MORE = {
    "th": "ยังมีข้อค้นพบอีก {count} รายการที่ไม่ได้แสดงเป็นหมายเหตุ: ดูสรุปของงาน (job summary)",
    "en": "{count} more findings are not shown as annotations: see the job summary",
}


def render(run: Run) -> str:
    shown: Counter[Severity] = Counter()
    lines = []
    for d in run.diagnostics:
        shown[d.severity] += 1
        if shown[d.severity] <= SHOWN_PER_KIND:
            lines.append(command(d))
    hidden = sum(max(0, count - SHOWN_PER_KIND) for count in shown.values())
    if hidden:
        lines.append(f"::notice title=ita-lint::{escape_data(MORE[run.lang].format(count=hidden))}")
    return "".join(line + "\n" for line in lines)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def step_summary(run: Run) -> str:
    """Every finding as a markdown table, for the job summary page."""
    header = ("file", "line", "code", "severity", "measure", "message")
    rows = [
        (d.path, d.line, f"{d.code} {d.rule}", d.severity, d.measure or "", _message(d))
        for d in run.diagnostics
    ]
    lines = [f"### ita-lint: {len(rows)} finding(s)", "", "| " + " | ".join(header) + " |"]
    lines.append("|" + "---|" * len(header))
    lines.extend("| " + " | ".join(_cell(value) for value in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"
