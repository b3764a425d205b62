"""Rule patterns: RE2 on UTF-8 keys, alone or as a set searched in one pass."""

from __future__ import annotations

import pytest

from ita_lint.patterns import compile_pattern, compile_set, is_valid


def test_a_pattern_reads_thai_as_characters_in_utf8_text():
    # `.` is one Thai character, not one byte of it; classes hold Thai ranges
    assert compile_pattern("ช่องทาง.{0,3}ร้องเรียน").search("ช่องทางการร้องเรียน".encode())
    assert not compile_pattern("ช่องทาง.{0,2}ร้องเรียน").search("ช่องทางการร้องเรียน".encode())
    assert compile_pattern("[ก-ฮ]+ที่ \\d+").search("มาตรการที่ 3".encode())


@pytest.mark.parametrize(
    "text",
    ["ประกาศนโยบาย no gift policy", "ไม่รับของขวัญ", "ช่องทางแจ้งเบาะแส", "ไม่เกี่ยวข้อง", ""],
)
def test_a_set_finds_what_each_of_its_patterns_finds_alone(text: str):
    patterns = ("no[ -]?gift", "(ไม่|งด)รับ(ของขวัญ|ของกำนัล)", "แจ้งเบาะแส", "^ไม่")
    expected = [
        index for index, pattern in enumerate(patterns) if compile_pattern(pattern).search(text.encode())
    ]
    assert sorted(compile_set(patterns).matching(text.encode())) == expected


def test_patterns_that_could_hang_a_backtracking_engine_are_linear():
    assert is_valid("(a+)+$")
    assert not compile_pattern("(a+)+$").search(b"a" * 50_000 + b"!")
    assert not is_valid("(?<=x)y")  # lookbehind: RE2 refuses it at load time
