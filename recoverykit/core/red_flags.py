"""Red flags: when the journal says it is time to see a sports physiotherapist or doctor.

Pure functions over dated journals. Two rules, from the guidance the app is
built on (severe soreness that lasts more than 3 days; sharp pain, swelling,
numbness or pain that worsens despite rest):

* ``PERSISTENT_SORENESS``: the same body area at ``SEVERE`` (7) or more on
  more than ``MAX_SEVERE_DAYS`` (3) consecutive calendar days, that is on 4 or
  more. A day counts with the highest value logged for the area that day
  (before or after, over all of its sessions). A day with no journal, or with
  the area under 7 or not logged, breaks the run: a gap is not assumed sore.
* ``WARNING_SIGN``: a warning sign ticked in any journal.

A flag is current while its last day is at most ``RECENT_DAYS`` before
``today``; older flags are history and raise no banner. The result is codes
and dates: the UI words them, and never as a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from recoverykit.core.journal import AREAS, WARNING_SIGNS, Journal

SEVERE = 7
MAX_SEVERE_DAYS = 3
RECENT_DAYS = 3

PERSISTENT_SORENESS = "persistent_soreness"
WARNING_SIGN = "warning_sign"


@dataclass(frozen=True)
class RedFlag:
    """One reason to suggest a professional: ``subject`` is the area or the warning sign."""

    code: str
    subject: str
    first_day: date
    last_day: date

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


def _daily_worst(entries: Iterable[tuple[date, Journal]]) -> dict[str, dict[date, int]]:
    worst: dict[str, dict[date, int]] = {area: {} for area in AREAS}
    for day, journal in entries:
        for area, value in journal.worst_soreness().items():
            if area in worst:
                worst[area][day] = max(value, worst[area].get(day, 0))
    return worst


def severe_runs(entries: Iterable[tuple[date, Journal]]) -> list[RedFlag]:
    """Every run of more than MAX_SEVERE_DAYS consecutive days at SEVERE or more, by area."""
    flags = []
    for area, days in _daily_worst(entries).items():
        sore = sorted(day for day, value in days.items() if value >= SEVERE)
        start = previous = None
        for day in [*sore, None]:
            if day is not None and previous is not None and day - previous == timedelta(days=1):
                previous = day
                continue
            if start is not None and (previous - start).days + 1 > MAX_SEVERE_DAYS:
                flags.append(RedFlag(PERSISTENT_SORENESS, area, start, previous))
            start = previous = day
    return flags


def warning_signs(entries: Iterable[tuple[date, Journal]]) -> list[RedFlag]:
    """Each warning sign ticked, from the first to the last day it was."""
    seen: dict[str, list[date]] = {}
    for day, journal in entries:
        for sign in journal.warning_signs:
            seen.setdefault(sign, []).append(day)
    return [RedFlag(WARNING_SIGN, sign, min(seen[sign]), max(seen[sign]))
            for sign in WARNING_SIGNS if sign in seen]


def current_red_flags(entries: Iterable[tuple[date, Journal]], today: date) -> list[RedFlag]:
    """The flags that still matter on ``today``: persistent soreness first, then warning signs."""
    entries = [(day, journal) for day, journal in entries if day <= today]
    recent = today - timedelta(days=RECENT_DAYS)
    return [flag for flag in (*severe_runs(entries), *warning_signs(entries)) if flag.last_day >= recent]
