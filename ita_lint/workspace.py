"""A check run over many files: each file gets the settings of its closest configuration.

The command line only parses options; this module finds the files, their settings, their rule
sets and linters (built once per distinct configuration), and the baseline.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ita_lint import readers
from ita_lint.baseline import DEFAULT_NAME, Baseline
from ita_lint.config import Finder, Settings
from ita_lint.diagnostics import Diagnostic, FileSummary
from ita_lint.layout import ReadOptions
from ita_lint.linter import Linter
from ita_lint.records import Report
from ita_lint.result_cache import ResultCache
from ita_lint.ruleset import Rule, builtin_rules_dir, load_rules

FileResult = tuple[FileSummary, list[Diagnostic]]
# fewer files than this are checked in the calling process
PARALLEL_FROM = 16
# the worker process's workspace and language, built once by _start_worker
_worker: tuple[Workspace, str] | None = None


@contextmanager
def _collecting_less() -> Iterator[None]:
    """A bulk run allocates millions of short-lived objects that form no cycles (cells, records,
    findings). With the default thresholds the garbage collector walks everything loaded (rules,
    vocabularies, dictionaries) again and again; with that frozen, and young objects collected
    less often, a run takes about 7% less time."""
    thresholds = gc.get_threshold()
    _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _collect_less() -> None:
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _start_worker(
    config: Path | None, isolated: bool, command_line: dict[str, Any], lang: str, cache: Path | None
) -> None:
    global _worker
    _collect_less()  # for the worker's whole life
    results = ResultCache(cache) if cache is not None else None
    _worker = (Workspace(Finder(config, isolated), command_line, results), lang)


def _lint_in_worker(path: Path) -> FileResult:
    assert _worker is not None
    workspace, lang = _worker
    return workspace.lint_file(path, lang)


def _walk(root: Path) -> list[Path]:
    """The files under `root`, hidden ones left out, in order; directories that cannot be listed
    are in the list themselves. Symbolic links to directories are not followed: no loops."""
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(
        root, onerror=lambda error: found.append(Path(error.filename))
    ):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        found.extend(Path(directory, name) for name in names if not name.startswith("."))
    return sorted(found)


# Files of a repository that are not reports, though ita-lint could read them: found under a
# directory they are skipped (a file named on the command line is always checked). The same
# pattern is the `exclude` of the pre-commit hook (.pre-commit-hooks.yaml; a test keeps them equal).
NOT_REPORTS = re.compile(
    r"(^|/)\.|(^|/)(README|CHANGELOG|CHANGES|HISTORY|LICEN[CS]E|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY"
    r"|AUTHORS|NOTICE)(\.[^/]*)?$|(^|/)(package(-lock)?|tsconfig|composer|renovate)\.json$"
    r"|(^|/)(mkdocs|docker-compose|compose|environment|codecov|netlify)\.ya?ml$",
    re.IGNORECASE,
)


def _temporary(path: Path) -> bool:
    """Office lock files (`~$report.docx`) and editors' temporary copies are not reports."""
    return path.name.startswith(("~", ".~lock")) or path.suffix.lower() in (".tmp", ".bak")


class Workspace:
    def __init__(
        self,
        finder: Finder,
        command_line: dict[str, Any] | None = None,  # options given on the command line
        cache: ResultCache | None = None,  # findings of files already checked; None: check every file
    ) -> None:
        self.finder = finder
        self.command_line = command_line or {}
        self.cache = cache
        self._settings: dict[int, Settings] = {}
        self._rules: dict[tuple[Path, ...], list[Rule]] = {}
        self._linters: dict[tuple[int, tuple[int, ...], str], Linter] = {}
        # files met under the directories that are not reports: other types, Office lock files
        self.skipped = 0

    def settings_for(self, path: Path) -> Settings:
        found = self.finder.for_path(path)
        settings = self._settings.get(id(found))
        if settings is None:
            settings = found.with_command_line(**self.command_line)
            settings.check_selectors(self.rules_of(settings))
            self._settings[id(found)] = settings
        return settings

    def rules_of(self, settings: Settings) -> list[Rule]:
        directories = (builtin_rules_dir(), *settings.rules)
        if directories not in self._rules:
            self._rules[directories] = load_rules(list(directories))
        return self._rules[directories]

    def files(self, paths: tuple[Path, ...]) -> Iterator[Path]:
        """Files named on the command line, and readable files under the directories, in order;
        both less what the configuration excludes."""
        for path in paths:
            if path.is_dir():
                for found in _walk(path):
                    if found.is_dir():
                        yield found  # a directory that cannot be listed: a finding, not a silent gap
                        continue
                    if not found.is_file():
                        continue
                    relative = found.relative_to(path).as_posix()
                    if not readers.can_read(found) or _temporary(found) or NOT_REPORTS.search(relative):
                        self.skipped += 1
                    elif not self.settings_for(found).excludes(found):
                        yield found
            elif not self.settings_for(path).excludes(path):
                yield path

    def linter_for(self, path: Path, lang: str) -> Linter:
        settings = self.settings_for(path)
        relative = settings.relative(path)
        matching = tuple(i for i, o in enumerate(settings.overrides) if o.matches(relative))
        key = (id(settings), matching, lang)
        linter = self._linters.get(key)
        if linter is None:
            rules = settings.rules_for(path, self.rules_of(settings))
            linter = Linter(
                rules, lang, ReadOptions(settings.header_words, settings.fiscal_year, settings.limits)
            )
            self._linters[key] = linter
        return linter

    def lint(self, path: Path, lang: str) -> list[Diagnostic]:
        return self.lint_file(path, lang)[1]

    def lint_file(self, path: Path, lang: str) -> FileResult:
        """One file's summary and findings: from the cache when neither it nor its linter changed."""
        linter = self.linter_for(path, lang)
        if self.cache is None:
            return linter.lint_file(path)
        key = self.cache.key(linter.identity, path)
        cached = self.cache.get(key, str(path)) if key is not None else None
        if cached is not None:
            return cached
        result = linter.lint_file(path)
        if key is not None:
            self.cache.put(key, *result)
        return result

    def lint_all(self, files: Sequence[Path], lang: str, jobs: int) -> Iterator[FileResult]:
        """Each file's summary and findings, in the order of `files` whatever `jobs` is.

        With more than one job and more than a few files, worker processes (as many as `jobs`)
        each build the same workspace once and check files in batches; a few files are checked
        here, since starting workers costs more than it saves.
        """
        if jobs <= 1 or len(files) < PARALLEL_FROM:
            with _collecting_less():
                for path in files:
                    yield self.lint_file(path, lang)
            return
        # imported here: a run of a few files (a pre-commit hook) never pays for them
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        batch = max(1, min(64, len(files) // (jobs * 8)))
        context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        cache = self.cache.directory if self.cache is not None else None
        arguments = (*self.finder.arguments, self.command_line, lang, cache)
        with ProcessPoolExecutor(jobs, context, initializer=_start_worker, initargs=arguments) as pool:
            yield from pool.map(_lint_in_worker, files, chunksize=batch)

    def lint_across(
        self, files: Sequence[Path], summaries: Sequence[FileSummary], lang: str
    ) -> list[Diagnostic]:
        """Findings across files: an agency's plan and report of one year, checked together. Only
        files whose summaries could pair (a plan and a report of one agency and year) are read again."""
        from ita_lint import cross_document, thai

        groups: dict[tuple[str, int], list[tuple[Path, FileSummary]]] = {}
        for path, summary in zip(files, summaries, strict=True):
            if summary.kind in ("plan", "report") and summary.agency and summary.fiscal_year:
                key = (thai.normalize(summary.agency).replace(" ", ""), summary.fiscal_year)
                groups.setdefault(key, []).append((path, summary))
        documents = []
        for group in groups.values():
            if {summary.kind for _, summary in group} == {"plan", "report"}:
                for path, summary in group:
                    _, report = self.linter_for(path, lang).read(path)
                    if isinstance(report, Report):
                        documents.append(cross_document.Document(summary.path, report))
        by_path = {str(path): path for path in files}
        return cross_document.lint_pairs(
            cross_document.pairs(documents), lambda shown: self.linter_for(by_path[shown], lang)
        )

    def baseline_path(self, settings: Settings) -> Path:
        """The baseline file: as configured, else `.ita-lint-baseline.json` in the current directory."""
        return settings.baseline or Path(DEFAULT_NAME)

    def baseline(self, settings: Settings) -> Baseline | None:
        path = self.baseline_path(settings)
        return Baseline(path) if path.is_file() else None
