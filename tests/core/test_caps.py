"""Caps no button passes: repeated "+15 s" on every capped kind and modality, files, the check command."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoverykit.cli import check_routine_file
from recoverykit.core.caps import CAPS, COLD_IMMERSION, HOT_PACK, ICE_PACK, MASSAGE_SPOT, cap_for
from recoverykit.core.guidance import StepKind
from recoverykit.core.machine import SessionMachine
from recoverykit.core.routine import Step
from recoverykit.core.routine_file import RoutineError, parse_routine
from recoverykit.core.states import Op
from recoverykit.core.step_rules import duration_problem, temperature_problem
from recoverykit.core.timing import SessionTiming

from .helpers import make_routine

NO_GAPS = SessionTiming(get_ready_s=0, switch_sides_s=0, change_position_s=0)
CAPPED = [(StepKind.COLD, None, 600), (StepKind.COLD, "ice_pack", 600), (StepKind.COLD, "cold_immersion", 600),
          (StepKind.HEAT, None, 900), (StepKind.HEAT, "hot_towel", 900), (StepKind.HEAT, "warm_bath", 900),
          (StepKind.MASSAGE_GUN, None, 60)]


@pytest.mark.parametrize(("kind", "modality", "seconds"), CAPPED)
def test_repeated_plus_fifteen_stops_at_the_cap_and_says_why(kind, modality, seconds):
    cap = cap_for(kind, modality)
    machine = SessionMachine(make_routine(Step(kind, "Capped", seconds, modality=modality)), NO_GAPS)
    machine.start(0.0)
    now = 1.0
    for _ in range(200):  # far more presses than the cap allows, one a second
        machine.advance(now)
        if machine.extend_blocked() is not None:
            break
        machine.extend(now)
        now += 1.0
    view = machine.view(now)
    assert view.phase_duration_s <= cap.total_s + 1e-6
    assert not machine.can(Op.EXTEND) and machine.extend_blocked() is cap
    while machine.active:  # woken exactly when the step is due, as the ticker does
        now += max(machine.view(now).remaining_s, 0.001)
        machine.advance(now)
    assert machine.records[0].actual_s <= cap.total_s + 1e-6


def test_the_last_extension_fills_up_to_the_cap_and_no_further():
    machine = SessionMachine(make_routine(Step(StepKind.COLD, "Ice", 20 * 60 - 5, modality="ice_pack")), NO_GAPS)
    machine.start(0.0)
    assert machine.can(Op.EXTEND)
    machine.extend(1.0)
    assert machine.view(1.0).remaining_s == pytest.approx(20 * 60 - 1.0)
    assert machine.extend_blocked() is ICE_PACK and not machine.can(Op.EXTEND)


def test_uncapped_kinds_extend_as_before():
    machine = SessionMachine(make_routine(Step(StepKind.STRETCH, "Stretch", 30)), NO_GAPS)
    machine.start(0.0)
    for _ in range(100):
        machine.extend(1.0)
    assert machine.view(1.0).remaining_s == pytest.approx(29 + 1500)
    assert machine.extend_blocked() is None


@settings(max_examples=200, deadline=None)
@given(kind_modality=st.sampled_from([(k, m) for k, m, _ in CAPPED]),
       actions=st.lists(st.tuples(st.sampled_from(["extend", "pause", "resume", "wait"]),
                                  st.floats(0.1, 120)), max_size=80))
def test_no_sequence_of_actions_passes_the_cap(kind_modality, actions):
    kind, modality = kind_modality
    cap = cap_for(kind, modality)
    machine = SessionMachine(make_routine(Step(kind, "Capped", 60, modality=modality)), NO_GAPS)
    machine.start(0.0)
    now = 0.0
    for action, seconds in actions:
        now += seconds
        machine.advance(now)
        if not machine.active:
            break
        if action == "extend" and machine.can(Op.EXTEND):
            machine.extend(now)
        elif action == "pause" and machine.can(Op.PAUSE):
            machine.pause(now)
        elif action == "resume" and machine.can(Op.RESUME):
            machine.resume(now)
        view = machine.view(now)
        assert view.phase_duration_s <= cap.total_s + 1e-6


def test_every_heat_step_has_a_cap_with_or_without_a_modality():
    # A step that names no modality (or one this version does not know) has the pack's cap.
    assert cap_for(StepKind.HEAT, "sauna-ish") is cap_for(StepKind.HEAT)
    assert cap_for(StepKind.HEAT).total_s == HOT_PACK.total_s == 20 * 60
    assert cap_for(StepKind.COLD).total_s == ICE_PACK.total_s == 20 * 60
    assert cap_for(StepKind.COLD, "ice_pack") is ICE_PACK
    assert cap_for(StepKind.COLD, "cold_immersion") is COLD_IMMERSION
    assert cap_for(StepKind.MASSAGE_GUN, "Theragun") is MASSAGE_SPOT
    assert cap_for(StepKind.STRETCH) is None
    assert all(cap.source and cap.total_s > 0 for cap in CAPS.values())


def test_files_and_the_editor_refuse_a_step_past_its_cap_naming_cap_and_source():
    problem = duration_problem(StepKind.HEAT, 25 * 60)
    assert "at most 20 min each time, every +15 s included" in problem and "source: guidance 002" in problem
    problem = duration_problem(StepKind.COLD, 25 * 60, "ice_pack")
    assert "at most 20 min each time, every +15 s included" in problem and "clinicalgate" in problem
    assert duration_problem(StepKind.HEAT, 15 * 60) is None


def test_immersion_water_is_never_below_10_degrees():
    assert "cold-water immersion: 10–15 °C" in temperature_problem(StepKind.COLD, 8, "cold_immersion")
    assert temperature_problem(StepKind.COLD, 12, "cold_immersion") is None
    assert temperature_problem(StepKind.COLD, 2, "ice_pack") is None


ROUTINE = """format = "recoverykit-routine"
version = 1
id = "long-heat"
name = "Long heat"

[[steps]]
kind = "heat"
name = "Heat pack"
duration_s = 1500
"""


def test_routines_check_rejects_a_heat_step_past_its_cap(tmp_path):
    with pytest.raises(RoutineError, match=r"at most 20 min each time, every \+15 s included"):
        parse_routine(ROUTINE, "long-heat.toml")
    path = tmp_path / "long-heat.toml"
    path.write_text(ROUTINE)
    err = io.StringIO()
    assert check_routine_file(str(path), out=io.StringIO(), err=err) == 1
    said = err.getvalue()
    assert "at most 20 min each time, every +15 s included" in said and "source: guidance 002" in said
