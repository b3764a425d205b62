"""Fuzz the text export reader: the input as a `.txt` export (tabs, pipes, pasted HTML).

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".txt")


if __name__ == "__main__":
    harness.run("text", "text", test_one_input)
