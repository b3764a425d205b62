"""Configuration: `[tool.ita-lint]` in pyproject.toml or `.ita-lint.yaml`, closest to each file wins.

Settings come from three places, in rising precedence: defaults, the configuration file found by
walking up from the checked file (or `--config`), and command-line options. Each setting
remembers where it came from, for `ita-lint config`.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Callable, Mapping
from functools import cache, partial
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any, NamedTuple

from ita_lint import yaml_source
from ita_lint.diagnostics import Severity
from ita_lint.errors import ConfigError, did_you_mean
from ita_lint.limits import DEFAULT as DEFAULT_LIMITS
from ita_lint.limits import Limits
from ita_lint.lines import split_lines
from ita_lint.records import Position
from ita_lint.ruleset import Rule, by_default
from ita_lint.validated import ValidatedFiles

YAML_NAMES = (".ita-lint.yaml", ".ita-lint.yml")
KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "overrides",
    "exclude",
    "rules",
    "lang",
    "fiscal-year",
    "fail-on",
    "baseline",
    "header-words",
    "limits",
)
DEFAULT_SOURCE = "default"
CLI_SOURCE = "command line"


SCHEMA_PATH = Path(__file__).parent / "schemas" / "config.schema.json"


@cache
def _schema_validator() -> Any:
    import jsonschema  # only when a configuration file is not in the cache of validated files

    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")))


def validated_files() -> ValidatedFiles:
    """The cache of configuration files already validated (see ita_lint/validated.py)."""
    return ValidatedFiles("config", SCHEMA_PATH.read_text("utf-8"))


# the default of every mapping setting: one empty mapping, shared, so one that cannot change
_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Override(NamedTuple):
    """Settings for the files matching some globs (relative to the configuration's directory)."""

    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = _EMPTY

    def matches(self, relative: str) -> bool:
        return any(fnmatch.fnmatch(relative, pattern) for pattern in self.files)


class Settings(NamedTuple):
    root: Path  # paths in the settings are relative to this directory
    select: tuple[str, ...] | None = None  # None: every rule
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = _EMPTY
    overrides: tuple[Override, ...] = ()
    exclude: tuple[str, ...] = ()
    rules: tuple[Path, ...] = ()
    lang: str | None = None
    fiscal_year: int | None = None
    fail_on: str = "error"
    baseline: Path | None = None
    # more words that name each column of a measures table: field -> words
    header_words: Mapping[str, tuple[str, ...]] = _EMPTY
    limits: Limits = DEFAULT_LIMITS
    command_line: Override | None = None  # the command line's selection, applied last
    sources: Mapping[str, str] = _EMPTY  # setting -> where it came from

    def relative(self, path: Path) -> str:
        try:
            return PurePosixPath(path.resolve().relative_to(self.root)).as_posix()
        except ValueError:
            return path.resolve().as_posix()

    def excludes(self, path: Path) -> bool:
        relative = self.relative(path)
        parts = relative.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(fnmatch.fnmatch(p, pattern) for p in prefixes for pattern in self.exclude)

    def with_command_line(self, **options: Any) -> Settings:
        """These settings with the command line's options on top (None: not given).

        Selection options form a last layer, as in ruff: `--select` chooses anew, whatever the
        file ignored; the file's overrides apply before it.
        """
        given = {key: value for key, value in options.items() if value not in (None, ())}
        sources = {**self.sources, **{key.replace("_", "-"): CLI_SOURCE for key in given}}
        layer = Override(
            files=(),
            select=given.pop("select", None),
            extend_select=given.pop("extend_select", ()),
            ignore=given.pop("ignore", ()),
        )
        if "rules" in given:
            given["rules"] = (*self.rules, *given["rules"])
        return self._replace(**given, command_line=layer, sources=sources)

    def rules_for(self, path: Path, rules: list[Rule]) -> list[Rule]:
        """The rules that run on one file, with their severities: file, matching overrides, command line."""
        relative = self.relative(path)
        layers = [Override((), self.select, self.extend_select, self.ignore, self.severity)]
        layers += [o for o in self.overrides if o.matches(relative)]
        if self.command_line is not None:
            layers.append(self.command_line)
        chosen = {rule.code: rule for rule in rules}
        selected = {rule.code for rule in by_default(rules)}
        for layer in layers:
            if layer.select is not None:
                selected = _matching(layer.select, rules)
            selected |= _matching(layer.extend_select, rules)
            selected -= _matching(layer.ignore, rules)
            for selector, severity in layer.severity.items():
                for code in _matching((selector,), rules):
                    chosen[code] = chosen[code]._replace(severity=Severity(severity), severity_when=[])
        return [chosen[code] for code in sorted(selected)]

    def effective(self, key: str) -> Any:
        """A setting's value as `ita-lint config` shows it: the command line's, else the file's."""
        attribute = key.replace("-", "_")
        layer = self.command_line
        if layer is not None and attribute in ("select", "extend_select", "ignore"):
            given = getattr(layer, attribute)
            if given:
                return given
        return getattr(self, attribute)

    def check_selectors(self, rules: list[Rule]) -> None:
        """Selectors that match no rule are configuration errors, blamed on where they were given."""
        own = self.sources.get("select") or self.sources.get("ignore") or DEFAULT_SOURCE
        given: list[tuple[str, str]] = [
            *((self.sources.get(key, own), s) for key, group in self._own_selectors() for s in group),
            *((own, s) for o in self.overrides for s in _selectors_of(o)),
            *((CLI_SOURCE, s) for s in (_selectors_of(self.command_line) if self.command_line else ())),
        ]
        for origin, selector in given:
            if not _matching((selector,), rules):
                hint = did_you_mean(selector, [name for rule in rules for name in (rule.name, rule.code)])
                raise ConfigError(
                    f"{origin}: no rule matches {selector!r} (a code, a code prefix or a rule name){hint}"
                )

    def _own_selectors(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            ("select", self.select or ()),
            ("extend-select", self.extend_select),
            ("ignore", self.ignore),
            ("severity", tuple(self.severity)),
        ]


def _selectors_of(layer: Override) -> tuple[str, ...]:
    return (*(layer.select or ()), *layer.extend_select, *layer.ignore, *layer.severity)


def _matching(selectors: tuple[str, ...] | list[str], rules: list[Rule]) -> set[str]:
    """Codes of the rules a selector names: ALL, a code, a code prefix (ITA2) or a rule name. A rule
    that is off by default is named only by its code or name, as ruff's preview rules."""
    found: set[str] = set()
    for selector in selectors:
        for rule in rules:
            if selector in (rule.code, rule.name) or (
                rule.default
                and (selector == "ALL" or (selector.isupper() and rule.code.startswith(selector)))
            ):
                found.add(rule.code)
    return found


# `[tool.ita-lint]`, `[tool."ita-lint".severity]`, `[[tool.ita-lint.overrides]]`
_TOML_TABLE = re.compile(r'\s*\[\[?\s*tool\s*\.\s*"?ita-lint"?\s*((?:\.\s*"?[\w-]+"?\s*)*)\]\]?')
_TOML_KEY = re.compile(r'\s*"?([\w-]+)"?\s*=')


def _toml_position(text: str, at: tuple[str | int, ...]) -> Position:
    """Where the key at `at` of `[tool.ita-lint]` is written.

    tomllib keeps no positions, so the key is looked for in the lines of the table: `key =`
    under `[tool.ita-lint]`, or under the sub-table its path names. (Array entries are not
    counted: an error in any `[[tool.ita-lint.overrides]]` points at the first that has the key.)
    """
    keys = [key for key in at if isinstance(key, str)]
    found = Position()
    section: list[str] | None = None
    for number, line in enumerate(split_lines(text), 1):
        table = _TOML_TABLE.match(line)
        if table is not None:
            section = [part.strip().strip('"') for part in table.group(1).split(".")[1:]]
            if found == Position() and keys[: len(section)] == section:
                found = Position(line=number, column=1)
            continue
        if line.lstrip().startswith("["):
            section = None
        key = _TOML_KEY.match(line)
        if section is None or key is None or keys[: len(section)] != section:
            continue
        rest = keys[len(section) :]
        if rest and key.group(1) == rest[0]:
            return Position(line=number, column=key.start(1) + 1)
    return found


def _validated(path: Path, source: bytes) -> dict[str, Any] | None:
    """The ita-lint table of a configuration file, validated (None: a pyproject.toml without one)."""
    try:
        text = source.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from error
    locate: Callable[[tuple[str | int, ...]], Position]
    if path.name == "pyproject.toml":
        if "ita-lint" not in text:
            return None  # most pyproject.toml files: no need to parse them
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("ita-lint")
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: invalid TOML: {error}") from error
        if data is None:
            return None

        def locate(at: tuple[str | int, ...]) -> Position:
            return _toml_position(text, at)
    else:
        try:
            located = yaml_source.load(text)
        except yaml_source.YamlSourceError as error:
            raise ConfigError(f"{path}:{error.position.line}:{error.position.column}: {error}") from error
        data = located.data if located.data is not None else {}
        locate = located.key_position
    for problem in _schema_validator().iter_errors(data):
        at = tuple(problem.absolute_path)
        if problem.validator == "additionalProperties":
            known = problem.schema.get("properties", {})
            # keys as YAML read them: `1:` or `on:` is a number or a boolean, not text
            unknown = sorted(set(problem.instance) - set(known), key=str)
            position = locate((*at, unknown[0])) if unknown else locate(at)
            section = ".".join(str(p) for p in at) or (
                "[tool.ita-lint]" if path.suffix == ".toml" else "top level"
            )
            hint = did_you_mean(str(unknown[0]), known) if unknown else ""
            raise ConfigError(
                f"{path}:{position.line}:{position.column}: unknown key {', '.join(map(repr, unknown))} "
                f"in {section}{hint}"
            )
        position = locate(at)
        where = f"{path}:{position.line}:{position.column}"
        raise ConfigError(f"{where}: {'.'.join(map(str, at)) or 'configuration'}: {problem.message}")
    return dict(data)


def load(
    path: Path, extending: tuple[Path, ...] = (), cache: ValidatedFiles | None = None
) -> Settings | None:
    """Settings from one configuration file, validated; None for a pyproject.toml without them.

    With `extend`, the file named there (relative to this one) is read first and this file's
    settings override its settings, key by key, as ruff's `extend` does.
    """
    try:
        source = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.strerror or error}") from error
    files = cache or validated_files()
    data = files.get(path, source, partial(_validated, path))
    files.save()
    if data is None:
        return None
    root = path.parent.resolve()
    origin = str(path)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("select", "extend-select", "ignore", "exclude"):
            value = tuple(value)
        elif key == "rules":
            value = tuple((root / directory).resolve() for directory in value)
        elif key == "baseline":
            value = (root / value).resolve()
        elif key == "limits":
            value = Limits.configured(value)
        elif key == "header-words":
            value = {column: tuple(words) for column, words in value.items()}
        elif key == "overrides":
            value = tuple(
                Override(
                    files=tuple(o["files"]),
                    select=tuple(o["select"]) if "select" in o else None,
                    extend_select=tuple(o.get("extend-select", ())),
                    ignore=tuple(o.get("ignore", ())),
                    severity=dict(o.get("severity", {})),
                )
                for o in value
            )
        values[key.replace("-", "_")] = value
    parent_path = values.pop("extend", None)
    own = Settings(root=root, **values, sources=dict.fromkeys(data, origin))
    if parent_path is None:
        return own
    parent_file = (root / parent_path).resolve()
    if parent_file in (*extending, path.resolve()):
        raise ConfigError(f"{path}: extend {parent_path!r} goes round in a circle")
    if not parent_file.is_file():
        raise ConfigError(f"{path}: extend {parent_path!r}: no such file")
    parent = load(parent_file, (*extending, path.resolve()), cache)
    if parent is None:
        raise ConfigError(f"{path}: extend {parent_path!r}: no [tool.ita-lint] table there")
    given = {key.replace("-", "_"): getattr(own, key.replace("-", "_")) for key in data if key != "extend"}
    return parent._replace(root=root, **given, sources={**parent.sources, **own.sources})


class Finder:
    """Finds the closest configuration for each file, reading each directory once."""

    def __init__(self, explicit: Path | None = None, isolated: bool = False) -> None:
        self.arguments = (explicit, isolated)  # what a worker process needs to find the same settings
        self.cache = validated_files()
        self.explicit = load(explicit, cache=self.cache) if explicit is not None else None
        if explicit is not None and self.explicit is None:
            raise ConfigError(f"{explicit}: no [tool.ita-lint] table")
        self.isolated = isolated
        # one object for every file: the workspace builds rule sets and linters per settings object
        self._isolated = Settings(root=Path.cwd().resolve()) if isolated else None
        self._by_directory: dict[Path, Settings] = {}

    def for_path(self, path: Path) -> Settings:
        if self.explicit is not None:
            return self.explicit
        if self._isolated is not None:
            return self._isolated
        start = path.resolve()
        return self._for_directory(start if start.is_dir() else start.parent)

    def _for_directory(self, directory: Path) -> Settings:
        found = self._by_directory.get(directory)
        if found is not None:
            return found
        settings = None
        for name in (*YAML_NAMES, "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                settings = load(candidate, cache=self.cache)
                if settings is not None:
                    break
        if settings is None:
            parent = directory.parent
            settings = (
                Settings(root=Path.cwd().resolve()) if parent == directory else self._for_directory(parent)
            )
        self._by_directory[directory] = settings
        return settings
