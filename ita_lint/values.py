"""Values parsed out of Thai report text: periods, budgets, statuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple


class Period(NamedTuple):
    """A period of work, in Gregorian dates (start of its first day, end of its last)."""

    start: date
    end: date
    whole_fiscal_year: bool = False  # written as ตลอดปีงบประมาณ or similar
    # its years are written (ต.ค.67 - ก.ย.68), not placed by the report's fiscal year (ไตรมาส ๒)
    years_written: bool = True


class Budget(NamedTuple):
    """Budget actually used: an amount in baht, or the statement that none was used."""

    amount: Decimal | None = None
    none_used: bool = False


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
