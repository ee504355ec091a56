"""Danish working days (hverdage): Monday-Friday minus public holidays and closing days.

Pure: the calendar is built from the `holidays` package's tables and the configured
closing days; it reads no clock. Store Bededag is no holiday from 2024 (the `holidays`
package knows this).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays


@lru_cache(maxsize=64)
def _public_holidays(country: str, year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays(country, years=year).keys())


@dataclass(frozen=True)
class WorkCalendar:
    country: str = "DK"
    closed_days: tuple[str, ...] = ("06-05", "12-24", "12-31")   # MM-DD
    timezone: str = "Europe/Copenhagen"
    _closed: frozenset[tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        closed = frozenset((int(d[:2]), int(d[3:])) for d in self.closed_days)
        object.__setattr__(self, "_closed", closed)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= 5:
            return False
        if (day.month, day.day) in self._closed:
            return False
        return day not in _public_holidays(self.country, day.year)

    def local_date(self, moment: dt.datetime) -> dt.date:
        """The municipality's calendar date of an aware moment."""
        if moment.tzinfo is None:
            raise ValueError("naive datetime: give a time zone")
        return moment.astimezone(self.zone).date()

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The day that is `days` working days after `start`.

        The day of arrival itself does not count; arrival on a weekend or holiday counts
        from the next working day the same way (Saturday 21 Nov 2026 + 10 = Friday
        4 Dec 2026, as Monday 23 Nov would be).
        """
        if days < 0:
            raise ValueError("days must be >= 0")
        day = start
        remaining = days
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def deadline(self, arrived: dt.datetime, days: int) -> dt.date:
        return self.add_working_days(self.local_date(arrived), days)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]: how many working days `end` lies after `start`."""
        if end <= start:
            return 0
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def working_days(self, start: dt.date, end: dt.date) -> Iterable[dt.date]:
        day = start
        while day <= end:
            if self.is_working_day(day):
                yield day
            day += dt.timedelta(days=1)


MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december")
WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def format_date_da(day: dt.date) -> str:
    """`7. december 2026`, as Danish letters write dates."""
    return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def format_weekday_date_da(day: dt.date) -> str:
    """`mandag den 7. december 2026`."""
    return f"{WEEKDAYS_DA[day.weekday()]} den {format_date_da(day)}"
