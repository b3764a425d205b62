"""GitHub Actions workflow commands: levels, properties and escaping."""

from __future__ import annotations

import json
from pathlib import Path

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.linter import Linter
from ita_lint.reporters import Run, render
from ita_lint.ruleset import Rule

from conftest import ROOT, SEEDS


def finding(severity: Severity, message: str = "m", path: str = "a.txt", location: str | None = None):
    return Diagnostic(path, 2, 2, 5, "ITA303", "budget-unparseable", severity, message, None, location)


def test_levels_map_to_error_warning_notice():
    found = [finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.INFO)]
    out = render("github", Run(found, ["a.txt"], [], "en")).splitlines()
    assert out == [
        f"::{level} file=a.txt,line=2,col=5,title=ITA303 budget-unparseable::m"
        for level in ("error", "warning", "notice")
    ]


def test_data_and_properties_are_escaped():
    message = "100% spent\r\nsee: items a, b"
    out = render("github", Run([finding(Severity.ERROR, message, "reports/ลพบุรี,2568:v2.txt")], [], [], "en"))
    assert out == (
        "::error file=reports/ลพบุรี%2C2568%3Av2.txt,line=2,col=5,title=ITA303 budget-unparseable"
        "::100%25 spent%0D%0Asee: items a, b\n"
    )


def test_location_in_words_follows_the_message():
    out = render(
        "github", Run([finding(Severity.WARNING, "No gift", "b.docx", "table 1 row 5")], [], [], "en")
    )
    assert out.endswith("::No gift (table 1 row 5)\n")


def test_real_report(rules: list[Rule]):
    path = SEEDS / "lopburi-pao-2568-report.txt"
    shown = str(path.relative_to(ROOT))
    out = render("github", Run(Linter(rules, "th").lint_path(path, shown), [shown], rules, "th")).splitlines()
    assert out[1] == (
        f"::error file={shown},line=39,col=194,title=ITA207 period-outside-fiscal-year"
        '::ระยะเวลาดำเนินการ "ก.ย.๖๗ - ต.ค.๖๘" อยู่นอกปีงบประมาณ 2568 (1 ต.ค. 2567 ถึง 30 ก.ย. 2568)'
    )
    kinds = ["::notice", "::error", "::error", "::notice", "::notice", "::warning", "::warning"]
    assert [line.split(" ")[0] for line in out] == kinds  # the notices: misspelt key words


def test_at_most_ten_annotations_of_each_kind_then_a_count_and_the_full_table_in_the_summary(
    tmp_path: Path, monkeypatch
):
    from click.testing import CliRunner

    from ita_lint.cli import cli

    rows = "".join(f"\nจัดทำคู่มือฉบับที่ {i}\t\tงบ {i}" for i in range(25))
    path = tmp_path / "r.txt"
    path.write_text("ปีงบประมาณ พ.ศ. ๒๕๖๘\nมาตรการ\tผลการดำเนินการ\tงบประมาณที่ใช้จริง" + rows + "\n", "utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = CliRunner().invoke(cli, ["check", "--isolated", "--lang", "en", "--format", "github", str(path)])
    commands = result.stdout.splitlines()
    kinds = [line.split(" ", 1)[0] for line in commands[:-1]]
    assert all(kinds.count(kind) <= 10 for kind in set(kinds))
    full = json.loads(CliRunner().invoke(cli, ["check", "--isolated", "--format", "json", str(path)]).stdout)
    more = len(full) - len(kinds)
    assert commands[-1] == f"::notice title=ita-lint::{more} more findings are not shown as annotations: " + (
        "see the job summary"
    )
    table = summary.read_text("utf-8")
    assert table.startswith("earlier step\n### ita-lint: ")  # appended, not replaced
    assert table.count("\n| ") == len(full) + 1  # the header and every finding
