"""The command line, invoked for real through click's runner and as a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from ita_lint.cli import cli

from conftest import EXAMPLES, SEEDS

CLEAN = EXAMPLES / "clean-example-2568-report.yaml"
PAO = SEEDS / "lopburi-pao-2568-report.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_clean_report_exits_0():
    result = run("check", "--lang", "en", str(CLEAN))
    assert result.exit_code == 0
    assert result.output.strip() == "0 finding(s) in 1 file(s): 0 error(s), 0 warning(s), 0 info"


def test_errors_exit_1_and_text_lines_are_sorted_lint_style():
    result = run("check", "--lang", "en", str(PAO))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[1] == (
        f'{PAO}:39:194: ITA207 [error] The period "ก.ย.๖๗ - ต.ค.๖๘" extends outside fiscal year 2568 '
        "(2024-10-01 to 2025-09-30) (period-outside-fiscal-year)"
    )
    assert [line.split(": ")[0] for line in lines[:7]] == [
        f"{PAO}:13:1392",  # เว็ปไซต์ (thai-typo), at the word
        f"{PAO}:39:194",
        f"{PAO}:52:394",
        f"{PAO}:52:410",  # กรรร้องเรียน on a later line of the cell: at the cell
        f"{PAO}:56:845",
        f"{PAO}:60:2",
        f"{PAO}:60:803",  # the empty outcome cell
    ]
    assert lines[-1] == "7 finding(s) in 1 file(s): 2 error(s), 2 warning(s), 3 info"


def test_warnings_only_exit_0_unless_fail_on_warning(tmp_path: Path):
    only_warnings = tmp_path / "report.yaml"
    text = CLEAN.read_text("utf-8").replace(
        "        outcome: ประชาชนทราบขั้นตอนและระยะเวลาการรับบริการล่วงหน้า\n", ""
    )
    only_warnings.write_text(text, encoding="utf-8")
    default = run("check", "--format", "json", str(only_warnings))
    assert [(f["rule"], f["severity"]) for f in json.loads(default.output)] == [
        ("outcome-missing", "warning")
    ]
    assert default.exit_code == 0
    assert run("check", "--fail-on", "warning", str(only_warnings)).exit_code == 1
    assert run("check", "--fail-on", "info", str(only_warnings)).exit_code == 1


def test_missing_path_is_a_usage_error_exit_2():
    result = CliRunner().invoke(cli, ["check", "no/such/report.yaml"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_unknown_option_is_a_usage_error_exit_2():
    assert CliRunner().invoke(cli, ["check", "--format", "xml", str(CLEAN)]).exit_code == 2


def test_broken_rule_file_names_file_and_line_and_exits_2(tmp_path: Path):
    (tmp_path / "bad.yaml").write_text(
        "code: ITA901\nname: my-rule\ngiven: measure.budget\nthen: [{function: present}]\n"
        "severity: fatal\nmessage: {th: x, en: x}\ndescription: {th: x, en: x}\nrationale: {th: x, en: x}\n"
        "examples: {valid: ['a: 1'], invalid: ['a: 1']}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "--rules", str(tmp_path), str(CLEAN)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'bad.yaml'}:5:1:" in result.output
    assert "fatal" in result.output


def test_json_output_is_the_documented_contract():
    result = run("check", "--format", "json", "--lang", "en", str(PAO))
    findings = json.loads(result.output)
    assert result.exit_code == 1
    assert [(f["rule"], f["line"]) for f in findings] == [
        ("thai-typo", 13),
        ("period-outside-fiscal-year", 39),
        ("budget-unparseable", 52),
        ("thai-typo", 52),
        ("thai-typo", 56),
        ("duplicate-measure", 60),
        ("outcome-missing", 60),
    ]
    first = findings[1]
    assert set(first) >= {"path", "line", "column", "code", "rule", "severity", "message", "measure"}
    assert first["column"] == 194 and first["code"] == "ITA207" and first["severity"] == "error"
    assert first["measure"].startswith("๒. กิจกรรมควบคุมการเบิกจ่ายเงิน")


def test_directory_is_checked_recursively_skipping_what_cannot_be_linted(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "report.yaml").write_text(CLEAN.read_text("utf-8"), encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK")
    (tmp_path / "sub" / "~$report.docx").write_bytes(b"lock")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("{", encoding="utf-8")
    result = run("check", "--lang", "en", str(tmp_path))
    assert result.exit_code == 0
    assert "in 1 file(s)" in result.output
    assert "; 2 other file(s) skipped" in result.output


def test_pdf_and_legacy_office_files_in_a_directory_are_findings_not_skipped(tmp_path: Path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    result = run("check", "--format", "json", str(tmp_path))
    found = {Path(f["path"]).name: f for f in json.loads(result.output)}
    assert result.exit_code == 1
    assert found["broken.pdf"]["rule"] == "parse-error"
    assert "not a readable PDF" in found["broken.pdf"]["message"]
    assert found["old.doc"]["rule"] == "parse-error"
    assert "save it as .docx" in found["old.doc"]["message"]


def test_bulk_run_carries_on_past_broken_files(tmp_path: Path):
    (tmp_path / "a-broken.yaml").write_text("agency: [unclosed\n", encoding="utf-8")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    (tmp_path / "c-good.yaml").write_text(CLEAN.read_text("utf-8"), encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path))
    findings = json.loads(result.output)
    assert result.exit_code == 1
    assert [(Path(f["path"]).name, f["rule"]) for f in findings] == [
        ("a-broken.yaml", "parse-error"),
        ("b-binary.txt", "parse-error"),
    ]
    assert findings[0]["line"] == 2  # where the YAML parser gave up


def test_thai_messages(monkeypatch):
    result = run("check", "--lang", "th", str(PAO))
    assert "อยู่นอกปีงบประมาณ 2568" in result.output
    assert result.output.splitlines()[-1] == "พบ 7 รายการใน 1 ไฟล์: ข้อผิดพลาด 2 คำเตือน 2 ข้อสังเกต 3"
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert "ไม่ใช่จำนวนเงิน" in run("check", str(PAO)).output


def test_rules_lists_every_rule():
    result = run("rules", "--lang", "en")
    assert result.exit_code == 0
    assert "ITA207  period-outside-fiscal-year" in result.output
    rows = json.loads(run("rules", "--format", "json").output)
    assert {r["name"] for r in rows} >= {"parse-error", "duplicate-measure", "no-gift-policy-missing"}


def test_schema_validates_the_examples():
    schema = json.loads(run("schema").output)
    for path in EXAMPLES.glob("*.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text("utf-8")), schema)
    bad = {"tables": [{"measures": [{"name": "x", "colour": "red"}]}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def test_convert_writes_records_that_check_the_same(tmp_path: Path):
    result = CliRunner().invoke(cli, ["convert", str(PAO), "-o", str(tmp_path)])
    assert result.exit_code == 0
    converted = tmp_path / "lopburi-pao-2568-report.yaml"
    original = json.loads(run("check", "--format", "json", str(PAO)).output)
    again = json.loads(run("check", "--format", "json", str(converted)).output)
    assert sorted((f["rule"], f["measure"]) for f in again) == sorted(
        (f["rule"], f["measure"]) for f in original
    )


def test_convert_reports_unreadable_input_with_exit_2(tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("tables: [", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(broken)])
    assert result.exit_code == 2
    assert "cannot convert" in result.output


def test_module_entry_point_runs_as_a_subprocess():
    done = subprocess.run(
        [sys.executable, "-m", "ita_lint", "check", "--format", "json", str(CLEAN)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_an_unexpected_error_exits_2_with_a_message(monkeypatch, capsys):
    import pytest

    from ita_lint import cli as cli_module

    def explode(*args, **kwargs):
        raise RuntimeError("reporter bug")

    monkeypatch.setattr(cli_module, "stream", explode)
    monkeypatch.setattr(sys, "argv", ["ita-lint", "check", str(CLEAN)])
    with pytest.raises(SystemExit) as raised:
        cli_module.main()
    assert raised.value.code == 2
    assert "internal error: RuntimeError: reporter bug" in capsys.readouterr().err


def test_checking_never_modifies_the_inputs(tmp_path: Path):
    import hashlib
    import shutil

    for source in (PAO, CLEAN, EXAMPLES / "samutprakan-pao-2564-report.yaml"):
        shutil.copy(source, tmp_path / source.name)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    for output_format in ("text", "json", "sarif"):
        run("check", "--format", output_format, str(tmp_path))
    run("convert", *map(str, tmp_path.iterdir()))
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before


def test_a_directory_run_skips_files_that_are_not_reports_unless_named(tmp_path: Path):
    shutil.copy(EXAMPLES / "clean-example-2568-report.yaml", tmp_path / "report.yaml")
    (tmp_path / "README.md").write_text("# รายงาน\n", encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    result = run("check", "--isolated", "--format", "json", str(tmp_path))
    assert json.loads(result.output) == []
    assert "2 other file(s) skipped" in run("check", "--isolated", "--lang", "en", str(tmp_path)).output
    named = json.loads(run("check", "--isolated", "--format", "json", str(tmp_path / "README.md")).output)
    assert [f["rule"] for f in named] == ["no-measures-table"]
