"""Fuzz the YAML record reader: the input as a `.yaml` record file.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".yaml")


if __name__ == "__main__":
    harness.run("record_yaml", "yaml", test_one_input)
