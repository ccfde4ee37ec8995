"""Numbers behind the history charts, from dated sessions and journals; no Qt.

* ``minutes_per_week``: recovery minutes in each of the last weeks (Monday first).
* ``soreness_after``: each body area's soreness on the days after a workout
  (day 0 is the workout's day; a day with no journal has no point, not a 0).
* ``minutes_by_day``: minutes per calendar day, for the heat map.
* ``minutes_per_period``: recovery minutes per week, or per month for a range
  longer than MAX_WEEKS weeks, over exactly the range the filters chose.
* ``soreness_trend`` / ``effort_trend``: each area's worst soreness per day,
  and the workout effort (RPE) and load (RPE × minutes) per day, over a range,
  from ``TrendEntry``s: just what the trends read of a journal.
* ``chart_data``: all of the above (and the streak) at once, as the charts take it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from recoverykit.core.journal import AREAS, Journal, area_values, worst_of
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


#: The most weekly bars a chart shows; a longer range is shown by month, and beyond MAX_MONTHS by year.
MAX_WEEKS = 26
MAX_MONTHS = 36
#: The longest range a trend shows day by day; longer ones show each week's worst (then each month's),
#: so a line never has more than a few hundred points to draw.
MAX_TREND_DAYS = 120
MAX_TREND_WEEKS = 104


def month_start(day: date) -> date:
    return day.replace(day=1)


def year_start(day: date) -> date:
    return day.replace(month=1, day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


#: Each kind of period: (the start of the one holding a day, the start of the next one).
_PERIODS = {
    "day": (lambda day: day, lambda start: start + timedelta(days=1)),
    "week": (week_start, lambda start: start + timedelta(weeks=1)),
    "month": (month_start, _next_month),
    "year": (year_start, lambda start: start.replace(year=start.year + 1)),
}


def trend_period(since: date, until: date) -> str:
    """"day", "week" or "month": what one point of a trend over ``since``..``until`` stands for."""
    days = (until - since).days + 1
    return "day" if days <= MAX_TREND_DAYS else "week" if days <= MAX_TREND_WEEKS * 7 else "month"


def trend_bucket(since: date, until: date) -> Callable[[date], date]:
    """The function that maps a day to the start of the period a trend point stands for."""
    return period_starts(trend_period(since, until))


def period_starts(period: str) -> Callable[[date], date]:
    """A function from a day to the start of its ``period`` ("day", "week", "month" or "year").

    It keeps the last period found: the history gives days in order, so most fall in that one, and
    working out a month's start for each of ten years of days was a third of the trend's time.
    """
    first, following = _PERIODS[period]
    current = [date.max, date.min]  # [start, start of the next]: holds no day yet

    def start_of(day: date) -> date:
        if not current[0] <= day < current[1]:
            current[0] = first(day)
            current[1] = following(current[0])
        return current[0]

    return start_of


def minutes_per_period(sessions: Iterable[tuple[date, float]], since: date,
                       until: date) -> tuple[str, list[tuple[date, float]]]:
    """("week" or "month", [(period start, minutes)]) covering ``since``..``until``, oldest first."""
    return _minutes_per_period(minutes_by_day(sessions), since, until)


def _minutes_per_period(by_day: dict[date, float], since: date,
                        until: date) -> tuple[str, list[tuple[date, float]]]:
    weeks = (week_start(until) - week_start(since)).days // 7 + 1
    months = (until.year - since.year) * 12 + until.month - since.month + 1
    period = "week" if weeks <= MAX_WEEKS else "month" if months <= MAX_MONTHS else "year"
    first, following = _PERIODS[period]
    starts: list[date] = []
    start = first(since)
    while start <= until:
        starts.append(start)
        start = following(start)
    totals = dict.fromkeys(starts, 0.0)
    start_of = period_starts(period)
    for day, minutes in by_day.items():
        if since <= day <= until:
            key = start_of(day)
            totals[key] = totals.get(key, 0.0) + minutes
    return period, [(start, totals[start]) for start in starts]


class TrendEntry(NamedTuple):
    """What the trend charts read of one dated journal (years of them are charted at once)."""

    day: date
    #: Each area's value before and after (core.journal.area_values), read-only: entries may share them.
    soreness: tuple[Mapping[str, int], Mapping[str, int]]
    rpe: int | None
    workout_min: int | None

    @property
    def worst(self) -> dict[str, int]:
        """Each area's worst soreness, before or after, either side (Journal.worst_soreness)."""
        return worst_of(*self.soreness)


def trend_entries(journals: Iterable[tuple[date, Journal]]) -> list[TrendEntry]:
    return [TrendEntry(day, (area_values(journal.soreness_before), area_values(journal.soreness_after)),
                       journal.rpe, journal.workout_min) for day, journal in journals]


def soreness_trend(entries: Iterable[TrendEntry], since: date,
                   until: date) -> dict[str, list[tuple[date, int]]]:
    """Each area's worst logged soreness on each day of ``since``..``until`` that has one, by area
    (each week's or month's worst over a long range: see trend_bucket)."""
    bucket = trend_bucket(since, until)
    by_area: dict[str, dict[date, int]] = {}
    for day, soreness, _rpe, _minutes in entries:
        if not since <= day <= until:
            continue
        key = bucket(day)
        for values in soreness:  # the worst of before and after: the higher value wins either way
            for area, value in values.items():
                days = by_area.get(area)
                if days is None:
                    days = by_area[area] = {}
                if value > days.get(key, 0):
                    days[key] = value
    return {area: sorted(by_area[area].items()) for area in AREAS if area in by_area}


def effort_trend(entries: Iterable[TrendEntry], since: date,
                 until: date) -> list[tuple[date, int, int | None]]:
    """(day, hardest RPE, load) for each day in range with a workout's effort logged; the load is
    RPE × workout minutes (the session-RPE load), None when the minutes were not given; over a long
    range, each week's or month's hardest effort and total load (see trend_bucket)."""
    bucket = trend_bucket(since, until)
    days: dict[date, tuple[int, int | None]] = {}
    for day, _soreness, effort, minutes in entries:
        if effort is None or not since <= day <= until:
            continue
        load = effort * minutes if minutes else None
        key = bucket(day)
        rpe, known = days.get(key, (0, None))
        days[key] = (max(rpe, effort), (known or 0) + load if load is not None else known)
    return [(day, rpe, load) for day, (rpe, load) in sorted(days.items())]


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
    #: The range the filters chose, and what the charts of a range show over it.
    since: date | None = None
    until: date | None = None
    period: str = "week"
    trend: dict[str, list[tuple[date, int]]] | None = None
    effort: list[tuple[date, int, int | None]] | None = None


def chart_data(sessions: list[tuple[date, float]], journals: Iterable[tuple[date, Journal]],
               workout_day: date | None, today: date, since: date | None = None, until: date | None = None,
               range_entries: Iterable[TrendEntry] = ()) -> HistoryChartData:
    """The charts' numbers; with ``since``/``until`` the bars and the trends cover exactly that range
    (``range_entries``: the dated journals and logged days in it), else the last 12 weeks."""
    by_day = minutes_by_day(sessions)
    if since is None or until is None:
        return HistoryChartData(
            today=today, weeks=minutes_per_week(sessions, today), minutes_by_day=by_day,
            soreness=soreness_after(journals, workout_day) if workout_day else {},
            workout_day=workout_day, streak_days=streak(by_day, today))
    period, periods = _minutes_per_period(by_day, since, until)
    range_entries = list(range_entries)
    return HistoryChartData(
        today=today, weeks=periods, minutes_by_day=by_day,
        soreness=soreness_after(journals, workout_day) if workout_day else {},
        workout_day=workout_day, streak_days=streak(by_day, min(today, until)), since=since, until=until,
        period=period, trend=soreness_trend(range_entries, since, until),
        effort=effort_trend(range_entries, since, until))
