"""What one input may cost. A file that reaches a limit is a finding for that file (ITA005), never a
hang, an out-of-memory kill or a lost run.

Every reader goes through the checks here (`readers.read` calls them): the file must be a regular
file of at most `file_mb`; an Office file's parts may unpack to at most `unpacked_mb`; the layout
stream may hold at most `rows` lines and rows, rows of at most `columns` cells, cells of at most
`cell_chars` characters; a report at most `measures` measures. YAML is bounded by `yaml_depth`
and `yaml_nodes` (aliases count each time they are used). A file shows at most
`findings_per_rule` findings of one rule, then one that says how many more there are. Each limit
can be changed under `limits:` in the configuration.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ita_lint.errors import ReadError

if TYPE_CHECKING:
    from ita_lint.layout.model import ReadItem
    from ita_lint.records import Position

MB = 1 << 20
# what stands for the findings of one rule in one file beyond `findings_per_rule`
MORE_FINDINGS = {
    "th": "และพบแบบเดียวกันอีก {count} รายการในไฟล์นี้ (แสดงไม่เกิน {limit} รายการต่อกฎ)",
    "en": "and {count} more findings of this rule in this file (at most {limit} are shown per rule)",
}
# Unpacked Office parts larger than this many times their packed size are a zip bomb, not a report.
MAX_COMPRESSION_RATIO = 200


class Limits(NamedTuple):
    file_mb: int = 50
    unpacked_mb: int = 200
    rows: int = 50_000
    columns: int = 256
    cell_chars: int = 100_000
    measures: int = 10_000
    yaml_depth: int = 64
    yaml_nodes: int = 250_000
    findings_per_rule: int = 200
    ocr_pages: int = 50  # pages of one file read by OCR (a second or more each)

    @classmethod
    def configured(cls, values: Mapping[str, Any]) -> Limits:
        """From the configuration's `limits:` table (keys with dashes: file-mb, cell-chars)."""
        return cls(**{key.replace("-", "_"): value for key, value in values.items()})

    @staticmethod
    def keys() -> list[str]:
        return [name.replace("_", "-") for name in Limits._fields]


DEFAULT = Limits()


def limit_error(message: str, position: Position | None = None) -> ReadError:
    return ReadError(f"{message} (see `limits` in the configuration)", position, kind="limit")


def check_file(path: Path, limits: Limits) -> None:
    """A regular file, not too large: never a FIFO, a device such as /dev/zero, or a directory."""
    try:
        status = os.stat(path)
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from error
    if stat.S_ISDIR(status.st_mode):
        listable = os.access(path, os.R_OK | os.X_OK)
        raise ReadError("a directory, not a file" if listable else "cannot read directory: permission denied")
    if not stat.S_ISREG(status.st_mode):
        raise ReadError("not a regular file (a device or a pipe)")
    if status.st_size > limits.file_mb * MB:
        raise limit_error(f"file larger than {limits.file_mb} MB ({status.st_size / MB:.3g} MB)")
    if not os.access(path, os.R_OK):
        raise ReadError("cannot read file: permission denied")


def check_package(path: Path, limits: Limits) -> None:
    """An Office zip package whose parts unpack to a bounded size (checked before any is opened)."""
    import zipfile  # with shutil, ~3.5 ms of every start-up, for Office files only

    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        return  # not a zip it can list (damaged, encrypted, an unknown version): the reader says so
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if unpacked > limits.unpacked_mb * MB:
        raise limit_error(f"its parts unpack to more than {limits.unpacked_mb} MB ({unpacked / MB:.0f} MB)")
    if unpacked > MB and unpacked / packed > MAX_COMPRESSION_RATIO:
        raise limit_error(f"its parts unpack to {unpacked / packed:.0f} times their size (a zip bomb)")


def bounded(items: Iterable[ReadItem], limits: Limits) -> Iterator[ReadItem]:
    """The layout stream, checked row by row: too many rows, cells or characters is a finding. A
    part a reader can read two ways is counted once (both ways hold the same text)."""
    from ita_lint.layout.model import Alternative, Line, Row

    rows = 0
    for item in items:
        for piece in item.usual if isinstance(item, Alternative) else (item,):
            if isinstance(piece, Row | Line):
                rows += 1
                if rows > limits.rows:
                    raise limit_error(f"more than {limits.rows} lines and table rows")
            if isinstance(piece, Row):
                if len(piece.cells) > limits.columns:
                    where = piece.cells[0].position.location or f"line {piece.cells[0].position.line}"
                    raise limit_error(f"a row with more than {limits.columns} cells ({where})")
                cells = piece.cells
            else:
                cells = (piece.cell,) if isinstance(piece, Line) else ()
            for cell in cells:
                if len(cell.raw) > limits.cell_chars:
                    where = cell.position.location or f"line {cell.position.line}"
                    raise limit_error(f"a cell or line longer than {limits.cell_chars} characters ({where})")
        yield item
