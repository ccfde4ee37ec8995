"""The contrast protocol without Qt: phase order, bounds per modality, suspend and time scale."""

from __future__ import annotations

import dataclasses
import itertools

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from recoverykit.core.clock import ManualClock, ScaledClock
from recoverykit.core.contrast import ContrastPlan, EndOn, is_contrast, phase_rounds
from recoverykit.core.contrast_bounds import (
    COLD_PHASE,
    HEAT_PHASE,
    HEAT_TEMPERATURE_C,
    ColdModality,
    HeatModality,
)
from recoverykit.core.cues import Cue, cue_for_batch
from recoverykit.core.events import (
    EndReminder,
    PhaseKind,
    StepEnded,
    StepStarted,
    StepStatus,
)
from recoverykit.core.guidance import StepKind
from recoverykit.core.machine import SessionMachine
from recoverykit.core.states import State
from recoverykit.core.timing import SessionTiming

C, H = StepKind.COLD, StepKind.HEAT


def run_to_end(machine: SessionMachine, now: float) -> tuple[list, float]:
    events = []
    while (wake := machine.next_wakeup(now)) is not None:
        now = wake
        events += machine.advance(now)
    return events, now


# -- phase order ---------------------------------------------------------------


@pytest.mark.parametrize(("rounds", "end_on"), list(itertools.product([1, 2, 3, 4], EndOn)))
def test_phase_order_for_every_rounds_and_ending(rounds, end_on):
    plan = ContrastPlan(rounds=rounds, end_on=end_on)
    expected = [C, H] * rounds + ([C] if end_on is EndOn.COLD else [])
    assert list(plan.phases()) == expected
    routine = plan.to_routine()
    assert [s.kind for s in routine.steps] == expected
    assert routine.steps[0].kind is C  # always cold first (guidance 002)
    rounds_of, total = phase_rounds(routine)
    assert total == rounds
    # cold+heat share a round; a closing cold belongs to the last round.
    assert list(rounds_of) == [i // 2 + 1 for i in range(2 * rounds)] + (
        [rounds] if end_on is EndOn.COLD else [])
    assert is_contrast(routine)


def test_the_default_plan_is_the_guidance_cycle():
    plan = ContrastPlan()
    assert plan.validate() == {}
    routine = plan.to_routine()
    cold, heat = routine.steps
    assert (cold.kind, cold.duration_s, cold.modality) == (C, 600, "ice_pack")
    assert (heat.kind, heat.duration_s, heat.temperature_c, heat.modality) == (H, 900, 40.0, "hot_towel")
    assert "sensitive" in heat.safety and "burn" in heat.safety
    assert "002" in cold.source and "002" in heat.source
    assert plan.swap_s == 15
    assert plan.total_s == 600 + 15 + 900


def test_modalities_and_temperature_are_on_every_step():
    plan = ContrastPlan(ColdModality.COLD_IMMERSION, HeatModality.WARM_BATH, rounds=2,
                        end_on=EndOn.COLD, cold_s=120, heat_s=600, heat_temperature_c=38)
    steps = plan.to_routine().steps
    assert {s.modality for s in steps if s.kind is C} == {"cold_immersion"}
    assert {(s.modality, s.temperature_c) for s in steps if s.kind is H} == {("warm_bath", 38.0)}
    assert all(s.safety for s in steps)


def test_from_routine_reads_back_a_plan():
    plan = ContrastPlan(ColdModality.COLD_IMMERSION, HeatModality.WARM_BATH, rounds=3,
                        end_on=EndOn.COLD, cold_s=90, heat_s=300, heat_temperature_c=39)
    assert ContrastPlan.from_routine(plan.to_routine()) == plan


# -- bounds per modality ----------------------------------------------------------


def test_ice_pack_up_to_its_cap_of_twenty_minutes_each_time_with_a_reason():
    assert ContrastPlan().cold_s == 600  # the guidance's 10 min by default
    assert ContrastPlan(cold_s=1200).validate() == {}
    problems = ContrastPlan(cold_s=1201).validate()
    assert set(problems) == {"cold_s"}
    assert problems["cold_s"].startswith("an ice pack or cold towel: 30 s to 20 min each time")
    assert "\n" not in problems["cold_s"]


def test_cold_immersion_ten_to_fifteen_minutes_at_ten_to_fifteen_degrees():
    assert COLD_PHASE[ColdModality.COLD_IMMERSION].high == 900
    assert "Machado et al. 2016" in COLD_PHASE[ColdModality.COLD_IMMERSION].source
    immersion = ContrastPlan(cold_modality=ColdModality.COLD_IMMERSION, cold_s=720)
    assert immersion.validate() == {}  # 12 minutes
    assert "cold-water immersion" in dataclasses.replace(immersion, cold_s=901).validate()["cold_s"]
    with pytest.raises(ValueError, match="immersion"):
        dataclasses.replace(immersion, cold_s=1200).to_routine()


def test_heat_bounds_per_modality():
    assert ContrastPlan(heat_s=1200).validate() == {}
    assert "20 min" in ContrastPlan(heat_s=1201).validate()["heat_s"]
    bath = ContrastPlan(heat_modality=HeatModality.WARM_BATH)
    assert bath.validate() == {}  # 15 min at 40 °C
    assert "warm bath" in dataclasses.replace(bath, heat_s=901).validate()["heat_s"]
    assert "30–40 °C" in dataclasses.replace(bath, heat_temperature_c=41).validate()[
        "heat_temperature_c"]
    assert ContrastPlan(heat_temperature_c=45).validate() == {}  # a towel may be a little warmer
    assert "45 °C" in ContrastPlan(heat_temperature_c=46).validate()["heat_temperature_c"]
    assert "79-071" in HEAT_TEMPERATURE_C[HeatModality.WARM_BATH].source


def test_rounds_swap_and_nonsense_values_are_named():
    problems = ContrastPlan(rounds=5, swap_s=61, cold_s=float("nan"), heat_s=10).validate()
    assert set(problems) == {"rounds", "swap_s", "cold_s", "heat_s"}
    assert ContrastPlan(rounds=0).validate()["rounds"] == "contrast therapy runs 1 to 4 rounds (got 0)"


def test_every_bound_names_its_source():
    for table in (COLD_PHASE, HEAT_PHASE, HEAT_TEMPERATURE_C):
        for bounds in table.values():
            assert bounds.source and bounds.reason


@given(
    cold_modality=st.sampled_from(ColdModality), heat_modality=st.sampled_from(HeatModality),
    rounds=st.integers(-2, 7), end_on=st.sampled_from(EndOn),
    cold_s=st.floats(0, 1500), heat_s=st.floats(0, 2000),
    temperature=st.floats(20, 60), swap=st.floats(0, 90),
)
@settings(max_examples=200, deadline=None)
def test_a_plan_is_valid_exactly_when_every_value_is_inside_its_bounds(
        cold_modality, heat_modality, rounds, end_on, cold_s, heat_s, temperature, swap):
    plan = ContrastPlan(cold_modality, heat_modality, rounds, end_on, cold_s, heat_s, temperature, swap)
    cold, heat = COLD_PHASE[cold_modality], HEAT_PHASE[heat_modality]
    warm = HEAT_TEMPERATURE_C[heat_modality]
    inside = (1 <= rounds <= 4 and cold.low <= cold_s <= cold.high and heat.low <= heat_s <= heat.high
              and warm.low <= temperature <= warm.high and 0 <= swap <= 60)
    assert plan.valid is inside
    if inside:
        routine = plan.to_routine()
        assert len(routine.steps) == 2 * rounds + (end_on is EndOn.COLD)
        assert all(s.duration_s == (cold_s if s.kind is C else heat_s) for s in routine.steps)
    else:
        with pytest.raises(ValueError):
            plan.to_routine()


# -- running the protocol -----------------------------------------------------------------


def machine_for(plan: ContrastPlan, **timing) -> SessionMachine:
    base = SessionTiming(get_ready_s=5, **timing)
    return SessionMachine(plan.to_routine(), plan.session_timing(base))


@given(rounds=st.integers(1, 4), end_on=st.sampled_from(EndOn), swap=st.sampled_from([0, 5, 15]))
@settings(max_examples=40, deadline=None)
def test_left_alone_every_phase_runs_in_order_with_its_swap(rounds, end_on, swap):
    plan = ContrastPlan(rounds=rounds, end_on=end_on, cold_s=60, heat_s=90, swap_s=swap)
    machine = machine_for(plan)
    events = machine.start(0.0)
    more, end = run_to_end(machine, 0.0)
    events += more
    records = [e for e in events if isinstance(e, StepEnded)]
    assert [r.slot.step.kind for r in records] == list(plan.phases())
    assert all(r.status is StepStatus.DONE and r.actual_s == r.planned_s for r in records)
    assert end == pytest.approx(5 + plan.total_s)
    assert machine.state is State.FINISHED


def test_a_cold_end_sounds_its_own_alarm_three_times_then_stops():
    machine = machine_for(ContrastPlan(cold_s=60, heat_s=60))
    machine.start(0.0)
    batches = []
    now = 0.0
    while now < 5 + 60 + 15:
        now = machine.next_wakeup(now)
        batches.append((now, machine.advance(now)))
    alarms = [(at, cue_for_batch(b)) for at, b in batches if cue_for_batch(b) is Cue.COLD_END]
    assert alarms == [(65.0, Cue.COLD_END), (69.0, Cue.COLD_END), (73.0, Cue.COLD_END)]
    reminders = [e for _, b in batches for e in b if isinstance(e, EndReminder)]
    assert [r.count for r in reminders] == [2, 3]
    assert machine.view(now).slot.step.kind is H


def test_the_end_alarm_stops_when_the_user_acts():
    machine = machine_for(ContrastPlan(cold_s=60, heat_s=60))
    machine.start(0.0)
    machine.advance(65.0)   # cold ends: first alarm
    assert machine.next_wakeup(65.0) == 66.0
    machine.pause(66.0)     # any action counts as heard
    machine.resume(66.5)
    events = []
    now = 66.5
    while now < 80:
        now = machine.next_wakeup(now)
        events += machine.advance(now)
    assert not any(isinstance(e, EndReminder) for e in events)


def test_the_end_alarm_stops_when_the_next_phase_starts():
    machine = machine_for(ContrastPlan(cold_s=60, heat_s=60, swap_s=5))
    machine.start(0.0)
    events, _ = run_to_end(machine, 0.0)
    kinds = [(type(e).__name__, round(e.at)) for e in events
             if isinstance(e, (EndReminder, StepStarted))]
    # cold ends at 65; one reminder at 69; heat starts at 70 and cuts the second one.
    assert kinds == [("StepStarted", 5), ("EndReminder", 69), ("StepStarted", 70)]


def test_wait_for_user_holds_the_swap_until_space_or_skip():
    plan = ContrastPlan(cold_s=60, heat_s=60, rounds=2)
    machine = SessionMachine(plan.to_routine(), plan.session_timing(
        SessionTiming(get_ready_s=0), wait_for_user=True))
    machine.start(0.0)
    machine.advance(60.0)
    assert machine.state is State.WAITING
    view = machine.view(60.0)
    assert view.waiting and view.phase is PhaseKind.CHANGE_POSITION and view.slot.step.kind is H
    assert view.remaining_s == 0
    # Only the end alarm wakes it, three soundings in all, then nothing until the user.
    assert machine.next_wakeup(60.0) == 64.0
    machine.advance(64.0)
    machine.advance(machine.next_wakeup(64.0))
    assert machine.next_wakeup(68.0) is None
    machine.advance(5000.0)
    assert machine.state is State.WAITING
    machine.resume(5000.0)   # Space
    assert machine.state is State.RUNNING and machine.view(5000.0).slot.step.kind is H
    machine.advance(5060.0)
    assert machine.state is State.WAITING
    machine.skip(5070.0)     # → works too
    assert machine.view(5070.0).slot.index == 2
    assert [r.actual_s for r in machine.records] == [60.0, 60.0]


def test_suspend_past_a_cold_deadline_ends_it_at_wake_with_its_real_length():
    clock = ManualClock(start=0.0)
    machine = machine_for(ContrastPlan(cold_s=600, heat_s=900))
    machine.start(clock.now())
    clock.advance(5)
    machine.advance(clock.now())
    clock.advance(300)
    machine.advance(clock.now())
    assert machine.view(clock.now()).remaining_s == 300
    clock.advance(1200)  # the laptop slept through the end of the cold phase
    events = machine.advance(clock.now())
    [ended] = [e for e in events if isinstance(e, StepEnded)]
    assert ended.slot.step.kind is C
    assert ended.overrun_s == 900 and ended.actual_s == 1500
    assert cue_for_batch(events) is Cue.COLD_END  # the alarm sounds at once
    view = machine.view(clock.now())
    assert view.phase is PhaseKind.CHANGE_POSITION and view.remaining_s == 15  # swap from now
    # A sleep inside a phase: on wake the real time left is shown, nothing is skipped.
    clock.advance(15)
    machine.advance(clock.now())
    clock.advance(100)
    machine.advance(clock.now())
    clock.advance(500)
    machine.advance(clock.now())
    assert machine.view(clock.now()).remaining_s == 300
    assert machine.view(clock.now()).slot.step.kind is H


def test_a_time_scale_runs_the_same_protocol_faster():
    base = ManualClock(start=0.0)
    clock = ScaledClock(base, 60.0)  # one real second is a session minute
    plan = ContrastPlan(rounds=3, end_on=EndOn.COLD)
    timing = plan.session_timing(SessionTiming(get_ready_s=5, resync_after_s=2.0 * clock.rate))
    machine = SessionMachine(plan.to_routine(), timing)
    machine.start(clock.now())
    events = []
    while (wake := machine.next_wakeup(clock.now())) is not None:
        base.advance((wake - clock.now()) / clock.rate + 0.01)  # every wake-up 10 ms late
        events += machine.advance(clock.now())
    records = [e for e in events if isinstance(e, StepEnded)]
    assert [r.slot.step.kind for r in records] == list(plan.phases())
    assert all(r.overrun_s == 0 and r.actual_s == r.planned_s for r in records)
    assert base.now() == pytest.approx((5 + plan.total_s) / 60, abs=1.0)


def test_a_swap_that_waits_for_the_user_is_saved_as_the_next_phase_paused():
    import dataclasses

    from recoverykit.core.contrast import ContrastPlan
    from recoverykit.core.events import PhaseKind
    from recoverykit.core.machine import SessionMachine
    from recoverykit.core.states import State
    from recoverykit.core.timing import SessionTiming

    routine = ContrastPlan().to_routine()
    timing = dataclasses.replace(SessionTiming(get_ready_s=0), wait_between_steps=True, change_position_s=0)
    machine = SessionMachine(routine, timing)
    machine.start(0.0)
    machine.advance(routine.steps[0].duration_s)  # cold ends: now waiting for the user
    assert machine.state is State.WAITING
    position = machine.snapshot(routine.steps[0].duration_s + 50)
    assert (position.slot_index, position.phase, position.elapsed_s, position.paused) == (1, PhaseKind.WORK, 0.0, True)
    again = SessionMachine.restored(routine, position, machine.records, 5000.0, timing)
    assert again.state is State.PAUSED
    assert again.view(5000.0).remaining_s == routine.steps[1].duration_s
