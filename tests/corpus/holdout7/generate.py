#!/usr/bin/env python3
"""Build the blind held-out set holdout7 from the data in this script.

Every document is an ITA measures report or plan of a fictional Thai agency, written in an
arrangement the other sets do not use. The expected findings are in the `*.expect.yaml` files
next to each document (written by hand, from rules/*.yaml and CONTEXT.md).

    /work/main/.venv/bin/python tests/corpus/holdout7/generate.py          # every document
    /work/main/.venv/bin/python tests/corpus/holdout7/generate.py dayname  # those whose name has "dayname"

Needs python-docx, openpyxl and, for the PDFs, LibreOffice (soffice) with the TLWG Thai fonts.
"""
import copy
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2025, 10, 20, 9, 30, 0)
ZIP_TIME = (2025, 10, 20, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

_TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """Arabic digits to Thai digits."""
    return s.translate(_TH)


THAI_DAYS = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def dayname_date(be_year, month, day):
    """'วันอังคารที่ ๑ ตุลาคม ๒๕๖๗' with the right day of the week."""
    d = datetime.date(be_year - 543, month, day)
    return th(f"{THAI_DAYS[d.weekday()]}ที่ {day} {THAI_MONTHS[month - 1]} {be_year}")


def normalize_zip(path):
    """Rewrite a zip container (docx/xlsx) with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def fix_pdf_dates(path):
    """Replace LibreOffice's dates and document ID by fixed strings of the same length."""
    data = Path(path).read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20251020093000", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  rb"\g<1>2025-10-20T09:30:00", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    Path(path).write_bytes(data)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------


def _set_rfonts(rpr, font):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)


def _set_size(rpr, size):
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(round(size * 2))))


def new_doc(font="Laksaman", size=14, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    rpr = st.element.get_or_add_rPr()
    _set_rfonts(rpr, font)
    _set_size(rpr, size)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    cp = doc.core_properties
    cp.author = "งานธุรการ"
    cp.last_modified_by = "งานธุรการ"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    doc._font = font
    return doc


def add_run(p, text, bold=False, size=None, color=None, italic=False, underline=False, font=None):
    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    if font:
        _set_rfonts(rpr, font)
    if bold:
        for tag in ("w:b", "w:bCs"):
            rpr.append(OxmlElement(tag))
    if italic:
        for tag in ("w:i", "w:iCs"):
            rpr.append(OxmlElement(tag))
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        _set_size(rpr, size)
    return r


def para(container, text="", bold=False, size=None, align=None, indent_cm=None, space_after=None,
         color=None, first_line_cm=None, keep_next=False):
    p = container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        p.paragraph_format.first_line_indent = Cm(first_line_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_field(p, instr, placeholder="1", size=None):
    """A simple field (PAGE, NUMPAGES) in paragraph p."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if size:
        _set_size(rpr, size)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _borders(tbl, on=True, size=4):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(size))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _cell_text(cell, text, bold=False, size=None, center=False, color=None):
    lines = text.split("\n") if text else [""]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line:
            add_run(p, line, bold=bold, size=size, color=color)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def layout(rows):
    """HTML-like placement of cells: returns [(r, c, rowspan, colspan, cell)] and the column count."""
    occupied = set()
    placed = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in occupied:
                c += 1
            spec = cell if isinstance(cell, dict) else {"text": cell}
            rs, cs = spec.get("rowspan", 1), spec.get("colspan", 1)
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    occupied.add((rr, cc))
            placed.append((r, c, rs, cs, spec))
            c += cs
            ncols = max(ncols, c)
    for (rr, cc) in occupied:
        ncols = max(ncols, cc + 1)
    return placed, ncols


def add_table(doc, rows, widths, borders=True, size=None, header_rows=0, header_fill=None,
              header_bold=True, cant_split=False):
    """rows: lists of cells, each a string or {text, colspan, rowspan, bold, center, fill, color}."""
    placed, ncols = layout(rows)
    assert ncols == len(widths), (ncols, len(widths))
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    _borders(table, borders)
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)
    for r in range(header_rows):
        trPr = table.rows[r]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        trPr.append(h)
    if cant_split:
        for row in table.rows:
            trPr = row._tr.get_or_add_trPr()
            trPr.append(OxmlElement("w:cantSplit"))
    for (r, c, rs, cs, spec) in placed:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        is_head = r < header_rows
        _cell_text(cell, spec.get("text", ""), bold=spec.get("bold", is_head and header_bold),
                   size=spec.get("size", size), center=spec.get("center", is_head),
                   color=spec.get("color"))
        fill = spec.get("fill", header_fill if is_head else None)
        if fill:
            _shade(cell, fill)
    return table


def set_landscape_section(doc, landscape=True, margins=(1.8, 1.5, 1.5, 1.5)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    return sec


def save_docx(doc, path):
    doc.save(str(path))
    normalize_zip(path)


_LO_PROFILE = Path(tempfile.gettempdir()) / "holdout7-lo-profile"


def docx_to_pdf(doc, pdf_path):
    """Save doc to a temporary .docx and print it to PDF with LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (Path(pdf_path).stem + ".docx")
        save_docx(doc, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{_LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(tmp) / (Path(pdf_path).stem + ".pdf"), pdf_path)
    fix_pdf_dates(pdf_path)


def title_block(doc, lines, size=16):
    for i, line in enumerate(lines):
        para(doc, line, bold=True, size=size, align="center")


def signature(doc, name, position, extra=None, indent_cm=14.0, size=None):
    para(doc, "")
    para(doc, "ลงชื่อ ....................................... ผู้รายงาน", indent_cm=indent_cm, size=size)
    para(doc, f"({name})", indent_cm=indent_cm + 0.6, size=size)
    para(doc, position, indent_cm=indent_cm, size=size)
    if extra:
        para(doc, extra, indent_cm=indent_cm, size=size)


# ---------------------------------------------------------------------------------------------
# the documents
# ---------------------------------------------------------------------------------------------

DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


def write_expect(stem, text):
    (HERE / f"{stem}.expect.yaml").write_text(text.lstrip("\n"), encoding="utf-8")


# 1 -------------------------------------------------------------------------------------------
@document
def pdf_issuesub_hospital_2568():
    stem = "pdf-issuesub-hospital-2568"
    doc = new_doc(font="Laksaman", size=14, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "โรงพยาบาลบ้านโคกสูง อำเภอหนองแสง จังหวัดอุดรธานี",
    ])
    para(doc, "(ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘)", align="center", size=13, space_after=6)
    head = [
        [{"text": "ข้อ", "rowspan": 2}, {"text": "มาตรการ/กิจกรรม", "rowspan": 2},
         {"text": "ระยะเวลาดำเนินการ", "rowspan": 2}, {"text": "ผู้รับผิดชอบ", "rowspan": 2},
         {"text": "งบประมาณ (บาท)", "colspan": 2}, {"text": "ผลการดำเนินการ", "rowspan": 2}],
        ["ที่ได้รับจัดสรร", "ที่ใช้จริง"],
    ]

    def area(text):
        return [{"text": text, "colspan": 7, "bold": True, "fill": "E2EFDA"}]

    body = [
        area("ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"),
        ["๑.๑", "จัดทำคู่มือการปฏิบัติงานและขั้นตอนการให้บริการผู้ป่วยนอก พร้อมระบุระยะเวลาแต่ละขั้นตอนให้ชัดเจน",
         "ต.ค. ๖๗ – มี.ค. ๖๘", "กลุ่มงานการพยาบาล", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "จัดทำคู่มือ ๘ เรื่อง ครอบคลุมงานเวชระเบียน ห้องบัตร คัดกรอง และห้องยา เผยแพร่บนเว็บไซต์โรงพยาบาลเมื่อ ๑๕ มี.ค. ๖๘"],
        ["๑.๒", "ทบทวนมาตรฐานการปฏิบัติงาน (SOP) งานเภสัชกรรมและงานพัสดุ", "ม.ค. – มิ.ย. ๖๘",
         "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค", "๕,๐๐๐", "๔,๘๒๐",
         "ทบทวน SOP ๑๒ ฉบับ ประชุมทีมสหวิชาชีพ ๓ ครั้ง ผู้อำนวยการอนุมัติใช้ตั้งแต่ ๑ ก.ค. ๖๘"],
        area("ประเด็นที่ ๒ การให้บริการและระบบ E-Service"),
        ["๒.๑", "พัฒนาระบบนัดหมายและจองคิวออนไลน์ผ่าน LINE Official Account ของโรงพยาบาล",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "กลุ่มงานสารสนเทศทางการแพทย์", "๓๐,๐๐๐", "๒๘,๕๐๐",
         "เปิดใช้งานระบบจองคิวออนไลน์ตั้งแต่ ๑ ก.พ. ๖๘ มีผู้ใช้บริการสะสม ๒,๔๑๐ ราย ลดเวลารอคอยเฉลี่ยจาก ๙๕ นาทีเหลือ ๖๐ นาที"],
        ["๒.๒", "สำรวจความพึงพอใจผู้รับบริการผ่านแบบสอบถามออนไลน์และนำผลมาปรับปรุงบริการ",
         "เม.ย. – ส.ค. ๖๘", "กลุ่มงานพัฒนาคุณภาพบริการ", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "ผู้ตอบแบบสอบถาม ๓๘๒ ราย ความพึงพอใจภาพรวมร้อยละ ๘๙.๔๐ นำข้อเสนอแนะเรื่องที่จอดรถเข้าที่ประชุมกรรมการบริหาร"],
        area("ประเด็นที่ ๓ ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร"),
        ["๓.๑", "ปรับปรุงเว็บไซต์โรงพยาบาลให้เผยแพร่ข้อมูลตามรายการ OIT ครบถ้วนและเป็นปัจจุบัน",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "งานประชาสัมพันธ์", "๑๐,๐๐๐", "",
         "ปรับโครงสร้างเมนูเว็บไซต์ใหม่ เพิ่มหน้าข้อมูลสาธารณะ (OIT) ครบ ๓๓ รายการ ปรับปรุงข้อมูลทุกเดือน"],
        area("ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ"),
        ["๔.๑", "จัดทำแนวปฏิบัติการยืม-คืนครุภัณฑ์การแพทย์และการขออนุญาตใช้รถพยาบาล",
         "พ.ย. ๖๗ – ก.พ. ๖๘", "กลุ่มงานบริหารทั่วไป", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "ออกแนวปฏิบัติลงวันที่ ๒๐ ก.พ. ๖๘ บันทึกการยืม-คืนผ่านแบบฟอร์มออนไลน์ ๑๔๖ ครั้ง ไม่พบครุภัณฑ์สูญหาย"],
        ["๔.๒", "ตรวจสอบพัสดุประจำปีและรายงานผลต่อผู้อำนวยการโรงพยาบาล", "ต.ค. – พ.ย. ๖๗",
         "คณะกรรมการตรวจสอบพัสดุประจำปี", "๒,๐๐๐", "๑,๖๕๐",
         "ตรวจสอบครุภัณฑ์ ๑,๒๓๔ รายการ พบชำรุด ๓๗ รายการ เสนอจำหน่ายตามระเบียบ รายงานผลเมื่อ ๒๘ พ.ย. ๖๗"],
        area("ประเด็นที่ ๕ กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง"),
        ["๕.๑", "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "งานพัสดุ", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "เผยแพร่แผนจัดซื้อจัดจ้างเมื่อ ๕ พ.ย. ๖๗ และสรุปผลครบทั้ง ๑๒ เดือนบนเว็บไซต์"],
        ["๕.๓", "รายงานผลการใช้จ่ายเงินบำรุงรายไตรมาสต่อคณะกรรมการบริหารโรงพยาบาล",
         "ม.ค. – ก.ย. ๖๘", "กลุ่มงานบริหารทั่วไป (งานการเงิน)", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "รายงานต่อที่ประชุมกรรมการบริหาร ๓ ครั้ง (ม.ค. เม.ย. ก.ค. ๖๘) และเผยแพร่สรุปบนเว็บไซต์"],
        area("ประเด็นที่ ๖ กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล"),
        ["๖.๑", "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนค่าจ้างให้บุคลากรทราบล่วงหน้า",
         "ต.ค. ๖๗ และ เม.ย. ๖๘", "กลุ่มงานบริหารทั่วไป (งานบุคลากร)", {"text": "-", "center": True},
         "ไม่ใช้งบประมาณ", "แจ้งเวียนหลักเกณฑ์ ๒ รอบการประเมิน และประกาศผลการเลื่อนค่าจ้างบนบอร์ดและเว็บไซต์"],
        area("ประเด็นที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"),
        ["๗.๑", "ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "ต.ค. – ธ.ค. ๖๗", "ผู้อำนวยการโรงพยาบาล / งานนิติการ", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "ผู้อำนวยการลงนามประกาศเมื่อ ๑๐ ต.ค. ๖๗ จัดกิจกรรมประกาศเจตนารมณ์ร่วมกับบุคลากร ๒๑๐ คน ไม่มีรายงานการรับของขวัญ"],
        ["๗.๒", "ปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "ศูนย์รับเรื่องร้องเรียนโรงพยาบาล", "๓,๕๐๐", "๓,๕๐๐",
         "จัดทำแบบฟอร์มร้องเรียนการทุจริตออนไลน์ ตู้รับเรื่อง และหมายเลขโทรศัพท์เฉพาะ ได้รับเรื่อง ๑ เรื่อง ตรวจสอบแล้วไม่มีมูล"],
        ["๗.๓", "ประเมินความเสี่ยงการทุจริตและจัดทำแผนบริหารความเสี่ยงการทุจริตของโรงพยาบาล",
         "ธ.ค. ๖๗ – มี.ค. ๖๘", "คณะกรรมการขับเคลื่อน ITA", {"text": "-", "center": True}, "ไม่ใช้งบประมาณ",
         "ประเมินความเสี่ยง ๔ กระบวนงาน จัดทำแผนบริหารความเสี่ยง และติดตามผลรอบ ๖ เดือนแล้ว"],
    ]
    add_table(doc, head + body, widths=[1.3, 6.6, 2.9, 3.4, 2.2, 2.2, 8.1], size=12,
              header_rows=2, header_fill="C6E0B4")
    signature(doc, "นายแพทย์ธนากร ศรีสุวรรณ", "ผู้อำนวยการโรงพยาบาลบ้านโคกสูง", indent_cm=17.0, size=13)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-issuesub
description: >-
  A hospital's FY 2568 report printed to PDF (landscape, ruled Word table). The measures are
  grouped under the seven ITA issues by full-width shaded heading rows ("ประเด็นที่ ๑ ...") and
  numbered within each issue in a separate first column (๑.๑, ๑.๒, ๒.๑ ...). The budget is two
  columns under a merged heading "งบประมาณ (บาท)": allocated ("ที่ได้รับจัดสรร") and actually used
  ("ที่ใช้จริง"). Defects: measure ๓.๑ (website) has an allocation of ๑๐,๐๐๐ but its used-budget
  cell is empty (budget-missing); issue ๕ goes from ๕.๑ to ๕.๓ (numbering-gap). Traps: the
  allocated cell is "-" while the used cell says ไม่ใช้งบประมาณ (valid); the allocated column is
  not the budget used; ๗.๑ runs "ต.ค. – ธ.ค. ๖๗", inside FY 2568; ๖.๑ gives two months
  "ต.ค. ๖๗ และ เม.ย. ๖๘", both inside the year; the issue heading rows are not measures; the
  "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘" line is not a period.
agency: โรงพยาบาลบ้านโคกสูง
fiscal_year: 2568
measures: 13
findings:
  - rule: budget-missing
    measure: ปรับปรุงเว็บไซต์โรงพยาบาล
  - rule: numbering-gap
    measure: รายงานผลการใช้จ่ายเงินบำรุง
""")


# 2 -------------------------------------------------------------------------------------------
@document
def pdf_dayname_police_2568():
    stem = "pdf-dayname-police-2568"
    doc = new_doc(font="Norasi", size=14, margins=(1.8, 1.8, 1.6, 1.6))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "สภ.ห้วยยางงาม  ITA ๒๕๖๘  แผ่นที่ ", size=10)
    add_field(fp, "PAGE", size=10)
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "สถานีตำรวจภูธรห้วยยางงาม ตำรวจภูธรจังหวัดขอนแก่น",
    ], size=15)
    para(doc, "")
    para(doc, "ตามที่สถานีตำรวจภูธรห้วยยางงามได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
              "ของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
              "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้",
         first_line_cm=1.5, align="justify", size=14, space_after=6)
    d = dayname_date
    rows = [
        ["ที่", "มาตรการ", "วันที่ดำเนินการ", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)", "ผลการดำเนินการ"],
        ["๑", "ประกาศนโยบายการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ของผู้กำกับการ",
         d(2567, 10, 3), "ผกก.สภ.ห้วยยางงาม\nงานอำนวยการ", "ไม่ใช้งบประมาณ",
         "ผู้กำกับการลงนามประกาศ เผยแพร่ทางเว็บไซต์และเพจ Facebook ของสถานี และติดประกาศหน้าห้องร้อยเวร"],
        ["๒", "จัดตั้งศูนย์รับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของข้าราชการตำรวจ พร้อมช่องทางออนไลน์",
         "ตั้งแต่" + d(2567, 10, 1) + "\nถึง" + d(2568, 9, 30), "งานอำนวยการ", "๒,๐๐๐",
         "เปิดช่องทาง QR Code และ LINE ของสถานี มีผู้ร้องเรียน ๓ เรื่อง ตรวจสอบข้อเท็จจริงแล้วเสร็จทั้ง ๓ เรื่อง"],
        ["๓", "ประชุมชี้แจงประมวลจริยธรรมข้าราชการตำรวจและการป้องกันผลประโยชน์ทับซ้อน",
         d(2567, 12, 25), "รอง ผกก.ป.\nงานอำนวยการ", "ไม่ใช้งบประมาณ",
         "ชี้แจงก่อนการประชุมประจำเดือน มีข้าราชการตำรวจเข้าร่วม ๖๘ นาย ลงนามรับทราบครบทุกนาย"],
        ["๔", "ให้บริการประชาชนบนสถานีตำรวจด้วยระบบบัตรคิวตามลำดับก่อนหลังและมาตรฐานสถานีตำรวจเพื่อประชาชน",
         d(2567, 11, 1) + " –\n" + d(2568, 9, 30), "งานป้องกันปราบปราม\nงานสอบสวน", "ไม่ใช้งบประมาณ",
         "ให้บริการตามลำดับบัตรคิว ๔,๑๘๒ ราย ไม่มีข้อร้องเรียนเรื่องการลัดคิว"],
        ["๕", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายเงินงบประมาณของสถานีตำรวจ",
         d(2567, 10, 1) + " –\n" + d(2568, 9, 30), "งานอำนวยการ\n(ฝ่ายการเงินและพัสดุ)", "ไม่ใช้งบประมาณ",
         "เผยแพร่แผนจัดซื้อจัดจ้างและสรุปผลรายเดือนบนเว็บไซต์ครบ ๑๒ เดือน"],
        ["๖", "ควบคุมการใช้รถยนต์และน้ำมันเชื้อเพลิงของทางราชการผ่านสมุดบันทึกการใช้รถ",
         d(2567, 10, 1) + " –\n" + d(2568, 9, 30), "", "ไม่ใช้งบประมาณ",
         "บันทึกการใช้รถสายตรวจครบทุกผลัด ตรวจสอบสมุดบันทึกเดือนละ ๑ ครั้ง ไม่พบการใช้รถนอกภารกิจ"],
        ["๗", "อบรมการให้บริการด้วยความสุภาพและไม่เรียกรับผลประโยชน์แก่ข้าราชการตำรวจชั้นประทวน",
         d(2568, 3, 14) + " –\n" + d(2568, 1, 13), "งานอำนวยการ", "๑๒,๕๐๐",
         "อบรม ๑ รุ่น ผู้เข้ารับการอบรม ๔๒ นาย ผลทดสอบหลังอบรมผ่านเกณฑ์ร้อยละ ๙๕"],
        ["๘", "เปิดเผยหลักเกณฑ์การพิจารณาเลื่อนขั้นเงินเดือนและการแต่งตั้งโยกย้ายให้ข้าราชการตำรวจทราบ",
         d(2568, 3, 3) + " –\n" + d(2568, 3, 31), "งานอำนวยการ (ธุรการกำลังพล)", "ไม่ใช้งบประมาณ",
         "แจ้งหลักเกณฑ์ในที่ประชุมและติดประกาศ เปิดให้ทักท้วงผลการพิจารณาภายใน ๗ วัน ไม่มีผู้ทักท้วง"],
        ["๙", "สำรวจความพึงพอใจของประชาชนผู้มาใช้บริการสถานีตำรวจ",
         d(2568, 6, 2) + " –\n" + d(2568, 8, 29), "งานป้องกันปราบปราม", "๑,๒๐๐",
         "ผู้ตอบแบบสำรวจ ๔๐๐ ราย พึงพอใจมากถึงมากที่สุดร้อยละ ๙๑.๒๕"],
    ]
    add_table(doc, rows, widths=[0.8, 4.6, 3.4, 2.7, 2.0, 4.3], size=11, header_rows=1,
              header_fill="D9D9D9")
    para(doc, "")
    para(doc, "ลงชื่อ พันตำรวจเอก ..................................", indent_cm=8.5)
    para(doc, "( ชยพล  ภักดีวงศ์ )", indent_cm=10.3)
    para(doc, "ผู้กำกับการสถานีตำรวจภูธรห้วยยางงาม", indent_cm=9.0)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-dayname
description: >-
  A provincial police station's FY 2568 report printed to PDF (portrait, ruled table, footer
  "แผ่นที่ N"). Every period is written as full Thai dates with the day of the week, often as
  "ตั้งแต่วันอังคารที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันอังคารที่ ๓๐ กันยายน ๒๕๖๘" over two lines, and some are a
  single day. Defects: measure ๖ (vehicle and fuel control) has an empty responsible cell
  (responsible-missing); measure ๗ (courtesy training) runs from วันศุกร์ที่ ๑๔ มีนาคม ๒๕๖๘ to
  วันจันทร์ที่ ๑๓ มกราคม ๒๕๖๘, ending before it starts (period-reversed). Traps: day names
  (วันพฤหัสบดีที่ ...) are part of a valid date; measure ๓ is the single day วันพุธที่ ๒๕ ธันวาคม ๒๕๖๗,
  which is inside FY 2568 (December of BE 2567); single days are valid periods; the intro
  paragraph mentions FY 2567 (the analysed assessment) but the report is for 2568; "ไม่มีข้อ
  ร้องเรียนเรื่องการลัดคิว" is an outcome, the complaint channel is measure ๒.
agency: สถานีตำรวจภูธรห้วยยางงาม
fiscal_year: 2568
measures: 9
findings:
  - rule: responsible-missing
    measure: ควบคุมการใช้รถยนต์และน้ำมันเชื้อเพลิง
  - rule: period-reversed
    measure: อบรมการให้บริการด้วยความสุภาพ
""")


# 3 -------------------------------------------------------------------------------------------
@document
def pdf_quarterwords_sao_2567():
    stem = "pdf-quarterwords-sao-2567"
    doc = new_doc(font="Garuda", size=13, landscape=True, margins=(1.6, 1.6, 1.4, 1.4))
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "องค์การบริหารส่วนตำบลโคกกระเบื้อง อำเภอโนนไทย จังหวัดนครราชสีมา",
    ], size=14)
    para(doc, "หมายเหตุ ไตรมาสที่ ๑ = ต.ค. – ธ.ค. ๒๕๖๖  ไตรมาสที่ ๒ = ม.ค. – มี.ค. ๒๕๖๗  "
              "ไตรมาสที่ ๓ = เม.ย. – มิ.ย. ๒๕๖๗  ไตรมาสที่ ๔ = ก.ค. – ก.ย. ๒๕๖๗", size=11, align="center",
         space_after=6)
    rows = [
        ["ลำดับ", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ไตรมาสที่ดำเนินการ", "งบประมาณ (บาท)", "สถานะ",
         "ผลการดำเนินงาน"],
        ["๑", "จัดทำคู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ",
         "สำนักปลัด", "ไตรมาสที่ ๑ – ๒", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว",
         "ปรับปรุงคู่มือสำหรับประชาชน ๑๔ กระบวนงาน เผยแพร่ที่จุดบริการและเว็บไซต์ อบต."],
        ["๒", "พัฒนาระบบยื่นคำร้องออนไลน์ (E-Service) ผ่าน Google Form และ LINE OA ของ อบต.",
         "สำนักปลัด\n(งานเทคโนโลยีสารสนเทศ)", "ไตรมาส ๒ ถึงไตรมาส ๔", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว",
         "เปิดรับคำร้อง ๕ ประเภท มีผู้ยื่นคำร้องออนไลน์ ๒๑๗ ราย"],
        ["๓", "ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่นและเปิดโอกาสให้ประชาชนมีส่วนร่วม",
         "สำนักปลัด\n(งานวิเคราะห์นโยบายและแผน)", "ไตรมาสที่ ๓", "๑๕,๐๐๐", "ดำเนินการแล้ว",
         "จัดประชาคม ๑๒ หมู่บ้าน ผู้เข้าร่วม ๖๔๓ คน ได้โครงการบรรจุในแผนพัฒนา ๓๘ โครงการ"],
        ["๔", "เผยแพร่ประกาศจัดซื้อจัดจ้างและผลการพิจารณาทางเว็บไซต์และบอร์ดประชาสัมพันธ์", "กองคลัง",
         "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว",
         "เผยแพร่ประกาศ ๕๒ รายการ และสรุปผลการจัดซื้อจัดจ้างรายเดือนครบ ๑๒ เดือน"],
        ["๕", "จัดทำทะเบียนคุมการยืม-คืนพัสดุและครุภัณฑ์ของ อบต.", "กองคลัง (งานพัสดุ)",
         "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๗", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว", ""],
        ["๖", "อบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และพนักงานจ้าง", "สำนักปลัด",
         "ไตรมาสที่ ๓ (เม.ย. – มิ.ย. ๖๗)", "๒๕,๘๐๐", "ดำเนินการแล้ว",
         "จัดอบรมเมื่อ ๒๔ พ.ค. ๖๗ ผู้เข้าร่วม ๕๖ คน และศึกษาดูงานวัดป่าสาลวัน"],
        ["๗", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "นายก อบต.\nสำนักปลัด", "ไตรมาสที่ ๑", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว",
         "นายก อบต. ลงนามประกาศ ลงวันที่ ๒ ต.ค. ๖๖ เผยแพร่บนเว็บไซต์และเพจ อบต."],
        ["๘", "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ตู้รับเรื่อง เว็บไซต์ โทรศัพท์ LINE)",
         "สำนักปลัด\n(ศูนย์รับเรื่องราวร้องทุกข์)", "ตลอดปีงบประมาณ", "ไม่ใช้งบประมาณ", "ดำเนินการแล้ว",
         "เปิดตู้รับเรื่องทุกเดือน ได้รับเรื่องร้องเรียนทั่วไป ๙ เรื่อง เรื่องการทุจริต ๐ เรื่อง"],
        ["๙", "เผยแพร่ข้อมูลการบริหารงานบุคคลและหลักเกณฑ์การประเมินผลการปฏิบัติงาน",
         "สำนักปลัด\n(งานการเจ้าหน้าที่)", "ตามความเหมาะสม", "ไม่ใช้งบประมาณ", "อยู่ระหว่างดำเนินการ",
         "เผยแพร่หลักเกณฑ์รอบการประเมินที่ ๑ แล้ว รอบที่ ๒ อยู่ระหว่างจัดทำประกาศ"],
        ["๑๐", "ติดตั้งกล้องวงจรปิด (CCTV) ควบคุมการใช้ทรัพย์สินบริเวณอาคารสำนักงานและโรงจอดรถ", "กองช่าง",
         "ไตรมาสที่ ๔", "๔๘,๕๐๐", "ยังไม่ดำเนินการ",
         "อยู่ระหว่างขออนุมัติจ่ายขาดเงินสะสม เลื่อนไปดำเนินการในปีงบประมาณ ๒๕๖๘"],
    ]
    add_table(doc, rows, widths=[1.4, 7.4, 3.6, 3.3, 2.4, 2.6, 6.0], size=11, header_rows=1,
              header_fill="FCE4D6")
    para(doc, "")
    para(doc, "ผู้รายงาน  นางสาวพิมพ์ชนก  ทองดี  นักวิเคราะห์นโยบายและแผนปฏิบัติการ", size=12, indent_cm=14)
    para(doc, "ผู้รับรอง  นายสมพงษ์  บุญมา  ปลัดองค์การบริหารส่วนตำบลโคกกระเบื้อง", size=12, indent_cm=14)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-quarterwords
description: >-
  A subdistrict administrative organisation's FY 2567 report printed to PDF (landscape, ruled
  table). Periods are written as fiscal quarters in words ("ไตรมาสที่ ๑ – ๒", "ไตรมาส ๒ ถึงไตรมาส ๔",
  "ไตรมาสที่ ๓ (เม.ย. – มิ.ย. ๖๗)", "ตลอดปีงบประมาณ"), with a note above the table mapping
  quarters to months; status is a word column (ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ /
  ยังไม่ดำเนินการ). Defects: measure ๕ (register of borrowed supplies) is marked ดำเนินการแล้ว
  with an empty result (status-without-result); measure ๙ gives "ตามความเหมาะสม" as its period,
  which is not a date (period-unparseable). Traps: every quarter wording is a valid period inside
  FY 2567, including "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๗" (Oct-Dec 2566); measure ๑๐ is not started but
  explains why (no finding); "เรื่องการทุจริต ๐ เรื่อง" is a statistic of the channel of measure ๘.
agency: องค์การบริหารส่วนตำบลโคกกระเบื้อง
fiscal_year: 2567
measures: 10
findings:
  - rule: status-without-result
    measure: จัดทำทะเบียนคุมการยืม-คืนพัสดุ
  - rule: period-unparseable
    measure: เผยแพร่ข้อมูลการบริหารงานบุคคล
""")


# 4 -------------------------------------------------------------------------------------------
@document
def pdf_colourstatus_university_2568():
    stem = "pdf-colourstatus-university-2568"
    doc = new_doc(font="Loma", size=13, landscape=True, margins=(1.5, 1.5, 1.3, 1.3))
    title_block(doc, [
        "มหาวิทยาลัยราชภัฏศรีลานนา",
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๘",
        "(รอบ ๑๒ เดือน)",
    ], size=14)
    p = para(doc, "", size=11, align="center", space_after=6)
    add_run(p, "สถานะ:  ", bold=True, size=11)
    add_run(p, "เขียว", bold=True, size=11, color="00803C")
    add_run(p, " = ดำเนินการแล้วเสร็จ     ", size=11)
    add_run(p, "เหลือง", bold=True, size=11, color="B08800")
    add_run(p, " = อยู่ระหว่างดำเนินการ     ", size=11)
    add_run(p, "แดง", bold=True, size=11, color="C00000")
    add_run(p, " = ยังไม่ได้ดำเนินการ", size=11)
    G, Y, R = ({"text": "เขียว", "fill": "C6EFCE", "center": True},
               {"text": "เหลือง", "fill": "FFEB9C", "center": True},
               {"text": "แดง", "fill": "FFC7CE", "center": True})
    rows = [
        ["ประเด็นการประเมิน", "ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "งบประมาณที่ใช้ (บาท)", "สถานะ",
         "ผลการดำเนินงาน"],
        ["๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "๑",
         "ทบทวนและเผยแพร่คู่มือการปฏิบัติงานของหน่วยงานในสำนักงานอธิการบดีทุกกอง", "กองกลาง",
         "ต.ค. ๖๗ – มี.ค. ๖๘", "ไม่ใช้งบประมาณ", dict(G),
         "ทบทวนคู่มือ ๒๙ เล่ม เผยแพร่ในคลังเอกสารบนเว็บไซต์มหาวิทยาลัย"],
        ["๒. การให้บริการและระบบ E-Service", "๒",
         "พัฒนาระบบบริการนักศึกษาออนไลน์ (คำร้องขอเอกสารสำคัญทางการศึกษาและใบรับรอง)",
         "สำนักส่งเสริมวิชาการและงานทะเบียน", "ต.ค. ๖๗ – ก.ย. ๖๘", "๑๒๐,๐๐๐", dict(Y),
         "เปิดใช้งานแล้ว ๓ บริการ (ใบรับรองสถานภาพ ใบแสดงผลการเรียน คำร้องทั่วไป) อีก ๒ บริการอยู่ระหว่างทดสอบระบบ"],
        [{"text": "๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร", "rowspan": 2}, "๓",
         "เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์และสื่อสังคมออนไลน์ของมหาวิทยาลัยอย่างสม่ำเสมอ",
         "กองกลาง (งานประชาสัมพันธ์)", "ต.ค. ๖๗ – ก.ย. ๖๘", "ไม่ใช้งบประมาณ", dict(G),
         "เผยแพร่ข่าว ๓๑๒ เรื่อง ปรับปรุงหน้าข้อมูลสาธารณะ (OIT) เป็นรายเดือน"],
        ["๔", "เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือนทางเว็บไซต์",
         "กองคลัง (งานพัสดุ)", "ต.ค. ๖๗ – ก.ย. ๖๘", "ไม่ใช้งบประมาณ", dict(G),
         "เผยแพร่แผนจัดซื้อจัดจ้างประจำปี และสรุปผลรายเดือนครบ ๑๒ เดือน"],
        [{"text": "๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", "rowspan": 2}, "๕",
         "จัดทำระบบยืม-คืนครุภัณฑ์และการจองห้องปฏิบัติการผ่านระบบออนไลน์",
         "กองคลัง (งานพัสดุ)\nสำนักวิทยบริการฯ", "ม.ค. – ส.ค. ๖๘", "๑๕,๐๐๐", dict(R), ""],
        ["๖", "ตรวจสอบพัสดุประจำปีและรายงานผลการตรวจสอบต่ออธิการบดี", "คณะกรรมการตรวจสอบพัสดุ",
         "ต.ค. – ธ.ค. ๖๗", "ไม่ใช้งบประมาณ", dict(G),
         "ตรวจสอบครุภัณฑ์ ๘,๕๒๔ รายการ รายงานผลเมื่อ ๒๐ ธ.ค. ๖๗"],
        ["๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", "๗",
         "เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือนทางเว็บไซต์", "กองคลัง (งานพัสดุ)",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "ไม่ใช้งบประมาณ", dict(G),
         "เผยแพร่ครบทุกเดือน และจัดทำรายงานสรุปผลการจัดซื้อจัดจ้างประจำปีเสนออธิการบดี"],
        ["๖. กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", "๘",
         "เผยแพร่หลักเกณฑ์การสรรหา บรรจุ แต่งตั้ง และการประเมินผลการปฏิบัติงานของบุคลากร",
         "กองบริหารงานบุคคล", "พ.ย. ๖๗ – เม.ย. ๖๘", "ไม่ใช้งบประมาณ", dict(G),
         "ประกาศหลักเกณฑ์ ๔ ฉบับ บนเว็บไซต์กองบริหารงานบุคคล และชี้แจงในที่ประชุมคณบดี"],
        [{"text": "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", "rowspan": 3}, "๙",
         "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ของอธิการบดี",
         "สำนักงานอธิการบดี", "ต.ค. ๖๗", "ไม่ใช้งบประมาณ", dict(G),
         "อธิการบดีลงนามประกาศเมื่อ ๗ ต.ค. ๖๗ และแจ้งเวียนทุกส่วนงาน"],
        ["๑๐", "พัฒนาช่องทางร้องเรียนการทุจริตและประพฤติมิชอบผ่านระบบออนไลน์ แยกจากข้อร้องเรียนทั่วไป",
         "หน่วยตรวจสอบภายใน\nงานนิติการ", "ต.ค. ๖๗ – ก.ย. ๖๘", "๘,๐๐๐", dict(G),
         "เปิดใช้แบบฟอร์มร้องเรียนการทุจริตออนไลน์ที่ปกปิดตัวตนผู้ร้องได้ มีเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จ"],
        ["๑๑", "กิจกรรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต (ชมรม STRONG ราชภัฏศรีลานนา)",
         "กองพัฒนานักศึกษา", "ธ.ค. ๖๗ – ส.ค. ๖๘", "๒๒,๓๕๐", dict(Y),
         "จัดกิจกรรมแล้ว ๓ ครั้ง นักศึกษาเข้าร่วม ๔๒๐ คน กิจกรรมครั้งที่ ๔ กำหนดจัดเดือน ก.ย. ๖๘"],
    ]
    add_table(doc, rows, widths=[4.0, 0.9, 6.2, 3.3, 2.6, 2.2, 1.6, 6.3], size=11, header_rows=1,
              header_fill="DDEBF7")
    para(doc, "")
    para(doc, "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘   ผู้จัดทำ: กองนโยบายและแผน", size=11, align="right")
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-colourstatus
description: >-
  A university's FY 2568 twelve-month report printed to PDF (landscape, ruled table). The area
  is a first column merged over its measures; the status is given only by a colour word in a
  shaded cell (เขียว / เหลือง / แดง), explained by a coloured legend line above the table
  (เขียว = done, เหลือง = in progress, แดง = not started). Defects: measure ๕ (online loan system
  for equipment) is แดง, not started, with an empty result and no reason (status-without-result,
  a warning for not started); measure ๗ repeats measure ๔ word for word ("เผยแพร่แผนและผลการจัดซื้อ
  จัดจ้างประจำเดือนทางเว็บไซต์"), filed again under area ๕ (duplicate-measure). Traps: the
  เหลือง rows (in progress) have results and are fine; "ต.ค. ๖๗" is a one-month period; the
  rowspan area cells; the legend and the closing "ข้อมูล ณ วันที่" line are not measures.
agency: มหาวิทยาลัยราชภัฏศรีลานนา
fiscal_year: 2568
measures: 11
findings:
  - rule: status-without-result
    measure: จัดทำระบบยืม-คืนครุภัณฑ์
  - rule: duplicate-measure
    measure: เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือน
""")


# 5 -------------------------------------------------------------------------------------------
@document
def pdf_bilingual_institute_2567():
    stem = "pdf-bilingual-institute-2567"
    doc = new_doc(font="Waree", size=12, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    title_block(doc, [
        "สถาบันเทคโนโลยีนานาชาติอันดามัน (องค์การมหาชน)",
        "Andaman International Institute of Technology (Public Organization)",
    ], size=14)
    para(doc, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
         bold=True, size=13, align="center")
    para(doc, "Report on the Measures to Promote Integrity and Transparency, Fiscal Year 2024 (Oct 2023 – Sep 2024)",
         size=11, align="center", space_after=6)
    rows = [
        ["ที่\nNo.", "มาตรการ\nMeasure", "ระยะเวลา\nTimeframe", "ผู้รับผิดชอบ\nResponsible unit",
         "งบประมาณที่ใช้ (บาท)\nBudget spent (THB)", "ผลการดำเนินงาน\nResults"],
        ["1", "จัดทำคู่มือการปฏิบัติงานและมาตรฐานระยะเวลาการให้บริการ\nService manuals and service-time standards",
         "ต.ค. 66 – มี.ค. 67\nOct 2023 – Mar 2024", "สำนักงานผู้อำนวยการ\nOffice of the President",
         "ไม่ใช้งบประมาณ\nNo budget used",
         "จัดทำคู่มือ 10 เรื่อง เผยแพร่บนเว็บไซต์\n10 manuals published on the website"],
        ["2", "พัฒนาระบบบริการนักศึกษาออนไลน์ (E-Service)\nOnline student services (E-Service)",
         "ต.ค. 66 – ก.ย. 67\nOct 2023 – Sep 2024", "ฝ่ายทะเบียนและวัดผล\nRegistrar's Office",
         "45,000", "เปิดบริการคำร้องออนไลน์ 6 ประเภท ผู้ใช้ 1,284 ราย\n6 online request types, 1,284 users"],
        ["3", "เผยแพร่ข้อมูลสาธารณะ (OIT) บนเว็บไซต์ภาษาไทยและภาษาอังกฤษ\n"
              "Publish public information (OIT) on the Thai and English websites",
         "ม.ค. – มี.ค. 67\nJan – Mar 2024", "ฝ่ายสื่อสารองค์กร\nCorporate Communications",
         "ไม่ใช้งบประมาณ\nNo budget used",
         "เผยแพร่ครบทุกรายการ ปรับปรุงข้อมูลทุกไตรมาส\nAll items published, updated every quarter"],
        ["4", "ทบทวนระเบียบการยืมและการใช้ทรัพย์สินของสถาบัน\nReview the rules on borrowing and using institute assets",
         "พ.ย. 66 – ก.พ. 67\nNov 2023 – Feb 2024", "ฝ่ายพัสดุและทรัพย์สิน\nProcurement and Assets",
         "ไม่ใช้งบประมาณ\nNo budget used",
         "ประกาศระเบียบฉบับปรับปรุง ลงวันที่ 26 ก.พ. 67\nRevised rules issued on 26 Feb 2024"],
        ["5", "เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน\nPublish the procurement plan and monthly results",
         "ต.ค. 66 – ก.ย. 67\nOct 2023 – Sep 2024", "ฝ่ายพัสดุและทรัพย์สิน\nProcurement and Assets",
         "ไม่ใช้งบประมาณ\nNo budget used",
         "เผยแพร่ครบ 12 เดือน\nPublished for all 12 months"],
        ["6", "เผยแพร่หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร\nPublish the recruitment and selection criteria",
         "ก.ค. – ต.ค. 67\nJul – Oct 2024", "ฝ่ายทรัพยากรบุคคล\nHuman Resources",
         "ไม่ใช้งบประมาณ\nNo budget used",
         "ประกาศหลักเกณฑ์ 3 ฉบับบนเว็บไซต์\n3 criteria notices posted on the website"],
        ["7", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบทางออนไลน์\n"
              "Online channel for reporting corruption and misconduct",
         "ต.ค. 66 – ก.ย. 67\nOct 2023 – Sep 2024", "สำนักตรวจสอบภายใน\nInternal Audit Office",
         "12,000", "เปิดแบบฟอร์มร้องเรียนแยกจากข้อร้องเรียนทั่วไป ได้รับ 1 เรื่อง\n"
                   "Separate complaint form opened; 1 case received and closed"],
        ["8", "อบรมการป้องกันผลประโยชน์ทับซ้อนและประมวลจริยธรรม\nTraining on conflicts of interest and the code of ethics",
         "เม.ย. 67\nApr 2024", "ฝ่ายทรัพยากรบุคคล\nHuman Resources", "8,500",
         "ผู้เข้าอบรม 96 คน คะแนนหลังอบรมเฉลี่ยร้อยละ 88\n96 participants, average post-test score 88%"],
    ]
    add_table(doc, rows, widths=[1.1, 7.0, 3.9, 3.8, 3.0, 7.9], size=10, header_rows=1,
              header_fill="D9E1F2")
    para(doc, "")
    para(doc, "รับรองข้อมูล / Certified by: ผู้อำนวยการสถาบัน / President", size=11, align="right")
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-bilingual
description: >-
  A public organisation's FY 2567 report printed to PDF, bilingual Thai/English: every header
  cell and every data cell holds a Thai line and its English translation below it, periods
  are given both as Thai months with two-digit BE years and as Gregorian English months
  ("ต.ค. 66 – ก.ย. 67" / "Oct 2023 – Sep 2024"), Arabic digits throughout. The title states
  "ปีงบประมาณ พ.ศ. ๒๕๖๗" and "Fiscal Year 2024 (Oct 2023 – Sep 2024)". Defects: measure 6
  (recruitment criteria) runs "ก.ค. – ต.ค. 67 / Jul – Oct 2024", ending in October 2024, which is
  FY 2568 (period-outside-fiscal-year); no measure covers the No Gift Policy
  (no-gift-policy-missing). Traps: the English lines repeat the Thai ones (the measure count is
  8, not 16); Gregorian 2023/2024 dates are the same periods as the Thai BE ones; "Fiscal Year
  2024" is FY 2567; "No budget used" next to ไม่ใช้งบประมาณ; the code-of-ethics training is not a
  No Gift measure.
agency: สถาบันเทคโนโลยีนานาชาติอันดามัน
fiscal_year: 2567
measures: 8
findings:
  - rule: period-outside-fiscal-year
    measure: เผยแพร่หลักเกณฑ์การสรรหา
  - rule: no-gift-policy-missing
""")


# 6 -------------------------------------------------------------------------------------------
@document
def pdf_appendix_court_2566():
    stem = "pdf-appendix-court-2566"
    doc = new_doc(font="Laksaman", size=15, margins=(2.0, 2.0, 2.5, 2.0))
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ศาลจังหวัดห้วยแถลง",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
    ])
    para(doc, "")
    para(doc, "ศาลจังหวัดห้วยแถลงได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ตามที่ได้กำหนดไว้ โดยส่วนที่ ๑ เป็นตารางสรุปผลการดำเนินการ "
              "และส่วนที่ ๒ เป็นรายละเอียดผลการดำเนินการของแต่ละมาตรการ (ภาคผนวก ก)",
         first_line_cm=1.25, align="justify", space_after=6)
    para(doc, "ส่วนที่ ๑ สรุปผลการดำเนินการตามมาตรการ", bold=True, space_after=4)
    M = [
        ("เผยแพร่ขั้นตอนและระยะเวลาการให้บริการประชาชน (คู่มือสำหรับประชาชน)",
         "ส่วนบริการประชาชนและประชาสัมพันธ์", "ต.ค. – ธ.ค. ๖๕", "ไม่ใช้งบประมาณ",
         "ปรับปรุงคู่มือสำหรับประชาชน ๖ งานบริการ (การขอคัดถ่ายเอกสาร การยื่นคำร้องขอปล่อยชั่วคราว "
         "การวางเงินค่าปรับ ฯลฯ) ติดประกาศ ณ จุดบริการ และเผยแพร่บนเว็บไซต์ของศาลเมื่อวันที่ ๒๒ ธันวาคม ๒๕๖๕"),
        ("ให้บริการยื่นฟ้องและคำคู่ความทางระบบอิเล็กทรอนิกส์ (e-Filing) และระบบ CIOS",
         "ส่วนงานคดี", "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ",
         "มีการยื่นฟ้องทางระบบ e-Filing จำนวน ๑,๐๔๗ คดี คิดเป็นร้อยละ ๖๒ ของคดีแพ่งที่รับใหม่ "
         "และจัดเจ้าหน้าที่ให้คำแนะนำการใช้งานแก่ทนายความ ณ ศูนย์บริการประชาชน"),
        ("ประชาสัมพันธ์ข้อมูลข่าวสารของศาลผ่านเว็บไซต์และเพจ Facebook",
         "ส่วนบริการประชาชนและประชาสัมพันธ์", "ต.ค. ๖๕ – ก.ย. ๖๖", "",
         "เผยแพร่ข่าวสารและกิจกรรมของศาล ๑๘๔ เรื่อง ปรับปรุงหน้าข้อมูลสาธารณะบนเว็บไซต์ทุกเดือน"),
        ("ควบคุมการใช้ทรัพย์สินของราชการ (การยืมพัสดุ การใช้รถยนต์ราชการ และห้องประชุม)",
         "ส่วนคลัง", "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "-"),
        ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน",
         "ส่วนคลัง", "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ",
         "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีเมื่อวันที่ ๑๗ พฤศจิกายน ๒๕๖๕ และสรุปผลการจัดซื้อจัดจ้าง (สขร.๑) "
         "ครบ ๑๒ เดือน"),
        ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และรายงานผลการรับของขวัญ",
         "ผู้อำนวยการสำนักงานประจำศาล", "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ",
         "ผู้พิพากษาหัวหน้าศาลลงนามประกาศเมื่อวันที่ ๔ ตุลาคม ๒๕๖๕ จัดกิจกรรมรณรงค์ช่วงเทศกาลปีใหม่ "
         "และรายงานผลการรับของขวัญต่อหัวหน้าหน่วยงาน ๒ ครั้ง ไม่มีเจ้าหน้าที่รับของขวัญ"),
        ("ช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ศาล",
         "ส่วนช่วยอำนวยการ", "ต.ค. ๖๕ – ก.ย. ๖๖", "๑,๕๐๐",
         "จัดตู้รับเรื่องร้องเรียน ณ อาคารศาล และแบบฟอร์มออนไลน์บนเว็บไซต์ แยกจากเรื่องร้องเรียนทั่วไป "
         "ไม่มีเรื่องร้องเรียนการทุจริตในปีงบประมาณ"),
        ("อบรมจริยธรรมข้าราชการศาลยุติธรรมและการป้องกันผลประโยชน์ทับซ้อน",
         "ส่วนช่วยอำนวยการ", "มี.ค. ๖๖", "๙,๘๐๐",
         "จัดอบรมเมื่อวันที่ ๑๗ มีนาคม ๒๕๖๖ ผู้เข้าอบรม ๔๘ คน ผลการประเมินความรู้หลังอบรมผ่านเกณฑ์ทุกคน"),
    ]
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "งบประมาณที่ใช้จริง (บาท)", "สถานะ", "รายละเอียด"]]
    for i, (name, resp, period, budget, _result) in enumerate(M, 1):
        rows.append([th(str(i)), name, resp, period, budget, "ดำเนินการแล้ว", th(f"ภาคผนวก ก.{i}")])
    add_table(doc, rows, widths=[0.8, 5.4, 2.8, 2.2, 1.9, 1.7, 1.9], size=12, header_rows=1,
              header_fill="EDEDED")
    page_break(doc)
    para(doc, "ส่วนที่ ๒ รายละเอียดผลการดำเนินการ (ภาคผนวก ก)", bold=True, align="center", space_after=6)
    for i, (name, resp, period, budget, result) in enumerate(M, 1):
        para(doc, th(f"ก.{i}  ") + name, bold=True, space_after=2, keep_next=True)
        para(doc, "ผู้รับผิดชอบ: " + resp, indent_cm=1.0)
        para(doc, "ผลการดำเนินการ: " + result, indent_cm=1.0, space_after=8)
    para(doc, "")
    para(doc, "(นางสาววรรณวิษา  ประเสริฐสุข)", align="center")
    para(doc, "ผู้อำนวยการสำนักงานประจำศาลจังหวัดห้วยแถลง", align="center")
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-appendix
description: >-
  A provincial court's FY 2566 report printed to PDF, in two parts: part 1 is a summary table
  (number, measure, responsible unit, period, budget used, status ดำเนินการแล้ว, and a reference
  "ภาคผนวก ก.N"), part 2 (ภาคผนวก ก) gives each measure's result as a numbered paragraph
  "ก.N <measure>" with labelled lines "ผู้รับผิดชอบ:" and "ผลการดำเนินการ:". The results of the
  summary's measures are in the appendix, joined by number. Defects: measure ๓ (website and
  Facebook) has an empty budget cell (budget-missing); measure ๔ (control of state property)
  is marked ดำเนินการแล้ว but its appendix result is only "-" (status-without-result). Traps: the
  summary table has no result column, yet every other measure has a result in the appendix;
  the appendix sections repeat the measures (8 measures, not 16, and no duplicates);
  "ไม่มีเรื่องร้องเรียนการทุจริต" is an outcome of the channel of measure ๗. FY 2566 No Gift
  measure ๖ has announcement, campaign and gift report.
agency: ศาลจังหวัดห้วยแถลง
fiscal_year: 2566
measures: 8
findings:
  - rule: budget-missing
    measure: ประชาสัมพันธ์ข้อมูลข่าวสารของศาล
  - rule: status-without-result
    measure: ควบคุมการใช้ทรัพย์สินของราชการ
""")


# 7 -------------------------------------------------------------------------------------------
@document
def pdf_colorder_rubber_2569():
    stem = "pdf-colorder-rubber-2569"
    doc = new_doc(font="Kinnari", size=14, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, "เอกสารเผยแพร่ – การยางแห่งประเทศไทย สาขาจังหวัดตรัง", size=10)
    title_block(doc, [
        "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "การยางแห่งประเทศไทย สาขาจังหวัดตรัง",
    ], size=15)
    para(doc, "")
    rows = [
        ["ช่วงเวลาดำเนินการ", "ผู้รับผิดชอบ", "มาตรการ", "แนวทางปฏิบัติ", "ตัวชี้วัด/เป้าหมาย"],
        ["ต.ค. ๖๘ – ก.ย. ๖๙", "แผนกบริหารทั่วไป",
         "๑. จัดทำและเผยแพร่คู่มือการให้บริการเกษตรกรชาวสวนยาง (การขอรับเงินสงเคราะห์ปลูกแทน)",
         "ทบทวนขั้นตอนและระยะเวลา จัดทำคู่มือ เผยแพร่ ณ สำนักงานและเว็บไซต์", "คู่มือ ๑ ฉบับ เผยแพร่ภายใน ธ.ค. ๖๘"],
        ["ต.ค. – ธ.ค. ๖๘", "ผู้อำนวยการสาขา\nแผนกบริหารทั่วไป",
         "๒. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "ผู้อำนวยการสาขาลงนามประกาศ เผยแพร่ทางเว็บไซต์ บอร์ด และกลุ่ม LINE เกษตรกร",
         "ประกาศ ๑ ฉบับ รายงานผลการรับของขวัญ ๒ ครั้ง"],
        ["พ.ย. ๖๘ – มี.ค. ๖๙", "แผนกส่งเสริมและพัฒนาเกษตรกร",
         "๓. ให้บริการยื่นคำขอรับการสงเคราะห์และขึ้นทะเบียนเกษตรกรทางออนไลน์ (E-Service)",
         "ประชาสัมพันธ์ช่องทางออนไลน์ จัดเจ้าหน้าที่ช่วยเหลือการกรอกข้อมูล", "ร้อยละ ๖๐ ของคำขอยื่นทางออนไลน์"],
        ["ต.ค. ๖๘ – ก.ย. ๖๙", "แผนกบริหารทั่วไป (ประชาสัมพันธ์)",
         "๔. ประชาสัมพันธ์ข้อมูลข่าวสาร ราคายาง และสิทธิประโยชน์ของเกษตรกร ผ่านเว็บไซต์และเพจ Facebook",
         "เผยแพร่ข่าวสารอย่างน้อยสัปดาห์ละ ๒ เรื่อง ปรับปรุงข้อมูล OIT ทุกเดือน", "ข่าวสารไม่น้อยกว่า ๑๐๐ เรื่อง"],
        ["ม.ค. – มิ.ย. ๖๙", "แผนกบริหารทั่วไป (พัสดุ)",
         "๕. ควบคุมการใช้รถยนต์ส่วนกลางและทรัพย์สินของทางราชการ",
         "ขออนุญาตใช้รถผ่านแบบฟอร์ม บันทึกการใช้รถทุกครั้ง ตรวจสอบรายเดือน", "บันทึกการใช้รถครบร้อยละ ๑๐๐"],
        ["ต.ค. ๖๘ – ก.ย. ๖๙", "แผนกบริหารทั่วไป (พัสดุ)",
         "๖. เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน",
         "เผยแพร่แผนภายใน ๓๐ วันหลังได้รับงบประมาณ และสรุปผลทุกเดือน", "เผยแพร่ครบ ๑๒ เดือน"],
        ["ม.ค. ๖๙ – ก.ย. ๖๙", "แผนกบริหารทั่วไป (การเงิน)",
         "๖. รายงานผลการใช้จ่ายงบประมาณรายไตรมาสต่อผู้บริหารและเผยแพร่ต่อสาธารณะ",
         "จัดทำรายงานรายไตรมาส เสนอผู้อำนวยการสาขา และเผยแพร่บนเว็บไซต์", "รายงาน ๓ ไตรมาส"],
        ["ก.พ. – เม.ย. ๖๙", "แผนกบริหารทั่วไป (บุคคล)",
         "๗. เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนขั้นค่าจ้างของพนักงาน",
         "แจ้งหลักเกณฑ์ล่วงหน้าก่อนรอบการประเมิน และประกาศผลอย่างเปิดเผย", "แจ้งเวียนครบทุกคน"],
        ["ต.ค. ๖๘ – ก.ย. ๖๙", "แผนกบริหารทั่วไป",
         "๘. จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป",
         "เปิดช่องทางเว็บไซต์ โทรศัพท์ และกล่องรับเรื่อง รายงานสถิติเรื่องร้องเรียนรายไตรมาส",
         "ดำเนินการแล้วเสร็จภายใน ๓๐ วันทุกเรื่อง"],
        ["ม.ค. ๖๙ – ธ.ค. ๖๙", "คณะทำงานบริหารความเสี่ยง",
         "๙. ประเมินความเสี่ยงการทุจริตและจัดทำแผนบริหารความเสี่ยงการทุจริตของสาขา",
         "ระบุกระบวนงานเสี่ยง ประเมินระดับความเสี่ยง กำหนดมาตรการควบคุม และติดตามผล",
         "แผนบริหารความเสี่ยง ๑ ฉบับ"],
    ]
    add_table(doc, rows, widths=[3.2, 3.8, 7.3, 7.2, 5.2], size=12, header_rows=1, header_fill="FFF2CC")
    para(doc, "")
    para(doc, "อนุมัติแผน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘", indent_cm=17)
    para(doc, "(นายวีระยุทธ  แก้วมณี)", indent_cm=17.5)
    para(doc, "ผู้อำนวยการการยางแห่งประเทศไทย สาขาจังหวัดตรัง", indent_cm=15.5)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-colorder
description: >-
  A state enterprise's provincial branch: its FY 2569 measures plan printed to PDF (landscape,
  ruled table, a page header "เอกสารเผยแพร่ – ..."). The columns come in an unusual order: the
  period first, then the responsible unit, then the measure (numbered inside its text "๑. ..."),
  the method and an indicator/target column; no budget column (a plan). Defects: two measures are
  numbered ๖ (the second, quarterly budget reports, is numbering-duplicate); measure ๙ (corruption
  risk assessment) runs "ม.ค. ๖๙ – ธ.ค. ๖๙", ending in December 2569, which is FY 2570
  (period-outside-fiscal-year). Traps: the period is the first column, not the measure; measure
  ๒ runs "ต.ค. – ธ.ค. ๖๘", inside FY 2569 (December of BE 2568); the numbering continues ๗, ๘, ๙
  after the repeated ๖ (no gap); targets such as "เผยแพร่ภายใน ธ.ค. ๖๘" are not periods; the
  approval date ๑๕ ตุลาคม ๒๕๖๘ is not a period.
agency: การยางแห่งประเทศไทย สาขาจังหวัดตรัง
fiscal_year: 2569
measures: 10
findings:
  - rule: numbering-duplicate
    measure: รายงานผลการใช้จ่ายงบประมาณรายไตรมาส
  - rule: period-outside-fiscal-year
    measure: ประเมินความเสี่ยงการทุจริต
""")


# 8 -------------------------------------------------------------------------------------------
@document
def pdf_activityrows_pao_2566():
    stem = "pdf-activityrows-pao-2566"
    doc = new_doc(font="Laksaman", size=14, landscape=True, margins=(1.5, 1.5, 1.8, 1.8))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "- ", size=12)
    add_field(fp, "PAGE", size=12)
    add_run(fp, " -", size=12)
    title_block(doc, [
        "ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "องค์การบริหารส่วนจังหวัดอุทัยธานี ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
    ])
    para(doc, "")

    def measure(text):
        return [{"text": text, "colspan": 5, "bold": True, "fill": "DEEAF6"}]

    rows = [
        ["มาตรการ/กิจกรรม", "ระยะเวลา", "งบประมาณที่ใช้จริง (บาท)", "ผู้รับผิดชอบ", "ผลการดำเนินการ"],
        measure("มาตรการที่ ๑ ส่งเสริมการปฏิบัติหน้าที่อย่างโปร่งใสและเป็นธรรม (ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)"),
        ["กิจกรรมที่ ๑.๑ จัดทำคู่มือการปฏิบัติงานของทุกกองและเผยแพร่ให้บุคลากรถือปฏิบัติ", "ต.ค. ๖๕ – มี.ค. ๖๖",
         "ไม่ใช้งบประมาณ", "ทุกสำนัก/กอง",
         "ทุกกองจัดทำคู่มือรวม ๒๓ เรื่อง เผยแพร่ในระบบสารบรรณอิเล็กทรอนิกส์และเว็บไซต์ อบจ."],
        ["กิจกรรมที่ ๑.๒ ประกาศมาตรฐานระยะเวลาการให้บริการประชาชนทุกงานบริการ", "ม.ค. – มี.ค. ๖๖",
         "ไม่ใช้งบประมาณ", "สำนักปลัด อบจ.",
         "ประกาศมาตรฐานระยะเวลา ๑๑ งานบริการ ติดประกาศ ณ ศูนย์บริการร่วม"],
        measure("มาตรการที่ ๒ เปิดเผยข้อมูลการใช้งบประมาณและการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ ๒ และ ๙)"),
        ["กิจกรรมที่ ๒.๑ เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการเบิกจ่ายรายไตรมาส",
         "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "กองแผนและงบประมาณ\nกองคลัง",
         "เผยแพร่แผนการใช้จ่ายงบประมาณ และรายงานผลการเบิกจ่าย ๔ ไตรมาส บนเว็บไซต์"],
        ["กิจกรรมที่ ๒.๒ เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)", "ต.ค. ๖๕ – ก.ย. ๖๖",
         "ไม่ใช้งบประมาณ", "กองพัสดุและทรัพย์สิน", "เผยแพร่ครบ ๑๒ เดือน รวม ๔๑๒ โครงการ"],
        ["กิจกรรมที่ ๒.๓ แต่งตั้งผู้แทนภาคประชาชนร่วมเป็นคณะกรรมการตรวจรับพัสดุงานก่อสร้าง",
         "พ.ย. ๖๕ – ก.ย. ๖๖", "ไม่ใช่งบประมาณ", "กองช่าง\nกองพัสดุและทรัพย์สิน",
         "แต่งตั้งผู้แทนประชาคมร่วมตรวจรับงานก่อสร้างถนนและอาคาร ๒๗ โครงการ"],
        measure("มาตรการที่ ๓ กำกับการใช้ทรัพย์สินของราชการและการใช้อำนาจ (ตัวชี้วัดที่ ๓ และ ๔)"),
        ["กิจกรรมที่ ๓.๑ จัดทำทะเบียนคุมการยืม-คืนทรัพย์สินและการใช้รถยนต์ส่วนกลาง", "ต.ค. ๖๕ – ก.ย. ๖๖",
         "ไม่ใช้งบประมาณ", "กองพัสดุและทรัพย์สิน",
         "บันทึกการยืม-คืน ๓๘๒ ครั้ง คืนครบทุกรายการ ตรวจสอบการใช้รถรายเดือน"],
        ["กิจกรรมที่ ๓.๒ เผยแพร่หลักเกณฑ์การบริหารงานบุคคล การเลื่อนขั้นเงินเดือน และการมอบหมายงาน",
         "ต.ค. ๖๕ – เม.ย. ๖๖", "ไม่ใช้งบประมาณ", "กองการเจ้าหน้าที่",
         "ประกาศหลักเกณฑ์ ๓ ฉบับ และเปิดให้บุคลากรทักท้วงผลการประเมิน"],
        measure("มาตรการที่ ๔ พัฒนาการสื่อสารและระบบการให้บริการ (ตัวชี้วัดที่ ๗ และ ๘)"),
        ["กิจกรรมที่ ๔.๑ พัฒนาระบบจองใช้สนามกีฬาและอาคารเอนกประสงค์ออนไลน์ (E-Service)",
         "ม.ค. – ก.ย. ๖๖", "๓๕,๐๐๐", "กองการศึกษา ศาสนาและวัฒนธรรม", ""],
        ["กิจกรรมที่ ๔.๒ ประชาสัมพันธ์ผลงานและข้อมูลข่าวสารผ่าน Facebook และ LINE Official Account",
         "ต.ค. ๖๕ – ก.ย. ๖๖", "๑๒,๐๐๐", "สำนักปลัด อบจ. (ฝ่ายประชาสัมพันธ์)",
         "เผยแพร่ข่าวสาร ๔๕๖ เรื่อง ผู้ติดตามเพจเพิ่มขึ้นจาก ๘,๒๐๐ เป็น ๑๑,๙๐๐ ราย"],
        measure("มาตรการที่ ๕ ป้องกันการทุจริตและส่งเสริมวัฒนธรรมสุจริต (ตัวชี้วัดที่ ๕ และ ๑๐)"),
        ["กิจกรรมที่ ๕.๑ ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "ต.ค. ๖๕", "ไม่ใช้งบประมาณ", "สำนักปลัด อบจ.",
         "นายก อบจ. ลงนามประกาศเมื่อ ๑๐ ต.ค. ๖๕ เผยแพร่บนเว็บไซต์และแจ้งเวียนทุกกอง"],
        ["กิจกรรมที่ ๕.๒ พัฒนาช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านเว็บไซต์และ LINE",
         "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ", "สำนักปลัด อบจ. (งานนิติการ)",
         "เปิดช่องทางร้องเรียนการทุจริตแยกจากเรื่องร้องทุกข์ทั่วไป ได้รับเรื่อง ๔ เรื่อง ยุติแล้ว ๓ เรื่อง"],
        ["กิจกรรมที่ ๕.๓ จัดทำแผนปฏิบัติการป้องกันการทุจริตและรายงานผลต่อผู้บริหาร", "ธ.ค. ๖๕ – ก.ย. ๖๖",
         "ไม่ใช้งบประมาณ", "สำนักปลัด อบจ.\nหน่วยตรวจสอบภายใน",
         "จัดทำแผน ๑ ฉบับ รายงานผลรอบ ๖ เดือนและ ๑๒ เดือนต่อนายก อบจ."],
    ]
    add_table(doc, rows, widths=[8.8, 3.0, 2.7, 4.4, 7.3], size=12, header_rows=1, header_fill="BDD7EE")
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-activityrows
description: >-
  A provincial administrative organisation's FY 2566 report printed to PDF (landscape, ruled
  table, page numbers "- N -" in the footer). The table has two levels: five measures
  ("มาตรการที่ ๑ ... (ตัวชี้วัดที่ ...)") are shaded rows spanning the whole width with no other
  cells, and the rows under them are activities ("กิจกรรมที่ ๑.๑ ...") that carry the period, the
  budget used, the responsible unit and the result. A reader should take the 12 activity rows as
  the measures checked. Defects: activity ๒.๓ (citizens on the inspection committee) gives its
  budget as "ไม่ใช่งบประมาณ", the typo for ไม่ใช้ ("is not a budget"), neither an amount nor "no
  budget used" (budget-unparseable); activity ๔.๑ (online sports-ground booking) has an empty
  result although there is no status column (result-missing). Traps: the measure heading rows
  have no period, budget or result and must not be flagged; activity numbers ๑.๑ ... ๕.๓ restart
  under each measure; "ต.ค. ๖๕" alone is a one-month period inside FY 2566.
agency: องค์การบริหารส่วนจังหวัดอุทัยธานี
fiscal_year: 2566
measures: 12
findings:
  - rule: budget-unparseable
    measure: แต่งตั้งผู้แทนภาคประชาชน
  - rule: result-missing
    measure: พัฒนาระบบจองใช้สนามกีฬา
tolerated:
  - {rule: budget-missing, measure: แต่งตั้งผู้แทนภาคประชาชน}
""")


# 9 -------------------------------------------------------------------------------------------
@document
def pdf_thaipageno_sesao_2568():
    stem = "pdf-thaipageno-sesao-2568"
    doc = new_doc(font="Laksaman", size=14, landscape=True, margins=(1.6, 1.4, 1.4, 1.4))
    sec = doc.sections[0]
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๔",
    ], size=15)
    head = ["ประเด็น", "มาตรการ", "ขั้นตอน/วิธีการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)",
            "ผลการดำเนินงาน", "ผลลัพธ์"]
    A = ["๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "๒. การให้บริการและระบบ E-Service",
         "๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร",
         "๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
         "๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
         "๖. กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
         "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"]
    pages = [
        [
            [{"text": A[0], "rowspan": 2}, "จัดทำคู่มือการปฏิบัติงานของทุกกลุ่มงานใน สพป.",
             "ทบทวนกระบวนงาน จัดทำคู่มือ เผยแพร่บนเว็บไซต์", "๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘", "ทุกกลุ่ม/หน่วย",
             "ไม่ใช้ งบประมาณ", "จัดทำคู่มือ ๓๒ เรื่อง เผยแพร่บนเว็บไซต์ สพป.",
             "บุคลากรปฏิบัติงานตามมาตรฐานเดียวกัน ผู้รับบริการทราบขั้นตอนและระยะเวลา"],
            ["ประชุมชี้แจงแนวทางการประเมิน ITA และมอบหมายผู้รับผิดชอบตัวชี้วัด",
             "ประชุมผู้อำนวยการกลุ่ม มอบหมายผู้รับผิดชอบ ติดตามผลรายเดือน", "ธ.ค. ๖๗ – ม.ค. ๖๘",
             "กลุ่มอำนวยการ\nหน่วยตรวจสอบภายใน", "๓,๖๐๐", "ประชุมชี้แจง ๒ ครั้ง ผู้เข้าร่วม ๗๔ คน",
             "ทุกกลุ่มเข้าใจเกณฑ์การประเมินและส่งข้อมูล OIT ตรงเวลา"],
            [A[1], "พัฒนาระบบบริการอิเล็กทรอนิกส์ (E-Service) สำหรับครูและบุคลากรทางการศึกษา",
             "เปิดบริการขอหนังสือรับรองเงินเดือนและสลิปเงินเดือนออนไลน์", "ม.ค. – มิ.ย. ๖๘",
             "กลุ่มบริหารงานการเงินและสินทรัพย์\nกลุ่มส่งเสริมการศึกษาทางไกลฯ", "๐.๐๐",
             "เปิดใช้ระบบตั้งแต่ ๑ เม.ย. ๖๘ มีคำขอ ๑,๑๒๐ รายการ",
             "ลดเวลาการออกหนังสือรับรองจาก ๓ วันเหลือ ๑ วัน"],
        ],
        [
            [A[2], "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านเว็บไซต์ เพจ Facebook และ LINE OA ของ สพป.",
             "แต่งตั้งผู้รับผิดชอบ เผยแพร่ข่าวสารอย่างสม่ำเสมอ", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กลุ่มอำนวยการ (งานประชาสัมพันธ์)", "ไม่ใช้งบประมาณ", "เผยแพร่ข่าวสาร ๕๔๘ เรื่อง",
             "ผู้รับบริการเข้าถึงข้อมูลได้สะดวก ผู้ติดตามเพจเพิ่มขึ้นร้อยละ ๒๓"],
            [A[3], "กำกับการใช้ทรัพย์สินของราชการและรถยนต์ส่วนกลางผ่านแบบขออนุญาตออนไลน์",
             "ขออนุญาตก่อนใช้ บันทึกการใช้ ตรวจสอบรายเดือน", "พ.ย. ๖๗ – ก.ย. ๖๘",
             "กลุ่มบริหารงานการเงินและสินทรัพย์", "ไม่ใช้งบประมาณ",
             "ขออนุญาตใช้รถ ๔๑๒ ครั้ง ยืมพัสดุ ๙๘ ครั้ง คืนครบ", "ไม่พบการนำทรัพย์สินไปใช้ประโยชน์ส่วนตน"],
            [A[4], "เผยแพร่แผนการจัดซื้อจัดจ้าง รายงานผลการจัดซื้อจัดจ้าง และผลการใช้จ่ายงบประมาณ",
             "เผยแพร่บนเว็บไซต์และระบบ e-GP ภายในกำหนด", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กลุ่มบริหารงานการเงินและสินทรัพย์\nกลุ่มนโยบายและแผน", "ไม่ใช้งบประมาณ",
             "เผยแพร่แผน ๑ ฉบับ สรุปผลรายเดือน ๑๒ เดือน รายงานผลการใช้จ่ายรอบ ๖ และ ๑๒ เดือน",
             "ผู้มีส่วนได้ส่วนเสียตรวจสอบการใช้งบประมาณได้"],
        ],
        [
            [A[5], "เผยแพร่หลักเกณฑ์การย้าย การเลื่อนเงินเดือน และการประเมินวิทยฐานะ",
             "ประกาศหลักเกณฑ์ล่วงหน้า เปิดช่องทางสอบถาม", "ต.ค. ๖๗ – เม.ย. ๖๘",
             "กลุ่มบริหารงานบุคคล", "ไม่ใช้งบประมาณ", "ประกาศหลักเกณฑ์ ๕ ฉบับ และผลการพิจารณาบนเว็บไซต์",
             "ครูและบุคลากรรับทราบหลักเกณฑ์ ไม่มีการทักท้วงผลการพิจารณา"],
            [{"text": A[6], "rowspan": 2},
             "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ของผู้อำนวยการ สพป.",
             "ลงนามประกาศ แจ้งเวียนโรงเรียนในสังกัด รายงานผลการรับของขวัญ", "ต.ค. ๖๗",
             "กลุ่มอำนวยการ", "ไม่ใช้งบประมาณ", "ประกาศลงวันที่ ๒ ต.ค. ๖๗ แจ้งเวียน ๑๔๒ โรงเรียน",
             "ไม่มีบุคลากรรับของขวัญหรือของกำนัลในปีงบประมาณ"],
            ["พัฒนาช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านระบบออนไลน์ และเผยแพร่สถิติ",
             "เปิดแบบฟอร์มออนไลน์แยกจากเรื่องร้องเรียนทั่วไป รายงานสถิติรายไตรมาส", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กลุ่มกฎหมายและคดี", "๒,๐๐๐", "ได้รับเรื่องร้องเรียนการทุจริต ๒ เรื่อง ดำเนินการแล้วเสร็จ",
             "ผู้ร้องได้รับแจ้งผลภายใน ๓๐ วัน"],
        ],
    ]
    cues = ["/๓. ช่องทางและรูปแบบการประชาสัมพันธ์ ...", "/๖. กระบวนการควบคุมตรวจสอบ ..."]
    widths = [3.3, 4.5, 3.7, 2.5, 3.0, 2.3, 3.8, 3.8]
    for i, chunk in enumerate(pages):
        if i:
            # one section per page, so that the header can carry the page number in Thai digits
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            s.header.is_linked_to_previous = False
            hp = s.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(hp, th(f"- {i + 1} -"))
        else:
            para(doc, "")
        add_table(doc, [head] + chunk, widths=widths, size=11, header_rows=1, header_fill="E7E6E6",
                  cant_split=True)
        if i < len(cues):
            para(doc, cues[i], align="right", size=13)
    para(doc, "")
    para(doc, "(นายสมศักดิ์  ใจดี)", indent_cm=17.5)
    para(doc, "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๔", indent_cm=14.5)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-thaipageno
description: >-
  A primary education area office's FY 2568 report printed to PDF (landscape), laid out the way
  Thai official documents are paged: the page number is centred at the top in Thai digits with
  dashes ("- ๒ -", none on page 1), each page holds its own copy of the table (header row
  repeated) and ends with a right-aligned continuation cue giving the first words of the next
  page ("/๓. ช่องทางและรูปแบบการประชาสัมพันธ์ ..."). Eight columns including steps, result and
  outcome; the issue cell is merged over its measures. A clean document: all 9 measures state a
  period, a responsible unit, a budget, a result and an outcome; the No Gift Policy and the
  corruption complaint channel are there. Traps: the continuation cues and the top page numbers
  are not rows; "ไม่ใช้ งบประมาณ" with a stray space and "๐.๐๐" are valid budgets; the one-month
  period "ต.ค. ๖๗" and "ธ.ค. ๖๗ – ม.ค. ๖๘" are inside FY 2568.
agency: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๔
fiscal_year: 2568
measures: 9
findings: []
""")


# 9b ------------------------------------------------------------------------------------------
@document
def pdf_remarksstatus_techcollege_2569():
    stem = "pdf-remarksstatus-techcollege-2569"
    doc = new_doc(font="Sawasdee", size=13, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    title_block(doc, [
        "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)",
        "วิทยาลัยเทคนิคบ้านไผ่พัฒนา สำนักงานคณะกรรมการการอาชีวศึกษา",
    ], size=14)
    para(doc, "")
    rows = [
        ["ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)", "ผลการดำเนินงาน (ณ ๓๑ มี.ค. ๖๙)",
         "หมายเหตุ"],
        ["๑", "จัดทำคู่มือการให้บริการนักเรียน นักศึกษา และผู้ปกครอง (งานทะเบียน งานกิจกรรม งานการเงิน)",
         "ต.ค. – ธ.ค. ๖๘", "งานบริหารงานทั่วไป", "ไม่ใช้งบประมาณ",
         "จัดทำคู่มือ ๘ เรื่อง เผยแพร่บนเว็บไซต์วิทยาลัยเมื่อ ๑๕ ธ.ค. ๖๘", "ดำเนินการแล้วเสร็จ"],
        ["๒", "พัฒนาระบบลงทะเบียนเรียนและชำระค่าธรรมเนียมการศึกษาออนไลน์ (E-Service)", "ต.ค. ๖๘ – ก.ย. ๖๙",
         "งานทะเบียน\nงานศูนย์ข้อมูลสารสนเทศ", "๒๕,๐๐๐",
         "เปิดลงทะเบียนออนไลน์ภาคเรียนที่ ๒/๒๕๖๘ มีผู้ลงทะเบียน ๑,๑๒๖ คน ระบบชำระเงินอยู่ระหว่างเชื่อมต่อธนาคาร",
         "อยู่ระหว่างดำเนินการ"],
        ["๓", "ประชาสัมพันธ์ข้อมูลข่าวสารและผลงานของวิทยาลัยผ่านเว็บไซต์และเพจ Facebook", "ตามปฏิทินของ สอศ.",
         "งานประชาสัมพันธ์", "๓,๐๐๐", "เผยแพร่ข่าวสาร ๘๗ เรื่อง", "อยู่ระหว่างดำเนินการ"],
        ["๔", "ตรวจสอบพัสดุประจำปีและรายงานผลการตรวจสอบต่อผู้อำนวยการ", "ต.ค. – พ.ย. ๖๘", "งานพัสดุ",
         "ไม่ใช้งบประมาณ", "ตรวจสอบครุภัณฑ์ ๓,๔๔๐ รายการ รายงานผลเมื่อ ๒๘ พ.ย. ๖๘", "ดำเนินการแล้วเสร็จ"],
        ["๕", "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. ๖๘ – ก.ย. ๖๙", "งานพัสดุ",
         "ไม่ใช้งบประมาณ", "", "อยู่ระหว่างดำเนินการ"],
        ["๖", "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานของครูและบุคลากรทางการศึกษา", "เม.ย. – มิ.ย. ๖๙",
         "งานบุคลากร", "ไม่ใช้งบประมาณ", "", "ยังไม่ถึงกำหนดดำเนินการ (ไตรมาส ๓)"],
        ["๗", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๘",
         "ผู้อำนวยการวิทยาลัย", "ไม่ใช้งบประมาณ", "ผู้อำนวยการลงนามประกาศเมื่อ ๑ ต.ค. ๖๘ แจ้งครูและบุคลากรทุกคน",
         "ดำเนินการแล้วเสร็จ"],
        ["๘", "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป",
         "ต.ค. ๖๘ – ก.ย. ๖๙", "งานบริหารงานทั่วไป", "ไม่ใช้งบประมาณ",
         "เปิดแบบฟอร์มออนไลน์และกล่องรับเรื่อง ยังไม่มีเรื่องร้องเรียนการทุจริต", "อยู่ระหว่างดำเนินการ"],
        ["๙", "ค่ายคุณธรรมจริยธรรมและต่อต้านการทุจริตสำหรับนักเรียน นักศึกษา (ชมรม STRONG)",
         "ภาคเรียนที่ ๒/๒๕๖๘", "งานกิจกรรมนักเรียนนักศึกษา", "๑๘,๖๐๐",
         "จัดค่ายเมื่อ ๒๔–๒๕ ม.ค. ๖๙ ผู้เข้าร่วม ๒๑๐ คน", "ดำเนินการแล้วเสร็จ"],
    ]
    add_table(doc, rows, widths=[0.9, 7.3, 3.2, 3.6, 2.4, 6.4, 2.9], size=12, header_rows=1, header_fill="E2EFDA")
    para(doc, "")
    para(doc, "ผู้รายงาน  นางสาวปวีณา  คำภูแสน  หัวหน้างานวางแผนและงบประมาณ", size=12, indent_cm=14)
    docx_to_pdf(doc, HERE / f"{stem}.pdf")
    write_expect(stem, """
family: pdf-remarksstatus
description: >-
  A technical college's FY 2569 six-month report (รอบ ๖ เดือน, 1 Oct 2568 – 31 Mar 2569) printed to
  PDF (landscape, ruled table). There is no status column: the status is written in the last
  column, หมายเหตุ (ดำเนินการแล้วเสร็จ / อยู่ระหว่างดำเนินการ / ยังไม่ถึงกำหนดดำเนินการ (ไตรมาส ๓)).
  Defects: measure ๕ (procurement publication) is อยู่ระหว่างดำเนินการ with an empty result
  (status-without-result); measure ๓ (publicity) gives "ตามปฏิทินของ สอศ." ("per the vocational
  commission's calendar") as its period, not a date (period-unparseable). Traps: measure ๖ has
  no result yet but its remark says it is not due until quarter ๓ (a reviewer accepts it; a
  finding there is tolerated); measure ๙'s period is an academic term "ภาคเรียนที่ ๒/๒๕๖๘"
  (about Nov 2568 – Mar 2569, inside the fiscal year; a reader that cannot place it may say
  period-unparseable, tolerated); the round in the title is not a period; the college's
  supervising office (สอศ.) in the title line is not the agency.
agency: วิทยาลัยเทคนิคบ้านไผ่พัฒนา
fiscal_year: 2569
measures: 9
findings:
  - rule: status-without-result
    measure: เผยแพร่แผนการจัดซื้อจัดจ้าง
  - rule: period-unparseable
    measure: ประชาสัมพันธ์ข้อมูลข่าวสารและผลงานของวิทยาลัย
tolerated:
  - {rule: result-missing, measure: เผยแพร่แผนการจัดซื้อจัดจ้าง}
  - {rule: status-without-result, measure: เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานของครู}
  - {rule: result-missing, measure: เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานของครู}
  - {rule: period-unparseable, measure: ค่ายคุณธรรมจริยธรรม}
""")


# 10 ------------------------------------------------------------------------------------------
@document
def docx_memolandscape_agri_2568():
    stem = "docx-memolandscape-agri-2568"
    doc = new_doc(font="Laksaman", size=15, margins=(1.5, 1.5, 3.0, 2.0))
    p = para(doc, "บันทึกข้อความ", bold=True, size=26, align="center", space_after=6)
    p = para(doc)
    add_run(p, "ส่วนราชการ  ", bold=True, size=20)
    add_run(p, "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดยโสธร โทร. ๐ ๔๕๗๑ ๒๓๔๕")
    p = para(doc)
    add_run(p, "ที่  ", bold=True, size=20)
    add_run(p, "ยส ๐๐๐๙/๑๒๓๔\t\t\t\t")
    add_run(p, "วันที่  ", bold=True, size=20)
    add_run(p, "๓ ตุลาคม ๒๕๖๘")
    p = para(doc)
    add_run(p, "เรื่อง  ", bold=True, size=20)
    add_run(p, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
               "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    para(doc, "")
    para(doc, "เรียน  เกษตรจังหวัดยโสธร")
    para(doc, "")
    for text in [
        "ตามที่สำนักงานเกษตรจังหวัดยโสธรได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ"
        "หน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๘ มาตรการ นั้น",
        "บัดนี้ กลุ่มยุทธศาสตร์และสารสนเทศได้ติดตามผลการดำเนินการตามมาตรการดังกล่าวครบทุกมาตรการแล้ว "
        "รายละเอียดปรากฏตามตารางแนบท้ายบันทึกนี้",
        "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานผลการดำเนินการบนเว็บไซต์ของหน่วยงาน",
    ]:
        para(doc, text, first_line_cm=2.5, align="justify", space_after=6)
    para(doc, "")
    para(doc, "(นางสาวอรุณี  ศรีสมบัติ)", indent_cm=8.5)
    para(doc, "นักวิชาการส่งเสริมการเกษตรชำนาญการ", indent_cm=7.8)
    para(doc, "ทราบ / อนุญาต", indent_cm=8.5)
    para(doc, "(นายประเสริฐ  วงศ์คำจันทร์)", indent_cm=8.2)
    para(doc, "เกษตรจังหวัดยโสธร", indent_cm=8.8)
    set_landscape_section(doc, margins=(1.8, 1.5, 1.5, 1.5))
    para(doc, "ตารางแนบท้ายบันทึกข้อความ ที่ ยส ๐๐๐๙/๑๒๓๔ ลงวันที่ ๓ ตุลาคม ๒๕๖๘", size=13, align="right")
    title_block(doc, [
        "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "สำนักงานเกษตรจังหวัดยโสธร",
    ], size=16)
    para(doc, "")
    rows = [
        ["ที่", "มาตรการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)", "ผลการดำเนินการ", "ผลลัพธ์"],
        ["๑", "จัดทำคู่มือการให้บริการเกษตรกร (การขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร)", "ต.ค. – ธ.ค. ๖๗",
         "กลุ่มส่งเสริมและพัฒนาการผลิต", {"text": "-", "center": True},
         "จัดทำคู่มือ ๑ เล่ม แจกจ่ายสำนักงานเกษตรอำเภอ ๙ แห่ง และเผยแพร่บนเว็บไซต์",
         "เจ้าหน้าที่ทุกอำเภอให้บริการด้วยขั้นตอนเดียวกัน"],
        ["๒", "ให้บริการขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกรผ่านแอปพลิเคชัน Farmbook (E-Service)",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "กลุ่มยุทธศาสตร์และสารสนเทศ", {"text": "-", "center": True},
         "เกษตรกรปรับปรุงทะเบียนผ่านแอปพลิเคชัน ๑๘,๔๓๐ ครัวเรือน", "ลดการเดินทางมาติดต่อสำนักงานร้อยละ ๔๐"],
        ["๓", "เผยแพร่ข้อมูลข่าวสารด้านการเกษตรผ่านเว็บไซต์ เพจ Facebook และวิทยุชุมชน", "ต.ค. ๖๗ – ก.ย. ๖๘",
         "ฝ่ายบริหารทั่วไป", {"text": "๔,๕๐๐", "center": True},
         "เผยแพร่ข่าวสาร ๒๑๖ เรื่อง จัดรายการวิทยุชุมชน ๒๔ ครั้ง", "เกษตรกรได้รับข้อมูลข่าวสารทันเวลา"],
        ["๔", "ควบคุมการใช้รถยนต์ราชการและการยืมพัสดุของสำนักงาน", "ต.ค. ๖๗ – ก.ย. ๖๘", "ฝ่ายบริหารทั่วไป",
         {"text": "-", "center": True}, "บันทึกการขออนุญาตใช้รถ ๓๖๕ ครั้ง ตรวจสอบสมุดบันทึกรายเดือน",
         "ไม่พบการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน"],
        ["๕", "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างประจำเดือน", "ต.ค. ๖๗ – ก.ย. ๖๘",
         "ฝ่ายบริหารทั่วไป (งานพัสดุ)", {"text": "-", "center": True}, "เผยแพร่ครบ ๑๒ เดือน",
         "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้"],
        ["๖", "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติราชการและการเลื่อนเงินเดือน", "ต.ค. ๖๗ – เม.ย. ๖๘",
         "ฝ่ายบริหารทั่วไป (งานบุคคล)", {"text": "-", "center": True},
         "แจ้งเวียนหลักเกณฑ์ทั้ง ๒ รอบการประเมิน", "บุคลากรรับทราบหลักเกณฑ์ก่อนการประเมิน"],
        ["๗", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๗",
         "เกษตรจังหวัดยโสธร", {"text": "-", "center": True},
         "เกษตรจังหวัดลงนามประกาศเมื่อ ๘ ต.ค. ๖๗ และรายงานผลการรับของขวัญต่อกรมส่งเสริมการเกษตร",
         "ไม่มีการรับของขวัญหรือของกำนัล"],
        ["๘", "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ และรายงานสถิติเรื่องร้องเรียน",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "ฝ่ายบริหารทั่วไป", {"text": "-", "center": True},
         "เปิดช่องทางเว็บไซต์ โทรศัพท์ และกล่องรับเรื่อง รายงานสถิติรายไตรมาส", "ไม่พบการร้องเรียนการทุจริต"],
    ]
    add_table(doc, rows, widths=[0.9, 6.8, 3.0, 3.6, 2.4, 6.2, 3.8], size=13, header_rows=1,
              header_fill="E2EFDA")
    para(doc, "")
    para(doc, "หมายเหตุ  เครื่องหมาย “-” ในช่องงบประมาณ หมายถึง ไม่ใช้งบประมาณ", size=13)
    save_docx(doc, HERE / f"{stem}.docx")
    write_expect(stem, """
family: docx-memolandscape
description: >-
  A provincial agriculture office's FY 2568 report as Word: a portrait internal memo (บันทึกข้อความ
  with ส่วนราชการ, ที่, วันที่ ๓ ตุลาคม ๒๕๖๘, เรื่อง, เรียน, body, signatures and the head's
  "ทราบ / อนุญาต") followed by a landscape section with the attached table (ตารางแนบท้าย) of 8
  measures with period, responsible unit, budget used, result and outcome. A clean document.
  Traps: every budget except one is "-", and a note under the table says "-" means ไม่ใช้งบประมาณ
  (no budget-missing); the memo names FY 2567 (the analysed assessment) and is dated after the
  fiscal year, neither of which is a period; the memo's "ส่วนราชการ" line names a division, the
  agency is สำนักงานเกษตรจังหวัดยโสธร; "ไม่พบการร้องเรียนการทุจริต" is the outcome of measure ๘,
  whose result describes the channel.
agency: สำนักงานเกษตรจังหวัดยโสธร
fiscal_year: 2568
measures: 8
findings: []
""")


# 11 ------------------------------------------------------------------------------------------
@document
def docx_kpitarget_pho_2568():
    stem = "docx-kpitarget-pho-2568"
    doc = new_doc(font="Garuda", size=13, landscape=True, margins=(1.5, 1.5, 1.2, 1.2))
    title_block(doc, [
        "สำนักงานสาธารณสุขจังหวัดบึงกาฬ",
        "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘)",
    ], size=14)
    para(doc, "")
    rows = [
        ["ที่", "มาตรการ", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ร้อยละความสำเร็จ", "ระยะเวลา",
         "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)"],
        ["๑", "จัดทำคู่มือการปฏิบัติงานของกลุ่มงานในสำนักงานสาธารณสุขจังหวัด", "จำนวนคู่มือที่จัดทำและเผยแพร่",
         "๑๐ เรื่อง", "๑๒ เรื่อง", "๑๐๐", "ต.ค. ๖๗ – มี.ค. ๖๘", "กลุ่มงานบริหารทั่วไป", "ไม่ใช้งบประมาณ"],
        ["๒", "ให้บริการขออนุญาตสถานประกอบการเพื่อสุขภาพผ่านระบบออนไลน์ (E-Service)",
         "จำนวนงานบริการที่ยื่นคำขอออนไลน์ได้", "๓ บริการ", "๔ บริการ (ยื่นคำขอ ๒๑๓ ราย)", "๑๐๐",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข", "๘,๐๐๐"],
        ["๓", "เผยแพร่ข้อมูลสาธารณะตามรายการ OIT บนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน",
         "ร้อยละของรายการ OIT ที่เผยแพร่ครบถ้วน", "ร้อยละ ๑๐๐", "ร้อยละ ๑๐๐", "๑๐๐", "ต.ค. ๖๗ – ก.ย. ๖๘",
         "กลุ่มงานสุขภาพดิจิทัล", "ไม่ใช้งบประมาณ"],
        ["๔", "ตรวจสอบการใช้รถราชการและการเบิกจ่ายน้ำมันเชื้อเพลิง", "ร้อยละของการใช้รถที่มีการบันทึกครบถ้วน",
         "ร้อยละ ๑๐๐", "ร้อยละ ๙๘.๕๐", "๙๘.๕๐", "ต.ค. ๖๗ – ก.ย. ๖๘", "กลุ่มงานบริหารทั่วไป (งานยานพาหนะ)",
         "ไม่ใช้งบประมาณ"],
        ["๕", "จัดซื้อจัดจ้างผ่านระบบ e-GP และเผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน",
         "จำนวนเดือนที่เผยแพร่สรุปผล", "๑๒ เดือน", "๑๒ เดือน", "๑๐๐", "ต.ค. ๖๗ – ก.ย. ๖๘",
         "กลุ่มงานบริหารทั่วไป (งานพัสดุ)", "ไม่ใช้งบประมาณ"],
        ["๖", "เผยแพร่หลักเกณฑ์การคัดเลือกบุคคลและการเลื่อนเงินเดือนให้บุคลากรทราบล่วงหน้า",
         "จำนวนรอบการประเมินที่แจ้งหลักเกณฑ์", "๒ รอบ", "", "-", "ต.ค. ๖๗ – เม.ย. ๖๘",
         "กลุ่มงานบริหารทรัพยากรบุคคล", "ไม่ใช้งบประมาณ"],
        ["๗", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "ประกาศและรายงานผลการรับของขวัญ", "๑ ฉบับ", "๑ ฉบับ (ลงนาม ๓ ต.ค. ๖๗)", "๑๐๐", "ต.ค. – พ.ย. ๖๗",
         "กลุ่มงานนิติการ", "ไม่ใช้งบประมาณ"],
        ["๘", "พัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ และติดตามให้แล้วเสร็จตามกำหนด",
         "ร้อยละของเรื่องร้องเรียนที่ดำเนินการภายใน ๑๕ วัน", "ร้อยละ ๑๐๐", "ร้อยละ ๑๐๐ (๓ เรื่อง)", "๑๐๐",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "กลุ่มงานนิติการ", "ไม่ใช้งบประมาณ"],
        ["๙", "อบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากรสาธารณสุข",
         "ร้อยละของบุคลากรที่ผ่านการอบรม", "ร้อยละ ๘๐", "ร้อยละ ๘๖.๒๐", "๑๐๐", "",
         "กลุ่มงานบริหารทรัพยากรบุคคล", "๓๒,๔๐๐"],
    ]
    add_table(doc, rows, widths=[0.8, 6.4, 4.0, 2.1, 3.3, 1.9, 2.7, 3.5, 2.3], size=11, header_rows=1,
              header_fill="FBE5D6")
    para(doc, "")
    para(doc, "ผู้รายงาน  นางสาวกาญจนา  พรหมสุวรรณ  นักวิเคราะห์นโยบายและแผนชำนาญการ", size=12)
    para(doc, "ผู้รับรอง  นายแพทย์สาธารณสุขจังหวัดบึงกาฬ", size=12)
    save_docx(doc, HERE / f"{stem}.docx")
    write_expect(stem, """
family: docx-kpitarget
description: >-
  A provincial health office's FY 2568 report as a Word table in KPI form: each measure has an
  indicator (ตัวชี้วัด), a target (ค่าเป้าหมาย), the achieved result (ผลการดำเนินงาน, often a number
  such as "๑๒ เรื่อง" or "ร้อยละ ๙๘.๕๐"), a success percentage (ร้อยละความสำเร็จ), then period,
  responsible unit and budget used; no status column. Defects: measure ๖ (selection and salary
  criteria) has a target "๒ รอบ" but an empty result and "-" as its percentage (result-missing);
  measure ๙ (ethics training) has no period (period-missing). Traps: short numeric results such as
  "๑๒ เรื่อง" or "ร้อยละ ๑๐๐" are results; the target and percentage columns are not results; the
  "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘" in the title is not a period.
agency: สำนักงานสาธารณสุขจังหวัดบึงกาฬ
fiscal_year: 2568
measures: 9
findings:
  - rule: result-missing
    measure: เผยแพร่หลักเกณฑ์การคัดเลือกบุคคล
  - rule: period-missing
    measure: อบรมเสริมสร้างคุณธรรมจริยธรรม
""")


# 12 ------------------------------------------------------------------------------------------
@document
def docx_budgetwords_school_2565():
    stem = "docx-budgetwords-school-2565"
    doc = new_doc(font="Umpush", size=14, margins=(2.0, 2.0, 2.0, 1.8))
    title_block(doc, [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        "โรงเรียนบ้านหนองผักแว่นวิทยา",
    ], size=15)
    para(doc, "สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาร้อยเอ็ด เขต ๓", align="center", space_after=8)
    rows = [
        ["ตัวชี้วัด", "มาตรการ/โครงการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้", "ผลการดำเนินงาน"],
        ["๑. การปฏิบัติหน้าที่",
         "จัดทำมาตรฐานและขั้นตอนการให้บริการงานทะเบียนนักเรียน (การขอหลักฐานการศึกษา ปพ.๑ และใบรับรอง)",
         "พ.ค. – มิ.ย. ๖๕", "งานทะเบียนนักเรียน", "ไม่ใช้งบประมาณ",
         "ประกาศขั้นตอนและระยะเวลาการให้บริการ ติดที่ห้องธุรการและเพจโรงเรียน ให้บริการได้ภายใน ๓ วันทำการ"],
        ["๒. การใช้งบประมาณ",
         "เผยแพร่แผนการใช้เงินอุดหนุนรายหัวและเงินโครงการสนับสนุนค่าใช้จ่ายในการจัดการศึกษา ๑๕ ปี",
         "พ.ค. ๖๕", "งานการเงินและพัสดุ", "ตามที่ได้รับจัดสรร",
         "ชี้แจงแผนการใช้เงินต่อคณะกรรมการสถานศึกษาและผู้ปกครองในการประชุมต้นภาคเรียน ติดประกาศหน้าโรงเรียน"],
        ["๓. การใช้อำนาจ",
         "มอบหมายงานตามคำสั่งโรงเรียนอย่างเป็นธรรมและเปิดเผยเกณฑ์การพิจารณาความดีความชอบ",
         "ต.ค. ๖๔ – เม.ย. ๖๕", "ผู้อำนวยการโรงเรียน", "ไม่ใช้งบประมาณ",
         "ออกคำสั่งมอบหมายงาน ๒ ภาคเรียน แจ้งเกณฑ์การประเมินในที่ประชุมครู"],
        ["๔. การใช้ทรัพย์สินของราชการ",
         "จัดทำทะเบียนยืม-คืนครุภัณฑ์ (โน้ตบุ๊ก เครื่องฉายโปรเจกเตอร์) และห้องปฏิบัติการคอมพิวเตอร์",
         "ต.ค. ๖๔ – ก.ย. ๖๕", "งานพัสดุ", "หนึ่งพันสองร้อยห้าสิบบาท",
         "มีทะเบียนคุมการยืม-คืน บันทึกการยืม ๑๑๔ ครั้ง คืนครบทุกรายการ"],
        ["๕. การแก้ไขปัญหาการทุจริต",
         "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และโครงการโรงเรียนสุจริต",
         "ต.ค. ๖๔ – ก.ย. ๖๕", "ผู้อำนวยการโรงเรียน\nครูแกนนำโรงเรียนสุจริต", "ห้าพันบาทถ้วน",
         "ผู้อำนวยการลงนามประกาศเมื่อ ๑ ต.ค. ๖๔ จัดกิจกรรมโรงเรียนสุจริต ๔ กิจกรรม นักเรียนเข้าร่วม ๒๔๖ คน"],
        ["๖. คุณภาพการดำเนินงาน", "สำรวจความพึงพอใจของผู้ปกครองต่อการให้บริการของโรงเรียน",
         "ก.พ. – มี.ค. ๖๕", "งานประกันคุณภาพการศึกษา", "ไม่ใช้งบประมาณ",
         "ผู้ปกครองตอบแบบสำรวจ ๑๘๗ คน พึงพอใจระดับมากที่สุดร้อยละ ๙๒ ไม่พบการร้องเรียนการให้บริการ"],
        ["๗. ประสิทธิภาพการสื่อสาร",
         "ประชาสัมพันธ์ข่าวสารผ่านเพจ Facebook โรงเรียน กลุ่ม LINE ผู้ปกครอง และจดหมายข่าวรายเดือน",
         "ต.ค. ๖๔ – ก.ย. ๖๕", "งานประชาสัมพันธ์", "๓,๖๐๐ บาท\n(สามพันหกร้อยบาทถ้วน)",
         "เผยแพร่ข่าว ๑๓๘ เรื่อง จดหมายข่าว ๑๐ ฉบับ"],
        ["๘. การปรับปรุงระบบการทำงาน",
         "ใช้ระบบลงเวลาปฏิบัติราชการออนไลน์และระบบสารบรรณอิเล็กทรอนิกส์ของโรงเรียน",
         "ธ.ค. ๖๔ – ก.ย. ๖๕", "งานบริหารทั่วไป", "สองหมื่นสามพันห้าร้อยบาทถ้วน",
         "ติดตั้งเครื่องสแกนใบหน้าและใช้ระบบสารบรรณออนไลน์ ลดการใช้กระดาษร้อยละ ๖๐"],
        ["๙. การเปิดเผยข้อมูล",
         "เผยแพร่ข้อมูลพื้นฐานและผลการดำเนินงานของโรงเรียนบนเว็บไซต์ตามรายการ OIT",
         "ม.ค. – ก.ย. ๖๕", "งานเทคโนโลยีสารสนเทศ", "ไม่ใช้งบประมาณ",
         "เผยแพร่ข้อมูลครบ ๔๓ รายการบนเว็บไซต์โรงเรียน"],
        ["๑๐. การป้องกันการทุจริต",
         "จัดทำแผนปฏิบัติการป้องกันการทุจริตและกิจกรรมค่ายเยาวชนโตไปไม่โกง",
         "ส.ค. ๖๕", "ครูแกนนำโรงเรียนสุจริต", "แปดพันเก้าร้อยบาท",
         "จัดทำแผน ๑ ฉบับ จัดค่ายเยาวชนเมื่อ ๑๘-๑๙ ส.ค. ๖๕ นักเรียนชั้น ป.๔-ป.๖ เข้าร่วม ๙๔ คน"],
    ]
    add_table(doc, rows, widths=[2.3, 4.6, 2.0, 2.3, 2.3, 3.7], size=11, header_rows=1, header_fill="D9D9D9")
    para(doc, "")
    para(doc, "ลงชื่อ ........................................ ผู้อำนวยการโรงเรียน", indent_cm=7.5)
    para(doc, "(นายบุญเลิศ  ศรีหาตา)", indent_cm=9.0)
    para(doc, "ผู้อำนวยการโรงเรียนบ้านหนองผักแว่นวิทยา", indent_cm=8.0)
    save_docx(doc, HERE / f"{stem}.docx")
    write_expect(stem, """
family: docx-budgetwords
description: >-
  A primary school's FY 2565 report as a Word table, one measure per ITA indicator (ตัวชี้วัด
  ๑-๑๐). Budgets are often written in Thai words, as on a cheque or a receipt ("ห้าพันบาทถ้วน",
  "สองหมื่นสามพันห้าร้อยบาทถ้วน", "หนึ่งพันสองร้อยห้าสิบบาท", "๓,๖๐๐ บาท (สามพันหกร้อยบาทถ้วน)").
  Defects: measure ๒ (per-head subsidy plan) gives "ตามที่ได้รับจัดสรร" ("as allocated") as the
  budget used, which is not an amount (budget-unparseable); no measure sets up or improves a
  channel for complaints about corruption (complaint-channel-missing). Traps: the budgets in
  words are amounts, not unparseable text; "ไม่พบการร้องเรียนการให้บริการ" in measure ๖ is an
  outcome, not a channel; the school's supervising office in the second title line is not the
  agency.
agency: โรงเรียนบ้านหนองผักแว่นวิทยา
fiscal_year: 2565
measures: 10
findings:
  - rule: budget-unparseable
    measure: เผยแพร่แผนการใช้เงินอุดหนุนรายหัว
  - rule: complaint-channel-missing
tolerated:
  - {rule: budget-missing, measure: เผยแพร่แผนการใช้เงินอุดหนุนรายหัว}
""")


# 13 ------------------------------------------------------------------------------------------
@document
def docx_checkmark_city_2564():
    stem = "docx-checkmark-city-2564"
    doc = new_doc(font="Laksaman", size=14, landscape=True, margins=(2.6, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    sec.header_distance = Cm(0.8)
    hdr = sec.header
    p = hdr.paragraphs[0]
    add_run(p, "เทศบาลเมืองท่าเรือพระแท่น อำเภอท่ามะกา จังหวัดกาญจนบุรี", bold=True, size=14)
    p = hdr.add_paragraph()
    add_run(p, "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", size=12)
    p.paragraph_format.space_after = Pt(4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "หน้า ", size=11)
    add_field(fp, "PAGE", size=11)
    add_run(fp, " / ", size=11)
    add_field(fp, "NUMPAGES", size=11)
    para(doc, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True,
         size=16, align="center")
    para(doc, "(✔ = ดำเนินการแล้ว   ✘ = ยังไม่ได้ดำเนินการ)", size=12, align="center", space_after=6)
    Y = {"text": "✔", "center": True}
    N = {"text": "✘", "center": True}
    rows = [
        ["ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ดำเนินการแล้ว",
         "ผลการดำเนินงาน / เหตุผลกรณีไม่ได้ดำเนินการ"],
        ["๑", "ปรับปรุงคู่มือการให้บริการประชาชนและมาตรฐานระยะเวลาการให้บริการ ณ ศูนย์บริการร่วม",
         "ต.ค. ๖๓ – มี.ค. ๖๔", "สำนักปลัดเทศบาล", "ไม่ใช้งบประมาณ", dict(Y),
         "ปรับปรุงคู่มือ ๑๘ งานบริการ ติดประกาศ ณ ศูนย์บริการร่วมและเว็บไซต์เทศบาล"],
        ["๒", "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างประจำเดือน", "ต.ค. ๖๓ – ก.ย. ๖๔",
         "กองคลัง", "ไม่ใช้งบประมาณ", dict(Y), "เผยแพร่แผน ๑ ฉบับ และผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน"],
        ["๓", "จัดทำแผนอัตรากำลังและเผยแพร่หลักเกณฑ์การบริหารงานบุคคลของเทศบาล", "ต.ค. ๖๔ – ธ.ค. ๖๔",
         "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)", "ไม่ใช้งบประมาณ", dict(Y),
         "จัดทำแผนอัตรากำลัง ๓ ปี และประกาศหลักเกณฑ์การเลื่อนขั้นเงินเดือนบนเว็บไซต์"],
        ["๔", "จัดทำทะเบียนคุมการใช้รถยนต์ส่วนกลางและการยืมพัสดุของเทศบาล", "ต.ค. ๖๓ – ก.ย. ๖๔",
         "กองคลัง (งานพัสดุ)", "๐.๐๐", dict(Y), "บันทึกการใช้รถ ๗๒๐ ครั้ง การยืมพัสดุ ๖๔ ครั้ง คืนครบ"],
        ["๕", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "ต.ค. ๖๓ – ม.ค. ๖๔", "สำนักปลัดเทศบาล", "ไม่ใช้งบประมาณ", dict(Y),
         "นายกเทศมนตรีลงนามประกาศเมื่อ ๑๕ ต.ค. ๖๓ ประชาสัมพันธ์ช่วงเทศกาลปีใหม่"],
        ["๖", "จัดอบรมคุณธรรมจริยธรรมแก่พนักงานเทศบาลและพนักงานจ้าง", "มี.ค. ๖๔", "สำนักปลัดเทศบาล",
         "๐.๐๐", dict(N),
         "งดจัดอบรมเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) "
         "ตามคำสั่งจังหวัดกาญจนบุรี จะจัดในปีงบประมาณถัดไป"],
        ["๗", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ศูนย์รับเรื่องราวร้องทุกข์ เว็บไซต์ Facebook โทรศัพท์)",
         "ต.ค. ๖๓ – ก.ย. ๖๔", "สำนักปลัดเทศบาล (งานนิติการ)", "ไม่ใช้งบประมาณ", dict(Y),
         "รับเรื่องร้องเรียน ๓๑ เรื่อง เป็นเรื่องการทุจริต ๑ เรื่อง ส่งสอบข้อเท็จจริงแล้ว"],
        ["๘", "ปรับปรุงระบบยื่นคำร้องออนไลน์ (E-Service) สำหรับคำร้องทั่วไปและการชำระภาษี",
         "เม.ย. – ก.ย. ๖๔", "กองยุทธศาสตร์และงบประมาณ", "๐.๐๐", dict(N), ""],
        ["๙", "ประชาสัมพันธ์ข้อมูลข่าวสารทางเว็บไซต์ เสียงตามสาย และเพจ Facebook ของเทศบาล",
         "ต.ค. ๖๓ – ก.ย. ๖๔", "กองยุทธศาสตร์และงบประมาณ (งานประชาสัมพันธ์)", "๑๘,๐๐๐", dict(Y),
         "เผยแพร่ข่าวสาร ๔๐๒ เรื่อง ปรับปรุงเว็บไซต์ให้รองรับโทรศัพท์มือถือ"],
        ["๑๐", "ประเมินความเสี่ยงการทุจริตและกำหนดมาตรการควบคุมความเสี่ยง", "ม.ค. – มี.ค. ๖๔",
         "หน่วยตรวจสอบภายใน", "ไม่ใช้งบประมาณ", dict(Y),
         "ประเมินความเสี่ยง ๕ กระบวนงาน รายงานผลต่อนายกเทศมนตรีเมื่อ ๓๐ มี.ค. ๖๔"],
    ]
    add_table(doc, rows, widths=[0.9, 7.2, 3.1, 3.9, 2.4, 2.1, 7.1], size=12, header_rows=1, header_fill="DDEBF7")
    save_docx(doc, HERE / f"{stem}.docx")
    write_expect(stem, """
family: docx-checkmark
description: >-
  A town municipality's FY 2564 report as a Word table whose status is one column
  "ดำเนินการแล้ว" holding ✔ (done) or ✘ (not done), with a legend under the title; the result
  column doubles as the place for the reason when not done. The body has only the generic title
  "แบบรายงานผล..."; the agency and the fiscal year are in the Word page header (repeated on every
  page), with "หน้า N / M" in the footer. Defects: measure ๘ (online requests, E-Service) is ✘
  with an empty result, no reason given (status-without-result, a warning for not started);
  measure ๓ (staffing plan) runs "ต.ค. ๖๔ – ธ.ค. ๖๔", which is in FY 2565, not FY 2564
  (period-outside-fiscal-year). Traps: the agency and the fiscal year are in the page header,
  not missing; measure ๖ is ✘ but explains why (COVID-19), so no finding; "๐.๐๐" is a valid
  budget.
agency: เทศบาลเมืองท่าเรือพระแท่น
fiscal_year: 2564
measures: 10
findings:
  - rule: status-without-result
    measure: ปรับปรุงระบบยื่นคำร้องออนไลน์
  - rule: period-outside-fiscal-year
    measure: จัดทำแผนอัตรากำลัง
""")


# 14 ------------------------------------------------------------------------------------------
PLACEHOLDER = "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ"
_SDT_ID = [100]


def _sdt_pr(alias, placeholder):
    _SDT_ID[0] += 1
    pr = OxmlElement("w:sdtPr")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
        pr.append(rpr)
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), alias)
    pr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_SDT_ID[0]))
    pr.append(i)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


def _run_el(text, size=None, placeholder=False, bold=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if placeholder:
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
    if bold:
        rpr.append(OxmlElement("w:b"))
        rpr.append(OxmlElement("w:bCs"))
    if size:
        _set_size(rpr, size)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def sdt_inline(p, text, alias, size=None, bold=False):
    """A plain-text content control inside paragraph p; empty text shows Word's placeholder."""
    placeholder = not text
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(alias, placeholder)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run_el(text or PLACEHOLDER, size=size, placeholder=placeholder, bold=bold))
    sdt.append(content)
    p._p.append(sdt)


def sdt_block(cell, text, alias, size=None):
    """A rich-text content control around the cell's paragraph."""
    placeholder = not text
    p = cell.paragraphs[0]._p
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, placeholder))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p.addprevious(sdt)
    content.append(p)
    p.append(_run_el(text or PLACEHOLDER, size=size, placeholder=placeholder))


@document
def docx_contentcontrols_dlt_2567():
    from docx.enum.style import WD_STYLE_TYPE
    stem = "docx-contentcontrols-dlt-2567"
    doc = new_doc(font="Laksaman", size=15, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    para(doc, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (แบบ ITA-๐๒)",
         bold=True, size=16, align="center")
    p = para(doc, align="center")
    add_run(p, "หน่วยงาน ", bold=True)
    sdt_inline(p, "สำนักงานขนส่งจังหวัดอ่างทอง", "หน่วยงาน")
    add_run(p, "   ประจำปีงบประมาณ พ.ศ. ", bold=True)
    sdt_inline(p, "๒๕๖๗", "ปีงบประมาณ")
    p = para(doc, align="center", space_after=6)
    add_run(p, "รอบการรายงาน ", bold=True, size=13)
    sdt_inline(p, "รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)", "รอบการรายงาน", size=13)
    head = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "งบประมาณที่ใช้จริง (บาท)",
            "ผลการดำเนินการ", "ผลลัพธ์"]
    data = [
        ["ลดขั้นตอนการต่ออายุใบอนุญาตขับรถด้วยระบบจองคิวล่วงหน้า (DLT Smart Queue)", "ต.ค. ๖๖ – ก.ย. ๖๗",
         "ฝ่ายใบอนุญาตและการขนส่ง", "ไม่ใช้งบประมาณ", "มีผู้จองคิวล่วงหน้า ๙,๘๔๑ ราย",
         "เวลารอรับบริการเฉลี่ยลดจาก ๒ ชั่วโมงเหลือ ๔๕ นาที"],
        ["ประชาสัมพันธ์การชำระภาษีรถประจำปีทางออนไลน์ผ่านแอปพลิเคชัน (E-Service)", "ม.ค. – ก.ย. ๖๗",
         "ฝ่ายทะเบียนและภาษีรถ", "๔,๐๐๐", "ผู้ชำระภาษีออนไลน์ ๑๒,๖๐๔ ราย เพิ่มขึ้นร้อยละ ๑๘",
         "ลดความแออัดที่เคาน์เตอร์บริการ"],
        ["เผยแพร่ข้อมูลข่าวสารและขั้นตอนการให้บริการทางเว็บไซต์ เพจ Facebook และป้ายประชาสัมพันธ์",
         "ต.ค. ๖๖ – ก.ย. ๖๗", "ฝ่ายบริหารงานทั่วไป", "ไม่ใช้งบประมาณ", "เผยแพร่ข่าวสาร ๑๙๒ เรื่อง",
         "ผู้รับบริการเตรียมเอกสารได้ครบก่อนมาติดต่อ"],
        ["ควบคุมการเบิกจ่ายแผ่นป้ายทะเบียนรถและใบคู่มือจดทะเบียนรถด้วยทะเบียนคุม", "ต.ค. ๖๖ – ก.ย. ๖๗",
         "ฝ่ายทะเบียนและภาษีรถ", "ไม่ใช้งบประมาณ", "ตรวจนับแผ่นป้ายและคู่มือจดทะเบียนทุกเดือน ยอดตรงกับทะเบียนคุม",
         "ไม่มีแผ่นป้ายทะเบียนสูญหาย"],
        ["เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือน", "ต.ค. ๖๖ – ก.ย. ๖๗", "ฝ่ายบริหารงานทั่วไป (งานพัสดุ)",
         "ไม่ใช้งบประมาณ", "เผยแพร่ครบ ๑๒ เดือนบนเว็บไซต์", "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้"],
        ["หมุนเวียนเจ้าหน้าที่ตรวจสภาพรถและคุมสอบใบอนุญาตขับรถ เพื่อป้องกันการใช้ดุลพินิจโดยมิชอบ",
         "ต.ค. ๖๖ – ก.ย. ๖๗", "", "ไม่ใช้งบประมาณ", "หมุนเวียนเจ้าหน้าที่ทุก ๓ เดือน รวม ๔ รอบ",
         "ไม่มีข้อทักท้วงผลการสอบและผลการตรวจสภาพรถ"],
        ["ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. ๖๖",
         "ขนส่งจังหวัดอ่างทอง", "ไม่ใช้งบประมาณ", "ขนส่งจังหวัดลงนามประกาศเมื่อ ๙ ต.ค. ๖๖ ติดประกาศ ณ จุดบริการ",
         "ไม่มีรายงานการรับของขวัญ"],
        ["จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (เว็บไซต์ สายด่วน ๑๕๘๔ กล่องรับเรื่อง)",
         "ต.ค. ๖๖ – ก.ย. ๖๗", "ฝ่ายบริหารงานทั่วไป", "", "ได้รับเรื่องร้องเรียน ๒ เรื่อง ตรวจสอบแล้วเสร็จ",
         "ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วัน"],
    ]
    widths = [1.3, 6.9, 3.0, 3.5, 2.6, 5.0, 4.4]
    rows = [head] + [[""] * 7 for _ in data]
    table = add_table(doc, rows, widths=widths, size=12, header_rows=1, header_fill="D9D9D9")
    aliases = ["มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ", "ผลการดำเนินการ", "ผลลัพธ์"]
    for r, values in enumerate(data, 1):
        table.cell(r, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(table.cell(r, 0).paragraphs[0], th(str(r)), size=12)
        for c, value in enumerate(values, 1):
            if c >= 5:
                sdt_block(table.cell(r, c), value, aliases[c - 1], size=12)
            else:
                sdt_inline(table.cell(r, c).paragraphs[0], value, aliases[c - 1], size=12)
    para(doc, "")
    p = para(doc, indent_cm=15)
    add_run(p, "ผู้รายงาน ")
    sdt_inline(p, "นายธีรวัฒน์  แสงทอง", "ผู้รายงาน")
    p = para(doc, indent_cm=15)
    add_run(p, "ตำแหน่ง ")
    sdt_inline(p, "เจ้าพนักงานธุรการชำนาญงาน", "ตำแหน่ง")
    save_docx(doc, HERE / f"{stem}.docx")
    write_expect(stem, """
family: docx-contentcontrols
description: >-
  A provincial land transport office's FY 2567 report filled into a Word form template (แบบ
  ITA-๐๒): the agency, the fiscal year, the reporting round and every table cell are Word
  content controls (w:sdt): plain-text controls inside the cells' paragraphs for measure,
  period, responsible unit and budget, and rich-text controls wrapping whole paragraphs for the
  result and outcome columns. Two controls were never filled and still show Word's grey
  placeholder "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ" (showingPlcHdr): the responsible unit of measure ๖
  (rotation of inspection staff) (responsible-missing) and the budget of measure ๘ (corruption
  complaint channel) (budget-missing). Traps: all real values are inside content controls, so a
  reader that skips w:sdt sees an empty form; the placeholder text is not a value; the agency and
  the fiscal year are content controls in the title lines; the reporting round "๑ ตุลาคม ๒๕๖๖ –
  ๓๐ กันยายน ๒๕๖๗" is the fiscal year, not a measure.
agency: สำนักงานขนส่งจังหวัดอ่างทอง
fiscal_year: 2567
measures: 8
findings:
  - rule: responsible-missing
    measure: หมุนเวียนเจ้าหน้าที่ตรวจสภาพรถ
  - rule: budget-missing
    measure: จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริต
tolerated:
  - {rule: budget-unparseable, measure: จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริต}
""")


# spreadsheets --------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def save_xlsx(wb, path, cached=None):
    """Save with fixed document dates; `cached` maps (sheet index, cell) to the value a spreadsheet
    program would have stored for a formula, so readers that do not compute formulas still see it."""
    wb.properties.creator = "งานแผน"
    wb.properties.lastModifiedBy = "งานแผน"
    wb.properties.created = FIXED
    wb.save(str(path))
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-10-20T02:30:00Z", data)
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml", name)
        if m and cached:
            for (sheet, cell), value in cached.items():
                if sheet != int(m.group(1)):
                    continue
                pat = re.compile(rb'(<c r="' + cell.encode() + rb'"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
                data, n = pat.subn(lambda mm: mm.group(1) + mm.group(2) + b"<v>" + str(value).encode() + b"</v>",
                                   data)
                assert n == 1, (name, cell)
        out.append((name, data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def ws_put(ws, ref, value, bold=False, fill=None, wrap=True, center=False, border=True, fmt=None, size=14,
           font="TH SarabunPSK"):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal="center" if center else None)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# 15 ------------------------------------------------------------------------------------------
@document
def xlsx_sidebyside_sao_2567():
    stem = "xlsx-sidebyside-sao-2567"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ITA 2567"
    ws.merge_cells("A1:K1")
    ws_put(ws, "A1", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                     "ประจำปีงบประมาณ พ.ศ. 2567", bold=True, border=False, center=True, size=16)
    ws.merge_cells("A2:K2")
    ws_put(ws, "A2", "องค์การบริหารส่วนตำบลนาโพธิ์กลาง อำเภอโขงเจียม จังหวัดอุบลราชธานี", bold=True, border=False,
           center=True, size=16)
    ws.merge_cells("A4:D4")
    ws_put(ws, "A4", "ส่วนที่ 1 แผนการดำเนินงานตามมาตรการ", bold=True, fill="DDEBF7", center=True)
    ws.merge_cells("F4:K4")
    ws_put(ws, "F4", "ส่วนที่ 2 ผลการดำเนินงาน (ณ 30 กันยายน 2567)", bold=True, fill="E2EFDA", center=True)
    for col, text in zip("ABCD", ["ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ"]):
        ws_put(ws, f"{col}5", text, bold=True, fill="DDEBF7", center=True)
    for col, text in zip("FGHIJK", ["ที่", "มาตรการ", "ระยะเวลาดำเนินการจริง", "งบประมาณที่ใช้ (บาท)",
                                    "ผลการดำเนินงาน", "ผลลัพธ์"]):
        ws_put(ws, f"{col}5", text, bold=True, fill="E2EFDA", center=True)
    plan = [
        ("จัดทำคู่มือสำหรับประชาชนและประกาศมาตรฐานระยะเวลาการให้บริการ", "ต.ค. 66 – ธ.ค. 66", "สำนักปลัด"),
        ("พัฒนาระบบรับคำร้องออนไลน์ (E-Service) ผ่านเว็บไซต์ อบต.", "ม.ค. – มิ.ย. 67", "สำนักปลัด"),
        ("เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ เพจ Facebook และหอกระจายข่าวประจำหมู่บ้าน", "ต.ค. 66 – ก.ย. 67",
         "สำนักปลัด"),
        ("จัดทำทะเบียนคุมการใช้รถยนต์ส่วนกลางและการยืมพัสดุ", "ต.ค. 66 – ก.ย. 67", "กองคลัง"),
        ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 66 – ก.ย. 67", "กองคลัง"),
        ("เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและผลการประเมินการปฏิบัติงาน", "ต.ค. 66 – เม.ย. 67",
         "สำนักปลัด (งานการเจ้าหน้าที่)"),
        ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 66",
         "นายก อบต. / สำนักปลัด"),
        ("จัดทำแผนบริหารความเสี่ยงการทุจริตและติดตามผลการควบคุมความเสี่ยง", "ม.ค. – มี.ค. 67",
         "หน่วยตรวจสอบภายใน"),
        ("จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ต.ค. 66 – ก.ย. 67", "สำนักปลัด"),
    ]
    report = [
        (plan[0][0], "ต.ค. 66 – ธ.ค. 66", "ไม่ใช้งบประมาณ",
         "ประกาศมาตรฐานระยะเวลา 12 งานบริการ ติดประกาศ ณ จุดบริการ", "ผู้รับบริการทราบขั้นตอนและระยะเวลาล่วงหน้า"),
        (plan[1][0], "ม.ค. – มิ.ย. 67", 15000, "เปิดรับคำร้องออนไลน์ 4 ประเภท มีผู้ใช้ 96 ราย",
         "ลดการเดินทางมาติดต่อที่ทำการ อบต."),
        (plan[2][0], "ต.ค. 66 – ก.ย. 67", 3500, "เผยแพร่ข่าวสาร 164 เรื่อง ออกอากาศหอกระจายข่าว 48 ครั้ง",
         "ประชาชนได้รับข้อมูลข่าวสารทั่วถึง"),
        (plan[3][0], "ต.ค. 66 – ก.ย. 67", "ไม่ใช้งบประมาณ", "บันทึกการใช้รถ 418 ครั้ง การยืมพัสดุ 37 ครั้ง", None),
        (plan[4][0], "ต.ค. 66 – ก.ย. 67", "ไม่ใช้งบประมาณ", "เผยแพร่แผน 1 ฉบับ และสรุปผลครบ 12 เดือน",
         "การจัดซื้อจัดจ้างตรวจสอบได้"),
        (plan[5][0], "ต.ค. 66 – เม.ย. 67", "ไม่ใช้งบประมาณ", "ประกาศหลักเกณฑ์และผลการประเมิน 2 รอบ",
         "บุคลากรทราบหลักเกณฑ์ ไม่มีการทักท้วง"),
        (plan[6][0], "ต.ค. 66", "ไม่ใช้งบประมาณ", "นายก อบต. ลงนามประกาศเมื่อ 3 ต.ค. 66",
         "ไม่มีการรับของขวัญในปีงบประมาณ"),
        (plan[8][0], "ต.ค. 66 – ก.ย. 67", 2000, "เปิดช่องทางเว็บไซต์ ตู้รับเรื่อง และ LINE ได้รับเรื่อง 1 เรื่อง",
         "ตรวจสอบแล้วเสร็จภายใน 30 วัน"),
    ]
    r0 = 6
    for i, (name, period, resp) in enumerate(plan):
        r = r0 + i
        ws_put(ws, f"A{r}", i + 1, center=True)
        ws_put(ws, f"B{r}", name)
        ws_put(ws, f"C{r}", period)
        ws_put(ws, f"D{r}", resp)
    for i, (name, period, budget, result, outcome) in enumerate(report):
        r = r0 + i
        ws_put(ws, f"F{r}", i + 1, center=True)
        ws_put(ws, f"G{r}", name)
        ws_put(ws, f"H{r}", period)
        ws_put(ws, f"I{r}", budget, fmt="#,##0.00" if isinstance(budget, int) else None)
        ws_put(ws, f"J{r}", result)
        ws_put(ws, f"K{r}", outcome)
    rt = r0 + len(report)
    ws.merge_cells(f"F{rt}:H{rt}")
    ws_put(ws, f"F{rt}", "รวม", bold=True, center=True)
    ws_put(ws, f"I{rt}", f"=SUM(I{r0}:I{rt - 1})", bold=True, fmt="#,##0.00")
    ws_put(ws, f"J{rt}", None)
    ws_put(ws, f"K{rt}", None)
    for col, w in zip("ABCDEFGHIJK", [5, 40, 14, 18, 2, 5, 40, 14, 13, 34, 28]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.sheet_view.zoomScale = 90
    total = sum(b for (_, _, b, _, _) in report if isinstance(b, int))
    save_xlsx(wb, HERE / f"{stem}.xlsx", cached={(1, f"I{rt}"): total})
    write_expect(stem, """
family: xlsx-sidebyside
description: >-
  A subdistrict administrative organisation's FY 2567 workbook with two tables side by side on
  one sheet: the plan (ส่วนที่ 1: ที่, มาตรการ, ระยะเวลา, ผู้รับผิดชอบ; columns A-D) and, after an
  empty narrow column E, the report (ส่วนที่ 2: ที่, มาตรการ, ระยะเวลาดำเนินการจริง, งบประมาณที่ใช้,
  ผลการดำเนินงาน, ผลลัพธ์; columns F-K), each under a merged caption, with a "รวม" total row
  (a SUM formula) under the report. The plan has 9 measures and the report 8: the report skips
  the plan's risk-management measure and is renumbered 1-8, so from row 13 on each report row
  sits beside a different plan row. Defects: the planned "จัดทำแผนบริหารความเสี่ยงการทุจริต..."
  is not reported (planned-measure-not-reported); report row 4 (vehicle and supplies register)
  has no outcome (outcome-missing). Traps: rows must not be paired by position; the same
  measures in plan and report are not duplicates; the total row is not a measure; budgets mix
  numbers and the text ไม่ใช้งบประมาณ.
agency: องค์การบริหารส่วนตำบลนาโพธิ์กลาง
fiscal_year: 2567
measures: 17
findings:
  - rule: planned-measure-not-reported
    measure: จัดทำแผนบริหารความเสี่ยงการทุจริต
  - rule: outcome-missing
    measure: จัดทำทะเบียนคุมการใช้รถยนต์ส่วนกลาง
""")


# 16 ------------------------------------------------------------------------------------------
@document
def xlsx_beyear_landoffice_2568():
    stem = "xlsx-beyear-landoffice-2568"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "รายงานผล ITA 68"
    ws.merge_cells("A1:G1")
    ws_put(ws, "A1", "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568",
           bold=True, border=False, center=True, size=16)
    ws.merge_cells("A2:G2")
    ws_put(ws, "A2", "สำนักงานที่ดินจังหวัดกาฬสินธุ์", bold=True, border=False, center=True, size=16)
    for ref, text in [("A4", "ที่"), ("B4", "มาตรการ"), ("C4", "ผู้รับผิดชอบ"), ("D4", "ระยะเวลาดำเนินการ"),
                      ("F4", "งบประมาณที่ใช้ (บาท)"), ("G4", "ผลการดำเนินงาน"), ("D5", "วันเริ่มต้น"),
                      ("E5", "วันสิ้นสุด")]:
        ws_put(ws, ref, text, bold=True, fill="FCE4D6", center=True)
    for rng in ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"]:
        ws.merge_cells(rng)
    for ref in ["A5", "B5", "C5", "E4", "F5", "G5"]:
        ws[ref].border = BOX
    D = datetime.datetime
    BE_FMT = "d/m/yyyy"                  # typed as 1/10/2567: the year 2567 is stored as is
    TH_FMT = "[$-1070000]d/m/yyyy;@"     # a real date shown in the Thai Buddhist calendar
    rows = [
        ("จัดทำคู่มือการให้บริการประชาชนด้านการจดทะเบียนสิทธิและนิติกรรม", "ฝ่ายทะเบียน",
         D(2567, 10, 1), D(2568, 3, 31), BE_FMT, "ไม่ใช้งบประมาณ",
         "จัดทำคู่มือ 9 งานบริการ เผยแพร่ ณ จุดบริการและเว็บไซต์"),
        ("ให้บริการตรวจสอบข้อมูลที่ดินและจองคิวล่วงหน้าผ่านแอปพลิเคชัน (E-Service)", "ฝ่ายทะเบียน",
         D(2024, 10, 1), D(2025, 9, 30), TH_FMT, 0, "ผู้จองคิวล่วงหน้า 3,214 ราย"),
        ("ประชาสัมพันธ์ค่าธรรมเนียมและขั้นตอนการจดทะเบียนผ่านป้ายประกาศ เว็บไซต์ และเพจ Facebook",
         "ฝ่ายอำนวยการ", D(2567, 11, 1), D(2568, 9, 30), BE_FMT, 2400,
         "จัดทำป้ายประกาศ 4 จุด เผยแพร่ข่าวสาร 87 เรื่อง"),
        ("ควบคุมการใช้รถยนต์ราชการและเครื่องมือรังวัด (กล้องสำรวจ GNSS)", None,
         D(2567, 10, 1), D(2568, 9, 30), BE_FMT, "ไม่ใช้งบประมาณ",
         "บันทึกการยืม-คืนเครื่องมือรังวัด 512 ครั้ง ตรวจสอบสมุดบันทึกการใช้รถรายเดือน"),
        ("เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือน", "ฝ่ายอำนวยการ (งานพัสดุ)",
         D(2024, 10, 1), D(2025, 9, 30), TH_FMT, "ไม่ใช้งบประมาณ", "เผยแพร่ครบ 12 เดือน"),
        ("จัดคิวรังวัดตามลำดับคำขอและเปิดเผยลำดับคิวรังวัดต่อสาธารณะ", "ฝ่ายรังวัด",
         D(2568, 6, 1), D(2568, 3, 31), BE_FMT, "ไม่ใช้งบประมาณ",
         "ประกาศลำดับคิวรังวัดบนบอร์ดและเว็บไซต์ทุกสัปดาห์"),
        ("เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนเงินเดือน", "ฝ่ายอำนวยการ",
         D(2568, 3, 1), D(2568, 4, 30), BE_FMT, "ไม่ใช้งบประมาณ", "แจ้งเวียนหลักเกณฑ์ให้บุคลากรทุกคนทราบ"),
        ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "เจ้าพนักงานที่ดินจังหวัด", D(2567, 10, 1), D(2567, 10, 31), BE_FMT, "ไม่ใช้งบประมาณ",
         "ลงนามประกาศเมื่อ 4 ต.ค. 2567 ติดประกาศ ณ สำนักงานและสาขา"),
        ("จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (กล่องรับเรื่อง เว็บไซต์ โทรศัพท์)",
         "ฝ่ายอำนวยการ", D(2567, 10, 1), D(2568, 9, 30), BE_FMT, 1500,
         "ได้รับเรื่องร้องเรียน 2 เรื่อง ส่งกรมที่ดินดำเนินการแล้ว"),
        ("อบรมประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่ข้าราชการและลูกจ้าง", "ฝ่ายอำนวยการ",
         D(2567, 12, 18), D(2567, 12, 18), BE_FMT, 9750, "ผู้เข้าอบรม 63 คน"),
    ]
    r0 = 6
    for i, (name, resp, start, end, fmt, budget, result) in enumerate(rows):
        r = r0 + i
        ws_put(ws, f"A{r}", i + 1, center=True)
        ws_put(ws, f"B{r}", name)
        ws_put(ws, f"C{r}", resp)
        ws_put(ws, f"D{r}", start, fmt=fmt, center=True)
        ws_put(ws, f"E{r}", end, fmt=fmt, center=True)
        ws_put(ws, f"F{r}", budget, fmt="#,##0.00" if isinstance(budget, int) else None)
        ws_put(ws, f"G{r}", result)
    rt = r0 + len(rows)
    ws.merge_cells(f"A{rt}:E{rt}")
    ws_put(ws, f"A{rt}", "รวมงบประมาณที่ใช้", bold=True, center=True)
    for col in "BCDE":
        ws[f"{col}{rt}"].border = BOX
    ws_put(ws, f"F{rt}", f"=SUM(F{r0}:F{rt - 1})", bold=True, fmt="#,##0.00")
    ws_put(ws, f"G{rt}", None)
    for col, w in zip("ABCDEFG", [5, 48, 22, 12, 12, 15, 44]):
        ws.column_dimensions[col].width = w
    total = sum(b for (*_, b, _) in rows if isinstance(b, int))
    save_xlsx(wb, HERE / f"{stem}.xlsx", cached={(1, f"F{rt}"): total})
    write_expect(stem, """
family: xlsx-beyear
description: >-
  A provincial land office's FY 2568 report as a workbook: a two-row header with the period
  split into วันเริ่มต้น / วันสิ้นสุด under a merged "ระยะเวลาดำเนินการ", and real Excel dates in two
  calendars: most were typed as "1/10/2567", so Excel stored the Buddhist year as if it were a
  Gregorian year (1 October 2567 CE, shown d/m/yyyy), while rows 2 and 5 hold true dates
  (2024-10-01 to 2025-09-30) shown in the Thai Buddhist calendar by the number format
  [$-1070000]d/m/yyyy. A total row (SUM formula, with its cached value) closes the table.
  Defects: measure 4 (vehicles and survey instruments) has no responsible unit
  (responsible-missing); measure 6 (survey queue) starts on 1/6/2568 and ends on 31/3/2568
  (period-reversed). Traps: a date whose stored year is 2567 or 2568 is a Buddhist-Era date, and
  a date stored as 2024/2025 is the same fiscal year; measure 10 is the single day 18/12/2567,
  inside FY 2568; a budget of 0 is a valid amount; the total row is not a measure.
agency: สำนักงานที่ดินจังหวัดกาฬสินธุ์
fiscal_year: 2568
measures: 10
findings:
  - rule: responsible-missing
    measure: ควบคุมการใช้รถยนต์ราชการและเครื่องมือรังวัด
  - rule: period-reversed
    measure: จัดคิวรังวัดตามลำดับคำขอ
""")


# 17 ------------------------------------------------------------------------------------------
@document
def csv_cp874_municipality_2566():
    import csv
    stem = "csv-cp874-municipality-2566"
    head = ["ลำดับ", "ตัวชี้วัด", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้จริง (บาท)",
            "ผลการดำเนินการ", "ผลลัพธ์"]
    rows = [
        ["1", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "จัดทำคู่มือการปฏิบัติงานและคู่มือสำหรับประชาชน", "ต.ค.65 - มี.ค.66",
         "สำนักปลัดเทศบาล", "ไม่ใช้ งบประมาณ", "จัดทำคู่มือ 15 เรื่อง เผยแพร่บนเว็บไซต์และจุดบริการ",
         "ประชาชนทราบขั้นตอนและระยะเวลาการให้บริการ"],
        ["2", "ตัวชี้วัดที่ 2 การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
         "ต.ค.65 - ก.ย.66", "กองคลัง", "0", "เผยแพร่แผนการใช้จ่าย 1 ฉบับ รายงานผล 4 ไตรมาส",
         "ประชาชนตรวจสอบการใช้งบประมาณได้"],
        ["3", "ตัวชี้วัดที่ 3 การใช้อำนาจ", "กำหนดแนวทางการมอบหมายงานและการประเมินผลการปฏิบัติงานอย่างเป็นธรรม",
         "ต.ค.65 - เม.ย.66", "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)", "ไม่ใช้งบประมาณ",
         "ออกคำสั่งแบ่งงาน 2 ฉบับ ประกาศหลักเกณฑ์การประเมินล่วงหน้า", "บุคลากรได้รับมอบหมายงานตามตำแหน่ง"],
        ["4", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", "จัดทำทะเบียนคุมการยืม-คืนพัสดุและการใช้รถยนต์ส่วนกลาง",
         "ต.ค.65 - ก.ย.66", "กองคลัง (งานพัสดุ)", "", "บันทึกการยืม-คืนพัสดุ 58 ครั้ง การใช้รถ 640 ครั้ง",
         "ทรัพย์สินของราชการอยู่ครบถ้วน"],
        ["5", "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต",
         "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) และรณรงค์ไม่รับของขวัญช่วงปีใหม่",
         "พ.ย.65-ม.ค.66", "สำนักปลัดเทศบาล", "0",
         "นายกเทศมนตรีลงนามประกาศ 1 พ.ย. 65 ติดป้ายรณรงค์ 5 จุด รายงานผลการรับของขวัญต่อนายกเทศมนตรี",
         "ไม่มีบุคลากรรับของขวัญ"],
        ["7", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "สำรวจความพึงพอใจของผู้รับบริการโดยหน่วยงานภายนอก",
         "1 ม.ค. 66 - 31 มี.ค. 66", "สำนักปลัดเทศบาล", "12,500",
         "จ้างมหาวิทยาลัยมหาสารคามสำรวจ กลุ่มตัวอย่าง 400 ราย", "ความพึงพอใจร้อยละ 91.20"],
        ["8", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านเสียงตามสาย เว็บไซต์ และ Facebook",
         "ต.ค.65 - ก.ย.66", "สำนักปลัดเทศบาล", "4,800", "ออกอากาศเสียงตามสายทุกวันทำการ เผยแพร่ข่าว 215 เรื่อง",
         "ประชาชนรับรู้ข่าวสารของเทศบาลทั่วถึง"],
        ["9", "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน", "พัฒนาระบบรับชำระภาษีและค่าธรรมเนียมผ่าน QR Code (E-Service)",
         "ก.พ.66 - ก.ย.66", "กองคลัง", "ไม่ใช้งบประมาณ", "เปิดรับชำระผ่าน QR Code ตั้งแต่ 1 มี.ค. 66 จำนวน 1,208 รายการ",
         "ลดเวลารอชำระภาษีที่สำนักงาน"],
        ["10", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ตามรายการ OIT", "ต.ค.65 - ก.ย.66",
         "สำนักปลัดเทศบาล", "ไม่ใช้งบประมาณ", "เผยแพร่ครบ 43 รายการ", "ผู้สนใจเข้าถึงข้อมูลได้สะดวก"],
        ["11", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
         "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ศูนย์รับเรื่องราวร้องทุกข์ เว็บไซต์ โทรศัพท์)",
         "ต.ค.65 - ก.ย.66", "สำนักปลัดเทศบาล (งานนิติการ)", "ไม่ใช้งบประมาณ",
         "เปิดช่องทางร้องเรียนการทุจริต 4 ช่องทาง ได้รับเรื่อง 1 เรื่อง", "ดำเนินการแล้วเสร็จภายใน 15 วัน"],
    ]
    n = len(head)
    lines = [
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566"]
        + [""] * (n - 1),
        ["เทศบาลตำบลนาดูนพัฒนา อำเภอนาดูน จังหวัดมหาสารคาม"] + [""] * (n - 1),
        [""] * n,
        head,
    ] + rows + [[""] * n, ["", "ผู้รายงาน: นายวิชัย ทองมา หัวหน้าสำนักปลัดเทศบาล"] + [""] * (n - 2)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(lines)
    (HERE / f"{stem}.csv").write_bytes(buf.getvalue().encode("cp874"))
    write_expect(stem, """
family: csv-cp874
description: >-
  A subdistrict municipality's FY 2566 report saved by Excel on Thai Windows as "CSV (Comma
  delimited)": the bytes are in the Windows Thai code page (cp874 / TIS-620), not UTF-8, lines end
  in CRLF, two title rows and a blank row come before the header, every row is padded with empty
  fields, amounts with thousands separators are quoted ("12,500"), and a signature row trails.
  One measure per indicator (ตัวชี้วัดที่ 1-10). Defects: measure 4 (register of supplies and
  vehicles) has an empty budget cell (budget-missing); the ลำดับ column jumps from 5 to 7
  (numbering-gap, at the satisfaction survey). Traps: the encoding; "0" and "ไม่ใช้ งบประมาณ"
  (stray space) are valid budgets; "1 ม.ค. 66 - 31 มี.ค. 66" and "พ.ย.65-ม.ค.66" are inside
  FY 2566; the numbering continues 8-11 after the gap (one gap, not five).
agency: เทศบาลตำบลนาดูนพัฒนา
fiscal_year: 2566
measures: 10
findings:
  - rule: budget-missing
    measure: จัดทำทะเบียนคุมการยืม-คืนพัสดุ
  - rule: numbering-gap
    measure: สำรวจความพึงพอใจของผู้รับบริการ
""")


# 18 ------------------------------------------------------------------------------------------
@document
def xlsx_quarterresults_socialdev_2567():
    stem = "xlsx-quarterresults-socialdev-2567"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "มาตรการ ITA 2567"
    ws.merge_cells("A1:J1")
    ws_put(ws, "A1", "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
           bold=True, border=False, center=True, size=16)
    ws.merge_cells("A2:J2")
    ws_put(ws, "A2", "รอบ 12 เดือน (1 ตุลาคม 2566 - 30 กันยายน 2567)", border=False, center=True)
    head1 = [("A4", "ลำดับ"), ("B4", "มาตรการ"), ("C4", "ผู้รับผิดชอบ"), ("D4", "ระยะเวลา"),
             ("E4", "งบประมาณที่ได้รับ (บาท)"), ("F4", "งบประมาณที่เบิกจ่าย (บาท)"), ("G4", "ผลการดำเนินงาน"),
             ("G5", "ไตรมาส 1\n(ต.ค.-ธ.ค. 66)"), ("H5", "ไตรมาส 2\n(ม.ค.-มี.ค. 67)"),
             ("I5", "ไตรมาส 3\n(เม.ย.-มิ.ย. 67)"), ("J5", "ไตรมาส 4\n(ก.ค.-ก.ย. 67)")]
    for ref, text in head1:
        ws_put(ws, ref, text, bold=True, fill="E4DFEC", center=True)
    for rng in ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:J4"]:
        ws.merge_cells(rng)
    for ref in ["A5", "B5", "C5", "D5", "E5", "F5", "H4", "I4", "J4"]:
        ws[ref].border = BOX
    rows = [
        ("จัดทำคู่มือการให้บริการประชาชน (เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด และการออกบัตรประจำตัวคนพิการ)",
         "ฝ่ายบริหารทั่วไป", "ต.ค. 66 - มี.ค. 67", 0, 0,
         ["ทบทวนขั้นตอนและระยะเวลาการให้บริการ", "เผยแพร่คู่มือ 6 งานบริการบนเว็บไซต์และจุดบริการ", None, None]),
        ("พัฒนาระบบยื่นคำร้องขอรับความช่วยเหลือผู้ประสบปัญหาทางสังคมทางออนไลน์ (E-Service)",
         "กลุ่มการพัฒนาสังคมและสวัสดิการ", "ม.ค. - ก.ย. 67", 20000, 18600,
         ["-", "ออกแบบแบบฟอร์มและขั้นตอน", "ทดลองใช้ระบบกับ 2 อำเภอ", "เปิดใช้งานจริง 1 ก.ค. 67 มีคำร้อง 148 ราย"]),
        ("ประชาสัมพันธ์สิทธิและสวัสดิการผ่าน Facebook และ LINE Official Account", "กลุ่มนโยบายและวิชาการ",
         "ต.ค. 66 - ก.ย. 67", 5000, 4750,
         ["เผยแพร่ 38 เรื่อง", "เผยแพร่ 41 เรื่อง", "เผยแพร่ 35 เรื่อง", "เผยแพร่ 44 เรื่อง"]),
        ("ควบคุมการใช้รถยนต์ราชการและทรัพย์สินของสำนักงาน", "ฝ่ายบริหารทั่วไป", "ต.ค. 66 - ก.ย. 67", 0, 0,
         [None, None, None, "ตรวจสอบทรัพย์สินประจำปี สรุปการใช้รถทั้งปี 392 ครั้ง ไม่พบการใช้นอกภารกิจ"]),
        ("เผยแพร่แผนและผลการจัดซื้อจัดจ้าง และรายงานผลการใช้จ่ายงบประมาณรายไตรมาส", "ฝ่ายบริหารทั่วไป",
         "ต.ค. 66 - ก.ย. 67", 0, 0,
         ["เผยแพร่แผนจัดซื้อจัดจ้าง", "สรุปผลรายเดือน และรายงานการใช้จ่าย ไตรมาส 1",
          "สรุปผลรายเดือน และรายงานการใช้จ่าย ไตรมาส 2", "สรุปผลรายเดือน และรายงานการใช้จ่าย ไตรมาส 3-4"]),
        ("เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและการเลื่อนค่าตอบแทนของพนักงานราชการ", "ฝ่ายบริหารทั่วไป",
         "เม.ย. - ก.ย. 67", 0, 0, [None, None, None, None]),
        ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "หัวหน้าสำนักงาน",
         "ต.ค. 66", 0, 0,
         ["ลงนามประกาศเมื่อ 5 ต.ค. 66 และรายงานผลการรับของขวัญต่อปลัดกระทรวง", "-", "-", "-"]),
        ("จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป",
         "ฝ่ายบริหารทั่วไป", "ต.ค. 66 - ก.ย. 67", 0, 0,
         ["เปิดช่องทางเว็บไซต์ โทรศัพท์ และกล่องรับเรื่อง", "ไม่มีเรื่องร้องเรียน", "ได้รับเรื่อง 1 เรื่อง",
          "ตรวจสอบข้อเท็จจริงแล้วเสร็จ"]),
        ("อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร", "กลุ่มนโยบายและวิชาการ",
         "มิ.ย. 67", 15000, 14320, [None, None, "จัดอบรมเมื่อ 20 มิ.ย. 67 ผู้เข้าร่วม 52 คน", None]),
    ]
    r0 = 6
    for i, (name, resp, period, got, spent, quarters) in enumerate(rows):
        r = r0 + i
        ws_put(ws, f"A{r}", i + 1, center=True)
        ws_put(ws, f"B{r}", name)
        ws_put(ws, f"C{r}", resp)
        ws_put(ws, f"D{r}", period)
        ws_put(ws, f"E{r}", got, fmt="#,##0")
        ws_put(ws, f"F{r}", spent, fmt="#,##0")
        for col, q in zip("GHIJ", quarters):
            ws_put(ws, f"{col}{r}", q)
    rt = r0 + len(rows)
    ws.merge_cells(f"A{rt}:D{rt}")
    ws_put(ws, f"A{rt}", "รวม", bold=True, center=True)
    for col in "BCD":
        ws[f"{col}{rt}"].border = BOX
    ws_put(ws, f"E{rt}", f"=SUM(E{r0}:E{rt - 1})", bold=True, fmt="#,##0")
    ws_put(ws, f"F{rt}", f"=SUM(F{r0}:F{rt - 1})", bold=True, fmt="#,##0")
    for col in "GHIJ":
        ws_put(ws, f"{col}{rt}", None)
    for col, w in zip("ABCDEFGHIJ", [6, 46, 22, 14, 12, 12, 24, 24, 24, 28]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[5].height = 36
    got = sum(r[3] for r in rows)
    spent = sum(r[4] for r in rows)
    save_xlsx(wb, HERE / f"{stem}.xlsx", cached={(1, f"E{rt}"): got, (1, f"F{rt}"): spent})
    write_expect(stem, """
family: xlsx-quarterresults
description: >-
  A FY 2567 twelve-month report as a workbook whose results are spread over four quarter
  columns under a merged "ผลการดำเนินงาน" heading (ไตรมาส 1 (ต.ค.-ธ.ค. 66) ... ไตรมาส 4), with two
  budget columns: allocated (งบประมาณที่ได้รับ) and disbursed (งบประมาณที่เบิกจ่าย), numbers with a
  SUM total row. Defects: the sheet names no agency at all: the title gives the report, the
  fiscal year and the round, and the cells only name divisions (agency-missing); measure 6
  (personnel criteria) has all four quarter cells empty (result-missing). Traps: measures with
  a result in only one quarter (measure 4 in Q4, measure 9 in Q3) or with "-" in the other
  quarters have results; a disbursed budget of 0 is a valid amount; the round "1 ตุลาคม 2566 -
  30 กันยายน 2567" and the quarter headers are not measures' periods; "ไม่มีเรื่องร้องเรียน" in
  Q2 of measure 8 is a statistic of the complaint channel.
agency: null
fiscal_year: 2567
measures: 9
findings:
  - rule: agency-missing
  - rule: result-missing
    measure: เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและการเลื่อนค่าตอบแทน
""")


# 19 ------------------------------------------------------------------------------------------
@document
def html_ulgrid_sao_2568():
    stem = "html-ulgrid-sao-2568"
    head = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้ (บาท)", "ผลการดำเนินงาน"]
    rows = [
        ["1", "จัดทำคู่มือสำหรับประชาชนและประกาศขั้นตอนการให้บริการ", "ต.ค. 67 – ธ.ค. 67", "สำนักปลัด",
         "ไม่ใช้งบประมาณ", "ปรับปรุงคู่มือ 11 งานบริการ ติดประกาศ ณ จุดบริการและเว็บไซต์"],
        ["2", "ให้บริการรับคำร้องทั่วไปผ่าน Google Form และ LINE OA (E-Service)", "ต.ค. 67 – ก.ย. 68", "สำนักปลัด",
         "ไม่ใช้งบประมาณ", "มีผู้ยื่นคำร้องออนไลน์ 184 ราย ดำเนินการแล้วเสร็จทุกราย"],
        ["3", "ประชาสัมพันธ์ข่าวสารผ่านเว็บไซต์ เพจ Facebook และรถประชาสัมพันธ์เคลื่อนที่", "ต.ค. 67 – ก.ย. 68",
         "สำนักปลัด", "6,000", "เผยแพร่ข่าวสาร 203 เรื่อง ออกรถประชาสัมพันธ์ 24 ครั้ง"],
        ["4", "จัดทำทะเบียนคุมทรัพย์สินและตรวจสอบพัสดุประจำปี", "ต.ค. – พ.ย. 67", "กองคลัง",
         "ไม่ใช้งบประมาณ", "ตรวจสอบพัสดุ 1,046 รายการ รายงานผลต่อนายก อบต. เมื่อ 29 พ.ย. 67"],
        ["5", "เผยแพร่ประกาศจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. 67 – ก.ย. 68", "กองคลัง",
         "ไม่ใช้งบประมาณ", "เผยแพร่ประกาศ 47 รายการ สรุปผลครบ 12 เดือน"],
        ["6", "เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและผลการเลื่อนขั้นเงินเดือน", "&nbsp;", "สำนักปลัด",
         "ไม่ใช้งบประมาณ", "ประกาศหลักเกณฑ์และผลการเลื่อนขั้นเงินเดือน 2 รอบ บนเว็บไซต์"],
        ["7", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 67",
         "นายก อบต. / สำนักปลัด", "ไม่ใช้งบประมาณ", "นายก อบต. ลงนามประกาศเมื่อ 7 ต.ค. 67"],
        ["8", "ส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร: กิจกรรมจิตอาสาพัฒนาชุมชน", "มี.ค. 68", "สำนักปลัด", "8,500",
         "บุคลากรและจิตอาสาเข้าร่วม 72 คน พัฒนาพื้นที่สาธารณะ 3 หมู่บ้าน"],
        ["9", "จัดทำแผนปฏิบัติการป้องกันการทุจริตและประเมินความเสี่ยงการทุจริต", "ธ.ค. 67 – ก.พ. 68",
         "สำนักปลัด", "ไม่ใช้งบประมาณ", "จัดทำแผน 1 ฉบับ ประเมินความเสี่ยง 4 กระบวนงาน"],
    ]

    def ul(cells, cls):
        lis = "".join(f"<li class=\"c{i}\">{c if c == '&nbsp;' else escape(c)}</li>" for i, c in enumerate(cells))
        return f'      <ul class="{cls}">{lis}</ul>\n'

    grid = ul(head, "ita-row ita-head") + "".join(ul(r, "ita-row") for r in rows)
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568 | อบต.หัวทะเล</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: "Sarabun", sans-serif; margin: 0; background: #f4f6f8; }}
.site-head {{ background: #0b5d3b; color: #fff; padding: 12px 24px; }}
.site-head h1 {{ margin: 0; font-size: 22px; }}
nav.main-menu ul {{ list-style: none; margin: 0; padding: 0 24px; background: #0e7a4e; display: flex; }}
nav.main-menu li a {{ display: block; color: #fff; padding: 10px 14px; text-decoration: none; }}
.breadcrumb {{ padding: 8px 24px; font-size: 14px; }}
article {{ background: #fff; margin: 0 24px 24px; padding: 16px 24px; }}
.ita-grid ul.ita-row {{ list-style: none; margin: 0; padding: 0; display: flex; border-bottom: 1px solid #ccc; }}
.ita-grid ul.ita-row li {{ padding: 6px; border-right: 1px solid #ccc; }}
.ita-grid ul.ita-head {{ background: #dfeee6; font-weight: bold; }}
.ita-grid li.c0 {{ flex: 0 0 50px; text-align: center; }} .ita-grid li.c1 {{ flex: 0 0 300px; }}
.ita-grid li.c2 {{ flex: 0 0 130px; }} .ita-grid li.c3 {{ flex: 0 0 140px; }}
.ita-grid li.c4 {{ flex: 0 0 110px; text-align: right; }} .ita-grid li.c5 {{ flex: 1; }}
footer {{ background: #333; color: #ddd; padding: 16px 24px; font-size: 14px; }}
</style>
</head>
<body>
<header class="site-head">
  <h1>องค์การบริหารส่วนตำบลหัวทะเล</h1>
  <div>อำเภอบ้านใหม่ไชยพจน์ จังหวัดบุรีรัมย์</div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">หน้าหลัก</a></li>
    <li><a href="/about">ข้อมูลพื้นฐาน</a></li>
    <li><a href="/news">ข่าวประชาสัมพันธ์</a></li>
    <li><a href="/ita">ITA</a></li>
    <li><a href="/complaint">ร้องเรียนร้องทุกข์</a></li>
    <li><a href="/anti-corruption">แจ้งเบาะแสการทุจริต</a></li>
    <li><a href="/contact">ติดต่อเรา</a></li>
  </ul>
</nav>
<div class="breadcrumb">หน้าหลัก › ITA › O36 รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</div>
<article>
  <h2>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</h2>
  <p class="meta">โดย admin2 | เผยแพร่เมื่อ 30 ก.ย. 2568 | เปิดอ่าน 152 ครั้ง</p>
  <p>องค์การบริหารส่วนตำบลหัวทะเลได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
  ประจำปีงบประมาณ พ.ศ. 2568 โดยมีผลการดำเนินงาน ดังนี้</p>
  <div class="ita-grid">
{grid}  </div>
  <p>ผู้รายงาน: นางสาวศิริพร ดวงดี นักวิเคราะห์นโยบายและแผน</p>
</article>
<aside class="widgets">
  <h3>ข่าวล่าสุด</h3>
  <ul class="news">
    <li><a href="/news/1201">ประกาศรับสมัครพนักงานจ้างตามภารกิจ</a></li>
    <li><a href="/news/1198">กำหนดการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568</a></li>
  </ul>
</aside>
<footer>
  องค์การบริหารส่วนตำบลหัวทะเล 99 หมู่ 5 ตำบลหัวทะเล อำเภอบ้านใหม่ไชยพจน์ จังหวัดบุรีรัมย์ 31120
  โทร. 0 4466 0000 | อีเมล saraban@huathalae.go.th
</footer>
</body>
</html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    write_expect(stem, """
family: html-ulgrid
description: >-
  A subdistrict administrative organisation's FY 2568 report as a page of its website (CMS
  theme): site header, a navigation menu, breadcrumb, article meta line, a sidebar of news and a
  footer. The report's table is not a <table>: each row is a <ul class="ita-row"> of <li> cells
  laid out with CSS flex, the first <ul> being the header row. Defects: no measure of the report
  covers a channel for corruption complaints (complaint-channel-missing); measure 6 (personnel
  criteria) has "&nbsp;" as its period (period-missing). Traps: the site menu links
  "ร้องเรียนร้องทุกข์" and "แจ้งเบาะแสการทุจริต" and the footer are page furniture, not measures,
  so the channel is still missing from the report; the news sidebar is a <ul> too but not part
  of the grid; the publication date 30 ก.ย. 2568 in the meta line is not a period.
agency: องค์การบริหารส่วนตำบลหัวทะเล
fiscal_year: 2568
measures: 9
findings:
  - rule: complaint-channel-missing
  - rule: period-missing
    measure: เผยแพร่หลักเกณฑ์การบริหารงานบุคคล
""")


# 20 ------------------------------------------------------------------------------------------
@document
def html_waffle_pcu_2567():
    stem = "html-waffle-pcu-2567"
    title = "ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    agency = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหัน อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"
    head = ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "สถานะ", "ผลการดำเนินงาน"]
    rows = [
        ["1", "จัดทำขั้นตอนการให้บริการและระยะเวลารอคอย ติดประกาศหน้าหน่วยบริการ", "ต.ค. 66 - ธ.ค. 66",
         "นางสาวจิราพร ศรีบุญ (พยาบาลวิชาชีพ)", "0", "เสร็จสิ้น",
         "ติดป้ายขั้นตอนบริการ 5 จุด และเผยแพร่ทางเพจ รพ.สต."],
        ["2", "นัดหมายผู้ป่วยโรคเรื้อรังและแจ้งเตือนวันนัดผ่าน LINE OA (E-Service)", "ม.ค. 67 - ก.ย. 67",
         "นายธนวัฒน์ พลเยี่ยม (นักวิชาการสาธารณสุข)", "0", "เสร็จสิ้น", "ผู้ป่วยลงทะเบียนรับการแจ้งเตือน 412 ราย"],
        ["3", "ประชาสัมพันธ์ข้อมูลสุขภาพและข่าวสารผ่านเพจ Facebook และ อสม.", "ต.ค. 66 - ก.ย. 67",
         "นายธนวัฒน์ พลเยี่ยม (นักวิชาการสาธารณสุข)", "1,200", "เสร็จสิ้น",
         "เผยแพร่ 96 เรื่อง อสม. ส่งต่อข่าวสารครบ 11 หมู่บ้าน"],
        ["4", "ควบคุมการเบิกจ่ายยาและเวชภัณฑ์ด้วยระบบบัญชีคลังยา", "ต.ค. 66 - ก.ย. 67",
         "นางสาวอรอุมา แก้วกาหลง (เจ้าพนักงานเภสัชกรรม)", "0", "เสร็จสิ้น",
         "ตรวจนับคลังยาทุกเดือน ยอดคงคลังตรงกับบัญชี"],
        ["5", "เผยแพร่ผลการจัดซื้อจัดจ้างวัสดุการแพทย์รายเดือน", "ต.ค. 66 - ก.ย. 67",
         "นางสาวอรอุมา แก้วกาหลง (เจ้าพนักงานเภสัชกรรม)", "0", "เสร็จสิ้น", "เผยแพร่ครบ 12 เดือนบนเว็บไซต์ อบจ."],
        ["6", "จัดทำช่องทางแจ้งเรื่องร้องเรียนการทุจริตออนไลน์ (QR Code) และจัดซื้อตู้รับเรื่องร้องเรียน",
         "ม.ค. 67 - มี.ค. 67", "ผู้อำนวยการ รพ.สต.", "รอเบิกจ่าย", "กำลังดำเนินการ",
         "ติดตั้ง QR Code แล้ว ตู้รับเรื่องร้องเรียนอยู่ระหว่างจัดซื้อ"],
        ["7", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "ต.ค. 66",
         "ผู้อำนวยการ รพ.สต.", "0", "เสร็จสิ้น", "ลงนามประกาศเมื่อ 2 ต.ค. 66 ติดประกาศหน้าหน่วยบริการ"],
        ["8", "ประชุมชี้แจงมาตรการป้องกันผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่", "ก.พ. 67", "ผู้อำนวยการ รพ.สต.", "0",
         "ยังไม่เริ่ม", "เลื่อนไปชี้แจงร่วมกับการประชุมประจำเดือน ส.ค. 67 เนื่องจากเจ้าหน้าที่ติดภารกิจรณรงค์ฉีดวัคซีน"],
    ]
    widths = [40, 330, 120, 220, 100, 100, 330]
    styles = """<style type="text/css">.ritz .waffle a { color: inherit; }
.ritz .waffle .s0{background-color:#ffffff;text-align:left;font-weight:bold;color:#000000;font-family:'Sarabun',Arial;font-size:14pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s1{background-color:#ffffff;text-align:left;color:#000000;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s2{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#d9ead3;text-align:center;font-weight:bold;color:#000000;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s3{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s4{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:right;color:#000000;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s5{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#b7e1cd;text-align:center;color:#0b8043;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:top;white-space:normal;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s6{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#fce8b2;text-align:center;color:#b45f06;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:top;white-space:normal;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s7{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#f4c7c3;text-align:center;color:#a61c00;font-family:'Sarabun',Arial;font-size:12pt;vertical-align:top;white-space:normal;direction:ltr;padding:2px 3px 2px 3px;}
</style>"""
    status_class = {"เสร็จสิ้น": "s5", "กำลังดำเนินการ": "s6", "ยังไม่เริ่ม": "s7"}
    out = []
    out.append('<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><link type="image/x-icon" '
               'rel="shortcut icon" href="https://ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico">'
               '<title>ITA_มาตรการ_รพ.สต.บ้านดอนหัน</title><link href="https://docs.google.com/static/spreadsheets2/'
               'client/css/3125233155-waffle_k_ltr.css" type="text/css" rel="stylesheet">' + styles)
    out.append('<div id="doc-title"><span class="name">ITA_มาตรการ_รพ.สต.บ้านดอนหัน</span>'
               '<span class="sheet-name">ชีต1</span></div>')
    out.append('<div id="sheets-viewport"><div id="0" style="display:none;position:relative;" dir="ltr">'
               '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">')
    th_cells = '<th class="row-header freezebar-origin-ltr"></th>' + "".join(
        f'<th id="0C{i}" style="width:{w}px;" class="column-headers-background">{chr(65 + i)}</th>'
        for i, w in enumerate(widths))
    out.append(f"<thead><tr>{th_cells}</tr></thead><tbody>")
    rno = [0]

    def tr(cells, height=20):
        rno[0] += 1
        n = rno[0]
        return (f'<tr style="height: {height}px"><th id="0R{n - 1}" style="height: {height}px;" '
                f'class="row-headers-background"><div class="row-header-wrapper" style="line-height: {height}px">'
                f'{n}</div></th>{cells}</tr>')

    empties = "".join('<td class="s1"></td>' for _ in range(5))
    out.append(tr(f'<td class="s0 softmerge" dir="ltr"><div class="softmerge-inner" style="width:1237px;left:-1px">'
                  f'{escape(title)}</div></td>' + "".join('<td class="s1"></td>' for _ in range(6)), 26))
    out.append(tr(f'<td class="s1 softmerge" dir="ltr"><div class="softmerge-inner" style="width:690px;left:-1px">'
                  f'{escape(agency)}</div></td>' + "".join('<td class="s1"></td>' for _ in range(6))))
    out.append(tr("".join('<td class="s1"></td>' for _ in range(7))))
    out.append(tr("".join(f'<td class="s2" dir="ltr">{escape(h)}</td>' for h in head), 40))
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i == 5:
                cells.append(f'<td class="{status_class[c]}" dir="ltr">{escape(c)}</td>')
            elif i in (0, 4):
                cells.append(f'<td class="s4" dir="ltr">{escape(c)}</td>')
            else:
                cells.append(f'<td class="s3" dir="ltr">{escape(c)}</td>')
        out.append(tr("".join(cells), 60))
    out.append(tr("".join('<td class="s1"></td>' for _ in range(7))))
    out.append(tr('<td class="s1"></td><td class="s1 softmerge" dir="ltr"><div class="softmerge-inner" '
                  'style="width:446px;left:-1px">อัปเดตล่าสุดโดย ผอ.รพ.สต. เพื่อเผยแพร่บนเว็บไซต์</div></td>'
                  + empties))
    out.append("</tbody></table></div></div></div>")
    out.append('<div id="footer"><a href="https://docs.google.com/spreadsheets/d/e/2PACX-1vQx/pubhtml">'
               'เผยแพร่โดยใช้ Google ชีต</a> – <a href="#">รายงานการละเมิด</a> – อัปเดตอัตโนมัติทุก 5 นาที</div>')
    html = "\n".join(out) + "\n"
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    write_expect(stem, """
family: html-waffle
description: >-
  A health-promoting hospital's (รพ.สต.) report published from Google Sheets ("publish to web"):
  a <table class="waffle"> whose first header row holds the column letters A-G and whose every
  row starts with a <th> row number, title rows as "softmerge" cells overflowing into empty
  neighbours, empty spacer rows, status cells coloured by class (เสร็จสิ้น / กำลังดำเนินการ /
  ยังไม่เริ่ม), the sheet's document title in a <div id="doc-title">, and Google's footer.
  Responsible units are named people. The periods lie in October 2566 - September 2567 but
  neither the title rows nor the document title state a fiscal year (fiscal-year-missing).
  Defects: besides the missing fiscal year, measure 6 (online corruption complaint channel and
  complaint box) gives "รอเบิกจ่าย" ("awaiting disbursement") as its budget, neither an amount nor
  "no budget used" (budget-unparseable). Traps: the column-letter row and the row-number cells
  are not data; "0" budgets are valid; measure 8 is ยังไม่เริ่ม but explains why; measure 6 is in
  progress with a result; the footer's "อัปเดตอัตโนมัติทุก 5 นาที" is not a period.
agency: โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหัน
fiscal_year: null
measures: 8
findings:
  - rule: fiscal-year-missing
  - rule: budget-unparseable
    measure: จัดทำช่องทางแจ้งเรื่องร้องเรียนการทุจริตออนไลน์
tolerated:
  - {rule: budget-missing, measure: จัดทำช่องทางแจ้งเรื่องร้องเรียนการทุจริตออนไลน์}
""")


# 21 ------------------------------------------------------------------------------------------
@document
def html_olinline_city_2569():
    stem = "html-olinline-city-2569"
    areas = [
        ("กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", [
            ("ทบทวนคู่มือการปฏิบัติงานและคู่มือสำหรับประชาชนของทุกส่วนราชการ", "ต.ค. ๖๘ – มี.ค. ๖๙",
             "ทุกสำนัก/กอง", "คู่มือครบทุกกระบวนงานที่ให้บริการ"),
            ("ประกาศมาตรฐานระยะเวลาการให้บริการ ณ ศูนย์บริการร่วม", "ต.ค. – ธ.ค. ๖๘", "สำนักปลัดเทศบาล",
             "ประกาศ ๑ ฉบับ"),
        ]),
        ("การให้บริการและระบบ E-Service", [
            ("ขยายบริการยื่นคำร้องและชำระค่าธรรมเนียมออนไลน์ (E-Service) ผ่านแอปพลิเคชันของเทศบาล",
             "ม.ค. – ก.ย. ๖๙", "กองยุทธศาสตร์และงบประมาณ\nกองคลัง", "บริการออนไลน์เพิ่มขึ้นไม่น้อยกว่า ๓ บริการ"),
        ]),
        ("ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร", [
            ("เผยแพร่ข้อมูลข่าวสารและข้อมูลสาธารณะ (OIT) ผ่านเว็บไซต์ เพจ Facebook และ LINE OA",
             "ตลอดปีงบประมาณ", "กองยุทธศาสตร์และงบประมาณ (ฝ่ายประชาสัมพันธ์)", "ปรับปรุงข้อมูลทุกเดือน"),
        ]),
        ("กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", [
            ("กำหนดแนวปฏิบัติการยืม-คืนทรัพย์สินและการขออนุญาตใช้รถยนต์ส่วนกลางผ่านระบบออนไลน์",
             "พ.ย. ๖๘ – ก.พ. ๖๙", "กองคลัง (ฝ่ายพัสดุและทรัพย์สิน)", "มีแนวปฏิบัติและแบบฟอร์มออนไลน์"),
        ]),
        ("กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", [
            ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. ๖๘ – ก.ย. ๖๙", "กองคลัง",
             "เผยแพร่ครบ ๑๒ เดือน"),
            ("รายงานผลการใช้จ่ายงบประมาณรายไตรมาสต่อผู้บริหารและสภาเทศบาล", "ม.ค. – ก.ย. ๖๙",
             "กองยุทธศาสตร์และงบประมาณ", "รายงาน ๓ ไตรมาส"),
        ]),
        ("กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", [
            ("เผยแพร่หลักเกณฑ์การบริหารงานบุคคล การเลื่อนขั้นเงินเดือน และการมอบหมายงาน", "ต.ค. ๖๘ – เม.ย. ๖๙",
             "สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)", "ประกาศก่อนรอบการประเมินทุกรอบ"),
        ]),
        ("กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", [
            ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ของนายกเทศมนตรี",
             "ต.ค. ๖๘", "สำนักปลัดเทศบาล", "ประกาศ ๑ ฉบับ และรายงานผลการรับของขวัญ"),
            ("พัฒนาช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป และรายงานสถิติรายไตรมาส",
             "ต.ค. ๖๘ – ก.ย. ๖๙", "สำนักปลัดเทศบาล (ฝ่ายนิติการ)", "ดำเนินการแล้วเสร็จภายใน ๓๐ วันทุกเรื่อง"),
        ]),
    ]
    parts = []
    for a, (area, measures) in enumerate(areas, 1):
        items = []
        for m, (name, period, resp, target) in enumerate(measures, 1):
            resp_html = escape(resp).replace("\n", " / ")
            items.append(
                f'        <li><strong>{escape(name)}</strong>'
                f'<span class="meta"> — ระยะเวลา: {escape(period)} · ผู้รับผิดชอบ: {resp_html}'
                f' · ตัวชี้วัด: {escape(target)}</span></li>')
        parts.append(f'    <li class="area"><h3>{escape(area)}</h3>\n      <ol class="measures">\n'
                     + "\n".join(items) + "\n      </ol>\n    </li>")
    body = "\n".join(parts)
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๙ - เทศบาลเมืองบางพระยา</title>
<style>
ol.areas > li > h3 {{ display: inline; font-size: 1.05em; }}
ol.measures {{ list-style-type: decimal; }}
ol.measures li {{ margin: .3em 0; }}
span.meta {{ color: #555; }}
</style>
</head>
<body>
<main>
  <h1>แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h1>
  <p class="org">เทศบาลเมืองบางพระยา อำเภอศรีราชา จังหวัดชลบุรี</p>
  <p>เทศบาลเมืองบางพระยาได้นำผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
  ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ มากำหนดมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำแนกตามประเด็นการประเมิน ๗ ประเด็น ดังนี้</p>
  <ol class="areas">
{body}
  </ol>
  <p>ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘</p>
  <p class="sign">(นายชาญชัย มั่นคง)<br>นายกเทศมนตรีเมืองบางพระยา</p>
</main>
</body>
</html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    write_expect(stem, """
family: html-olinline
description: >-
  A town municipality's FY 2569 measures plan as a web page made of nested ordered lists: the
  outer <ol> holds the seven ITA issues (each an <h3> inside the <li>), the inner <ol> the
  measures, and each measure is a single <li> with the name in <strong> followed by its fields
  inline in a <span>: "— ระยะเวลา: ... · ผู้รับผิดชอบ: ... · ตัวชี้วัด: ...". Numbers come from
  the list markup only (no digits in the text). A clean plan: 10 measures, each with a period
  inside FY 2569 and a responsible unit, covering all seven issues, the No Gift Policy and the
  corruption complaint channel. Traps: "ตลอดปีงบประมาณ" and "ต.ค. – ธ.ค. ๖๘" are valid periods
  inside FY 2569; the intro names FY 2568 (the analysed assessment); the signing date ๑ ตุลาคม
  ๒๕๖๘ is not a period; a plan needs no budget or result.
agency: เทศบาลเมืองบางพระยา
fiscal_year: 2569
measures: 10
findings: []
""")


# 22 ------------------------------------------------------------------------------------------
@document
def md_pandochtml_pao_2568():
    stem = "md-pandochtml-pao-2568"
    A = ["๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "๒. การให้บริการและระบบ E-Service",
         "๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร",
         "๔. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
         "๕. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
         "๖. กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
         "๗. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"]
    groups = [
        (A[0], [
            ("จัดทำคู่มือการปฏิบัติงานและมาตรฐานการให้บริการของทุกกอง", "ต.ค. ๖๗ – มี.ค. ๖๘", "ทุกกอง/สำนัก",
             "ไม่ใช้งบประมาณ", "จัดทำคู่มือ ๒๖ เรื่อง เผยแพร่บนเว็บไซต์ อบจ.",
             "เจ้าหน้าที่ปฏิบัติงานเป็นมาตรฐานเดียวกัน"),
            ("ลดขั้นตอนและระยะเวลาการอนุญาตขุดดินและถมดิน", "มิ.ย. ๖๘ – ม.ค. ๖๘", "กองช่าง", "ไม่ใช้งบประมาณ",
             "ลดระยะเวลาพิจารณาจาก ๓๐ วัน เหลือ ๒๐ วัน", "ผู้ขออนุญาตได้รับใบอนุญาตเร็วขึ้น"),
        ]),
        (A[1], [
            ("พัฒนาระบบจองใช้สนามกีฬาและสระว่ายน้ำของ อบจ. ผ่านระบบออนไลน์ (E-Service)", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กองการศึกษา ศาสนา และวัฒนธรรม", "๔๕,๐๐๐", "เปิดระบบจองออนไลน์เมื่อ ๑ ม.ค. ๖๘ มีการจอง ๑,๓๓๒ ครั้ง",
             "ลดการเดินทางมาติดต่อด้วยตนเอง"),
        ]),
        (A[2], [
            ("ประชาสัมพันธ์ข้อมูลข่าวสารผ่านสถานีวิทยุ อบจ. เว็บไซต์ และสื่อสังคมออนไลน์", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "สำนักปลัด อบจ. (ฝ่ายประชาสัมพันธ์)", "๑๘,๕๐๐", "เผยแพร่ข่าวสาร ๔๘๑ เรื่อง จัดรายการวิทยุ ๒๔๐ ตอน",
             "ประชาชนรับรู้ข้อมูลข่าวสารเพิ่มขึ้น"),
        ]),
        (A[3], [
            ("ตรวจสอบการใช้รถยนต์ส่วนกลางและเครื่องจักรกลของ อบจ.", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กองพัสดุและทรัพย์สิน\nกองช่าง", "ไม่ใช้งบประมาณ",
             "บันทึกการใช้รถและเครื่องจักรกล ๒,๑๐๔ ครั้ง ตรวจสอบรายเดือน", ""),
        ]),
        (A[4], [
            ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ต.ค. ๖๗ – ก.ย. ๖๘",
             "กองพัสดุและทรัพย์สิน", "ไม่ใช้งบประมาณ", "เผยแพร่ครบ ๑๒ เดือน รวม ๓๖๗ โครงการ",
             "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้"),
            ("เชิญผู้แทนภาคประชาชนร่วมสังเกตการณ์การจัดซื้อจัดจ้างโครงการขนาดใหญ่ (ข้อตกลงคุณธรรม)",
             "พ.ย. ๖๗ – ส.ค. ๖๘", "กองพัสดุและทรัพย์สิน", "ไม่ใช้งบประมาณ",
             "ผู้สังเกตการณ์ร่วม ๔ โครงการ", "ไม่มีข้อทักท้วงกระบวนการจัดซื้อจัดจ้าง"),
        ]),
        (A[5], [
            ("เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและผลการประเมินการปฏิบัติงาน", "ต.ค. ๖๗ – เม.ย. ๖๘",
             "กองการเจ้าหน้าที่", "ไม่ใช้งบประมาณ", "ประกาศหลักเกณฑ์ ๔ ฉบับ",
             "บุคลากรทราบหลักเกณฑ์ล่วงหน้า"),
        ]),
        (A[6], [
            ("ประกาศเจตนารมณ์ต่อต้านการทุจริตและการรับสินบนของนายกองค์การบริหารส่วนจังหวัด", "ธ.ค. ๖๗",
             "สำนักปลัด อบจ.", "๑๒,๐๐๐", "จัดกิจกรรมประกาศเจตนารมณ์ในวันต่อต้านคอร์รัปชันสากล ๙ ธ.ค. ๖๗ ผู้เข้าร่วม ๓๘๐ คน",
             "บุคลากรตระหนักถึงการต่อต้านการทุจริต"),
            ("จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ผ่านเว็บไซต์ โทรศัพท์ และตู้รับเรื่อง",
             "ต.ค. ๖๗ – ก.ย. ๖๘", "สำนักปลัด อบจ. (ฝ่ายนิติการ)", "ไม่ใช้งบประมาณ",
             "ได้รับเรื่องร้องเรียนการทุจริต ๓ เรื่อง ยุติแล้ว ๒ เรื่อง อยู่ระหว่างสอบข้อเท็จจริง ๑ เรื่อง",
             "ผู้ร้องได้รับแจ้งความคืบหน้าทุกเรื่อง"),
        ]),
    ]

    def p(text):
        return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n")) if text else ""

    lines = ['<table style="width:100%;">', "<colgroup>"]
    for w in [14, 20, 10, 12, 9, 19, 16]:
        lines.append(f'<col style="width: {w}%" />')
    lines += ["</colgroup>", "<thead>", '<tr class="header">',
              '<th rowspan="2"><p>ประเด็น</p></th>', '<th rowspan="2"><p>มาตรการ</p></th>',
              '<th rowspan="2"><p>ระยะเวลา</p></th>', '<th rowspan="2"><p>ผู้รับผิดชอบ</p></th>',
              '<th rowspan="2"><p>งบประมาณที่ใช้ (บาท)</p></th>', '<th colspan="2"><p>ผลการดำเนินงาน</p></th>',
              "</tr>", '<tr class="odd">', "<th><p>ผลผลิต (output)</p></th>", "<th><p>ผลลัพธ์ (outcome)</p></th>",
              "</tr>", "</thead>", "<tbody>"]
    k = 0
    for area, measures in groups:
        for j, m in enumerate(measures):
            k += 1
            lines.append(f'<tr class="{"odd" if k % 2 else "even"}">')
            if j == 0:
                rs = f' rowspan="{len(measures)}"' if len(measures) > 1 else ""
                lines.append(f"<td{rs}>{p(area)}</td>")
            for cell in m:
                lines.append(f"<td>{p(cell)}</td>")
            lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    md = (
        "# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
        "**องค์การบริหารส่วนจังหวัดสตูล**\n\n"
        "ตามที่องค์การบริหารส่วนจังหวัดสตูลได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตามผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ นั้น "
        "บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้\n\n"
        + "\n".join(lines) + "\n\n"
        "**หมายเหตุ** ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘\n\n"
        "ลงชื่อ ............................................ ผู้รายงาน  \n"
        "(นางสาวนูรีซา หมัดหลี)  \n"
        "นักวิเคราะห์นโยบายและแผนชำนาญการ\n"
    )
    (HERE / f"{stem}.md").write_text(md, encoding="utf-8")
    write_expect(stem, """
family: md-pandochtml
description: >-
  A provincial administrative organisation's FY 2568 report converted from Word to Markdown by
  pandoc: the heading, the agency in bold and the intro are Markdown, but the table had merged
  cells, so pandoc kept it as raw HTML inside the Markdown (<table> with <colgroup>, a two-row
  <thead> where "ผลการดำเนินงาน" spans "ผลผลิต (output)" and "ผลลัพธ์ (outcome)", issue cells with
  rowspan, every cell text wrapped in <p>). Defects: no measure covers the No Gift Policy
  (no-gift-policy-missing); the vehicle and machinery measure of issue ๔ has an empty outcome cell
  (outcome-missing); the excavation-permit measure runs "มิ.ย. ๖๘ – ม.ค. ๖๘", ending before it
  starts (period-reversed). Traps: "ประกาศเจตนารมณ์ต่อต้านการทุจริตและการรับสินบน" is an anti-corruption
  pledge, not a No Gift Policy; the output column is the result and the outcome column the
  outcome; rows under a rowspan issue cell have one cell fewer; the Markdown hard breaks ("  ")
  of the signature are not rows.
agency: องค์การบริหารส่วนจังหวัดสตูล
fiscal_year: 2568
measures: 10
findings:
  - rule: no-gift-policy-missing
  - rule: outcome-missing
    measure: ตรวจสอบการใช้รถยนต์ส่วนกลางและเครื่องจักรกล
  - rule: period-reversed
    measure: ลดขั้นตอนและระยะเวลาการอนุญาตขุดดิน
""")


# 23 ------------------------------------------------------------------------------------------
@document
def text_outline_sao_2565():
    stem = "text-outline-sao-2565"
    outline = [
        ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", [
            ("๑.๑", "จัดทำคู่มือการปฏิบัติงานและคู่มือสำหรับประชาชน", "ต.ค. ๖๕ – มี.ค. ๖๖", "ไม่ใช้งบประมาณ",
             "สำนักปลัด", "จัดทำคู่มือ ๑๒ กระบวนงาน เผยแพร่ ณ จุดบริการและเว็บไซต์ อบต. เมื่อ ๑๕ มี.ค. ๖๖"),
        ]),
        ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", [
            ("๒.๑", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาส", "ต.ค. ๖๕ – ก.ย. ๖๖",
             "ไม่ใช้งบประมาณ", "กองคลัง", "เผยแพร่แผน ๑ ฉบับ รายงานผล ๔ ไตรมาส บนเว็บไซต์และบอร์ด อบต."),
        ]),
        ("ตัวชี้วัดที่ ๓ การใช้อำนาจ", [
            ("๓.๑", "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนขั้นเงินเดือน", "ต.ค. ๖๕ – เม.ย. ๖๖",
             "ไม่ใช้งบประมาณ", None, "แจ้งเวียนหลักเกณฑ์ ๒ รอบการประเมิน ไม่มีผู้ทักท้วงผลการประเมิน"),
        ]),
        ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", [
            ("๔.๑", "จัดทำทะเบียนคุมการยืม-คืนพัสดุและการใช้รถยนต์ส่วนกลาง", "ต.ค. ๖๕ – ก.ย. ๖๖", "ไม่ใช้งบประมาณ",
             "กองคลัง (งานพัสดุ)", "บันทึกการยืม-คืน ๔๓ ครั้ง การใช้รถ ๕๑๒ ครั้ง คืนครบทุกรายการ"),
        ]),
        ("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", [
            ("๕.๑", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
             "ต.ค. – พ.ย. ๖๕", "ไม่ใช้งบประมาณ", "นายก อบต. / สำนักปลัด",
             "นายก อบต. ลงนามประกาศเมื่อ ๓ ต.ค. ๖๕ จัดกิจกรรมรณรงค์ และรายงานผลการรับของขวัญ"),
            ("๕.๒", "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ตู้รับเรื่อง เว็บไซต์ โทรศัพท์)",
             "ต.ค. ๖๕ – ก.ย. ๖๖", "๑,๕๐๐ บาท", "สำนักปลัด (งานนิติการ)",
             "ได้รับเรื่องร้องเรียนการทุจริต ๑ เรื่อง ตรวจสอบแล้วไม่มีมูล"),
        ]),
        ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", [
            ("๖.๑", "สำรวจความพึงพอใจของผู้รับบริการโดยสถาบันการศึกษา", "ม.ค. – มี.ค. ๖๖", "๑๐,๐๐๐ บาท",
             "สำนักปลัด", "ผู้รับบริการพึงพอใจร้อยละ ๙๓.๔๐"),
        ]),
        ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", [
            ("๗.๑", "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านหอกระจายข่าว เว็บไซต์ และเพจ Facebook", "ต.ค. ๖๕ – ก.ย. ๖๖",
             "๒,๔๐๐ บาท", "สำนักปลัด", "เผยแพร่ข่าวสาร ๑๔๒ เรื่อง"),
        ]),
        ("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", [
            ("๘.๑", "เปิดบริการยื่นคำร้องออนไลน์ (E-Service) ผ่าน Google Form", "ธ.ค. ๖๕ – ก.ย. ๖๖",
             "ไม่ใช้งบประมาณ", "สำนักปลัด (งานเทคโนโลยีสารสนเทศ)", "มีผู้ยื่นคำร้องออนไลน์ ๗๘ ราย"),
        ]),
        ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", [
            ("๙.๑", "ปรับปรุงเว็บไซต์ อบต. ให้เผยแพร่ข้อมูลสาธารณะครบตามรายการ OIT", "ต.ค. ๖๕ – มี.ค. ๖๖",
             "๕,๐๐๐ บาท", "สำนักปลัด", "เผยแพร่ข้อมูลครบ ๔๓ รายการ"),
        ]),
        ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", [
            ("๑๐.๑", "จัดทำแผนปฏิบัติการป้องกันการทุจริตและประเมินความเสี่ยงการทุจริต", "ม.ค. – มี.ค. ๖๖",
             "ไม่ใช้งบประมาณ", "สำนักปลัด", "จัดทำแผน ๑ ฉบับ ประเมินความเสี่ยง ๓ กระบวนงาน"),
        ]),
    ]
    out = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        "องค์การบริหารส่วนตำบลโนนสำราญ อำเภอกันทรลักษ์ จังหวัดศรีสะเกษ",
        "",
    ]
    for heading, measures in outline:
        out.append(heading)
        for num, name, period, budget, resp, result in measures:
            out.append(f"    {num} {name}")
            fields = [period, budget] + ([resp] if resp else [])
            out.append("        (" + " / ".join(fields) + ")")
            out.append(f"        ผล: {result}")
        out.append("")
    out += [
        "                                        ลงชื่อ  สมหมาย  ใจซื่อ",
        "                                        (นายสมหมาย  ใจซื่อ)",
        "                                        ปลัดองค์การบริหารส่วนตำบลโนนสำราญ",
    ]
    (HERE / f"{stem}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    write_expect(stem, """
family: text-outline
description: >-
  A subdistrict administrative organisation's report as plain text copied from a Word outline:
  the ten indicators are headings ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"), each measure is an indented
  numbered line (๑.๑, ๕.๒, ๑๐.๑), followed by one parenthesised line of slash-separated fields
  "(period / budget / responsible unit)" and an indented "ผล: ..." result line. Defects: the title
  says ประจำปีงบประมาณ พ.ศ. ๒๕๖๕, but all 11 periods lie in FY 2566 (ต.ค. ๖๕ – ก.ย. ๖๖ and parts of
  it): the title was not updated (fiscal-year-mismatch); measure ๓.๑ (evaluation criteria) has only
  two fields in its parentheses, period and budget, and names no responsible unit
  (responsible-missing). Traps: the field order inside the parentheses is fixed (period, budget,
  responsible), so the missing third field is the responsible unit, not the budget; "๑,๕๐๐ บาท"
  carries a unit; the signature block is not a measure. Each period is outside the stated year
  only because the title is wrong, so per-measure period-outside-fiscal-year findings are
  tolerated.
agency: องค์การบริหารส่วนตำบลโนนสำราญ
fiscal_year: 2565
measures: 11
findings:
  - rule: fiscal-year-mismatch
  - rule: responsible-missing
    measure: เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงาน
tolerated: [period-outside-fiscal-year]
""")


# 24 ------------------------------------------------------------------------------------------
@document
def text_excelclip_probation_2568():
    stem = "text-excelclip-probation-2568"
    head = ["ที่", "มาตรการ", "ขั้นตอนการดำเนินงาน", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณที่ใช้\n(บาท)",
            "ผลการดำเนินงาน", "ผลลัพธ์"]
    rows = [
        ["1", "ทบทวนคู่มือการปฏิบัติงานด้านการคุมความประพฤติและคู่มือสำหรับประชาชน",
         "1. ทบทวนขั้นตอนงาน\n2. ปรับปรุงคู่มือ\n3. เผยแพร่บนเว็บไซต์", "1 ต.ค. 67 -\n31 มี.ค. 68",
         "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ", "ปรับปรุงคู่มือ 7 เรื่อง", "เจ้าหน้าที่ปฏิบัติงานเป็นมาตรฐานเดียวกัน"],
        ["2", "ให้บริการรายงานตัวผู้ถูกคุมความประพฤติผ่านระบบออนไลน์ (E-Service)",
         "1. ประชาสัมพันธ์ช่องทาง\n2. ตรวจสอบการรายงานตัวรายเดือน", "1 ต.ค. 67 -\n30 ก.ย. 68",
         "กลุ่มงานคุมความประพฤติ", "ไม่ใช้งบประมาณ", "ผู้ถูกคุมความประพฤติรายงานตัวออนไลน์ 1,482 ราย",
         "ลดภาระการเดินทางมาสำนักงาน"],
        ["3", "ประชาสัมพันธ์ผลการดำเนินงานและข้อมูลข่าวสารผ่านเว็บไซต์และเพจ Facebook",
         "เผยแพร่ข่าวสารอย่างน้อยสัปดาห์ละ 1 เรื่อง", "ต.ค. 67 - ก.ย. 68", "ฝ่ายบริหารทั่วไป",
         "1,500", "เผยแพร่ข่าวสาร 96 เรื่อง", "ประชาชนเข้าถึงข้อมูลได้สะดวก"],
        ["4", "ควบคุมการใช้รถยนต์ราชการและอุปกรณ์ติดตามตัว (EM) ของสำนักงาน",
         "1. บันทึกการยืม-คืนอุปกรณ์\n2. ตรวจนับอุปกรณ์รายเดือน", "ต.ค. 67 - ก.ย. 68",
         "ฝ่ายบริหารทั่วไป\nกลุ่มงานคุมความประพฤติ", "ไม่ใช้งบประมาณ", "ตรวจนับอุปกรณ์ EM ครบทุกเดือน",
         "ไม่มีอุปกรณ์สูญหาย"],
        ["5", "เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน", "เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป",
         "ต.ค. 67 - ก.ย. 68", "ฝ่ายบริหารทั่วไป (งานพัสดุ)", "ไม่ใช้งบประมาณ", "เผยแพร่ครบ 12 เดือน",
         "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้"],
        ["6", "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติราชการและการมอบหมายคดี",
         "แจ้งหลักเกณฑ์ก่อนรอบการประเมิน", "ต.ค. 67 - เม.ย. 68", "ฝ่ายบริหารทั่วไป", "ไม่ใช้งบประมาณ",
         "แจ้งเวียนหลักเกณฑ์ 2 รอบ", "เจ้าหน้าที่ทราบหลักเกณฑ์ล่วงหน้า"],
        ["7", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "1. ผู้อำนวยการลงนามประกาศ\n2. จัดกิจกรรม \"\"งดให้ งดรับ\"\" ช่วงปีใหม่\n3. รายงานผลการรับของขวัญ",
         "ต.ค. 67 - ม.ค. 68", "ผู้อำนวยการสำนักงาน", "ไม่ใช้งบประมาณ", "ประกาศเมื่อ 4 ต.ค. 67",
         "ไม่มีเจ้าหน้าที่รับของขวัญ"],
        ["8", "จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากเรื่องร้องเรียนทั่วไป",
         "เปิดช่องทางเว็บไซต์ โทรศัพท์ และกล่องรับเรื่อง", "ต.ค. 67 - ก.ย. 68", "ฝ่ายบริหารทั่วไป",
         "ไม่ใช้งบประมาณ", "ได้รับเรื่อง 1 เรื่อง ตรวจสอบแล้วเสร็จ", "ผู้ร้องได้รับแจ้งผลภายใน 15 วัน"],
        ["9", "อบรมโครงการ \"\"คุมประพฤติใสสะอาด\"\" เสริมสร้างจริยธรรมและป้องกันผลประโยชน์ทับซ้อน",
         "จัดอบรม 1 วัน", "ธ.ค. 67", "ฝ่ายบริหารทั่วไป", "6,200", "ผู้เข้าอบรม 34 คน",
         "เจ้าหน้าที่แยกแยะประโยชน์ส่วนตนและส่วนรวมได้"],
    ]

    def cell(c):
        # Excel puts a cell in quotes when it holds a line break or a quote (quotes already doubled above)
        if "\n" in c or '"' in c:
            return '"' + c + '"'
        return c

    lines = [
        "ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
        "สำนักงานคุมประพฤติจังหวัดสระแก้ว",
        "",
        "\t".join(cell(h) for h in head),
    ] + ["\t".join(cell(c) for c in r) for r in rows]
    (HERE / f"{stem}.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    write_expect(stem, """
family: text-excelclip
description: >-
  A provincial probation office's FY 2568 report pasted as text straight from an Excel
  selection: two title lines typed above it, then tab-separated rows in which every cell that
  holds a line break (numbered steps, a period split over two lines, the budget header
  "งบประมาณที่ใช้ / (บาท)") is wrapped in double quotes, with the quotes inside doubled
  (""งดให้ งดรับ""), so one table row spans several physical lines; CRLF line ends. A clean
  report: 9 measures, each with steps, period, responsible unit, budget used, result and
  outcome, including the No Gift Policy and the corruption complaint channel. Traps: the line
  breaks inside quoted cells are not new rows; "1 ต.ค. 67 -" / "31 มี.ค. 68" is one period; the
  doubled quotes belong to project names; "ธ.ค. 67" is inside FY 2568.
agency: สำนักงานคุมประพฤติจังหวัดสระแก้ว
fiscal_year: 2568
measures: 9
findings: []
""")


def main(argv):
    _LO_PROFILE.mkdir(exist_ok=True)
    pattern = argv[1] if len(argv) > 1 else ""
    for fn in DOCS:
        name = fn.__name__.replace("_", "-")
        if pattern and pattern not in name:
            continue
        print("building", name)
        fn()


if __name__ == "__main__":
    main(sys.argv)
