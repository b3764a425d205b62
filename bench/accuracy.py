"""Accuracy of ita-lint on the document corpus: its findings against what a reviewer expects.

.venv/bin/python bench/accuracy.py                        # tune and holdout, each on its own
.venv/bin/python bench/accuracy.py tests/corpus/holdout   # one corpus
.venv/bin/python bench/accuracy.py --json                 # the same numbers as JSON

Every `<stem>.expect.yaml` names one document (tests/corpus/README.md). Errors and warnings found are
matched with the expected findings: same rule and, when a measure is expected, its normalised text
inside the found measure's name. Info findings do not count, nor unmatched ones that a `tolerated`
entry covers (a rule, or a rule and a measure).
"Read" checks what the reader got: the number of measures, the agency and the fiscal year.
"Outcome" says how each document was read, as a user sees it: read right (no false finding),
refused (ita-lint said it could not read the measures, where a reviewer could), or read wrongly
(some error or warning a reviewer would reject). A wrong reading costs more trust than a refusal,
so the trust score counts it twice: (right - 2 x wrong) / documents.
This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ita_lint import readers
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.linter import Linter
from ita_lint.ruleset import builtin_rules_dir, load_rules
from ita_lint.thai import normalize, skeleton

ROOT = Path(__file__).resolve().parent.parent
# what ita-lint says when it reads no measures: a refusal, not a finding about the document
REFUSALS = frozenset({"measures-unreadable", "parse-error", "scanned-pdf", "input-limit"})
EXPECT, SPEC = ".expect.yaml", ".spec.yaml"
# every directory of the corpus that holds expect files: tune, holdout, holdout2, ...
CORPORA = sorted(d for d in (ROOT / "tests" / "corpus").iterdir() if d.is_dir() and any(d.glob(f"*{EXPECT}")))


@dataclass(frozen=True)
class Expected:
    rule: str
    measure: str | None = None

    def matches(self, found: Diagnostic) -> bool:
        if found.rule != self.rule:
            return False
        # compared without marks: OCR drops and moves them (ซื้อ read as ซือ)
        return self.measure is None or skeleton(self.measure) in skeleton(found.measure or "")

    def __str__(self) -> str:
        return self.rule + (f" «{self.measure}»" if self.measure else "")


def shown(found: Diagnostic) -> str:
    """A found finding on one line: rule, the measure's name (shortened) and the line."""
    name = " ".join((found.measure or "").split())
    name = name if len(name) <= 60 else name[:59] + "…"
    return found.rule + (f" «{name}»" if name else "") + f" (line {found.line})"


@dataclass
class Result:
    """One document: what was expected, what matched, what was missed and what was too much."""

    name: str
    family: str
    expected: int = 0
    tp: int = 0
    misses: list[Expected] = field(default_factory=list)
    false_alarms: list[Diagnostic] = field(default_factory=list)
    read: dict[str, bool] = field(default_factory=dict)  # measures, agency, fiscal_year -> as expected
    read_detail: str = ""
    refused: bool = False  # found the measures (or the file) unreadable where a reviewer read them

    @property
    def outcome(self) -> str:
        """right, refused or wrong: how the document was read (a false finding makes it wrong)."""
        if any(d.rule not in REFUSALS for d in self.false_alarms):
            return "wrong"
        return "refused" if self.refused else "right"

    @property
    def wrong_findings(self) -> int:
        """False errors and warnings about the document itself (a refusal aside)."""
        return sum(d.rule not in REFUSALS for d in self.false_alarms)


def document_of(expect_file: Path, expect: dict[str, Any]) -> Path | None:
    """The document an expect file describes: its `document`, else the one file with the same stem.

    When a spec made both a Word file and its PDF, the `pdf-*` families mean the PDF, the others the docx.
    """
    if expect.get("document"):
        return expect_file.with_name(str(expect["document"]))
    stem = expect_file.name.removesuffix(EXPECT)
    candidates = sorted(
        path
        for path in expect_file.parent.glob(f"{stem}.*")
        if path.stem == stem and not path.name.endswith((EXPECT, SPEC))
    )
    if len(candidates) > 1:
        want_pdf = str(expect.get("family", "")).startswith("pdf")
        candidates = [path for path in candidates if (path.suffix == ".pdf") == want_pdf] or candidates
    return candidates[0] if candidates else None


def expectations(entries: list[Any] | None) -> list[Expected]:
    """Findings as an expect file lists them: a mapping {rule, measure}, or a rule name alone."""
    return [
        Expected(entry) if isinstance(entry, str) else Expected(entry["rule"], entry.get("measure"))
        for entry in entries or []
    ]


def match(
    expected: list[Expected], found: Iterable[Diagnostic], tolerated: list[Expected], result: Result
) -> None:
    """Pair expected and found findings one to one; findings about a named measure are paired first."""
    unmatched = [d for d in found if d.severity in (Severity.ERROR, Severity.WARNING)]
    for wanted in sorted(expected, key=lambda e: e.measure is None):
        hit = next((d for d in unmatched if wanted.matches(d)), None)
        if hit is None:
            result.misses.append(wanted)
        else:
            unmatched.remove(hit)
            result.tp += 1
    result.false_alarms = [d for d in unmatched if not any(t.matches(d) for t in tolerated)]


def check_read(path: Path, expect: dict[str, Any], result: Result) -> None:
    try:
        report = readers.read(path)
    except Exception as error:  # a reader that fails reads nothing
        measures, agency, year = 0, "", None
        result.read_detail = f"read failed: {type(error).__name__}: {error}"
    else:
        measures, year = len(report.measures()), report.year
        agency = report.agency.raw if report.agency is not None else ""
        result.read_detail = f"{measures} measures, agency {agency.strip() or '-'!r}, year {year}"
    wanted_agency, got_agency = normalize(expect.get("agency") or ""), normalize(agency)
    if wanted_agency and got_agency:
        agency_ok = wanted_agency in got_agency or got_agency in wanted_agency
    else:
        agency_ok = not wanted_agency and not got_agency
    result.read = {
        "measures": measures == int(expect.get("measures") or 0),
        "agency": agency_ok,
        "fiscal_year": year == expect.get("fiscal_year"),
    }


def evaluate(expect_file: Path, linter: Linter) -> Result:
    expect = yaml.safe_load(expect_file.read_text(encoding="utf-8")) or {}
    name = expect_file.name.removesuffix(EXPECT)
    result = Result(name, str(expect.get("family") or name.split("-")[0]))
    expected = expectations(expect.get("findings"))
    result.expected = len(expected)
    path = document_of(expect_file, expect)
    if path is None or not path.exists():
        result.misses = expected
        result.read = {"measures": False, "agency": False, "fiscal_year": False}
        result.read_detail = "document not found"
        return result
    result.name = path.name
    match(expected, linter.lint_path(path), expectations(expect.get("tolerated")), result)
    result.refused = any(d.rule in REFUSALS for d in result.false_alarms)
    check_read(path, expect, result)
    return result


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def totals(results: list[Result]) -> dict[str, Any]:
    tp = sum(r.tp for r in results)
    fn = sum(len(r.misses) for r in results)
    fp = sum(len(r.false_alarms) for r in results)
    read = {
        key: sum(r.read.get(key, False) for r in results) for key in ("measures", "agency", "fiscal_year")
    }
    outcomes = {o: sum(r.outcome == o for r in results) for o in ("right", "refused", "wrong")}
    return {
        "documents": len(results),
        "outcomes": outcomes,
        "trust": ratio(outcomes["right"] - 2 * outcomes["wrong"], len(results)),
        "most_wrong": max((r.wrong_findings for r in results), default=0),
        "expected": sum(r.expected for r in results),
        "found": tp + fp,
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "recall": ratio(tp, tp + fn),
        "precision": ratio(tp, tp + fp),
        "read": {**read, "all": sum(all(r.read.values()) for r in results if r.read)},
    }


def by_family(results: list[Result]) -> dict[str, dict[str, Any]]:
    families = sorted({r.family for r in results})
    rows = {family: totals([r for r in results if r.family == family]) for family in families}
    rows["overall"] = totals(results)
    return rows


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in rows
    ]
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    head = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"
    return "\n".join([head, rule, *lines])


def report_text(corpus: Path, results: list[Result]) -> str:
    families = by_family(results)
    findings = table(
        ["family", "docs", "expected", "found", "TP", "FN", "FP", "recall", "precision"],
        [
            [
                name,
                *(
                    str(t[k])
                    for k in ("documents", "expected", "found", "tp", "fn", "fp", "recall", "precision")
                ),
            ]
            for name, t in families.items()
        ],
    )
    reads = table(
        ["family", "docs", "measures", "agency", "fiscal year", "all three"],
        [
            [
                name,
                str(t["documents"]),
                *(str(t["read"][k]) for k in ("measures", "agency", "fiscal_year", "all")),
            ]
            for name, t in families.items()
        ],
    )
    outcomes = table(
        ["family", "docs", "read right", "refused", "read wrongly", "trust", "most false findings in one"],
        [
            [
                name,
                str(t["documents"]),
                *(str(t["outcomes"][k]) for k in ("right", "refused", "wrong")),
                t["trust"],
                str(t["most_wrong"]),
            ]
            for name, t in families.items()
        ],
    )
    out = [f"## {corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}", "", "Findings:", ""]
    out += [findings, "", "Read (documents whose reading matches the expect file):", "", reads, ""]
    out += ["Outcome (a wrong reading counts twice against trust):", "", outcomes, ""]
    for r in results:
        wrong_read = [key for key, ok in r.read.items() if not ok]
        if not (r.misses or r.false_alarms or wrong_read):
            continue
        out.append(f"- {r.name} ({r.outcome})")
        out += [f"    - miss: {e}" for e in r.misses]
        out += [f"    - false alarm: {shown(d)}" for d in r.false_alarms]
        if wrong_read:
            out.append(f"    - read wrong ({', '.join(wrong_read)}): {r.read_detail}")
    return "\n".join(out)


def report_json(results: list[Result]) -> dict[str, Any]:
    return {
        "families": by_family(results),
        "documents": [
            {
                "name": r.name,
                "family": r.family,
                "expected": r.expected,
                "tp": r.tp,
                "misses": [str(e) for e in r.misses],
                "false_alarms": [
                    {"rule": d.rule, "measure": d.measure, "line": d.line} for d in r.false_alarms
                ],
                "read": r.read,
                "read_detail": r.read_detail,
                "outcome": r.outcome,
            }
            for r in results
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpora", nargs="*", type=Path, help="corpus directories (default: tune and holdout)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown tables")
    args = parser.parse_args(argv)
    linter = Linter(load_rules([builtin_rules_dir()]), lang="en")
    corpora = [c.resolve() for c in args.corpora] or [c for c in CORPORA if c.is_dir()]
    outputs: dict[str, Any] = {}
    for corpus in corpora:
        results = []
        for expect_file in sorted(corpus.glob(f"*{EXPECT}")):
            try:
                results.append(evaluate(expect_file, linter))
            except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
                print(f"{expect_file}: skipped: {error}", file=sys.stderr)
        outputs[str(corpus)] = report_json(results) if args.json else report_text(corpus, results)
    if args.json:
        print(json.dumps(outputs, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(outputs.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
