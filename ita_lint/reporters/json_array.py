"""JSON: an array with one object per finding (the stable contract documented in the README)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ita_lint.diagnostics import Diagnostic


def render(diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
