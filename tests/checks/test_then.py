"""The `then` kind: functions applied to a field, or to the text of a report's measures."""

from __future__ import annotations

from ita_lint.checks import Subject, then
from ita_lint.readers import record_file

REPORT = record_file.parse(
    """\
fiscal_year: 2568
tables:
  - measures:
      - name: ประกาศนโยบาย No Gift Policy
        result: เผยแพร่ทางเว็บไซต์แล้ว
      - name: ช่องทางร้องเรียนการทุจริต
        steps: เปิดรับเรื่องทางโทรศัพท์
"""
)


def concept(*patterns: str) -> dict[str, object]:
    return {"then": [{"function": "concept", "options": {"patterns": list(patterns)}}]}


def test_report_rules_make_the_text_of_the_measures_once_and_share_it():
    subject = Subject("r.yaml", REPORT, shared={})
    assert list(then.check(subject, concept("no gift policy"))) == []
    assert list(then.check(subject, concept("ร้องเรียน"))) == []
    [problem] = then.check(subject, concept("ผลประโยชน์ทับซ้อน"))
    [text] = subject.shared.values()  # one text for the three rules
    alone = [m for _, m in REPORT.measures()]
    assert text.key == then._text_of(alone, alone[0].position, then.TEXT_FIELDS).key
    assert "ร้องเรียน" in problem.args["value"] and "ทุจริต" in problem.args["value"]


def test_without_a_place_to_share_each_rule_makes_its_own_text():
    subject = Subject("r.yaml", REPORT)
    assert list(then.check(subject, concept("ร้องเรียน"))) == []
    assert len(list(then.check(subject, concept("ผลประโยชน์ทับซ้อน")))) == 1
