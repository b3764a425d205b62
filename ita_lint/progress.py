"""A progress line for runs that take a while: files done, findings so far, rate and time left.

Shown on stderr only when it is a terminal and not under CI, only once a run has lasted a second,
redrawn at most ten times a second, and erased at the end: piped or redirected output never
carries it.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

SHOW_AFTER = 1.0  # seconds
REDRAW_EVERY = 0.1
LINE = {
    "en": "{done}/{total} files, {findings} findings, {rate:.0f} files/s, {left} left",
    "th": "{done}/{total} ไฟล์ ข้อค้นพบ {findings} รายการ {rate:.0f} ไฟล์/วินาที เหลืออีก {left}",
}


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    return f"{minutes}:{seconds:02d}"


class Progress:
    def __init__(self, total: int, stream: TextIO, lang: str = "en") -> None:
        self.total = total
        self.stream = stream
        self.template = LINE[lang]
        self.enabled = stream.isatty() and not os.environ.get("CI")
        self.started = self.drawn_at = time.monotonic()
        self.done = self.findings = 0
        self.width = 0

    def advance(self, findings: int) -> None:
        """One more file done, with this many findings."""
        self.done += 1
        self.findings += findings
        now = time.monotonic()
        if not self.enabled or now - self.started < SHOW_AFTER or now - self.drawn_at < REDRAW_EVERY:
            return
        self.drawn_at = now
        rate = self.done / (now - self.started)
        left = _duration((self.total - self.done) / rate) if rate else "?"
        line = self.template.format(
            done=self.done, total=self.total, findings=self.findings, rate=rate, left=left
        )
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
