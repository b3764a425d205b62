"""Fuzz the rule loader: the input as a rule file (load_rule_file, load_rules), then used.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.load_rule(data)


if __name__ == "__main__":
    harness.run("rules", "rules", test_one_input)
