"""`--statistics`: findings per rule, most frequent first, and how many files each rule touches
(as text, JSON or CSV, by `--format`)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from ita_lint.reporters import Run
from ita_lint.reporters.csv_rows import table

FORMATS = ("text", "json", "csv")


def render(run: Run, form: str = "text") -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    files: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for d in run.diagnostics:
        key = (d.code, d.rule, str(d.severity))
        counts[key] += 1
        files[key].add(d.path)
    rows = [
        (*key, count, len(files[key]))
        for key, count in sorted(counts.items(), key=lambda i: (-i[1], i[0][0]))
    ]
    if form == "json":
        data = [{"code": c, "rule": r, "severity": s, "count": n, "files": f} for c, r, s, n, f in rows]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if form == "csv":
        return table(("code", "rule", "severity", "count", "files"), rows)
    return "".join(f"{n:>6}  {c}  {r}  [{s}]  ({f} files)\n" for c, r, s, n, f in rows)
