"""Concise: one line per finding, `path:line:col: CODE message`, and no summary."""

from __future__ import annotations

from ita_lint.reporters import Run


def render(run: Run) -> str:
    return "".join(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}\n" for d in run.diagnostics)
