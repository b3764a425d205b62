"""Rules are data: YAML files validated against a JSON Schema and their kind's options schema."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from ita_lint import yaml_source
from ita_lint.checks import KINDS
from ita_lint.diagnostics import Severity

LANGUAGES = ("th", "en")


class ConfigError(Exception):
    """A rule or configuration file that cannot be used; the CLI exits with code 2."""


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    scope: str
    severity: Severity
    message: dict[str, str]
    description: dict[str, str]
    rationale: dict[str, str]
    examples: dict[str, list[str]]
    options: dict[str, Any] = field(default_factory=dict)
    when: dict[str, Any] = field(default_factory=dict)
    severity_when: list[dict[str, Any]] = field(default_factory=list)
    fix: dict[str, str] = field(default_factory=dict)
    source: str = ""

    @property
    def check(self) -> Any:
        return KINDS[self.kind]


def builtin_rules_dir() -> Path:
    """The rule set shipped with ita-lint: inside a wheel, or at the root of a source checkout."""
    packaged = Path(__file__).parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


@cache
def _rule_validator() -> jsonschema.protocols.Validator:
    schema = json.loads((Path(__file__).parent / "schemas" / "rule.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _fail(path: Path, located: yaml_source.Located, at: tuple[str | int, ...], message: str) -> ConfigError:
    position = located.key_position(at) if at else located.position(at)
    return ConfigError(f"{path}:{position.line}:{position.column}: {message}")


def _validate(path: Path, located: yaml_source.Located) -> None:
    data = located.data
    for error in sorted(_rule_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        raise _fail(path, located, tuple(error.absolute_path), f"invalid rule: {error.message}")
    module = KINDS.get(data["kind"])
    if module is None:
        known = ", ".join(sorted(KINDS))
        raise _fail(path, located, ("kind",), f"unknown check kind {data['kind']!r} (known: {known})")
    if data["scope"] not in module.SCOPES:
        raise _fail(
            path, located, ("scope",), f"kind {data['kind']!r} cannot look at scope {data['scope']!r}"
        )
    options_validator = jsonschema.Draft202012Validator(module.OPTIONS)
    for error in options_validator.iter_errors(data.get("options", {})):
        at = ("options", *error.absolute_path)
        raise _fail(path, located, at, f"invalid options for kind {data['kind']!r}: {error.message}")


def load_rule_file(path: Path) -> Rule:
    try:
        located = yaml_source.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read rule file: {error}") from error
    except yaml_source.YamlSourceError as error:
        raise ConfigError(f"{path}:{error.position.line}:{error.position.column}: {error}") from error
    if not isinstance(located.data, dict):
        raise ConfigError(f"{path}:1:1: a rule file must be a mapping")
    _validate(path, located)
    data = dict(located.data)
    data["severity"] = Severity(data["severity"])
    return Rule(**data, source=str(path))


def load_rules(directories: list[Path] | None = None) -> list[Rule]:
    """Load every `*.yaml` rule in the given directories (default: the built-in rule set)."""
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for directory in directories or [builtin_rules_dir()]:
        if not directory.is_dir():
            raise ConfigError(f"{directory}: rule directory not found")
        for path in sorted(directory.glob("*.yaml")):
            rule = load_rule_file(path)
            for key in (rule.code, rule.name):
                if key in seen:
                    raise ConfigError(f"{path}: {key} is already defined in {seen[key].source}")
                seen[key] = rule
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)
