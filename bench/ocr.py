"""Scans read by OCR: seconds per page for OCR alone, for the whole check of a scan, and for a
re-run of the check that the result cache answers, on one core, measured in one run.

.venv/bin/python bench/ocr.py                  # every document of the scan sets
.venv/bin/python bench/ocr.py tests/corpus/scan-clean

"OCR alone" is Tesseract reading each page image as ita-lint hands it over (`ocr.read`: the page
found, straightened, scaled, its ruling lines erased, each table cell and the rest of the page
read). "Check" is `ita-lint check` on the file: rendering the PDF's pages, OCR, the layout stages
and every rule. "Cached" is the same command again: the result cache knows the file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"  # one core, as the figures say

from ita_lint.readers import ocr, pdf  # after the thread limit is set

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "tests" / "corpus" / name for name in ("scan-clean", "scan-noisy", "scan-photo")]
SCANS = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def _images(path: Path) -> list:
    """The page images OCR is handed: a PDF's pages rendered, or an image file's frames."""
    if path.suffix.lower() != ".pdf":
        return list(ocr.frames(path))
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return [pdf.page_image(page) for page in document]
    finally:
        document.close()


def _check(path: Path, cache: str) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-m", "ita_lint", "check", "--isolated", "--cache-dir", cache, str(path)]
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("sets", nargs="*", type=Path, default=SETS)
    args = parser.parse_args()
    if ocr.missing():
        sys.exit(f"OCR is not installed: {ocr.missing()}")
    columns = ("set", "documents", "pages", "OCR alone, s/page", "check, s/page", "cached re-run, s/page")
    print("| " + " | ".join((*columns, "check / OCR")) + " |")
    print("|---|---|---|---|---|---|---|")
    for folder in args.sets:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SCANS)
        pages = alone = checked = cached = 0.0
        with tempfile.TemporaryDirectory() as cache:
            for path in files:
                images = _images(path)
                start = time.perf_counter()
                for number, image in enumerate(images, start=1):
                    ocr.read(image, number, photo=path.suffix.lower() != ".pdf")
                alone += time.perf_counter() - start
                pages += len(images)
                checked += _check(path, cache)
                cached += _check(path, cache)
        print(
            f"| {folder.name} | {len(files)} | {int(pages)} | {alone / pages:.2f} | {checked / pages:.2f} "
            f"| {cached / pages:.3f} | {checked / alone:.2f}x |"
        )


if __name__ == "__main__":
    main()
