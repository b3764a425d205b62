"""`--statistics`: the number of findings per rule, most frequent first (text, or JSON)."""

from __future__ import annotations

import json
from collections import Counter

from ita_lint.reporters import Run


def render(run: Run, as_json: bool = False) -> str:
    counts = Counter((d.code, d.rule, str(d.severity)) for d in run.diagnostics)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    if as_json:
        data = [{"code": c, "rule": r, "severity": s, "count": n} for (c, r, s), n in rows]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return "".join(f"{n:>6}  {c}  {r}  [{s}]\n" for (c, r, s), n in rows)
