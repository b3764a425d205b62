"""Reporters on hand-made findings and on real findings from the sample reports; every format via the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from ita_lint.cli import cli
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.linter import Linter
from ita_lint.reporters import FORMATS, Run, render
from ita_lint.ruleset import Rule

from conftest import ROOT, SEEDS

FINDINGS = [
    Diagnostic("a.txt", 3, 3, 7, "ITA303", "budget-unparseable", Severity.ERROR, 'Budget "x"', "มาตรการ ก"),
    Diagnostic(
        "b.docx",
        40,
        5,
        2,
        "ITA501",
        "no-gift-policy-missing",
        Severity.WARNING,
        "No gift",
        None,
        "table 1 row 5 cell 2",
    ),
]
# a second file: a report-level finding, two findings about one measure, an info
MORE = [
    Diagnostic("c.txt", 1, 1, 1, "ITA102", "fiscal-year-missing", Severity.INFO, "No year"),
    Diagnostic("c.txt", 12, 12, 4, "ITA303", "budget-unparseable", Severity.ERROR, "Budget", "๑. กิจกรรม"),
    Diagnostic("c.txt", 12, 12, 30, "ITA403", "outcome-missing", Severity.WARNING, "No outcome", "๑. กิจกรรม"),
]
LOPBURI = SEEDS / "lopburi-pao-2568-report.txt"
SAMUTPRAKAN = SEEDS / "samutprakan-pao-2564-report.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def lint(rules: list[Rule], lang: str, *paths) -> Run:
    """A run over real files, paths shown relative to the repository as the CLI would show them."""
    linter = Linter(rules, lang)
    shown = [str(path.relative_to(ROOT)) for path in paths]
    found = [d for path, name in zip(paths, shown, strict=True) for d in linter.lint_path(path, name)]
    return Run(sorted(found), shown, rules, lang)


@pytest.fixture(scope="module")
def real(rules: list[Rule]) -> Run:
    return lint(rules, "en", LOPBURI, SAMUTPRAKAN)


def test_text_lines_and_summary():
    out = render("text", Run(FINDINGS, ["a.txt", "b.docx"], [], "en")).splitlines()
    assert out == [
        'a.txt:3:7: ITA303 [error] Budget "x" (budget-unparseable)',
        "b.docx:5:2 (table 1 row 5 cell 2): ITA501 [warning] No gift (no-gift-policy-missing)",
        "2 finding(s) in 2 file(s): 1 error(s), 1 warning(s), 0 info",
    ]
    assert (
        render("text", Run([], ["a.txt"], [], "th")).strip()
        == "พบ 0 รายการใน 1 ไฟล์: ข้อผิดพลาด 0 คำเตือน 0 ข้อสังเกต 0"
    )


def test_json_contract():
    data = json.loads(render("json", Run(FINDINGS, ["a.txt", "b.docx"], [], "en")))
    assert data[0] == {
        "path": "a.txt",
        "line": 3,
        "column": 7,
        "code": "ITA303",
        "rule": "budget-unparseable",
        "severity": "error",
        "message": 'Budget "x"',
        "measure": "มาตรการ ก",
        "location": None,
    }
    assert data[1]["location"] == "table 1 row 5 cell 2"
    assert "มาตรการ" in render("json", Run(FINDINGS, [], [], "en"))  # Thai stays readable, not \\u escapes


def test_text_colour_only_when_asked(real: Run):
    plain = render("text", real)
    assert "\x1b[" not in plain
    coloured = render("text", Run(FINDINGS + MORE, ["a.txt", "b.docx", "c.txt"], [], "en", color=True))
    first, second, info = coloured.splitlines()[:3]
    assert first == (
        "\x1b[1ma.txt\x1b[0m:3:7: \x1b[1mITA303\x1b[0m \x1b[31m[error]\x1b[0m "
        'Budget "x" \x1b[2m(budget-unparseable)\x1b[0m'
    )
    assert "\x1b[33m[warning]\x1b[0m" in second
    assert "\x1b[34m[info]\x1b[0m" in info
    # the colours are the only difference
    assert ANSI.sub("", render("text", Run(real.diagnostics, real.files, real.rules, "en", True))) == plain


def test_concise_one_line_per_finding_and_no_summary(real: Run):
    assert render("concise", Run(FINDINGS, ["a.txt", "b.docx"], [], "en")) == (
        'a.txt:3:7: ITA303 Budget "x"\nb.docx:5:2: ITA501 No gift\n'
    )
    assert render("concise", Run([], ["a.txt"], [], "en")) == ""
    lines = render("concise", real).splitlines()
    assert len(lines) == len(real.diagnostics) == 14
    assert lines[1] == (
        "tests/fixtures/seeds/lopburi-pao-2568-report.txt:39:194: ITA207 "
        'The period "ก.ย.๖๗ - ต.ค.๖๘" extends outside fiscal year 2568 (2024-10-01 to 2025-09-30)'
    )


def test_grouped_by_file_then_measure_english():
    out = render("grouped", Run(FINDINGS + MORE, ["a.txt", "b.docx", "c.txt"], [], "en"))
    assert out.splitlines() == [
        "a.txt",
        "  มาตรการ ก",
        '    3:7  error    ITA303  Budget "x"  (budget-unparseable)',
        "",
        "b.docx",
        "  (report)",
        "    5:2 (table 1 row 5 cell 2)  warning  ITA501  No gift  (no-gift-policy-missing)",
        "",
        "c.txt",
        "  (report)",
        "    1:1    info     ITA102  No year  (fiscal-year-missing)",
        "  ๑. กิจกรรม",
        "    12:4   error    ITA303  Budget  (budget-unparseable)",
        "    12:30  warning  ITA403  No outcome  (outcome-missing)",
        "",
        "5 finding(s) in 3 file(s): 2 error(s), 2 warning(s), 1 info",
    ]


def test_grouped_thai_on_real_reports(rules: list[Rule]):
    out = render("grouped", lint(rules, "th", LOPBURI, SAMUTPRAKAN)).splitlines()
    assert out[0] == "tests/fixtures/seeds/lopburi-pao-2568-report.txt"
    period = out.index("  ๒. กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี")
    assert out[period + 1].startswith(
        '    39:194   ข้อผิดพลาด  ITA207  ระยะเวลาดำเนินการ "ก.ย.๖๗ - ต.ค.๖๘" อยู่นอก'
    )
    # the outcome and duplicate findings about one measure share its heading
    heading = out.index("  ๓.มาตรการป้องกันผลประโยชน์ทับซ้อนขององค์การบริหารส่วนจังหวัดลพบุรี")
    findings = [line for line in out[heading + 1 : heading + 5] if not line.startswith("      → ")]
    assert [line.split()[2] for line in findings[:2]] == ["ITA601", "ITA403"]
    second = out.index("tests/fixtures/seeds/samutprakan-pao-2564-report.txt")
    assert out[second + 1] == "  (ทั้งรายงาน)"
    assert out[second - 1] == ""
    assert out[-1] == "พบ 14 รายการใน 2 ไฟล์: ข้อผิดพลาด 3 คำเตือน 8 ข้อสังเกต 3"
    assert sum(line.startswith("    ") and not line.startswith("      → ") for line in out) == 14
    # what to write instead, under the first finding of each rule in each file
    assert (
        out[period + 2]
        == "      → แก้ช่วงเวลาให้อยู่ใน ต.ค. ถึง ก.ย. ของปีงบประมาณ (ธ.ค. ของปี พ.ศ. N เป็นของปีงบประมาณ N+1)"
    )


def test_json_lines_each_line_is_one_finding(real: Run):
    out = render("json-lines", real)
    lines = out.splitlines()
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in real.diagnostics]
    assert lines[1].startswith('{"path":"tests/fixtures/seeds/lopburi-pao-2568-report.txt","line":39,')
    assert "ก.ย.๖๗" in out  # Thai stays readable
    assert render("json-lines", Run([], ["a.txt"], [], "en")) == ""


def _lines(pattern: str) -> Callable[[str], object]:
    def parse(out: str) -> object:
        lines = out.splitlines()
        assert lines and all(re.fullmatch(pattern, line) for line in lines), lines
        return lines

    return parse


POSITION = r"\S+\.txt:\d+:\d+"
PARSERS: dict[str, Callable[[str], object]] = {
    "text": _lines(rf"{POSITION}: ITA\d{{3}} \[(error|warning|info)\] .+ \([a-z-]+\)|\d+ finding.*"),
    "concise": _lines(rf"{POSITION}: ITA\d{{3}} .+"),
    "grouped": _lines(
        r"\S+\.txt|  \S.*|    \d+:\d+ +(error|warning|info) +ITA\d{3}  .+|      → .+|\d+ finding.*|"
    ),
    "json": json.loads,
    "json-lines": lambda out: [json.loads(line) for line in out.splitlines()],
    "sarif": json.loads,
    "github": _lines(r"::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=ITA\d{3} [a-z-]+::.+"),
    "junit": ET.fromstring,
    "csv": lambda out: list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")))),
    "html": lambda out: lxml.html.document_fromstring(out).xpath("//table[@id='findings']//tbody/tr"),
}


def test_every_format_has_a_parser_here():
    assert set(PARSERS) == set(FORMATS)


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_through_the_cli(name: str):
    result = CliRunner().invoke(cli, ["check", "--lang", "en", "--format", name, str(LOPBURI)])
    assert result.exit_code == 1, result.output
    assert result.stdout.strip()
    assert PARSERS[name](result.stdout)


def test_csv_has_a_bom_and_one_row_per_finding_that_excel_reads():
    result = CliRunner().invoke(cli, ["check", "--lang", "th", "--format", "csv", str(LOPBURI)])
    assert result.stdout.startswith("\ufeffpath,line,column,location,code,rule,severity,measure,message\n")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    found = json.loads(
        CliRunner().invoke(cli, ["check", "--lang", "th", "--format", "json", str(LOPBURI)]).stdout
    )
    assert [(r["code"], r["line"], r["message"]) for r in rows] == [
        (f["code"], str(f["line"]), f["message"]) for f in found
    ]


@pytest.mark.parametrize(
    ("form", "parse"), [("json", json.loads), ("csv", lambda out: list(csv.reader(io.StringIO(out))))]
)
def test_statistics_honour_the_format_and_count_files(form, parse):
    result = CliRunner().invoke(cli, ["check", "--statistics", "--format", form, str(LOPBURI.parent)])
    parsed = parse(result.stdout)
    assert parsed and result.exit_code == 1
    if form == "json":
        assert all(row["files"] <= row["count"] for row in parsed)


def test_statistics_refuse_formats_they_cannot_print():
    result = CliRunner().invoke(cli, ["check", "--statistics", "--format", "sarif", str(LOPBURI)])
    assert result.exit_code == 2 and "--statistics prints text, json or csv" in result.output


def test_quiet_shows_errors_only():
    everything = json.loads(
        CliRunner().invoke(cli, ["check", "--format", "json", str(LOPBURI.parent)]).stdout
    )
    quiet = json.loads(
        CliRunner().invoke(cli, ["check", "-q", "--format", "json", str(LOPBURI.parent)]).stdout
    )
    assert quiet == [f for f in everything if f["severity"] == "error"] and len(quiet) < len(everything)


def test_the_summary_has_a_line_for_every_file_clean_and_unreadable_ones_included(tmp_path):
    from conftest import EXAMPLES

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n% cut short by a failed upload\n")
    paths = [str(EXAMPLES), str(damaged)]
    args = ["check", "--isolated", "--lang", "en", "--cache-dir", str(tmp_path), *paths]
    found = json.loads(CliRunner().invoke(cli, [*args[:-2], "--format", "json", *paths]).stdout)
    for _ in range(2):  # the second run comes from the cache of findings: the same summary
        rows = json.loads(CliRunner().invoke(cli, [*args, "--summary", "json"]).stdout)
        by_file = {Path(row["path"]).name: row for row in rows}
        assert len(rows) == 7
        clean = by_file["clean-example-2568-report.yaml"]
        assert (clean["checked"], clean["errors"], clean["warnings"], clean["fiscal_year"]) == (
            True,
            0,
            0,
            2568,
        )
        assert clean["agency"] == "องค์การบริหารส่วนตำบลตัวอย่าง" and clean["province"] == "สระบุรี"
        assert (by_file["damaged.pdf"]["checked"], by_file["damaged.pdf"]["kind"]) == (False, "unreadable")
        assert sum(row["errors"] + row["warnings"] + row["info"] for row in rows) == len(found)
    table = CliRunner().invoke(cli, [*args, "--summary", "csv"]).stdout
    assert table.startswith("\ufeffpath,checked,kind,agency,") and ",no,unreadable," in table


# --- streaming: the formats written a finding at a time ----------------------------------------


@pytest.mark.parametrize("findings", [[], FINDINGS, FINDINGS + MORE], ids=["none", "two", "five"])
def test_streamed_json_is_what_json_dumps_writes_whole(findings: list[Diagnostic]) -> None:
    whole = json.dumps([d.to_dict() for d in findings], ensure_ascii=False, indent=2) + "\n"
    assert render("json", Run(iter(findings), ["a.txt"], [])) == whole


@pytest.mark.parametrize("name", ["text", "concise", "json", "json-lines", "csv"])
def test_streaming_formats_read_the_findings_once_as_they_come(name: str) -> None:
    """A bulk run hands these formats a generator: they must not need the findings twice, and the
    first pieces come out before the last finding exists."""
    from ita_lint.reporters import stream, streams

    assert streams(name)
    made: list[Diagnostic] = []

    def findings():
        for d in FINDINGS + MORE:
            made.append(d)
            yield d

    pieces = stream(name, Run(findings(), ["a.txt", "b.docx", "c.txt"], []))
    first = next(pieces)
    assert len(made) < len(FINDINGS + MORE)  # written before every finding was made
    rest = "".join(pieces)
    assert render(name, Run(FINDINGS + MORE, ["a.txt", "b.docx", "c.txt"], [])) == first + rest


@pytest.mark.parametrize("name", ["sarif", "html", "junit", "github", "grouped"])
def test_formats_that_need_every_finding_render_whole(name: str) -> None:
    from ita_lint.reporters import streams

    assert not streams(name)


def test_a_report_written_to_a_file_streams_and_is_replaced_whole(tmp_path: Path) -> None:
    """-o writes through a temporary file renamed at the end: an earlier report stays whole until
    the new one is complete, and no temporary file is left behind."""
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    arguments = ["--format", "json-lines", "-o", str(target), str(LOPBURI), str(SAMUTPRAKAN)]
    result = CliRunner().invoke(cli, ["check", "--isolated", *arguments])
    assert result.exit_code == 1, result.output
    lines = target.read_text("utf-8").splitlines()
    assert len(lines) >= 10 and all(json.loads(line)["code"].startswith("ITA") for line in lines)
    assert {json.loads(line)["path"] for line in lines} == {str(LOPBURI), str(SAMUTPRAKAN)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_report_that_cannot_be_written_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    target = blocker / "out.json"
    result = CliRunner().invoke(cli, ["check", "--isolated", "-o", str(target), str(LOPBURI)])
    assert result.exit_code == 2
    assert f"{target}: cannot write the report" in result.output
    assert blocker.read_text(encoding="utf-8") == ""
