"""The guidance rules for one step's values, shared by routine files and the editor.

Each check takes plain values and returns a one-line reason when the value
breaks a rule, else None, so the file reader can name the field in its error
and the editor can show the reason beside the field as the user types. The
reasons are the product's words, from the one limits table (core/limits.py).

A cold or heat step whose ``modality`` is one the table knows is held to that
modality's row; one that names none (or free text) to its kind's default
modality (an ice pack, a hot towel); every other kind to its own row.
"""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.caps import cap_for
from recoverykit.core.guidance import KINDS, MAX_STEP_S, StepKind
from recoverykit.core.kinds import DurationBounds
from recoverykit.core.limits import Limit, limit_for
from recoverykit.core.messages import Message, clock_minutes, duration_as, got, msg
from recoverykit.core.messages import celsius as degrees
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
    reason: Message


def name_problem(name: str) -> Message | None:
    if not name.strip():
        return msg("every step needs a name")
    if len(name) > MAX_NAME:
        return msg("at most {limit} characters", limit=MAX_NAME)
    return None


def routine_name_problem(name: str) -> Message | None:
    if not name.strip():
        return msg("every routine needs a name")
    if len(name) > MAX_NAME:
        return msg("at most {limit} characters", limit=MAX_NAME)
    return None


def step_limit(kind: StepKind, modality: str | None) -> Limit:
    """The limits-table row a step is held to: its modality's if the table knows it, else the kind's."""
    return limit_for(kind.value, modality if modality in MODALITIES.get(kind, ()) else None)


def duration_problem(kind: StepKind, value_s: float, modality: str | None = None) -> Message | None:
    """Why ``value_s`` (per side) is not allowed for this kind and modality, or None."""
    if value_s <= 0:
        return msg("must be a positive number of seconds (got {value})", value=float(value_s))
    if value_s > MAX_STEP_S:
        return got(msg("at most {minutes} min", minutes=MAX_STEP_S // 60), clock_minutes(value_s))
    cap = cap_for(kind, modality)
    if cap is not None and kind in (StepKind.COLD, StepKind.HEAT) and value_s > cap.total_s:
        return got(cap.text(), duration_as(cap.total_s, value_s))  # the safety cap first, with its source
    limit = step_limit(kind, modality)
    return DurationBounds.of(limit).check(value_s)


def temperature_problem(kind: StepKind, celsius: float | None, modality: str | None = None) -> Message | None:
    """Why a temperature is not allowed for this kind and modality, or None."""
    if celsius is None:
        return None
    allowed = TEMPERATURE_RANGES_C.get(kind)
    if allowed is None:
        return msg("only heat and cold steps have a temperature")
    limit = step_limit(kind, modality)
    low, high = limit.temperature_c or allowed
    if not low <= celsius <= high:
        return got(msg("{reason} (source: {source})", reason=limit.temperature_reason(),
                       source=limit.temperature_source or limit.source), degrees(celsius))
    return None


def modality_problem(kind: StepKind, modality: str | None) -> Message | None:
    """A cold step cannot name a heat modality, nor the reverse."""
    if not modality:
        return None
    for other, names in MODALITIES.items():
        if other is not kind and modality in names and kind in MODALITIES:
            return msg("{modality} is a {other} modality; a {kind} step uses one of {choices}",
                       modality=modality, other=other.value, kind=kind.value, choices=", ".join(MODALITIES[kind]))
    return None


def text_problem(text: str) -> Message | None:
    return msg("at most {limit} characters", limit=MAX_TEXT) if len(text) > MAX_TEXT else None


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
