"""SessionController: where user actions and time meet the session, with signals for the widgets.

Widgets call its methods; it asks the clock for ``now``, drives the core
state machine, hands every batch of events to the Qt-free recorder
(services/recorder.py), which writes them to the history, and emits signals
the widgets re-render from. It never touches a widget, and imports no
storage module.

While a session runs, its position is saved as a checkpoint (the recorder
decides when). A session a crash cut short can be offered back
(``offer_resume``) and carried on from its checkpoint (``accept_resume``).
Writes that fail are kept by the recorder and retried at every checkpoint,
every ``RETRY_EVERY_MS`` while anything is waiting, and on shutdown.

The state machine and its events are imported by the methods that use them,
when the first session starts: the controller is built with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from recoverykit.core.clock import Clock
from recoverykit.core.routine import Routine
from recoverykit.core.timing import SessionTiming
from recoverykit.services.recorder import CHECKPOINT_EVERY_S, RECOVERED, STARTED_FAILING, SessionRecorder

if TYPE_CHECKING:
    from recoverykit.core.events import Event, SessionStatus
    from recoverykit.core.machine import SessionMachine
    from recoverykit.core.states import Op
    from recoverykit.core.summary import SessionSummary
    from recoverykit.core.view import SessionView
    from recoverykit.services.types import ResumePlan, SessionRepository

__all__ = ["CHECKPOINT_EVERY_S", "RETRY_EVERY_MS", "SessionController"]

#: Real milliseconds between retries of writes that are waiting.
RETRY_EVERY_MS = 10_000


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

    def __init__(self, clock: Clock, ticker, recorder: SessionRecorder | None,
                 timing: SessionTiming | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ticker = ticker
        self.recorder = recorder if recorder is not None else SessionRecorder(None, clock)
        self.timing = timing or SessionTiming()
        self._machine: SessionMachine | None = None
        self._session_id: str | None = None
        self._offer: ResumePlan | None = None
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
        return self.recorder.pending_writes

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
        self.recorder.set_repository(repository)

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
        import uuid  # here: it loads the platform module, not needed before the window shows

        self._session_id = session_id = str(uuid.uuid4())
        self.recorder.begin(session_id, routine_fingerprint(routine))
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
        self._session_id = plan.session_id
        self.recorder.begin(plan.session_id, routine_fingerprint(plan.routine), checkpointed_at=now)
        self.sessionStarted.emit(plan.session_id)
        self._handle([], checkpoint=True)

    @Slot()
    def decline_resume(self) -> None:
        """Keep the offered session as interrupted, with the steps it had finished."""
        plan, self._offer = self._offer, None
        if plan is None:
            return
        self._after(self.recorder.mark_interrupted(plan.session_id))
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
        self._after(self.recorder.retry())

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
        self._after(self.recorder.record(machine, events, happened_at, checkpoint))
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

    def _after(self, outcome) -> None:
        """Say what a try of the waiting writes came to: failing (kept, retried) or recovered."""
        if outcome == STARTED_FAILING:
            self.retry_timer.start()
            self.storageProblem.emit(
                f"Could not save to the history ({self.recorder.last_error}). The session goes on; "
                "recoverykit keeps what it could not save and tries again.")
        elif outcome == RECOVERED:
            self.retry_timer.stop()
            self.storageRecovered.emit()
