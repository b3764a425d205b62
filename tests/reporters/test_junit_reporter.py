"""JUnit XML: a suite per file, a failing case per rule that fired, a passing case for clean files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.linter import Linter
from ita_lint.reporters import Run, render
from ita_lint.ruleset import Rule

from conftest import EXAMPLES, ROOT, SEEDS


def test_real_reports_and_a_clean_one(rules: list[Rule]):
    paths = [
        SEEDS / "lopburi-pao-2568-report.txt",
        EXAMPLES / "clean-example-2568-report.yaml",
        SEEDS / "samutprakan-pao-2564-report.txt",
    ]
    linter = Linter(rules, "th")
    shown = [str(path.relative_to(ROOT)) for path in paths]
    found = [d for path, name in zip(paths, shown, strict=True) for d in linter.lint_path(path, name)]
    out = render("junit", Run(sorted(found), shown, rules, "th"))
    assert out.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<testsuites")

    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.get("name") == "ita-lint"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == shown
    # Lopburi: 5 rules fired (with thai-typo); clean: 1 passing case; Samut Prakan: ITA204 (x2),
    # ITA301, ITA401 (x3), ITA501
    assert [(s.get("tests"), s.get("failures")) for s in suites] == [("5", "5"), ("1", "0"), ("4", "4")]
    assert (root.get("tests"), root.get("failures")) == ("10", "9")

    (clean,) = suites[1].findall("testcase")
    assert (clean.get("classname"), clean.get("name")) == (shown[1], "ita-lint")
    assert clean.find("failure") is None

    cases = {case.get("name"): case for case in suites[2].findall("testcase")}
    assert set(cases) == {
        "period-column-missing",
        "budget-column-missing",
        "status-without-result",
        "no-gift-policy-missing",
    }
    assert all(case.get("classname") == shown[2] for case in cases.values())
    failure = cases["status-without-result"].find("failure")
    assert failure.get("type") == "warning"
    assert failure.get("message") == "ITA401 status-without-result: 3 finding(s)"
    lines = failure.text.splitlines()
    assert [line.split(" ")[:2] for line in lines] == [
        ["38:155", "ITA401"],  # the empty result cell of each row
        ["49:162", "ITA401"],
        ["51:174", "ITA401"],
    ]
    assert lines[0].endswith(
        "(- จัดทำคู่มือและระเบียบการใช้ทรัพย์สินของราชการ สร้างระบบการกำกับดูแลและติดตามตรวจสอบการยืม-คืน "
        "และการลงโทษอย่างเคร่งครัด)"
    )
    assert cases["no-gift-policy-missing"].find("failure").get("type") == "error"
    assert cases["period-column-missing"].find("failure").text == "\n".join(
        [
            "16:1 ITA204 ตารางมาตรการไม่มีคอลัมน์ระยะเวลาดำเนินการ",
            "29:1 ITA204 ตารางมาตรการไม่มีคอลัมน์ระยะเวลาดำเนินการ",
        ]
    )


def test_worst_severity_names_the_failure_and_xml_stays_well_formed():
    found = [
        Diagnostic("a.txt", 1, 1, 1, "ITA401", "status-without-result", Severity.WARNING, "page\x0cbreak"),
        Diagnostic("a.txt", 2, 2, 1, "ITA401", "status-without-result", Severity.ERROR, 'a <b> & "c"', "ม"),
        Diagnostic("b.txt", 1, 1, 1, "ITA102", "fiscal-year-missing", Severity.INFO, "no year"),
    ]
    root = ET.fromstring(render("junit", Run(found, ["a.txt"], [], "en")))
    a, b = root.findall("testsuite")  # a path with findings but not in run.files still gets a suite
    failure = a.find("testcase/failure")
    assert failure.get("type") == "error"
    assert failure.text == '1:1 ITA401 page\ufffdbreak\n2:1 ITA401 a <b> & "c" (ม)'
    assert b.find("testcase/failure").get("type") == "info"
