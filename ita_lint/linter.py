"""The rule engine: run each rule's check kind over the subjects of its scope."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from string import Formatter

from ita_lint import __version__, conditions, readers, suppressions, thai
from ita_lint.checks import Subject
from ita_lint.diagnostics import Diagnostic, FileSummary, Severity
from ita_lint.errors import ReadError, Reason
from ita_lint.layout import ReadOptions
from ita_lint.limits import DEFAULT as DEFAULT_LIMITS
from ita_lint.limits import MORE_FINDINGS
from ita_lint.memo import once
from ita_lint.records import Measure, Position, Report
from ita_lint.reporters import where
from ita_lint.ruleset import Rule


class _Template(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_BREAK = re.compile(r"[\n\r\v\f\u2028\u2029]")
_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\u2028\u2029]\s*")


def _shown(value: object, lang: str) -> object:
    """A value as a message shows it: cell text on one line (a finding is one line of output,
    whatever the cell held), dates as the language writes them (1 ต.ค. 2567, 2024-10-01), and
    places as the reader finds them (บรรทัด 36, ตาราง 7 แถว 3 ช่อง 1), and why a file cannot be
    read in the language of the message."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, date):
        return thai.date_text(value) if lang == "th" else value.isoformat()
    if isinstance(value, Position):
        return where(value.line, value.location, lang)
    if isinstance(value, Reason):
        return value.said_in(lang)
    return value


def one_line(text: str) -> str:
    """Text on one line: a finding is one line of output, whatever a cell held."""
    # most text has no break: a search for one character class is far cheaper than the `\s*` around it
    return _LINE_BREAKS.sub(" ", text) if _BREAK.search(text) else text


def _args(
    args: Mapping[str, object], measure: Measure | None, lang: str, used: frozenset[str]
) -> dict[str, object]:
    """The values a message shows, as it shows them: only those its template uses (a report-wide
    rule's `value` is the text of every measure, not worth putting on one line for nothing)."""
    label = one_line(measure.label) if measure is not None and measure.label else None
    if label and len(label) > 60:
        label = label[:59] + "…"
    return {
        "measure": label or "-",
        **{key: _shown(value, lang) for key, value in args.items() if key in used},
    }


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


class Linter:
    def __init__(
        self,
        rules: Iterable[Rule],
        lang: str = "en",
        read_options: ReadOptions | None = None,
    ) -> None:
        self.rules = list(rules)
        self.lang = lang
        self.read_options = read_options  # how documents are read: header words, the assumed fiscal year
        # codes and names of the rules that run: a suppression naming another rule is not "unused"
        self._running = {key for rule in self.rules for key in (rule.code, rule.name)}
        self._by_scope: dict[str, list[Rule]] = {}
        for rule in self.rules:
            self._by_scope.setdefault(rule.scope, []).append(rule)
        # the placeholders of each rule's message, and its `when` and `severity_when` conditions
        self._used = {rule.code: _placeholders(rule.message[lang]) for rule in self.rules}
        self._when = {rule.code: conditions.compile_when(rule.when) for rule in self.rules}
        self._severities = {
            rule.code: [
                (conditions.compile_when(c["when"]), Severity(c["severity"])) for c in rule.severity_when
            ]
            for rule in self.rules
        }

    @once
    def identity(self) -> str:
        """Everything besides the file that decides its findings (the key of cached results)."""
        read_options = self.read_options or ReadOptions()
        settings = (read_options.header_words, read_options.fiscal_year, read_options.limits)
        return f"{__version__}|{self.lang}|{self.rules!r}|{settings!r}"

    def lint_path(self, path: Path, display: str | None = None) -> list[Diagnostic]:
        """Read one file and lint every document in it; unreadable files become findings."""
        return self.lint_file(path, display)[1]

    def lint_file(self, path: Path, display: str | None = None) -> tuple[FileSummary, list[Diagnostic]]:
        """`lint_path`, and what the file is: its summary line."""
        summary, document = self.read(path, display)
        return summary, self.lint_read(summary.path, document)

    def read(self, path: Path, display: str | None = None) -> tuple[FileSummary, Report | ReadError]:
        """A file's summary line and its report, or why it cannot be read (never raises)."""
        shown = display or str(path)
        unread = FileSummary(shown, checked=False, kind="unreadable")
        try:
            report = readers.read(path, self.read_options)
        except ReadError as error:
            return unread, error
        except Exception as error:
            return unread, ReadError(f"cannot parse: {type(error).__name__}: {error}")
        summary = FileSummary(
            shown,
            checked=True,
            kind=str(report.kind),
            agency=report.agency.text if report.agency is not None else None,
            agency_type=report.agency_type.text if report.agency_type is not None else None,
            province=report.province.text if report.province is not None else None,
            fiscal_year=report.year,
        )
        return summary, report._replace(path=shown)

    def lint_read(self, path: str, document: Report | ReadError) -> list[Diagnostic]:
        """The findings of what `read` returned: one report can be linted in several languages."""
        if isinstance(document, ReadError):
            return self.lint_unreadable(path, document)
        try:
            return self.lint_report(document)
        except Exception as error:  # a check bug must not stop a bulk run either
            reason = f"internal error while checking, please report it: {type(error).__name__}: {error}"
            return self.lint_unreadable(path, ReadError(reason))

    def lint_unreadable(self, path: str, error: ReadError) -> list[Diagnostic]:
        return sorted(self._run_all(self._by_scope.get("file", []), [Subject(path=path, error=error)]))

    def lint_report(self, report: Report) -> list[Diagnostic]:
        path = report.path
        found = self._lint(self._by_scope, report)
        if report.suppressions:
            found, unused = suppressions.apply(report.suppressions, found, self._running)
            directives = [Subject(path, report, suppression=directive) for directive in unused]
            found.extend(self._run_all(self._by_scope.get("suppression", []), directives))
        return self._capped(sorted(found))

    def lint_with(self, rules: list[Rule], report: Report) -> list[Diagnostic]:
        """The findings of some of this linter's rules on a report (a plan and a report together)."""
        by_scope: dict[str, list[Rule]] = {}
        for rule in rules:
            by_scope.setdefault(rule.scope, []).append(rule)
        return sorted(self._lint(by_scope, report))

    def _lint(self, by_scope: dict[str, list[Rule]], report: Report) -> list[Diagnostic]:
        """Each rule over the subjects of its scope: the report, its tables, their measures. A
        measure rule's conditions on the report and the table are asked once, not per measure."""
        path = report.path
        whole = Subject(path, report, shared={})
        tables = [
            (
                Subject(path, report, table),
                [Subject(path, report, table, measure) for measure in table.measures if not measure.doubtful],
            )
            for table in report.measure_tables()
        ]
        found = list(self._run_all(by_scope.get("report", []), [whole]))
        found.extend(self._run_all(by_scope.get("table", []), [table for table, _ in tables]))
        for rule in by_scope.get("measure", []):
            when = self._when[rule.code]
            if when.report is not None and not when.report(whole):
                continue
            for table, measures in tables:
                if when.table is None or when.table(table):
                    found.extend(self._run(rule, measures, when.measure))
        return found

    def _capped(self, found: list[Diagnostic]) -> list[Diagnostic]:
        """At most `findings-per-rule` findings of one rule in one file, then one that says how
        many more there are: a generated file must not bury the rest of a bulk run's report."""
        cap = (
            self.read_options.limits if self.read_options is not None else DEFAULT_LIMITS
        ).findings_per_rule
        counts = Counter(d.rule for d in found)
        if all(count <= cap for count in counts.values()):
            return found
        kept: list[Diagnostic] = []
        shown: Counter[str] = Counter()
        for finding in found:
            shown[finding.rule] += 1
            if shown[finding.rule] <= cap:
                kept.append(finding)
            elif shown[finding.rule] == cap + 1:
                more = counts[finding.rule] - cap
                message = MORE_FINDINGS[self.lang].format(count=more, limit=cap)
                kept.append(finding._replace(message=message, measure=None, measure_line=None))
        return kept

    def _run_all(self, rules: list[Rule], subjects: list[Subject]) -> Iterator[Diagnostic]:
        for rule in rules:
            yield from self._run(rule, subjects, self._when[rule.code])

    def _run(
        self, rule: Rule, subjects: list[Subject], when: conditions.When | conditions.Test | None
    ) -> Iterator[Diagnostic]:
        """The findings of one rule on the subjects that `when` (if any) selects."""
        check, options = rule.check.check, rule.options
        for subject in subjects:
            if when is not None and not when(subject):
                continue
            for problem in check(subject, options):
                measure = problem.measure or subject.measure
                focus = Subject(subject.path, subject.report, subject.table, measure)
                severity = self._severity(rule, focus)
                message = rule.message[self.lang].format_map(
                    _Template(_args(problem.args, measure, self.lang, self._used[rule.code]))
                )
                if rule.digits and _read_by_ocr(problem.position, subject.report):
                    severity, message = Severity.INFO, CHECK_BY_EYE[self.lang].format(message=message)
                yield Diagnostic(
                    path=subject.path,
                    order=problem.position.sort_key[0],
                    line=problem.position.line,
                    column=problem.position.column,
                    code=rule.code,
                    rule=rule.name,
                    severity=severity,
                    message=message,
                    measure=one_line(measure.label) if measure is not None and measure.label else None,
                    location=problem.position.location,
                    measure_line=measure.position.line if measure is not None else None,
                )

    def _severity(self, rule: Rule, subject: Subject) -> Severity:
        for test, severity in self._severities[rule.code]:
            if test(subject):
                return severity
        return rule.severity


# A finding that rests on digits OCR read: Tesseract's Thai model reads ๖ as ๒ and ๘ as ๕ with
# full confidence (measured on the scan corpus), so no digit it reads is trusted.
CHECK_BY_EYE = {
    "th": "ตรวจด้วยตา: ตัวเลขตรงนี้อ่านด้วย OCR ซึ่งอาจอ่านผิด — {message}",
    "en": "Check by eye: the digits here were read by OCR, which may misread them — {message}",
}


def _read_by_ocr(position: Position, report: Report | None) -> bool:
    """Whether what a finding points at was read by OCR: its place says so, or it has no place
    of its own in a document read from page images (the year it states, or fails to)."""
    return position.ocr or (report is not None and report.scan is not None and position.location is None)
