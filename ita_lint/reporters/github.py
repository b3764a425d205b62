"""GitHub Actions: one workflow command per finding, shown as an annotation on the file.

    ::error file=path,line=39,col=194,title=ITA207 period-outside-fiscal-year::message

Severities map to the commands `error`, `warning` and `notice`. Values are escaped as the
Actions runner expects: `%`, CR and LF in the message; also `:` and `,` in properties.
"""

from __future__ import annotations

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
    message = d.message + (f" ({d.location})" if d.location else "")
    return f"::{COMMANDS[d.severity]} {listed}::{escape_data(message)}"


def render(run: Run) -> str:
    return "".join(command(d) + "\n" for d in run.diagnostics)
