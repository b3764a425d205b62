"""Damaged input of every kind: the tool reports, never crashes, and a bulk run carries on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ita_lint.diagnostics import Diagnostic

from conftest import EXAMPLES, SEEDS

SOURCES = sorted(SEEDS.glob("*.txt")) + sorted(EXAMPLES.glob("*.yaml"))


def mutations(text: str, rng: random.Random) -> list[str]:
    lines = text.splitlines()
    cut = rng.randrange(len(text))
    return [
        text[:cut],  # truncated anywhere, even inside a multi-byte sequence's character
        "\n".join(rng.sample(lines, len(lines))),  # rows shuffled
        text.replace("\t", "\t\t", rng.randrange(1, 50)),  # cells shifted
        text.replace("\t", " ", rng.randrange(1, 50)),  # cells merged
        "\n".join(line + "\t" * rng.randrange(4) for line in lines),  # trailing empty cells
        text.replace("๖", "<p>").replace("ก.ย.", "</ul>"),  # stray markup in periods
        "".join(rng.choice([ch, ch + "\u200b", "\ufffd"]) for ch in text[:3000]),  # damage
        text.replace(":", ": [").replace("- ", "- {"),  # broken YAML
    ]


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_mutated_reports_give_findings_not_tracebacks(linter, tmp_path: Path, source: Path):
    rng = random.Random(source.name)  # deterministic per sample
    for index, text in enumerate(mutations(source.read_text("utf-8"), rng)):
        path = tmp_path / f"{index}{source.suffix}"
        path.write_text(text, encoding="utf-8")
        found = linter.lint_path(path)
        assert all(isinstance(d, Diagnostic) for d in found)
        assert not any("internal error" in d.message for d in found), [d.message for d in found]


@pytest.mark.parametrize("suffix", [".txt", ".yaml", ".json", ".md", ".docx", ".xlsx", ".csv"])
def test_random_bytes_are_a_parse_error_or_nothing_to_check(linter, tmp_path: Path, suffix: str):
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(random.Random(suffix).randbytes(4096))
    found = linter.lint_path(path)
    assert [d.rule for d in found] in (["parse-error"], ["no-measures-table"])
