"""Build the holdout4 documents that `tests/corpus/build.py` specs cannot express.

    .venv/bin/python tests/corpus/holdout4/generate.py            # every document below
    .venv/bin/python tests/corpus/holdout4/generate.py STEM ...   # some of them

Arrangements made here: Word automatic list numbering (the "List Number" style, and explicit numPr
with a two-level list of our own in numbering.xml), a two-column (newspaper) section, a portrait memo
page followed by a landscape section, a cover page and a table of contents with dotted leaders,
header cells with rotated text (btLr), and tables nested in a layout table. The data of every
document is in this file. PDFs come from LibreOffice (`soffice --headless --convert-to pdf`) run on
the Word file, which is then thrown away unless the .docx is itself the document. Core-property
dates, zip entry times and PDF dates/IDs are fixed, so a rebuild gives the same bytes as long as
LibreOffice and the fonts do not change.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


# ------------------------------------------------------------------------------------------ helpers


def _size(rpr: Any, size: float) -> None:
    half = str(round(size * 2))
    sz = rpr.get_or_add_sz()
    sz.set(qn("w:val"), half)
    cs = rpr.find(qn("w:szCs"))
    if cs is None:
        cs = OxmlElement("w:szCs")
        sz.addnext(cs)
    cs.set(qn("w:val"), half)


def new_document(font: str = "Laksaman", size: float = 14, landscape: bool = False) -> Any:
    document = docx.Document()
    normal = document.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    _size(rpr, size)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section = document.sections[0]
    page(section, landscape)
    return document


def page(section: Any, landscape: bool) -> None:
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
    margin = Cm(1.8)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin


def usable(section: Any) -> int:
    return int(section.page_width - section.left_margin - section.right_margin)


def para(
    container: Any,
    text: str = "",
    bold: bool = False,
    center: bool = False,
    size: float | None = None,
    indent: float = 0,
    style: str | None = None,
    right: bool = False,
) -> Any:
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
            run._r.get_or_add_rPr().get_or_add_bCs()
        if size:
            _size(run._r.get_or_add_rPr(), size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        paragraph.paragraph_format.left_indent = Cm(1.27 * indent)
    return paragraph


def page_break(document: Any) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _borders(table: Any, visible: bool) -> None:
    properties = table._tbl.tblPr
    old = properties.find(qn("w:tblBorders"))
    if old is not None:
        properties.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        if visible:
            element.set(qn("w:val"), "single")
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
        else:
            element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.get_or_add_tblLayout().addprevious(borders)


def _layout(rows: list[list[Any]]) -> tuple[list[tuple[int, int, int, int, Any]], int]:
    """Place cells as HTML does: a cell skips the slots a rowspan above already took."""
    taken: set[tuple[int, int]] = set()
    placed = []
    width = 0
    for r, cells in enumerate(rows):
        c = 0
        for spec in cells:
            while (r, c) in taken:
                c += 1
            rs = spec.get("rowspan", 1) if isinstance(spec, dict) else 1
            cs = spec.get("colspan", 1) if isinstance(spec, dict) else 1
            placed.append((r, c, rs, cs, spec))
            taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
            c += cs
        width = max([width, c, *(col + 1 for row, col in taken if row == r)])
    return placed, width


def table(
    container: Any,
    rows: list[list[Any]],
    widths: list[float],
    total: int,
    header: int = 1,
    borders: bool = True,
    size: float = 12,
    header_height: float | None = None,
) -> Any:
    """A table from rows of cells: a string (lines are paragraphs) or {text, colspan, rowspan,
    bold, center, rotate}; widths are relative, `total` the table's width in EMU."""
    placed, width = _layout(rows)
    tbl = container.add_table(rows=len(rows), cols=width)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(tbl, borders)
    tbl.autofit = False
    emu = [int(total * w / sum(widths)) for w in widths]
    for column, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), emu, strict=True):
        column.set(qn("w:w"), str(int(w / 635)))
    for row in tbl.rows:
        for index, cell in enumerate(row.cells):
            cell.width = emu[index]
    for r, c, rs, cs, spec in placed:
        cell = tbl.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(tbl.cell(r + rs - 1, c + cs - 1))
        options = spec if isinstance(spec, dict) else {"text": spec}
        text = "" if options.get("text") is None else str(options["text"])
        cell.vertical_alignment = (
            WD_CELL_VERTICAL_ALIGNMENT.CENTER if options.get("rotate") else WD_CELL_VERTICAL_ALIGNMENT.TOP
        )
        for number, line in enumerate(text.split("\n")):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(0)
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(line)
            _size(run._r.get_or_add_rPr(), size)
            if options.get("bold") or r < header:
                run.bold = True
                run._r.get_or_add_rPr().get_or_add_bCs()
            if options.get("center") or r < header:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if options.get("rotate"):
            direction = OxmlElement("w:textDirection")
            direction.set(qn("w:val"), "btLr")
            tcpr = cell._tc.get_or_add_tcPr()
            valign = tcpr.find(qn("w:vAlign"))
            if valign is not None:
                valign.addprevious(direction)
            else:
                tcpr.append(direction)
    for row in tbl.rows[:header]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    if header_height:
        height = parse_xml(
            f'<w:trHeight {nsdecls("w")} w:val="{int(header_height * 567)}" w:hRule="atLeast"/>'
        )
        tbl.rows[header - 1]._tr.get_or_add_trPr().append(height)
    return tbl


def save_docx(document: Any, out: Path) -> None:
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_printed = FIXED
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.core_properties.revision = 1
    document.save(str(out))
    entries = []
    with zipfile.ZipFile(out) as package:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>2024-01-01T00:00:00Z\g<2>",
                    data,
                )
            entries.append((info.filename, data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, data)


_PDF_FIXES = [
    (rb"/(?:CreationDate|ModDate)\s*\(D:([0-9]{14})", b"20240101000000"),
    (rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", b"0"),
    (rb"/DocChecksum\s*/([0-9A-Fa-f]+)", b"0"),
    (rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<", b"2024-01-01T00:00:00Z "),
]


def _fixed_pdf(data: bytes) -> bytes:
    """Blank dates and IDs in place, keeping every byte offset."""
    for pattern, fill in _PDF_FIXES:

        def replace(match: re.Match[bytes], fill: bytes = fill) -> bytes:
            whole, base = bytearray(match.group(0)), match.start(0)
            for group in range(1, (match.re.groups or 0) + 1):
                start, end = match.start(group) - base, match.end(group) - base
                whole[start:end] = (fill * (end - start))[: end - start]
            return bytes(whole)

        data = re.sub(pattern, replace, data)
    return data


def save_pdf(document: Any, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="holdout4-") as tmp:
        word = Path(tmp, out.stem + ".docx")
        save_docx(document, word)
        profile = Path(tmp, "profile").as_uri()
        soffice = shutil.which("soffice") or "soffice"
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(word),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "TZ": "UTC"},
        )
        made = Path(tmp, out.stem + ".pdf")
        if done.returncode != 0 or not made.exists():
            raise SystemExit(f"soffice failed on {word.name}: {done.stderr or done.stdout}")
        out.write_bytes(_fixed_pdf(made.read_bytes()))


def labelled(document: Any, fields: list[tuple[str, str]], indent: float = 1) -> None:
    for label, value in fields:
        para(document, f"{label} : {value}".rstrip(), indent=indent)


# ------------------------------------------------------------------ docx-autonumber (List Number)


def docx_autonumber_kanchanaburi_pao_2568(out: Path) -> None:
    """Measures as Word "List Number" paragraphs: the number lives in numbering.xml."""
    document = new_document(size=15)
    para(
        document,
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        bold=True,
        center=True,
        size=17,
    )
    para(document, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True, size=17)
    para(document, "องค์การบริหารส่วนจังหวัดกาญจนบุรี", bold=True, center=True, size=17)
    para(document)
    para(
        document,
        "องค์การบริหารส่วนจังหวัดกาญจนบุรีได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
        "ซึ่งกำหนดขึ้นจากผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ผลการดำเนินการ ณ วันที่ "
        "๓๐ กันยายน ๒๕๖๘ มีรายละเอียด ดังนี้",
        indent=1,
    )
    measures = [
        (
            "โครงการพัฒนาระบบบริการอิเล็กทรอนิกส์ (E-Service) การขออนุญาตใช้อาคารและสถานที่ของ อบจ.",
            [
                ("ระยะเวลาดำเนินการ", "ต.ค. ๖๗ – มี.ค. ๖๘"),
                ("ผู้รับผิดชอบ", "กองยุทธศาสตร์และงบประมาณ (ฝ่ายเทคโนโลยีสารสนเทศ)"),
                ("งบประมาณ", "๙๘,๐๐๐ บาท"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", "เปิดให้บริการยื่นคำขอออนไลน์ตั้งแต่ ๑ เม.ย. ๒๕๖๘ มีผู้ใช้บริการ ๒๓๖ ราย"),
            ],
        ),
        (
            "การเผยแพร่ข้อมูลข่าวสารและประชาสัมพันธ์ผ่านเว็บไซต์ Facebook และ Line OA ของ อบจ.",
            [
                ("ระยะเวลาดำเนินการ", "ตลอดปีงบประมาณ"),
                ("ผู้รับผิดชอบ", "สำนักปลัดองค์การบริหารส่วนจังหวัด (ฝ่ายประชาสัมพันธ์)"),
                ("งบประมาณ", "ไม่ใช้งบประมาณ"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", "เผยแพร่ข่าวสาร ๓๑๒ เรื่อง และปรับปรุงข้อมูลตามตัวชี้วัด OIT ครบทุกข้อ"),
            ],
        ),
        (
            "การเผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน",
            [
                ("ระยะเวลาดำเนินการ", "ต.ค. ๖๗ – ก.ย. ๖๘"),
                ("ผู้รับผิดชอบ", "กองพัสดุและทรัพย์สิน"),
                ("งบประมาณ", "ไม่ใช้งบประมาณ"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", ""),
            ],
        ),
        (
            "การจัดทำทะเบียนคุมทรัพย์สินและระบบยืม-คืนพัสดุของทางราชการ",
            [
                ("ระยะเวลาดำเนินการ", "พ.ย. ๖๗ – ส.ค. ๖๘"),
                ("ผู้รับผิดชอบ", "กองพัสดุและทรัพย์สิน"),
                ("งบประมาณ", "ไม่ใช้งบประมาณ"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", "จัดทำทะเบียนคุมครุภัณฑ์ ๔,๘๑๒ รายการ และแบบฟอร์มยืม-คืนออนไลน์"),
            ],
        ),
        (
            "การเผยแพร่หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            [
                ("ระยะเวลาดำเนินการ", "ธ.ค. ๖๗ – ก.พ. ๖๘"),
                ("ผู้รับผิดชอบ", "กองการเจ้าหน้าที่"),
                ("งบประมาณ", "ไม่ใช้ งบประมาณ"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", "เผยแพร่หลักเกณฑ์การสรรหา การประเมินผล และการเลื่อนขั้นเงินเดือนบนเว็บไซต์"),
            ],
        ),
        (
            "ปรับปรุงขั้นตอนและช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            [
                ("ระยะเวลาดำเนินการ", "ตลอดปีงบประมาณ"),
                ("ผู้รับผิดชอบ", "สำนักปลัดองค์การบริหารส่วนจังหวัด (ศูนย์รับเรื่องร้องเรียน)"),
                ("งบประมาณ", "๒,๐๐๐ บาท"),
                ("สถานะ", "ดำเนินการแล้ว"),
                (
                    "ผลการดำเนินงาน",
                    "เพิ่มแบบฟอร์มร้องเรียนการทุจริตออนไลน์แยกจากเรื่องร้องเรียนทั่วไป และรายงานสถิติรายไตรมาส ไม่พบเรื่องร้องเรียน",
                ),
            ],
        ),
        (
            "โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน",
            [
                ("ระยะเวลาดำเนินการ", "๑๘ – ๑๙ มิ.ย. ๖๘"),
                ("ผู้รับผิดชอบ", "กองการเจ้าหน้าที่"),
                ("งบประมาณ", "๑๒๖,๕๐๐ บาท"),
                ("สถานะ", "ดำเนินการแล้ว"),
                ("ผลการดำเนินงาน", "อบรมผู้บริหาร สมาชิกสภา และบุคลากร รวม ๒๑๐ คน ณ ห้องประชุม อบจ.กาญจนบุรี"),
            ],
        ),
    ]
    for name, fields in measures:
        para(document, name, bold=True, style="List Number")
        labelled(document, fields, indent=1)
    para(document)
    para(document, "ผู้รายงาน  นายสมเกียรติ  วงศ์ใหญ่", indent=6)
    para(document, "ปลัดองค์การบริหารส่วนจังหวัดกาญจนบุรี", indent=6)
    save_docx(document, out)


# ------------------------------------------------------------ docx-autonumber (explicit numPr)

_NUMBERING = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="992" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def _numbered(document: Any, text: str, level: int, num_id: int, bold: bool = False) -> None:
    paragraph = para(document, text, bold=bold)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def docx_autonumber_dansai_hospital_2567(out: Path) -> None:
    """A plan whose areas (1., 2., 3.) and measures (1.1, 1.2 ...) are numbered by an explicit
    numPr pointing at a two-level list added to numbering.xml; the paragraph text has no number."""
    document = new_document(size=15)
    numbering = document.part.numbering_part.element
    abstract = parse_xml(_NUMBERING.format(ns=nsdecls("w")))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)  # abstractNum elements come before num elements
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    para(
        document, "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True, size=17
    )
    para(document, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True, size=17)
    para(document, "โรงพยาบาลสมเด็จพระยุพราชด่านซ้าย จังหวัดเลย", bold=True, center=True, size=17)
    para(document)
    para(
        document,
        "โรงพยาบาลสมเด็จพระยุพราชด่านซ้ายได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และกำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้",
        indent=1,
    )
    areas = [
        (
            "ด้านการปฏิบัติหน้าที่และการใช้อำนาจ",
            [
                (
                    "มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์",
                    [
                        ("วิธีดำเนินการ", "ให้คณะกรรมการพิจารณาผลการจัดซื้อลงนามแบบแสดงความไม่มีส่วนได้เสียทุกครั้ง"),
                        ("ระยะเวลา", "ธ.ค. ๖๖ – ก.ย. ๖๗"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ"),
                        ("ตัวชี้วัด", "ร้อยละ ๑๐๐ ของการจัดซื้อมีแบบแสดงความไม่มีส่วนได้เสีย"),
                    ],
                ),
                (
                    "มาตรการตรวจสอบการใช้ดุลพินิจในการให้บริการผู้ป่วยนอก (ระบบคิวตรวจ)",
                    [
                        ("วิธีดำเนินการ", "ใช้บัตรคิวอัตโนมัติและประกาศลำดับคิวบนจอ ตรวจสอบการแซงคิวรายเดือน"),
                        ("ระยะเวลา", "ม.ค. – มี.ค. ๖๗"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)"),
                        ("ตัวชี้วัด", "ไม่มีเรื่องร้องเรียนการให้บริการไม่เป็นไปตามลำดับคิว"),
                    ],
                ),
            ],
        ),
        (
            "ด้านการใช้ทรัพย์สินของราชการและงบประมาณ",
            [
                (
                    "มาตรการกำกับการยืมใช้ทรัพย์สินและรถราชการ (ระบบขออนุญาตใช้รถออนไลน์)",
                    [
                        ("วิธีดำเนินการ", "จัดทำแนวปฏิบัติและแบบขออนุญาตใช้รถราชการออนไลน์ ตรวจสอบสมุดบันทึกการใช้รถ"),
                        ("ระยะเวลา", "ต.ค. ๖๖ – ก.ย. ๖๗"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานบริหารทั่วไป"),
                        ("ตัวชี้วัด", "มีทะเบียนคุมการยืมทรัพย์สินครบทุกรายการ"),
                    ],
                ),
                (
                    "เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่ายเงินบำรุงรายไตรมาส",
                    [
                        ("วิธีดำเนินการ", "เผยแพร่แผนและรายงานการใช้จ่ายบนเว็บไซต์ของโรงพยาบาล"),
                        ("ระยะเวลา", "ต.ค. ๖๖ – ก.ย. ๖๗"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานบริหารทั่วไป (งานการเงินและบัญชี)"),
                        ("ตัวชี้วัด", "เผยแพร่รายงานครบ ๔ ไตรมาส"),
                    ],
                ),
            ],
        ),
        (
            "ด้านการแก้ไขปัญหาและป้องกันการทุจริต",
            [
                (
                    "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                    [
                        (
                            "วิธีดำเนินการ",
                            "ผู้อำนวยการลงนามประกาศนโยบาย เผยแพร่ช่วงเทศกาลปีใหม่ และรายงานผลการรับของขวัญ",
                        ),
                        ("ระยะเวลา", "๑ – ๓๑ ธ.ค. ๖๖"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานบริหารทั่วไป"),
                        ("ตัวชี้วัด", "มีประกาศนโยบายและรายงานผลต่อผู้บริหาร"),
                    ],
                ),
                (
                    "พัฒนาช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านเว็บไซต์และ QR Code",
                    [
                        (
                            "วิธีดำเนินการ",
                            "จัดทำแบบฟอร์มร้องเรียนการทุจริตออนไลน์แยกจากเรื่องร้องเรียนทั่วไป พร้อมสถิติรายไตรมาส",
                        ),
                        ("ระยะเวลา", "ต.ค. ๖๖ – ก.ย. ๖๗"),
                        ("ผู้รับผิดชอบ", "ศูนย์รับเรื่องร้องเรียน (กลุ่มงานประกันสุขภาพ)"),
                        ("ตัวชี้วัด", "มีช่องทางร้องเรียนการทุจริตออนไลน์ที่ใช้งานได้"),
                    ],
                ),
                (
                    'กิจกรรม "ด่านซ้ายโปร่งใส ใส่ใจคุณธรรม" ส่งเสริมวัฒนธรรมองค์กรต่อต้านการทุจริต',
                    [
                        ("วิธีดำเนินการ", "จัดกิจกรรมเนื่องในวันต่อต้านคอร์รัปชันสากล และมอบเกียรติบัตรหน่วยงานต้นแบบ"),
                        ("ระยะเวลา", "๙ ธ.ค. ๖๖"),
                        ("ผู้รับผิดชอบ", "กลุ่มงานบริหารทรัพยากรบุคคล"),
                        ("ตัวชี้วัด", "บุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ ๘๐"),
                    ],
                ),
            ],
        ),
    ]
    for area, measures in areas:
        _numbered(document, area, 0, 90, bold=True)
        for name, fields in measures:
            _numbered(document, name, 1, 90)
            labelled(document, fields, indent=1.5)
    para(document)
    para(document, "(นายแพทย์ธีรวัฒน์  แสนทวีสุข)", center=True)
    para(document, "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชด่านซ้าย", center=True)
    save_docx(document, out)


# ---------------------------------------------------------------------------------- pdf-twocolumn


def pdf_twocolumn_lampang_dlt_2568(out: Path) -> None:
    """Title in a one-column section, then a continuous section with two newspaper columns."""
    document = new_document(size=14)
    para(
        document,
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        bold=True,
        center=True,
        size=16,
    )
    para(document, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True, size=16)
    para(document, "สำนักงานขนส่งจังหวัดลำปาง  กรมการขนส่งทางบก", bold=True, center=True, size=16)
    para(document)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    measures = [
        (
            "มาตรการลดขั้นตอนและระยะเวลาการให้บริการงานทะเบียนรถ (ระบบจองคิวออนไลน์)",
            "ต.ค. ๖๗ – ก.ย. ๖๘",
            "กลุ่มทะเบียนรถ",
            "ไม่ใช้งบประมาณ",
            "เปิดให้จองคิวล่วงหน้าผ่านแอปพลิเคชัน ผู้ใช้บริการ ๘,๔๑๒ ราย ลดเวลารอเฉลี่ยจาก ๔๕ นาทีเหลือ ๑๘ นาที",
        ),
        (
            "มาตรการป้องกันการเรียกรับสินบนในการสอบใบอนุญาตขับรถ",
            "ต.ค. ๖๗ – มี.ค. ๖๘",
            "ฝ่ายใบอนุญาตขับรถ",
            "๔๕,๘๐๐ บาท",
            "ติดตั้งกล้องวงจรปิดในสนามสอบ ๖ จุด และประกาศผลสอบผ่านระบบอัตโนมัติ",
        ),
        (
            "มาตรการเผยแพร่ข้อมูลข่าวสารบนเว็บไซต์และเพจ Facebook ของสำนักงาน",
            "ตลอดปีงบประมาณ",
            "ฝ่ายบริหารทั่วไป",
            "ไม่ใช้งบประมาณ",
            "เผยแพร่ข้อมูลตามตัวชี้วัด OIT และข่าวประชาสัมพันธ์ ๑๔๗ เรื่อง",
        ),
        (
            "มาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
            "ธ.ค. ๖๗ – ม.ค. ๖๘",
            "",
            "ไม่ใช้งบประมาณ",
            "ขนส่งจังหวัดลำปางลงนามประกาศนโยบายเมื่อ ๑๖ ธ.ค. ๖๗ และติดประกาศ ณ จุดบริการทุกจุด",
        ),
        (
            "มาตรการจัดการเรื่องร้องเรียนการทุจริตและช่องทางแจ้งเบาะแส (สายด่วน ๑๕๘๔ และเว็บไซต์)",
            "ต.ค. ๖๗ – ก.ย. ๖๘",
            "ฝ่ายบริหารทั่วไป",
            "ไม่ใช้งบประมาณ",
            "รายงานสถิติเรื่องร้องเรียนรายไตรมาส ได้รับเรื่องร้องเรียนการให้บริการ ๓ เรื่อง ดำเนินการแล้วเสร็จทุกเรื่อง",
        ),
        (
            "มาตรการตรวจสอบการใช้รถราชการและทรัพย์สินของราชการ",
            "ม.ค. – มิ.ย. ๖๘",
            "ฝ่ายบริหารทั่วไป (งานพัสดุ)",
            "ไม่ใช้งบประมาณ",
            "ตรวจสอบสมุดบันทึกการใช้รถราชการรายเดือนและตรวจนับพัสดุประจำปี",
        ),
        (
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "ตามความเหมาะสม",
            "ฝ่ายบริหารทั่วไป (งานพัสดุ)",
            "ไม่ใช้งบประมาณ",
            "เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์",
        ),
        (
            "โครงการอบรมจริยธรรมและวินัยข้าราชการ",
            "๒๕ มิ.ย. ๖๘",
            "ฝ่ายบริหารทั่วไป",
            "๑๒,๐๐๐ บาท",
            "อบรมข้าราชการและพนักงานราชการ ๔๖ คน",
        ),
    ]
    thai = "๐๑๒๓๔๕๖๗๘๙"
    for number, (name, period, responsible, budget, result) in enumerate(measures, start=1):
        para(document, f"{thai[number]}. {name}", bold=True)
        labelled(
            document,
            [
                ("ระยะเวลา", period),
                ("ผู้รับผิดชอบ", responsible),
                ("งบประมาณ", budget),
                ("ผลการดำเนินงาน", result),
            ],
            indent=0.5,
        )
        para(document)
    para(document, "ผู้รายงาน  นางวรรณา  ปัญญาดี")
    para(document, "หัวหน้าฝ่ายบริหารทั่วไป")
    save_pdf(document, out)


# -------------------------------------------------------------------------- pdf-mixed-orientation


def pdf_mixed_orientation_uthai_2566(out: Path) -> None:
    """A portrait memo page, then a landscape section holding the report table."""
    document = new_document(size=15)
    para(document, "บันทึกข้อความ", bold=True, center=True, size=24)
    para(document, "ส่วนราชการ  สำนักงานจังหวัดอุทัยธานี  กลุ่มงานอำนวยการ  โทร. ๐ ๕๖๕๑ ๑๐๖๓")
    para(document, "ที่  อน ๐๐๑๗.๑/๑๒๓๔                              วันที่   ๒๙  กันยายน  ๒๕๖๖")
    para(
        document,
        "เรื่อง  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
    )
    para(document, "เรียน  ผู้ว่าราชการจังหวัดอุทัยธานี")
    para(
        document,
        "ตามที่ สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และสำนักงานจังหวัดอุทัยธานีได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        "ภายในหน่วยงานเมื่อวันที่ ๒๖ ธันวาคม พ.ศ. ๒๕๖๕ นั้น",
        indent=1,
    )
    para(
        document,
        "กลุ่มงานอำนวยการได้ติดตามผลการดำเนินการตามมาตรการดังกล่าว รวม ๗ มาตรการ ดำเนินการแล้วเสร็จทุกมาตรการ "
        "รายละเอียดตามตารางที่แนบ",
        indent=1,
    )
    para(document, "จึงเรียนมาเพื่อโปรดทราบ", indent=1)
    para(document)
    para(document)
    para(document, "(นางสาวรัชนี  ทองคำ)", center=True)
    para(document, "หัวหน้ากลุ่มงานอำนวยการ", center=True)
    para(document)
    para(document, "- ทราบ", indent=1)
    para(document, "(นายชาญวิทย์  วสยางกูร)", indent=1)
    para(document, "ผู้ว่าราชการจังหวัดอุทัยธานี", indent=1)

    section = document.add_section(WD_SECTION.NEW_PAGE)
    page(section, landscape=True)
    para(
        document,
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        bold=True,
        center=True,
        size=16,
    )
    para(document, "สำนักงานจังหวัดอุทัยธานี", bold=True, center=True, size=16)
    rows = [
        [
            "ที่",
            "มาตรการ",
            "วิธีการดำเนินการ",
            "ระยะเวลาดำเนินการ",
            "ผู้รับผิดชอบ",
            "งบประมาณ (บาท)",
            "ผลการดำเนินงาน",
            "ผลลัพธ์",
        ],
        [
            "๑",
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
            "เผยแพร่ข้อมูลตามตัวชี้วัด OIT บนเว็บไซต์จังหวัด",
            "ต.ค. ๖๕ – ก.ย. ๖๖",
            "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด",
            "ไม่ใช้งบประมาณ",
            "เผยแพร่ข้อมูลครบ ๔๓ รายการ",
            "ผ่านเกณฑ์ OIT ร้อยละ ๑๐๐",
        ],
        [
            "๒",
            "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
            "จัดเวทีรับฟังความคิดเห็นต่อร่างแผนพัฒนาจังหวัด",
            "๑ ม.ค. ๖๖ – ๓๑ มี.ค. ๖๖",
            "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด",
            "๑๘,๕๐๐",
            "จัดเวที ๒ ครั้ง ผู้เข้าร่วม ๑๖๐ คน",
            "ได้ข้อเสนอ ๑๒ ประเด็นบรรจุในแผน",
        ],
        [
            "๓",
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน",
            "ต.ค. ๖๕ – ก.ย. ๖๖",
            "กลุ่มงานบริหารทรัพยากร",
            "ไม่ใช้ งบประมาณ",
            "รายงานผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน",
            "ไม่มีข้อทักท้วงจากผู้ตรวจสอบ",
        ],
        [
            "๔",
            "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "รับเรื่องร้องเรียนผ่านศูนย์ดำรงธรรมจังหวัด สายด่วน ๑๕๖๗ และเว็บไซต์ รายงานผลรายไตรมาส",
            "ตลอดปีงบประมาณ",
            "ศูนย์ดำรงธรรมจังหวัดอุทัยธานี",
            "ไม่ใช้งบประมาณ",
            "รายงานสถิติเรื่องร้องเรียนครบ ๔ ไตรมาส",
            "ไม่พบการร้องเรียนการทุจริตของเจ้าหน้าที่",
        ],
        [
            "๕",
            "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
            "ประกาศนโยบาย จัดกิจกรรมรณรงค์ และรายงานผลการรับของขวัญ",
            "๒๖ ธ.ค. ๖๕ – ๓๑ ม.ค. ๖๖",
            "กลุ่มงานอำนวยการ",
            "๒,๕๐๐",
            "ผู้ว่าราชการจังหวัดลงนามประกาศ ๒๖ ธ.ค. ๖๕",
            "ไม่มีรายงานการรับของขวัญ",
        ],
        [
            "๖",
            "มาตรการป้องกันผลประโยชน์ทับซ้อน",
            "จัดทำคู่มือและประชุมชี้แจงบุคลากร",
            "มี.ค. – พ.ค. ๖๖",
            "กลุ่มงานอำนวยการ",
            "ไม่ใช้งบประมาณ",
            "ประชุมชี้แจงบุคลากร ๕๔ คน",
            "บุคลากรเข้าใจและปฏิบัติตามแนวทาง",
        ],
        [
            "๗",
            "มาตรการตรวจสอบการใช้ดุลพินิจ",
            "กำหนดมาตรฐานระยะเวลาการพิจารณาอนุมัติ อนุญาต และเผยแพร่",
            "ม.ค. - เม.ย ๖๖",
            "กลุ่มงานอำนวยการ",
            "ไม่ใช้งบประมาณ",
            "ประกาศมาตรฐานระยะเวลาการให้บริการ ๘ งาน",
            "ไม่มีเรื่องร้องเรียนความล่าช้า",
        ],
    ]
    table(document, rows, [0.5, 2.6, 3, 1.7, 2.2, 1.4, 2.6, 2.4], usable(section), header=1, size=12)
    save_pdf(document, out)


# ---------------------------------------------------------------------------------- pdf-cover-toc


def _toc_line(document: Any, title: str, number: str, width: int) -> None:
    paragraph = para(document, f"{title}\t{number}")
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    paragraph.paragraph_format.space_after = Pt(6)


def pdf_cover_toc_pbru_2567(out: Path) -> None:
    """A cover page and a table of contents with dotted leaders before the report table."""
    document = new_document(size=16)
    section = document.sections[0]
    for _ in range(6):
        para(document)
    para(document, "รายงานผลการดำเนินการ", bold=True, center=True, size=26)
    para(document, "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True, size=22)
    para(document, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True, size=22)
    for _ in range(8):
        para(document)
    para(document, "มหาวิทยาลัยราชภัฏเพชรบุรี", bold=True, center=True, size=22)
    para(document, "กองนโยบายและแผน  สำนักงานอธิการบดี", center=True, size=18)
    page_break(document)

    para(document, "สารบัญ", bold=True, center=True, size=20)
    para(document)
    heading = para(document, "เรื่อง\tหน้า", bold=True)
    heading.paragraph_format.tab_stops.add_tab_stop(usable(section), WD_TAB_ALIGNMENT.RIGHT)
    for title, number in [
        ("คำนำ", "ก"),
        ("สารบัญ", "ข"),
        ("ส่วนที่ ๑  ความเป็นมาและผลการประเมิน ITA ปีที่ผ่านมา", "๑"),
        ("ส่วนที่ ๒  ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "๒"),
        ("ส่วนที่ ๓  ปัญหา อุปสรรค และข้อเสนอแนะ", "๕"),
        ("ภาคผนวก", "๖"),
    ]:
        _toc_line(document, title, number, usable(section))
    page_break(document)

    para(document, "ส่วนที่ ๑  ความเป็นมาและผลการประเมิน ITA ปีที่ผ่านมา", bold=True, size=18)
    para(
        document,
        "มหาวิทยาลัยราชภัฏเพชรบุรีเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        "ต่อเนื่องทุกปี ในปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๙๑.๒๔ คะแนน มหาวิทยาลัยจึงกำหนดมาตรการส่งเสริมคุณธรรม"
        "และความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อแก้ไขประเด็นที่ยังเป็นจุดอ่อน ทั้งด้านการบริหารงานบุคคล "
        "การใช้ทรัพย์สินของราชการ และการป้องกันการทุจริต",
        indent=1,
    )
    page_break(document)

    para(document, "ส่วนที่ ๒  ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", bold=True, size=18)
    para(document)
    results = {
        "coi": (
            "มาตรการป้องกันผลประโยชน์ทับซ้อน",
            "ม.ค. – มี.ค. ๖๗",
            "กองบริหารงานบุคคล",
            "จัดทำคู่มือและประชุมชี้แจงบุคลากรสายสนับสนุน ๑๒๐ คน",
            "บุคลากรลงนามแบบแสดงความไม่มีส่วนได้เสียครบถ้วน",
        ),
    }
    rows: list[list[Any]] = [
        ["ที่", "มาตรการ/โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "ผลลัพธ์"],
        [{"text": "ด้านที่ ๑  การปฏิบัติหน้าที่และการเปิดเผยข้อมูล", "colspan": 6, "bold": True}],
        [
            "๑",
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์มหาวิทยาลัย",
            "ต.ค. ๖๖ – ก.ย. ๖๗",
            "กองนโยบายและแผน / สำนักวิทยบริการและเทคโนโลยีสารสนเทศ",
            "ปรับปรุงหน้า ITA บนเว็บไซต์ เผยแพร่ข้อมูลครบทุกข้อ",
            "ผู้รับบริการเข้าถึงข้อมูลได้สะดวก",
        ],
        [
            "๒",
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง (e-GP)",
            "ต.ค. ๖๖ – ก.ย. ๖๗",
            "กองกลาง (งานพัสดุ)",
            "เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือน",
            "ไม่มีการอุทธรณ์ผลการจัดซื้อจัดจ้าง",
        ],
        ["๓", *results["coi"]],
        [
            "๔",
            "มาตรการกำกับการใช้ทรัพย์สินของมหาวิทยาลัย",
            "ต.ค. ๖๖ – ก.ย. ๖๗",
            "กองกลาง",
            "",
            "ตรวจนับครุภัณฑ์ประจำปีครบถ้วน",
        ],
        [{"text": "ด้านที่ ๒  การบริหารงานบุคคล", "colspan": 6, "bold": True}],
        [
            "๕",
            "มาตรการบริหารงานบุคคลอย่างโปร่งใส (เผยแพร่หลักเกณฑ์การสรรหาและการประเมินผล)",
            "ธ.ค. ๖๖ – ก.พ. ๖๗",
            "กองบริหารงานบุคคล",
            "เผยแพร่หลักเกณฑ์และผลการสรรหาบนเว็บไซต์",
            "ไม่มีข้อร้องเรียนเรื่องการสรรหา",
        ],
        [{"text": "ด้านที่ ๓  การป้องกันการทุจริต", "colspan": 6, "bold": True}],
        [
            "๖",
            "ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)",
            "๒๐ ธ.ค. ๖๖ – ๑๕ ม.ค. ๖๗",
            "สำนักงานอธิการบดี",
            "อธิการบดีลงนามประกาศนโยบายเมื่อ ๒๐ ธ.ค. ๖๖",
            "ไม่มีรายงานการรับของขวัญ",
        ],
        [
            "๗",
            "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ระบบ e-Complaint)",
            "ตลอดปีงบประมาณ",
            "งานนิติการ สำนักงานอธิการบดี",
            "เปิดช่องทางร้องเรียนการทุจริตออนไลน์แยกจากเรื่องร้องเรียนทั่วไป",
            "รายงานสถิติเรื่องร้องเรียนรายไตรมาส",
        ],
        ["๘", *results["coi"]],
    ]
    table(document, rows, [0.55, 3.0, 2.1, 2.0, 2.6, 2.2], usable(section), header=1, size=12)
    para(document)
    para(document, "ส่วนที่ ๓  ปัญหา อุปสรรค และข้อเสนอแนะ", bold=True, size=18)
    para(
        document,
        "บุคลากรบางส่วนยังไม่เข้าใจการกรอกแบบแสดงความไม่มีส่วนได้เสีย ควรจัดอบรมเพิ่มเติมในปีงบประมาณ พ.ศ. ๒๕๖๘",
        indent=1,
    )
    save_pdf(document, out)


# ----------------------------------------------------------------------------- pdf-rotated-status


def pdf_rotated_status_banpao_sao_2568(out: Path) -> None:
    """Three status tick columns whose header cells are rotated (text direction btLr)."""
    document = new_document(size=14, landscape=True)
    section = document.sections[0]
    para(
        document,
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๖ เดือน)",
        bold=True,
        center=True,
        size=16,
    )
    para(document, "องค์การบริหารส่วนตำบลบ้านเป้า อำเภอเกษตรสมบูรณ์ จังหวัดชัยภูมิ", bold=True, center=True, size=16)
    para(document, "(ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘)", center=True)
    tick = "✓"
    rows: list[list[Any]] = [
        [
            {"text": "ที่", "rowspan": 2},
            {"text": "มาตรการ/โครงการ/กิจกรรม", "rowspan": 2},
            {"text": "ระยะเวลาดำเนินการ", "rowspan": 2},
            {"text": "ผู้รับผิดชอบ", "rowspan": 2},
            {"text": "งบประมาณ (บาท)", "rowspan": 2},
            {"text": "สถานะการดำเนินงาน", "colspan": 3},
            {"text": "ผลการดำเนินงาน", "rowspan": 2},
        ],
        [
            {"text": "ดำเนินการแล้ว", "rotate": True},
            {"text": "อยู่ระหว่างดำเนินการ", "rotate": True},
            {"text": "ยังไม่ดำเนินการ", "rotate": True},
        ],
    ]
    measures = [
        (
            "จัดทำคู่มือการปฏิบัติงานและมาตรฐานระยะเวลาการให้บริการ",
            "ต.ค. – ธ.ค. ๖๗",
            "สำนักปลัด",
            "ไม่ใช้งบประมาณ",
            0,
            "จัดทำคู่มือ ๑๒ กระบวนงาน เผยแพร่บนเว็บไซต์เมื่อ ๒๐ ธ.ค. ๖๗",
        ),
        (
            "พัฒนาระบบ E-Service ยื่นคำร้องออนไลน์ผ่าน Google Form และ Line OA",
            "ต.ค. ๖๗ – มี.ค. ๖๘",
            "สำนักปลัด",
            "๓,๕๐๐",
            0,
            "เปิดให้บริการ ๕ ประเภทคำร้อง มีผู้ใช้บริการ ๘๗ ราย",
        ),
        (
            "ปรับปรุงเว็บไซต์และเผยแพร่ข้อมูลข่าวสารตามตัวชี้วัด OIT",
            "ต.ค. ๖๗ – ก.ย. ๖๘",
            "สำนักปลัด",
            "ไม่ใช้งบประมาณ",
            1,
            "เผยแพร่ข้อมูลแล้ว ๒๘ รายการ จาก ๓๓ รายการ",
        ),
        (
            "ตรวจสอบพัสดุประจำปีและจัดทำทะเบียนคุมการยืม-คืนทรัพย์สินของราชการ",
            "ต.ค. – พ.ย. ๖๗",
            "กองคลัง",
            "ไม่ใช้งบประมาณ",
            0,
            "",
        ),
        (
            "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
            "ต.ค. ๖๗ – ก.ย. ๖๘",
            "กองคลัง",
            "ไม่ใช้ งบประมาณ",
            1,
            "เผยแพร่แผนการจัดซื้อจัดจ้างแล้ว และรายงานผลไตรมาส ๑ – ๒",
        ),
        (
            "เผยแพร่หลักเกณฑ์การบริหารงานบุคคลและการประเมินผลการปฏิบัติงาน",
            "ต.ค. ๖๗ – มี.ค. ๖๘",
            "สำนักปลัด (งานการเจ้าหน้าที่)",
            "ไม่ใช้งบประมาณ",
            0,
            "เผยแพร่หลักเกณฑ์บนเว็บไซต์และบอร์ดประชาสัมพันธ์",
        ),
        (
            "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
            "ธ.ค. ๖๗ – ม.ค. ๖๘",
            "สำนักปลัด",
            "ไม่ใช้งบประมาณ",
            0,
            "นายก อบต. ลงนามประกาศเมื่อ ๑๒ ธ.ค. ๖๗ ไม่มีรายงานการรับของขวัญ",
        ),
        (
            "ปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (กล่องรับเรื่องและแบบฟอร์มออนไลน์)",
            "ต.ค. ๖๗ – ก.ย. ๖๘",
            "สำนักปลัด",
            "๑,๒๐๐",
            1,
            "ติดตั้งกล่องรับเรื่องร้องเรียนเพิ่ม ๓ จุด และเปิดแบบฟอร์มออนไลน์แล้ว",
        ),
        (
            "โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร สมาชิกสภา และพนักงาน",
            "พ.ค. – มิ.ย. ๖๘",
            "สำนักปลัด",
            "๓๕,๐๐๐",
            2,
            "อยู่ในแผนดำเนินการไตรมาสที่ ๓ กำหนดจัดอบรมเดือน มิ.ย. ๖๘",
        ),
        (
            "จัดทำแผนป้องกันการทุจริตและรายงานผลการประเมินความเสี่ยงการทุจริต",
            "เม.ย. – ก.ค. ๖๘",
            "สำนักปลัด",
            "ไม่ใช้งบประมาณ",
            2,
            "",
        ),
    ]
    thai = "๐๑๒๓๔๕๖๗๘๙"
    for number, (name, period, responsible, budget, status, result) in enumerate(measures, start=1):
        marks = ["", "", ""]
        marks[status] = tick
        label = thai[number] if number < 10 else "๑๐"
        rows.append(
            [
                {"text": label, "center": True},
                name,
                period,
                responsible,
                {"text": budget, "center": True},
                *({"text": m, "center": True} for m in marks),
                result,
            ]
        )
    table(
        document,
        rows,
        [0.7, 4.2, 1.8, 1.8, 1.4, 0.65, 0.65, 0.65, 3.6],
        usable(section),
        header=2,
        size=12,
        header_height=4.2,
    )
    para(document)
    para(document, "ผู้รายงาน  นางสาวอรอุมา  ศรีบุญเรือง  นักวิเคราะห์นโยบายและแผนชำนาญการ", indent=10)
    save_pdf(document, out)


# ------------------------------------------------------------------------------------ docx-nested


def _layout_table(document: Any, total: int, borders: bool) -> Any:
    outer = document.add_table(rows=2, cols=1)
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(outer, borders)
    outer.autofit = False
    outer._tbl.tblGrid.findall(qn("w:gridCol"))[0].set(qn("w:w"), str(int(total / 635)))
    for row in outer.rows:
        row.cells[0].width = total
    return outer


def docx_nested_huahin_2566(out: Path) -> None:
    """A borderless layout table: the first cell holds the title, the second the measures table."""
    document = new_document(size=14, landscape=True)
    section = document.sections[0]
    total = usable(section)
    outer = _layout_table(document, total, borders=False)
    title = outer.cell(0, 0)
    lines = [
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "เทศบาลเมืองหัวหิน อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์",
    ]
    for number, line in enumerate(lines):
        paragraph = title.paragraphs[0] if number == 0 else title.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = True
        _size(run._r.get_or_add_rPr(), 16)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    holder = outer.cell(1, 0)
    rows = [
        ["ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ผลการดำเนินงาน"],
        [
            "๑",
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของเทศบาล",
            "ต.ค. ๖๕ – ก.ย. ๖๖",
            "ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล",
            "ไม่ใช้งบประมาณ",
            "เผยแพร่ข้อมูลตามตัวชี้วัด OIT ครบ ๔๓ ข้อ และข่าวกิจกรรม ๒๘๖ เรื่อง",
        ],
        [
            "๒",
            "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม (ประชุมประชาคมเมืองหัวหิน)",
            "ก.พ. – เม.ย. ๖๖",
            "กองยุทธศาสตร์และงบประมาณ",
            "๔๒,๓๐๐",
            "จัดประชาคมชุมชน ๑๗ ชุมชน ผู้เข้าร่วม ๘๙๒ คน",
        ],
        [
            "๓",
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "ต.ค. ๖๕ – ก.ย. ๖๖",
            "กองคลัง",
            "ไม่ใช่ งบประมาณ",
            "ประกาศแผนการจัดซื้อจัดจ้างและรายงานผลรายเดือนครบ ๑๒ เดือน",
        ],
        [
            "๔",
            "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ศูนย์รับเรื่องร้องเรียนร้องทุกข์เทศบาล)",
            "ตลอดปีงบประมาณ",
            "ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล",
            "ไม่ใช้งบประมาณ",
            "รับเรื่องร้องเรียนทั่วไป ๔๑๒ เรื่อง เรื่องร้องเรียนการทุจริต ๑ เรื่อง ดำเนินการแล้วเสร็จ",
        ],
        [
            "๕",
            "มาตรการป้องกันผลประโยชน์ทับซ้อน",
            "มี.ค. ๖๖",
            "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
            "ไม่ใช้งบประมาณ",
            "ประกาศมาตรการและประชุมชี้แจงพนักงานเทศบาล ๑๒๔ คน",
        ],
        [
            "๖",
            "มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ",
            "ต.ค. ๖๕ – ก.ย. ๖๖",
            "กองคลัง (งานพัสดุ)",
            "ไม่ใช้งบประมาณ",
            "ตรวจสอบพัสดุประจำปีและทะเบียนการยืม-คืนทุกไตรมาส",
        ],
    ]
    inner_width = total - int(Cm(0.4))
    table(holder, rows, [0.5, 4.0, 1.7, 2.4, 1.4, 4.2], inner_width, header=1, size=13)
    para(document)
    para(document, "ลงชื่อ  นายกิตติพงศ์  ตั้งจิต  ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ  ผู้รายงาน", right=True)
    save_docx(document, out)


def pdf_nested_tceb_2564(out: Path) -> None:
    """The same layout as a frame with borders, printed to PDF: title cell above, plan table below."""
    document = new_document(size=14, landscape=True)
    section = document.sections[0]
    total = usable(section)
    outer = _layout_table(document, total, borders=True)
    title = outer.cell(0, 0)
    lines = [
        ("แผนการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", 16),
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", 16),
        ("สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (องค์การมหาชน)", 16),
    ]
    for number, (line, size) in enumerate(lines):
        paragraph = title.paragraphs[0] if number == 0 else title.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = True
        _size(run._r.get_or_add_rPr(), size)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    holder = outer.cell(1, 0)
    rows = [
        ["ที่", "มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"],
        [
            "๑",
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
            "เผยแพร่ข้อมูลตามตัวชี้วัด OIT บนเว็บไซต์ขององค์กร ภาษาไทยและภาษาอังกฤษ",
            "ฝ่ายสื่อสารองค์กร",
            "ต.ค. ๖๓ – ก.ย. ๖๔",
        ],
        [
            "๒",
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "เผยแพร่แผนการจัดซื้อจัดจ้าง ผลการจัดซื้อจัดจ้างรายเดือน และรายงานผลการวิเคราะห์ประจำปี",
            "ฝ่ายบริหารทั่วไป (งานจัดซื้อจัดจ้าง)",
            "ต.ค. ๖๓ – ก.ย. ๖๔",
        ],
        [
            "๓",
            "มาตรการป้องกันผลประโยชน์ทับซ้อนในการพิจารณาให้การสนับสนุนงานประชุมและนิทรรศการ",
            "ให้กรรมการพิจารณาการสนับสนุนเปิดเผยส่วนได้เสียก่อนการพิจารณาทุกครั้ง",
            "ฝ่ายกลยุทธ์และพัฒนาองค์กร",
            "ม.ค. – มิ.ย. ๖๔",
        ],
        [
            "๔",
            "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
            "ผู้อำนวยการลงนามประกาศนโยบายและเผยแพร่ต่อคู่ค้าและผู้รับการสนับสนุน",
            "ฝ่ายบริหารทั่วไป",
            "๑ ต.ค. ๖๓ – ๓๑ ธ.ค. ๖๔",
        ],
        [
            "๔",
            "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "เปิดช่องทางร้องเรียนการทุจริตทางอีเมลและเว็บไซต์ รายงานผลต่อคณะกรรมการตรวจสอบรายไตรมาส",
            "ฝ่ายตรวจสอบภายใน",
            "ตลอดปีงบประมาณ",
        ],
        [
            "๕",
            "มาตรการกำกับดูแลการใช้ทรัพย์สินขององค์กร",
            "จัดทำทะเบียนคุมและระบบยืม-คืนอุปกรณ์สำหรับการปฏิบัติงานนอกสถานที่",
            "ฝ่ายบริหารทั่วไป",
            "ต.ค. ๖๓ – ก.ย. ๖๔",
        ],
        [
            "๖",
            "มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรมในการปฏิบัติงานจากที่บ้าน (Work from Home) ช่วงการแพร่ระบาดของโรคโควิด-19",
            "จัดทำแนวปฏิบัติและสื่อสารผ่านระบบอินทราเน็ต",
            "ฝ่ายทรัพยากรบุคคล",
            "เม.ย. – ก.ย. ๖๔",
        ],
    ]
    inner_width = total - int(Cm(0.4))
    table(holder, rows, [0.5, 4.0, 4.4, 2.2, 1.8], inner_width, header=1, size=13)
    para(document)
    para(document, "อนุมัติแผน ณ วันที่ ๓๐ ตุลาคม ๒๕๖๓", right=True)
    save_pdf(document, out)


# ---------------------------------------------------------------------------------------------- main

DOCUMENTS = {
    "docx-autonumber-kanchanaburi-pao-2568.docx": docx_autonumber_kanchanaburi_pao_2568,
    "docx-autonumber-dansai-hospital-2567.docx": docx_autonumber_dansai_hospital_2567,
    "pdf-twocolumn-lampang-dlt-2568.pdf": pdf_twocolumn_lampang_dlt_2568,
    "pdf-mixed-orientation-uthai-2566.pdf": pdf_mixed_orientation_uthai_2566,
    "pdf-cover-toc-pbru-2567.pdf": pdf_cover_toc_pbru_2567,
    "pdf-rotated-status-banpao-sao-2568.pdf": pdf_rotated_status_banpao_sao_2568,
    "docx-nested-huahin-2566.docx": docx_nested_huahin_2566,
    "pdf-nested-tceb-2564.pdf": pdf_nested_tceb_2564,
}


def main(argv: list[str]) -> int:
    wanted = argv or list(DOCUMENTS)
    for name in DOCUMENTS:
        if any(name.startswith(stem) for stem in wanted):
            out = HERE / name
            DOCUMENTS[name](out)
            print(f"{out}  {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
