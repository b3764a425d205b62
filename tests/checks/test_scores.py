"""Score tables of analysis memos, read and checked: the Lopburi city memo's scores check out."""

from __future__ import annotations

from decimal import Decimal

from ita_lint import readers
from ita_lint.checks.scores import _agree
from ita_lint.records import Cell, ScoreCell, TableKind

from conftest import ROOT, SEEDS

SCORE_RULES = (
    "score-level-mismatch",
    "score-total-mismatch",
    "score-inconsistent",
    "weakness-without-measure",
)


def test_the_lopburi_city_memo_is_read_with_its_scores():
    memo = readers.read(SEEDS / "lopburi-city-2565-analysis.txt")
    assert (memo.overall.value, memo.level.text) == (Decimal("97.86"), "AA")
    ranked, by_instrument = [t.scores for t in memo.tables if t.kind is TableKind.SCORES]
    assert len(ranked) == len(by_instrument) == 10
    assert [s.instrument for s in by_instrument] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    assert by_instrument[1].score.value == Decimal("94.70")  # ๙๔.๗๐
    # 30% IIT + 30% EIT + 40% OIT, each the mean of its indicators
    means = {
        name: sum(s.score.value for s in by_instrument if s.instrument == name)
        / sum(1 for s in by_instrument if s.instrument == name)
        for name in ("IIT", "EIT", "OIT")
    }
    total = Decimal("0.3") * means["IIT"] + Decimal("0.3") * means["EIT"] + Decimal("0.4") * means["OIT"]
    assert abs(total - Decimal("97.86")) <= Decimal("0.01")


def test_the_lopburi_city_memo_scores_check_out_and_its_plan_lacks_no_gift(linter):
    found = {d.rule for d in linter.lint_path(SEEDS / "lopburi-city-2565-analysis.txt")}
    assert not found & set(SCORE_RULES)
    assert "no-gift-policy-missing" in found  # recommendation 4.2 asks for one; its plan has none


def test_each_wrong_memo_gives_its_one_finding(linter):
    documents = ROOT / "tests" / "fixtures" / "documents"
    expected = {
        "memo-scores-consistent.txt": set(),
        "memo-scores-wrong-level.txt": {"score-level-mismatch"},
        "memo-scores-wrong-total.txt": {"score-total-mismatch"},
        "memo-scores-inconsistent.txt": {"score-inconsistent"},
        "memo-weakness-without-measure.txt": {"weakness-without-measure"},
        "memo-weakness-covered.txt": set(),
    }
    for name, rules in expected.items():
        assert {d.rule for d in linter.lint_path(documents / name)} & set(SCORE_RULES) == rules, name


def test_scores_agree_at_the_precision_of_the_less_precise():
    def score(text: str) -> ScoreCell:
        return ScoreCell.read(Cell(text))

    assert _agree(score("96"), score("96.03")) and _agree(score("๙๖.๐๓"), score("96.03"))
    assert not _agree(score("96.03"), score("96.30"))
    assert score("๑๐๐.๐๐").value == Decimal("100.00") and score("ไม่มี").value is None


def test_a_record_keeps_scores_and_says_what_a_score_lacks(rules):
    import pytest

    from ita_lint.errors import ReadError
    from ita_lint.linter import Linter
    from ita_lint.readers import record_file

    memo = readers.read(ROOT / "examples" / "lopburi-city-2565-analysis.yaml")
    assert (memo.overall.value, memo.level.text) == (Decimal("97.86"), "AA")
    assert sum(len(t.scores) for t in memo.tables) == 20
    with pytest.raises(ReadError) as error:
        record_file.parse("tables:\n  - kind: scores\n    scores:\n      - {indicator: การใช้อำนาจ}\n")
    assert (str(error.value), error.value.position.line) == (
        "invalid record at tables.0.scores.0: a score has an indicator and a score",
        4,
    )
    [finding] = Linter(rules, "th").lint_unreadable("memo.yaml", error.value)
    assert finding.message.endswith("คะแนนแต่ละรายการต้องมีทั้งตัวชี้วัด (indicator) และคะแนน (score)")
