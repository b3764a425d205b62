"""SARIF 2.1.0: one run whose driver describes every rule, with one result per finding.

Columns count characters (`columnKind: unicodeCodePoints`); file paths become URIs relative to
`%SRCROOT%` (the repository root, or the current directory outside a repository), others `file:`
URIs, non-ASCII percent-encoded.
The measure and the location in words go into each result's property bag.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path, PurePath
from urllib.parse import quote

from ita_lint import __version__
from ita_lint.diagnostics import Diagnostic, Severity
from ita_lint.reporters import Run
from ita_lint.ruleset import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/ita-lint/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


SRCROOT = "%SRCROOT%"


def source_root(start: Path) -> Path:
    """The root paths are given from: the repository around `start` (where code scanning reads
    them from), else `start` itself."""
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return start


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """A file as a SARIF artifact location: relative to %SRCROOT% when it is under the root (what
    `../reports/x.yaml` from a subdirectory means to GitHub), else an absolute `file:` URI."""
    resolved = Path(path).resolve()
    try:
        relative = resolved.relative_to(root)
    except ValueError:
        return {"uri": resolved.as_uri()}
    return {"uri": quote(PurePath(relative).as_posix()), "uriBaseId": SRCROOT}


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


def result(
    d: Diagnostic, rule_index: dict[str, int], artifact_index: dict[str, int], root: Path, occurrence: int
) -> dict[str, object]:
    """A finding as a SARIF result, pointing at its rule and its file when the run lists them."""
    artifact: dict[str, object] = {**artifact_location(d.path, root)}
    if d.path in artifact_index:
        artifact["index"] = artifact_index[d.path]
    region = {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)}
    found: dict[str, object] = {"ruleId": d.code}
    if d.code in rule_index:
        found["ruleIndex"] = rule_index[d.code]
    found["level"] = LEVELS[d.severity]
    # Word and Excel findings: where in the document, in words, since viewers show only the message
    found["message"] = {"text": d.message + (f" ({d.location})" if d.location else "")}
    found["locations"] = [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]
    # Keyed like the baseline (file, rule, measure), so code-scanning alerts survive rows moving,
    # and the occurrence among equal keys, so that two findings are never merged into one alert.
    identity = "\0".join((PurePath(d.path).as_posix(), d.rule, d.measure or "", str(occurrence)))
    found["partialFingerprints"] = {"itaLintMeasure/v1": hashlib.sha256(identity.encode()).hexdigest()[:32]}
    properties = {key: value for key, value in (("measure", d.measure), ("location", d.location)) if value}
    if properties:
        found["properties"] = properties
    return found


def render(run: Run) -> str:
    rule_index = {rule.code: index for index, rule in enumerate(run.rules)}
    artifact_index = {path: index for index, path in enumerate(run.files)}
    root = source_root(Path.cwd())
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for d in run.diagnostics:
        key = (d.path, d.rule, d.measure or "")
        seen[key] += 1
        results.append(result(d, rule_index, artifact_index, root, seen[key]))
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
                "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
                "artifacts": [{"location": artifact_location(path, root)} for path in run.files],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
