"""JSON: an array with one object per finding (the stable contract documented in the README)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ita_lint.reporters import Run


def chunks(run: Run) -> Iterator[str]:
    """The array a finding at a time, as `json.dumps(..., indent=2)` would write it whole."""
    separator = "[\n  "
    for d in run.diagnostics:
        yield separator + json.dumps(d.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        separator = ",\n  "
    yield "[]\n" if separator.startswith("[") else "\n]\n"
