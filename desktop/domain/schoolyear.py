"""The school year: the month it starts in each country, and the year holding a day.

Polish schools run from 1 September to 31 August (Prawo oświatowe, art. 94); Swedish,
Norwegian and the other Nordic schools start in August. Most other European school
years start in September, which is the default. A school may say otherwise (Settings
passes its month in as `override`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# ISO 3166 alpha-2 code → the month the school year starts in.
START_MONTHS = {"PL": 9, "SE": 8, "NO": 8, "DK": 8, "FI": 8, "IS": 8}
DEFAULT_START_MONTH = 9


@dataclass(frozen=True)
class SchoolYear:
    start: dt.date  # its first day
    end: dt.date  # its last day

    @property
    def first_year(self) -> int:
        return self.start.year

    @property
    def last_year(self) -> int:
        return self.end.year

    def iso(self) -> tuple[str, str]:
        """(first day, last day) as ISO dates, for queries."""
        return self.start.isoformat(), self.end.isoformat()


def start_month(country: str | None, override: int | None = None) -> int:
    """The month (1–12) the school year starts in for a school in `country`."""
    if override is not None and 1 <= override <= 12:
        return override
    return START_MONTHS.get((country or "").upper(), DEFAULT_START_MONTH)


def school_year(on: dt.date | None = None, country: str | None = None,
                override: int | None = None) -> SchoolYear:
    """The school year that holds the day `on` (today by default)."""
    on = on or dt.date.today()
    month = start_month(country, override)
    first = on.year if on.month >= month else on.year - 1
    start = dt.date(first, month, 1)
    end = dt.date(first + 1, month, 1) - dt.timedelta(days=1)
    return SchoolYear(start, end)


def exact_school_year(date_from: str, date_to: str, country: str | None = None,
                      override: int | None = None) -> SchoolYear | None:
    """The school year that `date_from`…`date_to` (ISO) is exactly, or None."""
    try:
        first = dt.date.fromisoformat(date_from)
    except (TypeError, ValueError):
        return None
    year = school_year(first, country, override)
    return year if year.iso() == (date_from, date_to) else None
