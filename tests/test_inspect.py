"""`ita-lint inspect` and the findings for documents that could not be read, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ita_lint.cli import cli

from conftest import ROOT, SEEDS

UNREADABLE = ROOT / "tests" / "fixtures" / "documents" / "unreadable-report.txt"
BORDERLESS = ROOT / "tests" / "corpus" / "tune" / "pdf-borderless-police-2566.pdf"

# A report whose table says ผลงานที่ทำ / รายการ / ห้วงที่ทำ: words no vocabulary knows, but a province's does.
OWN_WORDS = """\
รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
เทศบาลตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

รายการ	ห้วงที่ทำ	ผลงานที่ทำ
ประกาศนโยบายไม่รับของขวัญ	ต.ค. ๖๗ - ต.ค. ๖๘	ประกาศแล้ว
ช่องทางแจ้งเรื่องร้องเรียนการทุจริต	ต.ค. ๖๗	เปิดใช้แล้ว
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_inspect_shows_blocks_header_mapping_measures_and_where_the_agency_was_found():
    result = run("inspect", str(BORDERLESS))
    assert result.exit_code == 0
    out = result.output
    assert "agency       สถานีตำรวจภูธรเมืองลำปาง (สถานีตำรวจ) at page 1 line 3" in out
    assert "fiscal year  ปีงบประมาณ พ.ศ. ๒๕๖๖ → 2566 at page 1 line 2" in out
    assert "header ตัวชี้วัด → area | มาตรการ/แนวทางการดำเนินก → name | ระยะเวลา → period" in out
    assert "period       ต.ค.๖๕ - ธ.ค.๖๕  → 2022-10-01 to 2022-12-31" in out


def test_inspect_json_lists_tables_and_measures():
    result = run("inspect", "--format", "json", str(SEEDS / "samutprakan-pao-2564-report.txt"))
    data = json.loads(result.output)
    assert data["agency"] == "องค์การบริหารส่วนจังหวัดสมุทรปราการ" and data["fiscal_year"] == 2564
    assert [(t["kind"], len(t["measures"])) for t in data["tables"]] == [("plan", 7), ("report", 12)]
    assert any(block["type"] == "row" for block in data["blocks"])


def test_a_report_whose_table_cannot_be_read_is_a_warning_that_points_at_inspect():
    result = run("check", "--format", "json", "--fail-on", "warning", str(UNREADABLE))
    (finding,) = json.loads(result.output)
    assert result.exit_code == 1
    assert finding["rule"] == "measures-unreadable" and finding["severity"] == "warning"
    assert "ita-lint inspect" in finding["message"]


def test_inspect_says_what_to_do_when_no_table_was_found():
    result = run("inspect", str(UNREADABLE))
    assert "no table was found" in result.output and "header-words" in result.output


def test_header_words_in_the_configuration_make_an_agency_s_own_table_readable(tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(OWN_WORDS, encoding="utf-8")
    before = run("check", "--format", "json", "--isolated", str(report))
    assert [f["rule"] for f in json.loads(before.output)] == ["measures-unreadable"]
    config = tmp_path / ".ita-lint.yaml"
    config.write_text(
        "header-words:\n  name: [รายการ]\n  period: [ห้วงที่ทำ]\n  result: [ผลงานที่ทำ]\n", encoding="utf-8"
    )
    after = run("check", "--format", "json", "--config", str(config), str(report))
    assert [(f["rule"], f["measure"]) for f in json.loads(after.output)] == [
        ("budget-column-missing", None),
        ("period-outside-fiscal-year", "ประกาศนโยบายไม่รับของขวัญ"),
    ]


def test_an_unknown_field_in_header_words_is_a_configuration_error(tmp_path: Path):
    config = tmp_path / ".ita-lint.yaml"
    config.write_text("header-words:\n  budgett: [เงิน]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config), str(UNREADABLE)])
    assert result.exit_code == 2
    assert "budgett" in result.output
