"""Reading each document format, as a ratio to parsing the file alone, measured in one run.

.venv/bin/python bench/formats.py            # the tuning corpus, best of 5 per document
.venv/bin/python bench/formats.py --runs 10

"Parse alone" is what the format's own library does before ita-lint's layout stages start:
PDFium's text of every page (PDF), python-docx opening the document (Word), openpyxl loading the
workbook (Excel), lxml parsing the page (HTML), decoding the bytes (text, CSV). "Read" is
`readers.read`: the same parse, the layout stream, table detection, header recognition and row
assembly into a report. "Lint" adds every rule. The ratios say what the layout stages cost over
the parse a reader cannot avoid.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from ita_lint import readers
from ita_lint.linter import Linter
from ita_lint.readers.decoding import read_text
from ita_lint.ruleset import by_default, load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "tune"


def _pdf(path: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    for page in document:
        page.get_textpage().get_text_range()
    document.close()


def _docx(path: Path) -> None:
    import docx

    docx.Document(str(path))


def _xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        list(sheet.iter_rows(values_only=True))
    workbook.close()


def _html(path: Path) -> None:
    import lxml.html

    lxml.html.document_fromstring(read_text(path))


PARSE: dict[str, Callable[[Path], None]] = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".html": _html,
    ".txt": read_text,
    ".md": read_text,
    ".csv": read_text,
}


def best(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    linter = Linter(by_default(load_rules()), lang="en")
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for path in sorted(CORPUS.iterdir()):
        parse = PARSE.get(path.suffix)
        if parse is None or not path.with_name(path.stem + ".expect.yaml").exists():
            continue
        row = totals[path.suffix]
        row[0] += best(args.runs, lambda p=path, parse=parse: parse(p))  # type: ignore[misc]
        row[1] += best(args.runs, lambda p=path: _read(p))
        row[2] += best(args.runs, lambda p=path: linter.lint_path(p))
        row[3] += 1
    print(f"{CORPUS.relative_to(ROOT)}, best of {args.runs} per document, times summed per format\n")
    print("| format | documents | parse alone | read | lint | read / parse | lint / read |")
    print("|---|---|---|---|---|---|---|")
    for suffix, (parse_time, read_time, lint_time, count) in sorted(totals.items()):
        print(
            f"| {suffix} | {int(count)} | {parse_time * 1000:.1f} ms | {read_time * 1000:.1f} ms "
            f"| {lint_time * 1000:.1f} ms | {read_time / parse_time:.2f}x | {lint_time / read_time:.2f}x |"
        )


def _read(path: Path) -> None:
    with contextlib.suppress(readers.ReadError):  # a scan: reading stops where the parse found no text
        readers.read(path)


if __name__ == "__main__":
    main()
