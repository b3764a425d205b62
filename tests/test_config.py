"""Configuration files, precedence, selection and per-path overrides, through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ita_lint.cli import cli
from ita_lint.config import Finder, load
from ita_lint.ruleset import ConfigError

from conftest import EXAMPLES, SEEDS

PAO_RULES = ["period-outside-fiscal-year", "budget-unparseable", "duplicate-measure", "outcome-missing"]


def check(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args], catch_exceptions=False)
    output = json.loads(result.output) if result.output.strip().startswith("[") else result.output
    return result.exit_code, output


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A report repository: reports/2568/ holds the Lopburi PAO report, reports/2566/ Long Mun Lek."""
    for year, name in (("2568", "lopburi-pao-2568-report"), ("2566", "longmunlek-sao-2566-report")):
        folder = tmp_path / "reports" / year
        folder.mkdir(parents=True)
        shutil.copy(SEEDS / f"{name}.txt", folder / f"{name}.txt")
    return tmp_path


def reviewed(findings: list[dict]) -> list[dict]:
    """The findings settings are about here: misspelling notes (thai-typo, pinned by
    test_samples) aside."""
    return [f for f in findings if f["rule"] != "thai-typo"]


def rules_found(findings: list[dict]) -> list[str]:
    return [f["rule"] for f in reviewed(findings)]


def test_select_and_ignore_take_codes_prefixes_and_names():
    path = str(SEEDS / "lopburi-pao-2568-report.txt")
    assert rules_found(check("--select", "ITA2", path)[1]) == ["period-outside-fiscal-year"]
    assert rules_found(check("--select", "budget-unparseable,ITA601", path)[1]) == [
        "budget-unparseable",
        "duplicate-measure",
    ]
    assert rules_found(check("--ignore", "ITA4,ITA6", path)[1]) == PAO_RULES[:2]
    assert rules_found(check("--select", "ITA2", "--extend-select", "ITA303", path)[1]) == PAO_RULES[:2]


def test_a_selector_matching_no_rule_is_a_configuration_error():
    code, output = check("--select", "ITA999", str(SEEDS / "lopburi-pao-2568-report.txt"))
    assert code == 2 and "no rule matches 'ITA999'" in output


def test_exit_zero_and_fail_on():
    path = str(SEEDS / "lopburi-pao-2568-report.txt")
    assert check(path)[0] == 1
    assert check("--exit-zero", path)[0] == 0
    assert check("--select", "ITA4,ITA6", path)[0] == 0  # warnings only
    assert check("--select", "ITA4,ITA6", "--fail-on", "warning", path)[0] == 1


def test_pyproject_configuration_and_cli_precedence(project: Path):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "reports"\n\n[tool.ita-lint]\nignore = ["duplicate-measure"]\n'
        'severity = { outcome-missing = "error", ITA207 = "info" }\n',
        encoding="utf-8",
    )
    report = project / "reports" / "2568" / "lopburi-pao-2568-report.txt"
    code, found = check(str(report))
    assert code == 1
    assert [(f["rule"], f["severity"]) for f in reviewed(found)] == [
        ("period-outside-fiscal-year", "info"),
        ("budget-unparseable", "error"),
        ("outcome-missing", "error"),
    ]
    # the command line goes on top of the file: --select replaces, --ignore adds
    _, found = check("--select", "ITA207,ITA601", "--ignore", "ITA303", str(report))
    assert rules_found(found) == ["period-outside-fiscal-year", "duplicate-measure"]
    # --isolated ignores the file altogether
    assert rules_found(check("--isolated", str(report))[1]) == PAO_RULES


def test_the_closest_configuration_wins(project: Path):
    (project / ".ita-lint.yaml").write_text("ignore: [ITA301]\n", encoding="utf-8")
    (project / "reports" / "2566" / ".ita-lint.yaml").write_text("ignore: [ITA501]\n", encoding="utf-8")
    _, found = check(str(project / "reports"))
    by_file = {(Path(f["path"]).name, f["rule"]) for f in found}
    # 2566 has its own file (ITA501 ignored, ITA301 not: closest wins, no inheritance)
    assert ("longmunlek-sao-2566-report.txt", "budget-column-missing") in by_file
    assert ("longmunlek-sao-2566-report.txt", "no-gift-policy-missing") not in by_file
    assert ("lopburi-pao-2568-report.txt", "budget-unparseable") in by_file


def test_per_path_overrides_and_exclude(project: Path):
    (project / ".ita-lint.yaml").write_text(
        "overrides:\n"
        "  - files: ['reports/2566/*']\n"
        "    ignore: [no-gift-policy-missing]\n"
        "    severity: {budget-column-missing: error}\n"
        "exclude: ['reports/2568']\n",
        encoding="utf-8",
    )
    code, found = check(str(project / "reports"))
    assert [(Path(f["path"]).name, f["rule"], f["severity"]) for f in reviewed(found)] == [
        ("longmunlek-sao-2566-report.txt", "budget-column-missing", "error")
    ]
    assert code == 1


def test_unknown_keys_are_errors_that_name_the_key(project: Path):
    config = project / ".ita-lint.yaml"
    config.write_text("select: [ALL]\nignor: [ITA601]\n", encoding="utf-8")
    code, output = check(str(project / "reports"))
    assert code == 2
    assert "unknown key 'ignor'" in output and ".ita-lint.yaml:2:1" in output  # where the key is
    config.write_text("overrides:\n  - files: ['*']\n    severty: {ITA601: info}\n", encoding="utf-8")
    assert "unknown key 'severty' in overrides.0" in check(str(project / "reports"))[1]
    (project / "pyproject.toml").write_text("[tool.ita-lint]\nlanguage = 'th'\n", encoding="utf-8")
    config.unlink()
    code, output = check(str(project / "reports"))
    assert code == 2 and "pyproject.toml:2:1: unknown key 'language' in [tool.ita-lint]" in output


@pytest.mark.parametrize(
    ("toml", "position"),
    [
        ("[project]\nname = 'x'\n\n[tool.ita-lint]\nselect = 'ALL'\n", ":5:1: select"),
        (
            "[tool.ita-lint]\nlang = 'th'\n\n[tool.ita-lint.severity]\n  ITA601 = 'fatal'\n",
            ":5:3: severity.ITA601",
        ),
        ("[tool.ita-lint]\nseverity = { ITA601 = 'fatal' }\n", ":2:1: severity.ITA601"),
        (
            "[tool.ita-lint]\nlang = 'th'\n\n[[tool.ita-lint.overrides]]\nfiles = 3\n",
            ":5:1: overrides.0.files",
        ),
        ('[tool."ita-lint"]\nfiscal-year = "2568"\n', ":2:1: fiscal-year"),
    ],
)
def test_errors_in_pyproject_name_the_line_of_the_key(project: Path, toml: str, position: str):
    (project / "pyproject.toml").write_text(toml, encoding="utf-8")
    code, output = check(str(project / "reports"))
    assert code == 2 and f"pyproject.toml{position}" in output, output


def test_a_pyproject_without_an_ita_lint_table_is_never_parsed(project: Path):
    # not even TOML: no ita-lint table is possible, so it is not read as one
    (project / "pyproject.toml").write_text("[tool.black\nline-length = ", encoding="utf-8")
    assert check(str(project / "reports"))[0] == 1


def test_configured_language_and_fiscal_year(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the language comes from the configuration of the current directory
    (tmp_path / ".ita-lint.yaml").write_text("lang: th\nfiscal-year: 2568\n", encoding="utf-8")
    record = tmp_path / "r.yaml"
    record.write_text(
        "agency: อบต.ตัวอย่าง\ntables:\n  - measures:\n      - name: อบรม\n        period: ก.ย. - ต.ค.\n",
        encoding="utf-8",
    )
    _, found = check("--select", "ITA207,ITA102", str(record))
    assert [f["rule"] for f in found] == ["fiscal-year-missing", "period-outside-fiscal-year"]
    assert "ปีงบประมาณ 2568" in found[1]["message"]


def test_config_command_shows_values_and_origins(project: Path):
    config = project / ".ita-lint.yaml"
    config.write_text("ignore: [ITA601]\nlang: en\n", encoding="utf-8")
    report = project / "reports" / "2568" / "lopburi-pao-2568-report.txt"
    result = CliRunner().invoke(cli, ["config", "--select", "ITA2", str(report)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert f'ignore = ["ITA601"]  # {config}' in lines
    assert 'select = ["ITA2"]  # command line' in lines
    assert 'fail-on = "error"  # default' in lines
    assert lines[-1].startswith(f"# rules for {report}: ITA201=error")


def test_loading_and_finding():
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load(Path("/nonexistent/.ita-lint.yaml"))
    settings = Finder().for_path(EXAMPLES / "clean-example-2568-report.yaml")
    assert settings.select is None and settings.sources == {}


def test_typos_get_a_did_you_mean(tmp_path: Path):
    code, output = check("--select", "budget-mising", str(SEEDS / "lopburi-pao-2568-report.txt"))
    assert code == 2 and "did you mean 'budget-missing'?" in output
    config = tmp_path / ".ita-lint.yaml"
    config.write_text("selct: [ITA2]\n", encoding="utf-8")
    code, output = check("--config", str(config), str(SEEDS / "lopburi-pao-2568-report.txt"))
    assert code == 2 and f"{config}:1:1: unknown key 'selct' in top level; did you mean 'select'?" in output


def test_extend_inherits_a_parent_configuration_and_overrides_it(tmp_path: Path):
    (tmp_path / ".ita-lint.yaml").write_text("ignore: [duplicate-measure]\nlang: th\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".ita-lint.yaml").write_text("extend: ../.ita-lint.yaml\nlang: en\n", encoding="utf-8")
    shutil.copy(SEEDS / "lopburi-pao-2568-report.txt", sub)
    code, findings = check(str(sub / "lopburi-pao-2568-report.txt"))
    assert rules_found(findings) == [r for r in PAO_RULES if r != "duplicate-measure"]
    assert reviewed(findings)[0]["message"].startswith("The period")  # in English: the sub's lang overrides
    (tmp_path / ".ita-lint.yaml").write_text("extend: sub/.ita-lint.yaml\n", encoding="utf-8")
    code, output = check(str(sub / "lopburi-pao-2568-report.txt"))
    assert code == 2 and "goes round in a circle" in output


def test_configuration_files_are_validated_once_until_they_change(project: Path, monkeypatch):
    from ita_lint import config

    path = project / ".ita-lint.yaml"
    path.write_text("ignore: [ITA601]\n", encoding="utf-8")
    assert load(path).ignore == ("ITA601",)
    validated = []
    real = config._validated
    monkeypatch.setattr(config, "_validated", lambda p, s: validated.append(p) or real(p, s))
    assert load(path).ignore == ("ITA601",)
    assert validated == []  # the same bytes: read from the cache of validated files
    path.write_text("ignore: [ITA602]\n", encoding="utf-8")
    assert load(path).ignore == ("ITA602",) and validated == [path]
