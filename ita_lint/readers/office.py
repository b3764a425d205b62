"""What Word and Excel files have in common: a zip package, often a renamed legacy file instead."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ita_lint.readers import ReadError

# Legacy binary Office files (.doc, .xls) start with the OLE2 signature; they are often renamed.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_package(path: Path, what: str, legacy: str) -> None:
    """Fail with a clear ReadError unless the file is an Office Open XML (zip) package.

    `what` names the document ("Word document"), `legacy` the old format ("Word 97-2003 (.doc)").
    """
    try:
        with path.open("rb") as file:
            head = file.read(len(OLE2_SIGNATURE))
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from error
    if head == OLE2_SIGNATURE:
        raise ReadError(f"not a readable {what}: a legacy {legacy} file named {path.suffix}")
    if not zipfile.is_zipfile(path):
        raise ReadError(f"not a readable {what}: not a zip package (damaged or not a {path.suffix} file)")
