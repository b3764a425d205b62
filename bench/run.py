"""Speed of ita-lint, quoted as ratios measured in one run (bench/README.md says what each number means).

.venv/bin/python bench/run.py              # 15 runs per command, a corpus of 2000 files
.venv/bin/python bench/run.py --quick      # 5 runs, 300 files
.venv/bin/python bench/run.py --quick --varied   # distinct generated reports instead of sample copies
.venv/bin/python bench/run.py --profile    # also: cProfile of the bulk lint, top 25 by cumulative time
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import bulk as bulk_corpus  # bench/bulk.py, beside this script
import yaml

from ita_lint import __version__, readers, yaml_source
from ita_lint.linter import Linter
from ita_lint.readers import record_file
from ita_lint.ruleset import by_default, load_rules

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's bin/ (not resolved: its scripts run this interpreter)
YAML_FILE = ROOT / "examples" / "lopburi-pao-2568-report.yaml"
TEXT_FILE = ROOT / "tests" / "fixtures" / "seeds" / "lopburi-pao-2568-report.txt"
SOURCES = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "examples").glob("*.yaml")
)
REPEAT = 3  # bulk measurements: best of 3
OK_EXITS = (0, 1)  # ita-lint and yamllint exit 1 when a file has errors
# Subprocesses keep bytecode (as an installed ita-lint does, even if PYTHONDONTWRITEBYTECODE is set) and
# ita-lint's cache of validated rules in a temporary directory, filled by a warm-up run: never in the
# source tree or the user's cache (`private_env`).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def private_env(temp: Path) -> dict[str, str]:
    """ENV, with bytecode and ita-lint's caches kept under `temp`."""
    ENV["PYTHONPYCACHEPREFIX"] = str(temp / "pycache")
    ENV["ITA_LINT_CACHE_DIR"] = str(temp / "cache")
    return ENV


Row = tuple[str, str, str]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def script(name: str) -> list[str] | None:
    """The command that runs a console script: from the venv's bin/, else from PATH."""
    for found in (BIN / name, shutil.which(name)):
        if found is not None and Path(found).is_file():
            return [str(found)]
    return None


def run(command: Sequence[str]) -> str:
    """Run a command from the repository root and return its stdout; stop on an unexpected exit."""
    done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, check=False)
    if done.returncode not in OK_EXITS:
        sys.exit(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout


def interleaved(
    actions: dict[str, Callable[[], Any]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """Time every action once per round, in turn, so that a slow spell of the machine hits them all.

    Returns each action's times and what its last call returned.
    """
    times: dict[str, list[float]] = {name: [] for name in actions}
    results: dict[str, Any] = {}
    for _ in range(rounds):
        for name, action in actions.items():
            start = time.perf_counter()
            results[name] = action()
            times[name].append(time.perf_counter() - start)
    return times, results


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f} files/s ({seconds:.2f} s)"


def build_corpus(directory: Path, count: int) -> list[Path]:
    """`count` copies of the sample reports, round-robin, in `directory`/txt and `directory`/yaml."""
    files = []
    for index in range(count):
        source = SOURCES[index % len(SOURCES)]
        target = directory / source.suffix.lstrip(".") / f"{index:05d}-{source.name}"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(source, target)
        files.append(target)
    return files


def read_all(files: list[Path]) -> None:
    for path in files:
        readers.read(path)


def startup(ita_lint: list[str], runs: int) -> list[Row]:
    python = [sys.executable, "-c"]
    commands = {
        "`python -c pass`": [*python, "pass"],
        '`python -c "import ita_lint.cli"`': [*python, "import ita_lint.cli"],
        f"`check` {YAML_FILE.name}": [*ita_lint, "check", "--no-cache", "--format", "json", str(YAML_FILE)],
        f"`check` {TEXT_FILE.name}": [*ita_lint, "check", "--no-cache", "--format", "json", str(TEXT_FILE)],
    }
    actions = {label: partial(run, command) for label, command in commands.items()}
    log(f"startup: {len(commands)} commands, 1 warm-up round and {runs} timed rounds")
    interleaved(actions, 1)  # bytecode, file cache
    times, _ = interleaved(actions, runs)
    floor, imported = (statistics.median(times[label]) for label in list(commands)[:2])
    rows = []
    for index, (label, samples) in enumerate(times.items()):
        median = statistics.median(samples)
        ratio = f"{median / floor:.2f}x pass"
        if index >= 2:  # the `check` runs
            ratio += f", {median / imported:.2f}x import"
        rows.append((label, f"median {ms(median)}, min {ms(min(samples))}", ratio))
    return rows


def bulk(ita_lint: list[str], corpus: Path, files: list[Path], linter: Linter) -> list[Row]:
    count = len(files)
    log(f"bulk: read, lint and `ita-lint check` of {count} files, best of {REPEAT}")
    times, results = interleaved(
        {
            "read": partial(read_all, files),
            "lint": lambda: sum(len(linter.lint_path(path)) for path in files),
            "cli": partial(run, [*ita_lint, "check", "--no-cache", "--format", "json", str(corpus)]),
        },
        REPEAT,
    )
    read, lint, cli = (min(times[name]) for name in ("read", "lint", "cli"))
    found, shown = results["lint"], len(json.loads(results["cli"]))
    if shown != found:
        log(f"warning: the CLI reports {shown} findings, the in-process lint {found}")
    return [
        (f"(a) read, {count} files", rate(count, read), ""),
        (f"(b) lint, {count} files ({found} findings)", rate(count, lint), f"{lint / read:.2f}x read"),
        (f"(c) CLI on the corpus ({shown} findings)", rate(count, cli), f"{cli / lint:.2f}x lint"),
    ]


def per_file(files: list[Path], steps: dict[str, Callable[[Path], object]], rounds: int) -> dict[str, float]:
    """Each step's time on every file, the steps in turn file by file, so that each pair of numbers
    is taken at the same moment of the machine; each step's best time on each file, summed.

    Nothing is kept: a list of every tree would make the garbage collector walk them all, again and
    again, which a lint (one file at a time) never does.
    """
    best = {name: [float("inf")] * len(files) for name in steps}
    for _ in range(rounds):
        for index, path in enumerate(files):
            for name, step in steps.items():
                start = time.perf_counter()
                step(path)
                best[name][index] = min(best[name][index], time.perf_counter() - start)
    return {name: sum(times) for name, times in best.items()}


def yaml_records(files: list[Path], linter: Linter) -> list[Row]:
    """The floor for YAML records: loading them with libyaml, no positions, no rules; and where a
    lint's time goes on top of it (issue 8): the YAML with positions, the records, the rules."""
    log(f"yaml records: CSafeLoader load vs full lint of {len(files)} YAML files, best of {REPEAT} per file")
    times = per_file(
        files,
        {
            "load": lambda path: yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader),
            "positions": lambda path: yaml_source.compose(path.read_text("utf-8"), max_depth=10**3),
            "records": record_file.read,
            "lint": linter.lint_path,
        },
        REPEAT,
    )
    load, positions, records, lint = (times[k] for k in ("load", "positions", "records", "lint"))
    return [
        (f"(d) `yaml.load(CSafeLoader)`, {len(files)} YAML files", rate(len(files), load), ""),
        (
            "(d1) YAML nodes with positions (yaml_source.compose)",
            rate(len(files), positions),
            f"{positions / load:.2f}x load",
        ),
        (
            "(d2) read into records (record_file.read)",
            rate(len(files), records),
            f"{records / load:.2f}x load",
        ),
        (f"(e) lint, same {len(files)} YAML files", rate(len(files), lint), f"{lint / load:.2f}x load"),
    ]


def yaml_comparison(ita_lint: list[str], yaml_dir: Path, count: int) -> list[Row]:
    yamllint = script("yamllint")
    if yamllint is None and importlib.util.find_spec("yamllint") is not None:
        yamllint = [sys.executable, "-m", "yamllint"]
    if yamllint is None or count == 0:
        reason = "no YAML file in the corpus" if count == 0 else "yamllint not installed"
        log(f"yamllint comparison skipped: {reason}")
        return [("yamllint comparison", f"skipped: {reason}", "")]
    log(f"yaml: `yamllint -d relaxed` and `ita-lint check` of {count} YAML files, best of {REPEAT}")
    times, _ = interleaved(
        {
            "yamllint": partial(run, [*yamllint, "-d", "relaxed", str(yaml_dir)]),
            "ita-lint": partial(run, [*ita_lint, "check", "--no-cache", "--format", "json", str(yaml_dir)]),
        },
        REPEAT,
    )
    theirs, ours = min(times["yamllint"]), min(times["ita-lint"])
    return [
        (f"`yamllint -d relaxed`, {count} YAML files", rate(count, theirs), ""),
        (f"`ita-lint check`, same {count} YAML files", rate(count, ours), f"{ours / theirs:.2f}x yamllint"),
    ]


def profile(linter: Linter, files: list[Path]) -> None:
    log(f"profile: lint {len(files)} files under cProfile")
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        linter.lint_path(path)
    profiler.disable()
    print(f"## cProfile: lint of {len(files)} files, top 25 by cumulative time\n")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


def table(rows: list[Row]) -> str:
    rows = [("metric", "value", "ratio"), *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |" for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="5 runs and 300 files instead of 15 and 2000")
    parser.add_argument("--profile", action="store_true", help="profile the bulk lint (top 25, cumulative)")
    parser.add_argument("--runs", type=int, help="runs per startup command (default 15, --quick 5)")
    parser.add_argument("--files", type=int, help="files in the bulk corpus (default 2000, --quick 300)")
    parser.add_argument(
        "--varied",
        action="store_true",
        help="a corpus of distinct generated reports (bench/bulk.py) instead of copies of the samples",
    )
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 15)
    count = args.files or (300 if args.quick else 2000)
    ita_lint = script("ita-lint")
    if ita_lint is None:
        sys.exit("ita-lint is not installed: .venv/bin/pip install -e .")

    linter = Linter(by_default(load_rules()))  # the rules a run without --select uses
    with tempfile.TemporaryDirectory(prefix="ita-lint-bench-") as temp:
        private_env(Path(temp))
        rows = startup(ita_lint, runs)
        corpus = Path(temp) / "corpus"
        corpus.mkdir()
        files = bulk_corpus.generate(corpus, count) if args.varied else build_corpus(corpus, count)
        yaml_count = sum(path.suffix == ".yaml" for path in files)
        rows += bulk(ita_lint, corpus, files, linter)
        rows += yaml_records([path for path in files if path.suffix == ".yaml"], linter)
        rows += yaml_comparison(ita_lint, corpus / "yaml", yaml_count)
        if args.profile:
            profile(linter, files)

    print(
        f"ita-lint {__version__}, Python {platform.python_version()}, {platform.platform()}, "
        f"{os.cpu_count()} CPUs; {runs} runs per command; corpus of {count} files "
        f"({count - yaml_count} other files, {yaml_count} YAML records) "
        f"{'generated by bench/bulk.py' if args.varied else f'from {len(SOURCES)} samples'}\n"
    )
    print(table(rows))


if __name__ == "__main__":
    main()
