"""The progress line: only on a terminal, outside CI, after a second; erased at the end."""

from __future__ import annotations

import io

from ita_lint import progress
from ita_lint.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_run_on_a_terminal_shows_files_findings_rate_and_time_left(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress, "REDRAW_EVERY", 0.0)
    stream = Terminal()
    bar = Progress(4, stream, "en")
    for findings in (2, 0, 1):
        bar.advance(findings)
    shown = stream.getvalue()
    assert "\r3/4 files, 3 findings, " in shown and "files/s" in shown and "left" in shown
    bar.close()
    assert stream.getvalue().endswith("\r")  # the line is blanked out at the end


def test_nothing_when_piped_or_under_ci(monkeypatch):
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    piped = io.StringIO()
    bar = Progress(2, piped)
    bar.advance(1)
    bar.close()
    assert piped.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    terminal = Terminal()
    bar = Progress(2, terminal)
    bar.advance(1)
    assert terminal.getvalue() == ""
