"""SessionController: the one place where user actions, time and storage meet.

Widgets call its methods; it asks the clock for ``now``, drives the core
state machine, writes each finished step to storage at once, and emits
signals the widgets re-render from. It never touches a widget.

While a session runs, its position is saved as a checkpoint when a step ends,
on every user action (pause, skip, +15 s…) and every ``CHECKPOINT_EVERY_S``
session seconds, piggy-backing on the wake-ups the session needs anyway. A
session a crash cut short can be offered back (``offer_resume``) and carried
on from its checkpoint (``accept_resume``).

Writes that fail are kept in order and retried at every checkpoint, every
``RETRY_EVERY_MS`` while anything is waiting, and on shutdown.

The state machine, its events and the rows a session writes are imported by
the methods that use them, when the first session starts: the controller is
built with the window, and they were a tenth of the time to its first paint.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from recoverykit.core.clock import Clock
from recoverykit.core.routine import Routine
from recoverykit.core.timing import SessionTiming

if TYPE_CHECKING:
    from recoverykit.core.events import Event, SessionStatus, StepEnded
    from recoverykit.core.machine import SessionMachine
    from recoverykit.core.states import Op
    from recoverykit.core.summary import SessionSummary
    from recoverykit.core.view import SessionView
    from recoverykit.storage.recovery import ResumePlan
    from recoverykit.storage.rows import StepRow
    from recoverykit.storage.sessions import SessionRepository
    from recoverykit.storage.write_queue import WriteQueue

#: Session seconds between position checkpoints while a session runs.
CHECKPOINT_EVERY_S = 5.0
#: Real milliseconds between retries of writes that are waiting.
RETRY_EVERY_MS = 10_000


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


class SessionController(QObject):
    """Runs one session at a time against an injected clock and ticker.

    Signals:
        sessionStarted(str): a session began or was resumed; its id.
        viewChanged(object): a fresh SessionView; at least once per displayed second.
        happened(object): the list of core events one wake-up or action caused, in order.
        sessionEnded(object): the SessionSummary, once the session is over.
        storageProblem(str): a write failed; it is kept and retried.
        storageRecovered(): every kept write has now been stored.
        resumeOfferChanged(object): the ResumePlan of a session a crash cut short
            that the user may carry on, or None once it is resumed or set aside.
    """

    sessionStarted = Signal(str)
    viewChanged = Signal(object)
    happened = Signal(object)
    sessionEnded = Signal(object)
    storageProblem = Signal(str)
    storageRecovered = Signal()
    resumeOfferChanged = Signal(object)

    def __init__(self, clock: Clock, ticker, repository: SessionRepository | None,
                 timing: SessionTiming | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ticker = ticker
        self._repository = repository
        self.timing = timing or SessionTiming()
        self._machine: SessionMachine | None = None
        self._session_id: str | None = None
        self._fingerprint = ""
        self._checkpointed_at = 0.0
        self._offer: ResumePlan | None = None
        self._queue: WriteQueue | None = None  # made with the first write
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_EVERY_MS)
        self.retry_timer.timeout.connect(self.retry_storage)
        ticker.fired.connect(self._on_tick)

    # -- queries -------------------------------------------------------

    @property
    def machine(self) -> SessionMachine | None:
        return self._machine

    @property
    def session_id(self) -> str | None:
        return self._session_id

    @property
    def running(self) -> bool:
        return self._machine is not None and self._machine.active

    @property
    def pending_writes(self) -> int:
        return len(self._queue) if self._queue is not None else 0

    @property
    def resume_offer(self) -> ResumePlan | None:
        return self._offer

    def can(self, op: Op) -> bool:
        return self._machine is not None and self._machine.can(op)

    def extend_blocked(self):
        """The safety cap the step under way has reached (core/caps.py), or None."""
        return self._machine.extend_blocked() if self._machine is not None and self._machine.active else None

    def view(self) -> SessionView | None:
        return self._machine.view(self._clock.now()) if self._machine else None

    def summary(self) -> SessionSummary | None:
        machine = self._machine
        if machine is None or machine.ended_status is None:
            return None
        from recoverykit.core.summary import SessionSummary

        return SessionSummary(machine.routine, machine.ended_status, tuple(machine.records))

    # -- actions ---------------------------------------------------------

    def set_repository(self, repository: SessionRepository | None) -> None:
        """Where sessions are stored from the next one on (the app opens storage after showing)."""
        if self.running:
            raise RuntimeError("the storage cannot change during a session")
        self._repository = repository

    def start(self, routine: Routine, timing: SessionTiming | None = None) -> str:
        """Start ``routine`` (``timing`` overrides the default gaps for this run).

        An unanswered resume offer is settled as interrupted first.
        """
        if self.running:
            raise RuntimeError("a session is already running")
        from recoverykit.core.machine import SessionMachine
        from recoverykit.core.position import routine_fingerprint

        self.decline_resume()
        self._machine = SessionMachine(routine, timing or self.timing)
        self._fingerprint = routine_fingerprint(routine)
        import uuid  # here: it loads the platform module, not needed before the window shows

        self._session_id = session_id = str(uuid.uuid4())
        events = self._machine.start(self._clock.now())
        self.sessionStarted.emit(session_id)
        self._handle(events)
        return session_id

    def offer_resume(self, plan: ResumePlan) -> None:
        self._offer = plan
        self.resumeOfferChanged.emit(plan)

    @Slot()
    def accept_resume(self) -> None:
        """Carry on the offered session from its checkpoint (paused if it was paused)."""
        plan = self._offer
        if plan is None or self.running:
            return
        from recoverykit.core.machine import SessionMachine
        from recoverykit.core.position import routine_fingerprint

        now = self._clock.now()
        try:
            machine = SessionMachine.restored(plan.routine, plan.position, plan.records, now, self.timing)
        except ValueError:
            self.decline_resume()
            return
        self._offer = None
        self.resumeOfferChanged.emit(None)
        self._machine = machine
        self._fingerprint = routine_fingerprint(plan.routine)
        self._session_id = plan.session_id
        self._checkpointed_at = now
        self.sessionStarted.emit(plan.session_id)
        self._handle([], checkpoint=True)

    @Slot()
    def decline_resume(self) -> None:
        """Keep the offered session as interrupted, with the steps it had finished."""
        plan, self._offer = self._offer, None
        if plan is None:
            return
        repo, at = self._repository, self._clock.wall()
        if repo is not None:
            self._write(lambda: repo.mark_interrupted([plan.session_id], at))
        self.resumeOfferChanged.emit(None)

    @Slot()
    def toggle_pause(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.RESUME):
            self._act(lambda machine, now: machine.resume(now))
        elif self.can(Op.PAUSE):
            self._act(lambda machine, now: machine.pause(now))

    @Slot()
    def pause(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.PAUSE):
            self._act(lambda machine, now: machine.pause(now))

    @Slot()
    def resume(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.RESUME):
            self._act(lambda machine, now: machine.resume(now))

    @Slot()
    def skip(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.SKIP):
            self._act(lambda machine, now: machine.skip(now))

    @Slot()
    def back(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.BACK):
            self._act(lambda machine, now: machine.back(now))

    @Slot()
    def extend(self) -> None:
        from recoverykit.core.states import Op

        if self.can(Op.EXTEND):
            self._act(lambda machine, now: machine.extend(now))

    @Slot()
    def stop(self) -> None:
        """The user stopped the session: it is kept as abandoned."""
        from recoverykit.core.events import SessionStatus

        self._stop_as(SessionStatus.ABANDONED)

    def shutdown(self) -> None:
        """The app is closing: a running session is kept as interrupted."""
        if self._machine is not None:
            from recoverykit.core.events import SessionStatus

            self._stop_as(SessionStatus.INTERRUPTED)
        self._ticker.disarm()
        self.retry_storage()
        self.retry_timer.stop()

    @Slot()
    def retry_storage(self) -> None:
        """Try the writes that are waiting again (also on every checkpoint and the retry timer)."""
        self._flush()

    # -- internals ---------------------------------------------------------

    def _stop_as(self, status: SessionStatus) -> None:
        """Stop a running session; it is kept with ``status``."""
        from recoverykit.core.states import Op

        if self.can(Op.STOP):
            self._act(lambda machine, now: machine.stop(now, status))

    def _act(self, operation) -> None:
        assert self._machine is not None
        self._handle(operation(self._machine, self._clock.now()))

    @Slot()
    def _on_tick(self) -> None:
        if self._machine is None:
            return
        self._handle(self._machine.advance(self._clock.now()))

    def _handle(self, events: list[Event], *, checkpoint: bool = False) -> None:
        machine = self._machine
        assert machine is not None
        happened_at = self._clock.now()
        # Arm before anything re-renders or plays a cue: the ticker then counts
        # down while they run, instead of starting late by however long they took.
        now = self._arm(machine)
        if events:
            self.happened.emit(list(events))
        self.viewChanged.emit(machine.view(now))
        # Saved once the cue is out: a commit waits for the disk (synchronous=FULL),
        # and a step's end should not sound late by however long that takes. The
        # summary, shown next, reads what was just saved.
        self._save(events, happened_at, checkpoint)
        from recoverykit.core.events import SessionEnded

        if any(isinstance(e, SessionEnded) for e in events):
            self.sessionEnded.emit(self.summary())

    def _arm(self, machine: SessionMachine) -> float:
        """Arm the ticker for the machine's next moment; returns the ``now`` it was armed at."""
        now = self._clock.now()
        wake = machine.next_wakeup(now)
        if wake is None:
            self._ticker.disarm()
        else:
            self._ticker.arm(max(0.0, (wake - now) / self._clock.rate))
        return now

    def _wall_at(self, moment: float) -> datetime:
        return self._clock.wall() - timedelta(seconds=(self._clock.now() - moment) / self._clock.rate)

    def _save(self, events: list[Event], now: float, checkpoint: bool) -> None:
        """Queue one write for what ``events`` changed: the session row, steps, position, end."""
        repo, session_id, machine = self._repository, self._session_id, self._machine
        if repo is None or not session_id or machine is None:
            return
        due = machine.active and not machine.paused and now - self._checkpointed_at >= CHECKPOINT_EVERY_S
        if not (checkpoint or due or any(isinstance(e, _moves()) for e in events)):
            return
        from recoverykit.core.events import SessionEnded, SessionStarted, StepEnded
        from recoverykit.storage.rows import Checkpoint

        started = next((e for e in events if isinstance(e, SessionStarted)), None)
        start = (machine.routine.id, machine.routine.name, self._wall_at(started.at)) if started else None
        steps = tuple(self._step_row(e) for e in events if isinstance(e, StepEnded))
        ended = next((e for e in events if isinstance(e, SessionEnded)), None)
        finished = (ended.status, self._wall_at(ended.at)) if ended else None
        position = None
        if machine.active:
            position = Checkpoint(session_id, self._fingerprint, machine.snapshot(now), self._clock.wall())
            self._checkpointed_at = now
        self._write(lambda: repo.save_progress(session_id, start=start, steps=steps,
                                               checkpoint=position, finished=finished),
                    replaceable=not (start or steps or finished))

    def _step_row(self, event: StepEnded) -> StepRow:
        from recoverykit.storage.rows import StepRow

        assert self._machine is not None
        step = event.slot.step
        return StepRow(
            position=next(i for i, r in enumerate(self._machine.records) if r is event),
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

    def _write(self, write, *, replaceable: bool = False) -> None:
        if self._queue is None:
            from recoverykit.storage.write_queue import WriteQueue

            self._queue = WriteQueue()
        self._queue.add(write, replaceable=replaceable)
        # While writes fail, a checkpoint is the moment to try again; anything
        # else just joins the queue, so a locked database is not waited on for
        # every event.
        if not self._queue.failing or replaceable:
            self._flush()

    def _flush(self) -> None:
        if self._queue is None:
            return  # nothing was ever written
        from recoverykit.storage.write_queue import Flush

        outcome = self._queue.flush()
        if outcome is Flush.STARTED_FAILING:
            self.retry_timer.start()
            self.storageProblem.emit(
                f"Could not save to the history ({self._queue.last_error}). The session goes on; "
                "recoverykit keeps what it could not save and tries again.")
        elif outcome is Flush.RECOVERED:
            self.retry_timer.stop()
            self.storageRecovered.emit()
