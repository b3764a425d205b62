"""Files validated once: rule files and configuration files, remembered by their exact bytes.

Start-up matters (pre-commit runs ita-lint on every commit), and importing jsonschema alone takes
longer than a whole check of a report. So the plain data validated from a file is kept under the
user cache directory, and used again only while the file's bytes are exactly those validated and
the validity key (the schemas and the tool version) is the same. The cache is `marshal` data
(plain values only, the fastest format Python reads) written atomically; it is only an
optimisation: when it cannot be read or written, files are validated every time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ita_lint import __version__
from ita_lint.outputs import write_atomically


def cache_dir() -> Path:
    """`ITA_LINT_CACHE_DIR`, else `$XDG_CACHE_HOME/ita-lint`, else `~/.cache/ita-lint`."""
    explicit = os.environ.get("ITA_LINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return (
        Path(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")) / "ita-lint"
    )


class ValidatedFiles:
    def __init__(self, name: str, validity: str) -> None:
        self.path = cache_dir() / f"{name}-{__version__}.marshal"
        self.validity = validity
        # resolved path -> (the bytes validated, the data validated from them)
        self.entries: dict[str, tuple[bytes, Any]] | None = None
        self.changed = False

    def _load(self) -> dict[str, tuple[bytes, Any]]:
        if self.entries is None:
            self.entries = {}
            try:
                validity, entries = marshal.loads(self.path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                return self.entries
            if validity == self.validity and isinstance(entries, dict):
                self.entries = entries
        return self.entries

    def get(self, path: Path, source: bytes, validate: Callable[[bytes], Any]) -> Any:
        """The data of `source` (the bytes of `path`): remembered, or `validate(source)`."""
        entries = self._load()
        key = str(path.resolve())
        remembered = entries.get(key)
        if remembered is not None and remembered[0] == source:
            return remembered[1]
        data = validate(source)
        entries[key] = (source, data)
        self.changed = True
        return data

    def save(self) -> None:
        if not self.changed or self.entries is None:
            return
        # a read-only home directory, or data marshal cannot hold: it only costs speed
        with contextlib.suppress(OSError, ValueError):
            write_atomically(self.path, marshal.dumps((self.validity, self.entries)))
        self.changed = False
