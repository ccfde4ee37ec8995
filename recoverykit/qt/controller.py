"""SessionController: the one place where user actions, time and storage meet.

Widgets call its methods; it asks the clock for ``now``, drives the core
state machine, writes each finished step to storage at once, and emits
signals the widgets re-render from. It never touches a widget.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from recoverykit.core.clock import Clock
from recoverykit.core.events import (
    Event,
    SessionEnded,
    SessionStatus,
    StepEnded,
)
from recoverykit.core.machine import SessionMachine
from recoverykit.core.routine import Routine
from recoverykit.core.states import Op
from recoverykit.core.summary import SessionSummary
from recoverykit.core.timing import SessionTiming
from recoverykit.core.view import SessionView
from recoverykit.storage.sessions import SessionRepository, StepRow


class SessionController(QObject):
    """Runs one session at a time against an injected clock and ticker.

    Signals:
        sessionStarted(str): a session began; its id.
        viewChanged(object): a fresh SessionView; at least once per displayed second.
        happened(object): the list of core events one wake-up or action caused, in order.
        sessionEnded(object): the SessionSummary, once the session is over.
        storageProblem(str): a write failed; it is kept and retried.
        storageRecovered(): every kept write has now been stored.
    """

    sessionStarted = Signal(str)
    viewChanged = Signal(object)
    happened = Signal(object)
    sessionEnded = Signal(object)
    storageProblem = Signal(str)
    storageRecovered = Signal()

    def __init__(self, clock: Clock, ticker, repository: SessionRepository | None,
                 timing: SessionTiming | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ticker = ticker
        self._repository = repository
        self.timing = timing or SessionTiming()
        self._machine: SessionMachine | None = None
        self._session_id: str | None = None
        self._pending: deque[Callable[[], None]] = deque()
        self._storage_failing = False
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
        return len(self._pending)

    def can(self, op: Op) -> bool:
        return self._machine is not None and self._machine.can(op)

    def view(self) -> SessionView | None:
        return self._machine.view(self._clock.now()) if self._machine else None

    def summary(self) -> SessionSummary | None:
        machine = self._machine
        if machine is None or machine.ended_status is None:
            return None
        return SessionSummary(machine.routine, machine.ended_status, tuple(machine.records))

    # -- actions ---------------------------------------------------------

    def set_repository(self, repository: SessionRepository | None) -> None:
        """Where sessions are stored from the next one on (the app opens storage after showing)."""
        if self.running:
            raise RuntimeError("the storage cannot change during a session")
        self._repository = repository

    def start(self, routine: Routine, timing: SessionTiming | None = None) -> str:
        """Start ``routine``; ``timing`` overrides the default gaps for this run."""
        if self.running:
            raise RuntimeError("a session is already running")
        self._machine = SessionMachine(routine, timing or self.timing)
        wall = self._clock.wall()
        session_id = str(uuid.uuid4())
        if self._repository is not None:
            repo = self._repository
            self._write(lambda: repo.start_session(routine.id, routine.name, wall, session_id))
        self._session_id = session_id
        events = self._machine.start(self._clock.now())
        self.sessionStarted.emit(self._session_id)
        self._handle(events)
        return self._session_id

    @Slot()
    def toggle_pause(self) -> None:
        if self.can(Op.RESUME):
            self._act(SessionMachine.resume)
        elif self.can(Op.PAUSE):
            self._act(SessionMachine.pause)

    @Slot()
    def pause(self) -> None:
        if self.can(Op.PAUSE):
            self._act(SessionMachine.pause)

    @Slot()
    def resume(self) -> None:
        if self.can(Op.RESUME):
            self._act(SessionMachine.resume)

    @Slot()
    def skip(self) -> None:
        if self.can(Op.SKIP):
            self._act(SessionMachine.skip)

    @Slot()
    def back(self) -> None:
        if self.can(Op.BACK):
            self._act(SessionMachine.back)

    @Slot()
    def extend(self) -> None:
        if self.can(Op.EXTEND):
            self._act(SessionMachine.extend)

    @Slot()
    def stop(self) -> None:
        """The user stopped the session: it is kept as abandoned."""
        if self.can(Op.STOP):
            self._act(lambda machine, now: machine.stop(now, SessionStatus.ABANDONED))

    def shutdown(self) -> None:
        """The app is closing: a running session is kept as interrupted."""
        if self.can(Op.STOP):
            self._act(lambda machine, now: machine.stop(now, SessionStatus.INTERRUPTED))
        self._ticker.disarm()
        self._flush()

    def retry_storage(self) -> None:
        self._flush()

    # -- internals ---------------------------------------------------------

    def _act(self, operation) -> None:
        assert self._machine is not None
        self._handle(operation(self._machine, self._clock.now()))

    @Slot()
    def _on_tick(self) -> None:
        if self._machine is None:
            return
        self._handle(self._machine.advance(self._clock.now()))

    def _handle(self, events: list[Event]) -> None:
        machine = self._machine
        assert machine is not None
        for event in events:
            self._persist(event)
        # Arm before anything re-renders or plays a cue: the ticker then counts
        # down while they run, instead of starting late by however long they took.
        now = self._arm(machine)
        if events:
            self.happened.emit(list(events))
        self.viewChanged.emit(machine.view(now))
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

    def _persist(self, event: Event) -> None:
        repo, session_id, machine = self._repository, self._session_id, self._machine
        if repo is None or not session_id or machine is None:
            return
        if isinstance(event, StepEnded):
            step = event.slot.step
            row = StepRow(
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
            self._write(lambda: repo.record_step(session_id, row))
        elif isinstance(event, SessionEnded):
            ended = self._wall_at(event.at)
            self._write(lambda: repo.finish_session(session_id, event.status, ended))

    def _write(self, write: Callable[[], None]) -> None:
        self._pending.append(write)
        self._flush()

    def _flush(self) -> None:
        while self._pending:
            try:
                self._pending[0]()
            except (sqlite3.Error, OSError) as exc:
                if not self._storage_failing:
                    self._storage_failing = True
                    self.storageProblem.emit(
                        f"Could not save to the history ({exc}). The session goes on; "
                        "recoverykit keeps what it could not save and tries again."
                    )
                return
            self._pending.popleft()
        if self._storage_failing:
            self._storage_failing = False
            self.storageRecovered.emit()
