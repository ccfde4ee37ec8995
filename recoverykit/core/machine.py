"""The session state machine: one routine, run against a clock it is handed.

Every operation takes ``now`` (seconds on the session clock) and returns the
events it caused. Remaining time is always ``deadline - now``, never a count
of ticks, so a late or skipped wake-up costs nothing: the next call catches
up. When a wake-up comes much later than a deadline (the computer slept), the
phase is ended *at that moment* and its overrun reported, instead of
silently fast-forwarding through steps nobody saw.

With ``SessionTiming.wait_between_steps`` the gaps between steps have no
deadline: the machine WAITS until the user resumes or skips. With
``end_alarm_repeats`` a step that ran out by itself is followed by
``EndReminder`` events every ``end_alarm_every_s`` until the user acts or the
next step starts; their moments are part of ``next_wakeup``.

States and the operations each allows are in ``ALLOWED`` and ``TRANSITIONS``.
``snapshot(now)`` exports where a session is as a plain ``Position``, and
``SessionMachine.restored`` carries a session on from one (crash recovery).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from recoverykit.core.caps import room_left
from recoverykit.core.events import (
    Countdown,
    EndReminder,
    Event,
    Extended,
    Halfway,
    Paused,
    PhaseKind,
    PhaseStarted,
    Resumed,
    SessionEnded,
    SessionStarted,
    SessionStatus,
    StepEnded,
    StepStarted,
    StepStatus,
    SwitchSides,
)
from recoverykit.core.position import MAX_PHASE_S, Position
from recoverykit.core.routine import Routine, Slot
from recoverykit.core.states import (
    ACTIVE_STATES,
    ALLOWED,
    COUNTDOWN_SECONDS,
    PHASE_STATE,
    TRANSITIONS,
    Op,
    State,
)
from recoverykit.core.timing import SessionTiming
from recoverykit.core.view import SessionView


class TransitionError(RuntimeError):
    """An operation the current state does not accept."""


@dataclass
class _Phase:
    kind: PhaseKind
    slot: Slot
    duration: float
    started_at: float
    deadline: float
    paused_remaining: float | None = None
    worked_before: float = 0.0
    resumed_at: float = 0.0
    #: A gap with no deadline: it ends when the user resumes or skips.
    waiting: bool = False
    cues: set[str] = field(default_factory=set)

    def remaining(self, now: float) -> float:
        if self.paused_remaining is not None:
            return self.paused_remaining
        return max(0.0, self.deadline - now)

    def worked(self, now: float) -> float:
        if self.paused_remaining is not None:
            return self.worked_before
        return self.worked_before + max(0.0, now - self.resumed_at)


class SessionMachine:
    """Runs one routine through its slots, gaps and cues."""

    def __init__(self, routine: Routine, timing: SessionTiming | None = None) -> None:
        self.routine = routine
        self.timing = timing or SessionTiming()
        self.state = State.IDLE
        self._phase: _Phase | None = None
        self.records: list[StepEnded] = []
        self.started_at: float | None = None
        self.ended_status: SessionStatus | None = None
        #: Moments of the end reminders still to come, and the slot that ended.
        self._reminders: list[float] = []
        self._reminder_slot: Slot | None = None
        self._reminder_count = 1

    # -- queries ---------------------------------------------------------

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.routine.slots

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def paused(self) -> bool:
        return self.state is State.PAUSED

    def can(self, op: Op) -> bool:
        if op is Op.BACK and self._phase is not None and self._phase.kind is PhaseKind.GET_READY:
            return False
        if op is Op.EXTEND and self._phase is not None and self._phase.waiting:
            return False  # a wait has no time to add to
        if op is Op.EXTEND and self.extend_blocked() is not None:
            return False
        return op in ALLOWED[self.state]

    def extend_blocked(self):
        """The cap (core/caps.py) the step under way has reached, so "+15 s" adds nothing; else None."""
        phase = self._phase
        if phase is None or phase.kind is not PhaseKind.WORK:
            return None
        cap, room = room_left(phase.slot.step, phase.duration)
        return cap if room is not None and room < 0.5 else None  # under half a second left: nothing to add

    def view(self, now: float) -> SessionView:
        phase = self._phase
        if phase is None or not self.active:
            return SessionView(self.state, None, None, 0.0, 0.0, None, len(self.slots),
                               len(self.routine.steps), 0.0, False)
        remaining = phase.remaining(now)
        upcoming = phase.slot.index + (1 if phase.kind is PhaseKind.WORK else 0)
        later = self.slots[upcoming:]
        total = remaining + sum(s.duration_s for s in later) + sum(
            self._gap_before(s)[1] for s in later
        )
        next_slot = phase.slot if phase.kind is not PhaseKind.WORK else (
            self.slots[upcoming] if upcoming < len(self.slots) else None
        )
        return SessionView(
            state=self.state,
            phase=phase.kind,
            slot=phase.slot,
            remaining_s=remaining,
            phase_duration_s=phase.duration,
            next_slot=next_slot,
            slot_count=len(self.slots),
            step_count=len(self.routine.steps),
            total_remaining_s=total,
            paused=self.paused,
            waiting=phase.waiting,
        )

    def next_wakeup(self, now: float) -> float | None:
        """The next session time at which something changes (a shown second, a cue, an end)."""
        phase = self._phase
        reminder = min(self._reminders, default=None)
        if phase is not None and self.state is State.WAITING and reminder is not None:
            return max(now, reminder)
        if phase is None or self.state not in (State.GET_READY, State.RUNNING, State.SWITCHING):
            return None
        remaining = phase.deadline - now
        if remaining <= 0:
            return now
        moments = [phase.deadline] + ([reminder] if reminder is not None else [])
        whole = math.ceil(round(remaining, 6)) - 1
        if whole >= 0:
            moments.append(phase.deadline - whole)
        if phase.kind is PhaseKind.WORK and "halfway" not in phase.cues:
            moments.append(phase.deadline - phase.duration / 2)
        future = [m for m in moments if m > now]
        return min(future) if future else now

    def snapshot(self, now: float) -> Position:
        """Where the session is at ``now``, to be saved and carried on with ``restored``."""
        phase = self._phase
        if phase is None or not self.active:
            raise TransitionError(f"nothing to save while {self.state.value}")
        if phase.kind is not PhaseKind.WORK and phase.duration <= 0:
            # A swap that waits for the user has no length: it is the next step, not yet
            # started, which is how it is saved (and resumed: paused, Space starts it).
            return Position(slot_index=phase.slot.index, phase=PhaseKind.WORK, elapsed_s=0.0,
                            duration_s=phase.slot.duration_s, paused=True, records=len(self.records))
        return Position(slot_index=phase.slot.index, phase=phase.kind,
                        elapsed_s=min(phase.worked(now), phase.duration), duration_s=phase.duration,
                        paused=self.paused, records=len(self.records))

    @classmethod
    def restored(cls, routine: Routine, position: Position, records: Sequence[StepEnded],
                 now: float, timing: SessionTiming | None = None) -> SessionMachine:
        """A machine carrying on a session from ``position`` at ``now`` (a way in, like ``start``).

        ``records`` are the steps that had already ended. Cues that lie behind
        the position are not replayed. Raises ValueError when the position
        does not fit ``routine``.
        """
        machine = cls(routine, timing)
        if position.duration_s > MAX_PHASE_S:
            raise ValueError(f"a phase of {position.duration_s:g} s is longer than any can be")
        if not position.slot_index < len(routine.slots):
            raise ValueError(f"step {position.slot_index + 1} is past the end of {routine.id!r}")
        if len(records) != position.records:
            raise ValueError(f"{len(records)} steps are stored but the position follows "
                             f"{position.records}")
        if any(r.slot not in routine.slots[r.slot.index:r.slot.index + 1] for r in records):
            raise ValueError(f"a stored step does not belong to {routine.id!r}")
        slot = routine.slots[position.slot_index]
        expected = PhaseKind.WORK if position.phase is PhaseKind.WORK else machine._gap_before(slot)[0]
        if position.phase is not expected:
            raise ValueError(f"a {position.phase.value} phase cannot lead into step "
                             f"{position.slot_index + 1} of {routine.id!r}")
        remaining = position.remaining_s
        phase = _Phase(position.phase, slot, position.duration_s, started_at=now - position.elapsed_s,
                       deadline=now + remaining, worked_before=min(position.elapsed_s, position.duration_s),
                       resumed_at=now)
        machine._due_cues(phase, now)  # cues behind the position stay silent
        if position.paused:
            phase.paused_remaining = remaining
        machine._phase = phase
        machine.records = list(records)
        machine.started_at = now
        machine.state = State.PAUSED if position.paused else PHASE_STATE[position.phase]
        return machine

    # -- operations --------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        self._require(Op.START)
        self.started_at = now
        events: list[Event] = [SessionStarted(now)]
        first = self.slots[0]
        if self.timing.get_ready_s > 0:
            events += self._begin(PhaseKind.GET_READY, first, self.timing.get_ready_s, now)
        else:
            events += self._begin(PhaseKind.WORK, first, first.duration_s, now)
        return events

    def advance(self, now: float) -> list[Event]:
        """Let time pass up to ``now``: cues, phase ends, the next phases."""
        events: list[Event] = []
        while self.state in (State.GET_READY, State.RUNNING, State.SWITCHING, State.WAITING):
            phase = self._phase
            assert phase is not None
            events += self._due_reminder(min(now, phase.deadline) if not phase.waiting else now)
            if phase.waiting:
                break
            events += self._due_cues(phase, now)
            if now < phase.deadline:
                break
            late = now - phase.deadline
            if late > self.timing.resync_after_s:
                events += self._end_phase(now, StepStatus.DONE, overrun=late)
            else:
                events += self._end_phase(phase.deadline, StepStatus.DONE)
        return events

    def pause(self, now: float) -> list[Event]:
        self._require(Op.PAUSE)
        events = self.advance(now)
        if not self.can(Op.PAUSE):
            return events
        phase = self._phase
        assert phase is not None
        phase.worked_before = phase.worked(now)
        phase.paused_remaining = phase.remaining(now)
        self._move(State.PAUSED)
        return events + [Paused(now)]

    def resume(self, now: float) -> list[Event]:
        self._require(Op.RESUME)
        phase = self._phase
        assert phase is not None and phase.paused_remaining is not None
        if phase.waiting:
            return [Resumed(now)] + self._begin(PhaseKind.WORK, phase.slot, phase.slot.duration_s, now)
        phase.deadline = now + phase.paused_remaining
        phase.resumed_at = now
        phase.paused_remaining = None
        self._move(PHASE_STATE[phase.kind])
        return [Resumed(now)]

    def toggle_pause(self, now: float) -> list[Event]:
        return self.resume(now) if self.paused else self.pause(now)

    def skip(self, now: float) -> list[Event]:
        """End the current step as skipped, or cut a get-ready/gap short."""
        self._require(Op.SKIP)
        events = self.advance(now)
        if not self.can(Op.SKIP):
            return events
        phase = self._phase
        assert phase is not None
        if phase.kind is PhaseKind.WORK:
            if not self.paused and phase.worked(now) < self.timing.skip_guard_s:
                return events
            return events + self._end_phase(now, StepStatus.SKIPPED, paused=self.paused)
        return events + self._begin(PhaseKind.WORK, phase.slot, phase.slot.duration_s, now,
                                    paused=self.paused)

    def back(self, now: float) -> list[Event]:
        """Restart the current step, or go to the one before if it only just began."""
        self._require(Op.BACK)
        events = self.advance(now)
        if not self.can(Op.BACK):
            return events
        phase = self._phase
        assert phase is not None
        if phase.kind is PhaseKind.WORK:
            just_started = phase.worked(now) < self.timing.back_restarts_after_s
            target = phase.slot.index - 1 if just_started and phase.slot.index > 0 else phase.slot.index
        else:
            target = max(0, phase.slot.index - 1)
        slot = self.slots[target]
        return events + self._begin(PhaseKind.WORK, slot, slot.duration_s, now, paused=self.paused)

    def extend(self, now: float, seconds: float | None = None) -> list[Event]:
        """Give the current phase more time (15 s unless told otherwise)."""
        self._require(Op.EXTEND)
        extra = self.timing.extend_s if seconds is None else seconds
        if not (math.isfinite(extra) and extra > 0):
            raise ValueError("extend by a positive number of seconds")
        events = self.advance(now)
        if not self.can(Op.EXTEND):
            return events
        phase = self._phase
        assert phase is not None
        _, room = room_left(phase.slot.step, phase.duration) if phase.kind is PhaseKind.WORK else (None, None)
        if room is not None:
            extra = min(extra, room)  # up to the cap, never past it
        phase.duration += extra
        if phase.paused_remaining is not None:
            phase.paused_remaining += extra
        else:
            phase.deadline += extra
        remaining = phase.remaining(now)
        phase.cues -= {f"count{k}" for k in COUNTDOWN_SECONDS if k < remaining}
        return events + [Extended(extra, now)]

    def stop(self, now: float, status: SessionStatus = SessionStatus.ABANDONED) -> list[Event]:
        """End the session early; the step under way is kept as skipped."""
        self._require(Op.STOP)
        if status not in (SessionStatus.ABANDONED, SessionStatus.INTERRUPTED):
            raise ValueError("a stopped session is abandoned or interrupted")
        events = self.advance(now)
        if not self.can(Op.STOP):
            return events
        phase = self._phase
        assert phase is not None
        if phase.kind is PhaseKind.WORK and phase.worked(now) > 0:
            events.append(self._record(phase, now, StepStatus.SKIPPED))
        self._phase = None
        self._move(State.STOPPED)
        self.ended_status = status
        return events + [SessionEnded(status, now)]

    # -- internals ---------------------------------------------------------

    def _require(self, op: Op) -> None:
        if not self.can(op):
            raise TransitionError(f"cannot {op.value} while {self.state.value}")
        self._reminders.clear()  # the user acted: the end alarm has been heard

    def _due_reminder(self, now: float) -> list[Event]:
        """At most one EndReminder for the reminder moments reached by ``now``."""
        due = [t for t in self._reminders if t <= now]
        if not due:
            return []
        self._reminders = [t for t in self._reminders if t > now]
        self._reminder_count += len(due)
        slot = self._reminder_slot
        if slot is None or now - max(due) > self.timing.resync_after_s:
            return []  # went stale during a suspend: the wake-up alarm has already sounded
        return [EndReminder(slot, self._reminder_count, max(due))]

    def _move(self, target: State) -> None:
        if target not in TRANSITIONS[self.state]:
            raise TransitionError(f"no transition from {self.state.value} to {target.value}")
        self.state = target

    def _gap_before(self, slot: Slot) -> tuple[PhaseKind, float]:
        if slot.index == 0:
            return PhaseKind.GET_READY, 0.0
        previous = self.slots[slot.index - 1]
        if previous.step_index == slot.step_index:
            return PhaseKind.SWITCH_SIDES, self.timing.switch_sides_s
        if self.timing.wait_between_steps:
            return PhaseKind.CHANGE_POSITION, 0.0  # as long as the user takes
        return PhaseKind.CHANGE_POSITION, self.timing.change_position_s

    def _waits(self, kind: PhaseKind) -> bool:
        return kind is PhaseKind.CHANGE_POSITION and self.timing.wait_between_steps

    def _begin(self, kind: PhaseKind, slot: Slot, duration: float, now: float,
               *, paused: bool = False) -> list[Event]:
        waiting = self._waits(kind)
        self._phase = _Phase(kind, slot, duration, started_at=now, deadline=now + duration,
                             resumed_at=now, waiting=waiting)
        if kind is PhaseKind.WORK:
            self._reminders.clear()  # the next step is under way: no more end alarms
        if paused:
            self._phase.paused_remaining = duration
            self._move(State.PAUSED)
        elif waiting:
            self._phase.paused_remaining = 0.0  # no countdown: nothing runs out
            self._move(State.WAITING)
        else:
            self._move(PHASE_STATE[kind])
        if kind is PhaseKind.WORK:
            return [StepStarted(slot, duration, now)]
        return [PhaseStarted(kind, slot, duration, now)]

    def _due_cues(self, phase: _Phase, now: float) -> list[Event]:
        events: list[Event] = []
        at = min(now, phase.deadline)
        remaining = phase.deadline - at
        if (phase.kind is PhaseKind.WORK and "halfway" not in phase.cues
                and remaining <= phase.duration / 2):
            phase.cues.add("halfway")
            if 0 < remaining and remaining > phase.duration / 2 - 1.0:
                events.append(Halfway(phase.slot, at))
        for k in COUNTDOWN_SECONDS:
            key = f"count{k}"
            if key not in phase.cues and remaining <= k and phase.duration > k:
                phase.cues.add(key)
                if remaining > k - 1:
                    events.append(Countdown(k, phase.kind, phase.slot, at))
        return events

    def _record(self, phase: _Phase, now: float, status: StepStatus, overrun: float = 0.0) -> StepEnded:
        record = StepEnded(
            slot=phase.slot,
            status=status,
            planned_s=phase.slot.duration_s,
            actual_s=phase.worked(now),
            started_at=phase.started_at,
            ended_at=now,
            overrun_s=overrun,
        )
        self.records.append(record)
        return record

    def _end_phase(self, now: float, status: StepStatus, overrun: float = 0.0,
                   *, paused: bool = False) -> list[Event]:
        phase = self._phase
        assert phase is not None
        if phase.kind is not PhaseKind.WORK:
            return self._begin(PhaseKind.WORK, phase.slot, phase.slot.duration_s, now, paused=paused)
        events: list[Event] = [self._record(phase, now, status, overrun)]
        following = phase.slot.index + 1
        if following >= len(self.slots):
            self._phase = None
            self._reminders.clear()
            self._move(State.FINISHED)
            self.ended_status = SessionStatus.COMPLETED
            return events + [SessionEnded(SessionStatus.COMPLETED, now)]
        if status is StepStatus.DONE and self.timing.end_alarm_repeats > 0:
            every = self.timing.end_alarm_every_s
            self._reminders = [now + every * k for k in range(1, self.timing.end_alarm_repeats + 1)]
            self._reminder_slot = phase.slot
            self._reminder_count = 1
        upcoming = self.slots[following]
        gap_kind, gap = self._gap_before(upcoming)
        if gap_kind is PhaseKind.SWITCH_SIDES:
            events.append(SwitchSides(upcoming, now))
        if gap > 0 or self._waits(gap_kind):
            return events + self._begin(gap_kind, upcoming, gap, now, paused=paused)
        return events + self._begin(PhaseKind.WORK, upcoming, upcoming.duration_s, now, paused=paused)
