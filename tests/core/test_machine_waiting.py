"""Hypothesis stateful tests of the machine with waits between steps and repeated end alarms."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import settings
from hypothesis.stateful import initialize, invariant, precondition, rule

from recoverykit.core.events import EndReminder, PhaseKind, StepStarted
from recoverykit.core.machine import SessionMachine
from recoverykit.core.routine import Routine
from recoverykit.core.states import State
from recoverykit.core.timing import SessionTiming

from .test_machine_properties import MachineModel, steps_strategy

waiting_timing = st.builds(
    SessionTiming,
    get_ready_s=st.sampled_from([0.0, 5.0]),
    switch_sides_s=st.sampled_from([0.0, 5.0]),
    change_position_s=st.sampled_from([0.0, 7.5, 15.0]),
    wait_between_steps=st.booleans(),
    end_alarm_repeats=st.integers(0, 3),
    end_alarm_every_s=st.sampled_from([1.0, 4.0]),
)


class WaitingMachineModel(MachineModel):
    """Every rule and invariant of the plain model, plus those of waits and end alarms."""

    @initialize(steps=steps_strategy, timing=waiting_timing)
    def setup(self, steps, timing):
        self.routine = Routine("prop", "Property routine", tuple(steps))
        self.machine = SessionMachine(self.routine, timing)
        self.now = 0.0
        self.events = list(self.machine.start(self.now))
        self.last_state = self.machine.state

    @invariant()
    def waiting_is_a_timeless_gap_between_steps(self):
        view = self.machine.view(self.now)
        if self.machine.state is State.WAITING:
            assert self.machine.timing.wait_between_steps
            assert view.waiting and view.phase is PhaseKind.CHANGE_POSITION
            assert view.remaining_s == 0 and view.progress == 1.0

    @precondition(lambda self: self.machine.state is State.WAITING)
    @rule(seconds=st.floats(min_value=0, max_value=100_000))
    def a_long_wait_never_ends_by_itself(self, seconds):
        self.now += seconds
        self.events += self.machine.advance(self.now)
        assert self.machine.state is State.WAITING

    @invariant()
    def end_alarms_are_few_and_never_after_the_next_step_started(self):
        repeats = self.machine.timing.end_alarm_repeats
        since_start = 0
        for event in self.events:
            if isinstance(event, StepStarted):
                since_start = 0
            elif isinstance(event, EndReminder):
                since_start += 1
                assert 2 <= event.count <= repeats + 1
                assert since_start <= repeats
        if repeats == 0:
            assert not any(isinstance(e, EndReminder) for e in self.events)


WaitingMachineModel.TestCase.settings = settings(max_examples=150, stateful_step_count=40,
                                                 deadline=None)
TestWaitingMachineModel = WaitingMachineModel.TestCase
