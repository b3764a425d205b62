"""Rules are data: YAML files validated against a JSON Schema and their kind's options schema."""

from __future__ import annotations

import json
import string
from functools import cache, partial
from pathlib import Path
from typing import Any, NamedTuple

from ita_lint import __version__, yaml_source
from ita_lint.checks import KINDS, CheckKind
from ita_lint.diagnostics import Severity
from ita_lint.errors import ConfigError
from ita_lint.validated import ValidatedFiles


class Rule(NamedTuple):
    code: str
    name: str
    kind: str
    scope: str
    severity: Severity
    message: dict[str, str]
    description: dict[str, str]
    rationale: dict[str, str]
    # valid/invalid: each a YAML record, or {record|document, expect} (see rule_tests)
    examples: dict[str, list[Any]]
    options: dict[str, Any]
    when: dict[str, Any]
    severity_when: list[dict[str, Any]]
    fix: dict[str, str]
    default: bool  # False: off until selected (notes a reviewer asks for, too many for everyone)
    # the finding rests on digits (dates, amounts, numbers): on text read by OCR, which misreads
    # Thai digits with full confidence, it is a note to check by eye, never an error
    digits: bool = False
    source: str = ""

    @property
    def check(self) -> CheckKind:
        return KINDS[self.kind]


def by_default(rules: list[Rule]) -> list[Rule]:
    """The rules a run uses when nothing is selected: all but those off by default."""
    return [rule for rule in rules if rule.default]


def example_text(example: str | dict[str, Any]) -> str:
    """An example as the documentation shows it: the record, or the document it names."""
    if isinstance(example, str):
        return example
    return example.get("record") or f"# document: {example['document']}\n"


def builtin_rules_dir() -> Path:
    """The rule set shipped with ita-lint: inside a wheel, or at the root of a source checkout."""
    packaged = Path(__file__).parent / "builtin_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


SCHEMA_PATH = Path(__file__).parent / "schemas" / "rule.schema.json"


@cache
def _rule_validator() -> Any:
    import jsonschema  # only when a rule file is not in the cache of validated rules

    from ita_lint.patterns import is_valid

    # `format: regex` checked by RE2, the engine that runs the patterns (ita_lint/patterns.py)
    formats = jsonschema.FormatChecker(formats=())
    formats.checks("regex")(is_valid)
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")), format_checker=formats)


def _fail(path: Path, located: yaml_source.Located, at: tuple[str | int, ...], message: str) -> ConfigError:
    position = located.key_position(at) if at else located.position(at)
    return ConfigError(f"{path}:{position.line}:{position.column}: {message}")


def _validate(path: Path, located: yaml_source.Located) -> None:
    data = located.data
    for error in sorted(_rule_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        raise _fail(path, located, tuple(error.absolute_path), f"invalid rule: {error.message}")
    _desugar(data)
    if "extends" not in data:
        _validate_kind(path, data, located)


def _desugar(data: dict[str, Any]) -> None:
    """`given: measure.result` + `then: [...]` is the `then` kind at scope measure, field result."""
    if "given" not in data:
        return
    scope, _, field = data.pop("given").partition(".")
    options: dict[str, Any] = {"then": data.pop("then")}
    if field:
        options["field"] = field
    data.update(kind="then", scope=scope, options=options, given_form=True)


def _source_path(data: dict[str, Any], at: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Where in the rule file an error in desugared options is: under `then:` or at `given:`."""
    if not data.get("given_form") or at[:1] != ("options",):
        return at
    if at[1:2] == ("then",):
        return at[1:]
    return ("given",) if at[1:2] == ("field",) else at


def _validate_kind(path: Path, data: dict[str, Any], located: yaml_source.Located | None = None) -> None:
    """The kind exists, can look at the scope, and accepts the options."""

    def fail(at: tuple[str | int, ...], message: str) -> ConfigError:
        source = located or yaml_source.load(path.read_text("utf-8"))
        return _fail(path, source, _source_path(data, at), message)

    module = KINDS.get(data["kind"])
    if module is None:
        known = ", ".join(sorted(KINDS))
        raise fail(("kind",), f"unknown check kind {data['kind']!r} (known: {known})")
    if data["scope"] not in module.SCOPES:
        raise fail(("scope",), f"kind {data['kind']!r} cannot look at scope {data['scope']!r}")
    options_validator = type(_rule_validator())(
        module.OPTIONS, format_checker=_rule_validator().format_checker
    )
    for error in options_validator.iter_errors(data.get("options", {})):
        at = ("options", *error.absolute_path)
        raise fail(at, f"invalid options for kind {data['kind']!r}: {error.message}")
    given = {"measure", *module.ARGS}
    for language, template in data["message"].items():
        try:
            names = _placeholders(template)
        except ValueError as error:
            raise fail(("message", language), f"invalid message template: {error}") from error
        unknown = sorted(name for name in names if name not in given)
        if unknown:
            offered = ", ".join(f"{{{name}}}" for name in sorted(given))
            raise fail(
                ("message", language),
                f"the message uses {', '.join(f'{{{n}}}' for n in unknown)}, which kind "
                f"{data['kind']!r} does not give (it gives {offered})",
            )


def _placeholders(template: str) -> list[str]:
    """The names a message template formats in (`{measure}`, `{value}`).

    Only plain names: `{measure.__class__}` or `{value[0]}` would let a rule file reach into
    Python objects, and a conversion or format spec (`{value!r:>{x}}`) has no use in a message.
    """
    names = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise ValueError(f"{shown}: placeholders are plain names such as {{measure}}")
        names.append(name)
    return names


# Keys whose mappings an extending rule changes entry by entry; every other key it replaces.
_MERGED_KEYS = ("options", "message", "description", "rationale", "fix", "when")


def _extend(path: Path, data: dict[str, Any], loaded: list[Rule]) -> dict[str, Any]:
    """A rule file that `extends` a rule loaded before it: the base with its changes on top."""
    base = next((r for r in loaded if data["extends"] in (r.code, r.name)), None)
    if base is None:
        raise ConfigError(f"{path}: extends {data['extends']!r}, which is not a rule loaded before it")
    merged = {k: v for k, v in base._asdict().items() if k != "source"}
    merged["severity"] = str(base.severity)
    if "given" in data or "then" in data:  # a new selection or new functions: the then-kind's options
        data = dict(data)
        given = data.pop("given", None)
        options = {**merged["options"], **data.pop("options", {})}
        if "then" in data:
            options["then"] = data.pop("then")
        if given is not None:
            scope, _, field = given.partition(".")
            merged["scope"] = scope
            options.pop("field", None)
            options.update({"field": field} if field else {})
        data["options"] = options
    for key, value in data.items():
        if key == "extends":
            continue
        merged[key] = {**merged.get(key, {}), **value} if key in _MERGED_KEYS else value
    _validate_kind(path, merged)
    return merged


def _parse_rule_file(path: Path, source: bytes) -> dict[str, Any]:
    try:
        located = yaml_source.load(source.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: cannot read rule file: {error}") from error
    except yaml_source.YamlSourceError as error:
        raise ConfigError(f"{path}:{error.position.line}:{error.position.column}: {error}") from error
    if not isinstance(located.data, dict):
        raise ConfigError(f"{path}:1:1: a rule file must be a mapping")
    _validate(path, located)
    return located.data


def _validity_key() -> str:
    """Everything that decides whether a rule file is valid: the rule schema, every kind's
    options schema and placeholders, and the tool's version. A change to any of them re-validates."""
    kinds = {name: [kind.OPTIONS, list(kind.SCOPES), list(kind.ARGS)] for name, kind in sorted(KINDS.items())}
    return json.dumps([__version__, kinds], sort_keys=True) + SCHEMA_PATH.read_text("utf-8")


def _rule(data: dict[str, Any], path: Path) -> Rule:
    fields = {key: value for key, value in data.items() if key != "given_form"}
    # what a rule file may leave out: new containers for each rule, never one shared default
    optional = {"options": {}, "when": {}, "severity_when": [], "fix": {}, "default": True}
    return Rule(**{**optional, **fields, "severity": Severity(data["severity"])}, source=str(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read rule file: {error.strerror or error}") from error


def load_rule_file(path: Path) -> Rule:
    """One rule file on its own (a rule that `extends` another needs it: use `load_rules`)."""
    data = _parse_rule_file(path, _read_bytes(path))
    if "extends" in data:
        raise ConfigError(f"{path}: extends {data['extends']!r}: load it with the rules it extends")
    return _rule(data, path)


def load_rules(directories: list[Path] | None = None) -> list[Rule]:
    """Load every `*.yaml` rule in the given directories (default: the built-in rule set)."""
    cache = ValidatedFiles("rules", _validity_key())
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for directory in directories or [builtin_rules_dir()]:
        if not directory.is_dir():
            raise ConfigError(f"{directory}: rule directory not found")
        for path in sorted(directory.glob("*.yaml")):
            data = cache.get(path, _read_bytes(path), partial(_parse_rule_file, path))
            extends = "extends" in data
            rule = _rule(_extend(path, data, rules) if extends else data, path)
            replaced = next((r for r in rules if (r.code, r.name) == (rule.code, rule.name)), None)
            if replaced is not None and extends:
                rules.remove(replaced)  # an extending rule with the same code and name replaces its base
                del seen[rule.code], seen[rule.name]
            for key in (rule.code, rule.name):
                if key in seen:
                    raise ConfigError(f"{path}: {key} is already defined in {seen[key].source}")
                seen[key] = rule
            rules.append(rule)
    cache.save()
    return sorted(rules, key=lambda r: r.code)
