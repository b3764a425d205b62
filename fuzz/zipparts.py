"""Office packages as lists of (part name, bytes): unpacked and packed again, always the same way
(deflated, one fixed date), for the seed builder and the zip mutator of the fuzz targets."""

from __future__ import annotations

import io
import zipfile

Parts = list[tuple[str, bytes]]
_DATE = (2025, 1, 1, 0, 0, 0)


def unpack(data: bytes) -> Parts:
    """The parts of a zip package, in order (raises what zipfile raises on anything else)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [(info.filename, package.read(info)) for info in package.infolist()]


def pack(parts: Parts) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts:
            package.writestr(zipfile.ZipInfo(name, date_time=_DATE), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()
