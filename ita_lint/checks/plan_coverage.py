"""A plan and a report of one document must describe the same measures: every planned measure is
reported on, and a reported measure that was never planned is noted.

Plans often list several measures in one cell ("- ... - ..."), which the report gives a row each,
so both sides are compared item by item. Items match on their words (pythainlp's tokeniser on the
normalised text, common words left out), so reworded clauses, reordered phrases and a changed
word (ประชุม / ประเมิน) still match; `threshold` is the share of words two items must have in common.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ita_lint import thai
from ita_lint.checks import Problem, Subject
from ita_lint.records import Measure, TableKind

KIND = "plan-coverage"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ("item", "closest")
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["find"],
    "properties": {
        "find": {"enum": ["unreported", "unplanned"]},
        "threshold": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
    },
}
# a new item: a bullet or a number at the start of a line, or a bullet after a space ("... - เพิ่ม")
_ITEM = re.compile(r"(?:^|\n|(?<=\s))(?:[-•●▪*]|\d{1,2}[.)])\s+(?=\S)")
_SHORTEST = 8  # characters: shorter pieces are list debris, not measures


class Item(NamedTuple):
    measure: Measure
    text: str
    words: frozenset[str]


@cache
def _tokeniser() -> tuple[Any, frozenset[str]]:
    # imported here: only documents with a plan and a report load the dictionary (~0.5 s once)
    from pythainlp.corpus import thai_stopwords
    from pythainlp.tokenize import word_tokenize

    return word_tokenize, frozenset(thai_stopwords())


def _items(measure: Measure) -> list[Item]:
    name = measure.name
    if name is None or name.is_blank:
        return []
    items = []
    for piece in _ITEM.split(name.text):
        text = " ".join(piece.split())
        if len(text) >= _SHORTEST:
            items.append(Item(measure, text, _words(text)))
    return items


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """The words of an item, common ones aside; remembered, since a plan and its report repeat
    their items and two rules compare them."""
    tokenise, common = _tokeniser()
    words = {w for w in tokenise(thai.normalize(text), keep_whitespace=False) if any(c.isalnum() for c in w)}
    return frozenset(words - common) or frozenset(words)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice's coefficient of two sets of words."""
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _closest(item: Item, others: list[Item]) -> tuple[Item | None, float]:
    best, score = None, 0.0
    for other in others:
        value = similarity(item.words, other.words)
        if value > score:
            best, score = other, value
    return best, score


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is None:
        return
    tables = report.measure_tables()
    plans = [m for t in tables if t.kind is TableKind.PLAN for m in t.measures]
    done = [m for t in tables if t.kind is TableKind.REPORT for m in t.measures]
    if not plans or not done:
        return
    planned = [item for measure in plans for item in _items(measure)]
    reported = [item for measure in done for item in _items(measure)]
    threshold = options.get("threshold", 0.6)
    ours, theirs = (planned, reported) if options["find"] == "unreported" else (reported, planned)
    told: set[int] = set()  # one finding per measure, for its first item that has no match
    for item in ours:
        closest, score = _closest(item, theirs)
        if score < threshold and id(item.measure) not in told:
            told.add(id(item.measure))
            args = {"item": _short(item.text), "closest": _short(closest.text) if closest else "-"}
            yield Problem(position=item.measure.name.position, measure=item.measure, args=args)  # type: ignore[union-attr]
