"""The end-date rule, 29 February, the 6-month horizon and "today" in Europe/Amsterdam."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from django.utils import timezone

from platforms import selectors
from platforms.services import add_years, status_end_date

from .conftest import grant, make_platform

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("start", "last_day"),
    [
        (date(2026, 3, 1), date(2030, 2, 28)),
        (date(2026, 1, 1), date(2029, 12, 31)),
        (date(2027, 3, 1), date(2031, 2, 28)),
        (date(2028, 3, 1), date(2032, 2, 29)),  # the period ends on a leap day
        (date(2024, 2, 29), date(2028, 2, 28)),  # 2028 is a leap year: D + 4 years = 29 Feb 2028
        (date(2096, 2, 29), date(2100, 2, 27)),  # 2100 is not: D + 4 years = 28 Feb 2100
        (date(2026, 12, 31), date(2030, 12, 30)),
    ],
)
def test_status_end_date(start, last_day):
    assert status_end_date(start_date=start) == last_day


def test_add_years_on_leap_day():
    assert add_years(day=date(2024, 2, 29), years=1) == date(2025, 2, 28)
    assert add_years(day=date(2024, 2, 29), years=-4) == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 3), 6, date(2027, 6, 3)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert selectors.add_months(day=day, months=months) == expected


@pytest.mark.parametrize(
    ("utc_moment", "active"),
    [
        # Winter (CET, UTC+1): 2027-01-01 00:00 in Amsterdam is 2026-12-31 23:00 UTC.
        (datetime(2026, 12, 31, 22, 59, tzinfo=ZoneInfo("UTC")), False),
        (datetime(2026, 12, 31, 23, 0, tzinfo=ZoneInfo("UTC")), True),
    ],
)
def test_status_starting_today_is_active_from_local_midnight(areas, monkeypatch, utc_moment, active):
    platform = make_platform("Middernacht", buurten=[areas["AA01"]])
    grant(platform, [areas["AA01"]], start=date(2027, 1, 1))
    monkeypatch.setattr(timezone, "now", lambda: utc_moment)
    assert (selectors.status_active_for_buurt(buurt=areas["AA01"]) is not None) is active


@pytest.mark.parametrize(
    ("start", "utc_before", "utc_at"),
    [
        # Summer time starts 29 March 2026: local midnight is still CET (UTC+1) that night.
        (date(2026, 3, 29), datetime(2026, 3, 28, 22, 59), datetime(2026, 3, 28, 23, 0)),
        # The day after the switch, midnight is CEST (UTC+2).
        (date(2026, 3, 30), datetime(2026, 3, 29, 21, 59), datetime(2026, 3, 29, 22, 0)),
        # Winter time starts 25 October 2026: midnight that night is still CEST (UTC+2).
        (date(2026, 10, 25), datetime(2026, 10, 24, 21, 59), datetime(2026, 10, 24, 22, 0)),
        (date(2026, 10, 26), datetime(2026, 10, 25, 22, 59), datetime(2026, 10, 25, 23, 0)),
    ],
)
def test_local_midnight_across_dst(areas, monkeypatch, start, utc_before, utc_at):
    platform = make_platform("Zomertijd", buurten=[areas["AA02"]])
    grant(platform, [areas["AA02"]], start=start)
    utc = ZoneInfo("UTC")
    assert utc_at.replace(tzinfo=utc).astimezone(AMS).hour == 0
    monkeypatch.setattr(timezone, "now", lambda: utc_before.replace(tzinfo=utc))
    assert selectors.today() == start - timedelta(days=1)
    assert selectors.status_active_for_buurt(buurt=areas["AA02"]) is None
    monkeypatch.setattr(timezone, "now", lambda: utc_at.replace(tzinfo=utc))
    assert selectors.today() == start
    assert selectors.status_active_for_buurt(buurt=areas["AA02"]).platform == platform


def test_last_day_is_inclusive(areas):
    platform = make_platform("Inclusief", buurten=[areas["AA01"]])
    status = grant(platform, [areas["AA01"]], start=date(2026, 3, 1))
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=date(2030, 2, 28)) == status
    assert selectors.status_active_for_buurt(buurt=areas["AA01"], on=date(2030, 3, 1)) is None
