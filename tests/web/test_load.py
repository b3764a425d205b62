"""Load on a real `ita-lint serve` over the loopback interface: 200 uploads from 20 concurrent
clients, each answer compared with ita-lint's own findings for that file. Throughput and latency
are printed (bench/web_load.py quotes them), not asserted: speed is measured, not tested."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import web_load


def test_every_upload_is_answered_correctly_under_load():
    files = web_load.samples()
    server, url = web_load.start_server("--workers", "2")
    try:
        result = web_load.load(url, files, uploads=200, clients=20)
    finally:
        server.terminate()
        server.wait()
    assert result.wrong == []
    assert len(result.latencies) == 200
    print(f"200 uploads: {200 / result.wall:.1f}/s, p95 {result.percentile(0.95) * 1000:.0f} ms")
