"""An agency's plan and report of one year, sent as two files: checked together on the command
line and on the web page, each finding in the file of its measure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ita_lint.cli import cli

PLAN = """\
kind: plan
agency: องค์การบริหารส่วนตำบลหนองบัว
fiscal_year: 2568
tables:
  - kind: plan
    measures:
      - name: จัดทำคู่มือการให้บริการประชาชนและเผยแพร่ทางเว็บไซต์
      - name: ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)
      - name: เปิดช่องทางร้องเรียนการทุจริตออนไลน์แยกจากเรื่องร้องเรียนทั่วไป
"""
REPORT = """\
kind: report
agency: "องค์การบริหารส่วนตำบล หนองบัว"
fiscal_year: ๒๕๖๘
tables:
  - kind: report
    measures:
      - name: จัดทำคู่มือการให้บริการประชาชน และเผยแพร่ทางเว็บไซต์ของหน่วยงาน
        result: เผยแพร่แล้ว
      - name: ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)
        result: ประกาศแล้ว
      - name: โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหารและพนักงาน
        result: อบรมแล้ว
"""
ACROSS = ("planned-measure-not-reported", "unplanned-measure")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "plan-2568.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "report-2568.yaml").write_text(REPORT, encoding="utf-8")
    return tmp_path


def across(findings: list[dict]) -> list[tuple[str, str, int]]:
    return [(Path(f["path"]).name, f["rule"], f["line"]) for f in findings if f["rule"] in ACROSS]


def test_a_plan_and_its_report_in_two_files_are_checked_together(files: Path):
    result = CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--format", "json", str(files)])
    assert across(json.loads(result.output)) == [
        ("plan-2568.yaml", "planned-measure-not-reported", 9),  # the complaint channel
        ("report-2568.yaml", "unplanned-measure", 11),  # the ethics training
    ]


def test_another_agency_or_year_is_not_paired(files: Path):
    other = REPORT.replace("หนองบัว", "บ้านกล้วย")
    (files / "report-2568.yaml").write_text(other, encoding="utf-8")
    (files / "report-2567.yaml").write_text(REPORT.replace("๒๕๖๘", "๒๕๖๗"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--format", "json", str(files)])
    assert across(json.loads(result.output)) == []


def test_the_pair_follows_each_files_own_selection(files: Path):
    args = [
        "check",
        "--isolated",
        "--no-cache",
        "--format",
        "json",
        "--ignore",
        "unplanned-measure",
        str(files),
    ]
    assert [rule for _, rule, _ in across(json.loads(CliRunner().invoke(cli, args).output))] == [
        "planned-measure-not-reported"
    ]


def test_the_web_page_checks_a_plan_and_a_report_uploaded_together(files: Path):
    from starlette.testclient import TestClient

    from ita_lint.web.app import ServeSettings, create_app

    uploads = [("file", (p.name, p.read_bytes())) for p in sorted(files.iterdir())]
    with TestClient(create_app(ServeSettings(workers=1))) as client:
        found = client.post("/api/check?lang=en", files=uploads).json()
        page = client.post("/check", files=uploads, data={"lang": "th"}).text
    assert across(found) == [
        ("plan-2568.yaml", "planned-measure-not-reported", 9),
        ("report-2568.yaml", "unplanned-measure", 11),
    ]
    assert "ไม่มีในรายงานผลการดำเนินการ" in page
