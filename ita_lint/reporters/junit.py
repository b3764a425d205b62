"""JUnit XML: a test suite per file checked, a failing test case per rule that fired in it.

A file with no findings gets one passing case named `ita-lint`, so CI dashboards count it.
Each failure lists its findings, one per line: `line:col CODE message (measure)`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ita_lint.diagnostics import Diagnostic
from ita_lint.reporters import Run

# characters XML 1.0 cannot hold, even escaped (control characters from PDF exports, lone surrogates)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _finding(d: Diagnostic) -> str:
    where = f"{d.line}:{d.column}" + (f" ({d.location})" if d.location else "")
    return f"{where} {d.code} {d.message}" + (f" ({d.measure})" if d.measure else "")


def suite(path: str, found: Sequence[Diagnostic]) -> ET.Element:
    """The test suite of one file: a failing case per rule that fired, or one passing case."""
    element = ET.Element("testsuite", name=_xml(path))
    by_rule: dict[tuple[str, str], list[Diagnostic]] = {}
    for d in sorted(found, key=lambda d: d.code):
        by_rule.setdefault((d.code, d.rule), []).append(d)
    for (code, rule), findings in by_rule.items():
        case = ET.SubElement(element, "testcase", classname=_xml(path), name=rule)
        worst = max((d.severity for d in findings), key=lambda s: s.rank)
        failure = ET.SubElement(
            case, "failure", message=f"{code} {rule}: {len(findings)} finding(s)", type=str(worst)
        )
        failure.text = _xml("\n".join(_finding(d) for d in findings))
    if not by_rule:
        ET.SubElement(element, "testcase", classname=_xml(path), name="ita-lint")
    element.set("tests", str(max(len(by_rule), 1)))
    element.set("failures", str(len(by_rule)))
    return element


def render(run: Run) -> str:
    by_path: dict[str, list[Diagnostic]] = {path: [] for path in run.files}
    for d in run.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    suites = [suite(path, found) for path, found in by_path.items()]
    root = ET.Element("testsuites", name="ita-lint")
    root.set("tests", str(sum(int(s.get("tests", 0)) for s in suites)))
    root.set("failures", str(sum(int(s.get("failures", 0)) for s in suites)))
    root.extend(suites)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True).decode("utf-8") + "\n"
