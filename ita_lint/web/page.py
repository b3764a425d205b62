"""The web page: what it says in each language, and the view of each checked file.

The page is rendered in both languages, the one asked for shown and the other hidden, so that the
language switch works on a page of results without sending the files again. Jinja2 escapes
everything it inserts: file names and cell text come from users.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from jinja2 import Environment, PackageLoader

from ita_lint import readers
from ita_lint.diagnostics import LANGUAGES, Diagnostic, Severity
from ita_lint.reporters import KIND_WORDS, SEVERITY_WORDS, Run, where
from ita_lint.reporters import render as render_report
from ita_lint.web.checking import CheckedFile, MeasureRow

if TYPE_CHECKING:
    from ita_lint.web.app import Refused, ServeSettings

WORDS: dict[str, dict[str, str]] = {
    "th": {
        "title": "ตรวจรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)",
        "intro": (
            'เลือกไฟล์รายงานผลการดำเนินการ แผนมาตรการ หรือบันทึกวิเคราะห์ของหน่วยงาน แล้วกด "ตรวจไฟล์" '
            "ระบบจะบอกว่าแต่ละมาตรการขาดอะไร และควรเขียนอย่างไร"
        ),
        "switch": "English",
        "choose": "เลือกไฟล์ที่จะตรวจ (เลือกได้หลายไฟล์ หรือลากไฟล์มาวางที่นี่)",
        "formats": (
            "ไฟล์ที่ตรวจได้: Word (.docx) Excel (.xlsx, .csv) PDF ข้อความ (.txt) หน้าเว็บ (.html) และ YAML/JSON"
        ),
        "limits": "ส่งได้ครั้งละไม่เกิน {files} ไฟล์ ขนาดรวมไม่เกิน {mb} MB",
        "check": "ตรวจไฟล์",
        "results": "ผลการตรวจ",
        "csv": "ดาวน์โหลดผลการตรวจ (CSV สำหรับ Excel)",
        "print": "พิมพ์หน้านี้",
        "agency": "หน่วยงาน",
        "province": "จังหวัด",
        "year": "ปีงบประมาณ",
        "kind": "ประเภทเอกสาร",
        "whole": "ทั้งเอกสาร",
        "as_written": "แถวนี้ในเอกสารของท่าน",
        "fix": "ควรเขียนว่า:",
        "rule": "กฎ",
        "privacy": ("ไฟล์ที่ส่งมาใช้ตรวจเท่านั้น ไม่มีการเก็บหรือบันทึกไว้ และถูกลบทันทีเมื่อแสดงผลเสร็จ"),
        "clean": "ผ่าน: ไม่พบข้อผิดพลาดหรือคำเตือน",
        "errors": "ต้องแก้ไขก่อนส่ง: ข้อผิดพลาด {error} รายการ คำเตือน {warning} รายการ",
        "warnings": "ควรแก้ไข: คำเตือน {warning} รายการ",
        "unreadable": "ตรวจไม่ได้: อ่านไฟล์นี้ไม่ได้ (ดูเหตุผลด้านล่าง)",
        "notes": "ข้อสังเกต {info} รายการ",
    },
    "en": {
        "title": "Check an ITA integrity and transparency measures report",
        "intro": (
            'Choose your agency\'s measures report, measures plan or analysis memo and press "Check". '
            "You will see what each measure lacks and what to write instead."
        ),
        "switch": "ภาษาไทย",
        "choose": "Choose the files to check (several at once, or drop them here)",
        "formats": (
            "Files it reads: Word (.docx), Excel (.xlsx, .csv), PDF, text (.txt), web pages (.html), "
            "YAML/JSON"
        ),
        "limits": "Up to {files} files at a time, {mb} MB in all",
        "check": "Check",
        "results": "Results",
        "csv": "Download the findings (CSV for Excel)",
        "print": "Print this page",
        "agency": "Agency",
        "province": "Province",
        "year": "Fiscal year",
        "kind": "Document",
        "whole": "The whole document",
        "as_written": "This row in your document",
        "fix": "Write instead:",
        "rule": "Rule",
        "privacy": "Files are used for this check only: nothing is stored or logged, and they are deleted "
        "as soon as the results are shown.",
        "clean": "Passed: no errors or warnings",
        "errors": "Fix before submitting: {error} error(s), {warning} warning(s)",
        "warnings": "Worth fixing: {warning} warning(s)",
        "unreadable": "Not checked: the file cannot be read (the reason is below)",
        "notes": "{info} note(s)",
    },
}


# the measure fields, as the row of a finding names them
COLUMN_WORDS: dict[str, dict[str, str]] = {
    "th": {
        "area": "ประเด็น",
        "name": "มาตรการ",
        "steps": "ขั้นตอน/วิธีการ",
        "period": "ระยะเวลา",
        "responsible": "ผู้รับผิดชอบ",
        "budget": "งบประมาณ",
        "status": "สถานะ",
        "result": "ผลการดำเนินการ",
        "outcome": "ผลลัพธ์",
        "follow_up": "การติดตามผล",
    },
    "en": {
        "area": "Area",
        "name": "Measure",
        "steps": "Steps",
        "period": "Period",
        "responsible": "Responsible",
        "budget": "Budget",
        "status": "Status",
        "result": "Result",
        "outcome": "Outcome",
        "follow_up": "Follow-up",
    },
}

# why a request got a message instead of findings
REFUSALS = {
    "th": {
        "too_large": (
            "ไฟล์ที่ส่งมามีขนาดรวมเกิน {mb} MB กรุณาส่งทีละไฟล์ หรือลดขนาดไฟล์ (เช่น บันทึกเป็น PDF ใหม่โดยลดขนาดรูปภาพ)"
        ),
        "too_many": "ส่งได้ครั้งละไม่เกิน {count} ไฟล์ กรุณาแบ่งส่งหลายครั้ง",
        "no_file": "ยังไม่ได้เลือกไฟล์ กรุณาเลือกไฟล์รายงานอย่างน้อยหนึ่งไฟล์",
        "not_form": 'ข้อมูลที่ส่งมาไม่สมบูรณ์ กรุณาเลือกไฟล์แล้วกด "ตรวจไฟล์" อีกครั้ง',
        "too_slow": "การตรวจใช้เวลาเกิน {seconds} วินาที จึงหยุดไว้ กรุณาลองใหม่อีกครั้ง หรือส่งทีละไฟล์",
    },
    "en": {
        "too_large": (
            "The files sent are over {mb} MB in all. Send one file at a time, or make the file smaller."
        ),
        "too_many": "At most {count} files at a time: please send them in several goes.",
        "no_file": "No file was chosen: choose at least one report file.",
        "not_form": 'What was sent is incomplete: choose the files and press "Check" again.',
        "too_slow": (
            "Checking took more than {seconds} seconds and was stopped. "
            "Try again, or send one file at a time."
        ),
    },
}


class FindingView(NamedTuple):
    severity: str
    severity_word: str
    place: str
    message: str
    fix: str | None
    code: str
    rule: str


class GroupView(NamedTuple):
    heading: str
    cells: tuple[tuple[str, str], ...]  # the measure's row as written: column name, text
    findings: tuple[FindingView, ...]


class FileView(NamedTuple):
    name: str
    verdict: str
    verdict_class: str  # clean, warnings, errors, unreadable
    facts: tuple[tuple[str, str], ...]
    groups: tuple[GroupView, ...]


class LanguageView(NamedTuple):
    lang: str
    words: dict[str, str]
    refusal: str | None
    files: tuple[FileView, ...]
    csv: str | None  # the findings as a data: URL, for the download link


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("ita_lint.web", "templates"), autoescape=True)


def render(
    lang: str,
    settings: ServeSettings,
    checked: Sequence[CheckedFile] = (),
    refused: Refused | None = None,
) -> str:
    views = [_language_view(view_lang, checked, refused) for view_lang in LANGUAGES]
    accept = ",".join(readers.READERS)
    limits = {"files": settings.max_files, "mb": f"{settings.upload_mb:g}"}
    return (
        _environment().get_template("page.html").render(lang=lang, views=views, accept=accept, limits=limits)
    )


def _language_view(lang: str, checked: Sequence[CheckedFile], refused: Refused | None) -> LanguageView:
    files = tuple(_file_view(file, lang) for file in checked)
    csv = None
    if checked:
        found = sorted(d for file in checked for d in file.findings[lang])
        text = render_report("csv", Run(found, [file.name for file in checked], (), lang))
        csv = "data:text/csv;charset=utf-8;base64," + base64.b64encode(text.encode()).decode()
    return LanguageView(lang, WORDS[lang], refused.message(lang) if refused else None, files, csv)


def _verdict(found: Sequence[Diagnostic], checked: bool, lang: str) -> tuple[str, str]:
    words = WORDS[lang]
    # every severity named, so that each sentence finds its counts (a Counter unpacks only the
    # severities it has seen: a file with errors and no warnings was a KeyError)
    counts = dict.fromkeys(("error", "warning", "info"), 0) | Counter(str(d.severity) for d in found)
    if not checked:
        return words["unreadable"], "unreadable"
    if counts["error"]:
        verdict, kind = words["errors"].format(**counts), "errors"
    elif counts["warning"]:
        verdict, kind = words["warnings"].format(**counts), "warnings"
    else:
        verdict, kind = words["clean"], "clean"
    if counts["info"]:
        verdict += " · " + words["notes"].format(**counts)
    return verdict, kind


def _file_view(file: CheckedFile, lang: str) -> FileView:
    words = WORDS[lang]
    found = file.findings[lang]
    verdict, kind = _verdict(found, file.summary.checked, lang)
    summary = file.summary
    kinds = KIND_WORDS[lang]
    facts = [
        (words["agency"], summary.agency),
        (words["province"], summary.province),
        (words["year"], str(summary.fiscal_year) if summary.fiscal_year else None),
        (words["kind"], kinds.get(summary.kind, summary.kind)),
    ]
    rows: dict[tuple[int | None, str | None], MeasureRow] = {
        (row.line, row.label): row for row in file.measures
    }
    groups: dict[tuple[int | None, str | None], list[Diagnostic]] = {}
    for d in found:
        key = (d.measure_line, d.measure) if d.measure is not None else (None, None)
        groups.setdefault(key, []).append(d)
    return FileView(
        file.name,
        verdict,
        kind,
        tuple((label, value) for label, value in facts if value),
        tuple(
            _group_view(key, findings, rows.get(key), file.fixes, lang) for key, findings in groups.items()
        ),
    )


def _group_view(
    key: tuple[int | None, str | None],
    found: list[Diagnostic],
    row: MeasureRow | None,
    fixes: dict[str, dict[str, str]],
    lang: str,
) -> GroupView:
    words = WORDS[lang]
    columns = COLUMN_WORDS[lang]
    cells = tuple((columns[str(column)], text) for column, text in row.cells) if row is not None else ()
    severity_words = SEVERITY_WORDS[lang]
    findings = tuple(
        FindingView(
            str(d.severity),
            severity_words[d.severity],
            where(d.line, d.location, lang),
            d.message,
            fixes.get(d.code, {}).get(lang),
            d.code,
            d.rule,
        )
        for d in sorted(found, key=lambda d: (-Severity(d.severity).rank, d))
    )
    return GroupView(key[1] or words["whole"], cells, findings)
