"""Saving a session's position and carrying it on in a fresh machine (crash recovery)."""

from __future__ import annotations

import math

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from recoverykit.core.events import Countdown, Halfway, PhaseKind, StepEnded, StepStatus
from recoverykit.core.machine import SessionMachine, TransitionError
from recoverykit.core.position import MAX_PHASE_S, Position, routine_fingerprint
from recoverykit.core.states import Op, State
from recoverykit.core.timing import SessionTiming

from .helpers import make_routine, roll, stretch
from .test_machine_properties import steps_strategy, timing_strategy


def routine():
    """Slots: 0 quads, 1 quad stretch left, 2 quad stretch right, 3 calves."""
    return make_routine(roll("Foam roll: quads", 60), stretch("Quad stretch", 30), roll("Calves", 45))


def walk(machine: SessionMachine, start: float, until: float) -> None:
    """Let time pass as the app's ticker would: waking at every moment the machine asks for."""
    now = start
    while (wake := machine.next_wakeup(now)) is not None and wake <= until:
        now = wake
        machine.advance(now)
    machine.advance(until)


def test_a_snapshot_names_the_slot_phase_and_time_into_it():
    machine = SessionMachine(routine())
    machine.start(0.0)
    walk(machine, 0.0, 25.0)
    assert machine.snapshot(25.0) == Position(0, PhaseKind.WORK, 20.0, 60.0, False, 0)
    machine.pause(25.0)
    assert machine.snapshot(500.0) == Position(0, PhaseKind.WORK, 20.0, 60.0, True, 0)
    machine.resume(500.0)
    machine.extend(510.0)
    assert machine.snapshot(510.0) == Position(0, PhaseKind.WORK, 30.0, 75.0, False, 0)


def test_restoring_carries_on_exactly_where_it_stopped():
    first = SessionMachine(routine())
    first.start(0.0)
    walk(first, 0.0, 5 + 60 + 5 + 12)  # 12 s into the left quad stretch
    position = first.snapshot(82.0)
    assert (position.slot_index, position.phase, position.elapsed_s) == (1, PhaseKind.WORK, 12.0)
    # A new process, whose clock reads something else entirely.
    second = SessionMachine.restored(routine(), position, first.records, now=9000.0)
    assert second.state is State.RUNNING
    view = second.view(9000.0)
    assert view.slot.index == 1 and view.remaining_s == 18.0
    events = []
    now = 9000.0
    while (wake := second.next_wakeup(now)) is not None and wake <= 9018.0:
        now = wake
        events += second.advance(now)
    [ended] = [e for e in events if isinstance(e, StepEnded)]
    assert ended.actual_s == 30.0 and ended.status is StepStatus.DONE
    assert [r.slot.index for r in second.records] == [0, 1]


def test_a_paused_session_comes_back_paused():
    first = SessionMachine(routine())
    first.start(0.0)
    walk(first, 0.0, 30.0)
    first.pause(30.0)
    second = SessionMachine.restored(routine(), first.snapshot(30.0), first.records, now=100.0)
    assert second.state is State.PAUSED and second.next_wakeup(200.0) is None
    assert second.view(400.0).remaining_s == 35.0
    second.resume(400.0)
    assert second.view(410.0).remaining_s == 25.0


def test_a_gap_phase_is_restored_as_a_gap():
    first = SessionMachine(routine())
    first.start(0.0)
    walk(first, 0.0, 5 + 60 + 2)
    position = first.snapshot(67.0)
    assert position.phase is PhaseKind.CHANGE_POSITION and position.records == 1
    second = SessionMachine.restored(routine(), position, first.records, now=0.0)
    assert second.state is State.SWITCHING and second.view(0.0).remaining_s == 3.0


def test_cues_behind_the_position_are_not_replayed_but_later_ones_are():
    first = SessionMachine(routine())
    first.start(0.0)
    walk(first, 0.0, 5 + 40)  # past halfway of the 60 s step
    second = SessionMachine.restored(routine(), first.snapshot(45.0), [], now=0.0)
    events = []
    now = 0.0
    while (wake := second.next_wakeup(now)) is not None and wake <= 20.0:
        now = wake
        events += second.advance(now)
    assert not any(isinstance(e, Halfway) for e in events)
    assert [e.seconds_left for e in events if isinstance(e, Countdown)] == [3, 2, 1]


@pytest.mark.parametrize(
    ("position", "records", "words"),
    [
        (Position(4, PhaseKind.WORK, 0.0, 30.0, False, 0), 0, "past the end"),
        (Position(1, PhaseKind.WORK, 0.0, 30.0, False, 2), 0, "steps are stored"),
        (Position(1, PhaseKind.GET_READY, 0.0, 5.0, False, 0), 0, "cannot lead into"),
        (Position(3, PhaseKind.SWITCH_SIDES, 0.0, 5.0, False, 0), 0, "cannot lead into"),
        (Position(2, PhaseKind.CHANGE_POSITION, 0.0, 5.0, False, 0), 0, "cannot lead into"),
        (Position(0, PhaseKind.CHANGE_POSITION, 0.0, 5.0, False, 0), 0, "cannot lead into"),
        (Position(0, PhaseKind.WORK, 0.0, 1e300, False, 0), 0, "longer than any"),
    ],
)
def test_a_position_that_does_not_fit_the_routine_is_refused(position, records, words):
    del records
    with pytest.raises(ValueError, match=words):
        SessionMachine.restored(routine(), position, [], now=0.0)


def test_stored_steps_from_another_routine_are_refused():
    other = make_routine(roll("Something else", 50))
    machine = SessionMachine(other, SessionTiming(get_ready_s=0))
    machine.start(0.0)
    machine.stop(10.0)
    with pytest.raises(ValueError, match="does not belong"):
        SessionMachine.restored(routine(), Position(1, PhaseKind.WORK, 0.0, 30.0, False, 1),
                                machine.records, now=0.0)


@pytest.mark.parametrize(
    "fields",
    [
        {"slot_index": -1}, {"slot_index": 1.5}, {"slot_index": True}, {"records": -2},
        {"phase": "work"}, {"elapsed_s": math.nan}, {"elapsed_s": -1.0}, {"duration_s": 0.0},
        {"duration_s": math.inf}, {"elapsed_s": 31.0}, {"paused": 1}, {"elapsed_s": "3"},
    ],
)
def test_a_position_checks_every_field(fields):
    values = {"slot_index": 0, "phase": PhaseKind.WORK, "elapsed_s": 1.0, "duration_s": 30.0,
              "paused": False, "records": 0, **fields}
    with pytest.raises(ValueError):
        Position(**values)


def test_nothing_to_snapshot_before_the_start_or_after_the_end():
    machine = SessionMachine(routine())
    with pytest.raises(TransitionError):
        machine.snapshot(0.0)
    machine.start(0.0)
    machine.stop(1.0)
    with pytest.raises(TransitionError):
        machine.snapshot(1.0)


def test_the_fingerprint_changes_when_the_routine_does():
    assert routine_fingerprint(routine()) == routine_fingerprint(routine())
    longer = make_routine(roll("Foam roll: quads", 60), stretch("Quad stretch", 35), roll("Calves", 45))
    one_sided = make_routine(roll("Foam roll: quads", 60), stretch("Quad stretch", 30, sides=()),
                             roll("Calves", 45))
    assert routine_fingerprint(one_sided) != routine_fingerprint(routine())
    assert routine_fingerprint(longer) != routine_fingerprint(routine())


def _run_out(machine: SessionMachine, now: float) -> float:
    if machine.paused:
        machine.resume(now)
    while (wake := machine.next_wakeup(now)) is not None:
        now = wake
        machine.advance(now)
    return now


def _outcome(records) -> list[tuple[int, StepStatus, float]]:
    return [(r.slot.index, r.status, round(r.actual_s, 6)) for r in records]


@given(
    steps=steps_strategy,
    timing=timing_strategy,
    actions=st.lists(st.tuples(st.sampled_from(list(Op)[1:]), st.floats(0, 90)), max_size=12),
    shift=st.floats(-1e6, 1e6),
)
@settings(max_examples=200, deadline=None)
def test_a_restored_session_ends_exactly_as_the_original_would_have(steps, timing, actions, shift):
    from recoverykit.core.routine import Routine

    plan = Routine("prop", "Property routine", tuple(steps))
    original = SessionMachine(plan, timing)
    now = 0.0
    original.start(now)
    for op, wait in actions:
        now += wait
        original.advance(now)
        if op is not Op.STOP and original.can(op):
            getattr(original, op.value)(now)
    if not original.active:
        return
    position = original.snapshot(now)
    copy = SessionMachine.restored(plan, position, original.records, now + shift, timing)
    assert copy.state is original.state
    mine, theirs = copy.view(now + shift), original.view(now)
    assert mine.slot == theirs.slot and mine.phase is theirs.phase
    assert math.isclose(mine.remaining_s, theirs.remaining_s, abs_tol=1e-6)
    assert copy.snapshot(now + shift) == position
    _run_out(original, now)
    _run_out(copy, now + shift)
    assert copy.state is original.state is State.FINISHED
    assert len(copy.records) == len(original.records)
    for (slot_a, status_a, actual_a), (slot_b, status_b, actual_b) in zip(
            _outcome(copy.records), _outcome(original.records), strict=True):
        assert (slot_a, status_a) == (slot_b, status_b)
        assert math.isclose(actual_a, actual_b, rel_tol=1e-6, abs_tol=1e-3)


@given(
    slot=st.integers(-2, 12), phase=st.sampled_from(list(PhaseKind)), elapsed=st.floats(allow_nan=True),
    duration=st.floats(allow_nan=True), paused=st.booleans(), records=st.integers(-1, 4),
)
@settings(max_examples=300, deadline=None)
def test_any_saved_position_is_restored_or_refused_with_a_value_error(
        slot, phase, elapsed, duration, paused, records):
    plan = routine()
    try:
        position = Position(slot, phase, elapsed, duration, paused, records)
        machine = SessionMachine.restored(plan, position, [], now=50.0)
    except ValueError:
        return
    assert machine.active and duration <= MAX_PHASE_S
    assert 0 <= machine.view(50.0).remaining_s <= duration + 1e-9  # clock arithmetic: 51.1 - 50.0 is 1.1000000000000014
    if duration < 1000:  # running a day-long phase out second by second proves nothing more
        _run_out(machine, 50.0)
        assert machine.state is State.FINISHED
