"""Build the corpus documents that `*.spec.yaml` files describe (tests/corpus/README.md: the spec format).

    .venv/bin/python -m tests.corpus.build [DIR ...]      # default: tests/corpus
    .venv/bin/python tests/corpus/build.py tests/corpus/tune

Each `foo.spec.yaml` gives `foo.docx`, `foo.pdf` and/or `foo.xlsx` next to it. Word documents come from
python-docx, PDFs from LibreOffice (`soffice --headless --convert-to pdf`) run on that Word document,
scans from `pdftoppm` and Pillow, workbooks from openpyxl. The results are committed, so that tests
never need LibreOffice; rebuilding gives the same bytes for docx and xlsx, and PDFs that differ only
if LibreOffice or the fonts changed (dates and IDs are fixed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import yaml
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from PIL import Image

CORPUS = Path(__file__).resolve().parent
FONTS = ("Laksaman", "Garuda", "Norasi", "Loma", "Kinnari", "Sawasdee", "Purisa", "Umpush", "Waree")
OUTPUTS = ("docx", "pdf", "xlsx")
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
INDENT = Cm(1.27)  # one `indent` level
SCAN_DPI = 150
SCAN_THRESHOLD = 170  # grey levels below this become black


class SpecError(Exception):
    """A spec that does not follow the format."""


# ---------------------------------------------------------------------------------------------- grid


@dataclass
class Placed:
    """A cell of a spec table laid on the grid: where it starts, how far it spans, what it holds."""

    row: int
    col: int
    rowspan: int
    colspan: int
    spec: Any  # the spec cell: a scalar or a mapping


def layout(rows: list[list[Any]]) -> tuple[list[Placed], int]:
    """Place spec cells as HTML does: a cell skips the grid slots that a rowspan above already fills."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    width = 0
    for r, cells in enumerate(rows):
        if not isinstance(cells, list):
            raise SpecError(f"row {r + 1} is not a list of cells")
        c = 0
        for spec in cells:
            while (r, c) in taken:
                c += 1
            rowspan = int(spec.get("rowspan", 1)) if isinstance(spec, dict) else 1
            colspan = int(spec.get("colspan", 1)) if isinstance(spec, dict) else 1
            placed.append(Placed(r, c, rowspan, colspan, spec))
            taken.update((r + i, c + j) for i in range(rowspan) for j in range(colspan))
            c += colspan
        width = max([width, c, *(col + 1 for row, col in taken if row == r)])
    height = max([len(rows), *(row + 1 for row, _ in taken)])
    if height > len(rows):
        raise SpecError(f"a rowspan reaches past the last row ({len(rows)} rows)")
    return placed, width


# ---------------------------------------------------------------------------------------------- Word


def _set_size(rpr: Any, size: float) -> None:
    """w:sz and w:szCs: Thai is a complex script, which Word and LibreOffice size by szCs."""
    half_points = str(round(size * 2))
    sz = rpr.get_or_add_sz()
    sz.set(qn("w:val"), half_points)
    sz_cs = rpr.find(qn("w:szCs"))
    if sz_cs is None:
        sz_cs = OxmlElement("w:szCs")
        sz.addnext(sz_cs)
    sz_cs.set(qn("w:val"), half_points)


def _set_font(rpr: Any, font: str) -> None:
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    lang = OxmlElement("w:lang")  # the last child a style's run properties have here
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)


def _run(paragraph: Paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
        run._r.get_or_add_rPr().get_or_add_bCs()
    if size is not None:
        _set_size(run._r.get_or_add_rPr(), size)


def _tight(paragraph: Paragraph) -> None:
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES): begin, instruction, separate, a placeholder result, end."""

    def char(kind: str) -> None:
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


def _paragraphs(container: Any, spec: Any, size: float | None) -> None:
    """A `p` block: a string, or {text, bold, center, size, indent}; each line of text is a paragraph."""
    options = spec if isinstance(spec, dict) else {"text": spec}
    unknown = set(options) - {"text", "bold", "center", "size", "indent"}
    if unknown:
        raise SpecError(f"unknown paragraph keys: {sorted(unknown)}")
    text = "" if options.get("text") is None else str(options["text"])
    for line in text.split("\n"):
        paragraph = container.add_paragraph()
        _run(paragraph, line, bool(options.get("bold")), options.get("size", size))
        if options.get("center"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if options.get("indent"):
            paragraph.paragraph_format.left_indent = Emu(int(INDENT * float(options["indent"])))


def _borders(table: Table, visible: bool) -> None:
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
    properties.get_or_add_tblLayout().addprevious(borders)  # the schema's order: borders before layout


def _fixed_widths(table: Table, widths: list[float]) -> None:
    """Column widths on the grid and on every cell, with a fixed layout so LibreOffice keeps them."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            cell.width = Emu(int(widths[index]))


def _table(document: Any, spec: dict[str, Any], usable: int, size: float | None) -> None:
    unknown = set(spec) - {"borders", "repeat_header", "widths", "size", "rows"}
    if unknown:
        raise SpecError(f"unknown table keys: {sorted(unknown)}")
    rows = spec.get("rows") or []
    placed, width = layout(rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(table, spec.get("borders", True))
    relative = [float(w) for w in spec.get("widths") or [1.0] * width]
    if len(relative) != width:
        raise SpecError(f"widths has {len(relative)} entries for {width} columns")
    _fixed_widths(table, [usable * w / sum(relative) for w in relative])
    cell_size = spec.get("size", size)
    for item in placed:
        cell = table.cell(item.row, item.col)
        if item.rowspan > 1 or item.colspan > 1:
            cell = cell.merge(table.cell(item.row + item.rowspan - 1, item.col + item.colspan - 1))
        options = item.spec if isinstance(item.spec, dict) else {"text": item.spec}
        unknown = set(options) - {"text", "colspan", "rowspan", "center", "bold"}
        if unknown:
            raise SpecError(f"unknown cell keys: {sorted(unknown)}")
        text = "" if options.get("text") is None else str(options["text"])
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        for number, line in enumerate(text.split("\n")):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            _tight(paragraph)
            _run(paragraph, line, bool(options.get("bold")), cell_size)
            if options.get("center"):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in table.rows[: int(spec.get("repeat_header", 0))]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.add_paragraph()  # Word needs a paragraph between two tables, and after the last one


def build_docx(spec: dict[str, Any], out: Path) -> None:
    font = spec.get("font", "Laksaman")
    if font not in FONTS:
        raise SpecError(f"font {font!r} is not a TLWG font ({', '.join(FONTS)})")
    size = float(spec.get("size", 14))
    document = docx.Document()
    normal = document.styles["Normal"]
    _set_font(normal.element.get_or_add_rPr(), font)
    _set_size(normal.element.get_or_add_rPr(), size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    section = document.sections[0]
    orientation = spec.get("orientation", "portrait")
    if orientation not in ("portrait", "landscape"):
        raise SpecError(f"orientation {orientation!r}: portrait or landscape")
    width, height = (Cm(29.7), Cm(21)) if orientation == "landscape" else (Cm(21), Cm(29.7))
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = width, height
    margin = Cm(1.8)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin
    usable = int(width - 2 * margin)

    if spec.get("page_header"):
        header = section.header.paragraphs[0]
        _run(header, str(spec["page_header"]), size=size - 2)
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("page_numbers"):
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(footer, "หน้า ")
        _field(footer, "PAGE")
        _run(footer, " จาก ")
        _field(footer, "NUMPAGES")

    for number, block in enumerate(spec.get("blocks") or [], start=1):
        if not isinstance(block, dict) or len(block) != 1:
            raise SpecError(f"block {number}: one of p, page_break, table")
        [(kind, value)] = block.items()
        if kind == "p":
            _paragraphs(document, value, None)
        elif kind == "page_break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            _table(document, value, usable, None)
        else:
            raise SpecError(f"block {number}: unknown kind {kind!r}")
    document.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    document.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    document.core_properties.author = ""
    document.save(str(out))
    _fix_zip(out)


# ----------------------------------------------------------------------------------------------- PDF


def to_pdf(source: Path, out: Path) -> None:
    """Convert with LibreOffice under a private profile (several builds may run at once)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SpecError("soffice not found: install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="ita-corpus-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        done = subprocess.run(
            [*command, "--outdir", tmp, str(source)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "TZ": "UTC"},
        )
        made = Path(tmp, source.stem + ".pdf")
        if done.returncode != 0 or not made.exists():
            raise SpecError(f"soffice failed on {source.name}: {done.stderr.strip() or done.stdout.strip()}")
        out.write_bytes(_fixed_pdf(made.read_bytes()))


def scan(pdf: Path) -> None:
    """Replace a PDF by pictures of its pages, as a black-and-white office scanner makes them.

    The pages are slightly skewed and thresholded to one bit (CCITT G4 in the PDF, which keeps
    a page near 20 KB); the PDF has no text layer at all.
    """
    with tempfile.TemporaryDirectory(prefix="ita-scan-") as tmp:
        render = ["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(pdf), f"{tmp}/page"]
        subprocess.run(render, check=True)
        pages: list[Image.Image] = []
        for number, png in enumerate(sorted(Path(tmp).glob("page*.png"))):
            with Image.open(png) as picture:
                page = picture.convert("L")
            angle = 0.35 if number % 2 == 0 else -0.25
            page = page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
            pages.append(page.point(lambda value: 0 if value < SCAN_THRESHOLD else 255).convert("1"))
        buffer = io.BytesIO()
        pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI)
    pdf.write_bytes(_fixed_pdf(buffer.getvalue()))


def _blank_groups(pattern: bytes, fill: bytes) -> tuple[re.Pattern[bytes], Any]:
    """A regex and a replacement that overwrites its groups with `fill`, keeping every length."""

    def replace(match: re.Match[bytes]) -> bytes:
        whole, base = bytearray(match.group(0)), match.start(0)
        for group in range(1, (match.re.groups or 0) + 1):
            start, end = match.start(group) - base, match.end(group) - base
            whole[start:end] = (fill * (end - start))[: end - start]
        return bytes(whole)

    return re.compile(pattern), replace


_PDF_FIXES = [
    _blank_groups(rb"/(?:CreationDate|ModDate)\s*\(D:([0-9]{14})", b"20240101000000"),
    _blank_groups(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", b"0"),
    _blank_groups(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", b"0"),
    _blank_groups(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<", b"2024-01-01T00:00:00Z "),
]


def _fixed_pdf(data: bytes) -> bytes:
    """Fixed dates and IDs, without moving a byte (the cross-reference table holds offsets)."""
    for pattern, replace in _PDF_FIXES:
        data = pattern.sub(replace, data)
    return data


# ---------------------------------------------------------------------------------------------- Excel


def _sheet_value(spec: Any) -> tuple[Any, str | None]:
    """A spec cell's value and number format."""
    if not isinstance(spec, dict):
        return spec, None
    unknown = set(spec) - {"text", "number", "date", "colspan", "rowspan", "format"}
    if unknown:
        raise SpecError(f"unknown sheet cell keys: {sorted(unknown)}")
    if "date" in spec:
        return dt.date.fromisoformat(str(spec["date"])), spec.get("format", "d/m/yyyy")
    if "number" in spec:
        return spec["number"], spec.get("format", "#,##0.00")
    return spec.get("text"), None


def build_xlsx(spec: dict[str, Any], out: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, sheet_spec in enumerate(spec.get("sheets") or [], start=1):
        sheet = workbook.create_sheet(str(sheet_spec.get("name", f"Sheet{number}")))
        placed, width = layout(sheet_spec.get("rows") or [])
        lengths = [6] * width
        for item in placed:
            value, number_format = _sheet_value(item.spec)
            cell = sheet.cell(row=item.row + 1, column=item.col + 1, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # "- ..." or "=..." is text, not a formula
            if number_format:
                cell.number_format = number_format
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if item.rowspan > 1 or item.colspan > 1:
                sheet.merge_cells(
                    start_row=item.row + 1,
                    start_column=item.col + 1,
                    end_row=item.row + item.rowspan,
                    end_column=item.col + item.colspan,
                )
            if item.colspan == 1 and value is not None:
                longest = max(len(line) for line in str(value).split("\n"))
                lengths[item.col] = max(lengths[item.col], min(longest, 60))
        for index, length in enumerate(lengths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = length * 0.9 + 2
        for letter in sheet_spec.get("hidden_columns") or []:
            sheet.column_dimensions[str(letter)].hidden = True
    workbook.properties.created = FIXED_TIME.replace(tzinfo=None)
    workbook.properties.modified = FIXED_TIME.replace(tzinfo=None)
    workbook.properties.creator = None
    workbook.save(out)
    _fix_zip(out)


# ---------------------------------------------------------------------------------------------- build


_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)")


def _fix_zip(path: Path) -> None:
    """Fixed entry times and core-property dates, so a rebuild gives the same bytes."""
    entries: list[tuple[zipfile.ZipInfo, bytes]] = []
    with zipfile.ZipFile(path) as package:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            entries.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(fixed, data)


def build(spec_path: Path) -> list[Path]:
    """Make every output of one spec; returns the files written."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8")) or {}
    if not isinstance(spec, dict):
        raise SpecError("a spec is a mapping")
    outputs = spec.get("outputs") or ["pdf"]
    unknown = set(outputs) - set(OUTPUTS)
    if unknown:
        raise SpecError(f"unknown outputs: {sorted(unknown)}")
    stem = spec_path.name.removesuffix(".spec.yaml")
    target = spec_path.with_name(stem)
    written: list[Path] = []
    if "docx" in outputs or "pdf" in outputs:
        with tempfile.TemporaryDirectory(prefix="ita-docx-") as tmp:
            word = Path(tmp, stem + ".docx")
            build_docx(spec, word)
            if "docx" in outputs:
                shutil.copyfile(word, target.with_suffix(".docx"))
                written.append(target.with_suffix(".docx"))
            if "pdf" in outputs:
                pdf = target.with_suffix(".pdf")
                to_pdf(word, pdf)
                if spec.get("scan"):
                    scan(pdf)
                written.append(pdf)
    if "xlsx" in outputs:
        build_xlsx(spec, target.with_suffix(".xlsx"))
        written.append(target.with_suffix(".xlsx"))
    return written


def specs(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.spec.yaml"))
        else:
            yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "paths", nargs="*", type=Path, help="directories (or spec files); default: the corpus"
    )
    args = parser.parse_args(argv)
    failed = 0
    for spec_path in specs(args.paths or [CORPUS]):
        try:
            for path in build(spec_path):
                print(f"{path}  {path.stat().st_size // 1024} KB")
        except (SpecError, OSError, ValueError, yaml.YAMLError, subprocess.CalledProcessError) as error:
            print(f"{spec_path}: {error}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
