from __future__ import annotations

from pathlib import Path

import pytest

from ita_lint.linter import Linter
from ita_lint.ruleset import Rule, by_default, load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def every_rule() -> list[Rule]:
    return load_rules()


@pytest.fixture(scope="session")
def rules(every_rule: list[Rule]) -> list[Rule]:
    """The rules a run uses unless told otherwise: those not off by default."""
    return by_default(every_rule)


@pytest.fixture(scope="session")
def linter(rules: list[Rule]) -> Linter:
    return Linter(rules, lang="en")


@pytest.fixture(autouse=True)
def _private_rule_cache(tmp_path_factory, monkeypatch):
    """Each test session validates rule files itself instead of trusting a cache from elsewhere."""
    monkeypatch.setenv("ITA_LINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
