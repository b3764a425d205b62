"""Every input the fuzz campaigns (fuzz/README.md) turned up stays fixed, without atheris: a
document is a finding, never a fallback to the linter's safety net; a rule or configuration file
is a ConfigError or loads."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from ita_lint import config
from ita_lint.errors import ConfigError
from ita_lint.ruleset import builtin_rules_dir, load_rule_file, load_rules

from conftest import ROOT

CRASHES = ROOT / "fuzz" / "crashes"
# fuzz target -> the suffix its inputs are read with
DOCUMENTS = {
    "record_yaml": ".yaml",
    "record_json": ".json",
    "text": ".txt",
    "csv": ".csv",
    "xlsx": ".xlsx",
    "docx": ".docx",
    "html": ".html",
    "pdf": ".pdf",
}


def reproducers(*targets: str) -> list[Path]:
    return sorted(path for target in targets for path in (CRASHES / target).glob("*") if path.is_file())


@pytest.mark.parametrize("reproducer", reproducers(*DOCUMENTS), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_fuzzed_document_is_a_finding(linter, tmp_path: Path, reproducer: Path):
    path = tmp_path / f"input{DOCUMENTS[reproducer.parent.name]}"
    shutil.copyfile(reproducer, path)
    for finding in linter.lint_path(path):
        assert "cannot parse:" not in finding.message and "internal error" not in finding.message, finding


@pytest.mark.parametrize("reproducer", reproducers("rules"), ids=lambda p: p.name)
def test_a_fuzzed_rule_file_is_a_rule_file_error_or_a_rule(tmp_path: Path, reproducer: Path):
    path = tmp_path / "rule.yaml"
    shutil.copyfile(reproducer, path)
    with contextlib.suppress(ConfigError):
        load_rule_file(path)
    with contextlib.suppress(ConfigError):
        load_rules([builtin_rules_dir(), tmp_path])


@pytest.mark.parametrize("reproducer", reproducers("config_yaml", "config_toml"), ids=lambda p: p.name)
def test_a_fuzzed_configuration_is_a_configuration_error_or_settings(tmp_path: Path, reproducer: Path):
    name = "pyproject.toml" if reproducer.parent.name == "config_toml" else ".ita-lint.yaml"
    shutil.copyfile(reproducer, tmp_path / name)
    with contextlib.suppress(ConfigError):
        config.load(tmp_path / name)
