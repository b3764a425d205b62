"""Misspellings of key words (typos.yaml): read through in comparison keys, pointed out by `thai-typo`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml

from ita_lint.thai.text import normalize


class Typo(NamedTuple):
    wrong: str
    right: str


@cache
def _typos() -> tuple[dict[str, str], re.Pattern[str]]:
    entries = yaml.load((Path(__file__).parent / "typos.yaml").read_text("utf-8"), Loader=yaml.CSafeLoader)
    table = {normalize(entry["wrong"]): normalize(entry["right"]) for entry in entries}
    # the longest first: กรรร้องเรียน before กรร้องเรียน
    pattern = re.compile("|".join(re.escape(wrong) for wrong in sorted(table, key=len, reverse=True)))
    return table, pattern


def read_through(key: str) -> str:
    """A comparison key with each known misspelling replaced by its correct spelling."""
    table, pattern = _typos()
    return pattern.sub(lambda m: table[m[0]], key) if pattern.search(key) else key


def typos_in(key: str) -> list[Typo]:
    """The known misspellings in a comparison key, in order, each once."""
    table, pattern = _typos()
    found = dict.fromkeys(m[0] for m in pattern.finditer(key))
    return [Typo(wrong, table[wrong]) for wrong in found]
