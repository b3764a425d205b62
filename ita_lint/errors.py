"""The two ways input can fail, in one place: a document that cannot be read (a finding for that
file, and a bulk run carries on) and a rule or configuration file that cannot be used (exit 2)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ita_lint.records import Position


class ReadError(Exception):
    """A file that cannot be read or parsed, with where the problem is when known."""

    def __init__(
        self,
        message: str,
        position: Position | None = None,
        kind: str = "unreadable",
        more: list[tuple[str, Position]] | None = None,
    ) -> None:
        super().__init__(message)
        if position is None:
            # imported here: the command line imports errors before it needs the record types
            from ita_lint.records import START

            position = START
        self.position = position
        # what kind of failure, for rules to tell apart: unreadable, scanned (no text layer), legacy
        self.kind = kind
        # further problems of the same file (every invalid field of a record), each where it is
        self.more = more or []


class ConfigError(Exception):
    """A rule or configuration file that cannot be used; the CLI exits with code 2."""


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the closest known word, or nothing when none is close."""
    import difflib  # only when something is misspelt

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class Reason(NamedTuple):
    """Why a file cannot be read, as a message shows it: in English as raised, in Thai through
    `THAI_REASONS`. The details a library gives (an exception's own words) stay as they are."""

    text: str

    def said_in(self, lang: str) -> str:
        if lang != "th":
            return self.text
        text = self.text
        for pattern, thai in _thai_reasons():
            text = pattern.sub(thai, text)
        return text


# English -> Thai, applied in order to the whole reason: each reader's words, then the words they share.
THAI_REASONS: tuple[tuple[str, str], ...] = (
    (
        r"^unsupported file type (\S+)",
        r"ไม่รองรับไฟล์ชนิด \1 (ตรวจได้: .docx .xlsx .csv .pdf .txt .html .yaml .json)",
    ),
    (r"^not a readable Word document", "ไม่ใช่ไฟล์ Word ที่อ่านได้"),
    (r"^not a readable Excel workbook", "ไม่ใช่ไฟล์ Excel ที่อ่านได้"),
    (r"^not a readable spreadsheet", "ไม่ใช่สเปรดชีตที่อ่านได้"),
    (r"^not a readable CSV file", "ไม่ใช่ไฟล์ CSV ที่อ่านได้"),
    (r"^not a readable PDF", "ไม่ใช่ไฟล์ PDF ที่อ่านได้"),
    (r"^not a readable (HTML page|web page)", "ไม่ใช่หน้าเว็บที่อ่านได้"),
    (r"^not a readable text file", "ไม่ใช่ไฟล์ข้อความที่อ่านได้"),
    (r"^not a readable file", "ไม่ใช่ไฟล์ที่อ่านได้"),
    (
        r": not a zip package \(damaged or not a (\S+) file\)",
        r": ไม่ใช่แพ็กเกจ zip (ไฟล์เสียหาย หรือไม่ใช่ไฟล์ \1 จริง)",
    ),
    (r": the package has no (\S+) part$", r": แพ็กเกจไม่มีส่วน \1 (ไฟล์เสียหาย)"),
    (r": the package names no main document part$", ": แพ็กเกจไม่ได้ระบุส่วนเนื้อหาหลัก (ไฟล์เสียหาย)"),
    (r": its main part holds <(\S+)>, not a document body$", r": ส่วนหลักของไฟล์เป็น <\1> ไม่ใช่เนื้อหาเอกสาร Word"),
    (r": a legacy (.+?) file named (\S+)$", r": เป็นไฟล์รุ่นเก่า \1 ที่ตั้งชื่อเป็น \2 (เปิดแล้วบันทึกใหม่)"),
    (
        r"^(.+?) files \((\S+)\) cannot be read: open it and save it as (\S+) \(or export a PDF\)",
        r"อ่านไฟล์ \1 (\2) ไม่ได้: เปิดไฟล์แล้วบันทึกเป็น \3 (หรือส่งออกเป็น PDF)",
    ),
    (
        r"^this PDF has no text layer \(a scanned document\), and reading it needs OCR: ",
        "PDF นี้ไม่มีข้อความ (เป็นภาพสแกน) ต้องอ่านด้วย OCR: ",
    ),
    (
        r"^this file is a picture of a page, and reading it needs OCR: ",
        "ไฟล์นี้เป็นภาพของหน้าเอกสาร ต้องอ่านด้วย OCR: ",
    ),
    (
        r"install Tesseract's Thai model and ita-lint's OCR extra: ",
        "ติดตั้งโมเดลภาษาไทยของ Tesseract และส่วนเสริม OCR ของ ita-lint: ",
    ),
    (r"OCR is turned off \(ocr-pages: 0 in the limits\)", "ปิด OCR ไว้ (ocr-pages: 0 ใน limits)"),
    (r"^cannot read file: permission denied", "เปิดไฟล์ไม่ได้: ไม่มีสิทธิ์อ่าน"),
    (r"^cannot read file: ", "เปิดไฟล์ไม่ได้: "),
    (r"^cannot read directory: permission denied", "เปิดโฟลเดอร์ไม่ได้: ไม่มีสิทธิ์อ่าน"),
    (r"^a directory, not a file", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์"),
    (r"^not a regular file \(a device or a pipe\)", "ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์หรือไปป์)"),
    (
        r"^binary file, not text \(or UTF-16 without a byte-order mark\)",
        "เป็นไฟล์ไบนารี ไม่ใช่ข้อความ (หรือเป็น UTF-16 ที่ไม่มี BOM)",
    ),
    (r"^not valid (\S+) text: (.+) at byte (\d+)", r"ไม่ใช่ข้อความ \1 ที่ถูกต้อง: \2 ที่ไบต์ \3"),
    (
        r"^unknown text encoding: not UTF-8 \(byte (\d+)\).*$",
        r"ไม่รู้จักรหัสอักขระ: ไม่ใช่ UTF-8 (ไบต์ \1), UTF-16 หรือ TIS-620/cp874",
    ),
    (r"^invalid YAML: ", "YAML ไม่ถูกต้อง: "),
    (r"^a record file must hold one mapping", "ไฟล์ข้อมูลต้องเป็น mapping เดียว"),
    (r"^invalid record at (.+?): ", r"ข้อมูลไม่ถูกต้องที่ \1: "),
    (r"unknown field ('[^']*')", r"ไม่รู้จักช่องข้อมูล \1"),
    (r"; did you mean ('[^']*')\?", r" หมายถึง \1 หรือไม่"),
    (r"(\S+) must be a mapping of fields, not (.+)$", r"\1 ต้องเป็นชุดช่องข้อมูล (mapping) ไม่ใช่ \2"),
    (r"(\S+) must be a list, not (.+)$", r"\1 ต้องเป็นรายการ (list) ไม่ใช่ \2"),
    (r"a cell holds text or a number, not (.+)$", r"ช่องต้องเป็นข้อความหรือตัวเลข ไม่ใช่ \1"),
    (r"must be one of (.+), not (.+)$", r"ต้องเป็นค่าใดค่าหนึ่งใน \1 ไม่ใช่ \2"),
    (r"must be a Buddhist-era year such as (\d+) \((.+?)\), not (.+)$", r"ต้องเป็นปี พ.ศ. เช่น \1 (\2) ไม่ใช่ \3"),
    (r"a title is text, not (.+)$", r"ชื่อตารางต้องเป็นข้อความ ไม่ใช่ \1"),
    (r"a score has an indicator and a score$", "คะแนนแต่ละรายการต้องมีทั้งตัวชี้วัด (indicator) และคะแนน (score)"),
    # what a record held instead (record_file._kind_of)
    (r"ไม่ใช่ a mapping$", "ไม่ใช่ชุดช่องข้อมูล"),
    (r"ไม่ใช่ a list$", "ไม่ใช่รายการ"),
    (r"ไม่ใช่ text$", "ไม่ใช่ข้อความ"),
    (r"ไม่ใช่ true/false$", "ไม่ใช่ค่าจริง/เท็จ"),
    (r"ไม่ใช่ a number$", "ไม่ใช่ตัวเลข"),
    (r"^file larger than (\S+) MB \((\S+) MB\)", r"ไฟล์ใหญ่เกิน \1 MB (\2 MB)"),
    (r"^its parts unpack to more than (\S+) MB \((\S+) MB\)", r"ส่วนประกอบของไฟล์คลายออกได้เกิน \1 MB (\2 MB)"),
    (
        r"^its parts unpack to (\S+) times their size \(a zip bomb\)",
        r"ส่วนประกอบของไฟล์คลายออกได้ \1 เท่าของขนาดไฟล์ (zip bomb)",
    ),
    (r"^more than (\d+) lines and table rows", r"มีบรรทัดและแถวตารางเกิน \1"),
    (r"^more than (\d+) rows in one sheet", r"มีแถวในแผ่นงานเดียวเกิน \1 แถว"),
    (r"^more than (\d+) measures", r"มีมาตรการเกิน \1 รายการ"),
    (r"^a row with more than (\d+) cells", r"มีแถวที่มีช่องเกิน \1 ช่อง"),
    (r"^a row with text beyond column (\d+)", r"มีข้อความเลยคอลัมน์ที่ \1"),
    (r"^a cell or line longer than (\d+) characters", r"มีช่องหรือบรรทัดยาวเกิน \1 ตัวอักษร"),
    (r" \(see `limits` in the configuration\)", " (ดู `limits` ในการตั้งค่า)"),
    (r"^cannot parse: ", "แยกวิเคราะห์ไม่ได้: "),
    (r"^internal error while checking, please report it: ", "เกิดข้อผิดพลาดภายในระหว่างตรวจ โปรดแจ้งผู้พัฒนา: "),
    # places inside the reason (a row with too many cells: "(table 3 row 5)")
    (r"\btable (\d+)", r"ตาราง \1"),
    (r"\brow (\d+)", r"แถว \1"),
    (r"\bcell (\d+)", r"ช่อง \1"),
    (r"\bsheet '", "แผ่นงาน '"),
    (r"\bcolumn (\d+)", r"คอลัมน์ \1"),
    (r"\bline (\d+)", r"บรรทัด \1"),
    (r"\bpage (\d+)", r"หน้า \1"),
)


@cache
def _thai_reasons() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), thai) for pattern, thai in THAI_REASONS]
