from __future__ import annotations

import json

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import Run, render

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
