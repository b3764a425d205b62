"""PDF documents: each page's glyphs and ruling lines, laid out as lines and tables by `pages`.

PDFium (pypdfium2, which pdfplumber already installs) gives the characters and the path segments.
PDFium's Thai text is right where pdfminer's is not (a tone mark read as a vowel below, `ใชู` for
`ใช้`), and handing pdfplumber's table finder the path segments spares pdfminer parsing every page.
Marks stay with the letter they are drawn after, so a sort by x cannot displace them. A page
without text that shows an image is a scan, read by OCR (`ocr`); without OCR installed, a PDF of
scans is an error that says what to install, never a pass.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ita_lint.layout.model import ReadItem
from ita_lint.limits import DEFAULT, Limits, limit_error
from ita_lint.readers import ReadError, ocr, pages
from ita_lint.readers.pages import Glyph

MIN_TEXT = 20  # characters below which a PDF has no real text layer
TURNED = 0.7  # |sin| of a glyph's angle past which it is set vertically (a quarter turn is 1)


def _glyphs(page: Any) -> list[Glyph]:
    """The page's characters in drawing order, marks joined to the letter before them."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    height = page.get_height()
    glyphs: list[Glyph] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if pdfium_c.FPDFText_IsGenerated(textpage, index) or not char.strip() or char == "\ufffe":
            continue
        left, _, right, _ = textpage.get_charbox(index, loose=True)
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) or 12.0
        baseline = height - y.value
        turned = abs(math.sin(pdfium_c.FPDFText_GetCharAngle(textpage, index))) > TURNED
        near = glyphs and (turned or abs(glyphs[-1].baseline - baseline) < size)
        if near and unicodedata.category(char) == "Mn":
            glyphs[-1].text += char
            glyphs[-1].x1 = max(glyphs[-1].x1, right)
            continue
        glyphs.append(Glyph(char, left, right, baseline, size, turned))
    return glyphs


def items(path: Path, limits: Limits = DEFAULT) -> Iterator[ReadItem]:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    read: list[pages.Page] = []
    scanned: list[int] = []  # pages without text that show an image: scans
    try:
        for number, page in enumerate(document, start=1):
            glyphs = _glyphs(page)
            if len(glyphs) < MIN_TEXT and _pictured(page):
                scanned.append(number)
            read.append(pages.Page(number, glyphs, page.get_height(), _rulings(page)))
        if not scanned:
            yield from pages.items(read)
            return
        need = ocr.unavailable(limits)
        if need is not None and sum(len(page.glyphs) for page in read) < MIN_TEXT:
            message = f"this PDF has no text layer (a scanned document), and reading it needs OCR: {need}"
            raise ReadError(message, kind="scanned")
        if len(scanned) > limits.ocr_pages:
            raise limit_error(f"more than {limits.ocr_pages} scanned pages to read by OCR")
        # each scanned page read from its image, the others from their text
        reads = [] if need else [ocr.read(page_image(document[n - 1]), n) for n in scanned]
        by_number = {page.number: page for page in ocr.pages_of(reads)}
        kept = [by_number.get(p.number, p) for p in read if p.number not in scanned or p.number in by_number]
    finally:
        document.close()
    yield from pages.items(kept)
    yield ocr.scan(reads, unread=tuple(scanned) if need else ())


def _pictured(page: Any) -> bool:
    """Whether a page shows an image (a scan of it), rather than being blank."""
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def page_image(page: Any) -> Any:
    """A page rendered in grey at the resolution OCR reads best at."""
    return page.render(scale=ocr.DPI / 72, grayscale=True).to_pil()


RULE_THICKNESS = 2.0  # points: a segment this close to level (or upright) is a ruling line


def _rulings(page: Any) -> list[dict[str, Any]]:
    """The page's straight horizontal and vertical path segments, in pdfplumber's top-down
    coordinates: the ruling lines a table is drawn with (and the edges of filled bars)."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict[str, Any]] = []

    def add(a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = sorted((a, b))
        top, bottom = sorted((height - y0, height - y1))
        if abs(y1 - y0) <= RULE_THICKNESS:  # level: a horizontal rule at its middle
            top = bottom = (top + bottom) / 2
        elif abs(x1 - x0) <= RULE_THICKNESS:  # upright: a vertical rule
            x0 = x1 = (x0 + x1) / 2
        else:
            return
        edges.append(pages.ruling(x0, top, x1, bottom))

    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        matrix = path.get_matrix()
        start = previous = None
        for index in range(pdfium_c.FPDFPath_CountSegments(path.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(path.raw, index)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = matrix.on_point(x.value, y.value)
            if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif previous is not None:
                add(previous, point)
            previous = point
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and previous is not None:
                add(previous, start)
    return edges


def items_of(path: Path, limits: Limits = DEFAULT) -> list[ReadItem]:
    from pdfplumber.utils.exceptions import PdfminerException
    from pypdfium2 import PdfiumError

    try:
        return list(items(path, limits))
    except (PdfiumError, PdfminerException, OSError, ValueError, KeyError, TypeError) as error:
        raise ReadError(f"not a readable PDF: {type(error).__name__}: {error}") from error
