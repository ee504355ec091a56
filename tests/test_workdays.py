"""Danish working days: the examples of the issue and Hypothesis properties."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core.workdays import WorkCalendar, format_date_da

CAL = WorkCalendar()


def test_issue_examples() -> None:
    assert CAL.add_working_days(dt.date(2026, 11, 21), 10) == dt.date(2026, 12, 4)
    assert CAL.add_working_days(dt.date(2026, 12, 18), 10) == dt.date(2027, 1, 7)


def test_holidays_and_closing_days() -> None:
    assert not CAL.is_working_day(dt.date(2026, 12, 24))      # closing day
    assert not CAL.is_working_day(dt.date(2026, 12, 25))      # juledag
    assert not CAL.is_working_day(dt.date(2026, 6, 5))        # grundlovsdag (closing day)
    assert not CAL.is_working_day(dt.date(2026, 4, 2))        # skærtorsdag
    assert not CAL.is_working_day(dt.date(2026, 5, 14))       # Kristi himmelfartsdag
    assert CAL.is_working_day(dt.date(2026, 5, 1))            # Store Bededag is gone (2024-)
    assert CAL.is_working_day(dt.date(2024, 4, 26))           # was Store Bededag until 2023
    assert not CAL.is_working_day(dt.date(2023, 5, 5))        # Store Bededag 2023


def test_closing_days_are_configurable() -> None:
    open_on_24th = WorkCalendar(closed_days=())
    assert open_on_24th.is_working_day(dt.date(2026, 12, 24))


def test_arrival_time_zone_decides_the_day() -> None:
    # 23:30 UTC on Friday is already Saturday in Copenhagen.
    arrived = dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.UTC)
    assert CAL.deadline(arrived, 10) == dt.date(2026, 12, 4)


def test_danish_date() -> None:
    assert format_date_da(dt.date(2026, 12, 7)) == "7. december 2026"


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2035, 12, 31)),
       st.integers(min_value=1, max_value=40))
def test_deadline_is_a_working_day_exactly_n_after(start: dt.date, days: int) -> None:
    end = CAL.add_working_days(start, days)
    assert CAL.is_working_day(end)
    assert CAL.working_days_between(start, end) == days
    # and no earlier day would do
    assert CAL.working_days_between(start, end - dt.timedelta(days=1)) == days - 1
