"""Generate the holdout6 documents that build.py specs cannot express.

    .venv/bin/python tests/corpus/holdout6/generate.py            # every document
    .venv/bin/python tests/corpus/holdout6/generate.py csv-gform   # only stems that contain this

Self-contained and deterministic: fixed dates in zips and PDFs, no randomness. PDFs come from
LibreOffice (`soffice --headless`) and the text export from poppler's `pdftotext -layout`.
Needs python-docx, openpyxl and lxml (the project's .venv), LibreOffice and the TLWG Thai fonts.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 1, 1)
GENERATORS = {}


def document(stem):
    def register(function):
        GENERATORS[stem] = function
        return function

    return register


# ------------------------------------------------------------------------------------------ helpers


def write_text(stem, ext, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    (HERE / f"{stem}.{ext}").write_bytes(data)


def fix_zip(path):
    entries = []
    with zipfile.ZipFile(path) as package:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data
                )
            entries.append((info.filename, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, data)


def _blank(pattern, fill):
    def replace(match):
        whole, base = bytearray(match.group(0)), match.start(0)
        for group in range(1, (match.re.groups or 0) + 1):
            start, end = match.start(group) - base, match.end(group) - base
            whole[start:end] = (fill * (end - start))[: end - start]
        return bytes(whole)

    return re.compile(pattern), replace


PDF_FIXES = [
    _blank(rb"/(?:CreationDate|ModDate)\s*\(D:([0-9]{14})", b"20240101000000"),
    _blank(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", b"0"),
    _blank(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", b"0"),
    _blank(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<", b"2024-01-01T00:00:00Z "),
]


def to_pdf(source, out):
    """LibreOffice under a private profile; dates and IDs fixed without moving a byte."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="holdout6-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
            env={**os.environ, "TZ": "UTC"},
        )
        data = Path(tmp, Path(source).stem + ".pdf").read_bytes()
    for pattern, replace in PDF_FIXES:
        data = pattern.sub(replace, data)
    Path(out).write_bytes(data)


def new_docx(font="Laksaman", size=14, landscape=False, margin=1.8):
    d = docx.Document()
    normal = d.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    set_size(rpr, size)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section = d.sections[0]
    width, height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin))
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    return d


def usable_width(d):
    section = d.sections[-1]
    return int(section.page_width - section.left_margin - section.right_margin)


def set_size(rpr, size):
    half = str(round(size * 2))
    sz = rpr.get_or_add_sz()
    sz.set(qn("w:val"), half)
    cs = rpr.find(qn("w:szCs"))
    if cs is None:
        cs = OxmlElement("w:szCs")
        sz.addnext(cs)
    cs.set(qn("w:val"), half)


def run(paragraph, text, bold=False, size=None):
    r = paragraph.add_run(text)
    if bold:
        r.bold = True
        r._r.get_or_add_rPr().get_or_add_bCs()
    if size:
        set_size(r._r.get_or_add_rPr(), size)
    return r


def para(container, text="", bold=False, size=None, center=False, right=False, indent=0.0):
    p = container.add_paragraph()
    if text:
        run(p, text, bold, size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def field(paragraph, instruction):
    def char(kind):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run("1")
    char("end")


def borders(table, visible=True):
    properties = table._tbl.tblPr
    old = properties.find(qn("w:tblBorders"))
    if old is not None:
        properties.remove(old)
    element = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if visible:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        element.append(e)
    properties.get_or_add_tblLayout().addprevious(element)


def table(d, rows, widths, size=None, header_rows=1, visible=True, bold_header=True):
    """A simple grid table: rows of strings (newlines make paragraphs); widths are relative."""
    t = d.add_table(rows=len(rows), cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, visible)
    total = usable_width(d)
    absolute = [int(total * w / sum(widths)) for w in widths]
    t.autofit = False
    for column, width in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), absolute):
        column.set(qn("w:w"), str(int(width / 635)))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = t.cell(r, c)
            cell.width = Emu(absolute[c])
            for n, line in enumerate(str(text or "").split("\n")):
                p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if line:
                    run(p, line, bold_header and r < header_rows, size)
                if r < header_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows[:header_rows]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return t


def save_docx(d, path):
    d.save(str(path))
    fix_zip(path)


def display_width(text):
    """Columns a monospaced terminal gives the text: Thai marks above and below take none."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def wrap(text, width):
    """Wrap at spaces only, as pandoc does: Thai is never cut inside a run without spaces."""
    lines = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = word if not line else line + " " + word
            if display_width(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines or [""]


def longest_token(text):
    return max((display_width(t) for t in re.split(r"[ \n]", str(text))), default=0)


def pad(text, width):
    return text + " " * (width - display_width(text))


def xlsx_fixed(workbook, path):
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    workbook.properties.creator = None
    workbook.save(path)
    fix_zip(path)


# ------------------------------------------------------------------------------------ CSV: hospital


@document("csv-hospital-sawangdaendin-2565")
def csv_hospital():
    rows = [
        ["รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2565"],
        ["โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน จังหวัดสกลนคร"],
        ["ข้อมูล ณ วันที่ 30 กันยายน 2565"],
        [],
        ["ลำดับ", "ตัวชี้วัด", "มาตรการ/กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "สถานะ", "ผลการดำเนินงาน"],
        ["1", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "จัดทำมาตรฐานการให้บริการผู้ป่วยนอกเพื่อลดระยะเวลารอคอย", "ต.ค. 64 - มี.ค. 65", "ไม่ใช้งบประมาณ", "กลุ่มงานการพยาบาล", "ดำเนินการแล้ว", "ประกาศมาตรฐานการให้บริการ 5 จุดบริการ ลดระยะเวลารอคอยเฉลี่ยจาก 3.2 ชั่วโมง เหลือ 2.1 ชั่วโมง"],
        ["2", "ตัวชี้วัดที่ 2 การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาส", "ต.ค. 64 - ก.ย. 65", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทั่วไป (งานการเงิน)", "ดำเนินการแล้ว", "เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลครบ 4 ไตรมาส ทางเว็บไซต์โรงพยาบาล"],
        ["3", "ตัวชี้วัดที่ 3 การใช้อำนาจ", "ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนค่าตอบแทนอย่างเปิดเผย", "มี.ค. - ก.ย. 65", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทั่วไป (งานทรัพยากรบุคคล)", "ดำเนินการแล้ว", ""],
        ["4", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", "จัดทำแนวปฏิบัติการขออนุญาตยืมครุภัณฑ์การแพทย์และการใช้รถพยาบาล", "ม.ค. - มิ.ย. 65", "2,500", "งานพัสดุ", "ดำเนินการแล้ว", "ประกาศแนวปฏิบัติเมื่อ 14 ก.พ. 65 และจัดทำแบบฟอร์มการยืมครุภัณฑ์ทุกหน่วยงาน"],
        ["5", "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต", "ปรับปรุงช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ (เว็บไซต์ / ตู้รับเรื่องร้องเรียน / โทรศัพท์)", "ต.ค. 64 - ก.ย. 65", "ไม่ใช้งบประมาณ", "ศูนย์รับเรื่องร้องเรียน", "ดำเนินการแล้ว", "ได้รับเรื่องร้องเรียน 3 เรื่อง (ด้านการบริการ 2 เรื่อง ด้านพฤติกรรมบริการ 1 เรื่อง) ดำเนินการแล้วเสร็จทุกเรื่อง"],
        ["6", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "สำรวจความพึงพอใจผู้รับบริการผู้ป่วยนอกและผู้ป่วยใน", "เม.ย. - มิ.ย. 65", "4,000", "กลุ่มงานประกันสุขภาพ", "อยู่ระหว่างดำเนินการ", "เก็บแบบสำรวจแล้ว 380 ชุด จาก 400 ชุด อยู่ระหว่างวิเคราะห์ผล"],
        ["7", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "ประชาสัมพันธ์ข้อมูลบริการผ่าน Facebook Fanpage และ LINE Official Account", "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "งานประชาสัมพันธ์", "ดำเนินการแล้ว", "เผยแพร่ข่าวสาร 214 โพสต์ ผู้ติดตามเพิ่มขึ้น 2,140 ราย"],
        ["8", "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน", "พัฒนาระบบนัดหมายผู้ป่วยออนไลน์ผ่าน LINE", "พ.ค. - ก.ย. 65", "15,000", "กลุ่มงานสุขภาพดิจิทัล", "ยังไม่ดำเนินการ", ""],
        ["9", "ตัวชี้วัดที่ 9-10 การเปิดเผยข้อมูล / การป้องกันการทุจริต", "ประชุมคณะกรรมการ ITA เพื่อวิเคราะห์ผลการประเมินและจัดทำมาตรการ", "ธ.ค. 64, มี.ค. 65", "ไม่ใช้งบประมาณ", "คณะกรรมการ ITA โรงพยาบาล", "ดำเนินการแล้ว", "ประชุม 2 ครั้ง จัดทำรายงานการวิเคราะห์ผลการประเมินและมาตรการส่งเสริมคุณธรรมฯ เสนอผู้อำนวยการ"],
        [],
        ["", "", "", "", "", "ผู้รายงาน", "นางสาวอรุณี พรหมสาขา", "นักจัดการงานทั่วไปชำนาญการ"],
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row + [""] * (8 - len(row)) if row else [""] * 8)
    (HERE / "csv-hospital-sawangdaendin-2565.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))



# ------------------------------------------------------------------------------- HTML: province


@document("html-province-suphanburi-2568")
def html_province():
    areas = [
        ("๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", [
            ("๑", "จัดทำคู่มือการปฏิบัติงานตามภารกิจของกลุ่มงานในสำนักงานจังหวัด", "<p>ต.ค. ๖๗ - มี.ค. ๖๘</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานอำนวยการ",
             "จัดทำคู่มือการปฏิบัติงาน ๑๘ กระบวนงาน<br>เผยแพร่ทางเว็บไซต์สำนักงานจังหวัด", "การปฏิบัติงานเป็นมาตรฐานเดียวกัน ตรวจสอบได้"),
            ("๒", "ลดขั้นตอนการขออนุญาตใช้สถานที่ศาลากลางจังหวัด", "<p>ม.ค. - เม.ย ๖๘</p>", "ไม่ใช้ งบประมาณ", "กลุ่มงานอำนวยการ",
             "ลดขั้นตอนจาก ๕ ขั้นตอน เหลือ ๓ ขั้นตอน และลดระยะเวลาพิจารณาจาก ๗ วัน เหลือ ๓ วันทำการ", "ผู้ขอใช้สถานที่ได้รับความสะดวกรวดเร็วขึ้น"),
        ]),
        ("๒. การให้บริการและระบบ E-Service", [
            ("๓", "พัฒนาระบบ E-Service ขอใช้ห้องประชุมและขอข้อมูลข่าวสารของราชการออนไลน์", "<p>ต.ค. ๖๗</p><p>-</p><p>มิ.ย. ๖๘</p>", "๙,๘๐๐", "กลุ่มงานข้อมูลและการสื่อสาร",
             "เปิดให้บริการ E-Service ๒ ระบบ มีผู้ใช้บริการ ๔๓๖ ครั้ง", "ลดการเดินทางมาติดต่อที่ศาลากลางจังหวัด"),
        ]),
        ("๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร", [
            ("๔", "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ เพจ Facebook และ LINE OpenChat ของจังหวัด", "<p>ตลอดปีงบประมาณ</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานข้อมูลและการสื่อสาร",
             "เผยแพร่ข่าวสาร ๖๒๔ เรื่อง<br>ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ทุกเดือน", "ประชาชนเข้าถึงข้อมูลได้หลายช่องทาง"),
        ]),
        ("๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", [
            ("๕", "ตรวจสอบพัสดุประจำปีและกำกับการใช้รถราชการด้วยสมุดบันทึกการใช้รถ", "<p>ต.ค. ๖๗ - ก.ย. ๖๘</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานอำนวยการ (งานพัสดุ)",
             "ตรวจสอบพัสดุประจำปีแล้วเสร็จ ตรวจสมุดบันทึกการใช้รถ ๑๒ คัน ทุกเดือน", "ไม่พบการใช้รถราชการผิดวัตถุประสงค์"),
        ]),
        ("๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", [
            ("๖", "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างประจำเดือน", "<p>ต.ค.๖๗–ก.ย.๖๘</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานอำนวยการ (งานการเงินและบัญชี)",
             "เผยแพร่แผน ๑ ฉบับ และรายงานผลครบ ๑๒ เดือน", "การจัดซื้อจัดจ้างตรวจสอบได้"),
            ("๗", "โครงการประชุมชี้แจงแนวทางการจัดซื้อจัดจ้างภาครัฐแก่เจ้าหน้าที่พัสดุส่วนราชการในจังหวัด", "<p>๑๕ - ๑๖ ม.ค. ๖๘</p>", "๓๘,๔๐๐", "กลุ่มงานอำนวยการ",
             "จัดประชุม ๒ วัน ผู้เข้าร่วม ๑๒๐ คน จาก ๔๒ ส่วนราชการ", "เจ้าหน้าที่พัสดุปฏิบัติตามระเบียบได้ถูกต้อง ข้อทักท้วงจากการตรวจสอบลดลง"),
        ]),
        ("๖. กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", [
            ("๘", "เผยแพร่หลักเกณฑ์และผลการคัดเลือกข้าราชการดีเด่น และหลักเกณฑ์การประเมินผลการปฏิบัติราชการ", "<p>ต.ค. ๖๗ - ก.ย. ๖๘</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานอำนวยการ (งานบริหารทรัพยากรบุคคล)",
             "เผยแพร่หลักเกณฑ์ ๒ ฉบับ และประกาศผลการคัดเลือกข้าราชการดีเด่น ร่วมกับชมรม STRONG – จิตพอเพียงต้านทุจริต จังหวัดสุพรรณบุรี", "บุคลากรรับรู้หลักเกณฑ์อย่างทั่วถึง"),
        ]),
        ("๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", [
            ("๙", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "<p>ต.ค. ๖๗ - ม.ค. ๖๘</p>", "ไม่ใช้งบประมาณ", "กลุ่มงานอำนวยการ",
             "ผู้ว่าราชการจังหวัดสุพรรณบุรีลงนามประกาศเมื่อวันที่ ๒๖ ธันวาคม พ.ศ. ๒๕๖๗<br>รายงานผลการรับของขวัญ ไม่มีการรับ", "บุคลากรถือปฏิบัติตามนโยบาย"),
            ("๑๐", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ศูนย์ดำรงธรรมจังหวัด / เว็บไซต์ / ตู้ ปณ. ๙ )", "<p>ต.ค. ๖๗ - ก.ย. ๖๘</p>", "ไม่ใช้งบประมาณ", "ศูนย์ดำรงธรรมจังหวัดสุพรรณบุรี",
             "เปิดรับเรื่องร้องเรียนการทุจริตแยกจากเรื่องร้องทุกข์ทั่วไป<br>จัดทำสถิติเรื่องร้องเรียนรายไตรมาสเผยแพร่บนเว็บไซต์", "ไม่พบการร้องเรียนการทุจริตของเจ้าหน้าที่สำนักงานจังหวัด"),
        ]),
    ]
    body = []
    for area, measures in areas:
        for i, (no, name, period, budget, resp, result, outcome) in enumerate(measures):
            cells = []
            if i == 0:
                span = f' rowspan="{len(measures)}"' if len(measures) > 1 else ""
                cells.append(f'<td{span} style="vertical-align:top"><strong>{area}</strong></td>')
            cells += [
                f'<td style="text-align:center">{no}</td>',
                f"<td>{name}</td>",
                f"<td>{period}</td>",
                f'<td style="text-align:right">{budget}</td>',
                f"<td>{resp}</td>",
                f"<td>{result}</td>",
                f"<td>{outcome}</td>",
            ]
            body.append("        <tr>\n          " + "\n          ".join(cells) + "\n        </tr>")
    page = f"""<!DOCTYPE html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๘ | สำนักงานจังหวัดสุพรรณบุรี</title>
  <link rel="stylesheet" href="/assets/css/bootstrap.min.css">
</head>
<body>
  <header class="site-header">
    <div class="logo"><img src="/assets/img/logo-suphan.png" alt="ตราจังหวัดสุพรรณบุรี"> สำนักงานจังหวัดสุพรรณบุรี</div>
    <nav><a href="/">หน้าแรก</a> | <a href="/about">เกี่ยวกับหน่วยงาน</a> | <a href="/news">ข่าวประชาสัมพันธ์</a> | <a href="/ita">ITA</a> | <a href="/contact">ติดต่อเรา</a></nav>
  </header>
  <div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; <a href="/ita">ITA ๒๕๖๘</a> &gt; O36</div>
  <main class="container">
    <h2 style="text-align:center">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h2>
    <h3 style="text-align:center">ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h3>
    <h3 style="text-align:center">สำนักงานจังหวัดสุพรรณบุรี</h3>
    <p>เผยแพร่เมื่อ ๓๐ กันยายน ๒๕๖๘ &nbsp;|&nbsp; ผู้เข้าชม ๒๑๓ ครั้ง</p>
    <div class="table-responsive">
      <table class="table table-bordered" border="1" cellpadding="4" style="border-collapse:collapse">
        <thead>
        <tr>
          <th>ประเด็น</th>
          <th>ที่</th>
          <th>มาตรการ/โครงการ</th>
          <th>ระยะเวลา</th>
          <th>งบประมาณ (บาท)</th>
          <th>ผู้รับผิดชอบ</th>
          <th>ผลการดำเนินการ</th>
          <th>ผลลัพธ์</th>
        </tr>
        </thead>
        <tbody>
{chr(10).join(body)}
        </tbody>
      </table>
    </div>
    <p>ดาวน์โหลดเอกสาร: <a href="/files/ita68/o36.pdf">รายงานผล O36 (PDF)</a></p>
  </main>
  <footer>© ๒๕๖๘ สำนักงานจังหวัดสุพรรณบุรี ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลสนามชัย อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี ๗๒๐๐๐ โทร. ๐ ๓๕๕๓ ๖๐๔๐</footer>
</body>
</html>
"""
    write_text("html-province-suphanburi-2568", "html", page)


# -------------------------------------------------------------- text-aligned: pdftotext -layout


@document("text-aligned-spm-lampang-2567")
def text_aligned_spm():
    d = new_docx(font="Laksaman", size=15, landscape=True)
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(footer, "หน้า ")
    field(footer, "PAGE")
    run(footer, " จาก ")
    field(footer, "NUMPAGES")
    para(d, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True, size=16)
    para(d, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True, size=16)
    para(d, "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน", bold=True, center=True, size=16)
    para(d)
    rows = [
        ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "ผลลัพธ์"],
        ["๑", "ประชุมชี้แจงมาตรการส่งเสริมคุณธรรมและความโปร่งใสแก่บุคลากรในสำนักงานเขตพื้นที่การศึกษา", "พ.ย. ๖๖", "กลุ่มอำนวยการ",
         "ประชุมชี้แจงบุคลากร ๕๒ คน เมื่อวันที่ ๑๕ พฤศจิกายน ๒๕๖๖", "บุคลากรรับทราบมาตรการและถือปฏิบัติ"],
        ["๒", "ขับเคลื่อนโครงการโรงเรียนสุจริตในสถานศึกษาในสังกัด", "ธ.ค. ๖๖ – ส.ค. ๖๗", "กลุ่มส่งเสริมการจัดการศึกษา",
         "โรงเรียนในสังกัด ๔๓ แห่ง จัดกิจกรรมโรงเรียนสุจริตและค่ายเยาวชนคนดี ๒ รุ่น", "นักเรียนมีพฤติกรรมซื่อสัตย์สุจริต ผ่านการประเมินโรงเรียนสุจริต ๓๘ แห่ง"],
        ["๓", "ส่งเสริมการประเมินคุณธรรมและความโปร่งใสของสถานศึกษา (ITA Online)", "ตามปฏิทินของ สพฐ.", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
         "สถานศึกษา ๔๓ แห่ง เผยแพร่ข้อมูลผ่านระบบ ITA Online ครบทุกแห่ง", "สถานศึกษาผ่านเกณฑ์ร้อยละ ๙๕.๓๕"],
        ["๔", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๖ - ม.ค. ๖๗", "หน่วยตรวจสอบภายใน / กลุ่มอำนวยการ",
         "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาลงนามประกาศเมื่อ ๒ ต.ค. ๒๕๖๖ และรายงานผลการรับของขวัญ", "ไม่พบการรับของขวัญของบุคลากร"],
        ["๕", "ช่องทางการร้องเรียน/แจ้งเบาะแสการทุจริตของบุคลากรทางการศึกษา", "ต.ค. ๖๖ - ก.ย. ๖๗", "กลุ่มกฎหมายและคดี",
         "มีช่องทางร้องเรียน ๔ ช่องทาง (เว็บไซต์ อีเมล โทรศัพท์ หนังสือ) ได้รับเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จ", "ผู้ร้องเรียนได้รับแจ้งผลภายใน ๓๐ วัน"],
        ["๖", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณประจำปี", "ต.ค. ๖๖ - ก.ย. ๖๗", "กลุ่มบริหารงานการเงินและสินทรัพย์",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนครบ ๑๒ เดือน", "การใช้จ่ายงบประมาณโปร่งใส ตรวจสอบได้"],
        ["๗", "พัฒนาระบบสารบรรณอิเล็กทรอนิกส์ (My Office) และการให้บริการออนไลน์", "ม.ค. - มิ.ย. ๖๗", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
         "ใช้ระบบ My Office รับส่งหนังสือราชการกับโรงเรียนครบทุกแห่ง ลดการใช้กระดาษ", "ลดระยะเวลาการรับส่งหนังสือจาก ๒ วัน เหลือภายในวันเดียว"],
    ]
    table(d, rows, [0.5, 3.2, 1.5, 2.0, 3.6, 2.8], size=14)
    para(d)
    para(d, "ผู้รายงาน  นางสาวกนกวรรณ ใจดี  นักทรัพยากรบุคคลชำนาญการ", indent=14)
    with tempfile.TemporaryDirectory(prefix="holdout6-") as tmp:
        source = Path(tmp, "spm.docx")
        save_docx(d, source)
        pdf = Path(tmp, "spm.pdf")
        to_pdf(source, pdf)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    (HERE / "text-aligned-spm-lampang-2567.txt").write_bytes(text)


# ------------------------------------------------------------ cell-per-line: copied from a viewer


@document("cell-per-line-banpong-2566")
def cell_per_line():
    header = ["ลำดับ", "มาตรการ", "ระยะเวลา", "ดำเนินการ", "งบประมาณ", "(บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินการ"]
    rows = [
        ["๑", "ประกาศนโยบายไม่รับของขวัญและ", "ของกำนัลทุกชนิดจากการปฏิบัติ", "หน้าที่ (No Gift Policy)", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "สำนักปลัดเทศบาล",
         "นายกเทศมนตรีลงนามประกาศเมื่อ", "๓ ต.ค. ๒๕๖๕ และรายงานผลการรับ", "ของขวัญต่อนายกเทศมนตรีเมื่อ", "๒๕ ม.ค. ๒๕๖๖ (ไม่มีการรับ)"],
        ["๒", "กิจกรรมรณรงค์ “เทศบาลเมือง", "บ้านโป่ง ไม่รับ ไม่ให้” สร้าง", "วัฒนธรรมไม่รับของขวัญช่วง", "เทศกาลปีใหม่", "ธ.ค. ๖๕ - ม.ค. ๖๖", "๕,๐๐๐", "สำนักปลัดเทศบาล", "(งานประชาสัมพันธ์)",
         "จัดทำป้ายรณรงค์ ๕ จุด และสื่อ", "ออนไลน์ทางเพจ Facebook", "เทศบาล"],
        ["๓", "ปรับปรุงช่องทางแจ้งเรื่อง", "ร้องเรียนการทุจริตและประพฤติ", "มิชอบผ่านเว็บไซต์เทศบาล", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "สำนักปลัดเทศบาล", "(ศูนย์รับเรื่องร้องเรียน)",
         "เพิ่มแบบฟอร์มร้องเรียนการทุจริต", "ออนไลน์แยกจากเรื่องร้องทุกข์", "ทั่วไป ได้รับเรื่อง ๑ เรื่อง", "ดำเนินการแล้วเสร็จ"],
    ]
    rows2 = [
        ["๔", "เผยแพร่แผนการจัดซื้อจัดจ้าง", "และผลการจัดซื้อจัดจ้าง", "รายเดือน", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "กองคลัง",
         "เผยแพร่แผนการจัดซื้อจัดจ้าง", "และสรุปผลรายเดือนครบ ๑๒", "เดือน"],
        ["๕", "ควบคุมการใช้รถยนต์ส่วนกลาง", "และทรัพย์สินของเทศบาล", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้ งบประมาณ", "กองคลัง (งานพัสดุ)",
         "จัดทำสมุดบันทึกการใช้รถทุก", "คัน ตรวจสอบพัสดุประจำปี", "แล้วเสร็จ"],
        ["๖", "โครงการอบรมคุณธรรม", "จริยธรรมสำหรับพนักงาน", "เทศบาลและพนักงานจ้าง", "๒๓ - ๒๔ มี.ค. ๖๖", "๔๕,๖๐๐", "กองการเจ้าหน้าที่",
         "อบรม ๒ วัน ผู้เข้าร่วม ๑๖๘", "คน ความพึงพอใจร้อยละ", "๙๑.๒๐"],
    ]
    lines = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "เทศบาลเมืองบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี",
        *header,
    ]
    for row in rows:
        lines += row
    lines += ["-๑-", *header]
    for row in rows2:
        lines += row
    lines += ["-๒-", "", "ลงชื่อ", "(นายชัยวัฒน์ เกียรติขจร)", "ปลัดเทศบาลเมืองบ้านโป่ง", "ผู้รายงาน"]
    write_text("cell-per-line-banpong-2566", "txt", "\n".join(lines) + "\n")


# ------------------------------------------------------------------ markdown: converter pipe table


@document("markdown-dga-2568")
def markdown_dga():
    rows = [
        ["1", "ทบทวนคู่มือการปฏิบัติงานและกระบวนการอนุมัติโครงการภายในองค์กร", "ต.ค. 67 – มี.ค. 68", "ไม่ใช้งบประมาณ", "ฝ่ายยุทธศาสตร์องค์กร", "ดำเนินการแล้ว",
         "ทบทวนคู่มือ 14 กระบวนงาน<br>ประกาศใช้เมื่อ 31 มี.ค. 2568", "ระยะเวลาอนุมัติโครงการลดลงเฉลี่ย 4 วันทำการ"],
        ["2", "พัฒนาช่องทางบริการ e-Service ผ่านแพลตฟอร์ม \\*ทางรัฐ\\*", "1 ต.ค. 67 - 30 ก.ย. 68", "1,250,000.00", "ฝ่ายแพลตฟอร์มบริการภาครัฐ", "ดำเนินการแล้ว",
         "เชื่อมบริการของหน่วยงานภาครัฐเพิ่ม 38 บริการ", "ผู้ใช้งานแพลตฟอร์มเพิ่มขึ้นร้อยละ 27"],
        ["3", "เผยแพร่ข้อมูลข่าวสารตามมาตรา 7 และมาตรา 9 แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ บนเว็บไซต์", "ตลอดปีงบประมาณ", "ไม่ใช้ งบประมาณ", "ฝ่ายสื่อสารองค์กร", "ดำเนินการแล้ว",
         "ปรับปรุงหมวดข้อมูลข่าวสารบนเว็บไซต์ 24 หัวข้อ", "ผู้รับบริการค้นหาข้อมูลได้สะดวก"],
        ["4", "ตรวจนับทรัพย์สินประจำปีและทบทวนระเบียบการยืมทรัพย์สินขององค์กร", "ต.ค. – พ.ย. 67", "48,000", "ฝ่ายบริหารทั่วไป", "ดำเนินการแล้ว",
         "ตรวจนับทรัพย์สิน 3,412 รายการ<br>ปรับปรุงระเบียบการยืมทรัพย์สิน 1 ฉบับ", "ทะเบียนทรัพย์สินถูกต้องครบถ้วน"],
        ["5", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างในรูปแบบ Open Data", "ม.ค. – ก.ย. 68", "320,000", "ฝ่ายบริหารทั่วไป (งานพัสดุ)", "อยู่ระหว่างดำเนินการ",
         "เผยแพร่ชุดข้อมูลการจัดซื้อจัดจ้างไตรมาส 1-3 บน data.go.th แล้ว อยู่ระหว่างจัดทำชุดข้อมูลไตรมาส 4", "ประชาชนนำข้อมูลไปวิเคราะห์ได้"],
        ["6", "เผยแพร่หลักเกณฑ์การสรรหาและการเลื่อนระดับพนักงานบนอินทราเน็ต", "ต.ค. 67 – ก.ย. 68", "ไม่ใช้งบประมาณ", "ฝ่ายทรัพยากรบุคคล", "ดำเนินการแล้ว",
         "เผยแพร่หลักเกณฑ์ 3 ฉบับ และผลการคัดเลือก 5 ครั้ง", "พนักงานรับทราบหลักเกณฑ์ล่วงหน้า"],
        ["7", "ประกาศนโยบาย No Gift Policy และรายงานผลการรับของขวัญ", "ต.ค. 67 – ม.ค. 68", "ไม่ใช้งบประมาณ", "ฝ่ายทรัพยากรบุคคล / ผู้ตรวจสอบภายใน", "ดำเนินการแล้ว",
         "ผู้อำนวยการลงนามประกาศ **นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่** เมื่อ 1 ต.ค. 2567<br>รายงานผลการรับของขวัญต่อผู้อำนวยการ", "ไม่พบการรับของขวัญ"],
        ["8", "ปรับปรุงระบบรับแจ้งเบาะแสการทุจริต (Whistleblower) ให้คุ้มครองผู้แจ้ง", "ต.ค. 67 – ก.ย. 68", "85,000", "ฝ่ายตรวจสอบภายใน", "ดำเนินการแล้ว",
         "เพิ่มการแจ้งเบาะแสแบบไม่ระบุตัวตนและติดตามสถานะด้วยรหัสอ้างอิง ได้รับเรื่อง 2 เรื่อง", "ผู้แจ้งเบาะแสได้รับความคุ้มครอง"],
    ]
    header = ["ลำดับ", "มาตรการ/โครงการ", "ระยะเวลา", "งบประมาณที่ใช้ (บาท)", "ผู้รับผิดชอบ", "สถานะ", "ผลการดำเนินงาน", "ผลลัพธ์"]
    out = [
        "# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "",
        "**ประจำปีงบประมาณ พ.ศ. 2568**",
        "",
        "**สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)**",
        "",
        "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) หรือ สพร. ได้ดำเนินการตามมาตรการที่กำหนดไว้ โดยมีผลการดำเนินการ ณ วันที่ 30 กันยายน 2568 ดังนี้",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] * len(header)) + "|",
    ]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    out += ["", "*หมายเหตุ: งบประมาณเป็นงบประมาณที่เบิกจ่ายจริง ณ วันสิ้นปีงบประมาณ*", "", "ผู้รายงาน: ฝ่ายยุทธศาสตร์องค์กร", ""]
    write_text("markdown-dga-2568", "md", "\n".join(out))


# ------------------------------------------------------------- CSV saved by Thai Excel (Windows-874)


@document("csv-cp874-sao-thakham-2567")
def csv_cp874():
    width = 7
    rows = [
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"],
        ["ประจำปีงบประมาณ พ.ศ. 2567"],
        ["องค์การบริหารส่วนตำบลท่าข้าม อำเภอพุนพิน จังหวัดสุราษฎร์ธานี"],
        [],
        ["ที่", "มาตรการ/โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ผลลัพธ์"],
        ["1", "จัดทำคู่มือการปฏิบัติงานและขั้นตอนการให้บริการประชาชน", "ต.ค. 66 - ธ.ค. 66", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "จัดทำคู่มือการให้บริการ 11 งาน ติดประกาศที่ศูนย์บริการและเผยแพร่บนเว็บไซต์", "ประชาชนทราบขั้นตอนและเอกสารที่ต้องใช้"],
        ["2", "พัฒนาการให้บริการ E-Service ขอรับความช่วยเหลือสาธารณภัยและคำร้องทั่วไป", "ม.ค. - มิ.ย. 67", "3,000", "สำนักปลัด (งานป้องกันและบรรเทาสาธารณภัย)",
         "เปิดรับคำร้องออนไลน์ผ่าน Google Form มีผู้ใช้บริการ 64 ราย", "ประชาชนได้รับความช่วยเหลือรวดเร็วขึ้น"],
        ["3", "", "มี.ค. - พ.ค. 67", "18,500", "กองคลัง",
         "จัดประชุมประชาคมเพื่อเผยแพร่ข้อบัญญัติงบประมาณรายจ่ายประจำปีและแผนการจัดซื้อจัดจ้าง ผู้เข้าร่วม 150 คน", "ประชาชนมีส่วนร่วมตรวจสอบการใช้งบประมาณ"],
        ["4", "ตรวจสอบพัสดุประจำปีและกำกับการยืมคืนทรัพย์สินของทางราชการ", "ต.ค. - พ.ย. 66", "ไม่ใช้งบประมาณ", "กองคลัง (งานพัสดุ)",
         "ตรวจสอบพัสดุประจำปี 2566 แล้วเสร็จ รายงานผลต่อนายก อบต. เมื่อ 28 พ.ย. 66", "ทะเบียนพัสดุถูกต้อง ไม่พบพัสดุสูญหาย"],
        ["5", "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ เพจ Facebook และหอกระจายข่าวหมู่บ้าน", "1/10/2566 - 30/9/2567", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "เผยแพร่ข่าวกิจกรรม 186 เรื่อง ประกาศเสียงตามสายทุกสัปดาห์", "ประชาชนรับทราบข้อมูลข่าวสารอย่างทั่วถึง"],
        ["6", "ประกาศหลักเกณฑ์การบริหารงานบุคคลและการประเมินผลการปฏิบัติงานของพนักงานส่วนตำบล", "1/10/2567 - 30/9/2568", "ไม่ใช้งบประมาณ", "สำนักปลัด (งานการเจ้าหน้าที่)",
         "ประกาศหลักเกณฑ์ 2 ฉบับ แจ้งพนักงานทุกคนก่อนรอบการประเมิน", "การเลื่อนขั้นเงินเดือนเป็นธรรม ไม่มีการอุทธรณ์"],
        ["7", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 66 – ม.ค. 67", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "นายก อบต.ท่าข้าม ลงนามประกาศเมื่อ 2 ต.ค. 2566 และรายงานผลการรับของขวัญ ไม่มีการรับ", "บุคลากรปฏิบัติตามนโยบาย"],
        ["8", "จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (เว็บไซต์ / Line OA / ตู้รับเรื่อง)", "ต.ค. 66 - ก.ย. 67", "1,200", "สำนักปลัด",
         "จัดทำตู้รับเรื่องร้องเรียนการทุจริต 1 ตู้ และเมนูร้องเรียนการทุจริตบนเว็บไซต์ ไม่มีเรื่องร้องเรียนการทุจริต", "ประชาชนมีช่องทางแจ้งเบาะแสที่ปลอดภัย"],
        [],
        ["", "", "", "", "ลงชื่อ", "(นายสมชาย แก้วประดิษฐ์)", ""],
        ["", "", "", "", "", "นายกองค์การบริหารส่วนตำบลท่าข้าม", ""],
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row + [""] * (width - len(row)))
    (HERE / "csv-cp874-sao-thakham-2567.csv").write_bytes(buffer.getvalue().encode("cp874"))


# --------------------------------------------------- HTML saved by Word ("Web Page, Filtered"), TIS-620


def word_spans(text, size=14.0):
    """Word's run splitting: Thai in lang=TH spans, Latin letters and digits in their own spans."""
    style_th = f"font-size:{size}pt;font-family:\"TH SarabunPSK\",sans-serif"
    style_en = f"font-size:{size}pt;font-family:\"TH SarabunPSK\",sans-serif;mso-bidi-language:TH"
    out = []
    for piece in re.findall(r"[A-Za-z0-9\-./()]+|[^A-Za-z0-9\-./()]+", text):
        escaped = html.escape(piece, quote=False)
        if re.match(r"[A-Za-z0-9]", piece):
            out.append(f"<span style='{style_en}'>{escaped}</span>")
        else:
            out.append(f"<span lang=TH style='{style_th}'>{escaped}</span>")
    return "".join(out)


def word_cell(text, width_pt, colspan=None, bold=False, center=False):
    span = f" colspan={colspan}" if colspan else ""
    paras = []
    for line in (text or "").split("\n"):
        align = " align=center style='text-align:center'" if center else ""
        if line:
            inner = word_spans(line)
            if bold:
                inner = f"<b>{inner}</b>"
            paras.append(f"<p class=MsoNormal{align}>{inner}<span lang=TH style='font-size:14.0pt;font-family:\"TH SarabunPSK\",sans-serif'><o:p></o:p></span></p>")
        else:
            paras.append("<p class=MsoNormal><span lang=TH style='font-size:14.0pt;font-family:\"TH SarabunPSK\",sans-serif'><o:p>&nbsp;</o:p></span></p>")
    return (
        f"  <td width={round(width_pt * 1.333)} valign=top{span} style='width:{width_pt}pt;border:solid windowtext 1.0pt;"
        f"border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  "
        + "\n  ".join(paras)
        + "\n  </td>"
    )


@document("html-wordexport-ssj-yasothon-2568")
def html_wordexport():
    widths = [28, 170, 150, 80, 62, 110, 170]
    header = ["ที่", "มาตรการ/โครงการ", "กิจกรรม/วิธีดำเนินการ", "ระยะเวลา", "งบประมาณ\n(บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"]
    areas = [
        ("ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", [
            ["๑", "จัดทำคู่มือการปฏิบัติงานของกลุ่มงานในสำนักงานสาธารณสุขจังหวัด", "ทบทวนคู่มือเดิมและจัดทำคู่มือใหม่\nเผยแพร่บนเว็บไซต์", "ต.ค. ๖๗ - มี.ค. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทั่วไป", "จัดทำคู่มือครบ ๑๓ กลุ่มงาน รวม ๔๖ กระบวนงาน"],
            ["๒", "กำหนดมาตรฐานระยะเวลาการพิจารณาอนุญาตสถานประกอบการเพื่อสุขภาพ", "ประกาศระยะเวลาการพิจารณาและติดตามผลรายเดือน", "ธ.ค. ๖๗ - ก.พ. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข", "ประกาศมาตรฐานระยะเวลา ๘ งาน พิจารณาแล้วเสร็จตามกำหนดร้อยละ ๙๘"],
        ]),
        ("ประเด็นที่ ๒ การให้บริการและระบบ E-Service", [
            ["๓", "พัฒนาระบบ E-Service ยื่นคำขออนุญาตสถานประกอบการด้านสุขภาพ", "เปิดรับคำขอผ่านระบบออนไลน์ของ สสจ.", "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘", "๑๒,๐๐๐", "กลุ่มงานสุขภาพดิจิทัล", "มีผู้ยื่นคำขอออนไลน์ ๒๑๘ ราย คิดเป็นร้อยละ ๖๔ ของคำขอทั้งหมด"],
        ]),
        ("ประเด็นที่ ๓ ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร", [
            ["๔", "เผยแพร่ข้อมูลข่าวสารด้านสุขภาพผ่านเว็บไซต์และเพจ Facebook สสจ.ยโสธร", "จัดทำอินโฟกราฟิกและข่าวประชาสัมพันธ์", "ตลอดปีงบประมาณ", "๘,๕๐๐", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", "เผยแพร่ข่าวสาร ๓๑๒ เรื่อง อินโฟกราฟิก ๔๘ ชิ้น"],
        ]),
        ("ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", [
            ["๕", "ควบคุมการใช้รถราชการและทรัพย์สินของสำนักงาน", "ใช้ระบบขอใช้รถออนไลน์\nตรวจสอบพัสดุประจำปี", "ต.ค. ๖๗ - ก.ย. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทั่วไป (งานพัสดุ)", "ตรวจสอบพัสดุประจำปีแล้วเสร็จ รถราชการ ๑๔ คัน มีบันทึกการใช้รถครบทุกครั้ง"],
        ]),
        ("ประเด็นที่ ๕ กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", [
            ["๖", "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างรายเดือน", "เผยแพร่บนเว็บไซต์ สสจ.ยโสธร", "ต.ค. ๖๗ - ก.ย. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทั่วไป (งานพัสดุ)", "เผยแพร่แผนเมื่อ ๘ พ.ย. ๖๗ และรายงานผลครบ ๑๒ เดือน"],
            ["๖", "ตรวจสอบการเบิกจ่ายงบประมาณของหน่วยบริการในสังกัด", "สุ่มตรวจเอกสารการเบิกจ่ายของโรงพยาบาลชุมชน ๘ แห่ง", "ธ.ค. ๖๗ - ก.พ. ๖๘", "๑๕,๔๐๐", "กลุ่มงานบริหารทั่วไป (งานการเงิน) / หน่วยตรวจสอบภายใน", "ตรวจสอบครบ ๘ แห่ง พบข้อบกพร่องเล็กน้อย ๓ แห่ง แก้ไขแล้วเสร็จ"],
        ]),
        ("ประเด็นที่ ๖ กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", [
            ["๗", "เผยแพร่หลักเกณฑ์การย้ายและการคัดเลือกบุคคลเพื่อแต่งตั้งให้ดำรงตำแหน่ง", "เผยแพร่ประกาศบนเว็บไซต์และหนังสือเวียนถึงหน่วยบริการ", "ต.ค. ๖๗ - ก.ย. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มงานบริหารทรัพยากรบุคคล", ""],
        ]),
        ("ประเด็นที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", [
            ["๘", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "นพ.สสจ. ลงนามประกาศ จัดกิจกรรมรณรงค์ และรายงานผลการรับของขวัญ", "ต.ค. ๖๗ - ม.ค. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มกฎหมาย", "นายแพทย์สาธารณสุขจังหวัดยโสธรลงนามประกาศเมื่อ ๑ ต.ค. ๒๕๖๗ และรายงานผลการรับของขวัญ (ไม่มีการรับ)"],
            ["๙", "ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ (ศูนย์ปฏิบัติการต่อต้านการทุจริต สสจ.ยโสธร)", "เปิดรับเรื่องทางเว็บไซต์ โทรศัพท์ และหนังสือ แยกจากเรื่องร้องเรียนทั่วไป", "ต.ค. ๖๗ - ก.ย. ๖๘", "ไม่ใช้งบประมาณ", "กลุ่มกฎหมาย", "ได้รับเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จ ๑ เรื่อง อยู่ระหว่างสอบข้อเท็จจริง ๑ เรื่อง"],
        ]),
    ]
    trs = ["<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'>"
           + "\n".join(word_cell(t, w, bold=True, center=True) for t, w in zip(header, widths)) + "\n </tr>"]
    n = 1
    for area, rows in areas:
        trs.append(f"<tr style='mso-yfti-irow:{n}'>\n" + word_cell(area, sum(widths), colspan=7, bold=True) + "\n </tr>")
        n += 1
        for row in rows:
            trs.append(f"<tr style='mso-yfti-irow:{n}'>\n" + "\n".join(word_cell(t, w, center=(i == 0)) for i, (t, w) in enumerate(zip(row, widths))) + "\n </tr>")
            n += 1
    title = ["รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
             "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "สำนักงานสาธารณสุขจังหวัดยโสธร"]
    title_html = "\n\n".join(
        f"<p class=MsoNormal align=center style='text-align:center'><b>{word_spans(t, 16.0)}</b><b><span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'><o:p></o:p></span></b></p>"
        for t in title
    )
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="O36_files/filelist.xml">
<title>รายงานผล</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>ssj-yst</o:Author>
  <o:LastAuthor>ssj-yst</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:ValidateAgainstSchemas/>
  <w:LidThemeComplexScript>TH</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-1593835409 1342185562 0 0 65923 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-bidi-font-family:"Angsana New";}}
@page WordSection1
	{{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:36.0pt 36.0pt 36.0pt 36.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

{title_html}

<p class=MsoNormal><span lang=TH style='font-size:14.0pt;font-family:"TH SarabunPSK",sans-serif'><o:p>&nbsp;</o:p></span></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
{chr(10).join(trs)}
</table>

<p class=MsoNormal><span lang=TH style='font-size:14.0pt;font-family:"TH SarabunPSK",sans-serif'><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='margin-left:360.0pt'>{word_spans("(นางสาวจิราพร สุขเกษม)")}</p>

<p class=MsoNormal style='margin-left:340.0pt'>{word_spans("นิติกรชำนาญการพิเศษ ผู้รายงาน")}</p>

</div>

</body>

</html>
"""
    (HERE / "html-wordexport-ssj-yasothon-2568.html").write_bytes(page.replace("\n", "\r\n").encode("cp874"))


# ------------------------------------------------------------------ Google Sheets "publish to web"


@document("html-gsheets-port-2566")
def html_gsheets():
    grid = [
        (["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566"], "s0", 8),
        (["การท่าเรือแห่งประเทศไทย (กทท.)"], "s0", 8),
        (["", "", "", "", "", "", "", ""], "s1", None),
        (["ลำดับ", "มาตรการ", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "ผลลัพธ์", ""], "s2", None),
        (["1", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ของ กทท.", "ต.ค. 65 - ก.ย. 66", "ไม่ใช้งบประมาณ", "ฝ่ายกำกับดูแลกิจการที่ดี",
          "ผู้อำนวยการการท่าเรือแห่งประเทศไทยลงนามประกาศเมื่อ 3 ต.ค. 2565 และรายงานผลการรับของขวัญต่อผู้อำนวยการรอบ 6 และ 12 เดือน", "ไม่พบการรับของขวัญที่ขัดต่อนโยบาย", ""], "s3", None),
        (["2", "กิจกรรม \"ท่าเรือโปร่งใส ไม่รับของขวัญ\" รณรงค์สร้างวัฒนธรรมองค์กรช่วงเทศกาลปีใหม่", "ธ.ค. 65 - ม.ค. 66", "2,500.00 บาท", "ฝ่ายกำกับดูแลกิจการที่ดี / ฝ่ายสื่อสารองค์กร",
          "จัดทำโปสเตอร์และวิดีโอสั้นเผยแพร่ทุกท่าเรือ ส่งหนังสือแจ้งคู่ค้า 312 ราย งดส่งของขวัญ", "คู่ค้ารับทราบนโยบาย จำนวนของขวัญที่ส่งถึงผู้บริหารลดลง", ""], "s3", None),
        (["3", "ปรับปรุงช่องทางแจ้งเบาะแสและร้องเรียนการทุจริตผ่านเว็บไซต์ กทท. (Whistleblower Channel)", "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "ฝ่ายตรวจสอบภายใน",
          "เพิ่มแบบฟอร์มแจ้งเบาะแสแยกจากเรื่องร้องเรียนบริการ ได้รับเรื่อง 6 เรื่อง ดำเนินการแล้วเสร็จ 5 เรื่อง", "ผู้แจ้งเบาะแสได้รับความคุ้มครองข้อมูล", ""], "s3", None),
        (["4", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างและสัญญาตามแนวทางข้อตกลงคุณธรรม (Integrity Pact)", "ต.ค. 65 - ก.ย. 66", "ไม่ใช้งบประมาณ", "ฝ่ายพัสดุ",
          "เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือนครบ 12 เดือน โครงการเข้าร่วมข้อตกลงคุณธรรม 2 โครงการ", "ผู้สังเกตการณ์อิสระรายงานว่าไม่พบความผิดปกติ", ""], "s3", None),
        (["5", "พัฒนาระบบ Port Community System สำหรับบริการผู้ประกอบการทางอิเล็กทรอนิกส์", "ไตรมาสที่ 2", "1,840,000.00", "ฝ่ายเทคโนโลยีสารสนเทศ",
          "เปิดใช้ระบบยื่นเอกสารเรือเข้า-ออกทางอิเล็กทรอนิกส์ ผู้ประกอบการใช้งาน 418 ราย", "ลดเวลาการยื่นเอกสารจาก 1 วันเหลือ 2 ชั่วโมง", ""], "s3", None),
        (["6", "ทบทวนระเบียบการใช้ทรัพย์สินและยานพาหนะของ กทท.", "ม.ค. - มิ.ย. 66", "ไม่ใช้งบประมาณ", "ฝ่ายบริหารทรัพย์สิน",
          "ทบทวนระเบียบแล้วเสร็จ ประกาศใช้เมื่อ 15 มิ.ย. 2566", "การใช้ทรัพย์สินเป็นไปตามระเบียบ", ""], "s3", None),
        (["7", "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงานใหม่", "15-17 มี.ค. 66", "96,300.00", "ฝ่ายทรัพยากรบุคคล",
          "อบรม 1 รุ่น พนักงานใหม่เข้าร่วม 84 คน", "พนักงานใหม่ผ่านแบบทดสอบหลังอบรมร้อยละ 96", ""], "s3", None),
    ]
    letters = "ABCDEFGH"
    widths = [50, 320, 120, 110, 180, 360, 240, 100]
    head = ['<tr><th class="row-header freezebar-origin-ltr"></th>']
    head += [f'<th id="0C{i}" style="width:{w}px;" class="column-headers-background">{letters[i]}</th>' for i, w in enumerate(widths)]
    head.append("</tr>")
    body = []
    for r, (cells, cls, span) in enumerate(grid):
        tr = [f'<tr style="height: 20px"><th id="0R{r}" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">{r + 1}</div></th>']
        if span:
            tr.append(f'<td class="{cls} softmerge" dir="ltr" colspan="{span}"><div class="softmerge-inner" style="width:{sum(widths) - 3}px;left:-1px">{html.escape(cells[0])}</div></td>')
        else:
            for c, text in enumerate(cells):
                klass = cls if text else "s1"
                tr.append(f'<td class="{klass}" dir="ltr">{html.escape(text)}</td>' if text else f'<td class="{klass}"></td>')
        tr.append("</tr>")
        body.append("".join(tr))
        if r == 3:
            body.append('<tr><th style="height:3px" class="freezebar-cell freezebar-horizontal-handle"></th>'
                        + '<td class="freezebar-cell freezebar-horizontal"></td>' * 8 + "</tr>")
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        "<title>ITA66_O36 รายงานผลมาตรการ - Google ไดรฟ์</title>"
        '<link rel="shortcut icon" href="//ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico">'
        "<style>.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#ffffff;text-align:center;font-weight:bold;color:#000000;"
        "font-family:Sarabun,Arial;font-size:14pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
        ".ritz .waffle .s2{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#d9ead3;text-align:center;font-weight:bold;"
        "font-family:Sarabun,Arial;font-size:12pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}"
        ".ritz .waffle .s3{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;"
        "font-family:Sarabun,Arial;font-size:12pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}"
        ".ritz .waffle .s1{background-color:#ffffff;}</style></head><body>"
        '<div id="top-bar"><div id="doc-title"><span class="name">ITA66_O36 รายงานผลมาตรการ</span></div>'
        '<div id="sheet-menu"><ul><li id="sheet-button-0" class="switcherItem"><a href="#">รายงานผล</a></li></ul></div></div>'
        '<div id="sheets-viewport"><div id="0" style="position:relative;" dir="ltr"><div class="ritz grid-container" dir="ltr">'
        '<table class="waffle" cellspacing="0" cellpadding="0"><thead>'
        + "".join(head)
        + "</thead><tbody>"
        + "".join(body)
        + "</tbody></table></div></div></div>"
        '<div id="footer"><div class="dash">เผยแพร่โดย <a target="_blank" href="//docs.google.com/spreadsheets">Google ชีต</a> – '
        '<a href="#" target="_blank">รายงานการละเมิด</a> – อัปเดตอัตโนมัติทุก 5 นาที</div></div>'
        "<script>function posObj(sheet, id, row, col, x, y) {}; var gidArr = ['0'];</script>"
        "</body></html>"
    )
    write_text("html-gsheets-port-2566", "html", page)


# ------------------------------------------- PDF printed from a sheet too wide: columns on page 2


@document("pdf-colsplit-doae-chaiyaphum-2568")
def pdf_colsplit():
    """A sheet printed "down, then over": page 1 holds columns A-D, page 2 columns E-G of the same rows.

    Drawn in Writer (no Calc here) as two tables with the same exact row heights, as Excel prints them:
    the title runs over from A1 on page 1 only, row 3 (the header) repeats as a print title.
    """
    header = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)", "ผลการดำเนินงาน", "ผลลัพธ์"]
    rows = [
        [1, "จัดทำคู่มือและมาตรฐานระยะเวลาการให้บริการขึ้นทะเบียนเกษตรกร", "ต.ค. 67 - ธ.ค. 67", "กลุ่มยุทธศาสตร์และสารสนเทศ", "ไม่ใช้งบประมาณ",
         "จัดทำคู่มือการให้บริการ 1 ฉบับ แจกจ่ายสำนักงานเกษตรอำเภอ 16 แห่ง", "เกษตรกรได้รับบริการภายใน 3 วันทำการ"],
        [2, "พัฒนาการให้บริการขึ้นทะเบียนเกษตรกรผ่านแอปพลิเคชัน Farmbook", "ต.ค. 67 - ก.ย. 68", "กลุ่มยุทธศาสตร์และสารสนเทศ", 12000,
         "อบรมเจ้าหน้าที่และอาสาสมัครเกษตร 2 รุ่น เกษตรกรปรับปรุงข้อมูลผ่านแอป 18,452 ราย", "ลดการเดินทางของเกษตรกรมาติดต่อที่สำนักงาน"],
        [3, "เพิ่มช่องทางการเผยแพร่ข้อมูลข่าวสารผ่าน Facebook และ LINE OA ของสำนักงาน", "ตลอดปีงบประมาณ", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "เผยแพร่ข่าวสาร 236 เรื่อง ผู้ติดตาม LINE OA 3,410 ราย", "เกษตรกรได้รับข้อมูลข่าวสารรวดเร็ว"],
        [4, "ควบคุมการใช้รถยนต์ราชการและวัสดุการเกษตรในคลังพัสดุ", "ม.ค. - มิ.ย. 68", "ฝ่ายบริหารทั่วไป (งานพัสดุ)", None,
         "ตรวจนับวัสดุการเกษตรในคลัง 2 ครั้ง จัดทำสมุดบันทึกการใช้รถยนต์ 6 คัน", "การเบิกจ่ายวัสดุตรงกับทะเบียนคุม"],
        [5, "เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำปี", "ต.ค. 67 - ก.ย. 68", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลรายเดือนครบ 12 เดือน", "การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้"],
        [6, "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 67 - ม.ค. 68", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "เกษตรจังหวัดชัยภูมิลงนามประกาศเมื่อ 1 ต.ค. 2567 และแจ้งเวียนบุคลากรทุกคน", "บุคลากรปฏิบัติตามนโยบาย ไม่พบเรื่องร้องเรียนการรับของขวัญ"],
    ]
    d = new_docx(font="Garuda", size=11, margin=1.9)
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(footer, "หน้าที่ ")
    field(footer, "PAGE")
    heights = [Cm(1.3)] + [Cm(2.6)] * len(rows)

    def sheet_part(columns, widths, title):
        if title:
            para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=12)
            para(d, "สำนักงานเกษตรจังหวัดชัยภูมิ", bold=True, size=12)
        else:
            para(d, "", size=12)
            para(d, "", size=12)
        cells = [[header[c] for c in columns]]
        for row in rows:
            values = []
            for c in columns:
                value = row[c]
                if isinstance(value, int) and c == 4:
                    value = f"{value:,}"
                values.append("" if value is None else str(value))
            cells.append(values)
        t = table(d, cells, widths, size=11)
        for tr, height in zip(t.rows, heights):
            tr.height = height
            tr.height_rule = 2  # exact
            trpr = tr._tr.get_or_add_trPr()
            cant = OxmlElement("w:cantSplit")
            trpr.insert(0, cant)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT

    sheet_part([0, 1, 2, 3], [9.5, 47, 18, 26], True)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    sheet_part([4, 5, 6], [16, 52, 40], False)
    with tempfile.TemporaryDirectory(prefix="holdout6-") as tmp:
        source = Path(tmp, "doae.docx")
        save_docx(d, source)
        to_pdf(source, HERE / "pdf-colsplit-doae-chaiyaphum-2568.pdf")


# ------------------------------------------------- workbook with last year's sheet hidden in front


@document("xlsx-hiddensheet-bangsaray-2568")
def xlsx_hidden_sheet():
    wb = Workbook()
    old = wb.active
    old.title = "ปี 2567"
    old_rows = [
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567"],
        ["เทศบาลตำบลบางเสร่ อำเภอสัตหีบ จังหวัดชลบุรี"],
        [],
        ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ"],
        [1, "จัดทำคู่มือการปฏิบัติงานด้านการให้บริการประชาชน", "ต.ค. 66 - ธ.ค. 66", "สำนักปลัดเทศบาล", "จัดทำคู่มือ 12 งานบริการ"],
        [2, "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์และเพจ Facebook", "ต.ค. 66 - ก.ย. 67", "สำนักปลัดเทศบาล", None],
        [3, "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 66 - ก.ย. 67", "กองคลัง", "เผยแพร่ครบ 12 เดือน"],
        [4, "ตรวจสอบพัสดุประจำปี", "ต.ค. - พ.ย. 66", "กองคลัง (งานพัสดุ)", None],
        [5, "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 66 - ก.ย. 67", "กองคลัง", None],
        [6, "ปรับปรุงช่องทางรับเรื่องร้องเรียน", "ต.ค. 66 - ก.ย. 67", "สำนักปลัดเทศบาล", "มีเรื่องร้องเรียน 3 เรื่อง"],
    ]
    for row in old_rows:
        old.append(row)
    old.sheet_state = "hidden"
    ws = wb.create_sheet("ปี 2568")
    rows = [
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568"],
        ["เทศบาลตำบลบางเสร่ อำเภอสัตหีบ จังหวัดชลบุรี"],
        [],
        ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ผลลัพธ์"],
        [1, "จัดทำและเผยแพร่คู่มือการปฏิบัติงานด้านการให้บริการประชาชน", "ต.ค. 67 - ธ.ค. 67", "ไม่ใช้งบประมาณ", "สำนักปลัดเทศบาล",
         "จัดทำคู่มือสำหรับประชาชน 14 งานบริการ เผยแพร่ที่ศูนย์บริการร่วมและเว็บไซต์เทศบาล", "ประชาชนทราบขั้นตอนและระยะเวลาการให้บริการ"],
        [2, "พัฒนาระบบ E-Service ชำระภาษีที่ดินและสิ่งปลูกสร้างผ่าน QR Code", "ม.ค. - เม.ย 68", 6500, "กองคลัง (งานพัฒนาและจัดเก็บรายได้)",
         "ผู้เสียภาษีชำระผ่าน QR Code 1,126 ราย", "ลดความแออัดที่จุดชำระภาษีช่วงเดือนเมษายน"],
        [3, "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ เพจ Facebook และเสียงตามสาย", "ตลอดปีงบประมาณ", "ไม่ใช้ งบประมาณ", "สำนักปลัดเทศบาล (งานประชาสัมพันธ์)",
         "เผยแพร่ข่าวสาร 268 เรื่อง ประกาศเสียงตามสายสัปดาห์ละ 3 ครั้ง", "ประชาชนรับรู้ข้อมูลข่าวสารของเทศบาลอย่างทั่วถึง"],
        [4, "ตรวจสอบพัสดุประจำปีและควบคุมการยืมคืนทรัพย์สินของเทศบาล", "ต.ค. - พ.ย. 67", "ไม่ใช้งบประมาณ", "กองคลัง (งานพัสดุ)",
         "ตรวจสอบพัสดุประจำปีแล้วเสร็จ รายงานผลต่อนายกเทศมนตรีเมื่อ 29 พ.ย. 67", "ทะเบียนพัสดุถูกต้อง ไม่พบทรัพย์สินสูญหาย"],
        [5, "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 67 - ก.ย. 68", "ไม่ใช้งบประมาณ", "กองคลัง",
         "เผยแพร่แผนการจัดซื้อจัดจ้าง 1 ฉบับ และสรุปผลรายเดือนครบ 12 เดือน", "การจัดซื้อจัดจ้างตรวจสอบได้"],
        [6, "เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและผลการประเมินผลการปฏิบัติงาน", "ต.ค. 67 - ก.ย. 68", "ไม่ใช้งบประมาณ", "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
         "เผยแพร่ประกาศหลักเกณฑ์ 3 ฉบับ และผลการประเมิน 2 รอบ", "พนักงานรับทราบหลักเกณฑ์ล่วงหน้า"],
        [7, "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 67 - ม.ค. 68", "ไม่ใช้งบประมาณ", "สำนักปลัดเทศบาล",
         "นายกเทศมนตรีตำบลบางเสร่ลงนามประกาศเมื่อ 1 ต.ค. 2567 และรายงานผลการรับของขวัญ (ไม่มีการรับ)", "บุคลากรปฏิบัติตามนโยบาย"],
        [8, "ปรับปรุงช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (เว็บไซต์ / LINE OA / ตู้รับเรื่อง)", "ต.ค. 67 - ก.ย. 68", 2500, "สำนักปลัดเทศบาล",
         "แยกเมนูร้องเรียนการทุจริตออกจากเรื่องร้องทุกข์ทั่วไป ได้รับเรื่อง 1 เรื่อง ดำเนินการแล้วเสร็จ", "ประชาชนแจ้งเบาะแสได้โดยได้รับการคุ้มครอง"],
    ]
    for row in rows:
        ws.append(row)
    for r in ws.iter_rows(min_row=5):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, int) and cell.column == 4:
                cell.number_format = "#,##0"
    for letter, width in zip("ABCDEFG", [5, 50, 18, 16, 28, 50, 40]):
        ws.column_dimensions[letter].width = width
        old.column_dimensions[letter].width = width
    wb.active = 1
    old.sheet_view.tabSelected = False
    xlsx_fixed(wb, HERE / "xlsx-hiddensheet-bangsaray-2568.xlsx")


# ------------------------------------------------------------ Word form with content controls (sdt)

W_NS = nsdecls("w")


def sdt_inline(paragraph, text, alias, sdt_id, extra=""):
    xml = (
        f"<w:sdt {W_NS}><w:sdtPr><w:alias w:val=\"{alias}\"/><w:tag w:val=\"{alias}\"/><w:id w:val=\"{sdt_id}\"/>{extra}</w:sdtPr>"
        f"<w:sdtContent><w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def sdt_wrap_cell(cell, sdt_id, placeholder=None):
    """Move a cell's paragraphs into a block-level rich-text content control, as Word's form templates do."""
    tc = cell._tc
    sdt = parse_xml(f"<w:sdt {W_NS}><w:sdtPr><w:id w:val=\"{sdt_id}\"/></w:sdtPr><w:sdtContent/></w:sdt>")
    content = sdt.find(qn("w:sdtContent"))
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
        content.append(p)
    if placeholder is not None:
        pr = sdt.find(qn("w:sdtPr"))
        pr.append(parse_xml(f"<w:placeholder {W_NS}><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/></w:placeholder>"))
        pr.append(parse_xml(f"<w:showingPlcHdr {W_NS}/>"))
        for p in content.findall(qn("w:p")):
            content.remove(p)
        content.append(parse_xml(
            f"<w:p {W_NS}><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>{placeholder}</w:t></w:r></w:p>"))
    tc.append(sdt)


@document("docx-sdt-treasury-khonkaen-2567")
def docx_sdt():
    from docx.enum.style import WD_STYLE_TYPE

    d = new_docx(font="Laksaman", size=15, landscape=True)
    style = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    para(d, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True, size=16)
    para(d, "(แบบ ธร.ITA ๐๒ สำหรับหน่วยงานในสังกัดกรมธนารักษ์ กระทรวงการคลัง)", center=True, size=14)
    para(d)
    p = para(d, "หน่วยงาน  ", bold=True)
    sdt_inline(p, "สำนักงานธนารักษ์พื้นที่ขอนแก่น", "หน่วยงาน", 101)
    p = para(d, "ประจำปีงบประมาณ พ.ศ.  ", bold=True)
    items = "".join(f"<w:listItem w:displayText=\"{t}\" w:value=\"{v}\"/>" for t, v in (("๒๕๖๖", "2566"), ("๒๕๖๗", "2567"), ("๒๕๖๘", "2568")))
    sdt_inline(p, "๒๕๖๗", "ปีงบประมาณ", 102, f"<w:dropDownList>{items}</w:dropDownList>")
    p = para(d, "รอบการรายงาน  ", bold=True)
    sdt_inline(p, "รอบ ๑๒ เดือน", "รอบการรายงาน", 103)
    para(d)
    rows = [
        ["ลำดับ", "มาตรการ", "ขั้นตอน/วิธีการดำเนินการ", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ผลการดำเนินการ"],
        ["๑", "มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดให้เช่าที่ราชพัสดุ", "ให้เจ้าหน้าที่ผู้พิจารณาคำขอเช่าลงนามแบบแสดงความไม่มีส่วนได้เสีย และตรวจสอบโดยคณะกรรมการ", "ฝ่ายบริหารทรัพย์สิน", "ไม่ใช้งบประมาณ",
         "เจ้าหน้าที่ลงนามครบทุกคำขอ รวม ๑๔๒ คำขอ ไม่พบกรณีมีส่วนได้เสีย"],
        ["๒", "มาตรการเผยแพร่ข้อมูลการจัดให้เช่าและอัตราค่าเช่าที่ราชพัสดุ", "เผยแพร่ประกาศอัตราค่าเช่า ขั้นตอนการขอเช่า และผลการพิจารณาบนเว็บไซต์", "ฝ่ายบริหารทรัพย์สิน", "ไม่ใช้งบประมาณ", None],
        ["๓", "มาตรการนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ธนารักษ์พื้นที่ลงนามประกาศ ประชาสัมพันธ์ผู้มาติดต่อ และรายงานผลการรับของขวัญ", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "ลงนามประกาศเมื่อ ๒ ต.ค. ๒๕๖๖ ติดประกาศที่จุดบริการ และรายงานผลการรับของขวัญต่อกรมธนารักษ์ (ไม่มีการรับ)"],
        ["๔", "มาตรการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "เปิดรับเรื่องทางเว็บไซต์กรมธนารักษ์ โทรศัพท์ และกล่องรับเรื่องร้องเรียน แยกจากเรื่องร้องเรียนทั่วไป", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "ได้รับเรื่องร้องเรียน ๑ เรื่อง ส่งกรมธนารักษ์ดำเนินการตามขั้นตอน"],
        ["๕", "มาตรการควบคุมการใช้ทรัพย์สินของทางราชการ (รถยนต์ / ครุภัณฑ์)", "จัดทำทะเบียนคุมและสมุดบันทึกการใช้รถยนต์ ตรวจสอบพัสดุประจำปี", "ฝ่ายบริหารทั่วไป", "0",
         "ตรวจสอบพัสดุประจำปีแล้วเสร็จ ไม่พบพัสดุสูญหาย รถยนต์ราชการ ๓ คัน มีบันทึกการใช้ครบ"],
        ["๖", "มาตรการส่งเสริมการให้บริการผ่านระบบ e-Service ของกรมธนารักษ์ (ยื่นคำขอเช่าออนไลน์)", "ประชาสัมพันธ์และแนะนำผู้เช่าให้ใช้ระบบ", "ฝ่ายบริหารทรัพย์สิน", "๓,๖๐๐",
         "จัดทำแผ่นพับและ QR Code แนะนำการใช้ระบบ ผู้เช่ายื่นคำขอออนไลน์ ๖๗ ราย"],
    ]
    placeholder_at = (2, 5)
    t = table(d, [[c or "" for c in row] for row in rows], [0.6, 3.0, 3.2, 1.6, 1.3, 3.4], size=14)
    sdt_id = 200
    for r in range(1, len(rows)):
        for c in range(1, 6):
            sdt_id += 1
            sdt_wrap_cell(t.cell(r, c), sdt_id, "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ" if (r, c) == placeholder_at else None)
    para(d)
    p = para(d, "ผู้รายงาน  ", indent=14)
    sdt_inline(p, "นายอนุชา ประเสริฐวงศ์", "ผู้รายงาน", 301)
    p = para(d, "ตำแหน่ง  ", indent=14)
    sdt_inline(p, "ธนารักษ์พื้นที่ขอนแก่น", "ตำแหน่ง", 302)
    p = para(d, "วันที่  ", indent=14)
    sdt_inline(p, "๓๐ กันยายน ๒๕๖๗", "วันที่รายงาน", 303,
               "<w:date w:fullDate=\"2024-09-30T00:00:00Z\"><w:dateFormat w:val=\"d MMMM yyyy\"/><w:lid w:val=\"th-TH\"/>"
               "<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"thai\"/></w:date>")
    save_docx(d, HERE / "docx-sdt-treasury-khonkaen-2567.docx")


# --------------------------------------------------------- Google Forms responses, posted as they are


@document("csv-gform-responses-university")
def csv_gform():
    header = ["ประทับเวลา", "ที่อยู่อีเมล", "หน่วยงานที่รายงาน", "ประเด็นการประเมิน", "ชื่อมาตรการ/โครงการ", "ระยะเวลาดำเนินการ",
              "งบประมาณที่ใช้จริง (บาท)", "ผลการดำเนินงาน", "ผลลัพธ์ที่เกิดขึ้น", "ลิงก์หลักฐาน"]
    rows = [
        ["12/9/2025, 9:14:02", "central.office@rmutt.ac.th", "กองกลาง", "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
         "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 67 - ก.ย. 68", "0",
         "อธิการบดีลงนามประกาศเมื่อ 1 ต.ค. 2567 จัดกิจกรรมรณรงค์ช่วงปีใหม่ และรายงานผลการรับของขวัญ (ไม่มีการรับ)", "บุคลากรรับรู้และปฏิบัติตามนโยบาย",
         "https://drive.google.com/open?id=1aXk9-central01"],
        ["12/9/2025, 10:02:45", "finance@rmutt.ac.th", "กองคลัง", "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 67 - ก.ย. 68", "ไม่ใช้งบประมาณ",
         "เผยแพร่แผนการจัดซื้อจัดจ้าง 1 ฉบับ สรุปผลรายเดือน 11 เดือน", "การจัดซื้อจัดจ้างโปร่งใส", "https://drive.google.com/open?id=1bQz7-fin02"],
        ["12/9/2025, 13:31:10", "legal@rmutt.ac.th", "สำนักงานอธิการบดี (งานนิติการ)", "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
         "พัฒนาช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบออนไลน์", "ต.ค. 67 - ก.ย. 68", "15000",
         "เปิดแบบฟอร์มร้องเรียนการทุจริตออนไลน์แยกจากเรื่องร้องเรียนทั่วไป ได้รับเรื่อง 3 เรื่อง ดำเนินการแล้วเสร็จ 2 เรื่อง", "ผู้ร้องเรียนได้รับการคุ้มครองข้อมูลส่วนบุคคล",
         "https://drive.google.com/open?id=1cLm3-legal03"],
        ["15/9/2025, 8:47:55", "hr@rmutt.ac.th", "กองบริหารงานบุคคล", "กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
         "เผยแพร่หลักเกณฑ์การสรรหาและการประเมินผลการปฏิบัติงานของบุคลากร", "ต.ค. 67 - ก.ย. 68", "ไม่ใช้งบประมาณ",
         "เผยแพร่ประกาศหลักเกณฑ์ 4 ฉบับ บนเว็บไซต์กองบริหารงานบุคคล", "บุคลากรทราบหลักเกณฑ์ล่วงหน้า", ""],
        ["15/9/2025, 11:20:03", "arit@rmutt.ac.th", "สำนักวิทยบริการและเทคโนโลยีสารสนเทศ", "การให้บริการและระบบ E-Service",
         "พัฒนาระบบ e-Document และคำร้องออนไลน์ของนักศึกษา", "ม.ค. - ส.ค. 68", "120000",
         "เปิดใช้คำร้องออนไลน์ 18 ประเภท มีการยื่นคำร้อง 9,412 ครั้ง", "นักศึกษาไม่ต้องเดินทางมายื่นเอกสาร", "https://drive.google.com/open?id=1dPw0-arit05"],
        ["16/9/2025, 14:05:37", "pr@rmutt.ac.th", "กองกลาง (งานประชาสัมพันธ์)", "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร",
         "ปรับปรุงหน้าเว็บไซต์ ITA และช่องทางสื่อสังคมออนไลน์ของมหาวิทยาลัย", "ต.ค. 67 - มี.ค. 68", "ไม่ใช้งบประมาณ",
         "จัดหมวดหมู่ข้อมูลตามรายการ OIT ครบทุกข้อ", "ผู้ใช้งานเข้าถึงข้อมูลได้ภายใน 3 คลิก", ""],
        ["17/9/2025, 9:58:21", "supply@rmutt.ac.th", "กองคลัง (งานพัสดุ)", "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
         "จัดทำระบบยืม-คืนครุภัณฑ์ออนไลน์", "ม.ค. - มิ.ย. 68", "0",
         "ใช้ระบบยืม-คืนครุภัณฑ์ผ่าน QR Code ทุกคณะ มีการยืม 1,204 ครั้ง", "ตรวจสอบสถานะครุภัณฑ์ได้ทันที", ""],
        ["18/9/2025, 16:40:12", "plan@rmutt.ac.th", "กองนโยบายและแผน", "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
         "จัดทำคู่มือการปฏิบัติงานของหน่วยงานสนับสนุน", "ต.ค. 67 - มี.ค. 68", "ไม่ใช้งบประมาณ",
         "จัดทำคู่มือ 52 กระบวนงาน จาก 14 หน่วยงาน", "การปฏิบัติงานเป็นมาตรฐานเดียวกัน", "https://drive.google.com/open?id=1eRt5-plan08"],
        ["22/9/2025, 10:15:49", "finance@rmutt.ac.th", "กองคลัง", "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 67 - ก.ย. 68", "ไม่ใช้งบประมาณ",
         "(แก้ไข) เผยแพร่แผนการจัดซื้อจัดจ้าง 1 ฉบับ สรุปผลรายเดือนครบ 12 เดือน", "การจัดซื้อจัดจ้างโปร่งใส", "https://drive.google.com/open?id=1bQz7-fin02"],
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_text("csv-gform-responses-university", "csv", buffer.getvalue().replace("\r\n", "\n"), newline="\r\n")


# ------------------------------------------------------------------ markdown: pandoc grid tables


def grid_table(header, rows, widths, box=False):
    """A pandoc grid table (or the same drawn with box characters), cells wrapped to their widths."""
    if box:
        h, v, top, mid_h, head_sep, bottom = "─", "│", ("┌", "┬", "┐"), ("├", "┼", "┤"), ("╞", "╪", "╡"), ("└", "┴", "┘")
    else:
        h, v = "-", "|"
        top = mid_h = bottom = ("+", "+", "+")
        head_sep = ("+", "+", "+")

    widths = [max([w] + [longest_token(r[i]) for r in [header, *rows]]) for i, w in enumerate(widths)]

    def rule(chars, fill):
        left, cross, right = chars
        return left + cross.join(fill * (w + 2) for w in widths) + right

    def block(cells):
        wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
        height = max(len(x) for x in wrapped)
        lines = []
        for i in range(height):
            parts = [pad(x[i] if i < len(x) else "", w) for x, w in zip(wrapped, widths)]
            lines.append(v + v.join(f" {p} " for p in parts) + v)
        return lines

    out = [rule(top, h)]
    out += block(header)
    out.append(rule(head_sep, "═" if box else "="))
    for n, row in enumerate(rows):
        out += block(row)
        out.append(rule(bottom if n == len(rows) - 1 else mid_h, h))
    return out


@document("md-gridtable-niems-2567")
def md_gridtable():
    header = ["ที่", "มาตรการ", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"]
    rows = [
        ["๑", "ประกาศเจตนารมณ์ของผู้บริหาร และนโยบายไม่รับของขวัญและของกำนัลทุกชนิด จากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๖ - ม.ค. ๖๗", "ไม่ใช้ งบประมาณ", "กลุ่มงานทรัพยากรบุคคล",
         "เลขาธิการ สพฉ. ลงนามประกาศเมื่อ ๒ ต.ค. ๒๕๖๖ เผยแพร่ทางเว็บไซต์ และรายงานผลการรับของขวัญ (ไม่มีการรับ)"],
        ["๒", "ปรับปรุงระบบรับเรื่องร้องเรียนการทุจริต และแจ้งเบาะแสผ่านเว็บไซต์ สพฉ.", "ต.ค. ๖๖ - ก.ย. ๖๗", "๓๕,๐๐๐", "ศูนย์ปฏิบัติการต่อต้านการทุจริต",
         "แยกช่องทางร้องเรียนการทุจริต จากเรื่องร้องเรียนทั่วไป ได้รับเรื่อง ๓ เรื่อง ดำเนินการแล้วเสร็จทั้งหมด"],
        ["๓", "พัฒนาระบบ e-Service การขอรับรองหลักสูตร และการขึ้นทะเบียนผู้ปฏิบัติการฉุกเฉินการแพทย์", "ม.ค. - ส.ค. ๖๗", "๔๘๐,๐๐๐", "สำนักเทคโนโลยีสารสนเทศ",
         "เปิดให้บริการออนไลน์ ๔ บริการ มีผู้ยื่นคำขอ ๒,๘๑๖ ราย"],
        ["๔", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง และผลการใช้จ่ายงบประมาณรายไตรมาส", "ต.ค. ๖๖ - ก.ย. ๖๗", "ไม่ใช้งบประมาณ", "สำนักบริหารกลาง",
         "เผยแพร่แผนการจัดซื้อจัดจ้าง สรุปผลรายเดือน และรายงานการใช้จ่ายงบประมาณ ครบ ๔ ไตรมาส"],
        ["๕", "กำกับการใช้รถราชการและทรัพย์สินของสถาบัน ด้วยระบบจองรถออนไลน์", "ก.พ. - มิ.ย. ๖๗", "๑๒,๐๐๐", "สำนักบริหารกลาง",
         "ใช้ระบบจองรถออนไลน์ทุกกลุ่มงาน บันทึกการใช้รถ ๖๔๒ ครั้ง"],
        ["๖", "อบรมหลักสูตรการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงาน", "๒๐ มี.ค. ๒๕๖๗", "๕๖,๕๐๐", "กลุ่มงานทรัพยากรบุคคล",
         "อบรม ๑ วัน ผู้เข้าร่วม ๑๓๘ คน คะแนนทดสอบหลังอบรมเฉลี่ยร้อยละ ๘๗"],
        ["๗", "ประชาสัมพันธ์ข้อมูลการแพทย์ฉุกเฉินและสายด่วน ๑๖๖๙ ผ่านสื่อสังคมออนไลน์", "ตลอดปีงบประมาณ", "๒๕๐,๐๐๐", "สำนักสื่อสารองค์กร",
         "ผลิตสื่อ ๑๒๔ ชิ้น ยอดการเข้าถึง ๓.๒ ล้านครั้ง"],
    ]
    lines = [
        "**รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน**",
        "",
        "**ประจำปีงบประมาณ พ.ศ. ๒๕๖๗**",
        "",
        "**สถาบันการแพทย์ฉุกเฉินแห่งชาติ (สพฉ.)**",
        "",
        *grid_table(header, rows, [4, 26, 10, 10, 14, 30]),
        "",
        "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗",
        "",
    ]
    write_text("md-gridtable-niems-2567", "md", "\n".join(lines))


@document("txt-boxdraw-sao-maetha-2564")
def txt_boxdraw():
    header = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"]
    rows = [
        ["1", "ประชุมชี้แจงประมวลจริยธรรม ของพนักงานส่วนตำบลและพนักงานจ้าง", "ต.ค. 63", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "ประชุมชี้แจงพนักงาน 38 คน เมื่อ 19 ต.ค. 63"],
        ["2", "เปิดช่องทางรับเรื่องร้องเรียนร้องทุกข์ และแจ้งเบาะแสการทุจริต (ตู้รับเรื่อง / เว็บไซต์ / โทรศัพท์)", "ต.ค. 63 - ก.ย. 64", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "ได้รับเรื่องร้องทุกข์ 7 เรื่อง เป็นเรื่องการทุจริต 0 เรื่อง ดำเนินการแล้วเสร็จทุกเรื่อง"],
        ["3", "เผยแพร่แผนการจัดซื้อจัดจ้าง และประกาศผลผู้ชนะการเสนอราคา", "", "ไม่ใช้งบประมาณ", "กองคลัง",
         "เผยแพร่แผนการจัดซื้อจัดจ้าง และประกาศผู้ชนะ 23 โครงการ ทางเว็บไซต์และบอร์ด"],
        ["4", "ตรวจสอบพัสดุประจำปี และควบคุมการยืมทรัพย์สินของ อบต.", "ต.ค. - พ.ย. 63", "ไม่ใช้งบประมาณ", "กองคลัง (งานพัสดุ)",
         "ตรวจสอบพัสดุประจำปีแล้วเสร็จ ไม่พบพัสดุสูญหาย"],
        ["5", "โครงการประชาคมหมู่บ้าน เพื่อจัดทำแผนพัฒนาท้องถิ่น", "ก.พ. - มี.ค. 64", "8,400", "สำนักปลัด",
         "จัดประชาคม 8 หมู่บ้าน จาก 10 หมู่บ้าน งดจัด 2 หมู่บ้านเนื่องจากสถานการณ์ COVID-19 และรับฟังความเห็นทางออนไลน์แทน"],
        ["6", "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ และเสียงตามสายหมู่บ้าน", "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "สำนักปลัด",
         "เผยแพร่ข่าวสาร 142 เรื่อง"],
    ]
    lines = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. 2564",
        "องค์การบริหารส่วนตำบลแม่ทา อำเภอแม่ออน จังหวัดเชียงใหม่",
        "",
        *grid_table(header, rows, [5, 28, 10, 10, 12, 30], box=True),
        "",
        "ประกาศ ณ วันที่ 30 กันยายน 2564",
        "นายบุญเลิศ คำปัน นายกองค์การบริหารส่วนตำบลแม่ทา",
        "",
    ]
    write_text("txt-boxdraw-sao-maetha-2564", "txt", "\n".join(lines))


# --------------------------------------------------------------- a web page printed from a browser


@document("pdf-browserprint-mwa-2565")
def pdf_browserprint():
    from docx.enum.text import WD_TAB_ALIGNMENT

    d = new_docx(font="Loma", size=10, margin=1.0)
    section = d.sections[0]
    section.header_distance = Cm(0.4)
    section.footer_distance = Cm(0.4)
    usable = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Emu(int(usable / 2)), WD_TAB_ALIGNMENT.CENTER)
    run(header, "14/11/66 10:32\tรายงานผลการดำเนินการตามมาตรการฯ ITA - การประปานครหลวง", size=8)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(Emu(int(usable)), WD_TAB_ALIGNMENT.RIGHT)
    run(footer, "https://www.mwa.co.th/ewtadmin/ewt/mwa_internet/ewt_news.php?nid=4821\t", size=8)
    field(footer, "PAGE")
    run(footer, "/", size=8)
    field(footer, "NUMPAGES")
    para(d, "การประปานครหลวง  Metropolitan Waterworks Authority", bold=True, size=13)
    para(d, "หน้าหลัก     เกี่ยวกับ กปน.     บริการ     ข่าวสาร     ITA     ร่วมงานกับเรา     ติดต่อเรา     ค้นหา", size=9)
    para(d, "หน้าหลัก > การประเมินคุณธรรมและความโปร่งใส (ITA) > O36", size=8)
    para(d)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", bold=True, size=14)
    para(d, "การประปานครหลวง", bold=True, size=12)
    para(d, "วันที่เผยแพร่ 14 พฤศจิกายน 2566   |   เข้าชม 1,284 ครั้ง", size=8)
    para(d)
    rows = [
        ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบ", "สถานะ", "ผลการดำเนินงาน"],
        ["๑", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๕ - ม.ค. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายทรัพยากรบุคคล", "ดำเนินการแล้ว",
         "ผู้ว่าการการประปานครหลวงลงนามประกาศเมื่อ ๓ ต.ค. ๒๕๖๕ แจ้งคู่ค้าและผู้มีส่วนได้ส่วนเสีย และรายงานผลการรับของขวัญต่อผู้ว่าการ"],
        ["๒", "พัฒนาช่องทางร้องเรียนการทุจริตและประพฤติมิชอบผ่านแอปพลิเคชัน MWA onMobile และเว็บไซต์", "ต.ค. ๖๕ - ก.ย. ๖๖", "๒๘๐,๐๐๐", "สำนักตรวจสอบภายใน", "ดำเนินการแล้ว",
         "เพิ่มเมนูแจ้งเบาะแสการทุจริตแยกจากเรื่องร้องเรียนบริการ ได้รับเรื่อง ๑๑ เรื่อง ดำเนินการแล้วเสร็จ ๙ เรื่อง"],
        ["๓", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างผ่านระบบ e-GP และเว็บไซต์ กปน.", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายพัสดุ", "ดำเนินการแล้ว",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลรายเดือนครบ ๑๒ เดือน"],
        ["๔", "ลดขั้นตอนการขอติดตั้งประปาใหม่ผ่านบริการออนไลน์", "ม.ค. - มิ.ย. ๖๖", "๑,๒๐๐,๐๐๐", "ฝ่ายบริการลูกค้า", "ดำเนินการแล้ว", ""],
        ["๕", "จัดทำระบบควบคุมการเบิกใช้วัสดุและอุปกรณ์ประปาในคลังพัสดุ", "ต.ค. ๖๕ - มิ.ย. ๖๖", "๔๕๐,๐๐๐", "ฝ่ายพัสดุ", "อยู่ระหว่างดำเนินการ",
         "ติดตั้งระบบบาร์โค้ดแล้ว ๔ คลัง จาก ๖ คลัง อยู่ระหว่างทดสอบระบบที่คลังสาขาที่เหลือ"],
        ["๖", "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงาน", "ก.พ. - ส.ค. ๖๖", "๓๖๐,๐๐๐", "ฝ่ายพัฒนาทรัพยากรบุคคล", "ดำเนินการแล้ว",
         "อบรม ๖ รุ่น พนักงานเข้าร่วม ๑,๐๒๔ คน"],
        ["๗", "เผยแพร่ข้อมูลข่าวสารและสถิติการให้บริการผ่านสื่อสังคมออนไลน์", "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "กองประชาสัมพันธ์", "ดำเนินการแล้ว",
         "เผยแพร่ข่าวสาร ๔๑๒ เรื่อง ผ่าน Facebook X และ LINE"],
        ["๘", "เปิดเผยหลักเกณฑ์การเลื่อนตำแหน่งและผลการคัดเลือกพนักงาน", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายทรัพยากรบุคคล", "ดำเนินการแล้ว",
         "เผยแพร่หลักเกณฑ์และประกาศผลการคัดเลือกบนอินทราเน็ต ๑๔ ครั้ง"],
    ]
    table(d, rows, [0.6, 3.0, 1.4, 1.4, 1.5, 1.2, 2.9], size=9)
    para(d)
    para(d, "แชร์:  Facebook   LINE   X        พิมพ์หน้านี้", size=8)
    para(d)
    para(d, "การประปานครหลวง 400 ถนนประชาชื่น แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพฯ 10210  |  MWA Call Center 1125  |  นโยบายคุกกี้  |  แผนผังเว็บไซต์", size=8)
    with tempfile.TemporaryDirectory(prefix="holdout6-") as tmp:
        source = Path(tmp, "mwa.docx")
        save_docx(d, source)
        to_pdf(source, HERE / "pdf-browserprint-mwa-2565.pdf")


# --------------------------------------------------------------- Word report with review comments


@document("docx-comments-tnr-krabi-2566")
def docx_comments():
    d = new_docx(font="Kinnari", size=14, landscape=True)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True, size=16)
    para(d, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", bold=True, center=True, size=16)
    para(d, "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดกระบี่", bold=True, center=True, size=16)
    para(d)
    rows = [
        ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"],
        ["๑", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปี ๒๕๖๖", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายบริหารทั่วไป",
         "ทสจ.กระบี่ ลงนามประกาศเมื่อ ๓ ต.ค. ๒๕๖๕ เผยแพร่ทางเว็บไซต์ และรายงานผลการรับของขวัญต่อปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (ไม่มีการรับ)"],
        ["๒", "กิจกรรมเสริมสร้างวัฒนธรรมไม่รับของขวัญ “ทสจ.กระบี่ ใสสะอาด”", "ธ.ค. ๖๕ - ม.ค. ๖๖", "๓,๐๐๐", "ฝ่ายบริหารทั่วไป",
         "จัดทำป้ายรณรงค์และประชาสัมพันธ์ทางเพจ Facebook บุคลากรร่วมกิจกรรม ๓๔ คน"],
        ["๓", "ช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (เว็บไซต์ / ไปรษณีย์ / สายด่วน ๑๓๑๐)", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายบริหารทั่วไป",
         "มีช่องทางร้องเรียนการทุจริตแยกจากเรื่องร้องเรียนด้านสิ่งแวดล้อม ได้รับเรื่อง ๑ เรื่อง ส่งสำนักงานปลัดกระทรวงดำเนินการ"],
        ["๔", "ตรวจสอบการอนุญาตใช้ประโยชน์พื้นที่ป่าชายเลนให้เป็นไปตามระเบียบ และเผยแพร่ผลการพิจารณา", "", "ไม่ใช้งบประมาณ", "กลุ่มทรัพยากรธรรมชาติ",
         "พิจารณาคำขออนุญาต ๑๒ ราย เผยแพร่ผลการพิจารณาบนเว็บไซต์ครบทุกราย"],
        ["๕", "เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำปี", "ต.ค. ๖๕ - ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "ฝ่ายบริหารทั่วไป",
         "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลรายเดือนครบ ๑๒ เดือน"],
        ["๖", "ควบคุมการใช้เรือตรวจการณ์และรถยนต์ราชการ", "ม.ค. - ก.ย. ๖๖", "๑๘,๖๐๐", "ฝ่ายบริหารทั่วไป", ""],
        ["๗", "ปรับปรุงการให้บริการข้อมูลสิ่งแวดล้อมผ่านเว็บไซต์และ e-Service", "ก.พ. - ก.ค. ๖๖", "๑๒,๐๐๐", "กลุ่มสิ่งแวดล้อม",
         "เปิดให้ขอข้อมูลคุณภาพน้ำทะเลและขยะชายฝั่งออนไลน์ มีผู้ขอข้อมูล ๘๖ ราย"],
    ]
    t = table(d, rows, [0.5, 3.2, 1.4, 1.2, 1.6, 3.8], size=14)
    comments = [
        ((4, 1), "ขอให้ระบุช่วงระยะเวลาดำเนินการด้วยค่ะ (กลุ่มทรัพยากรธรรมชาติยังไม่แจ้ง)"),
        ((6, 1), "รอผลจากฝ่ายบริหารทั่วไป ให้ส่งภายใน ๒๕ ก.ย. ๖๖"),
        ((2, 3), "ตรวจสอบยอดกับงานการเงินแล้ว ถูกต้อง"),
    ]
    for (r, c), text in comments:
        runs = t.cell(r, c).paragraphs[0].runs
        d.add_comment(runs, text=text, author="ณัฐธิดา (กลุ่มยุทธศาสตร์)", initials="ณธ")
    para(d)
    para(d, "(นายสุรชัย ทองคำ)", indent=17)
    para(d, "ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดกระบี่", indent=14)
    path = HERE / "docx-comments-tnr-krabi-2566.docx"
    d.save(str(path))
    # comment dates: fixed, so that a rebuild gives the same bytes
    entries = []
    with zipfile.ZipFile(path) as package:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2023-09-20T09:00:00Z"', data)
            entries.append((info.filename, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries:
            package.writestr(name, data)
    fix_zip(path)


def main(argv):
    wanted = argv[1:]
    for stem, function in GENERATORS.items():
        if wanted and not any(w in stem for w in wanted):
            continue
        function()
        print(stem)


if __name__ == "__main__":
    main(sys.argv)
