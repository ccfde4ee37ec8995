"""Journal bounds, soreness change and the history chart numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from recoverykit.core.history_stats import minutes_per_week, soreness_after
from recoverykit.core.journal import Journal, check_journal, distance_in, km_from, soreness_change


def test_a_full_journal_is_valid_and_an_empty_one_is_empty():
    assert Journal().is_empty and check_journal(Journal()) == []
    full = Journal({"quads": 5}, {"quads": 3}, "run", 10.0, 50, 6,
                   datetime(2026, 5, 4, 7, 0).astimezone(), True, True, 7.5, ("swelling",))
    assert check_journal(full) == [] and not full.is_empty


@pytest.mark.parametrize("journal, field", [
    (Journal(soreness_after={"quads": 11}), "soreness_after.quads"),
    (Journal(soreness_after={"quads": True}), "soreness_after.quads"),
    (Journal(soreness_before={"elbow": 3}), "elbow"),
    (Journal(rpe=0), "rpe"),
    (Journal(distance_km=float("nan")), "distance_km"),
    (Journal(distance_km=1e9), "distance_km"),
    (Journal(sleep_h=25), "sleep_h"),
    (Journal(workout_type="swim"), "workout_type"),
    (Journal(workout_ended_at=datetime(2026, 5, 4)), "workout_ended_at"),
    (Journal(warning_signs=("swelling", "swelling")), "warning_signs"),
    (Journal(hydrated=1), "hydrated"),
])
def test_bad_values_are_named(journal, field):
    problems = check_journal(journal)
    assert problems and field in problems[0]


def test_soreness_change_counts_areas_logged_both_times():
    assert soreness_change(None) is None
    assert soreness_change(Journal({"quads": 5}, {"calves": 3})) is None
    assert soreness_change(Journal({"quads": 5, "calves": 4}, {"quads": 3, "calves": 4, "feet": 9})) == -2


def test_miles_are_stored_as_km():
    assert km_from(10, "mi") == pytest.approx(16.09344)
    assert distance_in(km_from(6.2, "mi"), "mi") == pytest.approx(6.2)
    assert km_from(5, "km") == 5


def test_minutes_per_week_buckets_by_monday():
    today = date(2026, 5, 20)  # a Wednesday
    weeks = minutes_per_week([(date(2026, 5, 18), 600), (date(2026, 5, 17), 300), (date(2026, 1, 1), 60)],
                             today, weeks=2)
    assert weeks == [(date(2026, 5, 11), 5.0), (date(2026, 5, 18), 10.0)]


def test_soreness_after_a_workout_by_day_offset():
    day = date(2026, 5, 4)
    entries = [(day, Journal(soreness_after={"calves": 6})),
               (day + timedelta(days=2), Journal(soreness_before={"calves": 4, "quads": 2})),
               (day + timedelta(days=9), Journal(soreness_after={"calves": 1}))]
    assert soreness_after(entries, day) == {"quads": [(2, 2)], "calves": [(0, 6), (2, 4)]}


def test_minutes_per_period_covers_exactly_the_chosen_range():
    from recoverykit.core.history_stats import minutes_per_period

    sessions = [(date(2026, 1, 5), 600), (date(2026, 3, 2), 1200), (date(2025, 12, 1), 60)]
    period, weeks = minutes_per_period(sessions, date(2026, 2, 25), date(2026, 3, 10))
    assert period == "week" and [start for start, _ in weeks] == [date(2026, 2, 23), date(2026, 3, 2),
                                                                   date(2026, 3, 9)]
    assert [minutes for _, minutes in weeks] == [0.0, 20.0, 0.0]
    period, months = minutes_per_period(sessions, date(2025, 1, 1), date(2026, 3, 31))
    assert period == "month" and len(months) == 15 and months[0][0] == date(2025, 1, 1)
    assert dict(months)[date(2026, 1, 1)] == 10.0 and dict(months)[date(2025, 12, 1)] == 1.0


def test_trends_take_each_days_worst_and_the_effort_with_its_load():
    from recoverykit.core.history_stats import effort_trend, soreness_trend, trend_entries

    entries = trend_entries([(date(2026, 3, 1), Journal(soreness_before={"calves": 6}, soreness_after={"calves": 4},
                                          rpe=7, workout_min=60)),
               (date(2026, 3, 1), Journal(soreness_after={"calves": 7})),  # a logged day, later that day
               (date(2026, 3, 3), Journal(soreness_after={"quads": 2}, rpe=4)),
               (date(2026, 4, 1), Journal(soreness_after={"calves": 9}))])  # outside the range
    trend = soreness_trend(entries, date(2026, 3, 1), date(2026, 3, 31))
    assert trend == {"quads": [(date(2026, 3, 3), 2)], "calves": [(date(2026, 3, 1), 7)]}
    assert effort_trend(entries, date(2026, 3, 1), date(2026, 3, 31)) == [(date(2026, 3, 1), 7, 420),
                                                                        (date(2026, 3, 3), 4, None)]


def test_a_long_range_is_charted_by_year_and_its_trend_by_week_or_month():
    from recoverykit.core.history_stats import minutes_per_period, soreness_trend, trend_entries

    period, years = minutes_per_period([(date(2020, 6, 1), 600)], date(2017, 3, 1), date(2026, 5, 4))
    assert period == "year" and [start.year for start, _ in years] == list(range(2017, 2027))
    entries = trend_entries([(date(2026, 1, 5) + timedelta(days=n), Journal(soreness_after={"calves": n % 7}))
                             for n in range(200)])
    trend = soreness_trend(entries, date(2026, 1, 1), date(2026, 7, 31))  # 212 days: one point a week
    assert len(trend["calves"]) <= 31 and max(value for _, value in trend["calves"]) == 6
    trend = soreness_trend(entries, date(2023, 1, 1), date(2026, 7, 31))  # years: one point a month
    assert len(trend["calves"]) <= 7
