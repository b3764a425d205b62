"""Command line: wires options to readers, the rule engine and reporters, and nothing more."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ita_lint import __version__, readers
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import FORMATS, Run, render
from ita_lint.ruleset import LANGUAGES, ConfigError, Rule, builtin_rules_dir, load_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def default_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    return "en"


def discover(paths: tuple[Path, ...]) -> Iterator[Path]:
    """Files named on the command line, and readable files under the directories, in order."""
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and not hidden and readers.can_read(found):
                    yield found
        else:
            yield path


lang_option = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=default_language,
    show_default="from LANG",
    help="Language of messages (th, en).",
)

rules_option = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Also load the rules in this directory (repeatable).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ita-lint")
def cli() -> None:
    """ita-lint: check Thai ITA integrity and transparency measure reports."""


def main() -> None:
    """Entry point: any error the commands did not turn into a finding exits with code 2."""
    try:
        cli(standalone_mode=True)
    except Exception as error:
        click.echo(f"ita-lint: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(EXIT_ERROR)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(list(FORMATS)), default="text", show_default=True
)
@click.option(
    "--fail-on",
    type=click.Choice([str(s) for s in Severity]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding reaches this severity.",
)
@rules_option
@lang_option
def check(
    paths: tuple[Path, ...], output_format: str, fail_on: str, rule_dirs: tuple[Path, ...], lang: str
) -> None:
    """Check report files and directories (YAML/JSON records, text exports, Word, spreadsheets)."""
    from ita_lint.linter import Linter

    rules = _rules(rule_dirs)
    linter = Linter(rules, lang)
    files = list(discover(paths))
    diagnostics: list[Diagnostic] = []
    for path in files:
        diagnostics.extend(linter.lint_path(path))
    run = Run(sorted(diagnostics), [str(f) for f in files], rules, lang)
    click.echo(render(output_format, run), nl=False)
    threshold = Severity(fail_on).rank
    failed = any(d.severity.rank >= threshold for d in diagnostics)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@cli.command(name="rules")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@rules_option
@lang_option
def list_rules(output_format: str, rule_dirs: tuple[Path, ...], lang: str) -> None:
    """List every rule: code, name, default severity and what it checks."""
    rules = _rules(rule_dirs)
    if output_format == "json":
        rows = [
            {
                "code": r.code,
                "name": r.name,
                "kind": r.kind,
                "scope": r.scope,
                "severity": str(r.severity),
                "description": r.description[lang],
            }
            for r in rules
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(r.name) for r in rules)
    for r in rules:
        click.echo(f"{r.code}  {r.name:<{width}}  {r.severity!s:<7}  {r.description[lang]}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the YAML/JSON record format."""
    from ita_lint.records import Report

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **Report.model_json_schema()}
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


def _rules(extra: tuple[Path, ...] = ()) -> list[Rule]:
    try:
        return load_rules([builtin_rules_dir(), *extra])
    except ConfigError as error:
        click.echo(f"ita-lint: configuration error: {error}", err=True)
        sys.exit(EXIT_ERROR)


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write FILE's record to DIR/<name>.yaml instead of standard output.",
)
def convert(files: tuple[Path, ...], output_dir: Path | None) -> None:
    """Convert reports (text exports, Word, spreadsheets, records) into YAML record files."""
    from ita_lint.convert import to_yaml

    failed = False
    for index, path in enumerate(files):
        try:
            text = to_yaml(readers.read(path), path.name)
        except readers.ReadError as error:
            click.echo(f"{path}: cannot convert: {error}", err=True)
            failed = True
            continue
        if output_dir is None:
            click.echo(("---\n" if index else "") + text, nl=False)
            continue
        target = output_dir / f"{path.stem}.yaml"
        if target.resolve() == path.resolve():
            click.echo(f"{path}: not overwriting the input file", err=True)
            failed = True
            continue
        output_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        click.echo(f"{path} -> {target}", err=True)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)
