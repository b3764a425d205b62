"""Fuzz the Excel reader: the input as an `.xlsx` workbook (the parts of the zip are mutated).

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".xlsx")


if __name__ == "__main__":
    harness.run("xlsx", "xlsx", test_one_input, zipped=True)
