"""Routines and their steps, as frozen values.

A routine is an ordered list of steps. A two-sided step runs once per side
(left, then right), each for the full duration; the session machine expands
those into *slots*, one per side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from recoverykit.core.guidance import StepKind


class Side(StrEnum):
    """Which leg a one-sided step is working."""

    LEFT = "left"
    RIGHT = "right"


BOTH_SIDES: tuple[Side, ...] = (Side.LEFT, Side.RIGHT)


@dataclass(frozen=True)
class Step:
    """One exercise of a routine: what to do, how long, on which sides."""

    kind: StepKind
    name: str
    duration_s: float
    instruction: str = ""
    sides: tuple[Side, ...] = ()
    temperature_c: float | None = None
    modality: str | None = None
    illustration: str | None = None
    safety: str = ""
    source: str = ""
    #: Body areas the step works, as the journal names them (core.journal.AREAS).
    areas: tuple[str, ...] = ()

    @property
    def two_sided(self) -> bool:
        return bool(self.sides)

    @property
    def total_s(self) -> float:
        """Seconds of work in this step, over all of its sides."""
        return self.duration_s * max(1, len(self.sides))


@dataclass(frozen=True)
class Slot:
    """One timed block of a session: a step, on one side or none."""

    index: int
    step_index: int
    step: Step
    side: Side | None

    @property
    def duration_s(self) -> float:
        return self.step.duration_s


@dataclass(frozen=True)
class Routine:
    """A named, ordered list of steps; loaded from a routine file."""

    id: str
    name: str
    steps: tuple[Step, ...]
    description: str = ""
    source: str = ""
    builtin: bool = False
    slots: tuple[Slot, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        slots: list[Slot] = []
        for step_index, step in enumerate(self.steps):
            for side in step.sides or (None,):
                slots.append(Slot(len(slots), step_index, step, side))
        object.__setattr__(self, "slots", tuple(slots))

    @property
    def total_s(self) -> float:
        """Seconds of work in the routine, not counting gaps between steps."""
        return sum(step.total_s for step in self.steps)
