"""Fuzz the record reader on JSON: the input as a `.json` record file.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".json")


if __name__ == "__main__":
    harness.run("record_json", "json", test_one_input)
