"""The session recorder: what a running session writes to the history, and when, without Qt.

The controller (qt/controller.py) drives the state machine and hands every
batch of core events to :meth:`SessionRecorder.record`. The recorder turns
them into one write: the session row when it starts, each finished step,
the position as a checkpoint (when a step ends, on every user action, and
every ``CHECKPOINT_EVERY_S`` session seconds), and the end. Writes that fail
(a locked database, a full disk) are kept in order in a write queue and
tried again at the next checkpoint, on :meth:`retry`, and on shutdown; the
outcome of each try is returned so the controller can say so.

Once a session's start or end has landed, the recorder announces SESSION on
the app's change signal (services/changes.py): the card and the history
follow at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.services.changes import SESSION, Changes
from recoverykit.services.failures import OnRepository

if TYPE_CHECKING:
    from recoverykit.core.events import Event, StepEnded
    from recoverykit.core.machine import SessionMachine
    from recoverykit.storage.rows import StepRow
    from recoverykit.storage.sessions import SessionRepository
    from recoverykit.storage.write_queue import WriteQueue

#: Session seconds between position checkpoints while a session runs.
CHECKPOINT_EVERY_S = 5.0
#: What a try of the waiting writes came to (storage.write_queue.Flush's values): the two worth saying.
STARTED_FAILING, RECOVERED = "started_failing", "recovered"


@cache
def _moves() -> tuple[type, ...]:
    """The events after which the position is saved at once."""
    from recoverykit.core.events import (
        Extended,
        Paused,
        PhaseStarted,
        Resumed,
        SessionEnded,
        SessionStarted,
        StepEnded,
        StepStarted,
    )

    return SessionStarted, StepEnded, SessionEnded, Paused, Resumed, Extended, StepStarted, PhaseStarted


class SessionRecorder(OnRepository):
    """Writes one session at a time; ``record`` after every batch of events.

    The state machine, its events and the rows are imported with the first session, not with the
    window (they were a tenth of the time to its first paint).
    """

    def __init__(self, repository: SessionRepository | None, clock: Clock, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock
        self._session_id: str | None = None
        self._fingerprint = ""
        self._checkpointed_at = 0.0
        self._queue: WriteQueue | None = None  # made with the first write
        self._landed = False  # a start or an end was stored and not yet announced

    # -- queries ---------------------------------------------------------------------

    @property
    def pending_writes(self) -> int:
        return len(self._queue) if self._queue is not None else 0

    @property
    def failing(self) -> bool:
        return self._queue is not None and self._queue.failing

    @property
    def last_error(self) -> BaseException | None:
        return self._queue.last_error if self._queue is not None else None

    # -- a session -------------------------------------------------------------------

    def begin(self, session_id: str, fingerprint: str, checkpointed_at: float = 0.0) -> None:
        """From now on, record the session ``session_id`` (a new one, or one resumed)."""
        self._session_id, self._fingerprint, self._checkpointed_at = session_id, fingerprint, checkpointed_at

    def record(self, machine: SessionMachine, events: list[Event], now: float, checkpoint: bool = False
               ) -> str | None:
        """Queue one write for what ``events`` changed (the session row, steps, position, end) and try
        the queue; the flush's outcome, or None if nothing was due."""
        repo, session_id = self._repository, self._session_id
        if repo is None or not session_id:
            return None
        due = machine.active and not machine.paused and now - self._checkpointed_at >= CHECKPOINT_EVERY_S
        if not (checkpoint or due or any(isinstance(e, _moves()) for e in events)):
            return None
        from recoverykit.core.events import SessionEnded, SessionStarted, StepEnded
        from recoverykit.storage.rows import Checkpoint

        started = next((e for e in events if isinstance(e, SessionStarted)), None)
        start = (machine.routine.id, machine.routine.name, self._wall_at(started.at)) if started else None
        steps = tuple(self._step_row(machine, e) for e in events if isinstance(e, StepEnded))
        ended = next((e for e in events if isinstance(e, SessionEnded)), None)
        finished = (ended.status, self._wall_at(ended.at)) if ended else None
        position = None
        if machine.active:
            position = Checkpoint(session_id, self._fingerprint, machine.snapshot(now), self._clock.wall())
            self._checkpointed_at = now
        telling = bool(start or finished)

        def write() -> None:
            repo.save_progress(session_id, start=start, steps=steps, checkpoint=position, finished=finished)
            if telling:
                self._landed = True

        return self._write(write, replaceable=not (start or steps or finished))

    def mark_interrupted(self, session_id: str) -> str | None:
        """Keep a session a crash cut short, and that is not carried on, as interrupted."""
        repo, at = self._repository, self._clock.wall()
        if repo is None:
            return None

        def write() -> None:
            repo.mark_interrupted([session_id], at)
            self._landed = True

        return self._write(write)

    def retry(self) -> str | None:
        """Try the writes that are waiting again; None if nothing was ever written."""
        if self._queue is None:
            return None
        outcome = self._queue.flush()
        if self._landed and not self._queue.failing:
            self._landed = False
            self.changes.announce(SESSION)
        return outcome.value

    # -- internals ---------------------------------------------------------------------

    def _wall_at(self, moment: float) -> datetime:
        return self._clock.wall() - timedelta(seconds=(self._clock.now() - moment) / self._clock.rate)

    def _step_row(self, machine: SessionMachine, event: StepEnded) -> StepRow:
        from recoverykit.storage.rows import StepRow

        step = event.slot.step
        return StepRow(
            position=next(i for i, r in enumerate(machine.records) if r is event),
            slot=event.slot.index,
            step_index=event.slot.step_index,
            kind=step.kind.value,
            name=step.name,
            side=event.slot.side.value if event.slot.side else None,
            planned_s=event.planned_s,
            actual_s=event.actual_s,
            status=event.status,
            started_at=self._wall_at(event.started_at),
            ended_at=self._wall_at(event.ended_at),
            temperature_c=step.temperature_c,
            modality=step.modality,
        )

    def _write(self, write, *, replaceable: bool = False) -> str | None:
        if self._queue is None:
            from recoverykit.storage.write_queue import WriteQueue

            self._queue = WriteQueue()
        self._queue.add(write, replaceable=replaceable)
        # While writes fail, a checkpoint is the moment to try again; anything else just joins the
        # queue, so a locked database is not waited on for every event.
        if not self._queue.failing or replaceable:
            return self.retry()
        return None
