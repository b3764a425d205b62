"""The README's examples are real: its set-up commands, configuration and JSON contract."""

from __future__ import annotations

import re
from pathlib import Path

from ita_lint.config import load

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_the_two_set_up_commands():
    first = blocks("sh")[0].strip().splitlines()
    assert len(first) == 2
    assert first[0].endswith("ita-lint check examples/") and first[1].endswith(".venv/bin/pytest")
    assert "pip wheel -q -w .wheelhouse . hatchling" in first[1]
    assert "pip wheel --quiet -w .wheelhouse . hatchling" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_the_configuration_example_is_valid(tmp_path: Path):
    (toml,) = blocks("toml")
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    settings = load(tmp_path / "pyproject.toml")
    assert settings.ignore == ("duplicate-measure",) and settings.fiscal_year == 2568
    assert settings.overrides[0].matches("reports/2566/a.txt")


def test_the_json_contract_lists_every_key():
    from ita_lint.diagnostics import Diagnostic, Severity

    keys = Diagnostic("a", 1, 1, 1, "ITA001", "parse-error", Severity.ERROR, "m").to_dict()
    table = README[README.index("## JSON output") :]
    for key in keys:
        assert f"| `{key}` |" in table, key
