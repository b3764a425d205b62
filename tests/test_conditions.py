"""`when` conditions that look at the whole document: `mentions` and `fiscal_year`."""

from __future__ import annotations

import textwrap

from ita_lint.readers import record_file

NO_GIFT_ITEMS = {"no-gift-announcement-missing", "no-gift-activity-missing", "no-gift-report-missing"}


def rules_of(linter, record: str) -> set[str]:
    return {d.rule for d in linter.lint_report(record_file.parse(textwrap.dedent(record)))}


def test_no_gift_items_are_asked_only_where_there_is_a_no_gift_measure(linter):
    without = """\
        fiscal_year: 2566
        tables:
          - measures:
              - {name: จัดทำคู่มือการปฏิบัติงาน, result: เผยแพร่แล้ว}
        """
    found = rules_of(linter, without)
    assert "no-gift-policy-missing" in found and not found & NO_GIFT_ITEMS


def test_no_gift_items_are_asked_in_the_year_that_requires_them(linter):
    record = """\
        fiscal_year: {year}
        tables:
          - measures:
              - {{name: ประกาศนโยบายไม่รับของขวัญ (No Gift Policy), result: ประกาศแล้ว}}
        """
    assert rules_of(linter, record.format(year=2566)) & NO_GIFT_ITEMS == {
        "no-gift-activity-missing",
        "no-gift-report-missing",
    }
    assert not rules_of(linter, record.format(year=2567)) & NO_GIFT_ITEMS
    assert not rules_of(linter, record.format(year=2565)) & NO_GIFT_ITEMS
