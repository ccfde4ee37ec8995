"""The guidance rules for one step's values, shared by routine files and the editor.

Each check takes plain values and returns a one-line reason when the value
breaks a rule, else None, so the file reader can name the field in its error
and the editor can show the reason beside the field as the user types. The
reasons are the product's words, kept here and in guidance.py / contrast_bounds.py.

Cold and heat steps whose ``modality`` is one the contrast set-up knows are
held to that modality's bounds (contrast_bounds.py) as well as the kind's.
"""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.contrast_bounds import (
    COLD_PHASE,
    HEAT_PHASE,
    HEAT_TEMPERATURE_C,
    ColdModality,
    HeatModality,
)
from recoverykit.core.guidance import BOUNDS, KINDS, MAX_STEP_S, StepKind
from recoverykit.core.routine import Step

MAX_NAME = 120
MAX_TEXT = 2000

#: Kinds that take a temperature, and the range the kind itself allows (from the kind table).
TEMPERATURE_RANGES_C: dict[StepKind, tuple[float, float]] = {
    kind: facts.temperature_range_c for kind, facts in KINDS.items() if facts.temperature_range_c}

#: The modalities a kind may name (other kinds take free text, e.g. a product name).
MODALITIES: dict[StepKind, tuple[str, ...]] = {kind: facts.modalities for kind, facts in KINDS.items()
                                               if facts.modalities}


@dataclass(frozen=True)
class StepProblem:
    """One broken rule: which field, and why."""

    field: str
    reason: str


def name_problem(name: str) -> str | None:
    if not name.strip():
        return "every step needs a name"
    if len(name) > MAX_NAME:
        return f"at most {MAX_NAME} characters"
    return None


def duration_problem(kind: StepKind, seconds: float, modality: str | None = None) -> str | None:
    """Why ``seconds`` (per side) is not allowed for this kind and modality, or None."""
    if seconds <= 0:
        return f"must be a positive number of seconds (got {seconds:g})"
    if seconds > MAX_STEP_S:
        return f"at most {MAX_STEP_S // 3600} hours (got {seconds:g} s)"
    problem = BOUNDS[kind].check(seconds)
    if problem:
        return problem
    shown = f"{seconds:g} s"
    if kind is StepKind.COLD and modality in MODALITIES[StepKind.COLD]:
        return COLD_PHASE[ColdModality(modality)].check(seconds, shown)
    if kind is StepKind.HEAT and modality in MODALITIES[StepKind.HEAT]:
        return HEAT_PHASE[HeatModality(modality)].check(seconds, shown)
    return None


def temperature_problem(kind: StepKind, celsius: float | None, modality: str | None = None) -> str | None:
    """Why a temperature is not allowed for this kind and modality, or None."""
    if celsius is None:
        return None
    allowed = TEMPERATURE_RANGES_C.get(kind)
    if allowed is None:
        return "only heat and cold steps have a temperature"
    low, high = allowed
    if not low <= celsius <= high:
        return f"must be between {low:g} and {high:g} °C for a {kind.value} step"
    if kind is StepKind.HEAT and modality in MODALITIES[StepKind.HEAT]:
        return HEAT_TEMPERATURE_C[HeatModality(modality)].check(celsius, f"{celsius:g} °C")
    return None


def modality_problem(kind: StepKind, modality: str | None) -> str | None:
    """A cold step cannot name a heat modality, nor the reverse."""
    if not modality:
        return None
    for other, names in MODALITIES.items():
        if other is not kind and modality in names and kind in MODALITIES:
            return f"{modality} is a {other.value} modality; a {kind.value} step uses one of " \
                   + ", ".join(MODALITIES[kind])
    return None


def text_problem(text: str) -> str | None:
    return f"at most {MAX_TEXT} characters" if len(text) > MAX_TEXT else None


def step_problems(step: Step) -> list[StepProblem]:
    """Every rule ``step`` breaks, in the order of the fields in a routine file."""
    found = [
        ("name", name_problem(step.name)),
        ("duration_s", duration_problem(step.kind, step.duration_s, step.modality)),
        ("temperature_c", temperature_problem(step.kind, step.temperature_c, step.modality)),
        ("modality", modality_problem(step.kind, step.modality)),
    ]
    for key in ("instruction", "safety", "source", "illustration"):
        found.append((key, text_problem(getattr(step, key) or "")))
    return [StepProblem(field, reason) for field, reason in found if reason]
