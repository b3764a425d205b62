"""Findings of files already checked, so that a re-run reads only what changed.

An entry is keyed by the file's bytes and suffix, and by everything else that decides its
findings: the tool's version and code (`code_identity`), the language, every rule as loaded
(options, messages, severity) and how documents are read (header words, assumed fiscal year,
limits). Entries live under the user cache directory (`results-<version>/`, or `--cache-dir`),
one small file each, written whole under a temporary name and renamed: parallel jobs share them
safely, and deleting the directory at any time only costs speed. A file that cannot be read is
never cached.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
from functools import cache
from pathlib import Path

from ita_lint import __version__
from ita_lint.diagnostics import Diagnostic, FileSummary, Severity
from ita_lint.outputs import write_atomically
from ita_lint.validated import cache_dir

try:  # hashlib's own BLAKE2, without loading OpenSSL as importing hashlib does (~3 ms at start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

MAX_CACHED_BYTES = 64 << 20  # larger files are beyond the default limits anyway
# a Diagnostic without its path (the same file may be shown under another path next time)
_Stored = tuple[int, int, int, str, str, str, str, str | None, str | None, int | None]


@cache
def code_identity() -> str:
    """The version, and the size and time of every module and data file of the package: in a
    source checkout the code changes without the version, and stale findings must not be reused."""
    parts = [__version__]
    for directory, subdirectories, names in os.walk(Path(__file__).parent):
        subdirectories[:] = sorted(name for name in subdirectories if name != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".yaml", ".json")):
                status = os.stat(os.path.join(directory, name))
                parts.append(f"{directory}/{name}:{status.st_size}:{status.st_mtime_ns}")
    return blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


class ResultCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_dir() / f"results-{__version__}"
        self._salts: dict[str, bytes] = {}  # a linter's identity, with the code's, as a short digest

    def key(self, identity: str, path: Path) -> str | None:
        """The entry of this file for a linter of this identity; None for a file that is not a
        regular file of a size worth keeping (a pipe or a device is never read here)."""
        try:
            status = os.stat(path)
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_CACHED_BYTES:
                return None
            data = path.read_bytes()
        except OSError:
            return None
        salt = self._salts.get(identity)
        if salt is None:  # the identity holds every rule as loaded: encoded once, not once per file
            salt = blake2b(f"{code_identity()}\0{identity}".encode(), digest_size=20).digest()
            self._salts[identity] = salt
        digest = blake2b(data, digest_size=20)
        digest.update(f"\0{path.suffix.lower()}\0".encode() + salt)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def get(self, key: str, shown: str) -> tuple[FileSummary, list[Diagnostic]] | None:
        try:
            summary, rows = marshal.loads(self._file(key).read_bytes())
            stored: list[_Stored] = rows
            found = [Diagnostic(shown, *row[:5], Severity(row[5]), *row[6:]) for row in stored]
            return FileSummary(shown, *summary), found
        except (OSError, ValueError, EOFError, TypeError):
            return None  # absent, or damaged: checked again

    def put(self, key: str, summary: FileSummary, found: list[Diagnostic]) -> None:
        rows: list[_Stored] = [(*d[1:6], str(d.severity), *d[7:]) for d in found]
        with contextlib.suppress(OSError, ValueError):  # a read-only cache only costs speed
            write_atomically(self._file(key), marshal.dumps((tuple(summary[1:]), rows)))
