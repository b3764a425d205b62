"""SARIF 2.1.0: one run whose driver describes every rule, with one result per finding.

Columns count characters (`columnKind: unicodeCodePoints`); file paths become URIs, relative
ones as relative references and absolute ones as `file:` URIs, non-ASCII percent-encoded.
The measure and the location in words go into each result's property bag.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePath
from urllib.parse import quote

from ita_lint import __version__
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import Run
from ita_lint.ruleset import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/ita-lint/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def uri(path: str) -> str:
    """A URI reference for a path: relative POSIX for relative paths, `file:` for absolute ones."""
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix())


def descriptor(rule: Rule, lang: str) -> dict[str, object]:
    """A rule as a SARIF reportingDescriptor, its texts in `lang`."""
    rationale = rule.rationale[lang]
    fix = rule.fix.get(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.description[lang]},
        "fullDescription": {"text": rationale},
        "help": {
            "text": fix or rationale,
            "markdown": "\n\n".join(part for part in (fix, rationale) if part),  # texts may use `code`
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.kind]},
    }


def result(d: Diagnostic, rule_index: dict[str, int], artifact_index: dict[str, int]) -> dict[str, object]:
    """A finding as a SARIF result, pointing at its rule and its file when the run lists them."""
    artifact: dict[str, object] = {"uri": uri(d.path)}
    if d.path in artifact_index:
        artifact["index"] = artifact_index[d.path]
    region = {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)}
    found: dict[str, object] = {"ruleId": d.code}
    if d.code in rule_index:
        found["ruleIndex"] = rule_index[d.code]
    found["level"] = LEVELS[d.severity]
    found["message"] = {"text": d.message}
    found["locations"] = [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]
    # Keyed like the baseline (file, rule, measure), so code-scanning alerts survive rows moving.
    identity = "\0".join((PurePath(d.path).as_posix(), d.rule, d.measure or ""))
    found["partialFingerprints"] = {"itaLintMeasure/v1": hashlib.sha256(identity.encode()).hexdigest()[:32]}
    properties = {key: value for key, value in (("measure", d.measure), ("location", d.location)) if value}
    if properties:
        found["properties"] = properties
    return found


def render(run: Run) -> str:
    rule_index = {rule.code: index for index, rule in enumerate(run.rules)}
    artifact_index = {path: index for index, path in enumerate(run.files)}
    driver = {
        "name": "ita-lint",
        "informationUri": INFORMATION_URI,
        "version": __version__,
        "rules": [descriptor(rule, run.lang) for rule in run.rules],
    }
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "language": run.lang,
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": uri(path)}} for path in run.files],
                "results": [result(d, rule_index, artifact_index) for d in run.diagnostics],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
