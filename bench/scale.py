"""Time and peak memory of `ita-lint check` on a 50 MB text export and on a 10,000-file tree.

    .venv/bin/python bench/scale.py                 # both (about two minutes)
    .venv/bin/python bench/scale.py --files 2000    # a smaller tree

Each run is a subprocess of its own, so its peak memory (maximum resident set size) is its own;
the files are generated in a temporary directory from the samples and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "seeds" / "lopburi-pao-2568-report.txt"
SOURCES = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "examples").glob("*.yaml")
)
ITA_LINT = [str(Path(sys.executable).parent / "ita-lint")]


# Runs the command and prints the exit code and the peak memory (KB) of that command alone.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def measured(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak memory in MB and exit code of one run in a process of its own."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, env=env, check=True
    )
    seconds = time.perf_counter() - start
    code, peak = done.stdout.split()
    return seconds, int(peak) / 1024, int(code)


def big_text(directory: Path, megabytes: int) -> Path:
    seed = SEED.read_text("utf-8") + "\n"
    path = directory / f"big-{megabytes}mb.txt"
    path.write_text(seed * (megabytes * 1_000_000 // len(seed.encode()) + 1), encoding="utf-8")
    return path


def tree(directory: Path, count: int) -> Path:
    root = directory / "reports"
    for index in range(count):
        source = SOURCES[index % len(SOURCES)]
        folder = root / f"{index // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / f"{index:05d}-{source.name}")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ita-lint-scale-") as temp:
        directory = Path(temp)
        big = big_text(directory, args.megabytes)
        reports = tree(directory, args.files)
        rows = [("what", "wall", "peak memory", "exit")]
        for label, command in (
            (f"{big.stat().st_size / 1e6:.0f} MB text export", [*ITA_LINT, "check", "--isolated", str(big)]),
            (f"{args.files} files", [*ITA_LINT, "check", "--isolated", "--format", "json", str(reports)]),
        ):
            seconds, peak, code = measured(command)
            rows.append((label, f"{seconds:.1f} s", f"{peak:.0f} MB", str(code)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
