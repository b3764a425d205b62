"""What the web page runs for each upload, in a worker process: the same read and rules as
`ita-lint check`, once per file, with the findings in every language.

An upload's bytes go to a private temporary directory under a name ita-lint chooses (`document`
and the suffix of a format it reads), are read, and are deleted before the result goes back: no
part of the user's file name ever reaches a path, and nothing is kept.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import NamedTuple

from ita_lint import readers
from ita_lint.config import Finder
from ita_lint.cross_document import Document, lint_pairs, pairs
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
    """Each upload checked as `ita-lint check` checks files of the same names and content in one
    run: a plan and a report of one agency and year are also checked together."""
    names: list[str] = []
    for upload in uploads:  # two uploads of one name stay apart
        name = shown_name(upload.name)
        names.append(name if name not in names else f"({len(names) + 1}) {name}")
    with tempfile.TemporaryDirectory(prefix="ita-lint-") as private:  # mode 0700
        reads = [
            _read(upload, name, Path(private), config) for upload, name in zip(uploads, names, strict=True)
        ]
    linters = _linters(config, Path(private, "document.txt"))
    documents = [Document(name, document) for name, _, document in reads if isinstance(document, Report)]
    paired = pairs(documents)
    across = {lang: lint_pairs(paired, _always(linter)) for lang, linter in linters.items()}
    return [_checked(name, summary, document, linters, across) for name, summary, document in reads]


def _always(linter: Linter) -> Callable[[str], Linter]:
    """The server's settings hold for every upload: one linter whatever the file."""
    return lambda _path: linter


def _read(
    upload: Upload, name: str, directory: Path, config: Path | None
) -> tuple[str, FileSummary, Report | ReadError]:
    suffix = PurePath(name).suffix.lower()
    known = next((s for s in readers.READERS if s == suffix), None)  # ita-lint's string, not the user's
    if known is None:
        return name, FileSummary(name, checked=False, kind="unreadable"), readers.unsupported(suffix)
    path = directory / f"document{known}"
    path.write_bytes(upload.data)
    try:
        summary, document = _linters(config, path)["th"].read(path, name)
    finally:
        path.unlink()
    return name, summary, document


def _checked(
    name: str,
    summary: FileSummary,
    document: Report | ReadError,
    linters: dict[str, Linter],
    across: dict[str, list[Diagnostic]],
) -> CheckedFile:
    findings = {
        lang: sorted([*linter.lint_read(name, document), *(d for d in across[lang] if d.path == name)])
        for lang, linter in linters.items()
    }
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
