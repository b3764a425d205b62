"""Every class of hostile or careless input found in review (issue 12), each built here and run
through the real command line: a finding for that file, never a hang, a crash or a changed input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from ita_lint.cli import cli
from ita_lint.reporters import FORMATS

from conftest import EXAMPLES, ROOT, SEEDS

RECORD = (EXAMPLES / "clean-example-2568-report.yaml").read_text("utf-8")
# Each run below finishes in a second or two; a regression to the old behaviour hangs for minutes
# or runs out of memory, and the subprocess timeout turns that into a failure.
TIMEOUT = 60


def check(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "json", *args])
    return result.exit_code, json.loads(result.output) if result.output.startswith("[") else result.output


def check_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own: a crash of the interpreter is seen, not shared."""
    command = [sys.executable, "-m", "ita_lint", "check", "--isolated", "--format", "json", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False)


def rules_of(findings: list[dict]) -> list[str]:
    return [finding["rule"] for finding in findings]


# --- hangs and memory -----------------------------------------------------------------------------


def test_a_yaml_alias_bomb_is_a_limit_finding(tmp_path: Path):
    # 600 tables, each the same 600 measures: 720,000 values once the aliases are expanded
    measures = "[&m {name: x}, " + ", ".join(["*m"] * 599) + "]"
    path = tmp_path / "bomb.yaml"
    path.write_text(f"agency: x\ntables:\n  - &t {{measures: {measures}}}\n" + "  - *t\n" * 599, "utf-8")
    code, findings = check(str(path))
    assert code == 1 and rules_of(findings) == ["input-limit"]
    assert "aliases" in findings[0]["message"]


def test_an_alias_bomb_outside_the_record_format_is_never_expanded(tmp_path: Path):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)]
    path = tmp_path / "bomb.yaml"
    path.write_text("agency: x\n" + "\n".join(levels) + "\n", encoding="utf-8")
    code, findings = check(str(path))
    assert code == 1 and rules_of(findings) == ["parse-error"] * 9
    assert findings[0]["message"].endswith("invalid record at a: unknown field 'a'")


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_records_nested_30000_deep_are_a_finding_not_a_crash(tmp_path: Path, suffix: str):
    path = tmp_path / f"deep{suffix}"
    path.write_text('{"agency": "x", "tables": ' + "[" * 30_000 + "]" * 30_000 + "}", encoding="utf-8")
    done = check_process(str(path))
    assert done.returncode == 1, done.stderr  # not 139: libyaml's composer never sees it
    (finding,) = json.loads(done.stdout)
    assert finding["rule"] == "input-limit" and "nested more than 64 levels" in finding["message"]


def test_a_deeply_nested_configuration_is_a_configuration_error(tmp_path: Path):
    config = tmp_path / "deep.yaml"
    config.write_text("select: " + "[" * 30_000 + "]" * 30_000 + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "ita_lint", "check", "--config", str(config), str(EXAMPLES)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 2 and "nested more than 64 levels" in done.stderr


def test_a_word_grid_span_of_ten_million_is_read_as_word_s_limit(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "มาตรการ", "ผลการดำเนินการ"
    table.cell(1, 0).text = "จัดทำคู่มือ"
    path = tmp_path / "span.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    xml = xml.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="10000000"/>', 1)
    xml = xml.replace("<w:tr>", '<w:tr><w:trPr><w:gridBefore w:val="10000000"/></w:trPr>', 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    done = check_process(str(path))
    assert done.returncode in (0, 1), done.stderr
    assert "input-limit" not in rules_of(json.loads(done.stdout))


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_office_zip_bombs_are_refused_before_they_are_unpacked(tmp_path: Path, suffix: str):
    path = tmp_path / f"bomb{suffix}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml" if suffix == ".docx" else "xl/workbook.xml", b"\0" * (20 << 20))
    code, findings = check(str(path))
    assert code == 1 and rules_of(findings) == ["input-limit"] and "zip bomb" in findings[0]["message"]


def _workbook_with(tmp_path: Path, edit) -> Path:
    path = tmp_path / "sheet.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["มาตรการ", "ระยะเวลาดำเนินการ", "งบประมาณที่ใช้จริง", "ผลการดำเนินการ"])
    sheet.append(["จัดทำคู่มือ", "ต.ค. ๖๗ - ก.ย. ๖๘", "ไม่ใช้งบประมาณ", "จัดทำแล้ว"])
    workbook.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"].decode("utf-8")).encode(
        "utf-8"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_an_excel_row_numbered_99999999999999_is_not_materialised(tmp_path: Path):
    stray = '<row r="99999999999999"><c r="A99999999999999" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _workbook_with(tmp_path, lambda xml: xml.replace("</sheetData>", stray + "</sheetData>"))
    done = check_process(str(path))
    assert done.returncode in (0, 1), done.stderr
    assert "fiscal-year-missing" in rules_of(json.loads(done.stdout))  # the sheet was read


def test_text_in_column_xfd_is_a_limit_finding(tmp_path: Path):
    far = '<c r="XFD2" t="inlineStr"><is><t>ไกลมาก</t></is></c></row>'
    path = _workbook_with(tmp_path, lambda xml: xml.replace("</row>", far, 2).replace(far, "</row>", 1))
    _, findings = check(str(path))
    assert rules_of(findings) == ["input-limit"] and "beyond column 256" in findings[0]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_or_a_device_named_on_the_command_line_is_a_finding(tmp_path: Path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    done = check_process(str(fifo), str(zero))
    findings = json.loads(done.stdout)
    assert done.returncode == 1 and rules_of(findings) == ["parse-error", "parse-error"]
    assert all("not a regular file" in f["message"] for f in findings)


def test_a_file_over_the_configured_size_is_a_limit_finding(tmp_path: Path):
    (tmp_path / ".ita-lint.yaml").write_text("limits: {file-mb: 1}\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8") * 60, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(big)])
    assert [f["rule"] for f in json.loads(result.output)] == ["input-limit"]
    assert "larger than 1 MB" in json.loads(result.output)[0]["message"]


# --- quadratic time ---------------------------------------------------------------------------------


@pytest.mark.parametrize("markup", ["<a", "<!--", "<p ", "x<"])
def test_unclosed_markup_in_a_large_cell_is_linear(tmp_path: Path, markup: str):
    path = tmp_path / "markup.txt"
    path.write_text("มาตรการ\tผลการดำเนินการ\nจัดทำคู่มือ\t" + markup * 30_000 + "\n", encoding="utf-8")
    done = check_process(str(path))
    assert done.returncode == 1, done.stderr


def test_a_budget_cell_with_many_numbers_is_linear(tmp_path: Path):
    path = tmp_path / "budget.txt"
    numbers = " ".join(f"ข้อ {i} {i},000 บาท" for i in range(20_000))
    path.write_text(f"มาตรการ\tงบประมาณที่ใช้จริง\nจัดทำคู่มือ\t{numbers}\n", encoding="utf-8")
    assert check_process(str(path)).returncode == 1


def test_twenty_thousand_suppression_comments_are_linear(tmp_path: Path):
    path = tmp_path / "r.yaml"
    path.write_text("# ita-lint: disable=ITA601\n" * 20_000 + RECORD, encoding="utf-8")
    done = check_process(str(path))
    assert done.returncode in (0, 1), done.stderr


# --- findings lost or wrong ----------------------------------------------------------------------


def test_a_29_digit_budget_with_a_scale_word_is_an_unparseable_budget(tmp_path: Path):
    path = tmp_path / "r.yaml"
    path.write_text(RECORD.replace("budget: ๒๕,๐๐๐ บาท", "budget: 1" + "0" * 28 + " ล้านบาท"), "utf-8")
    _, findings = check(str(path))
    assert rules_of(findings) == ["budget-unparseable"]


def test_internal_fields_are_not_accepted_from_a_record(tmp_path: Path):
    path = tmp_path / "r.yaml"
    path.write_text("position: {line: -1}\n" + RECORD, encoding="utf-8")
    _, findings = check(str(path))
    assert rules_of(findings) == ["parse-error"] and findings[0]["line"] == 1
    assert "unknown field 'position'" in findings[0]["message"]


def test_word_line_breaks_form_feeds_and_separators_keep_rows_and_line_numbers(tmp_path: Path):
    seed = (SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(seed, encoding="utf-8")
    damaged = tmp_path / "damaged.txt"
    # a manual line break inside cells, a page break, and Unicode separators inside lines
    lines = seed.split("\n")
    lines = [line.replace("\t", "\v\t", 1) if i % 3 == 0 else line for i, line in enumerate(lines)]
    lines[5] = "\f" + lines[5] + "\u2028"
    damaged.write_text("\n".join(lines), encoding="utf-8")
    _, expected = check(str(plain))
    _, found = check(str(damaged))
    assert [(f["rule"], f["line"]) for f in found] == [(f["rule"], f["line"]) for f in expected]


def test_utf32_text_is_read_as_utf32(tmp_path: Path):
    seed = (SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8")
    path = tmp_path / "utf32.txt"
    path.write_bytes(seed.encode("utf-32"))
    _, found = check(str(path))
    _, expected = check(str(SEEDS / "lopburi-pao-2568-report.txt"))
    assert rules_of(found) == rules_of(expected)


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_csv_are_read(tmp_path: Path, delimiter: str):
    path = tmp_path / "r.csv"
    rows = [["มาตรการ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ"], ["จัดทำคู่มือ, ฉบับที่ ๑", "ต.ค. ๖๗", "เสร็จ"]]
    path.write_text("\n".join(delimiter.join(row) for row in rows), encoding="utf-8")
    _, findings = check(str(path))
    assert "no-measures-table" not in rules_of(findings)
    assert "period-outside-fiscal-year" not in rules_of(findings)


# --- inputs never modified ---------------------------------------------------------------------


def _snapshot(*paths: Path) -> list[tuple[bytes, int]]:
    return [(path.read_bytes(), path.stat().st_mtime_ns) for path in paths]


def test_an_output_named_like_an_input_is_refused_before_anything_is_written(tmp_path: Path):
    report = tmp_path / "r.yaml"
    report.write_text(RECORD, encoding="utf-8")
    before = _snapshot(report)
    result = CliRunner().invoke(cli, ["check", "--isolated", "-o", str(report), str(report)])
    assert result.exit_code == 2 and "never writes over an input" in result.output
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--write-baseline", "--baseline", str(report), str(report)]
    )
    assert result.exit_code == 2 and _snapshot(report) == before


def test_convert_refuses_outputs_over_inputs_and_outputs_written_twice(tmp_path: Path):
    text = tmp_path / "a.txt"
    text.write_text((SEEDS / "lopburi-pao-2568-report.txt").read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    record = out / "a.yaml"
    record.write_text(RECORD, encoding="utf-8")
    before = _snapshot(text, record)
    result = CliRunner().invoke(cli, ["convert", str(text), str(record), "-o", str(out)])
    assert result.exit_code == 2 and "never writes over an input" in result.output
    assert _snapshot(text, record) == before
    csv = tmp_path / "good.csv"
    csv.write_text("มาตรการ,ผลการดำเนินการ\nก,ข\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("มาตรการ\tผลการดำเนินการ\nก\tข\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["convert", str(csv), str(tmp_path / "good.txt"), "-o", str(tmp_path / "d")]
    )
    assert result.exit_code == 2 and "written twice" in result.output
    assert not (tmp_path / "d").exists()


def test_convert_carries_on_past_an_unexpected_error_in_one_file(tmp_path: Path, monkeypatch):
    from ita_lint import readers

    real = readers.read
    monkeypatch.setattr(readers, "read", lambda path, *a: 1 / 0 if path.name == "bad.txt" else real(path, *a))
    (tmp_path / "bad.txt").write_text("x\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(RECORD, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["convert", str(tmp_path / "bad.txt"), str(good), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and "ZeroDivisionError" in result.output
    assert (tmp_path / "o" / "good.yaml").is_file()


def test_output_into_a_missing_directory_is_created(tmp_path: Path):
    target = tmp_path / "missing" / "dir" / "out.json"
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--format", "json", "-o", str(target), str(EXAMPLES)]
    )
    assert result.exit_code == 1 and json.loads(target.read_text("utf-8"))


# --- walking, determinism, output --------------------------------------------------------------


def test_symlink_loops_are_not_followed(tmp_path: Path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.yaml").write_text(RECORD, encoding="utf-8")
    (tmp_path / "reports" / "loop").symlink_to(tmp_path / "reports")
    done = check_process(str(tmp_path / "reports"))
    assert done.returncode == 0 and json.loads(done.stdout) == []


@pytest.mark.parametrize("output_format", [*FORMATS, "statistics"])
def test_output_is_byte_identical_whatever_the_argument_order_and_hash_seed(output_format: str):
    paths = [
        str(EXAMPLES),
        str(SEEDS / "lopburi-pao-2568-report.txt"),
        str(SEEDS / "bankluai-sao-2568-report.txt"),
    ]
    outputs = set()
    for seed, order in (("1", paths), ("2", paths[::-1]), ("3", [paths[1], paths[0], paths[2]])):
        env = {**os.environ, "PYTHONHASHSEED": seed, "ITA_LINT_LANG": "en"}
        selected = ["--statistics"] if output_format == "statistics" else ["--format", output_format]
        command = [sys.executable, "-m", "ita_lint", "check", "--isolated", *selected, *order]
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, env=env, check=False)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_file_name_with_a_line_break_cannot_forge_a_finding(tmp_path: Path):
    path = tmp_path / "r\nx.yaml:1:1: ITA999 forged.yaml"
    path.write_text(RECORD.replace("budget: ๒๕,๐๐๐ บาท", "budget: ไม่ใช่ งบประมาณ"), encoding="utf-8")
    for output_format in ("text", "concise", "grouped"):
        result = CliRunner().invoke(cli, ["check", "--isolated", "--format", output_format, str(path)])
        assert "\nx.yaml:1:1: ITA999" not in result.output
        assert "\\n" in result.output


# --- rule files are code-free data ---------------------------------------------------------------

RULE = """\
code: ORG900
name: result-pattern
given: measure.result
then:
  - function: pattern
    options: {match: "PATTERN"}
severity: warning
message: {th: "MESSAGE", en: "MESSAGE"}
description: {th: ก, en: a}
rationale: {th: ก, en: a}
examples: {valid: ["agency: x"], invalid: ["agency: y"]}
"""


def _rule_dir(tmp_path: Path, pattern: str, message: str = "ผล «{measure}»") -> Path:
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "rule.yaml").write_text(RULE.replace("PATTERN", pattern).replace("MESSAGE", message), "utf-8")
    return rules


def test_a_pathological_rule_pattern_cannot_hang_a_run(tmp_path: Path):
    rules = _rule_dir(tmp_path, "^(a+)+$")
    path = tmp_path / "r.yaml"
    path.write_text(RECORD.replace("result: ", "result: " + "a" * 50_000 + "b ", 1), encoding="utf-8")
    done = check_process("--rules", str(rules), str(path))
    assert "result-pattern" in rules_of(json.loads(done.stdout))  # a warning: the run exits 0


def test_a_pattern_re2_cannot_run_is_a_rule_file_error_with_its_position(tmp_path: Path):
    rules = _rule_dir(tmp_path, "(?<=ก)ข")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--rules", str(rules), str(EXAMPLES)])
    assert result.exit_code == 2 and "rule.yaml:5:" in result.output


@pytest.mark.parametrize("template", ["{measure.__class__}", "{measure[0]}", "{measure!r}", "{measure:>{x}}"])
def test_message_templates_cannot_reach_into_python_objects(tmp_path: Path, template: str):
    rules = _rule_dir(tmp_path, "x", template)
    result = CliRunner().invoke(cli, ["check", "--isolated", "--rules", str(rules), str(EXAMPLES)])
    assert result.exit_code == 2 and "placeholders are plain names" in result.output


def test_findings_of_one_rule_in_one_file_are_capped_with_a_count_of_the_rest(tmp_path: Path):
    (tmp_path / ".ita-lint.yaml").write_text("limits: {findings-per-rule: 3}\n", encoding="utf-8")
    rows = "".join(f"\nจัดทำคู่มือฉบับที่ {i}\t" for i in range(10))
    path = tmp_path / "r.txt"
    path.write_text("ปีงบประมาณ พ.ศ. ๒๕๖๘\nมาตรการ\tผลการดำเนินการ" + rows + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--lang", "en", str(path)])
    missing = [f for f in json.loads(result.output) if f["rule"] == "result-missing"]
    assert len(missing) == 4
    assert (
        missing[-1]["message"]
        == "and 7 more findings of this rule in this file (at most 3 are shown per rule)"
    )


def test_linting_the_same_record_again_and_again_keeps_memory_flat(linter, tmp_path: Path):
    import tracemalloc

    path = tmp_path / "r.yaml"
    path.write_text(RECORD, encoding="utf-8")
    for _ in range(20):  # caches warm: rules, patterns, the vocabulary
        linter.lint_path(path)
    tracemalloc.start()
    for _ in range(50):
        linter.lint_path(path)
    after_50, _ = tracemalloc.get_traced_memory()
    for _ in range(200):
        linter.lint_path(path)
    after_250, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # a YAML constructor that remembered every node grew by ~0.14 MB a record: 28 MB here
    assert after_250 - after_50 < 1 << 20


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file and directory")
def test_unreadable_files_and_directories_are_findings(tmp_path: Path):
    reports = tmp_path / "reports"
    (reports / "locked").mkdir(parents=True)
    (reports / "locked" / "r.yaml").write_text(RECORD, encoding="utf-8")
    secret = reports / "secret.yaml"
    secret.write_text(RECORD, encoding="utf-8")
    (reports / "locked").chmod(0)
    secret.chmod(0)
    try:
        code, findings = check(str(reports))
        named_code, named = check(str(secret))
    finally:
        (reports / "locked").chmod(0o755)
        secret.chmod(0o644)
    assert code == 1 and sorted(Path(f["path"]).name for f in findings) == ["locked", "secret.yaml"]
    assert named_code == 1 and "permission denied" in named[0]["message"]


@pytest.mark.parametrize("output_format", ["json", "sarif", "text"])
def test_output_is_byte_identical_whatever_the_number_of_jobs(output_format: str):
    corpus = str(ROOT / "tests" / "corpus")
    outputs = {
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ita_lint",
                "check",
                "--isolated",
                "--format",
                output_format,
                "-j",
                jobs,
                corpus,
            ],
            capture_output=True,
            timeout=TIMEOUT * 5,
            env={**os.environ, "ITA_LINT_LANG": "en"},
            check=False,
        ).stdout
        for jobs in ("1", "2")
    }
    assert len(outputs) == 1
