"""Pages read from their image: Tesseract's Thai model, through tesserocr, into `pages.Page`s.

tesserocr calls Tesseract's C API inside the process: the model is loaded once per process and a
page is handed over in memory. pytesseract starts the tesseract program for every page and hands
it a file (measured on one A4 page at 300 dpi, one core: 1.25 s against 1.81 s).

A page image is prepared before it is read, with OpenCV: a photographed page is found and
flattened (its four corners taken to a rectangle), uneven light is evened out, and the page is
straightened (the skew that makes its rows of ink line up best). Its ruling lines (long straight
runs of ink) are found and erased, and handed on as the page's ruling lines, so that a ruled table
is rebuilt by the same table finder as a PDF's. Tesseract reads Thai as clusters of letters; the
space it saw before each joins them back into words, and each word becomes a glyph at its place
on the page: the page is then laid out by `pages` like a PDF's text layer.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ita_lint.limits import Limits
from ita_lint.readers.pages import Glyph, Page, ruling, tables
from ita_lint.records import Scan

if TYPE_CHECKING:
    from PIL.Image import Image

# Tesseract's OpenMP threads do not survive a fork (`--jobs` forks its workers, which then hang),
# and on one page they cost more than they give: one thread, set before Tesseract is loaded.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

DPI = 225  # PDF pages are rendered so: their letters about LETTER pixels high
POINT = 72 / DPI  # a pixel of a page image, in points (every page is scaled to DPI)
LETTER = 22  # pixels: the median height of a letter Tesseract's Thai model reads best
# Tesseract's row height (ascenders to descenders of its x-height band) against the font size
SIZE_OF_ROW = 0.85
LANGUAGES = "tha+eng"
TESSDATA = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata")
INSTALL = (
    "install Tesseract's Thai model and ita-lint's OCR extra: "
    "apt-get install tesseract-ocr tesseract-ocr-tha && pip install 'ita-lint[ocr]'"
)
# A page whose words OCR read with less confidence than this on average was not read.
UNREAD_CONFIDENCE = 40.0
RULE_SHARE = 1 / 25  # a straight run of ink this long (a share of the page's width) is a ruling line
SKEW_MAX = 5.0  # degrees: straightening looks for skews up to this


class Words(NamedTuple):
    """What OCR read on a page: its words as glyphs, and how sure it was of them."""

    glyphs: list[Glyph]
    weighted: float  # the words' confidences (0-100), each times its letters
    letters: int

    def plus(self, other: Words) -> Words:
        return Words(self.glyphs + other.glyphs, self.weighted + other.weighted, self.letters + other.letters)

    @property
    def confidence(self) -> float:
        """The mean word confidence, weighted by the words' lengths."""
        return self.weighted / self.letters if self.letters else 0.0


def _tessdata() -> str | None:
    """Where Tesseract's models are, with the Thai one among them."""
    for folder in (os.environ.get("TESSDATA_PREFIX"), *TESSDATA):
        if folder and (Path(folder) / "tha.traineddata").is_file():
            return folder
    return None


OFF = "OCR is turned off (ocr-pages: 0 in the limits)"


def unavailable(limits: Limits) -> str | None:
    """Why pages cannot be read by OCR (what to install, or that it is off), or None."""
    return OFF if limits.ocr_pages == 0 else missing()


@functools.cache
def missing() -> str | None:
    """What to install for OCR, or None where it can run."""
    try:
        import cv2  # noqa: F401
        import tesserocr  # noqa: F401
    except ImportError:
        return INSTALL
    return None if _tessdata() else INSTALL


_local = threading.local()


def _api() -> Any:
    """This thread's Tesseract, its model loaded once (a thread at a time may use one)."""
    api = getattr(_local, "api", None)
    if api is None:
        import tesserocr

        # the LSTM alone, and nothing learnt from one page kept for the next: a page reads the
        # same whichever pages this process read before it (`--jobs` shares them out at random)
        api = tesserocr.PyTessBaseAPI(path=_tessdata(), lang=LANGUAGES, oem=tesserocr.OEM.LSTM_ONLY)
        api.SetVariable("classify_enable_learning", "0")
        _local.api = api
    return api


def _grey(image: Image) -> Any:
    import numpy

    return numpy.asarray(image.convert("L"))


def _flattened(grey: Any) -> Any:
    """A photographed page taken out of its background and squared: the largest four-cornered
    bright shape, when it fills much of the picture but not all of it."""
    import cv2
    import numpy

    small = 1000 / max(grey.shape)
    shrunk = cv2.resize(grey, None, fx=small, fy=small, interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(shrunk, (9, 9), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return grey
    largest = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(largest) / (shrunk.shape[0] * shrunk.shape[1])
    corners = cv2.approxPolyDP(largest, 0.02 * cv2.arcLength(largest, True), True)
    if len(corners) != 4 or not 0.3 <= area <= 0.97:
        return grey
    points = corners.reshape(4, 2).astype("float32") / small
    # corners in order: top left, top right, bottom right, bottom left
    by_sum, by_difference = points.sum(axis=1), numpy.diff(points, axis=1).ravel()
    ordered = numpy.array(
        [
            points[by_sum.argmin()],
            points[by_difference.argmin()],
            points[by_sum.argmax()],
            points[by_difference.argmax()],
        ],
        dtype="float32",
    )
    width = int(max(numpy.linalg.norm(ordered[1] - ordered[0]), numpy.linalg.norm(ordered[2] - ordered[3])))
    height = int(max(numpy.linalg.norm(ordered[3] - ordered[0]), numpy.linalg.norm(ordered[2] - ordered[1])))
    target = numpy.array([[0, 0], [width, 0], [width, height], [0, height]], dtype="float32")
    matrix = cv2.getPerspectiveTransform(ordered, target)
    return cv2.warpPerspective(grey, matrix, (width, height), borderValue=255)


def _evened(grey: Any) -> Any:
    """The page with its light made even: each pixel against the paper around it."""
    import cv2

    paper = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (41, 41)))
    return cv2.divide(grey, paper, scale=255)


def _ink(grey: Any) -> Any:
    import cv2

    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _straightened(grey: Any) -> Any:
    """The page turned so that its rows of ink run level: the angle whose row profile is the
    sharpest, tried in tenth-degree steps on a reduced copy."""
    import cv2
    import numpy

    small = 800 / max(grey.shape)
    ink = cv2.resize(_ink(grey), None, fx=small, fy=small, interpolation=cv2.INTER_AREA)
    middle = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(middle, angle, 1.0), ink.shape[::-1])
        rows = turned.sum(axis=1, dtype=numpy.float64)
        return float(numpy.square(numpy.diff(rows)).sum())

    coarse = max(numpy.arange(-SKEW_MAX, SKEW_MAX + 0.01, 0.5), key=sharpness)
    angle = max(numpy.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness)
    if abs(angle) < 0.05:
        return grey
    centre = (grey.shape[1] / 2, grey.shape[0] / 2)
    matrix = cv2.getRotationMatrix2D(centre, float(angle), 1.0)
    return cv2.warpAffine(grey, matrix, grey.shape[::-1], flags=cv2.INTER_LINEAR, borderValue=255)


def _scaled(grey: Any) -> Any:
    """The page at the scale Tesseract reads Thai best at: its letters about LETTER pixels high
    (larger, it reads the marks above a row as a row of their own)."""
    import cv2
    import numpy

    count, _, boxes, _ = cv2.connectedComponentsWithStats(_ink(grey))
    heights = boxes[1:count, 3]
    letters = heights[
        (heights > 4) & (heights < 0.05 * grey.shape[0]) & (boxes[1:count, 2] < 0.05 * grey.shape[1])
    ]
    if not len(letters):
        return grey
    factor = min(max(LETTER / float(numpy.median(letters)), 0.5), 2.5)
    if abs(factor - 1) < 0.15:
        return grey
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=interpolation)


def _rulings(grey: Any) -> tuple[list[dict[str, Any]], Any]:
    """The page's ruling lines, as pdfplumber edges in points, and the page with them erased."""
    import cv2

    ink = _ink(grey)
    length = max(20, int(RULE_SHARE * grey.shape[1]))
    edges: list[dict[str, Any]] = []
    erased = grey.copy()
    for kernel in ((length, 1), (1, length)):
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, boxes, _ = cv2.connectedComponentsWithStats(lines)
        for x, y, width, height, _ in boxes[1:count]:
            if kernel[0] > 1:  # level: a horizontal rule at its middle
                top = bottom = (y + height / 2) * POINT
                x0, x1 = x * POINT, (x + width) * POINT
            else:
                x0 = x1 = (x + width / 2) * POINT
                top, bottom = y * POINT, (y + height) * POINT
            edges.append(ruling(x0, top, x1, bottom))
        thick = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
        erased[thick > 0] = 255
    return edges, erased


def _words(grey: Any, psm: int, left: int = 0, top: int = 0) -> Words:
    """The words OCR reads on a page (or on a part of it, `left` and `top` pixels in), each a
    glyph in points."""
    import tesserocr
    from PIL import Image as PIL

    api = _api()
    api.SetPageSegMode(psm)
    api.SetImage(PIL.fromarray(grey))
    api.Recognize()
    level = tesserocr.RIL.WORD
    glyphs: list[Glyph] = []
    weighted = letters = 0.0
    iterator = api.GetIterator()
    for word in tesserocr.iterate_level(iterator, level) if iterator is not None else ():
        text = _text(word, level)
        if not text:
            continue
        x0, y0, x1, y1 = word.BoundingBox(level)
        x0, x1, y0, y1 = x0 + left, x1 + left, y0 + top, y1 + top
        confidence = word.Confidence(level)
        weighted, letters = weighted + confidence * len(text), letters + len(text)
        # Thai is read in clusters of letters: one with no space before it goes on the word before
        joined = glyphs and not word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) and word.BlanksBeforeWord() == 0
        if joined:
            glyphs[-1].text += text
            glyphs[-1].x1 = max(glyphs[-1].x1, x1 * POINT)
            continue
        baseline = word.Baseline(level)
        row = word.RowAttributes()["row_height"] * POINT * SIZE_OF_ROW
        line = baseline[0][1] + top if baseline else y1
        glyphs.append(Glyph(text, x0 * POINT, x1 * POINT, line * POINT, row or (y1 - y0) * POINT))
    return Words(glyphs, weighted, int(letters))


CELL_INSET = 4  # pixels kept off a cell's ruling lines, where stubs of them are left
MARGIN = 24  # pixels of paper put around a cell read on its own
MARKS_ROW = 0.45  # a row this much lower than the page's usual row holds marks read as letters


def _page_words(grey: Any, ruled: Sequence[Any]) -> Words:
    """The words of a page: each cell of its ruled tables read on its own, as a block of text (a
    narrow column read with the page around it runs into its neighbours), then the rest."""
    import cv2
    import tesserocr

    rest = grey.copy()
    found = Words([], 0.0, 0)
    for table in ruled:
        x0, y0, x1, y1 = (round(v / POINT) for v in table.bbox)
        rest[y0:y1, x0:x1] = 255
        for row in table.rows:
            for bbox in row.cells:
                if bbox is None:
                    continue
                left, top, right, bottom = (round(v / POINT) for v in bbox)
                left, top = left + CELL_INSET, top + CELL_INSET
                cell = grey[top : bottom - CELL_INSET, left : right - CELL_INSET]
                if cell.size and cell.min() < 128:  # a cell with some ink in it
                    # Tesseract reads a block best with a margin of paper around it
                    framed = cv2.copyMakeBorder(cell, *(MARGIN,) * 4, cv2.BORDER_CONSTANT, value=255)
                    found = found.plus(
                        _words(framed, tesserocr.PSM.SINGLE_BLOCK, left - MARGIN, top - MARGIN)
                    )
    found = found.plus(_words(rest, tesserocr.PSM.AUTO))
    # Tesseract reads the marks above a row of Thai (ั ิ ี ้) as a row of their own, in letters
    # of junk (`Yu aA` over ผู้รับผิด): a row far lower than the page's rows is not text.
    sizes = sorted(glyph.size for glyph in found.glyphs)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    return found._replace(glyphs=[g for g in found.glyphs if g.size >= MARKS_ROW * usual])


def _text(word: Any, level: int) -> str:
    """A word's text; none for a blob OCR found no letter in (tesserocr raises for it)."""
    try:
        return (word.GetUTF8Text(level) or "").strip()
    except RuntimeError:  # "No text returned"
        return ""


class Read(NamedTuple):
    page: Page
    confidence: float
    letters: int

    @property
    def unread(self) -> bool:
        return self.letters == 0 or self.confidence < UNREAD_CONFIDENCE


def read(image: Image, number: int, photo: bool = False) -> Read:
    """A page image read: flattened where it is a photo, evened out, straightened, scaled, its
    ruling lines found, its words read."""
    grey = _grey(image)
    if photo:
        grey = _evened(_flattened(grey))
    grey = _scaled(_straightened(grey))
    rulings, erased = _rulings(grey)
    ruled = tuple(tables(rulings))
    words = _page_words(erased, ruled)
    page = Page(number, words.glyphs, grey.shape[0] * POINT, rulings, ocr=True, found=ruled)
    return Read(page, words.confidence, words.letters)


def frames(path: Path) -> Iterator[Image]:
    """The pages of an image file (a TIFF may hold several), turned upright as the camera says."""
    from PIL import Image as PIL
    from PIL import ImageOps, ImageSequence

    with PIL.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            yield ImageOps.exif_transpose(frame).convert("L")


def scan(reads: list[Read], unread: tuple[int, ...] = ()) -> Scan:
    """How the pages read from images were read: their mean confidence, and those left unread
    (by OCR, or by no OCR at all)."""
    letters = sum(r.letters for r in reads)
    confidence = sum(r.confidence * r.letters for r in reads) / letters if letters else 0.0
    left = tuple(sorted({*unread, *(r.page.number for r in reads if r.unread)}))
    return Scan(len(reads) + len(unread), round(confidence, 1), left)


def pages_of(reads: list[Read]) -> list[Page]:
    """The pages read, those OCR could not read left out (the scan says they were not read)."""
    return [r.page for r in reads if not r.unread]
