"""SARIF 2.1.0: valid against the official schema, rules indexed, levels, regions and Thai text."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
import referencing
import referencing.exceptions

import ita_lint
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.linter import Linter
from ita_lint.reporters import Run, render
from ita_lint.ruleset import Rule

from conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text("utf-8"))
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _offline(uri: str) -> referencing.Resource:
    raise referencing.exceptions.NoSuchResource(uri)  # every $ref must resolve inside the schema


def validate(log: dict) -> None:
    """Validate with the dialect the schema declares (draft-04), never fetching anything."""
    validator = jsonschema.validators.validator_for(SCHEMA)
    validator.check_schema(SCHEMA)
    validator(SCHEMA, registry=referencing.Registry(retrieve=_offline)).validate(log)


def sarif(run: Run) -> dict:
    return json.loads(render("sarif", run))


@pytest.fixture(scope="module")
def real(rules: list[Rule]) -> Run:
    paths = [SEEDS / "lopburi-pao-2568-report.txt", SEEDS / "samutprakan-pao-2564-report.txt"]
    linter = Linter(rules, "th")
    shown = [str(path.relative_to(ROOT)) for path in paths]
    found = [d for path, name in zip(paths, shown, strict=True) for d in linter.lint_path(path, name)]
    return Run(sorted(found), shown, rules, "th")


def test_real_findings_are_valid_sarif(real: Run):
    log = sarif(real)
    validate(log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("ita-lint", ita_lint.__version__)
    assert driver["informationUri"] == "https://pypi.org/project/ita-lint/"
    assert run["columnKind"] == "unicodeCodePoints"
    assert [a["location"]["uri"] for a in run["artifacts"]] == real.files


def test_rule_descriptors_in_the_run_language(real: Run):
    rules = sarif(real)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in real.rules]
    by_code = {r.code: r for r in real.rules}
    for descriptor in rules:
        rule = by_code[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.description["th"]
        assert descriptor["fullDescription"]["text"] == rule.rationale["th"]
        assert descriptor["help"]["text"] == rule.fix["th"]
        assert rule.fix["th"] in descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"]["level"] == LEVELS[rule.severity]
        assert descriptor["properties"]["tags"] == [rule.kind]


def test_results_point_at_their_rule_file_and_line(real: Run):
    run = sarif(real)["runs"][0]
    rules, results = run["tool"]["driver"]["rules"], run["results"]
    assert len(results) == len(real.diagnostics) == 14
    for d, result in zip(real.diagnostics, results, strict=True):
        assert result["ruleId"] == d.code
        assert rules[result["ruleIndex"]]["id"] == d.code
        assert result["level"] == LEVELS[d.severity]
        assert result["message"]["text"] == d.message
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["region"] == {"startLine": d.line, "startColumn": d.column}
        assert physical["artifactLocation"]["uri"] == d.path
        assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] == d.path
        assert result.get("properties", {}).get("measure") == d.measure
    first = results[1]  # results[0]: a misspelling (thai-typo, a note)
    assert results[0]["level"] == "note"
    assert first["message"]["text"].startswith('ระยะเวลาดำเนินการ "ก.ย.๖๗ - ต.ค.๖๘"')
    assert first["properties"]["measure"] == "๒. กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี"
    assert "ระยะเวลาดำเนินการ" in render("sarif", real)  # Thai stays readable, not \\u escapes


def test_hand_made_findings(rules: list[Rule]):
    absolute = "/srv/รายงาน/ลพบุรี 2568.docx"
    found = [
        Diagnostic("plans/ปี 2568.txt", 1, 1, 1, "ITA101", "agency-missing", Severity.INFO, "ไม่ระบุ"),
        Diagnostic(
            absolute, 9, 4, 2, "ITA501", "no-gift-policy-missing", Severity.ERROR, "x", None, "table 1"
        ),
        Diagnostic("c.txt", 0, 0, 0, "XYZ999", "not-a-loaded-rule", Severity.WARNING, "y", "ก"),
    ]
    log = sarif(Run(found, ["plans/ปี 2568.txt", absolute], rules, "en"))
    validate(log)
    run = log["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == [
        "plans/%E0%B8%9B%E0%B8%B5%202568.txt",
        "file:///srv/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/"
        "%E0%B8%A5%E0%B8%9E%E0%B8%9A%E0%B8%B8%E0%B8%A3%E0%B8%B5%202568.docx",
    ]
    assert all(uri.isascii() for uri in uris)
    assert unquote(uris[0]) == "plans/ปี 2568.txt"
    assert Path(unquote(uris[1].removeprefix("file://"))) == Path(absolute)
    info, error, unknown = run["results"]
    assert info["level"] == "note"
    assert "properties" not in info
    assert error["properties"] == {"location": "table 1"}
    assert error["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": uris[1], "index": 1}
    assert "ruleIndex" not in unknown  # a finding from a rule the run does not describe
    assert unknown["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    assert "index" not in unknown["locations"][0]["physicalLocation"]["artifactLocation"]


def test_no_findings_is_still_a_valid_log():
    log = sarif(Run([], ["a.txt"], [], "en"))
    validate(log)
    assert log["runs"][0]["results"] == []


def test_fingerprints_follow_the_measure_not_the_line(rules: list[Rule]):
    def fingerprints(line: int) -> list[str]:
        found = [
            Diagnostic("r.txt", line, line, 2, "ITA601", "duplicate-measure", Severity.WARNING, "m", "ก")
        ]
        (result,) = sarif(Run(found, ["r.txt"], rules, "en"))["runs"][0]["results"]
        return result["partialFingerprints"]["itaLintMeasure/v1"]

    assert fingerprints(60) == fingerprints(75)
    other = [Diagnostic("r.txt", 60, 60, 2, "ITA601", "duplicate-measure", Severity.WARNING, "m", "ข")]
    assert sarif(Run(other, ["r.txt"], rules, "en"))["runs"][0]["results"][0]["partialFingerprints"] != {
        "itaLintMeasure/v1": fingerprints(60)
    }


def test_two_findings_of_one_rule_and_measure_get_two_fingerprints(rules: list[Rule]):
    twice = [
        Diagnostic("r.txt", line, line, 2, "ITA303", "budget-unparseable", Severity.ERROR, "m", "ก")
        for line in (10, 20)
    ]
    results = sarif(Run(twice, ["r.txt"], rules, "en"))["runs"][0]["results"]
    assert len({r["partialFingerprints"]["itaLintMeasure/v1"] for r in results}) == 2


def test_paths_from_a_subdirectory_are_relative_to_the_repository_root(tmp_path: Path, monkeypatch):
    from click.testing import CliRunner

    from ita_lint.cli import cli

    (tmp_path / ".git").mkdir()
    (tmp_path / "reports").mkdir()
    (tmp_path / "tools").mkdir()
    report = (ROOT / "examples" / "bankluai-sao-2568-report.yaml").read_text("utf-8")
    (tmp_path / "reports" / "ร.yaml").write_text(report, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "tools")
    log = json.loads(CliRunner().invoke(cli, ["check", "--format", "sarif", "../reports"]).stdout)
    validate(log)
    (run,) = log["runs"]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.resolve().as_uri() + "/"}}
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert (unquote(location["uri"]), location["uriBaseId"]) == ("reports/ร.yaml", "%SRCROOT%")


def test_word_and_excel_findings_say_where_in_the_message(rules: list[Rule]):
    found = [
        Diagnostic(
            "r.docx",
            5,
            3,
            2,
            "ITA303",
            "budget-unparseable",
            Severity.ERROR,
            "m",
            "ก",
            "table 2 row 3 cell 2",
        )
    ]
    (result,) = sarif(Run(found, ["r.docx"], rules, "en"))["runs"][0]["results"]
    assert result["message"]["text"] == "m (table 2 row 3 cell 2)"
