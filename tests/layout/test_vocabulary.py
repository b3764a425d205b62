"""The header and agency vocabulary: data files, matched on damaged text."""

from __future__ import annotations

import pytest

from ita_lint.layout import vocabulary
from ita_lint.layout.vocabulary import NUMBER, OTHER, START
from ita_lint.records import Column, DocumentKind
from ita_lint.thai import normalize

WORDS = vocabulary.default()


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("มาตรการ/แนวทางการดำเนินการ", Column.NAME),  # the first word names the column
        ("แนวทางการดำเนินการ", Column.STEPS),
        ("สรุปผลการดำเนินการตามมาตรการ", Column.RESULT),
        ("ขนั้ ตอน/วิธีการ", Column.STEPS),  # tone mark displaced by PDF extraction
        ("ระยะเวลาดาเนินการ", Column.PERIOD),  # sara am dropped
        ("ระยะเวลาดำาเนินการ", Column.PERIOD),  # sara am doubled
        ("งบประมาณที่ใช้จริง (บาท)", Column.BUDGET),
        ("หน่วยงานที่รับผิดชอบ", Column.RESPONSIBLE),
        ("ผลลัพธ์หรือผลสัมฤทธิ์", Column.OUTCOME),
        ("ตัวชี้วัดความสำเร็จ", OTHER),
        ("ลำดับที่", NUMBER),
        ("เริ่มต้น", START),
        ("รายละเอียดอื่น ๆ", Column.STEPS),
        ("หมายเหตุ", OTHER),
        ("ชื่อผู้ประสานงาน", None),
    ],
)
def test_header_cell_names_its_column(header, role):
    assert WORDS.role(header) == role


def test_a_field_named_by_an_earlier_cell_gives_way_to_the_other_field_the_cell_names():
    assert WORDS.role("แนวทาง/วิธีการดำเนินการ") is Column.NAME
    assert WORDS.role("แนวทาง/วิธีการดำเนินการ", frozenset({Column.NAME})) is Column.STEPS


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [
        (
            "รายงานของ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1 ประจำปี",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1",
            "สำนักงานเขตพื้นที่การศึกษา",
        ),
        ("สถานีตำรวจภูธรเมืองนครพนม จังหวัดนครพนม", "สถานีตำรวจภูธรเมืองนครพนม", "สถานีตำรวจ"),
        ("การประปาส่วนภูมิภาคสาขาชุมแพ", "การประปาส่วนภูมิภาคสาขาชุมแพ", "รัฐวิสาหกิจ"),
        ("ศาลจังหวัดสกลนคร", "ศาลจังหวัดสกลนคร", "ศาล"),
        ("อบต.หนองบัว อำเภอเมือง", "อบต.หนองบัว", "อบต."),
        ("มหาวิทยาลัยราชภัฏอุบลราชธานี", "มหาวิทยาลัยราชภัฏอุบลราชธานี", "มหาวิทยาลัย"),
        ("การท่องเที่ยวแห่งประเทศไทย สำนักงานน่าน", "การท่องเที่ยวแห่งประเทศไทย", "รัฐวิสาหกิจ"),
    ],
)
def test_agency_and_its_kind_from_a_title_line(title, name, kind):
    agency = WORDS.find_agency(title)
    assert agency is not None
    assert (agency.name, agency.type) == (name, kind)


def test_programme_names_and_the_nacc_are_never_the_agency():
    assert WORDS.find_agency("โครงการโรงเรียนสุจริต") is None
    assert WORDS.find_agency("ตามที่สำนักงานป้องกันการทุจริตแห่งชาติ ได้ประเมิน") is None
    agency = WORDS.find_agency("โครงการโรงเรียนสุจริต ของ โรงเรียนบ้านนา")
    assert agency is not None and agency.name == "โรงเรียนบ้านนา"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", DocumentKind.REPORT),
        ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", DocumentKind.PLAN),
        ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", DocumentKind.ANALYSIS),
        ("ประกาศ เรื่อง นโยบายไม่รับของขวัญ", None),
    ],
)
def test_what_a_title_line_says_the_document_is(title, kind):
    assert WORDS.title_kind(title) == kind


def test_configured_header_words_extend_the_vocabulary():
    assert WORDS.role("ค่าใช้สอยจริง") is None
    extended = WORDS.extended({"budget": ["ค่าใช้สอย"], "other": ["รหัสโครงการ"]})
    assert extended.role("ค่าใช้สอยจริง") is Column.BUDGET
    assert extended.role("รหัสโครงการ") == OTHER
    assert WORDS.role("ค่าใช้สอยจริง") is None  # the default is left as it was


def test_area_headings_are_numbered_or_name_an_area():
    assert WORDS.names_area("๓. ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสาร (ต่อ)")
    assert WORDS.names_area("ประเด็นที่ ๒ การให้บริการ")
    assert WORDS.names_area("การใช้อำนาจ")
    assert not WORDS.names_area("ณ วันที่ ๓๐ กันยายน ๒๕๖๗ ดังนี้")


def test_a_forms_code_after_an_agency_prefix_is_not_an_agency():
    assert WORDS.find_agency("แบบ ITA-สภ.02") is None
    found = WORDS.find_agency("แบบ ITA-สภ.02 งานอำนวยการ สภ.เมืองลำปาง")
    assert found is not None and found.name == "สภ.เมืองลำปาง"


def test_provincial_offices_and_project_offices_are_agencies_and_a_parent_is_not():
    found = WORDS.find_agency("สำนักงานสหกรณ์จังหวัดตาก กรมส่งเสริมสหกรณ์")
    assert found is not None and (found.name, found.type) == ("สำนักงานสหกรณ์จังหวัดตาก", "หน่วยงาน")
    found = WORDS.find_agency("โครงการชลประทานเชียงราย สำนักงานชลประทานที่ 1")
    assert found is not None and found.name == "โครงการชลประทานเชียงราย"
    found = WORDS.find_agency("(แบบ ธร.ITA 02 สำหรับหน่วยงานในสังกัดกรมธนารักษ์)")
    assert found is None or found.name != "กรมธนารักษ์"


def test_a_field_named_first_in_a_heading_of_two_names_the_column():
    assert WORDS.role("ผลการดำเนินงาน / หมายเหตุ") is Column.RESULT
    assert WORDS.role("หมายเหตุ") == OTHER
    assert WORDS.role("งบประมาณคงเหลือ") == OTHER  # no slash: the remaining budget is not the budget


def test_the_signature_block_ends_a_table_whatever_marks_ocr_dropped():
    words = vocabulary.default()
    assert words.ends_table("ผู้รายงาน นางสาวกนกพร มูลสาร")
    assert words.ends_table("ผูรายงาน vy นางสาวกนกพร มูลสาร")  # OCR dropped the tone mark
    assert not words.ends_table("ผู้รับบริการพึงพอใจร้อยละ ๙๐")


def test_the_date_work_was_done_on_names_the_period_column():
    assert WORDS.role(normalize("วันที่ดำเนินการ")) is Column.PERIOD
    assert WORDS.role(normalize("เวลา")) is Column.PERIOD
