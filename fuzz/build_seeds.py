"""Build the seed inputs of the fuzz targets into fuzz/seeds/<format>/ (run from anywhere).

Small documents of every format: copied from the repository's examples and test corpus when a
small one exists, made here otherwise (Word packages by hand, so that they hold only the parts
a Word file needs; workbooks with openpyxl; PDFs by hand, uncompressed, so that byte mutations
reach the text and the drawing operators). Every seed stays under 20 KB.

    .venv/bin/python fuzz/build_seeds.py
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import yaml
from openpyxl import Workbook
from zipparts import pack

FUZZ = Path(__file__).resolve().parent
ROOT = FUZZ.parent
SEEDS = FUZZ / "seeds"
MAX_SEED = 20_000

HEADER = ("มาตรการ", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ", "ผลการดำเนินการ")
MEASURES = (
    ("๑. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "ต.ค.๖๗ - ก.ย.๖๘", "ไม่ใช้งบประมาณ", "สำนักปลัด", "ประกาศแล้ว"),
    ("๒. อบรมคุณธรรมเจ้าหน้าที่", "ก.ย.๖๗ - ต.ค.๖๘", "๒๕,๐๐๐ บาท", "กองคลัง", ""),
    ("๓. ช่องทางร้องเรียนการทุจริต", "ม.ค. - เม.ย ๖๘", "ไม่ใช่ งบประมาณ", "", "เปิดช่องทางแล้ว"),
    ("๒. อบรมคุณธรรมเจ้าหน้าที่", "๑/๑๐/๒๕๖๗ - ๓๐/๙/๒๕๖๘", "0", "กองคลัง", "จัดอบรม ๑ ครั้ง"),
)
TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
AGENCY = "องค์การบริหารส่วนตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"

CLEAN_RECORD = ROOT / "examples" / "clean-example-2568-report.yaml"

# A record with a defect for most rules: also the document the rules target lints with a rule
# that loaded, so that its messages are formatted and its conditions tested.
DEFECTIVE_RECORD = f"""\
# ita-lint: disable-file=ITA501 -- a directive that silences nothing
kind: report
agency: {AGENCY}
fiscal_year: ๒๕๖๘
tables:
  - kind: report
    title: {TITLE}
    measures:
      # ita-lint: disable=duplicate-measure -- reviewed
      - name: {MEASURES[0][0]}
        period: {MEASURES[0][1]}
        budget: {MEASURES[0][2]}
        status: ดำเนินการเรียบร้อยแล้ว
        result: {MEASURES[0][4]}
      - name: {MEASURES[1][0]}
        period: {MEASURES[1][1]}
        budget: {MEASURES[1][2]}  # ita-lint: disable=ITA303,ITA999
        status: ดำเนินการแล้ว
      - name: {MEASURES[2][0]}
        period: ต.ค.๖๘ - ม.ค.๖๘
        budget: {MEASURES[2][2]}
        responsible: ~
        result: ดำเนินการ
      - name: {MEASURES[1][0]}
        period: ไม่ระบุ
        budget: 12,5OO
  - kind: plan
    fiscal_year: 2567
    columns: [name, period, budget]
    measures:
      - name: ""
        period: ๑ ต.ค. ๒๕๖๖ ถึง ๓๐ ก.ย. ๒๕๖๗
"""

SMALL_RECORDS = {
    "minimal.yaml": "agency: อบต.ตัวอย่าง\nfiscal_year: 2568\n",
    "anchors.yaml": "kind: plan\ntables:\n  - measures:\n"
    "      - &m {name: มาตรการ, period: ต.ค.๖๗, budget: 0}\n      - *m\n      - {name: *m, status: done}\n",
    "flow.yaml": '{"tables": [{"kind": "report", "measures": '
    '[{"name": "x", "budget": 1.5e3, "result": null}]}]}\n',
}

CONFIG_YAML = {
    "full.yaml": """\
select: ["ALL"]
extend-select: []
ignore: ["duplicate-measure"]
severity: {outcome-missing: error, ITA205: info}
exclude: ["archive/*"]
rules: ["ita-rules/"]
lang: th
fiscal-year: 2568
fail-on: error
baseline: .ita-lint-baseline.json
header-words: {budget: ["ค่าใช้สอย"], name: ["รายการ"]}
overrides:
  - files: ["reports/2566/*"]
    ignore: ["no-gift-policy-missing"]
    severity: {budget-column-missing: info}
""",
    "select.yaml": "select: [ITA2, budget-unparseable]\nextend-select: [ITA6]\nfail-on: warning\n",
    "extend.yaml": "extend: ../pyproject.toml\nlang: en\n",
    "empty.yaml": "# nothing configured\n",
}

CONFIG_TOML = {
    "full.toml": """\
[tool.ita-lint]
select = ["ALL"]
extend-select = []
ignore = ["duplicate-measure"]
severity = { outcome-missing = "error", ITA205 = "info" }
exclude = ["archive/*"]
rules = ["ita-rules/"]
lang = "th"
fiscal-year = 2568
fail-on = "error"
baseline = ".ita-lint-baseline.json"
header-words = { budget = ["ค่าใช้สอย"], name = ["รายการ"] }

[[tool.ita-lint.overrides]]
files = ["reports/2566/*"]
ignore = ["no-gift-policy-missing"]
severity = { budget-column-missing = "info" }
""",
    "subtables.toml": """\
[project]
name = "reports"

[tool."ita-lint"]
select = ["ITA2"]

[tool.ita-lint.severity]
ITA207 = "warning"

[tool.ita-lint.header-words]
period = ["ห้วงเวลา"]
""",
    "other-tool.toml": "[tool.ruff]\nline-length = 110\n# ita-lint is not configured here\n",
}

# --- Word: a package with only the parts a Word file needs -------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>'


def _cell(text: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_paragraph(text)}</w:tc>"


def _table(rows: list[str], columns: int) -> str:
    grid = "".join("<w:gridCol/>" for _ in range(columns))
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _row(cells: list[str], before: int = 0) -> str:
    properties = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    return f"<w:tr>{properties}{''.join(cells)}</w:tr>"


def _docx(body: str) -> bytes:
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    )
    parts = [
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _PACKAGE_RELS),
        ("word/document.xml", document),
    ]
    return pack([(name, text.encode()) for name, text in parts])


def docx_seeds() -> dict[str, bytes]:
    header = _row([_cell(text) for text in HEADER])
    plain = [_row([_cell(text) for text in measure]) for measure in MEASURES]
    table = _table([header, *plain], len(HEADER))
    merged = _table(
        [
            _row(
                [
                    _cell("ประเด็น", '<w:vMerge w:val="restart"/>'),
                    _cell("มาตรการ / ระยะเวลา", '<w:gridSpan w:val="2"/>'),
                ]
            ),
            _row([_cell("", "<w:vMerge/>"), _cell("มาตรการ"), _cell("ระยะเวลา")]),
            _row([_cell("การป้องกันการทุจริต"), _cell(MEASURES[0][0]), _cell(MEASURES[0][1])]),
            _row([_cell(MEASURES[1][0]), _cell(MEASURES[1][1])], before=1),
        ],
        3,
    )
    inner = _table([_row([_cell(MEASURES[2][0])]), _row([_cell("ขั้นตอน ๑")])], 1)
    nested_row = _row([f"<w:tc>{inner}<w:p/></w:tc>", *(_cell(text) for text in MEASURES[2][1:])])
    nested = _table([header, nested_row], len(HEADER))
    labelled = "".join(
        _paragraph(line)
        for line in (
            "มาตรการที่ ๑ " + MEASURES[0][0],
            "ระยะเวลา: " + MEASURES[0][1],
            "งบประมาณ: " + MEASURES[0][2],
            "ผลการดำเนินการ: " + MEASURES[0][4],
        )
    )
    title = _paragraph(TITLE) + _paragraph(AGENCY) + "<w:p/>"
    return {
        "table.docx": _docx(title + table),
        "merged.docx": _docx(title + merged),
        "content-control.docx": _docx(
            title + f"<w:sdt><w:sdtPr/><w:sdtContent>{nested}</w:sdtContent></w:sdt>"
        ),
        "labelled.docx": _docx(title + labelled),
    }


# --- Excel --------------------------------------------------------------------------------------------


def _workbook(fill) -> bytes:
    workbook = Workbook()
    fill(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def xlsx_seeds() -> dict[str, bytes]:
    def report(workbook: Workbook) -> None:
        sheet = workbook.active
        sheet.title = "รายงาน"
        sheet.append([TITLE])
        sheet.append([AGENCY])
        sheet.append([])
        sheet.append(["ลำดับ", *HEADER])
        for number, measure in enumerate(MEASURES, 1):
            sheet.append([number, *measure])
        sheet.merge_cells("A1:F1")

    def typed(workbook: Workbook) -> None:
        sheet = workbook.active
        sheet.append(["มาตรการ", "เริ่ม", "สิ้นสุด", "งบประมาณ"])
        sheet.append([MEASURES[0][0], date(2024, 10, 1), date(2025, 9, 30), 25000.0])
        sheet.append([MEASURES[1][0], date(2025, 1, 1), "=B2+30", 1.5])
        other = workbook.create_sheet("แผน")
        other.append([TITLE])
        other.append(["มาตรการ", "ระยะเวลา"])
        other.append([MEASURES[2][0], MEASURES[2][1]])

    return {"report.xlsx": _workbook(report), "typed.xlsx": _workbook(typed)}


# --- PDF: uncompressed, with the cross-reference table pdfium repairs when offsets are wrong --------


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _page_pdf(content: bytes, font: list[bytes]) -> bytes:
    """A one-page PDF: catalog, pages, page, content, then the font's objects (from object 5)."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            *font,
        ]
    )


_ROWS = [
    ("Measure", "Period", "Budget", "Result"),
    *((f"{i}. Gift policy", "Oct 2024 - Sep 2025", "0", "done") for i in range(1, 4)),
]


def _ruled_table(show) -> bytes:
    """A ruled table of the rows, each cell's text drawn by `show(text)`."""
    lines = [b"0.5 w"]
    widths, height, left, top = (260, 170, 90, 200), 24, 40, 520
    for index, row in enumerate(_ROWS):
        y = top - index * height
        x = left
        for width, text in zip(widths, row, strict=True):
            lines.append(b"%d %d %d %d re S" % (x, y - height, width, height))
            lines.append(b"BT /F1 10 Tf %d %d Td " % (x + 4, y - 16) + show(text) + b" Tj ET")
            x += width
    return b"\n".join(lines)


def pdf_seeds() -> dict[str, bytes]:
    helvetica = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    title = b"BT /F1 14 Tf 40 560 Td (Integrity and transparency measures 2025) Tj ET\n"
    ascii_pdf = _page_pdf(title + _ruled_table(lambda text: b"(" + text.encode() + b")"), helvetica)
    borderless = _page_pdf(
        title
        + b"\n".join(
            b"BT /F1 10 Tf 40 %d Td (%s) Tj 300 0 Td (%s) Tj 170 0 Td (%s) Tj ET"
            % (500 - 20 * i, row[0].encode(), row[1].encode(), row[2].encode())
            for i, row in enumerate(_ROWS)
        ),
        helvetica,
    )
    # Thai text in a few bytes: a Type 3 font whose glyphs are boxes, with a ToUnicode map
    thai_rows = [HEADER[:3], *(m[:3] for m in MEASURES[:2])]
    alphabet = sorted({ch for row in thai_rows for text in row for ch in text})
    codes = {ch: 33 + i for i, ch in enumerate(alphabet)}
    procs = b" ".join(b"/g%d 7 0 R" % codes[ch] for ch in alphabet)
    differences = b" ".join(b"%d /g%d" % (codes[ch], codes[ch]) for ch in alphabet)
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def"
        b" 1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar\n"
        % len(alphabet)
        + b"\n".join(b"<%02X> <%04X>" % (codes[ch], ord(ch)) for ch in alphabet)
        + b"\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    type3 = [
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << "
        + procs
        + b" >> /Encoding << /Type /Encoding /Differences ["
        + differences
        + b"] >>"
        b" /FirstChar 33 /LastChar %d /Widths [%s] /ToUnicode 6 0 R /Resources << >> >>"
        % (32 + len(alphabet), b" ".join(b"600" for _ in alphabet)),
        _stream(cmap),
        _stream(b"600 0 0 0 600 700 d1 0 0 600 700 re f"),
    ]

    def show(text: str) -> bytes:
        return b"<" + "".join(f"{codes[ch]:02X}" for ch in text).encode() + b">"

    thai_pdf = _page_pdf(
        b"\n".join(
            b"BT /F1 10 Tf 40 %d Td %s Tj 300 0 Td %s Tj 170 0 Td %s Tj ET"
            % (500 - 20 * i, show(row[0]), show(row[1]), show(row[2]))
            for i, row in enumerate(thai_rows)
        ),
        type3,
    )
    return {"ruled.pdf": ascii_pdf, "borderless.pdf": borderless, "thai-type3.pdf": thai_pdf}


# --- text formats ---------------------------------------------------------------------------------


def text_seeds() -> dict[str, bytes]:
    rows = ["\t".join(HEADER), *("\t".join(m) for m in MEASURES)]
    pipes = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
        *("| " + " | ".join(m) + " |" for m in MEASURES),
    ]
    return {
        "tabs.txt": "\n".join([TITLE, AGENCY, "", *rows, ""]).encode(),
        "pipes.txt": "\n".join([TITLE, "", *pipes, ""]).encode(),
        "utf16.txt": "\n".join([TITLE, *rows[:2]]).encode("utf-16"),
    }


def csv_seeds() -> dict[str, bytes]:
    def line(cells: tuple[str, ...], delimiter: str) -> str:
        return delimiter.join(f'"{c}"' if delimiter in c or "\n" in c else c for c in cells)

    measures = [*MEASURES, (MEASURES[0][0], "ต.ค.๖๗\nถึง ก.ย.๖๘", "1,000", "กอง, งาน", "")]
    return {
        f"{name}.csv": "\r\n".join([TITLE, "", line(HEADER, d), *(line(m, d) for m in measures), ""]).encode()
        for name, d in (("comma", ","), ("semicolon", ";"), ("tab", "\t"))
    }


def html_seeds() -> dict[str, bytes]:
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in m) + "</tr>" for m in MEASURES)
    spans = (
        '<tr><th rowspan="2">ประเด็น</th><th colspan="2">มาตรการ</th></tr>'
        "<tr><th>มาตรการ</th><th>ระยะเวลา</th></tr>"
        f"<tr><td>ป้องกันการทุจริต</td><td><p>{MEASURES[0][0]}</p><ul><li>ขั้นตอน ๑</li></ul></td>"
        f"<td>{MEASURES[0][1]}<br>{MEASURES[1][1]}</td></tr>"
    )
    return {
        "table.html": (
            f'<?xml version="1.0" encoding="utf-8"?><html><head><meta charset="utf-8"></head><body>'
            f"<h1>{TITLE}</h1><p>{AGENCY}</p><table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
            "</body></html>\n"
        ).encode(),
        "spans.html": f"<table border=1>{spans}</table><div>ช่องทางร้องเรียน</div>\n".encode(),
    }


def record_seeds() -> tuple[dict[str, bytes], dict[str, bytes]]:
    records = {"defective.yaml": DEFECTIVE_RECORD, **SMALL_RECORDS}
    as_json = {}
    for name in ("defective.yaml", "clean"):
        source = DEFECTIVE_RECORD if name == "defective.yaml" else CLEAN_RECORD.read_text("utf-8")
        data = yaml.safe_load(source)
        as_json[name.removesuffix(".yaml") + ".json"] = json.dumps(
            data, ensure_ascii=False, indent=1
        ).encode()
    as_json["minimal.json"] = b'{"agency": "\\u0e2d\\u0e1a\\u0e15.", "fiscal_year": 2568, "tables": []}\n'
    return {name: text.encode() for name, text in records.items()}, as_json


def write(directory: str, files: dict[str, bytes]) -> None:
    target = SEEDS / directory
    target.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        if len(data) >= MAX_SEED:
            raise SystemExit(f"seed {directory}/{name} is {len(data)} bytes, not under {MAX_SEED}")
        (target / name).write_bytes(data)


def main() -> None:
    shutil.rmtree(SEEDS, ignore_errors=True)
    yaml_records, json_records = record_seeds()
    write("yaml", yaml_records)
    write("json", json_records)
    write("text", text_seeds())
    write("csv", csv_seeds())
    write("html", html_seeds())
    write("docx", docx_seeds())
    write("xlsx", xlsx_seeds())
    write("pdf", pdf_seeds())
    write("config-yaml", {name: text.encode() for name, text in CONFIG_YAML.items()})
    write("config-toml", {name: text.encode() for name, text in CONFIG_TOML.items()})
    for directory in sorted(SEEDS.iterdir()):
        sizes = [p.stat().st_size for p in directory.iterdir()]
        print(f"{directory.relative_to(FUZZ)}: {len(sizes)} seeds, largest {max(sizes)} bytes")


if __name__ == "__main__":
    main()
