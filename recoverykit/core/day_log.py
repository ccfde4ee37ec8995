"""A logged day: how the legs feel on a rest day, the morning after, or any time, without a session.

A day log is a Journal (soreness in ``soreness_after``: how it feels now;
sleep, warning signs, injured areas) with the moment it describes, whether
it was a rest day, and a note. Everything that reads journals for a rule
(the red flags, the injury window, the suggestions) reads day logs too, so
"still sore after three days" is seen by someone who rests on those days.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from recoverykit.core.journal import Journal, check_journal
from recoverykit.core.messages import Message, msg

#: Longest note kept with a logged day (as for a session's note).
MAX_NOTE = 20_000
#: A logged moment may be this far ahead of the clock (two devices' clocks, a slow save), no more.
FUTURE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class DayLog:
    """How one day felt: ``journal`` holds soreness (in ``soreness_after``), sleep, signs and injured areas."""

    id: str
    logged_at: datetime
    journal: Journal = field(default_factory=Journal)
    rest_day: bool = False
    note: str = ""

    @property
    def day(self) -> date:
        """The calendar day it describes, where it was logged."""
        return self.logged_at.date()


def check_day_log(log: DayLog, now: datetime) -> list[Message]:
    """What is wrong with ``log`` (each problem one phrase); [] if nothing."""
    problems: list[Message] = []
    if not isinstance(log.logged_at, datetime) or log.logged_at.tzinfo is None:
        problems.append(msg("the time must have a UTC offset"))
    elif log.logged_at > now + FUTURE_SLACK:
        problems.append(msg("a day can be logged for now or the past, not for later"))
    if replace(log.journal, soreness_after={}, sleep_h=None, warning_signs=(), injured_areas=(),
               hydrated=False, refuelled=False) != Journal():
        problems.append(msg("a logged day holds how it feels, not a session's before and after or a workout"))
    if not isinstance(log.note, str) or len(log.note) > MAX_NOTE:
        problems.append(msg("the note is at most {limit} characters", limit=MAX_NOTE))
    if type(log.rest_day) is not bool:
        problems.append(msg("{name} must be true or false", name="rest_day"))
    return problems + check_journal(log.journal)


def is_empty(log: DayLog) -> bool:
    """Nothing logged at all: no soreness, sleep, sign, area, rest day or note."""
    return log.journal.is_empty and not log.rest_day and not log.note.strip()
