"""Thai text handling: one module per concern.

- `text`: markup cleanup, repair of PDF damage, comparison keys (`normalize`, `skeleton`, `bare`);
- `years`, `periods`, `budgets`, `statuses`: one parser per value kind.

Everything runs on every table cell: precompiled regexes and plain str operations only.
"""

from ita_lint.thai.budgets import parse_budget
from ita_lint.thai.periods import (
    date_text,
    dates_in,
    fiscal_months,
    fiscal_months_text,
    is_relative_period,
    parse_period,
)
from ita_lint.thai.statuses import parse_status
from ita_lint.thai.text import (
    DIGIT,
    bare,
    clean_markup,
    clean_markup_all,
    each_at_once,
    normalize,
    repair,
    skeleton,
    to_arabic_digits,
)
from ita_lint.thai.years import fiscal_year_bounds, fiscal_year_of, parse_year

__all__ = [
    "DIGIT",
    "bare",
    "clean_markup",
    "clean_markup_all",
    "date_text",
    "dates_in",
    "each_at_once",
    "fiscal_months",
    "fiscal_months_text",
    "fiscal_year_bounds",
    "fiscal_year_of",
    "is_relative_period",
    "normalize",
    "parse_budget",
    "parse_period",
    "parse_status",
    "parse_year",
    "repair",
    "skeleton",
    "to_arabic_digits",
]
