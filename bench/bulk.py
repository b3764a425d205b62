"""Bulk review on N generated reports: ita-lint cold and cached, with 1 and 2 jobs, against
loading the same files alone and against check-jsonschema, in one run (issue 9's targets).

    .venv/bin/python bench/bulk.py                  # 10,000 files (a few minutes)
    .venv/bin/python bench/bulk.py --files 1000
    .venv/bin/python bench/bulk.py --yaml-only       # the same reports, all as YAML records
    .venv/bin/pip install check-jsonschema           # optional, dev only: enables its row

The reports are YAML records of about 30 KB (varied agencies, provinces, years and sizes, with
the defects reviewers find: missing budgets, unparseable periods, statuses without results,
periods past the fiscal year, no No Gift Policy measure), with a tenth written as text exports
and a few as Word and Excel files. Each command runs in a process of its own; wall time and its
own peak memory are measured (bench/scale.py's wrapper). check-jsonschema runs on the first 500
YAML files only (it is slow) and is compared per file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import docx
import openpyxl
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from scale import ITA_LINT, measured

AGENCIES = [
    ("องค์การบริหารส่วนตำบล", "อบต."),
    ("เทศบาลตำบล", "เทศบาล"),
    ("เทศบาลเมือง", "เทศบาล"),
    ("องค์การบริหารส่วนจังหวัด", "อบจ."),
    ("โรงพยาบาล", "โรงพยาบาล"),
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สพป."),
]
PLACES = ["บ้านกล้วย", "นาดี", "หนองบัว", "ลพบุรี", "สระบุรี", "เชียงราย", "ขอนแก่น", "สงขลา", "ตราด", "น่าน"]
AREAS = ["การเปิดเผยข้อมูล", "การป้องกันการทุจริต", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต"]
MEASURES = [
    "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
    "พัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านระบบออนไลน์",
    "จัดทำคู่มือการปฏิบัติงานและเผยแพร่ทางเว็บไซต์ของหน่วยงาน",
    "อบรมเสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรมและความโปร่งใสให้บุคลากร",
    "เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณประจำปี",
    "ประเมินความเสี่ยงการทุจริตและกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน",
]
# who a measure is for: with MEASURES, distinct names for every measure of a report
AUDIENCES = ["สำหรับบุคลากร", "สำหรับผู้บริหาร", "สำหรับประชาชน", "สำหรับผู้รับบริการ", "ในหน่วยงาน", "ประจำปีงบประมาณ"]
STATUSES = ["ดำเนินการแล้ว", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "✓ ดำเนินการแล้ว", "ดำเนินการแล้ว ร้อยละ 100"]
MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def measure(rng: random.Random, year: int, index: int, name: str) -> dict[str, str]:
    start, end = sorted(rng.sample(range(12), 2))
    short = str(year % 100).translate(THAI_DIGITS)
    before = str(year % 100 - 1).translate(THAI_DIGITS)  # October to December: the year before
    period = f"{MONTHS[start]}{short if start > 2 else before} - {MONTHS[end]}{short if end > 2 else before}"
    text = " ".join(rng.choice(MEASURES) for _ in range(rng.randint(1, 3)))
    row = {
        "area": rng.choice(AREAS),
        "name": f"{index}. {name}",
        "steps": text,
        "period": period,
        "responsible": rng.choice(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"]),
        "budget": rng.choice(["ไม่ใช้งบประมาณ", f"{rng.randint(500, 500_000):,} บาท", "๒๕,๐๐๐ บาท"]),
        "status": rng.choice(STATUSES),
        "result": f"ดำเนินการแล้ว {text}",
        "outcome": f"บุคลากรมีความรู้ความเข้าใจ {text}",
    }
    defect = rng.random()
    if defect < 0.05:
        row["budget"] = "ไม่ใช่ งบประมาณ"
    elif defect < 0.10:
        row["period"] = "ตามความเหมาะสม"
    elif defect < 0.15:
        row["result"] = ""
    elif defect < 0.18:
        row["period"] = f"ต.ค.{short} - ธ.ค.{short}"  # past the fiscal year
    elif defect < 0.22:
        del row["budget"]
    return row


def record(rng: random.Random) -> dict[str, object]:
    kind, type_ = rng.choice(AGENCIES)
    year = rng.randint(2563, 2569)
    count = rng.randint(12, 22)  # about 30 KB
    pairs = rng.sample([(what, who) for what in MEASURES for who in AUDIENCES], count)
    names = [f"{what} {who}" for what, who in pairs]
    if rng.random() < 0.05:  # a row copied
        names[-1] = names[0]
    return {
        "kind": "report",
        "agency": kind + rng.choice(PLACES),
        "agency_type": type_,
        "province": rng.choice(PLACES),
        "fiscal_year": year,
        "tables": [
            {"kind": "report", "measures": [measure(rng, year, i, names[i - 1]) for i in range(1, count + 1)]}
        ],
    }


def write(path: Path, data: dict[str, object], form: str) -> None:
    rows = data["tables"][0]["measures"]  # type: ignore[index]
    columns = ["name", "period", "budget", "result", "outcome", "responsible"]
    heads = ["มาตรการ", "ระยะเวลาดำเนินการ", "งบประมาณที่ใช้จริง", "ผลการดำเนินการ", "ผลลัพธ์", "ผู้รับผิดชอบ"]
    title = [f"รายงานผลการดำเนินการตามมาตรการ {data['agency']} ปีงบประมาณ พ.ศ. {data['fiscal_year']}"]
    table = [heads] + [[str(row.get(column, "")) for column in columns] for row in rows]  # type: ignore[union-attr]
    if form == "yaml":
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    elif form == "txt":
        path.write_text("\n".join(title + ["\t".join(cells) for cells in table]) + "\n", encoding="utf-8")
    elif form == "docx":
        document = docx.Document()
        document.add_paragraph(title[0])
        grid = document.add_table(rows=len(table), cols=len(heads))
        for r, cells in enumerate(table):
            for c, text in enumerate(cells):
                grid.cell(r, c).text = text
        document.save(str(path))
    else:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(title)
        for cells in table:
            sheet.append(cells)
        workbook.save(path)


def generate(directory: Path, count: int, seed: int = 2568, yaml_only: bool = False) -> list[Path]:
    rng = random.Random(seed)
    files = []
    for index in range(count):
        roll = rng.random()
        form = "docx" if roll < 0.02 else "xlsx" if roll < 0.04 else "txt" if roll < 0.14 else "yaml"
        form = "yaml" if yaml_only else form
        folder = directory / f"{index // 200:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{index:05d}.{form}"
        write(path, record(rng), form)
        files.append(path)
    return files


_LOAD = (
    "import sys, yaml; from pathlib import Path\n"
    "for path in Path(sys.argv[1]).rglob('*.yaml'):\n"
    "    yaml.load(path.read_text('utf-8'), Loader=yaml.CSafeLoader)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument(
        "--yaml-only",
        action="store_true",
        help="every report a YAML record (the corpus issue 9's targets name), none as text, Word or Excel",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ita-lint-bulk-") as temp:
        root = Path(temp) / "reports"
        files = generate(root, args.files, yaml_only=args.yaml_only)
        yaml_files = [path for path in files if path.suffix == ".yaml"]
        size = sum(path.stat().st_size for path in yaml_files) / max(1, len(yaml_files)) / 1000
        print(f"{len(files)} files ({len(yaml_files)} YAML records of {size:.0f} KB on average)\n")
        check = [*ITA_LINT, "check", "--isolated", "--format", "json", str(root)]
        runs = {}
        for jobs in ("1", "2"):
            cache = str(Path(temp) / f"cache-{jobs}")
            runs[f"ita-lint, {jobs} job(s), cold"] = measured([*check, "--jobs", jobs, "--cache-dir", cache])
            runs[f"ita-lint, {jobs} job(s), cached"] = measured(
                [*check, "--jobs", jobs, "--cache-dir", cache]
            )
        runs["yaml.load(CSafeLoader), YAML only"] = measured([sys.executable, "-c", _LOAD, str(root)])
        schema = Path(temp) / "schema.json"
        schema.write_text(
            __import__("subprocess").run([*ITA_LINT, "schema"], capture_output=True, text=True).stdout,
            "utf-8",
        )
        sample = [str(path) for path in yaml_files[:500]]
        tool = Path(sys.executable).parent / "check-jsonschema"
        if tool.exists():
            runs[f"check-jsonschema, {len(sample)} YAML"] = measured(
                [str(tool), "--schemafile", str(schema), *sample]
            )
        cold = runs["ita-lint, 1 job(s), cold"][0]
        rows = [("what", "wall", "per file", "peak memory", "ratio")]
        for label, (seconds, peak, _) in runs.items():
            count = (
                len(sample)
                if label.startswith("check-jsonschema")
                else len(yaml_files)
                if "YAML only" in label
                else len(files)
            )
            ratio = f"{seconds / cold:.2f}x cold" if label.startswith("ita-lint") else ""
            rows.append(
                (label, f"{seconds:.1f} s", f"{seconds / count * 1000:.2f} ms", f"{peak:.0f} MB", ratio)
            )
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        for row in rows:
            print(
                "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |"
            )


if __name__ == "__main__":
    main()
