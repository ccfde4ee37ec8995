"""Hypothesis strategies for valid routines: every kind, in its bounds, with any text."""

from __future__ import annotations

import hypothesis.strategies as st

from recoverykit.core.contrast_bounds import COLD_PHASE, COLD_TEMPERATURE_C, HEAT_PHASE, HEAT_TEMPERATURE_C
from recoverykit.core.guidance import BOUNDS, COLD_TEMPERATURE_RANGE_C, HEAT_TEMPERATURE_RANGE_C, StepKind
from recoverykit.core.routine import BOTH_SIDES, Routine, Side, Step
from recoverykit.core.step_rules import step_problems

# Text as the reader keeps it: stripped, no surrogates, no control characters TOML refuses.
_chars = st.characters(blacklist_categories=("Cs", "Cc"))
words = st.text(_chars, min_size=1, max_size=40).map(str.strip).filter(bool)
notes = st.text(_chars, max_size=80).map(str.strip)


@st.composite
def steps(draw) -> Step:
    kind = draw(st.sampled_from(list(StepKind)))
    bounds = BOUNDS[kind]
    modality = None
    temperature = None
    low, high = bounds.min_s or 1, bounds.max_s or 3 * 3600
    if kind is StepKind.COLD:
        modality = draw(st.sampled_from([None, *[m.value for m in COLD_PHASE]]))
        if modality:
            low, high = max(low, COLD_PHASE[modality].low), min(high, COLD_PHASE[modality].high)
        t_low, t_high = COLD_TEMPERATURE_RANGE_C
        if modality:  # immersion water is never below 10 °C (core/contrast_bounds.py)
            t_low, t_high = COLD_TEMPERATURE_C[modality].low, COLD_TEMPERATURE_C[modality].high
        temperature = draw(st.none() | st.integers(int(t_low), int(t_high)))
    elif kind is StepKind.HEAT:
        modality = draw(st.sampled_from([None, *[m.value for m in HEAT_PHASE]]))
        t_low, t_high = HEAT_TEMPERATURE_RANGE_C
        if modality:
            low, high = max(low, HEAT_PHASE[modality].low), min(high, HEAT_PHASE[modality].high)
            t_low, t_high = HEAT_TEMPERATURE_C[modality].low, HEAT_TEMPERATURE_C[modality].high
        temperature = draw(st.none() | st.floats(t_low, t_high).map(lambda t: round(t, 1)))
    else:
        modality = draw(st.none() | st.sampled_from(["boots", "plate-x"]))
    duration = draw(st.integers(int(low), int(high)) | st.floats(low, high).map(lambda s: round(s, 2)))
    sides = draw(st.sampled_from([(), BOTH_SIDES, (Side.RIGHT, Side.LEFT)]))
    step = Step(kind=kind, name=draw(words), duration_s=float(duration), instruction=draw(notes),
                sides=sides, temperature_c=None if temperature is None else float(temperature),
                modality=modality, illustration=draw(st.none() | st.sampled_from(["quad-stretch", "ice-pack"])),
                safety=draw(notes), source=draw(notes))
    assert step_problems(step) == [], step
    return step


routine_ids = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,20}\Z")


@st.composite
def routines(draw) -> Routine:
    return Routine(id=draw(routine_ids), name=draw(words), steps=tuple(draw(st.lists(steps(), min_size=1, max_size=6))),
                   description=draw(notes), source=draw(notes))
