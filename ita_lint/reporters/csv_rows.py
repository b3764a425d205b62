"""CSV: one row per finding, for a spreadsheet. UTF-8 with a byte-order mark, so that Excel shows
the Thai text instead of guessing a code page."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from ita_lint.reporters import Run

COLUMNS = ("path", "line", "column", "location", "code", "rule", "severity", "measure", "message")
BOM = "\ufeff"


def rows(header: tuple[str, ...], values: Iterable[tuple[object, ...]]) -> Iterator[str]:
    """CSV text a row at a time, after a byte-order mark. Lines end in \\n: Excel reads them, and a
    console or a file opened in text mode does not double a \\r."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    yield BOM + out.getvalue()
    for value in values:
        out.seek(0)
        out.truncate()
        writer.writerow(value)
        yield out.getvalue()


def table(header: tuple[str, ...], values: Iterable[tuple[object, ...]]) -> str:
    """CSV text with a byte-order mark, whole."""
    return "".join(rows(header, values))


def chunks(run: Run) -> Iterator[str]:
    return rows(
        COLUMNS,
        (
            (
                d.path,
                d.line,
                d.column,
                d.location or "",
                d.code,
                d.rule,
                str(d.severity),
                d.measure or "",
                d.message,
            )
            for d in run.diagnostics
        ),
    )
