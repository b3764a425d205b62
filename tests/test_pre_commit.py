"""The real pre-commit, running this repository's hook (`pre-commit try-repo`) in a new git repository.

pre-commit installs the hook into a virtual environment of its own with pip. Tests run offline,
so pip takes every package from `.wheelhouse/`, which the set-up command fills
(`pip wheel -w .wheelhouse . hatchling`, see the README and .ci/run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

WHEELHOUSE = ROOT / ".wheelhouse"


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def reports_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(WHEELHOUSE.glob("click-*.whl")):
        pytest.fail(f"{WHEELHOUSE} is missing: run `.venv/bin/pip wheel -w .wheelhouse . hatchling` first")
    repo = tmp_path_factory.mktemp("reports-repo")
    git("init", "-q", cwd=repo)
    (repo / "reports").mkdir()
    shutil.copy(EXAMPLES / "clean-example-2568-report.yaml", repo / "reports" / "passing.yaml")
    failing = (EXAMPLES / "clean-example-2568-report.yaml").read_text("utf-8")
    failing = failing.replace("budget: ๒๕,๐๐๐ บาท", "budget: ไม่ใช่ งบประมาณ")
    (repo / "reports" / "failing.yaml").write_text(failing, encoding="utf-8")
    git("add", ".", cwd=repo)
    return repo


def try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "ITA_LINT_LANG": "en",
        "NO_COLOR": "1",
    }
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "ita-lint", "--verbose", "--files"]
    return subprocess.run(
        [*command, *files], cwd=repo, env=environment, capture_output=True, text=True, timeout=600
    )


def test_hook_fails_on_a_failing_report_and_passes_a_clean_one(reports_repo: Path):
    failing = try_repo(reports_repo, "reports/failing.yaml")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "reports/failing.yaml:" in failing.stdout
    assert "ITA303 [error]" in failing.stdout and "budget-unparseable" in failing.stdout
    passing = try_repo(reports_repo, "reports/passing.yaml")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "ita-lint" in passing.stdout and "Passed" in passing.stdout


def test_all_files_checks_reports_only(reports_repo: Path):
    (reports_repo / "README.md").write_text("# รายงาน ITA ของหน่วยงาน\n", encoding="utf-8")
    (reports_repo / ".github" / "workflows").mkdir(parents=True)
    (reports_repo / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    (reports_repo / "package.json").write_text('{"name": "reports"}', encoding="utf-8")
    git("add", ".", cwd=reports_repo)
    environment = {**os.environ, "PRE_COMMIT_HOME": str(reports_repo.parent / "pre-commit-home")}
    environment.update({"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE), "ITA_LINT_LANG": "en"})
    command = [
        sys.executable,
        "-m",
        "pre_commit",
        "try-repo",
        str(ROOT),
        "ita-lint",
        "--verbose",
        "--all-files",
    ]
    done = subprocess.run(
        command, cwd=reports_repo, env=environment, capture_output=True, text=True, timeout=600
    )
    assert "reports/failing.yaml:" in done.stdout, done.stdout + done.stderr
    for other in ("README.md", "ci.yml", "package.json"):
        assert other not in done.stdout


def test_hook_manifest_matches_the_extensions_ita_lint_reads():
    import re

    import yaml

    from ita_lint.readers import READERS
    from ita_lint.workspace import NOT_REPORTS

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "ita-lint" and hook["entry"] == "ita-lint check"
    for suffix, reader in READERS.items():
        # pictures are left alone: a repository's images are seldom reports, and the hook's
        # environment has no OCR (every logo would be a scan it cannot read)
        assert bool(re.search(hook["files"], f"reports/a{suffix}")) is (reader != "image"), suffix
    assert not re.search(hook["files"], "reports/photo.png")
    assert hook["exclude"] == "(?i)" + NOT_REPORTS.pattern  # one list of what is not a report
    for name in ("README.md", "docs/CHANGELOG.md", ".github/workflows/ci.yml", "package.json", "mkdocs.yml"):
        assert re.search(hook["exclude"], name), name
    assert not re.search(hook["exclude"], "reports/readme-agency-2568.yaml")
