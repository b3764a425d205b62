"""Baseline, statistics, output files, colours, and rule explanations through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from ita_lint.cli import cli

from conftest import ROOT, SEEDS

PAO = SEEDS / "lopburi-pao-2568-report.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_baseline_round_trip_reports_only_new_findings(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "report.txt"
    shutil.copy(PAO, report)
    written = run("check", "--write-baseline", "report.txt")
    assert written.exit_code == 0
    baseline = json.loads((tmp_path / ".ita-lint-baseline.json").read_text("utf-8"))
    assert baseline["findings"]["report.txt"]["budget-unparseable"] == {
        "๑. ปรับปรุงระบบรับเรื่อง ร้องเรียนการทุจริตและ ประพฤติมิชอบ และเรื่อง ร้องเรียนร้องทุกข์ของ หน่วยงาน": 1
    }
    assert run("check", "report.txt").exit_code == 0  # everything is accepted
    # rows move down two lines and one new defect appears: only that one is reported
    lines = PAO.read_text("utf-8").splitlines()
    lines[12:12] = ["", ""]
    text = "\n".join(lines).replace("ม.ค. - เม.ย ๖๘", "เม.ย ๖๘ - ม.ค. ๖๘")
    report.write_text(text, encoding="utf-8")
    result = run("check", "--format", "json", "report.txt")
    assert result.exit_code == 1
    assert [(f["rule"], f["line"]) for f in json.loads(result.output)] == [("period-reversed", 46)]


def test_explicit_baseline_file_and_a_broken_one(tmp_path: Path):
    accepted = tmp_path / "accepted.json"
    assert run("check", "--baseline", str(accepted), "--write-baseline", str(PAO)).exit_code == 0
    assert run("check", "--baseline", str(accepted), str(PAO)).exit_code == 0
    accepted.write_text("{not json", encoding="utf-8")
    result = run("check", "--baseline", str(accepted), str(PAO))
    assert result.exit_code == 2 and "not a readable ita-lint baseline" in result.output


def test_statistics_counts_per_rule():
    result = run("check", "--statistics", str(SEEDS))
    lines = result.output.splitlines()
    assert lines[0].split() == ["4", "ITA801", "thai-typo", "[info]", "(2", "files)"]
    assert lines[1].split() == ["3", "ITA204", "period-column-missing", "[warning]", "(2", "files)"]
    assert "     1  ITA207  period-outside-fiscal-year  [error]  (1 files)" in lines
    data = json.loads(run("check", "--statistics", "--format", "json", str(SEEDS)).output)
    assert {
        "code": "ITA401",
        "rule": "status-without-result",
        "severity": "warning",
        "count": 3,
        "files": 1,
    } in data


def test_output_file(tmp_path: Path):
    target = tmp_path / "out.sarif"
    result = run("check", "--format", "sarif", "-o", str(target), str(PAO))
    assert result.exit_code == 1 and result.output == ""
    sarif = json.loads(target.read_text("utf-8"))
    assert len(sarif["runs"][0]["results"]) == 7  # 4 a reviewer lists, 3 misspellings (notes)


def _on_a_terminal(*args: str, **env: str) -> str:
    """Run ita-lint with its standard output on a pseudo-terminal, as a user at a shell does."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | env
    done = subprocess.run(
        [sys.executable, "-m", "ita_lint", "check", "--lang", "en", *args, str(PAO)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=environment,
        check=False,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert done.returncode == 1, done.stderr
    return b"".join(chunks).decode("utf-8")


def test_colours_only_on_a_terminal_and_never_with_no_color():
    coloured = _on_a_terminal()
    assert "\x1b[31m" in coloured and "\x1b[1m" in coloured  # red errors, bold paths
    assert "\x1b[" not in _on_a_terminal("--no-color")
    assert "\x1b[" not in _on_a_terminal(NO_COLOR="1")
    assert "\x1b[" not in run("check", str(PAO)).output  # not a terminal


def test_rule_explains_in_both_languages():
    english = run("rule", "ITA303", "--lang", "en").output
    assert english.startswith("ITA303 budget-unparseable [error] (parseable, measure)")
    assert "Example that fails\n" in english and "ไม่ใช่ งบประมาณ" in english
    assert "How to fix\n" in english
    thai = run("rule", "budget-unparseable", "--lang", "th").output
    assert "ตัวอย่างที่ไม่ผ่าน" in thai and "วิธีแก้" in thai and "ทำไม" in thai
    missing = CliRunner().invoke(cli, ["rule", "ITA999"])
    assert missing.exit_code == 2 and "ITA999" in missing.output


def test_rules_json_and_docs_are_current():
    rows = json.loads(run("rules", "--format", "json", "--lang", "th").output)
    assert rows[0]["code"] == "ITA001" and rows[0]["description"] == "ไฟล์ที่อ่านหรือแยกวิเคราะห์ไม่ได้"
    generated = run("rules", "--format", "markdown").output
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == generated, (
        "docs/rules.md is stale: run `ita-lint rules --format markdown > docs/rules.md`"
    )


def test_help_in_thai_and_english():
    import subprocess
    import sys

    def help_text(lang: str) -> str:
        env = {"ITA_LINT_LANG": lang, "PATH": "/usr/bin:/bin"}
        done = subprocess.run(
            [sys.executable, "-m", "ita_lint", "check", "--help"], capture_output=True, text=True, env=env
        )
        return done.stdout

    assert "Check report files and directories" in help_text("en")
    assert "ตรวจไฟล์และโฟลเดอร์รายงาน" in help_text("th")
