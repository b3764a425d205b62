"""Numbered paragraphs with labelled fields: measures written without a table."""

from __future__ import annotations

from ita_lint.readers import text_export

PARAGRAPHS = """\
รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
สถานีตำรวจภูธรตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

ประเด็นที่ ๑ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต

๑. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด
   (No Gift Policy)
   ระยะเวลาดำเนินการ: ต.ค. ๖๗
   งบประมาณ: ไม่ใช้ งบประมาณ
   ผลการดำเนินงาน: ผู้กำกับการลงนามประกาศ
   และเผยแพร่ทางเว็บไซต์

ประเด็นที่ ๒ การให้บริการและระบบ E-Service

๒. พัฒนาระบบแจ้งความออนไลน์
   1.1 ระยะเวลาดำเนินการ : ม.ค. - เม.ย ๖๘
   1.2 งบประมาณ : ๑๕,๐๐๐ บาท
   1.3 ผลการดำเนินงาน :
"""


def test_labelled_fields_become_the_measures_fields():
    report = text_export.parse(PARAGRAPHS)
    (_, first), (_, second) = report.measures()
    assert first.name.text == "๑. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด\n(No Gift Policy)"
    assert first.result.text == "ผู้กำกับการลงนามประกาศ\nและเผยแพร่ทางเว็บไซต์"
    assert first.budget.value is not None and first.budget.value.none_used
    assert second.period.value is not None and second.budget.value.amount == 15000
    assert second.result.is_blank
    assert (second.period.position.line, second.period.position.column) == (16, 28)


def test_headings_between_measures_name_their_areas():
    areas = [m.area.text for _, m in text_export.parse(PARAGRAPHS).measures()]
    assert areas == [
        "ประเด็นที่ ๑ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต",
        "ประเด็นที่ ๒ การให้บริการและระบบ E-Service",
    ]


def test_a_numbered_measure_missing_a_field_among_labelled_ones_is_still_read():
    text = (
        "แผนภาพมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n"
        "มาตรการที่ ๑\nประกาศนโยบายไม่รับของขวัญ\nช่วงเวลา ต.ค. – พ.ย. ๖๖\nผู้รับผิดชอบ กลุ่มอำนวยการ\n\n"
        "มาตรการที่ ๒\nจัดทำแนวปฏิบัติการใช้รถยนต์ราชการ\nผู้รับผิดชอบ กลุ่มอำนวยการ\n\n"
        "มาตรการที่ ๓\nอบรมบุคลากร\nช่วงเวลา มี.ค. ๖๗\nผู้รับผิดชอบ กลุ่มอำนวยการ\n"
    )
    measures = [m for _, m in text_export.parse(text).measures()]
    assert [m.name.text.split("\n")[0] for m in measures] == ["มาตรการที่ ๑", "มาตรการที่ ๒", "มาตรการที่ ๓"]
    assert [m.period.is_blank for m in measures] == [False, True, False]


def test_a_bulleted_line_with_one_label_is_not_a_measure():
    text = (
        "รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
        "▪ ผลคะแนน ITA ปีงบประมาณ ๒๕๖๗ = ๙๑.๒๕ คะแนน\n\n"
        "๑. ประกาศนโยบายไม่รับของขวัญ\nระยะเวลา: ต.ค. ๖๗\nผู้รับผิดชอบ: กลุ่มงานบริหาร\n\n"
        "๒. อบรมจริยธรรม\nระยะเวลา: ม.ค. ๖๘\nผู้รับผิดชอบ: กลุ่มงานบริหาร\n"
    )
    names = [m.name.text for _, m in text_export.parse(text).measures()]
    assert names == ["๑. ประกาศนโยบายไม่รับของขวัญ", "๒. อบรมจริยธรรม"]


def test_one_numbered_list_without_labels_is_not_a_table():
    text = "รายงานผล\n๑. ประชุมชี้แจง\n๒. จัดทำคู่มือ\n"
    assert text_export.parse(text).measures() == []


def test_labels_on_lines_of_their_own_and_markdown_labels():
    definition_list = (
        "รายงานผลการดำเนินการตามมาตรการ การท่าเรือตัวอย่าง ปีงบประมาณ พ.ศ. ๒๕๖๖\n"
        "1. ประกาศนโยบายไม่รับของขวัญ\nระยะเวลา\nต.ค. 65\nงบประมาณ\nไม่ใช้งบประมาณ\nผลการดำเนินงาน\nประกาศแล้ว\n"
        "2. อบรมจริยธรรม\nระยะเวลา\nม.ค. 66\nงบประมาณ\n\nผลการดำเนินงาน\nอบรมแล้ว\n"
    )
    first, second = (m for _, m in text_export.parse(definition_list).measures())
    assert first.budget.value.none_used and first.result.text == "ประกาศแล้ว"
    assert second.period.text == "ม.ค. 66" and second.budget.is_blank
    markdown = (
        "# รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ พ.ศ. 2568\n\n"
        "### 1.1 จัดทำคู่มือ\n- **ระยะเวลา:** ต.ค. 67 – ม.ค. 68\n- **งบประมาณ:** ไม่ใช้งบประมาณ\n\n"
        "### 1.2 อบรม\n- **ระยะเวลา:** ม.ค. 68\n- **งบประมาณ:** 5,000 บาท\n"
    )
    budgets = [m.budget.value.amount for _, m in text_export.parse(markdown).measures()]
    assert budgets == [None, 5000]


def test_a_post_with_emoji_labels_and_keycap_numbers():
    post = (
        "อบต.ตัวอย่าง รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568\n\n"
        "✅ 1️⃣ ประกาศนโยบายไม่รับของขวัญ No Gift Policy\n🗓 ต.ค. 67\n💰 ไม่ใช้งบประมาณ\n👉 ประกาศแล้ว\n\n"
        "⏳ 2️⃣ ติดตั้งระบบ E-Service\n🗓 พ.ค. - ก.ย. 68\n💰 15,000 บาท\n\n"
        "(✅ = ดำเนินการแล้ว  ⏳ = อยู่ระหว่างดำเนินการ)\n"
    )
    first, second = (m for _, m in text_export.parse(post).measures())
    assert first.budget.value.none_used and first.result.text == "ประกาศแล้ว"
    assert second.budget.value.amount == 15000 and str(second.status.value) == "in_progress"


def test_a_markdown_headings_marks_are_not_part_of_the_measures_name():
    text = (
        "# รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568\n\n"
        "### 4.1 จัดทำทะเบียนคุมการยืมทรัพย์สิน\n- ระยะเวลา: ต.ค. 67\n- ผลการดำเนินงาน: จัดทำแล้ว\n\n"
        "### 4.2 ตรวจสอบพัสดุประจำปี\n- ระยะเวลา: ก.ย. 68\n- ผลการดำเนินงาน: ตรวจแล้ว\n"
    )
    names = [m.name for _, m in text_export.parse(text).measures()]
    assert [n.text for n in names] == ["4.1 จัดทำทะเบียนคุมการยืมทรัพย์สิน", "4.2 ตรวจสอบพัสดุประจำปี"]
    assert (names[0].position.line, names[0].position.column) == (3, 5)


def test_a_period_drawn_as_a_bar_of_month_cells_reads_from_its_first_to_its_last_worked_month():
    text = (
        "แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
        "คำอธิบาย  ■ = เดือนที่ดำเนินการ   □ = ไม่มีกิจกรรม\n\n"
        "๑. ประกาศนโยบายไม่รับของขวัญ\n"
        "    ต.ค.๖๖ [■■□|□□□|□□□|□□□] ก.ย.๖๗    ผู้รับผิดชอบ สำนักปลัด\n\n"
        "๒. รายงานผลการใช้จ่ายงบประมาณรายไตรมาส\n"
        "    ต.ค.๖๖ [□□■|□□■|□□■|□□□] ก.ย.๖๗    ผู้รับผิดชอบ กองคลัง\n"
    )
    first, second = (m for _, m in text_export.parse(text).measures())
    assert (first.period.text, first.responsible.text) == ("ต.ค. - พ.ย.", "สำนักปลัด")
    assert second.period.value.start.month == 12 and second.period.value.end.month == 6
    assert (first.responsible.position.line, first.responsible.position.column) == (5, 53)
