"""JSON: an array with one object per finding (the stable contract documented in the README)."""

from __future__ import annotations

import json

from ita_lint.reporters import Run


def render(run: Run) -> str:
    return json.dumps([d.to_dict() for d in run.diagnostics], ensure_ascii=False, indent=2) + "\n"
