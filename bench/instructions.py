"""Issue 8's ratios counted in instructions under valgrind's cachegrind instead of timed: the same
work, counted exactly, so that a shared, noisy machine cannot move the ratio (bench/README.md).

.venv/bin/python bench/instructions.py                  # 100 generated reports and the six YAML samples
.venv/bin/python bench/instructions.py --files 300      # more reports (about 20 s per 100)

Needs `valgrind` (Debian: apt-get install valgrind); a dev-only tool, like yamllint for bench/run.py.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import bulk as bulk_corpus  # bench/bulk.py, beside this script
from run import ROOT, YAML_FILE, private_env  # bench/run.py: the same file, the same environment

SAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

# One process per measure, given a step, warm-up files, "--" and the files measured. "lint" and
# "linter" differ by the lint of the measured files alone: both build the linter and lint the
# warm-up files (rule patterns compiled, caches filled), as a run has after its first files.
# "load" and "none" (nothing: the interpreter and the argument parsing) differ by the loading.
_WORK = """
import sys, yaml
from pathlib import Path
step, names = sys.argv[1], sys.argv[2:]
warm, files = [Path(n) for n in names[: names.index("--")]], [Path(n) for n in names[names.index("--") + 1 :]]
if step == "load":
    for path in files:
        yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
elif step in ("linter", "lint"):
    from ita_lint.linter import Linter
    from ita_lint.ruleset import by_default, load_rules
    linter = Linter(by_default(load_rules()))
    for path in warm:
        linter.lint_path(path)
    if step == "lint":
        for path in files:
            linter.lint_path(path)
"""


def instructions(command: list[str], env: dict[str, str]) -> int:
    """The instructions a command executes, as cachegrind counts them (`I refs`)."""
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        sys.exit(f"valgrind gave no count for {' '.join(command)}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def yaml_ratio(warm: list[Path], files: list[Path], env: dict[str, str]) -> tuple[int, int]:
    """Instructions to load the files with libyaml, and to lint them (the linter built aside)."""
    names = [*map(str, warm), "--", *map(str, files)]
    python = [sys.executable, "-c", _WORK]
    # once outside valgrind: what the lint imports (pythainlp, for plans) is compiled to bytecode
    subprocess.run([*python, "lint", *names], cwd=ROOT, env=env, capture_output=True, check=True)
    load = instructions([*python, "load", *names], env) - instructions([*python, "none", "--"], env)
    lint = instructions([*python, "lint", *names], env) - instructions([*python, "linter", *names], env)
    return load, lint


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=100, help="generated reports (default 100)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    rows = []
    with tempfile.TemporaryDirectory(prefix="ita-lint-instructions-") as temp:
        env = private_env(Path(temp))
        ita_lint = [sys.executable, "-m", "ita_lint", "check", "--no-cache", "--format", "json"]
        instructions([*ita_lint, str(YAML_FILE)], env)  # fills the bytecode and rule caches
        floor = instructions([sys.executable, "-c", "pass"], env)
        for what, command in (
            ('`python -c "import ita_lint.cli"`', [sys.executable, "-c", "import ita_lint.cli"]),
            (f"`check` {YAML_FILE.name}", [*ita_lint, str(YAML_FILE)]),
        ):
            count = instructions(command, env)
            rows.append((what, f"{count / 1e6:,.0f} M", f"{count / floor:.2f}x pass"))
        # distinct reports, warmed up on others; the samples, warmed up on themselves (as copies are)
        generated = bulk_corpus.generate(Path(temp) / "corpus", args.files + 6, yaml_only=True)
        corpora = {
            f"{args.files} generated reports": (generated[:6], generated[6:]),
            f"the {len(SAMPLES)} YAML samples": (SAMPLES, SAMPLES),
        }
        for what, (warm, files) in corpora.items():
            load, lint = yaml_ratio(warm, files, env)
            counts = f"{lint / 1e6:,.0f} M / {load / 1e6:,.0f} M"
            rows.append((f"(e) lint ÷ `yaml.load`, {what}", counts, f"{lint / load:.2f}x load"))
    print(f"instructions (cachegrind I refs); `python -c pass`: {floor / 1e6:,.0f} M\n")
    print("| metric | instructions | ratio |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
