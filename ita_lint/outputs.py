"""Files ita-lint writes (reports, baselines, converted records, its caches): never over an input,
never two at one path, and each written whole or not at all.

A file is first written next to its target under a temporary name, then renamed over it: an
interrupted run leaves the old file, not half of a new one, and parallel runs never see a torn
write.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ita_lint.errors import ConfigError


@contextmanager
def atomically(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` through: a temporary file in the same directory, renamed over
    `path` once the block ends without an error, removed otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _new_file_beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _new_file_beside(path: Path) -> tuple[int, Path]:
    """A new file, only this process's, next to `path`: what tempfile.mkstemp does, without the
    ~2.5 ms that importing tempfile (and shutil) adds to every check that writes its cache."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, flags, 0o600), temporary
        except FileExistsError:  # one chance in 2**48: draw another name
            continue


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same directory and a rename."""
    with atomically(path) as file:
        file.write(data)


def check_targets(targets: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Refuse, before anything is read or written, an output that is an input or that another
    output of the same run also writes."""
    read = {_identity(path) for path in inputs}
    seen: dict[tuple[object, ...], Path] = {}
    for target in targets:
        identity = _identity(target)
        if identity in read:
            raise ConfigError(f"{target}: is one of the input files; ita-lint never writes over an input")
        if identity in seen:
            raise ConfigError(f"{target}: written twice in one run (also for {seen[identity]})")
        seen[identity] = target


def _identity(path: Path) -> tuple[object, ...]:
    """The same file under any name: device and inode when it exists (hard links, symlinks)."""
    try:
        status = path.stat()
    except OSError:
        return ("path", str(path.resolve()))
    return ("inode", status.st_dev, status.st_ino)
