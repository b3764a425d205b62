"""ita-lint: a rules-based compliance checker for Thai ITA measure reports.

Pipeline: readers/ (one per input format) -> records (immutable, with source positions)
-> linter (rules from rules/*.yaml, each an instance of a check kind in checks/) -> diagnostics
-> reporters/ (one per output format) -> cli.
"""

__version__ = "0.1.0"
