"""Concise: one line per finding, `path:line:col: CODE message`, and no summary."""

from __future__ import annotations

from collections.abc import Iterator

from ita_lint.reporters import Run, printable


def chunks(run: Run) -> Iterator[str]:
    return (
        f"{printable(d.path)}:{d.line}:{d.column}: {d.code} {printable(d.message)}\n" for d in run.diagnostics
    )
