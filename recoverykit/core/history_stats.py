"""Numbers behind the history charts, from dated sessions and journals; no Qt.

* ``minutes_per_week``: recovery minutes in each of the last weeks (Monday first).
* ``soreness_after``: each body area's soreness on the days after a workout
  (day 0 is the workout's day; a day with no journal has no point, not a 0).
* ``minutes_by_day``: minutes per calendar day, for the heat map.
* ``chart_data``: all of the above (and the streak) at once, as the charts take it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from recoverykit.core.journal import AREAS, Journal
from recoverykit.core.streak import streak


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


@dataclass(frozen=True)
class HistoryChartData:
    """Everything the history charts draw, computed once from the listed sessions.

    ``sessions`` are (day, active seconds); ``workout_day`` is the selected
    session's day (None when none is selected).
    """

    today: date
    weeks: list[tuple[date, float]]
    minutes_by_day: dict[date, float]
    soreness: dict[str, list[tuple[int, int]]]
    workout_day: date | None
    streak_days: int


def chart_data(sessions: list[tuple[date, float]], journals: Iterable[tuple[date, Journal]],
               workout_day: date | None, today: date) -> HistoryChartData:
    by_day = minutes_by_day(sessions)
    return HistoryChartData(
        today=today, weeks=minutes_per_week(sessions, today), minutes_by_day=by_day,
        soreness=soreness_after(journals, workout_day) if workout_day else {},
        workout_day=workout_day, streak_days=streak(by_day, today))
