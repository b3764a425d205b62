"""Cached findings: an unchanged file is not read again; anything that could change its findings
(its bytes, the rules, the settings, the language) checks it again; the cache is disposable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ita_lint import readers
from ita_lint.cli import cli

from conftest import EXAMPLES, SEEDS


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    for source in [*sorted(SEEDS.glob("*.txt"))[:3], EXAMPLES / "lopburi-pao-2568-report.yaml"]:
        shutil.copy(source, reports / source.name)
    return reports


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The documents actually read (in this process)."""
    seen: list[str] = []
    real = readers.read
    monkeypatch.setattr(readers, "read", lambda path, *rest: seen.append(path.name) or real(path, *rest))
    return seen


def check(cache: Path, *args: str) -> str:
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--format", "json", "--jobs", "1", "--cache-dir", str(cache), *args]
    )
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_an_unchanged_tree_is_not_read_again(tmp_path: Path, tree: Path, reads: list[str]):
    first = check(tmp_path / "cache", str(tree))
    assert len(reads) == 4
    reads.clear()
    assert check(tmp_path / "cache", str(tree)) == first
    assert reads == []


def test_a_changed_file_rules_settings_or_language_check_it_again(
    tmp_path: Path, tree: Path, reads: list[str]
):
    cache = tmp_path / "cache"
    check(cache, str(tree))
    record = tree / "lopburi-pao-2568-report.yaml"
    record.write_text(record.read_text("utf-8").replace("ลพบุรี", "สระบุรี"), encoding="utf-8")
    reads.clear()
    check(cache, str(tree))
    assert reads == [record.name]  # only the file that changed
    reads.clear()
    check(cache, "--ignore", "ITA601", str(tree))
    check(cache, "--lang", "th", str(tree))
    assert len(reads) == 8  # another rule set, another language: every file again


def test_no_cache_writes_nothing_and_a_damaged_cache_is_ignored(tmp_path: Path, tree: Path):
    cache = tmp_path / "cache"
    CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--cache-dir", str(cache), str(tree)])
    assert not cache.exists()
    first = check(cache, str(tree))
    entries = [path for path in cache.rglob("*") if path.is_file()]
    assert len(entries) == 4
    for entry in entries:
        entry.write_bytes(b"\x00damaged")
    assert check(cache, str(tree)) == first
    shutil.rmtree(cache)  # deleting it at any time only costs speed
    assert check(cache, str(tree)) == first


def test_parallel_jobs_share_the_cache(tmp_path: Path):
    reports = tmp_path / "many"
    reports.mkdir()
    for index in range(20):
        shutil.copy(EXAMPLES / "lopburi-pao-2568-report.yaml", reports / f"{index:02d}.yaml")
    args = [
        "check",
        "--isolated",
        "--format",
        "json",
        "--jobs",
        "2",
        "--cache-dir",
        str(tmp_path / "c"),
        str(reports),
    ]
    first, second = (CliRunner().invoke(cli, args).output for _ in range(2))
    assert first == second and len(json.loads(first)) >= 20
