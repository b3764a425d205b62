"""Reporters: one per output format, each rendering a list of findings to text."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from ita_lint.diagnostics import Diagnostic

# --format name -> reporter module in this package; each has `render(diagnostics, files, lang) -> str`
FORMATS = {
    "text": "text",
    "json": "json_array",
}


def render(name: str, diagnostics: Sequence[Diagnostic], files: int, lang: str) -> str:
    return importlib.import_module(f"ita_lint.reporters.{FORMATS[name]}").render(diagnostics, files, lang)
