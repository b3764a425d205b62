"""Fuzz the Word reader: the input as a `.docx` document (the parts of the zip are mutated).

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".docx")


if __name__ == "__main__":
    harness.run("docx", "docx", test_one_input, zipped=True)
