"""End to end on the written corpus (tests/corpus): every family of layout agencies publish.

The tuning documents must give exactly the findings their reviewer expects. The held-out
documents were written blind and measured before any change was made for them (bench/accuracy.py
and the closing notes quote those numbers); here they guard recall and precision from falling.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ita_lint.readers import ocr

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "bench" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy  # dataclasses look their module up while the class is made
_spec.loader.exec_module(accuracy)

CORPUS = ROOT / "tests" / "corpus"
TUNE = sorted((CORPUS / "tune").glob("*.expect.yaml"))
FLOOR = 0.95  # recall and precision a held-out corpus must keep
WRONG_MAX = 2  # false errors and warnings one document may have
# Sets measured blind that the tool does not read that well yet (issue 21): each keeps at least
# what it reached (recall, precision, most false findings in one document), a ratchet raised as
# the readers improve, until it meets FLOOR and WRONG_MAX like the others.
RATCHET = {
    "holdout4": (1.0, 1.0, 0),
    "holdout5": (1.0, 0.98, 0),
    "holdout6": (1.0, 1.0, 0),
    "holdout7": (0.83, 0.76, 7),
    # scans read by OCR (issue 22): clean scans are to reach 0.80 recall, every scan set 0.95 precision
    "scan-clean": (0.71, 0.90, 1),
    "scan-noisy": (0.60, 0.75, 1),
    "scan-photo": (0.90, 0.90, 1),
}
# the scan sets are read by OCR, which a machine without it cannot do
NEEDS_OCR = ("scan-",)


def test_the_corpus_covers_every_family_with_at_least_forty_documents_and_ten_pdfs():
    documents = [f for d in accuracy.CORPORA for f in d.glob("*.expect.yaml")]
    families = {f.name.split("-")[0] for f in documents}
    assert len(documents) >= 40
    assert sum(f.name.startswith("pdf-") for f in documents) >= 10
    assert {"pdf", "text", "cell", "html", "markdown", "labelled", "docx", "xlsx", "csv"} <= families


@pytest.mark.parametrize("expect_file", TUNE, ids=[f.name.removesuffix(".expect.yaml") for f in TUNE])
def test_tuning_document_gives_the_reviewers_findings_and_no_others(expect_file: Path, linter):
    result = accuracy.evaluate(expect_file, linter)
    assert [str(m) for m in result.misses] == []
    assert [accuracy.shown(d) for d in result.false_alarms] == []
    assert result.read["measures"], result.read_detail


@pytest.mark.parametrize("corpus", [d for d in accuracy.CORPORA if d.name != "tune"], ids=lambda d: d.name)
def test_held_out_corpus_keeps_recall_and_precision(corpus: Path, linter):
    if corpus.name.startswith(NEEDS_OCR) and ocr.missing():
        pytest.skip(f"scans are read by OCR: {ocr.missing()}")
    results = [accuracy.evaluate(f, linter) for f in sorted(corpus.glob("*.expect.yaml"))]
    totals = accuracy.totals(results)
    recall = totals["tp"] / totals["expected"]
    precision = totals["tp"] / max(totals["found"], 1)
    # the numbers only: a held-out corpus's misses are not to be read while working on the tool
    low_recall, low_precision, most_wrong = RATCHET.get(corpus.name, (FLOOR, FLOOR, WRONG_MAX))
    measured = f"recall {recall:.2f}, precision {precision:.2f}"
    assert recall >= low_recall and precision >= low_precision, measured
    assert totals["most_wrong"] <= most_wrong
