"""Builds the scan sets from corpus documents whose findings are known: each source's pages as a
scanner or a phone camera would give them, with the source's expect file.

    .venv/bin/python tests/corpus/scans.py     # needs numpy, OpenCV and Pillow (ita-lint[ocr])

- `scan-clean/`: 300 dpi black-and-white scans, one PDF of page images per source;
- `scan-noisy/`: 200 dpi grey scans with speckle, a little blur and about 1 degree of skew;
- `scan-photo/`: phone photos of the pages (the sheet on a table, seen at an angle, lit from one
  side), as JPEG (one page) or a TIFF of several pages, one JPEG stored sideways with its EXIF
  orientation saying so; and a scan saved as a PNG picture.

The expected findings are the source's, except those that rest on digits: OCR misreads Thai
digits (๖ as ๒, ๘ as ๕) with full confidence, so on a scan such a finding is a note to check by
eye (info), and the expect file tolerates it either way. Deterministic: a fixed seed per document.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy
import pypdfium2
import yaml
from PIL import Image

HERE = Path(__file__).parent
# rules whose findings rest on digits (`digits: true` in rules/*.yaml)
DIGIT_RULES = sorted(
    data["name"]
    for data in (yaml.safe_load(p.read_text("utf-8")) for p in (HERE.parents[1] / "rules").glob("*.yaml"))
    if data.get("digits")
)

CLEAN = [
    "tune/pdf-ruled-hospital-2568",
    "tune/pdf-borderless-police-2566",
    "holdout/pdf-labelled-dongmafai-2567-report",
    "holdout2/pdf-borderless-rpst-2566",
    "holdout3/pdf-ruled-khonkaen-court-2566",
    "holdout6/pdf-browserprint-mwa-2565",
    "holdout2/pdf-labelled-airport-2569",
    "holdout3/pdf-borderless-udon-police-2568",
]
NOISY = [
    "holdout/pdf-borderless-snru-2568-report",
    "holdout3/pdf-ruled-spm-chiangmai-2567",
    "tune/pdf-labelled-university-2567",
    "holdout6/pdf-borderless-police-nan-2567",
    "holdout2/pdf-borderless-buddhism-2568",
    "holdout4/pdf-split-tables-phitsanulok-doae-2567",
]
# (source, how the photo is stored)
PHOTO = [
    ("holdout6/pdf-browserprint-mwa-2565", ".jpg"),
    ("holdout6/pdf-colsplit-doae-chaiyaphum-2568", ".tif"),
    ("holdout3/pdf-borderless-rmu-2569", ".tif"),
    ("holdout/pdf-labelled-dongmafai-2567-report", ".tif"),
    ("tune/pdf-borderless-police-2566", ".tif"),
    ("holdout6/pdf-browserprint-mwa-2565", ".png"),
    ("holdout6/pdf-browserprint-mwa-2565", "sideways.jpg"),
]


def _pages(source: str, dpi: int) -> list[numpy.ndarray]:
    document = pypdfium2.PdfDocument(HERE / f"{source}.pdf")
    try:
        return [numpy.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil()) for page in document]
    finally:
        document.close()


def _clean(page: numpy.ndarray, seed: random.Random) -> Image.Image:
    """An office scanner's black and white: a threshold a little off the middle."""
    return Image.fromarray(page).point(lambda v: 255 if v > 150 + seed.randint(-15, 15) else 0, mode="1")


def _noisy(page: numpy.ndarray, seed: random.Random) -> Image.Image:
    height, width = page.shape
    angle = seed.choice((-1, 1)) * seed.uniform(0.7, 1.2)
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(page, turn, (width, height), borderValue=255)
    blurred = cv2.GaussianBlur(turned, (3, 3), 0.6).astype(numpy.float32)
    speckle = numpy.random.default_rng(seed.randint(0, 2**31)).normal(0, 9, blurred.shape)
    grey = numpy.clip(blurred * 0.93 + 10 + speckle, 0, 255).astype(numpy.uint8)
    return Image.fromarray(grey)


def _photo(page: numpy.ndarray, seed: random.Random) -> Image.Image:
    """The sheet lying on a darker table, seen from a little off square, lit from one side."""
    height, width = page.shape
    margin = int(0.08 * max(height, width))
    table = numpy.full((height + 2 * margin, width + 2 * margin), 70, numpy.uint8)
    table[margin : margin + height, margin : margin + width] = page
    corners = numpy.float32([[0, 0], [width, 0], [width, height], [0, height]]) + margin

    def jitter() -> list[float]:
        return [seed.uniform(-0.04, 0.04) * width, seed.uniform(-0.04, 0.04) * height]

    seen = corners + numpy.float32([jitter() for _ in range(4)])
    matrix = cv2.getPerspectiveTransform(corners, seen)
    warped = cv2.warpPerspective(table, matrix, table.shape[::-1], borderValue=70).astype(numpy.float32)
    across = numpy.linspace(seed.uniform(0.55, 0.7), 1.0, warped.shape[1], dtype=numpy.float32)
    if seed.random() < 0.5:
        across = across[::-1]
    lit = warped * across[numpy.newaxis, :]
    speckle = numpy.random.default_rng(seed.randint(0, 2**31)).normal(0, 4, lit.shape)
    grey = numpy.clip(cv2.GaussianBlur(lit, (3, 3), 0.8) + speckle, 0, 255).astype(numpy.uint8)
    return Image.fromarray(grey)


def _expect(source: str, family: str, how: str) -> str:
    data = yaml.safe_load((HERE / f"{source}.expect.yaml").read_text("utf-8"))
    findings = [f for f in data.get("findings") or [] if f["rule"] not in DIGIT_RULES]
    tolerated = [
        t for t in data.get("tolerated") or [] if (t if isinstance(t, str) else t["rule"]) not in DIGIT_RULES
    ]
    data.update(
        family=family,
        description=f"{how} of {source}: {data.get('description', '')}".strip(),
        findings=findings,
        tolerated=[*tolerated, *DIGIT_RULES],
    )
    data.pop("document", None)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)


def _pdf(images: list[Image.Image], dpi: int) -> bytes:
    out = io.BytesIO()
    options = {"quality": 60} if images[0].mode == "L" else {}  # grey pages as JPEG, black and white as fax
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), **options)
    return out.getvalue()


def _name(source: str, family: str) -> str:
    return f"{family}-{source.split('/')[1].removeprefix('pdf-')}"


def main() -> None:
    for family, sources, dpi, make in (
        ("scan-clean", CLEAN, 300, _clean),
        ("scan-noisy", NOISY, 200, _noisy),
    ):
        folder = HERE / family
        folder.mkdir(exist_ok=True)
        for source in sources:
            seed = random.Random(source)
            name = _name(source, family)
            images = [make(page, seed) for page in _pages(source, dpi)]
            (folder / f"{name}.pdf").write_bytes(_pdf(images, dpi))
            how = (
                "A 300 dpi black-and-white scan"
                if family == "scan-clean"
                else "A 200 dpi grey scan, skewed about 1°,"
            )
            (folder / f"{name}.expect.yaml").write_text(_expect(source, family, how), "utf-8")
    folder = HERE / "scan-photo"
    folder.mkdir(exist_ok=True)
    for source, stored in PHOTO:
        seed = random.Random(source + stored)
        name = _name(source, "scan-photo") + {"sideways.jpg": "-sideways", ".png": "-png"}.get(stored, "")
        # a scan saved as a picture, or phone photos
        make = _clean if stored == ".png" else _photo
        photos = [make(page, seed) for page in _pages(source, 200)]
        suffix = "." + stored.rpartition(".")[2]
        if stored.startswith("sideways"):
            # a phone holds the picture sideways and says in EXIF how to turn it upright
            exif = Image.Exif()
            exif[0x0112] = 6  # orientation: turn 90° clockwise to view
            photos[0].transpose(Image.Transpose.ROTATE_90).save(
                folder / f"{name}{suffix}", quality=80, exif=exif
            )
        elif suffix == ".tif":
            photos[0].save(
                folder / f"{name}.tif",
                save_all=True,
                append_images=photos[1:],
                compression="jpeg",
                quality=75,
            )
        else:
            photos[0].save(folder / f"{name}{suffix}", quality=80)
        how = (
            "A 200 dpi scan saved as PNG"
            if stored == ".png"
            else "Phone photos"
            if len(photos) > 1
            else "A phone photo"
        )
        (folder / f"{name}.expect.yaml").write_text(_expect(source, "scan-photo", how), "utf-8")


if __name__ == "__main__":
    main()
