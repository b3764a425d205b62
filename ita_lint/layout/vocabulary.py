"""The words that name header columns and agencies, loaded from `headers.yaml` and `agencies.yaml`.

Matching is done on `thai.skeleton` keys (no marks, no spaces), so that headers damaged by PDF
extraction (`ขนั้ ตอน`, `ระยะเวลาดาเนินการ`) still name their column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ita_lint import thai
from ita_lint.layout import numbering
from ita_lint.records import Column, DocumentKind

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - libyaml is bundled with PyYAML wheels
    from yaml import SafeLoader  # type: ignore[assignment]

# the label a field is written under when a reading rewrites a document as labelled lines or as a table
LABELS = {
    Column.STEPS: "วิธีการ",
    Column.PERIOD: "ระยะเวลา",
    Column.RESPONSIBLE: "ผู้รับผิดชอบ",
    Column.BUDGET: "งบประมาณ",
    Column.STATUS: "สถานะ",
    Column.RESULT: "ผลการดำเนินงาน",
    Column.OUTCOME: "ผลลัพธ์",
    Column.FOLLOW_UP: "การติดตาม",
    Column.AREA: "ประเด็น",
    Column.NAME: "มาตรการ",
}

HERE = Path(__file__).parent

# What a header cell says its column is, besides a measure field.
NUMBER, OTHER, START, END = "number", "other", "start", "end"
Role = Column | str | None


def _keys(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (thai.skeleton(w) for w in words) if k))


@dataclass(frozen=True)
class Agency:
    name: str
    type: str
    offset: int  # where the name starts in the text it was found in


@dataclass(frozen=True)
class Vocabulary:
    fields: tuple[tuple[Column, tuple[str, ...]], ...]
    number: frozenset[str]
    other: tuple[str, ...]
    period_start: tuple[str, ...]
    period_end: tuple[str, ...]
    scores: tuple[str, ...]
    budget_used: tuple[str, ...]
    areas: tuple[str, ...]
    page_furniture: re.Pattern[str]
    table_end: re.Pattern[str]
    table_end_bare: re.Pattern[str]  # the same, its Thai words without their marks
    downloads: re.Pattern[str]
    questions: tuple[tuple[Column, tuple[str, ...]], ...]
    symbols: dict[str, Column]  # a symbol that stands for a field's label, and the field
    total_row: re.Pattern[str]
    agency: re.Pattern[str]
    agency_types: tuple[str, ...]  # the type of each agency pattern, by group index
    not_agencies: tuple[str, ...]
    titles: tuple[tuple[DocumentKind, tuple[str, ...]], ...]

    def role(self, cell_key: str, taken: frozenset[Column] = frozenset()) -> Role:
        """What a header cell names: a field, NUMBER, OTHER, START, END, or None (unknown words).

        Fields in `taken` (named by an earlier cell of the row) are passed over where the cell
        names another field too: "แนวทาง/วิธีการดำเนินการ" next to "มาตรการ" is the steps."""
        key = thai.skeleton(cell_key)
        if not key:
            return None
        if key in self.number:
            return NUMBER
        if any(word in key for word in self.other):
            # two headings in one (ผลการดำเนินงาน / หมายเหตุ): a field named first names the column
            first, slash, _ = cell_key.partition("/")
            named = self.role(first, taken) if slash else None
            return named if isinstance(named, Column) and named not in taken else OTHER
        # The word that comes first names the column ("มาตรการ/แนวทางการดำเนินการ" is a measure,
        # "สรุปผลการดำเนินการตามมาตรการ" a result); on a tie, the order of the fields decides.
        found = [
            (at, order, column)
            for order, (column, words) in enumerate(self.fields)
            for word in words
            if (at := key.find(word)) >= 0
        ]
        fresh = [f for f in found if f[2] not in taken]
        if fresh or found:
            return min(fresh or found)[2]
        if any(word in key for word in self.period_start):
            return START
        if any(word in key for word in self.period_end):
            return END
        return None

    def asks_for(self, question: str) -> Column | None:
        """The field a question asks for (ใช้งบประมาณเท่าใด: the budget), or None."""
        key = thai.skeleton(question)
        return next((column for column, words in self.questions if any(w in key for w in words)), None)

    def field_word(self, text: str) -> Column | None:
        """The field a text names when it is one of the field's words exactly (ช่วงเวลา, งบประมาณ)."""
        key = thai.skeleton(text)
        # the word itself, give or take a short prefix (ผู้รับผิดชอบ for รับผิดชอบ)
        return next(
            (column for column, words in self.fields for w in words if w in key and len(key) - len(w) <= 2),
            None,
        )

    def ends_table(self, text: str) -> bool:
        """Whether a line starts what follows a table: the signature block, its words' marks
        dropped or not (OCR reads ผู้รายงาน as ผูรายงาน)."""
        line = " ".join(thai.repair(text).split())
        return (
            self.table_end.match(line) is not None or self.table_end_bare.match(thai.bare(line)) is not None
        )

    def names_area(self, text: str) -> bool:
        """Whether a heading names an assessment area: by number, by an area word, or by name."""
        key = thai.skeleton(text)
        lead = self.role(thai.normalize(text)[:12])
        return numbering.is_numbered(text) or lead is Column.AREA or any(area in key for area in self.areas)

    def says_used(self, cell_key: str) -> bool:
        """Whether a budget heading names the budget actually used (not the one planned)."""
        key = thai.skeleton(cell_key)
        return any(word in key for word in self.budget_used)

    def is_score_word(self, cell_key: str) -> bool:
        key = thai.skeleton(cell_key)
        return any(word in key for word in self.scores)

    def find_agency(self, text: str) -> Agency | None:
        """The first agency named in a line of (repaired) title text."""
        for match in self.agency.finditer(text):
            name = match.group(0).rstrip(". ")
            # the name's words ran into its number's ที่ / เขต / สาขา: the number belongs to it
            if (number := _NUMBERED_END.match(text, match.end())) and name.endswith(("ที่", "เขต", "สาขา")):
                name += number.group()
            if any(thai.normalize(name).startswith(word) for word in self.not_agencies):
                continue
            if text[: match.start()].rstrip().endswith(("สังกัด", "ภายใต้")):
                continue  # หน่วยงานในสังกัดกรมธนารักษ์: the agency's parent, not the agency
            group = next(i for i, value in enumerate(match.groups()) if value is not None)
            return Agency(name, self.agency_types[group], match.start())
        return None

    def title_kind(self, text: str) -> DocumentKind | None:
        """The kind of document a title line names, if it names one (in the order of `titles`)."""
        key = thai.skeleton(text)
        return next((kind for kind, words in self.titles if any(w in key for w in words)), None)

    def extended(self, header_words: Mapping[str, Sequence[str]]) -> Vocabulary:
        """This vocabulary with more header words per field (`header-words` in the configuration)."""
        fields = tuple(
            (column, words + _keys(header_words.get(str(column), ()))) for column, words in self.fields
        )
        return replace(self, fields=fields, other=self.other + _keys(header_words.get(OTHER, ())))


def _load(name: str) -> Any:
    return yaml.load((HERE / name).read_text("utf-8"), Loader=SafeLoader)


def _any(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_NUMBERED_END = re.compile(r"\s?[0-9๐-๙]+")
# An agency's name: its words after the prefix, and a district or branch number ("เขต 1").
_NAME_TAIL = r"[\u0e01-\u0e4e\u0e50-\u0e59A-Za-z0-9.]*(?:\s?(?:เขต|สาขา|ที่)\s?[0-9๐-๙]+)?"


@cache
def default() -> Vocabulary:
    headers, agencies = _load("headers.yaml"), _load("agencies.yaml")
    entries = agencies["agencies"]
    return Vocabulary(
        fields=tuple((Column(field), _keys(words)) for field, words in headers["fields"].items()),
        number=frozenset(_keys(headers["number"])),
        other=_keys(headers["other"]),
        period_start=_keys(headers["period_start"]),
        period_end=_keys(headers["period_end"]),
        scores=_keys(headers["scores"]),
        budget_used=_keys(headers["budget_used"]),
        areas=_keys(headers["areas"]),
        page_furniture=_any(headers["page_furniture"]),
        table_end=_any(headers["table_end"]),
        table_end_bare=_any([thai.bare(pattern) for pattern in headers["table_end"]]),
        downloads=_any(headers["downloads"]),
        questions=tuple((Column(field), _keys(words)) for field, words in headers["questions"].items()),
        symbols={
            symbol: Column(field) for field, symbols in headers["symbols"].items() for symbol in symbols
        },
        total_row=_any(headers["total_rows"]),
        # a digit right after the prefix is a form's code (แบบ ITA-สภ.๐๒), never an agency's name
        agency=re.compile("|".join(f"((?:{entry['prefix']})(?![0-9๐-๙]){_NAME_TAIL})" for entry in entries)),
        agency_types=tuple(entry["type"] for entry in entries),
        not_agencies=tuple(thai.normalize(word) for word in agencies["not_agencies"]),
        titles=tuple((DocumentKind(kind), _keys(words)) for kind, words in headers["titles"].items()),
    )
