"""Load on `ita-lint serve` over the loopback interface: many uploads from concurrent clients, every
answer compared with the findings ita-lint gives the same file in-process.

.venv/bin/python bench/web_load.py                          # 200 uploads, 20 clients, 2 workers
.venv/bin/python bench/web_load.py --uploads 1000 --clients 50 --workers 2

It prints throughput (uploads answered per second, wall clock) and latency percentiles. tests/web/
test_load.py runs the same load and asserts that no answer is lost or wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import httpx2 as httpx

from ita_lint.linter import Linter
from ita_lint.reporters import Run, render
from ita_lint.ruleset import by_default, load_rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
_RUNNING = re.compile(r"Uvicorn running on (http://\S+)")


class Sample(NamedTuple):
    name: str
    data: bytes
    expected: list[dict[str, object]]  # what the API must answer: ita-lint's findings, in-process


class LoadResult(NamedTuple):
    latencies: list[float]  # seconds, one per answered upload
    wrong: list[str]  # uploads whose answer was missing, failed or differed
    wall: float

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def samples(paths: Sequence[Path] = SAMPLES, lang: str = "th") -> list[Sample]:
    linter = Linter(by_default(load_rules()), lang)  # as the server runs
    found = []
    for path in paths:
        findings = linter.lint_path(path, path.name)
        expected = json.loads(render("json", Run(findings, [path.name], (), lang)))
        found.append(Sample(path.name, path.read_bytes(), expected))
    return found


def start_server(*options: str) -> tuple[subprocess.Popen[str], str]:
    """`ita-lint serve` with `options` (by default on a free port of the loopback interface), and
    its address once it answers."""
    defaults = [name for name, value in (("--host", "127.0.0.1"), ("--port", "0")) if name not in options]
    command = [sys.executable, "-m", "ita_lint", "serve", *options]
    for name in defaults:
        command += [name, "127.0.0.1" if name == "--host" else "0"]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert server.stderr is not None
    for line in server.stderr:  # uvicorn says where it listens once the workers are up
        match = _RUNNING.search(line)
        if match:
            return server, match[1].replace("0.0.0.0", "127.0.0.1")  # listening everywhere: here too
    server.kill()
    raise RuntimeError(f"ita-lint serve did not start (exit {server.wait()})")


def load(url: str, files: Sequence[Sample], uploads: int, clients: int, lang: str = "th") -> LoadResult:
    """`uploads` uploads of `files` in turn, from `clients` concurrent clients."""

    def one(index: int) -> tuple[int, float, bool]:
        sample = files[index % len(files)]
        began = time.perf_counter()
        try:
            response = client.post(
                f"{url}/api/check?lang={lang}", files=[("file", (sample.name, sample.data))], timeout=120
            )
            right = response.status_code == 200 and response.json() == sample.expected
        except httpx.HTTPError:
            right = False
        return index, time.perf_counter() - began, right

    with httpx.Client(limits=httpx.Limits(max_connections=clients)) as client:
        began = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            answers = list(pool.map(one, range(uploads)))
        wall = time.perf_counter() - began
    wrong = [files[index % len(files)].name for index, _, right in answers if not right]
    wrong += ["(lost)"] * (uploads - len(answers))
    return LoadResult([latency for _, latency, _ in answers], wrong, wall)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    files = samples()
    server, url = start_server("--workers", str(arguments.workers))
    try:
        result = load(url, files, arguments.uploads, arguments.clients)
    finally:
        server.terminate()
        server.wait()
    sizes = statistics.mean(len(sample.data) for sample in files) / 1024
    print(
        f"{arguments.uploads} uploads ({len(files)} text exports, {sizes:.0f} KB on average) from "
        f"{arguments.clients} clients, {arguments.workers} workers: {len(result.wrong)} wrong or lost"
    )
    print(
        f"throughput {arguments.uploads / result.wall:.1f} uploads/s; latency p50 "
        f"{result.percentile(0.5) * 1000:.0f} ms, p95 {result.percentile(0.95) * 1000:.0f} ms, "
        f"max {max(result.latencies) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
