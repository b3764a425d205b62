"""Misspelt key words: rules read through them, `thai-typo` points them out, real words stay."""

from __future__ import annotations

import textwrap

import pytest

from ita_lint.readers import record_file
from ita_lint.thai.typos import Typo, read_through, typos_in


def rules_of(linter, record: str) -> list[str]:
    return [d.rule for d in linter.lint_report(record_file.parse(textwrap.dedent(record)))]


def test_a_no_gift_measure_spelt_wrong_is_still_a_no_gift_measure(linter):
    record = """\
        tables:
          - measures:
              - {name: ประกาศนโยบายไม่รับของขวันและของกำนลทุกชนิด, result: ประกาศแล้ว}
              - {name: ช่องทางแจ้งเรื่องกรรร้องเรียนการทุจริตผ่านเว็ปไซต์, result: เปิดใช้แล้ว}
        """
    found = rules_of(linter, record)
    assert "no-gift-policy-missing" not in found and "complaint-channel-missing" not in found
    assert found.count("thai-typo") == 4


@pytest.mark.parametrize(
    "text",
    [
        "องค์กรร้องเรียนได้ทางเว็บไซต์",  # องค์กร + ร้องเรียน, not กรร้องเรียน
        "กำนันและผู้ใหญ่บ้านร่วมประชุม",  # a village headman, not ของกำนัล
        "ท้องถิ่น โปร่งใส งบประมาณ ดำเนินการ ทุจริต ของขวัญ ของกำนัล",
    ],
)
def test_real_words_are_no_misspellings(text: str):
    from ita_lint import thai

    assert typos_in(thai.normalize(text)) == []
    assert read_through(thai.normalize(text)) == thai.normalize(text)


def test_each_misspelling_is_named_once_with_its_correct_spelling():
    assert typos_in("เว็ปไซต์ และ เว็ปไซต์ ห้องถิน") == [
        Typo("เว็ปไซต์", "เว็บไซต์"),
        Typo("ห้องถิน", "ท้องถิ่น"),
    ]
    assert read_through("กรรร้องเรียนผ่านเวปไซด์") == "การร้องเรียนผ่านเว็บไซต์"
