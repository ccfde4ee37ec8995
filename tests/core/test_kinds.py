"""Every kind of step has its entry in both kind tables, and each part of the app reads it from there."""

from __future__ import annotations

import pytest

from recoverykit.core.cues import Cue, end_cue
from recoverykit.core.guidance import BOUNDS, UNBOUNDED_BY_SOURCE
from recoverykit.core.kinds import KINDS, StepKind
from recoverykit.core.routine import Routine, Step
from recoverykit.core.step_rules import MODALITIES, TEMPERATURE_RANGES_C, step_problems


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_kind_has_its_core_facts_and_they_hold_together(kind):
    facts = KINDS[kind]
    assert BOUNDS[kind] is facts.bounds and facts.bounds.reason and facts.bounds.source
    assert isinstance(Cue[facts.end_cue], Cue)
    if facts.temperature_range_c is not None:
        low, high = facts.temperature_range_c
        assert low < high and TEMPERATURE_RANGES_C[kind] == (low, high)
        assert facts.default_temperature_c is not None and low <= facts.default_temperature_c <= high
    else:
        assert kind not in TEMPERATURE_RANGES_C and facts.default_temperature_c is None
    assert MODALITIES.get(kind, ()) == facts.modalities
    assert (kind in UNBOUNDED_BY_SOURCE) == facts.unbounded_by_source


@pytest.mark.parametrize("kind", list(StepKind))
def test_a_step_of_every_kind_within_its_bounds_passes_the_rules_and_gets_its_cue(kind):
    bounds = KINDS[kind].bounds
    seconds = bounds.min_s or bounds.max_s or 60.0
    step = Step(kind=kind, name="x", duration_s=float(seconds),
                temperature_c=KINDS[kind].default_temperature_c)
    assert step_problems(step) == []
    [slot] = Routine("r", "R", (step,)).slots
    assert end_cue(slot) is Cue[KINDS[kind].end_cue]


def test_cold_and_heat_have_their_own_end_cue():
    assert KINDS[StepKind.COLD].end_cue == "COLD_END" and KINDS[StepKind.HEAT].end_cue == "HEAT_END"
    assert {facts.end_cue for kind, facts in KINDS.items() if kind not in (StepKind.COLD, StepKind.HEAT)} == {
        "STEP_END"}
