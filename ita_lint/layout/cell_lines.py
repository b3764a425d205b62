"""One cell per line, as text copied from a PDF viewer: placeholder until built."""

from __future__ import annotations

from collections.abc import Sequence

from ita_lint.layout.model import Break, Item, Line
from ita_lint.layout.vocabulary import Vocabulary


def detect(run: Sequence[Line | Break], vocabulary: Vocabulary) -> list[Item] | None:
    return None
