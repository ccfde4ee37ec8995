"""The recovery picture: everything that advice about the legs depends on, at one moment.

One picture answers "what is true about this person's legs right now": the
newest workout, every journal and logged day of the last weeks (soreness per
area and side, warning signs, injured areas), the health-check answers, the
sessions done since the workout, and the reminders still open. The
suggestion, the red flags, the injury gate, the reminders, the start page's
card, the history's notices and the command line all read one of these; none
of them gathers its own inputs (services/picture.py builds it from storage).

It is plain data and pure functions of it: the same picture gives the same
advice on every surface.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from recoverykit.core.health_check import HealthAnswers
from recoverykit.core.journal import Journal
from recoverykit.core.red_flags import current_red_flags

#: How far back journals and logged days are read: the red flags' longest rule, with a margin.
LOOK_BACK = timedelta(days=21)
#: Soreness this high, logged this recently, raises an area in the suggestion.
SORE_AT = 4
SORE_WITHIN = timedelta(hours=72)
#: A warning sign or an injured area counts for this long (the 72-hour injury window).
WARNING_WITHIN = timedelta(hours=72)

#: Where a journal entry came from.
SESSION, DAY = "session", "day"


@dataclass(frozen=True)
class Entry:
    """One journal: a session's (``source`` SESSION) or a logged day's (DAY), with when and whose."""

    at: datetime
    journal: Journal
    source: str = SESSION
    ref: str = ""


@dataclass(frozen=True)
class DoneSession:
    """A session that ended since the newest workout (or linked to it)."""

    session_id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    workout_id: int | None = None

    @property
    def completed(self) -> bool:
        return self.status == "completed"


@dataclass(frozen=True)
class OpenReminder:
    """A refuel or drink reminder not yet answered: pending (``shown`` False) or on screen."""

    kind: str
    due: datetime
    session_id: str | None = None
    day_log_id: str | None = None
    workout_id: int | None = None
    shown: bool = False


@dataclass(frozen=True)
class RecoveryPicture:
    """What the app knows about the legs at ``now``; every surface advises from one of these."""

    now: datetime
    workout: object | None = None  # workouts.model.Workout; typed loosely to keep core free of it
    entries: tuple[Entry, ...] = ()
    health: HealthAnswers | None = None
    done: tuple[DoneSession, ...] = ()
    reminders: tuple[OpenReminder, ...] = field(default_factory=tuple)

    def journals(self, within: timedelta | None = None) -> list[tuple[datetime, Journal]]:
        """(when, journal) of every entry, oldest first; only those of the last ``within`` if given."""
        return [(entry.at, entry.journal) for entry in self.entries
                if within is None or self.now - within <= entry.at <= self.now]

    def dated_journals(self) -> list[tuple[date, Journal]]:
        """(local day, journal) of every entry up to now: what the red-flag rules read."""
        return [(entry.at.astimezone(self.now.tzinfo).date(), entry.journal) for entry in self.entries
                if entry.at <= self.now]

    def sore_areas(self) -> dict[str, tuple[int, datetime]]:
        """Each area's highest soreness logged in the last 72 h (≥ SORE_AT, the higher side), with when."""
        return sore_areas(self.journals(), self.now)

    def warning_signs(self) -> list[tuple[str, datetime]]:
        """Warning signs ticked in the last 72 h, with when, oldest first."""
        return [(sign, when) for when, journal in self.journals(WARNING_WITHIN) for sign in journal.warning_signs]

    def injured_areas(self) -> set[str]:
        """Areas marked injured or swollen in the last 72 h."""
        return {area for _, journal in self.journals(WARNING_WITHIN) for area in journal.injured_areas}

    def red_flags(self):
        """The red flags current today (core/red_flags.py), from the same entries."""
        return current_red_flags(self.dated_journals(), self.now.date())


def sore_areas(journals: Iterable[tuple[datetime, Journal]], now: datetime) -> dict[str, tuple[int, datetime]]:
    """Each area's highest soreness logged in the last 72 h (≥ SORE_AT), with when."""
    sore: dict[str, tuple[int, datetime]] = {}
    for when, journal in journals:
        if not now - SORE_WITHIN <= when <= now:
            continue
        for area, value in journal.worst_soreness().items():
            if value >= SORE_AT and (area not in sore or value > sore[area][0]):
                sore[area] = (value, when)
    return sore
