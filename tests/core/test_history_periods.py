"""The quick paths of the history charts give what the plain rules say, for any days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from recoverykit.core.history_stats import period_starts
from recoverykit.core.streak import REST_DAYS_ALLOWED, streak

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
#: A few months of days: many fall on a period's first day, right after its last.
close_days = st.dates(min_value=date(2025, 11, 20), max_value=date(2026, 2, 10))

PLAIN = {
    "day": lambda day: day,
    "week": lambda day: day - timedelta(days=day.weekday()),
    "month": lambda day: date(day.year, day.month, 1),
    "year": lambda day: date(day.year, 1, 1),
}


@given(period=st.sampled_from(sorted(PLAIN)), chosen=st.lists(days | close_days, max_size=60),
       ordered=st.sampled_from([None, "newest first", "oldest first"]))
@example(period="month", chosen=[date(2026, 1, 31), date(2026, 2, 1)], ordered=None)
@example(period="year", chosen=[date(2026, 1, 1), date(2025, 12, 31)], ordered=None)
def test_the_remembered_period_is_the_one_the_day_is_in(period, chosen, ordered):
    """In any order: newest first (as listed), oldest first, or jumping about (as sorted otherwise)."""
    if ordered is not None:
        chosen = sorted(chosen, reverse=ordered == "newest first")
    start_of = period_starts(period)
    assert [start_of(day) for day in chosen] == [PLAIN[period](day) for day in chosen]


def plain_streak(recovery_days: set[date], today: date) -> int:
    """The streak's rule walked with dates, a day at a time."""
    day = today if today in recovery_days else today - timedelta(days=1)
    count = rest = 0
    while rest <= REST_DAYS_ALLOWED:
        if day in recovery_days:
            count, rest = count + 1, 0
        else:
            rest += 1
        day -= timedelta(days=1)
    return count


@given(offsets=st.sets(st.integers(min_value=-400, max_value=5), max_size=300), today=days)
def test_the_streak_counts_as_the_rule_says(offsets, today):
    recovery_days = {today + timedelta(days=offset) for offset in offsets}
    assert streak(recovery_days, today) == plain_streak({day for day in recovery_days if day <= today}, today)
