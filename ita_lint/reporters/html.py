"""HTML: one self-contained page for the people who read a bulk review (`--format html -o f.html`).

Everything is inline (styles, a few lines of script, the charts as SVG): the page opens offline
and can be mailed as one file. It shows the files checked (agency, province, fiscal year, kind,
errors and warnings, clean and unreadable files included), findings per rule and per kind of
agency as bar charts, and every finding with what to write instead, in a table that a filter box
narrows and a click on a heading sorts. Thai or English by `--lang`; system fonts only.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from ita_lint.diagnostics import Severity
from ita_lint.reporters import SEVERITY_WORDS, Run, kind_word, place
from ita_lint.reporters.summary import rows as file_rows

WORDS = {
    "en": {
        "title": "ita-lint report",
        "summary": "{findings} finding(s) in {files} file(s): {error} error(s), {warning} warning(s)",
        "files": "Files",
        "per_rule": "Findings per rule",
        "per_type": "Findings per kind of agency",
        "findings": "Findings",
        "filter": "Filter (agency, rule, text)",
        "all": "All severities",
        "file": "File",
        "agency": "Agency",
        "province": "Province",
        "year": "Fiscal year",
        "kind": "Document",
        "checked": "Checked",
        "yes": "yes",
        "no": "could not be read",
        "errors": "Errors",
        "warnings": "Warnings",
        "where": "Where",
        "severity": "Severity",
        "rule": "Rule",
        "message": "What is wrong",
        "fix": "What to write instead",
        "none": "(no agency named)",
    },
    "th": {
        "title": "รายงานผลการตรวจ ita-lint",
        "summary": "พบ {findings} รายการใน {files} ไฟล์: ข้อผิดพลาด {error} คำเตือน {warning}",
        "files": "ไฟล์ที่ตรวจ",
        "per_rule": "ข้อค้นพบแยกตามกฎ",
        "per_type": "ข้อค้นพบแยกตามประเภทหน่วยงาน",
        "findings": "ข้อค้นพบ",
        "filter": "ค้นหา (หน่วยงาน กฎ ข้อความ)",
        "all": "ทุกระดับ",
        "file": "ไฟล์",
        "agency": "หน่วยงาน",
        "province": "จังหวัด",
        "year": "ปีงบประมาณ",
        "kind": "เอกสาร",
        "checked": "ตรวจ",
        "yes": "ตรวจแล้ว",
        "no": "อ่านไม่ได้",
        "errors": "ข้อผิดพลาด",
        "warnings": "คำเตือน",
        "where": "ตำแหน่ง",
        "severity": "ระดับ",
        "rule": "กฎ",
        "message": "สิ่งที่ผิด",
        "fix": "ควรเขียนอย่างไร",
        "none": "(ไม่ระบุหน่วยงาน)",
    },
}

STYLE = """
body{font-family:system-ui,"Noto Sans Thai","Tahoma",sans-serif;font-size:18px;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top}
th{background:#eef2f7;cursor:pointer;text-align:left}tr.error td:nth-child(4){color:#b00020;font-weight:600}
tr.warning td:nth-child(4){color:#8a5a00}input,select{font-size:1rem;padding:.3rem;margin:.3rem .5rem .8rem 0}
.bar{fill:#3b6ea8}.label{font-size:13px}.charts{display:flex;flex-wrap:wrap;gap:2rem}
"""

SCRIPT = """
const rows=[...document.querySelectorAll('#findings tbody tr')];
function apply(){const q=document.getElementById('filter').value.toLowerCase();
const s=document.getElementById('severity').value;let shown=0;
for(const r of rows){const ok=(!q||r.textContent.toLowerCase().includes(q))&&(!s||r.classList.contains(s));
r.hidden=!ok;if(ok)shown++;}document.getElementById('shown').textContent=shown;}
document.getElementById('filter').addEventListener('input',apply);
document.getElementById('severity').addEventListener('change',apply);
for(const table of document.querySelectorAll('table.sortable')){
 table.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
  const body=table.tBodies[0];const up=th.dataset.dir!=='up';th.dataset.dir=up?'up':'down';
  const key=r=>r.cells[i].dataset.sort??r.cells[i].textContent;
  [...body.rows].sort((a,b)=>{const x=key(a),y=key(b);const n=parseFloat(x)-parseFloat(y);
   return (isNaN(n)?x.localeCompare(y,'th'):n)*(up?1:-1);}).forEach(r=>body.appendChild(r));}));}
"""


def _chart(counts: Counter[str], caption: str) -> str:
    """A horizontal bar chart as inline SVG, largest first."""
    items = counts.most_common(15)
    if not items:
        return ""
    top = items[0][1]
    bars = []
    for index, (label, count) in enumerate(items):
        y = 26 * index + 5
        width = max(2, int(260 * count / top))
        bars.append(
            f'<text class="label" x="0" y="{y + 15}">{escape(label[:40])}</text>'
            f'<rect class="bar" x="330" y="{y}" width="{width}" height="20"/>'
            f'<text class="label" x="{336 + width}" y="{y + 15}">{count}</text>'
        )
    size = f'width="660" height="{26 * len(items) + 10}"'
    svg = f'<svg role="img" aria-label="{escape(caption)}" {size}>{"".join(bars)}</svg>'
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def _cells(values: list[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{value}</{tag}>" for value in values)


def render(run: Run) -> str:
    diagnostics = list(run.diagnostics)
    words = WORDS[run.lang]
    named = SEVERITY_WORDS[run.lang]
    rules = {rule.code: rule for rule in run.rules}
    files = file_rows(run)
    by_path = {str(row["path"]): row for row in files}
    counts = Counter(d.severity for d in diagnostics)
    per_type = Counter(str(by_path.get(d.path, {}).get("agency_type") or words["none"]) for d in diagnostics)
    file_lines = "".join(
        "<tr>"
        + _cells(
            [
                escape(str(row["path"])),
                escape(str(row["agency"] or words["none"])),
                escape(str(row["province"] or "")),
                str(row["fiscal_year"] or ""),
                escape(kind_word(str(row["kind"]), run.lang)),
                words["yes"] if row["checked"] else words["no"],
                str(row["errors"]),
                str(row["warnings"]),
            ]
        )
        + "</tr>"
        for row in files
    )
    finding_lines = []
    for d in diagnostics:
        rule = rules.get(d.code)
        fix = rule.fix.get(run.lang, "") if rule is not None else ""
        where = f"{d.line}:{d.column}" + (f" ({place(d.location, run.lang)})" if d.location else "")
        agency = by_path.get(d.path, {}).get("agency") or words["none"]
        finding_lines.append(
            f'<tr class="{d.severity}"><td>{escape(str(agency))}</td><td>{escape(d.path)}</td>'
            f'<td data-sort="{d.line:08d}">{escape(where)}</td>'
            f'<td data-sort="{2 - d.severity.rank}">{escape(named[d.severity])}</td>'
            f"<td>{escape(d.code)} {escape(d.rule)}</td><td>{escape(d.message)}</td>"
            f"<td>{escape(fix)}</td></tr>"
        )
    summary = words["summary"].format(
        findings=len(diagnostics),
        files=len(run.files),
        error=counts[Severity.ERROR],
        warning=counts[Severity.WARNING],
    )
    file_head = _cells(
        [words[k] for k in ("file", "agency", "province", "year", "kind", "checked", "errors", "warnings")],
        "th",
    )
    finding_head = _cells(
        [words[k] for k in ("agency", "file", "where", "severity", "rule", "message", "fix")], "th"
    )
    options = f'<option value="">{escape(words["all"])}</option>' + "".join(
        f'<option value="{severity}">{escape(named[severity])}</option>' for severity in Severity
    )
    charts = _chart(Counter(d.rule for d in diagnostics), words["per_rule"]) + _chart(
        per_type, words["per_type"]
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{run.lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width">',
            f"<title>{escape(words['title'])}</title><style>{STYLE}</style></head>",
            f'<body><h1>{escape(words["title"])}</h1><p id="summary">{escape(summary)}</p>',
            f'<div class="charts">{charts}</div>',
            f"<h2>{escape(words['files'])}</h2>",
            f'<table id="files" class="sortable"><thead><tr>{file_head}</tr></thead>',
            f"<tbody>{file_lines}</tbody></table>",
            f'<h2>{escape(words["findings"])} (<span id="shown">{len(diagnostics)}</span>)</h2>',
            f'<label>{escape(words["filter"])} <input id="filter" type="search"></label>',
            f'<label>{escape(words["severity"])} <select id="severity">{options}</select></label>',
            f'<table id="findings" class="sortable"><thead><tr>{finding_head}</tr></thead>',
            f"<tbody>{''.join(finding_lines)}</tbody></table>",
            f"<script>{SCRIPT}</script></body></html>",
            "",
        ]
    )
