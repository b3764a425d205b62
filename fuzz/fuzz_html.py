"""Fuzz the HTML reader: the input as an `.html` page.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.lint_document(data, ".html")


if __name__ == "__main__":
    harness.run("html", "html", test_one_input)
