"""Sessions a crash left behind: which one can be resumed, and closing the rest.

A session still ``in_progress`` when the app starts was cut short (a kill, a
power loss). The newest one is offered for resume when its checkpoint is
recent (``RESUME_WITHIN``), its routine still exists unchanged, and its saved
position fits it; every other one is marked ``interrupted`` with the steps it
had finished. Nothing here deletes a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from recoverykit.core.events import StepEnded
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.machine import SessionMachine
from recoverykit.core.position import Position, routine_fingerprint
from recoverykit.core.routine import Routine
from recoverykit.storage.sessions import SessionRepository, SessionRow

#: A checkpoint older than this (wall time) is history, not a session to carry on.
RESUME_WITHIN = timedelta(hours=2)


@dataclass(frozen=True)
class ResumePlan:
    """Everything needed to carry an unfinished session on, checked against its routine."""

    session: SessionRow
    routine: Routine
    position: Position
    records: tuple[StepEnded, ...]
    saved_at: datetime

    @property
    def session_id(self) -> str:
        return self.session.id


def stored_records(session: SessionRow, routine: Routine) -> tuple[StepEnded, ...]:
    """The session's stored steps as the machine's records; ValueError if they do not fit."""
    records = []
    for row in session.steps:
        if not 0 <= row.slot < len(routine.slots):
            raise ValueError(f"stored step {row.name!r} is not in {routine.id!r}")
        slot = routine.slots[row.slot]
        if slot.step.name != row.name or slot.step_index != row.step_index:
            raise ValueError(f"stored step {row.name!r} does not match {routine.id!r}")
        # The session-clock times of earlier steps belong to the process that ran
        # them; only their outcome and length carry over.
        records.append(StepEnded(slot, row.status, row.planned_s, row.actual_s, 0.0, 0.0))
    return tuple(records)


def plan_resume(repository: SessionRepository, session: SessionRow, library: RoutineLibrary,
                now: datetime) -> ResumePlan | None:
    """A plan to carry ``session`` on, or None when it cannot or should not be."""
    routine = library.get(session.routine_id)
    if routine is None:
        return None
    try:
        checkpoint = repository.checkpoint(session.id)
        if checkpoint is None or checkpoint.routine_fingerprint != routine_fingerprint(routine):
            return None
        if abs(now - checkpoint.saved_at) > RESUME_WITHIN:
            return None
        records = stored_records(session, routine)
        SessionMachine.restored(routine, checkpoint.position, records, now=0.0)  # it must fit
    except ValueError:
        return None
    return ResumePlan(session, routine, checkpoint.position, records, checkpoint.saved_at)


def find_resumable(repository: SessionRepository, library: RoutineLibrary,
                   now: datetime) -> ResumePlan | None:
    """The unfinished session the next start offers to resume, if any (reads only)."""
    unfinished = repository.unfinished_ids()
    if not unfinished:
        return None
    session = repository.get(unfinished[0])
    return plan_resume(repository, session, library, now) if session else None


def settle_unfinished(repository: SessionRepository, library: RoutineLibrary,
                      now: datetime) -> ResumePlan | None:
    """At start-up: keep the one session to offer for resume; mark every other interrupted."""
    plan = find_resumable(repository, library, now)
    repository.mark_stale_sessions_interrupted(now, keep=plan.session_id if plan else None)
    return plan
