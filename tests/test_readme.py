"""The README's examples are real: its set-up commands, configuration and JSON contract."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.config import load

from conftest import EXAMPLES, ROOT, SEEDS

README = (ROOT / "README.md").read_text("utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_the_two_set_up_commands():
    first = blocks("sh")[0].strip().splitlines()
    assert len(first) == 2
    assert first[0].endswith("ita-lint check examples/") and first[1].endswith(".venv/bin/pytest")
    assert "pip wheel -q -w .wheelhouse . hatchling" in first[1]
    assert "pip wheel --quiet -w .wheelhouse . hatchling" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_the_configuration_example_is_valid(tmp_path: Path):
    (toml,) = blocks("toml")
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    settings = load(tmp_path / "pyproject.toml")
    assert settings.ignore == ("duplicate-measure",) and settings.fiscal_year == 2568
    assert settings.overrides[0].matches("reports/2566/a.txt")


def test_the_json_contract_lists_every_key():
    from ita_lint.diagnostics import Diagnostic, Severity

    keys = Diagnostic("a", 1, 1, 1, "ITA001", "parse-error", Severity.ERROR, "m").to_dict()
    table = README[README.index("## JSON output") :]
    for key in keys:
        assert f"| `{key}` |" in table, key


def _commands(heading: str) -> list[str]:
    """The commands of the first `sh` block under `heading`, without their comments."""
    section = README[README.index(heading) :]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S)[1]  # type: ignore[index]
    return [
        line.split(" #")[0].strip()
        for line in block.splitlines()
        if line.strip() and not line.startswith(" ")
    ]


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A README command as a user types it, with this interpreter's ita-lint and its `>` kept."""
    words = shlex.split(command)
    target = None
    if ">" in words:
        words, target = words[: words.index(">")], words[words.index(">") + 1]
    assert words[0] == "ita-lint", command
    done = subprocess.run(
        [sys.executable, "-m", "ita_lint", *words[1:]], cwd=cwd, env=env, capture_output=True, text=True
    )
    if target is not None:
        (cwd / target).write_text(done.stdout, encoding="utf-8")
    return done


@pytest.fixture
def user_directory(tmp_path: Path) -> Path:
    """What the README's commands name: a report in each format, a folder of reports, own rules."""
    shutil.copy(SEEDS / "lopburi-pao-2568-report.txt", tmp_path / "report.txt")
    shutil.copy(EXAMPLES / "lopburi-pao-2568-report.yaml", tmp_path / "report.yaml")
    shutil.copy(ROOT / "tests" / "corpus" / "tune" / "docx-areas-spp-2568.docx", tmp_path / "report.docx")
    shutil.copy(next((ROOT / "tests" / "corpus" / "tune").glob("pdf-*.pdf")), tmp_path / "report.pdf")
    shutil.copytree(SEEDS, tmp_path / "reports")
    (tmp_path / "reports" / "2568").mkdir()
    shutil.copy(SEEDS / "bankluai-sao-2568-report.txt", tmp_path / "reports" / "2568" / "a.txt")
    (tmp_path / "my-rules").mkdir()
    writing_rules = (ROOT / "docs" / "writing-rules.md").read_text("utf-8")
    first_rule = re.search(r"```yaml\n(code: .*?)```", writing_rules, flags=re.S)[1]  # type: ignore[index]
    (tmp_path / "my-rules" / "org101.yaml").write_text(first_rule, encoding="utf-8")
    return tmp_path


# what each command must leave behind, besides its exit code
WRITES = {"findings.csv": "\ufeffpath,", "review.html": "<!DOCTYPE html>", "files.csv": "\ufeff"}


def test_every_command_of_using_it_works_as_written(user_directory: Path, tmp_path_factory):
    env = {**os.environ, "ITA_LINT_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    env["XDG_CACHE_HOME"] = env["ITA_LINT_CACHE_DIR"]
    commands = _commands("## Using it")
    assert len(commands) == 17
    for command in commands:
        done = _run(command, user_directory, env)
        checks = command.startswith("ita-lint check")
        assert done.returncode in ((0, 1) if checks else (0,)), (command, done.stderr)
        assert done.stdout or "-o " in command, command
        assert "Traceback" not in done.stderr, (command, done.stderr)
    for name, start in WRITES.items():
        assert (user_directory / name).read_text("utf-8").startswith(start), name
    assert (user_directory / "records" / "report.yaml").is_file()
    assert json.loads((user_directory / "ita-record.schema.json").read_text("utf-8"))["type"] == "object"


def test_the_scan_commands_work_as_written(tmp_path: Path):
    from ita_lint.readers import ocr

    if ocr.missing():
        pytest.skip(f"OCR is not installed: {ocr.missing()}")
    section = README[README.index("### Scans and photos") :]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S)[1]  # type: ignore[index]
    checks = [line.split(" #")[0].strip() for line in block.splitlines() if line.startswith("ita-lint")]
    env = {**os.environ, "ITA_LINT_CACHE_DIR": str(tmp_path)}
    for command in checks:
        done = _run(command, ROOT, env)
        assert done.returncode in (0, 1), (command, done.stderr)
        assert "(อ่านด้วย OCR)" in done.stdout, command


def test_the_example_output_is_what_the_command_prints():
    example = re.search(r"```text\n\$ (ita-lint [^\n]*)\n(.*?)```", README, flags=re.S)
    done = _run(example[1], ROOT, dict(os.environ))  # type: ignore[index]
    assert done.stdout == example[2]  # type: ignore[index]


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README's API example uses curl")
def test_the_web_page_commands_work_as_written():
    """`pip install -e '.[web]'` is what the test environment was installed with ('.[test]')."""
    install, serve = _commands("## The web page for agency staff")
    assert install == ".venv/bin/pip install -e '.[web]'" and serve.startswith(".venv/bin/ita-lint serve ")
    sys.path.insert(0, str(ROOT / "bench"))
    import web_load

    options = shlex.split(serve)[2:]
    options[options.index("--port") + 1] = "0"  # a free port, not 8000
    server, url = web_load.start_server(*options)
    try:
        (curl,) = _commands("**JSON API**")
        answer = subprocess.run(
            shlex.split(curl.replace("http://127.0.0.1:8000", url)), cwd=ROOT, capture_output=True, text=True
        )
    finally:
        server.terminate()
        server.wait()
    expected = json.loads(
        _run(
            "ita-lint check --isolated --lang en --format json "
            "tests/fixtures/seeds/lopburi-pao-2568-report.txt examples/clean-example-2568-report.yaml",
            ROOT,
            dict(os.environ),
        ).stdout
    )
    for finding in expected:
        finding["path"] = Path(finding["path"]).name
    assert json.loads(answer.stdout) == expected
