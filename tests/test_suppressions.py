from __future__ import annotations

import json

from ita_lint.readers import record_file
from ita_lint.suppressions import scan

RECORD = """\
fiscal_year: 2568
tables:
  - measures:
      - name: ๑.มาตรการป้องกันผลประโยชน์ทับซ้อน
        period: ต.ค.๖๗ - ก.ย.๖๘
        result: ประกาศแล้ว
        outcome: ไม่พบการร้องเรียน
      # ita-lint: disable=duplicate-measure,ITA403 -- repeated on purpose: two divisions report it
      - name: ๓.มาตรการป้องกันผลประโยชน์ทับซ้อน
        period: ก.ย.๖๗ - ต.ค.๖๘
        result: ประกาศแล้ว
      - name: ประกาศนโยบาย No Gift Policy
        period: ต.ค.๖๗ - ก.ย.๖๘  # ita-lint: disable=ITA207
        result: ระบบรับเรื่องร้องเรียนการทุจริต
        outcome: ดี
"""


def test_scan_finds_directives_and_their_targets():
    inline, above = sorted(scan(RECORD), key=lambda s: s.line, reverse=True)
    assert (above.codes, above.line, above.target, above.whole_file) == (
        ("duplicate-measure", "ITA403"),
        8,
        9,
        False,
    )
    assert above.reason == "repeated on purpose: two divisions report it"
    assert (inline.codes, inline.line, inline.target, inline.reason) == (("ITA207",), 13, 13, None)
    (whole,) = scan("# ita-lint: disable-file=no-gift-policy-missing\nagency: x\n")
    assert whole.whole_file and whole.codes == ("no-gift-policy-missing",)
    assert scan("agency: x  # a plain comment\n") == []


def test_a_directive_above_a_measure_covers_the_whole_measure_and_unused_ones_are_reported(linter):
    report = record_file.parse(RECORD)._replace(path="r.yaml")
    found = [(d.rule, d.line) for d in linter.lint_report(report)]
    # the second measure's duplicate (line 9) and missing outcome are silenced, its period is not
    assert ("duplicate-measure", 9) not in found and ("outcome-missing", 9) not in found
    assert ("period-outside-fiscal-year", 10) in found
    # the inline directive on line 13 silences nothing: that period is fine
    assert ("unused-suppression", 13) in found
    unused = next(d for d in linter.lint_report(report) if d.rule == "unused-suppression")
    assert unused.column == 34 and "ITA207" in unused.message


def test_disable_file(linter):
    text = RECORD.replace("No Gift", "อื่น").replace("ระบบรับเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้ว")
    found = [(d.rule, d.line) for d in linter.lint_report(record_file.parse(text))]
    assert {"no-gift-policy-missing", "complaint-channel-missing"} <= {rule for rule, _ in found}
    silenced = record_file.parse("# ita-lint: disable-file=ITA501, complaint-channel-missing\n" + text)
    found = [(d.rule, d.line) for d in linter.lint_report(silenced)]
    assert not {"no-gift-policy-missing", "complaint-channel-missing"} & {rule for rule, _ in found}
    assert ("unused-suppression", 1) not in found


def test_a_directive_for_a_rule_that_did_not_run_is_told_apart_from_an_unused_one(tmp_path):
    from click.testing import CliRunner

    from ita_lint.cli import cli

    record = tmp_path / "r.yaml"
    record.write_text(RECORD, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["check", "--format", "json", "--ignore", "duplicate-measure", str(record)]
    )
    found = {(f["rule"], f["line"]): f for f in json.loads(result.output)}
    # line 8 names duplicate-measure, ignored in this run: not stale, only not selected
    assert "duplicate-measure" in found[("unselected-suppression", 8)]["message"]
    assert found[("unselected-suppression", 8)]["severity"] == "info"
    assert ("unused-suppression", 13) in found  # ITA207 ran and found nothing there
