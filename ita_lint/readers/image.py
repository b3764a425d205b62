"""Images of report pages: scans and phone photos (.png, .jpg, .tif with several pages), read by
OCR (`ocr`) and laid out like a PDF's pages (`pages`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ita_lint.layout.model import ReadItem
from ita_lint.limits import DEFAULT, Limits, limit_error
from ita_lint.readers import ReadError, ocr, pages


def items(path: Path, limits: Limits) -> Iterator[ReadItem]:
    need = ocr.unavailable(limits)
    if need is not None:
        raise ReadError(f"this file is a picture of a page, and reading it needs OCR: {need}", kind="scanned")
    reads = []
    for number, frame in enumerate(ocr.frames(path), start=1):
        if number > limits.ocr_pages:
            raise limit_error(f"more than {limits.ocr_pages} pages to read by OCR")
        reads.append(ocr.read(frame, number, photo=True))
    yield from pages.items(ocr.pages_of(reads))
    yield ocr.scan(reads)


def items_of(path: Path, limits: Limits = DEFAULT) -> list[ReadItem]:
    from PIL import UnidentifiedImageError

    try:
        return list(items(path, limits))
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ReadError(f"not a readable image: {type(error).__name__}: {error}") from error
