"""Fuzz the PDF reader: the input as a `.pdf` document.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".pdf")


if __name__ == "__main__":
    harness.run("pdf", "pdf", test_one_input)
