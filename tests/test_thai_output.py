"""Thai all the way through the text output: severities, places in a document, dates, and a
console that only knows the Thai code page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ita_lint.cli import cli

from conftest import ROOT, SEEDS

LOPBURI = SEEDS / "lopburi-pao-2568-report.txt"
WORD = ROOT / "tests" / "corpus" / "tune" / "docx-areas-spp-2568.docx"


def text(*args: str) -> str:
    return CliRunner().invoke(cli, ["check", "--isolated", *args]).stdout


def test_thai_output_names_severities_and_places_in_thai():
    thai = text("--lang", "th", str(WORD))
    assert "(ตาราง 1 แถว 3 ช่อง 2): ITA205 [คำเตือน]" in thai
    assert "[ข้อผิดพลาด]" in thai and "[error]" not in thai and "table" not in thai
    english = text("--lang", "en", str(WORD))
    assert "(table 1 row 3 cell 2): ITA205 [warning]" in english
    grouped = text("--lang", "th", "--format", "grouped", str(WORD))
    assert "(ตาราง 1 แถว 3 ช่อง 2)  คำเตือน" in grouped
    # the JSON contract keeps its codes whatever the language
    (first, *_) = json.loads(text("--lang", "th", "--format", "json", str(WORD)))
    assert first["severity"] in ("error", "warning", "info") and first["location"].startswith("table ")


def test_dates_in_messages_are_written_as_each_language_writes_them():
    assert "(1 ต.ค. 2567 ถึง 30 ก.ย. 2568)" in text("--lang", "th", str(LOPBURI))
    assert "(2024-10-01 to 2025-09-30)" in text("--lang", "en", str(LOPBURI))


def test_a_thai_code_page_console_gets_the_whole_report(tmp_path: Path):
    out = tmp_path / "out.txt"
    environment = {**os.environ, "PYTHONIOENCODING": "cp874", "ITA_LINT_LANG": "th"}
    with out.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "ita_lint", "check", "--isolated", str(LOPBURI)],
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=environment,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1, done.stderr
    report = out.read_bytes().decode("cp874")
    assert report.count("\n") == 8 and "ระยะเวลาดำเนินการ" in report  # seven findings and the summary


def test_show_fixes_puts_what_to_write_under_each_finding():
    lines = text("--lang", "th", "--show-fixes", str(LOPBURI)).splitlines()
    findings = [i for i, line in enumerate(lines) if "ITA" in line]
    assert len(findings) == 7  # 4 a reviewer lists, 3 misspelt key words
    for index in findings:
        assert lines[index + 1].startswith("  วิธีแก้: ")
    assert '  วิธีแก้: เขียนจำนวนเงิน เช่น ๕๖,๕๐๐ หรือ "ไม่ใช้งบประมาณ"' in lines
    english = text("--lang", "en", "--show-fixes", str(LOPBURI))
    assert "\n  help: Keep the period within October to September" in english
    assert "help:" not in text("--lang", "en", str(LOPBURI))  # only when asked


def test_a_repeated_measure_in_word_is_placed_by_table_row_and_cell_not_line(tmp_path: Path):
    sys.path.insert(0, str(ROOT / "tests" / "readers"))
    from build_documents import build_docx

    word = build_docx(LOPBURI, tmp_path / "lopburi.docx")
    thai = text("--lang", "th", str(word))
    assert "ซ้ำกับมาตรการเดิมที่ ตาราง 7 แถว 3 ช่อง 1" in thai
    assert "บรรทัด" not in thai


def test_spreadsheet_and_pdf_places_are_said_in_thai():
    from ita_lint.reporters import place

    assert place("sheet 'table 1' row 4 column E", "th") == "แผ่นงาน 'table 1' แถว 4 คอลัมน์ E"
    assert place("page 2 table 1 row 5 cell 4", "th") == "หน้า 2 ตาราง 1 แถว 5 ช่อง 4"


def test_the_thai_file_summary_names_kinds_of_document_in_thai():
    summary = text(
        "--lang", "th", "--summary", "text", str(SEEDS / "lopburi-city-2565-analysis.txt"), str(LOPBURI)
    )
    assert "ตรวจแล้ว  บันทึกวิเคราะห์  เทศบาลเมืองลพบุรี" in summary
    assert "ตรวจแล้ว  รายงานผลการดำเนินการ  องค์การบริหารส่วนจังหวัดลพบุรี" in summary
    assert "  report  " in text("--lang", "en", "--summary", "text", str(LOPBURI))  # codes in English
