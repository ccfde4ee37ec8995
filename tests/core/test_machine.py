"""The session state machine, driven by hand with explicit times."""

from __future__ import annotations

import pytest

from recoverykit.core.events import (
    Countdown,
    Halfway,
    PhaseKind,
    PhaseStarted,
    SessionEnded,
    SessionStatus,
    StepEnded,
    StepStarted,
    StepStatus,
    SwitchSides,
)
from recoverykit.core.machine import SessionMachine, TransitionError
from recoverykit.core.routine import Side
from recoverykit.core.states import Op, State
from recoverykit.core.timing import SessionTiming

from .helpers import make_routine, roll, stretch

NO_GAPS = SessionTiming(get_ready_s=0, switch_sides_s=0, change_position_s=0)


def run_to_end(machine: SessionMachine, now: float) -> tuple[list, float]:
    events = []
    while (wake := machine.next_wakeup(now)) is not None:
        now = wake
        events += machine.advance(now)
    return events, now


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def test_full_run_order_sides_gaps_and_cues():
    machine = SessionMachine(make_routine(stretch(), roll()))
    events = machine.start(0.0)
    assert machine.state is State.GET_READY
    more, end = run_to_end(machine, 0.0)
    events += more
    kinds = [type(e).__name__ for e in events if not isinstance(e, Countdown)]
    assert kinds == [
        "SessionStarted", "PhaseStarted",            # get ready 5 s
        "StepStarted", "Halfway", "StepEnded",       # quad, left
        "SwitchSides", "PhaseStarted",               # 5 s to switch
        "StepStarted", "Halfway", "StepEnded",       # quad, right
        "PhaseStarted",                              # 5 s to change position
        "StepStarted", "Halfway", "StepEnded",       # calves
        "SessionEnded",
    ]
    assert [e.slot.side for e in of(events, StepStarted)] == [Side.LEFT, Side.RIGHT, None]
    assert [e.kind for e in of(events, PhaseStarted)] == [
        PhaseKind.GET_READY, PhaseKind.SWITCH_SIDES, PhaseKind.CHANGE_POSITION]
    # Drift-free: the end is exactly the sum of all planned times.
    assert end == 5 + 30 + 5 + 30 + 5 + 45
    assert machine.state is State.FINISHED
    assert of(events, SessionEnded)[0].status is SessionStatus.COMPLETED
    # Three countdown cues in each of the six phases.
    counts = [(e.phase, e.seconds_left) for e in of(events, Countdown)]
    assert counts.count((PhaseKind.WORK, 3)) == 3
    assert len(counts) == 18


def test_each_side_runs_full_duration_and_is_recorded():
    machine = SessionMachine(make_routine(stretch(seconds=25)), NO_GAPS)
    machine.start(0.0)
    run_to_end(machine, 0.0)
    assert [(r.slot.side, r.actual_s, r.status) for r in machine.records] == [
        (Side.LEFT, 25.0, StepStatus.DONE), (Side.RIGHT, 25.0, StepStatus.DONE)]


def test_remaining_is_deadline_minus_now_not_ticks():
    machine = SessionMachine(make_routine(roll(seconds=45)), NO_GAPS)
    machine.start(100.0)
    # No wake-ups at all for 30 s: the view is still exact.
    assert machine.view(130.25).remaining_s == pytest.approx(14.75)
    assert machine.view(130.25).display_seconds == 15


def test_next_wakeup_is_the_next_displayed_second_or_cue():
    machine = SessionMachine(make_routine(roll(seconds=45)), NO_GAPS)
    machine.start(0.0)
    assert machine.next_wakeup(0.0) == 1.0
    assert machine.next_wakeup(0.4) == 1.0
    assert machine.next_wakeup(22.0) == 22.5  # halfway of 45 s
    machine.advance(22.5)
    assert machine.next_wakeup(22.5) == 23.0


def test_pause_freezes_remaining_and_resume_moves_the_deadline():
    machine = SessionMachine(make_routine(roll(seconds=45)), NO_GAPS)
    machine.start(0.0)
    machine.pause(10.0)
    assert machine.state is State.PAUSED
    assert machine.next_wakeup(500.0) is None
    assert machine.view(500.0).remaining_s == 35.0
    machine.resume(500.0)
    events, end = run_to_end(machine, 500.0)
    assert end == 535.0
    assert machine.records[0].actual_s == 45.0


def test_skip_records_skipped_with_actual_time_and_moves_on():
    machine = SessionMachine(make_routine(roll(), roll("Foam roll: quads")), NO_GAPS)
    machine.start(0.0)
    events = machine.skip(12.0)
    assert of(events, StepEnded)[0].status is StepStatus.SKIPPED
    assert of(events, StepEnded)[0].actual_s == 12.0
    assert of(events, StepStarted)[0].slot.index == 1


def test_skip_is_ignored_in_the_first_second_so_a_double_press_skips_one():
    machine = SessionMachine(make_routine(roll(), roll("b"), roll("c")), NO_GAPS)
    machine.start(0.0)
    machine.skip(5.0)
    assert machine.skip(5.2) == []
    assert machine.view(5.2).slot.index == 1


def test_skip_during_a_gap_starts_the_step_now():
    machine = SessionMachine(make_routine(stretch()))
    machine.start(0.0)
    events = machine.skip(1.0)
    assert of(events, StepStarted)[0].at == 1.0
    assert machine.state is State.RUNNING


def test_skip_while_paused_stays_paused():
    machine = SessionMachine(make_routine(roll(), roll("b")), NO_GAPS)
    machine.start(0.0)
    machine.pause(0.5)
    machine.skip(0.6)
    assert machine.state is State.PAUSED
    assert machine.view(99.0).slot.index == 1
    assert machine.view(99.0).remaining_s == 45.0


def test_back_restarts_the_step_or_goes_to_the_previous_one():
    machine = SessionMachine(make_routine(roll("a"), roll("b")), NO_GAPS)
    machine.start(0.0)
    machine.advance(45.0)  # now on b
    machine.back(50.0)     # 5 s in: restart b
    assert machine.view(50.0).slot.index == 1
    assert machine.view(50.0).remaining_s == 45.0
    machine.back(51.0)     # 1 s in: go to a
    assert machine.view(51.0).slot.index == 0
    assert machine.state is State.RUNNING


def test_back_is_refused_during_get_ready():
    machine = SessionMachine(make_routine(roll()))
    machine.start(0.0)
    assert not machine.can(Op.BACK)
    with pytest.raises(TransitionError):
        machine.back(1.0)


def test_extend_adds_fifteen_seconds_and_rearms_the_countdown():
    machine = SessionMachine(make_routine(roll()), NO_GAPS)
    machine.start(0.0)
    events = machine.advance(42.0) + machine.advance(43.0)
    assert [e.seconds_left for e in of(events, Countdown)] == [3, 2]
    machine.extend(43.0)
    assert machine.view(43.0).remaining_s == 17.0
    events, end = run_to_end(machine, 43.0)
    assert [e.seconds_left for e in of(events, Countdown)] == [3, 2, 1]
    assert end == 60.0
    assert machine.records[0].actual_s == 60.0


def test_stop_keeps_the_step_under_way_as_skipped_and_abandons():
    machine = SessionMachine(make_routine(roll(), roll("b")), NO_GAPS)
    machine.start(0.0)
    events = machine.stop(20.0)
    assert of(events, StepEnded)[0].status is StepStatus.SKIPPED
    assert of(events, SessionEnded)[0].status is SessionStatus.ABANDONED
    assert machine.state is State.STOPPED
    assert machine.next_wakeup(21.0) is None
    with pytest.raises(TransitionError):
        machine.pause(22.0)


def test_stop_during_get_ready_records_nothing():
    machine = SessionMachine(make_routine(roll()))
    machine.start(0.0)
    events = machine.stop(1.0, SessionStatus.INTERRUPTED)
    assert of(events, StepEnded) == []
    assert machine.ended_status is SessionStatus.INTERRUPTED


def test_a_late_wakeup_within_tolerance_keeps_the_schedule():
    machine = SessionMachine(make_routine(roll(), roll("b")), NO_GAPS)
    machine.start(0.0)
    events = machine.advance(45.3)  # timer 300 ms late
    assert of(events, StepEnded)[0].ended_at == 45.0
    assert of(events, StepStarted)[0].at == 45.0


def test_a_clock_jump_past_a_deadline_ends_the_phase_now_and_reports_the_overrun():
    """Suspend: the laptop slept through the end of the step."""
    machine = SessionMachine(make_routine(roll(), roll("b"), roll("c")), NO_GAPS)
    machine.start(0.0)
    events = machine.advance(45.0 + 600.0)
    ended = of(events, StepEnded)
    assert len(ended) == 1  # the next steps are not silently consumed
    assert ended[0].overrun_s == 600.0
    assert ended[0].actual_s == 645.0
    assert machine.view(645.0).slot.index == 1
    assert machine.view(645.0).remaining_s == 45.0


def test_cues_that_went_stale_during_a_jump_are_dropped():
    machine = SessionMachine(make_routine(roll()), NO_GAPS)
    machine.start(0.0)
    events = machine.advance(44.5)
    assert of(events, Halfway) == []
    assert [e.seconds_left for e in of(events, Countdown)] == [1]


def test_switch_sides_event_names_the_next_side():
    machine = SessionMachine(make_routine(stretch()), NO_GAPS)
    machine.start(0.0)
    events = machine.advance(30.0)
    assert of(events, SwitchSides)[0].next_slot.side is Side.RIGHT


def test_view_totals_and_next_up():
    machine = SessionMachine(make_routine(stretch(), roll()))
    machine.start(0.0)
    view = machine.view(0.0)
    assert view.phase is PhaseKind.GET_READY
    assert view.next_slot.index == 0
    assert view.total_remaining_s == 5 + 30 + 5 + 30 + 5 + 45
    machine.advance(5.0)
    view = machine.view(5.0)
    assert view.next_slot.side is Side.RIGHT
    assert view.slot_count == 3


def test_invalid_timing_is_refused():
    with pytest.raises(ValueError):
        SessionTiming(get_ready_s=float("nan"))
    with pytest.raises(ValueError):
        SessionTiming(switch_sides_s=-1)
