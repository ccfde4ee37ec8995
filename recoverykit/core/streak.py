"""Recovery days and the streak, with room for planned rest days.

A **recovery day** is a calendar day with at least one session in which at
least one step was done (a session stopped early still counts; one with every
step skipped does not).

The **streak** counts recovery days back from today. Rest is part of
training, so a rest day does not end it: up to ``REST_DAYS_ALLOWED`` (1) day
in a row without a recovery session may sit between two recovery days. Two
such days in a row end the streak. Today does not end it before it is over:
if today has no session yet, the streak is counted from yesterday (and
yesterday may itself be the allowed rest day). Rest days are not counted in
the number; they only keep it alive.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

REST_DAYS_ALLOWED = 1


def streak(recovery_days: Iterable[date], today: date) -> int:
    """How many recovery days the current streak holds on ``today``."""
    # Day numbers, not dates: years of daily sessions make a streak thousands of days long.
    last = today.toordinal()
    days = {number for day in recovery_days if (number := day.toordinal()) <= last}
    day = last if last in days else last - 1  # today is not over yet
    count = rest = 0
    while True:
        if day in days:
            count, rest = count + 1, 0
        else:
            rest += 1
            if rest > REST_DAYS_ALLOWED:
                return count
        day -= 1
