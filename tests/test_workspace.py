"""The workspace's run over many files: the collector's settings are the run's own."""

from __future__ import annotations

import gc
from pathlib import Path

from ita_lint.config import Finder
from ita_lint.workspace import Workspace

EXAMPLES = sorted(Path(__file__).parent.parent.joinpath("examples").glob("*.yaml"))


def test_a_run_collects_less_and_gives_the_collector_back_as_it_was() -> None:
    workspace = Workspace(Finder(None, isolated=True))
    before = gc.get_threshold(), gc.get_freeze_count()
    during = []
    for _ in workspace.lint_all(EXAMPLES, "en", jobs=1):
        during.append(gc.get_threshold())
    assert len(during) == len(EXAMPLES)
    assert all(threshold[0] > before[0][0] for threshold in during)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
