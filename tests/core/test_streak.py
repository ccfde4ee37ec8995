"""The recovery streak: consecutive recovery days, one rest day in a row allowed."""

from __future__ import annotations

from datetime import date, timedelta

from recoverykit.core.streak import streak

TODAY = date(2026, 5, 20)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=offset) for offset in offsets]


def test_no_days_no_streak():
    assert streak([], TODAY) == 0


def test_consecutive_days_count():
    assert streak(days_ago(0, 1, 2, 3), TODAY) == 4


def test_today_not_done_yet_does_not_end_it():
    assert streak(days_ago(1, 2, 3), TODAY) == 3


def test_one_rest_day_between_recovery_days_keeps_it():
    assert streak(days_ago(0, 2, 3, 5), TODAY) == 4


def test_two_rest_days_in_a_row_end_it():
    assert streak(days_ago(0, 1, 4, 5), TODAY) == 2


def test_yesterday_as_rest_with_today_open_keeps_it():
    assert streak(days_ago(2, 3), TODAY) == 2


def test_three_days_without_ends_it():
    assert streak(days_ago(3, 4), TODAY) == 0


def test_future_days_do_not_count():
    assert streak([TODAY + timedelta(days=1), TODAY], TODAY) == 1
