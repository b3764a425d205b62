"""The scores an analysis memo states must add up: its level is the one its overall score earns
under the year's scheme, its overall score is the weighted mean of its instruments, and an
indicator has one score wherever the memo gives it. What a scheme is (bands, weights) is the
rule's data, given for the years it is known; other years are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from ita_lint.checks import Problem, Subject
from ita_lint.records import Report, Score, ScoreCell, TableKind

KIND = "scores"
SCOPES = ("report",)
ARGS: tuple[str, ...] = ("stated", "expected", "indicator", "other")
# labels, each with a score (`min`)
_LABELS = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["label", "min"],
        "properties": {"label": {"type": "string"}, "min": {"type": "number"}},
    },
}
OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["find"],
    "properties": {
        "find": {"enum": ["level", "total", "inconsistent", "weak"]},
        # weak: the indicators that must have a measure: the `lowest` few, and any scored `below`
        "lowest": {"type": "integer", "minimum": 0},
        "below": {"type": "number"},
        # level, where a scheme is known only in part: a stated `label` needs at least `min`
        "minimums": _LABELS,
        # level: the bands, highest first (a score at or above `min` earns `label`)
        "levels": _LABELS,
        # total: each instrument's weight; its score is the mean of its indicators
        "weights": {"type": "object", "additionalProperties": {"type": "number"}},
        "tolerance": {"type": "number", "minimum": 0},
    },
}
# "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" and "การปฏิบัติหน้าที่" name one indicator
_INDICATOR_NUMBER = re.compile(r"^(?:ตัวชี้วัด(?:ที่)?\s*)?\d+\.?\s*")


def _scores(report: Report) -> list[Score]:
    return [
        s for t in report.tables if t.kind is TableKind.SCORES for s in t.scores if s.score.value is not None
    ]


def check(subject: Subject, options: Mapping[str, Any]) -> Iterator[Problem]:
    report = subject.report
    if report is None:
        return
    finds = {"level": _level, "total": _total, "inconsistent": _inconsistent, "weak": _weak}
    yield from finds[options["find"]](report, options)


def _level(report: Report, options: Mapping[str, Any]) -> Iterator[Problem]:
    overall, level = report.overall, report.level
    if overall is None or overall.value is None or level is None:
        return
    stated = level.text.strip()
    for known in options.get("minimums", ()):
        if stated == known["label"] and overall.value < Decimal(str(known["min"])):
            yield Problem(
                position=level.position,
                args={"stated": stated, "expected": known["min"], "other": overall.value},
            )
    earned = next(
        (band["label"] for band in options.get("levels", ()) if overall.value >= Decimal(str(band["min"]))),
        None,
    )
    if earned is not None and level.text.strip() != earned:
        yield Problem(
            position=level.position,
            args={"stated": level.text.strip(), "expected": earned, "other": overall.value},
        )


def _total(report: Report, options: Mapping[str, Any]) -> Iterator[Problem]:
    overall, weights = report.overall, options.get("weights", {})
    if overall is None or overall.value is None or not weights:
        return
    for table in (t for t in report.tables if t.kind is TableKind.SCORES):
        by_instrument: dict[str, list[Decimal]] = {}
        for score in table.scores:
            if score.instrument is not None and score.score.value is not None:
                by_instrument.setdefault(score.instrument, []).append(score.score.value)
        if not all(name in by_instrument for name in weights):
            continue  # a table of all the instruments, or nothing to compute from
        total = sum(
            Decimal(str(weight)) * sum(by_instrument[name]) / len(by_instrument[name])
            for name, weight in weights.items()
        )
        if abs(total - overall.value) > Decimal(str(options.get("tolerance", 0.01))):
            yield Problem(
                position=overall.position, args={"stated": overall.value, "expected": round(total, 2)}
            )
        return


def _agree(a: ScoreCell, b: ScoreCell) -> bool:
    """Equal at the precision of the less precise: 96 and 96.03 agree, 96.03 and 96.30 do not."""
    assert a.value is not None and b.value is not None
    half_unit = Decimal(5) / Decimal(10) ** (min(a.decimals, b.decimals) + 1)
    return abs(a.value - b.value) <= half_unit


# a row that scores a whole instrument (แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)), not one indicator
_INSTRUMENT_ROW = re.compile(r"\b(?:iit|eit|oit)\b|แบบวัด|แบบตรวจ", re.IGNORECASE)


def _name(score: Score) -> str:
    return _INDICATOR_NUMBER.sub("", score.indicator.key).replace(" ", "")


def _weak(report: Report, options: Mapping[str, Any]) -> Iterator[Problem]:
    measures = [m for _, m in report.measures()]
    indicators = [s for s in _scores(report) if not _INSTRUMENT_ROW.search(s.indicator.key)]
    ranked = sorted({_name(s): s for s in indicators}.values(), key=lambda s: s.score.value or 0)
    if not measures or not ranked:
        return  # no scores, or a memo without a plan: nothing to look for the measures in
    text = " ".join(
        cell.key.replace(" ", "")
        for m in measures
        for f in ("area", "name", "steps")
        if (cell := m.cell(f)) is not None
    )
    weak = ranked[: options.get("lowest", 1)]
    if "below" in options:
        weak += [s for s in ranked if s not in weak and (s.score.value or 0) < Decimal(str(options["below"]))]
    for score in weak:
        if _name(score) not in text:
            yield Problem(
                position=score.score.position, args={"indicator": _name(score), "stated": score.score.value}
            )


def _inconsistent(report: Report, options: Mapping[str, Any]) -> Iterator[Problem]:
    seen: dict[str, Score] = {}
    for score in _scores(report):
        first = seen.setdefault(_name(score), score)
        if first is not score and not _agree(first.score, score.score):
            args = {
                "indicator": score.indicator.text,
                "stated": score.score.value,
                "other": first.score.value,
            }
            yield Problem(position=score.score.position, args=args)
