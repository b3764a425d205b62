"""How rows and paragraphs number their measures."""

from __future__ import annotations

import pytest

from ita_lint.layout import numbering


@pytest.mark.parametrize("text", ["๑", "1.", "(2)", "1.1", "๑๒)"])
def test_numbers_alone(text):
    assert numbering.is_number(text)


@pytest.mark.parametrize("text", ["๒๕๖๘", "1 ต.ค.", "ประชุม", "12,500"])
def test_not_numbers(text):
    assert not numbering.is_number(text)


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("๑. ประกาศนโยบาย", True),
        ("มาตรการที่ ๓ พัฒนาช่องทาง", True),
        ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน", True),
        ("IIT ๔ การใช้ทรัพย์สิน", True),
        ("iit 4 การใช้", True),  # comparison keys are lower case
        ("O42 ช่องทางร้องเรียน", True),
        ("๒๕๖๘ เป็นปีที่", False),  # a year is no number
        ("1/2567", False),
        ("ประกาศนโยบาย", False),
    ],
)
def test_text_that_starts_with_a_measure_number(text, numbered):
    assert numbering.is_numbered(text) is numbered


def test_a_paragraph_head_is_a_measure_number_not_a_sub_item():
    assert numbering.MEASURE_HEAD.match("๑. ประกาศนโยบายไม่รับของขวัญ")
    assert numbering.MEASURE_HEAD.match("มาตรการที่ 2 จัดทำคู่มือ")
    assert not numbering.MEASURE_HEAD.match("1.1 ระยะเวลา: ต.ค. ๖๗")


@pytest.mark.parametrize(
    "text", ["ข้อ ๒. มาตรการป้องกัน", "ข้อ l. มาตรการเผยแพร่", "มาตรการที ๓ อบรม", "ข้อที่ 4 ตรวจสอบ"]
)
def test_measure_heads_after_ข้อ_and_with_ocr_damage(text: str):
    assert numbering.MEASURE_HEAD.match(text)
