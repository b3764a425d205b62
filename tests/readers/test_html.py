"""Web pages and HTML table markup pasted into text exports, read with lxml's HTML parser."""

from __future__ import annotations

from datetime import date

from ita_lint import readers
from ita_lint.layout import build
from ita_lint.layout.model import Line
from ita_lint.readers import html, text_export

PAGE = """<!DOCTYPE html>
<html><head><title>ITA</title><script>var x = "<table>";</script></head><body>
<nav>หน้าแรก | ติดต่อเรา</nav>
<h2>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>
<p>โรงพยาบาลบ้านนา จังหวัดนครนายก ปีงบประมาณ พ.ศ. 2568</p>
<table border="1">
<tr><th rowspan="2">ที่</th><th rowspan="2">มาตรการ</th><th colspan="2">ระยะเวลา</th>
<th rowspan="2">งบประมาณ</th><th rowspan="2">ผลการดำเนินงาน</th></tr>
<tr><th>เริ่มต้น</th><th>สิ้นสุด</th></tr>
<tr><td>1</td><td>ประกาศนโยบาย No Gift Policy</td><td>1 ต.ค. 67</td><td>31 ต.ค. 67</td>
<td>ไม่ใช้งบประมาณ</td><td><p>ประกาศแล้ว</p><ul><li>เผยแพร่บนเว็บไซต์</li></ul></td></tr>
<tr><td>2</td><td></td><td>1 พ.ย. 67</td><td>30 ก.ย. 68</td><td>5,000</td><td>ดำเนินการแล้ว</td></tr>
<tr><td colspan="4">รวม</td><td>5,000</td><td></td></tr>
</table></body></html>
"""


def test_a_web_page_table_with_merged_cells(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(PAGE, encoding="utf-8")
    report = readers.read(path)
    assert report.agency.text == "โรงพยาบาลบ้านนา" and report.year == 2568
    first, second = (m for _, m in report.measures())  # the total row is no measure
    assert (first.period.value.start, first.period.value.end) == (date(2024, 10, 1), date(2024, 10, 31))
    assert first.result.text == "ประกาศแล้ว\nเผยแพร่บนเว็บไซต์"
    assert first.name.position.line == 10 and first.name.position.location == "table 1 row 3 cell 2"
    assert second.name.is_blank and second.budget.value.amount == 5000


def test_table_markup_pasted_into_a_text_export_keeps_its_line_numbers():
    text = (
        "รายงานผลการดำเนินการตามมาตรการ\nเทศบาลตำบลนาดี ปีงบประมาณ 2567\n" + PAGE[PAGE.index("<table border") :]
    )
    report = text_export.parse(text)
    (_, first), _ = report.measures()
    assert report.agency.text == "เทศบาลตำบลนาดี"
    assert first.name.position.line == 7


def test_a_caption_is_read_as_the_title():
    text = "<table><caption>รายงานผลการดำเนินงาน ปีงบประมาณ 2567</caption>" + PAGE[PAGE.index("<tr>") :]
    assert text_export.parse(text).year == 2567


def test_an_icon_labels_what_follows_by_its_tooltip():
    page = html.parse('<ul><li><i class="fa fa-money" title="งบประมาณที่ใช้"></i> 15,000 บาท</li></ul>')
    (line,) = [item for item in html.items(page) if isinstance(item, Line)]
    assert line.cell.raw == "งบประมาณที่ใช้: 15,000 บาท"


def test_a_table_that_lays_out_the_page_is_read_cell_by_cell():
    inner = (
        "<table><tr><th>มาตรการ</th><th>ระยะเวลา</th><th>ผลการดำเนินงาน</th></tr>"
        "<tr><td>ประกาศนโยบาย</td><td>ต.ค. 63</td><td>ประกาศแล้ว</td></tr>"
        "<tr><td>อบรม</td><td>ม.ค. 64</td><td></td></tr></table>"
    )
    page = html.parse(
        "<table><tr><td>เมนูหลัก<br>หน้าหลัก</td><td>"
        "รายงานผลการดำเนินการตามมาตรการ อบต.ตัวอย่าง ปีงบประมาณ พ.ศ. ๒๕๖๔" + inner + "</td></tr></table>"
    )
    report = build(html.items(page))
    assert [m.name.text for _, m in report.measures()] == ["ประกาศนโยบาย", "อบรม"] and report.year == 2564
