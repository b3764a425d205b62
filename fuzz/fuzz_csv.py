"""Fuzz the CSV reader: the input as a `.csv` file.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".csv")


if __name__ == "__main__":
    harness.run("csv", "csv", test_one_input)
