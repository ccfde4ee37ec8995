"""The kind table: everything the core knows about each kind of step, in one entry per kind.

Bounds with their reason and source, the sound at the end, the temperature
range and the temperature to start from, the modalities it may name, and
whether it is done one side at a time. The UI has one table of its own
(label, hue, icon: ``recoverykit/qt/kind_look.py``); a new kind is one entry
here and one there, and tests/core/test_kinds.py walks every kind through both.

The lengths and temperatures come from the one limits table
(core/limits.py), with their sources; a kind with modalities takes the row of
its default one (an ice pack, a hot towel) when a step names none.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.limits import MAX_STEP_S, Limit, limit_for, modalities, temperature_range
from recoverykit.core.messages import Message, duration_as, got

__all__ = ["KINDS", "MAX_STEP_S", "DurationBounds", "KindFacts", "StepKind"]


class StepKind(StrEnum):
    """What a step asks the body to do; decides bounds, colour and sound."""

    STRETCH = "stretch"
    FOAM_ROLL = "foam_roll"
    MASSAGE_GUN = "massage_gun"
    COLD = "cold"
    HEAT = "heat"
    ACTIVE = "active"
    WARMUP = "warmup"
    REST = "rest"
    COMPRESSION = "compression"
    VIBRATION = "vibration"
    BATH = "bath"
    MASSAGE_HAND = "massage_hand"


@dataclass(frozen=True)
class DurationBounds:
    """Allowed seconds for one side of one step, and why (a kind's row of core/limits.py)."""

    min_s: float | None
    max_s: float | None
    reason: Message
    source: Message

    def check(self, value_s: float) -> Message | None:
        """A one-line reason when ``value_s`` is out of bounds, else None."""
        too_short = self.min_s is not None and value_s < self.min_s
        too_long = self.max_s is not None and value_s > self.max_s
        limit = max(self.min_s or 0, self.max_s or 0)
        return got(self.reason, duration_as(limit, value_s)) if too_short or too_long else None

    @classmethod
    def of(cls, limit: Limit) -> DurationBounds:
        return cls(limit.plan_min_s, limit.plan_max_s, limit.plan_reason(), limit.source)


@dataclass(frozen=True)
class KindFacts:
    """What one kind of step is, as the rules, the cues and the editor need it."""

    bounds: DurationBounds
    #: The cue at the end of the step (a ``core.cues.Cue`` name): cold and heat have their own.
    end_cue: str = "STEP_END"
    #: The temperatures a step of this kind may be set to (°C), or None if it takes none.
    temperature_range_c: tuple[float, float] | None = None
    #: Where the editor starts when a temperature is switched on (°C).
    default_temperature_c: float | None = None
    #: The modalities a step of this kind may name; other kinds take free text (a product name).
    modalities: tuple[str, ...] = ()
    #: One leg at a time: a new step of this kind runs left then right.
    per_side: bool = False
    #: No source gives a duration bound: the editor and the step's note say so.
    unbounded_by_source: bool = False
    #: Done before exercise, not after: a routine with one is no cool-down (no refuel reminder).
    before_exercise: bool = False


def _facts(kind: StepKind, *, end_cue: str = "STEP_END", per_side: bool = False,
           before_exercise: bool = False) -> KindFacts:
    """A kind's facts from its row of the limits table (cold and heat: their default modality's row)."""
    limit = limit_for(kind.value)
    return KindFacts(DurationBounds.of(limit), end_cue=end_cue, temperature_range_c=temperature_range(kind.value),
                     default_temperature_c=limit.default_temperature_c, modalities=modalities(kind.value),
                     per_side=per_side, unbounded_by_source=limit.unbounded_by_source,
                     before_exercise=before_exercise)


KINDS: dict[StepKind, KindFacts] = {
    StepKind.STRETCH: _facts(StepKind.STRETCH, per_side=True),
    StepKind.FOAM_ROLL: _facts(StepKind.FOAM_ROLL, per_side=True),
    StepKind.MASSAGE_GUN: _facts(StepKind.MASSAGE_GUN, per_side=True),
    StepKind.MASSAGE_HAND: _facts(StepKind.MASSAGE_HAND, per_side=True),
    StepKind.COLD: _facts(StepKind.COLD, end_cue="COLD_END"),
    StepKind.HEAT: _facts(StepKind.HEAT, end_cue="HEAT_END"),
    StepKind.ACTIVE: _facts(StepKind.ACTIVE),
    StepKind.WARMUP: _facts(StepKind.WARMUP, before_exercise=True),
    StepKind.REST: _facts(StepKind.REST),
    StepKind.COMPRESSION: _facts(StepKind.COMPRESSION),
    StepKind.VIBRATION: _facts(StepKind.VIBRATION),
    StepKind.BATH: _facts(StepKind.BATH),
}
#: The temperature ranges the app accepts for a heat and a cold step (their modalities' widest).
HEAT_TEMPERATURE_RANGE_C = KINDS[StepKind.HEAT].temperature_range_c
COLD_TEMPERATURE_RANGE_C = KINDS[StepKind.COLD].temperature_range_c
