"""The guidance rules for every step field, as the editor and the file reader use them."""

from __future__ import annotations

import pytest

from recoverykit.core.guidance import BOUNDS, UNBOUNDED_BY_SOURCE, StepKind
from recoverykit.core.routine import Step
from recoverykit.core.routine_file import RoutineError, parse_routine
from recoverykit.core.step_rules import (
    duration_problem,
    modality_problem,
    name_problem,
    step_problems,
    temperature_problem,
    text_problem,
)


@pytest.mark.parametrize(("kind", "good", "bad", "words"), [
    (StepKind.STRETCH, 20, 19, "at least 20 s"),
    (StepKind.FOAM_ROLL, 60, 61, "30–60 s"),
    (StepKind.FOAM_ROLL, 30, 29, "30–60 s"),
    (StepKind.MASSAGE_GUN, 90, 91, "60–90 s"),
    (StepKind.MASSAGE_GUN, 60, 59, "60–90 s"),
    (StepKind.MASSAGE_HAND, 300, 301, "30 s to 5 min"),
    (StepKind.COLD, 1200, 1201, "20 min each time"),
    (StepKind.REST, 10_800, 10_801, "at most 180 min (got 180:01 min)"),
    (StepKind.ACTIVE, 1, 0, "positive"),
])
def test_duration_bounds_per_kind(kind, good, bad, words):
    assert duration_problem(kind, good) is None
    assert words in duration_problem(kind, bad)


def test_cold_and_heat_are_held_to_their_modality():
    assert duration_problem(StepKind.COLD, 300, "ice_pack") is None
    assert duration_problem(StepKind.COLD, 720, "cold_immersion") is None  # 12 min (Machado et al. 2016)
    assert "15 min" in duration_problem(StepKind.COLD, 901, "cold_immersion")
    assert "30 s" in duration_problem(StepKind.COLD, 20, "ice_pack")
    assert "15 min" in duration_problem(StepKind.HEAT, 1000, "warm_bath")
    assert duration_problem(StepKind.HEAT, 1000, "hot_towel") is None
    assert duration_problem(StepKind.COLD, 20, "snow") is None  # free text: kind bounds only
    assert temperature_problem(StepKind.HEAT, 42, "hot_towel") is None
    assert "a warm bath: 30–40 °C" in temperature_problem(StepKind.HEAT, 42, "warm_bath")
    assert "0–20 °C" in temperature_problem(StepKind.COLD, 25)
    assert "only heat and cold" in temperature_problem(StepKind.BATH, 38)
    assert "heat modality" in modality_problem(StepKind.COLD, "hot_towel")
    assert modality_problem(StepKind.VIBRATION, "hot_towel") is None


def test_the_new_kinds_say_no_source_bounds_them():
    for kind in (StepKind.COMPRESSION, StepKind.VIBRATION, StepKind.BATH):
        assert kind in UNBOUNDED_BY_SOURCE
        assert BOUNDS[kind].min_s is None and BOUNDS[kind].max_s is None
        assert "no source" in BOUNDS[kind].reason
        assert duration_problem(kind, 1800) is None


def test_names_and_texts():
    assert "needs a name" in name_problem("  ")
    assert "120" in name_problem("x" * 121)
    assert text_problem("x" * 2001) and text_problem("x" * 2000) is None


def test_step_problems_lists_every_broken_field():
    step = Step(StepKind.HEAT, "", 2000.0, temperature_c=44.0, modality="warm_bath", instruction="x" * 3000)
    assert [p.field for p in step_problems(step)] == ["name", "duration_s", "temperature_c", "instruction"]


CONTRAST = """
format = "recoverykit-routine"
version = 1
id = "tub"
name = "Tub"

[[steps]]
kind = "cold"
name = "Cold tub"
duration_s = DURATION
modality = "MODALITY"
"""


def test_routine_files_apply_the_contrast_modality_bounds():
    ok = parse_routine(CONTRAST.replace("DURATION", "720").replace("MODALITY", "cold_immersion"), "tub.toml")
    assert ok.steps[0].modality == "cold_immersion"
    with pytest.raises(RoutineError) as caught:
        parse_routine(CONTRAST.replace("DURATION", "1200").replace("MODALITY", "cold_immersion"), "tub.toml")
    assert caught.value.field == "duration_s" and "immersion" in str(caught.value)
    with pytest.raises(RoutineError) as caught:
        parse_routine(CONTRAST.replace("DURATION", "60").replace("MODALITY", "warm_bath"), "tub.toml")
    assert caught.value.field == "modality"


@pytest.mark.parametrize("kind", ["compression", "vibration", "bath"])
def test_new_kinds_are_read_from_files(kind):
    text = CONTRAST.replace('"cold"', f'"{kind}"').replace("DURATION", "1200").replace(
        'modality = "MODALITY"', 'safety = "No source gives a time limit."')
    assert parse_routine(text, "x.toml").steps[0].kind.value == kind
