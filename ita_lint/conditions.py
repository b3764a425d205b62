"""`when` conditions: which subjects a rule looks at (like Spectral's `given`).

Every key narrows the selection; a rule without `when` looks at every subject of its scope.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ita_lint.checks import Subject


@lru_cache(maxsize=128)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def matches(when: Mapping[str, Any] | None, subject: Subject) -> bool:
    if not when:
        return True
    report, table, measure = subject.report, subject.table, subject.measure
    if "error" in when and getattr(subject.error, "kind", None) not in when["error"]:
        return False
    if "title" in when and (report is None or str(report.title_kind) not in when["title"]):
        return False
    if "document" in when and (report is None or str(report.kind) not in when["document"]):
        return False
    if table is not None:
        if "table" in when and str(table.kind) not in when["table"]:
            return False
        if not all(table.has(c) for c in when.get("has_column", ())):
            return False
        if any(table.has(c) for c in when.get("lacks_column", ())):
            return False
    if measure is not None:
        if not all(measure.filled(f) for f in when.get("filled", ())):
            return False
        if any(measure.filled(f) for f in when.get("blank", ())):
            return False
        for field, pattern in when.get("matches", {}).items():
            cell = measure.cell(field)
            if cell is None or _regex(pattern).search(cell.key) is None:
                return False
        if "status" in when:
            status = measure.status.value if measure.status is not None else None
            if status is None or str(status) not in when["status"]:
                return False
    return True
