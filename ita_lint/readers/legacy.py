"""Word 97-2003 (.doc) and Excel 97-2003 (.xls) files: not read, but named as such, with the fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ita_lint.layout.model import Item
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError

NEWER = {".doc": ("Word 97-2003", ".docx"), ".xls": ("Excel 97-2003", ".xlsx")}


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    old, new = NEWER[path.suffix.lower()]
    raise ReadError(
        f"{old} files ({path.suffix}) cannot be read: open it and save it as {new} (or export a PDF)",
        kind="legacy",
    )
