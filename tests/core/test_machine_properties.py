"""Hypothesis stateful tests: any sequence of user actions and clock moves keeps the invariants."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from recoverykit.core.events import SessionEnded, StepEnded, StepStatus
from recoverykit.core.guidance import StepKind
from recoverykit.core.machine import SessionMachine, TransitionError
from recoverykit.core.routine import BOTH_SIDES, Routine, Step
from recoverykit.core.states import ACTIVE_STATES, ALLOWED, Op, State
from recoverykit.core.timing import SessionTiming

steps_strategy = st.lists(
    st.builds(
        Step,
        kind=st.sampled_from([StepKind.STRETCH, StepKind.ACTIVE, StepKind.REST]),
        name=st.text(min_size=1, max_size=8),
        duration_s=st.floats(min_value=20, max_value=120),
        sides=st.sampled_from([(), BOTH_SIDES]),
    ),
    min_size=1,
    max_size=5,
)
timing_strategy = st.builds(
    SessionTiming,
    get_ready_s=st.sampled_from([0.0, 5.0]),
    switch_sides_s=st.sampled_from([0.0, 5.0, 10.0]),
    change_position_s=st.sampled_from([0.0, 7.5]),
)


class MachineModel(RuleBasedStateMachine):
    @initialize(steps=steps_strategy, timing=timing_strategy)
    def setup(self, steps, timing):
        self.routine = Routine("prop", "Property routine", tuple(steps))
        self.machine = SessionMachine(self.routine, timing)
        self.now = 0.0
        self.events = list(self.machine.start(self.now))
        self.last_state = self.machine.state

    def _apply(self, op: Op, call):
        before = self.machine.state
        if self.machine.can(op):
            self.events += call(self.now)
        else:
            with pytest.raises(TransitionError):
                call(self.now)
            assert self.machine.state is before

    @rule(seconds=st.floats(min_value=0, max_value=200))
    def time_passes(self, seconds):
        self.now += seconds
        self.events += self.machine.advance(self.now)

    @rule()
    def wake_at_next_moment(self):
        wake = self.machine.next_wakeup(self.now)
        if wake is not None:
            assert wake >= self.now
            self.now = wake
            self.events += self.machine.advance(self.now)

    @rule()
    def pause(self):
        self._apply(Op.PAUSE, self.machine.pause)

    @rule()
    def resume(self):
        self._apply(Op.RESUME, self.machine.resume)

    @rule()
    def skip(self):
        self._apply(Op.SKIP, self.machine.skip)

    @rule()
    def back(self):
        self._apply(Op.BACK, self.machine.back)

    @rule()
    def extend(self):
        self._apply(Op.EXTEND, self.machine.extend)

    @precondition(lambda self: self.machine.active)
    @rule()
    def stop(self):
        self._apply(Op.STOP, self.machine.stop)

    @invariant()
    def remaining_is_within_the_phase(self):
        view = self.machine.view(self.now)
        assert 0.0 <= view.remaining_s <= view.phase_duration_s + 1e-9
        assert 0.0 <= view.progress <= 1.0
        assert view.total_remaining_s >= view.remaining_s - 1e-9

    @invariant()
    def ended_exactly_once_and_only_when_over(self):
        ended = [e for e in self.events if isinstance(e, SessionEnded)]
        if self.machine.state in (State.FINISHED, State.STOPPED):
            assert len(ended) == 1
            assert self.machine.next_wakeup(self.now) is None
            assert not any(self.machine.can(op) for op in Op)
        else:
            assert ended == []

    @invariant()
    def records_are_truthful(self):
        for record in (e for e in self.events if isinstance(e, StepEnded)):
            assert record.actual_s >= 0
            assert record.ended_at >= record.started_at
            if record.status is StepStatus.DONE and record.overrun_s == 0:
                # A step that ran out on its own ran at least its planned time.
                assert record.actual_s >= record.planned_s - 1e-6

    @invariant()
    def ops_allowed_match_the_table(self):
        for op in Op:
            if self.machine.can(op):
                assert op in ALLOWED[self.machine.state]

    @invariant()
    def paused_means_no_wakeups(self):
        if self.machine.state is State.PAUSED:
            assert self.machine.next_wakeup(self.now) is None
        elif self.machine.state is State.WAITING:
            wake = self.machine.next_wakeup(self.now)  # only an end alarm, never a deadline
            assert wake is None or wake >= self.now
        elif self.machine.state in ACTIVE_STATES:
            assert self.machine.next_wakeup(self.now) is not None


MachineModel.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
TestMachineModel = MachineModel.TestCase


def test_left_alone_every_routine_completes_with_every_slot_done():
    from hypothesis import given

    @given(steps_strategy, timing_strategy)
    @settings(max_examples=100, deadline=None)
    def check(steps, timing):
        routine = Routine("prop", "Property routine", tuple(steps))
        machine = SessionMachine(routine, timing)
        now = 0.0
        machine.start(now)
        while (wake := machine.next_wakeup(now)) is not None:
            now = wake
            machine.advance(now)
        assert machine.state is State.FINISHED
        assert [r.slot.index for r in machine.records] == list(range(len(routine.slots)))
        assert all(r.status is StepStatus.DONE for r in machine.records)
        gaps = sum(
            timing.switch_sides_s if a.step_index == b.step_index else timing.change_position_s
            for a, b in zip(routine.slots, routine.slots[1:], strict=False)
        )
        planned = timing.get_ready_s + routine.total_s + gaps
        assert abs(now - planned) < 1e-6 * max(1.0, planned)

    check()
