"""Fuzz the configuration loader: the input as `pyproject.toml`, then its settings used.

Failures: see fuzz/harness.py; how to run: fuzz/README.md.
"""

import harness


def test_one_input(data: bytes) -> None:
    harness.load_configuration(data, "pyproject.toml")


if __name__ == "__main__":
    harness.run("config_toml", "config-toml", test_one_input)
