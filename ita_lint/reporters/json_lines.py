"""JSON Lines: one compact JSON object per finding and line, with the keys of the JSON contract."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ita_lint.diagnostics import Diagnostic
from ita_lint.reporters import Run


def line(d: Diagnostic) -> str:
    return json.dumps(d.to_dict(), ensure_ascii=False, separators=(",", ":"))


def chunks(run: Run) -> Iterator[str]:
    return (line(d) + "\n" for d in run.diagnostics)
