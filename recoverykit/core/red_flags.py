"""Red flags: when the journal says it is time to see a sports physiotherapist or doctor.

Pure functions over dated journals. Two rules, from the guidance the app is
built on (severe soreness that lasts more than 3 days; sharp pain, swelling,
numbness or pain that worsens despite rest):

* ``PERSISTENT_SORENESS``: the same body area at ``SEVERE`` (7) or more on
  ``SEVERE_DAYS`` (4) or more of any ``WINDOW_DAYS`` (5) calendar days in a row,
  so a day missing from the log does not hide it; or still at 7 or more more
  than 3 days after the workout it followed (the journal's
  ``workout_ended_at``; counted in whole calendar days, so it never fires
  early). A day counts with the highest value logged for the area that day
  (before or after, over all of its sessions). These are GUIDANCE's "Red flag
  timing" (sources 002, 003): "persists more than 3 days".
* ``WARNING_SIGN``: a warning sign ticked in any journal.
* ``URGENT_SIGN``: an urgent sign ticked (a hot, swollen, painful calf; dark
  urine after hard exercise; chest pain, fainting or breathlessness): "get
  medical help today", listed before everything else.

A flag is current while its last day is at most ``RECENT_DAYS`` before
``today``; older flags are history and raise no banner. The result is codes
and dates: the UI words them, and never as a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from recoverykit.core.journal import AREAS, URGENT_SIGNS, WARNING_SIGNS, Journal

SEVERE = 7
#: More than 3 days: 4 severe days within 5 calendar days.
SEVERE_DAYS = 4
WINDOW_DAYS = 5
#: Still severe on the 4th calendar day after the workout's: more than 72 hours.
AFTER_WORKOUT_DAYS = 4
RECENT_DAYS = 3

PERSISTENT_SORENESS = "persistent_soreness"
WARNING_SIGN = "warning_sign"
URGENT_SIGN = "urgent_sign"


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
    """Each episode of an area at SEVERE or more on SEVERE_DAYS of WINDOW_DAYS days, by area.

    Overlapping windows are one episode, from its first severe day to its last.
    """
    flags = []
    for area, days in _daily_worst(entries).items():
        sore = sorted(day for day, value in days.items() if value >= SEVERE)
        episode: list[date] = []
        for index, day in enumerate(sore):
            window = [other for other in sore[max(0, index - SEVERE_DAYS + 1):index + 1]
                      if (day - other).days < WINDOW_DAYS]
            if len(window) >= SEVERE_DAYS:
                if episode and (window[0] - episode[-1]).days >= WINDOW_DAYS:
                    flags.append(RedFlag(PERSISTENT_SORENESS, area, episode[0], episode[-1]))
                    episode = []
                episode = sorted({*episode, *window})
        if episode:
            flags.append(RedFlag(PERSISTENT_SORENESS, area, episode[0], episode[-1]))
    return flags


def severe_after_workout(entries: Iterable[tuple[date, Journal]]) -> list[RedFlag]:
    """Areas still at SEVERE or more more than 3 days after the workout the journal followed."""
    flags: dict[str, RedFlag] = {}
    for day, journal in entries:
        ended = journal.workout_ended_at
        if ended is None or (day - ended.date()).days < AFTER_WORKOUT_DAYS:
            continue
        for area, value in journal.worst_soreness().items():
            if value >= SEVERE and area in AREAS:
                known = flags.get(area)
                first = min(ended.date(), known.first_day) if known else ended.date()
                last = max(day, known.last_day) if known else day
                flags[area] = RedFlag(PERSISTENT_SORENESS, area, first, last)
    return [flags[area] for area in AREAS if area in flags]


def warning_signs(entries: Iterable[tuple[date, Journal]]) -> list[RedFlag]:
    """Each warning sign ticked, from the first to the last day it was."""
    seen: dict[str, list[date]] = {}
    for day, journal in entries:
        for sign in journal.warning_signs:
            seen.setdefault(sign, []).append(day)
    urgent = [RedFlag(URGENT_SIGN, sign, min(seen[sign]), max(seen[sign])) for sign in URGENT_SIGNS if sign in seen]
    return urgent + [RedFlag(WARNING_SIGN, sign, min(seen[sign]), max(seen[sign]))
                     for sign in WARNING_SIGNS if sign in seen]


def current_red_flags(entries: Iterable[tuple[date, Journal]], today: date) -> list[RedFlag]:
    """The flags that still matter on ``today``: urgent signs first, then persistent soreness, then warning signs."""
    entries = [(day, journal) for day, journal in entries if day <= today]
    recent = today - timedelta(days=RECENT_DAYS)
    persistent = severe_runs(entries)
    flagged = {flag.subject for flag in persistent}
    persistent += [flag for flag in severe_after_workout(entries) if flag.subject not in flagged]
    signs = warning_signs(entries)
    urgent = [flag for flag in signs if flag.code == URGENT_SIGN]
    others = [flag for flag in signs if flag.code != URGENT_SIGN]
    return [flag for flag in (*urgent, *persistent, *others) if flag.last_day >= recent]
