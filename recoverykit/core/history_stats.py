"""Numbers behind the history charts, from dated sessions and journals; no Qt.

* ``minutes_per_week``: recovery minutes in each of the last weeks (Monday first).
* ``soreness_after``: each body area's soreness on the days after a workout
  (day 0 is the workout's day; a day with no journal has no point, not a 0).
* ``minutes_by_day``: minutes per calendar day, for the heat map.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from recoverykit.core.journal import AREAS, Journal


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def minutes_by_day(sessions: Iterable[tuple[date, float]]) -> dict[date, float]:
    """``sessions`` are (day, active seconds); the result is minutes per day that had any."""
    totals: dict[date, float] = {}
    for day, seconds in sessions:
        if seconds > 0:
            totals[day] = totals.get(day, 0.0) + seconds / 60
    return totals


def minutes_per_week(sessions: Iterable[tuple[date, float]], today: date,
                     weeks: int = 12) -> list[tuple[date, float]]:
    """The last ``weeks`` weeks up to the one holding ``today``, oldest first, with their minutes."""
    this_week = week_start(today)
    starts = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    totals = dict.fromkeys(starts, 0.0)
    for day, minutes in minutes_by_day(sessions).items():
        start = week_start(day)
        if start in totals:
            totals[start] += minutes
    return [(start, totals[start]) for start in starts]


def soreness_after(entries: Iterable[tuple[date, Journal]], workout_day: date,
                   days: int = 7) -> dict[str, list[tuple[int, int]]]:
    """For each area logged in the ``days`` days from ``workout_day``: (day offset, worst value)."""
    last = workout_day + timedelta(days=days - 1)
    by_area: dict[str, dict[int, int]] = {}
    for day, journal in entries:
        if not workout_day <= day <= last:
            continue
        offset = (day - workout_day).days
        for area, value in journal.worst_soreness().items():
            points = by_area.setdefault(area, {})
            points[offset] = max(value, points.get(offset, 0))
    return {area: sorted(by_area[area].items()) for area in AREAS if area in by_area}
