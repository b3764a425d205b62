"""Fuzz the configuration loader: the input as `.ita-lint.yaml`, then its settings used.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.load_configuration(data, ".ita-lint.yaml")


if __name__ == "__main__":
    harness.run("config_yaml", "config-yaml", test_one_input)
