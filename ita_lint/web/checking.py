"""What the web page runs for each upload, in a worker process: the same read and rules as
`ita-lint check`, once per file, with the findings in every language.

An upload's bytes go to a private temporary directory under a name ita-lint chooses (`document`
and the suffix of a format it reads), are read, and are deleted before the result goes back: no
part of the user's file name ever reaches a path, and nothing is kept.
"""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePath
from typing import NamedTuple

from ita_lint import readers
from ita_lint.config import Finder
from ita_lint.diagnostics import LANGUAGES, Diagnostic, FileSummary
from ita_lint.errors import ReadError
from ita_lint.linter import Linter, one_line
from ita_lint.records import Column, Report
from ita_lint.workspace import Workspace


class Upload(NamedTuple):
    name: str  # as the user's browser sent it: shown, never used as a path
    data: bytes


class MeasureRow(NamedTuple):
    """A measure as its table shows it, for the findings about it."""

    line: int
    label: str | None
    cells: tuple[tuple[Column, str], ...]  # the filled cells, in the order of the table's columns


class CheckedFile(NamedTuple):
    name: str
    summary: FileSummary
    findings: dict[str, list[Diagnostic]]  # language -> findings, the same findings in each
    measures: tuple[MeasureRow, ...]  # the measures that have findings
    fixes: dict[str, dict[str, str]]  # rule code -> language -> what to write instead


# the settings the server was started with, and the workspace built from them, per process
_workspaces: dict[Path | None, Workspace] = {}


def _linters(config: Path | None, probe: Path) -> dict[str, Linter]:
    workspace = _workspaces.get(config)
    if workspace is None:
        # settings of the server only: never a configuration found near a temporary file
        workspace = _workspaces[config] = Workspace(Finder(config, isolated=True))
    return {lang: workspace.linter_for(probe, lang) for lang in LANGUAGES}


def prepare(config: Path | None) -> None:
    """Load the rules in this worker before the first upload arrives."""
    _linters(config, Path("document.txt"))


def shown_name(name: str) -> str:
    """The last part of an uploaded file's name, on one line and at most 120 characters."""
    last = PurePath(name.replace("\\", "/")).name or "upload"
    return "".join(ch if ch.isprintable() else "?" for ch in last)[:120]


def check_uploads(uploads: list[Upload], config: Path | None) -> list[CheckedFile]:
    """Each upload checked as `ita-lint check` checks a file of the same name and content."""
    with tempfile.TemporaryDirectory(prefix="ita-lint-") as private:  # mode 0700
        return [_check(upload, Path(private), config) for upload in uploads]


def _check(upload: Upload, directory: Path, config: Path | None) -> CheckedFile:
    name = shown_name(upload.name)
    suffix = PurePath(name).suffix.lower()
    known = next((s for s in readers.READERS if s == suffix), None)  # ita-lint's string, not the user's
    path = directory / f"document{known or ''}"
    linters = _linters(config, path)
    document: Report | ReadError
    if known is None:
        summary, document = FileSummary(name, checked=False, kind="unreadable"), readers.unsupported(suffix)
    else:
        path.write_bytes(upload.data)
        try:
            summary, document = linters["th"].read(path, name)
        finally:
            path.unlink()
    findings = {lang: linter.lint_read(name, document) for lang, linter in linters.items()}
    measures = _rows(document, findings["en"]) if isinstance(document, Report) else ()
    codes = {d.code for d in findings["en"]}
    fixes = {rule.code: rule.fix for rule in linters["en"].rules if rule.code in codes and rule.fix}
    return CheckedFile(name, summary, findings, measures, fixes)


def _rows(report: Report, found: list[Diagnostic]) -> tuple[MeasureRow, ...]:
    """The measures that findings name, found by where they start and what they are called."""
    wanted = {(d.measure_line, d.measure) for d in found if d.measure_line is not None}
    rows = []
    for table, measure in report.measures():
        label = one_line(measure.label) if measure.label else None
        if (measure.position.line, label) in wanted:
            cells = tuple(
                (column, cell.text)
                for column in table.columns
                if (cell := measure.cell(column)) is not None and not cell.is_blank
            )
            rows.append(MeasureRow(measure.position.line, label, cells))
    return tuple(rows)
